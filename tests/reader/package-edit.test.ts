/** The small XML edits the annotated and fixed copies make on a cell's tag and text. */
import { attrOf, setAttr, xmlText } from '../../src/hosts/file/package-edit';

test.each<[string, string, string, string, string]>([
  ['replaces a value', '<c r="B2" s="3" t="s">', 's', '17', '<c r="B2" s="17" t="s">'],
  ['replaces an empty value', '<c r="B2" s="">', 's', '4', '<c r="B2" s="4">'],
  ['keeps the spacing around =', '<c r="B2" s = "3">', 's', '9', '<c r="B2" s = "9">'],
  ['adds a missing attribute before >', '<c r="B2" t="s">', 's', '5', '<c r="B2" t="s" s="5">'],
  ['adds a missing attribute before />', '<c r="B2"/>', 's', '5', '<c r="B2" s="5"/>'],
  ['adds before /> after a space', '<c r="B2" />', 's', '5', '<c r="B2" s="5"/>'],
  ['does not take t="s" for s', '<c r="B2" t="s">', 's', '1', '<c r="B2" t="s" s="1">'],
  ['sets an attribute of another name', '<xf numFmtId="0" fillId="0" applyFill="0"/>', 'fillId', '12', '<xf numFmtId="0" fillId="12" applyFill="0"/>'],
])('setAttr %s', (_name, tag, name, value, expected) => {
  expect(setAttr(tag, name, value)).toBe(expected);
  expect(attrOf(setAttr(tag, name, value), name)).toBe(value);
});

test.each([
  ['指标“第1项”未填写目标值', '指标“第1项”未填写目标值'],
  ['<合计> & "其他"', '&lt;合计&gt; &amp; &quot;其他&quot;'],
  ['a&amp;b', 'a&amp;amp;b'],
  ['', ''],
])('xmlText(%j)', (text, expected) => {
  expect(xmlText(text)).toBe(expected);
});
