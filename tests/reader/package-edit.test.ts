/** The small XML edits the annotated and fixed copies make on a cell's tag and text. */
import { attrOf, editCells, setAttr, xmlText } from '../../src/hosts/file/package-edit';

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

describe('editCells: the sheet text with the asked cells edited, in one pass', () => {
  const sheet = (data: string) => `<worksheet><sheetData>${data}</sheetData><pageMargins/></worksheet>`;
  const mark = (ref: string, cell: { tag: string; element: string } | null): string => (cell ? cell.element.replace(/^<c\b/, '<c s="9"') : `<c r="${ref}" s="9"/>`);

  test.each<[string, string, string[], string]>([
    ['an existing cell, the rest as it was', '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>', ['B2'], '<row r="2"><c r="A2"><v>1</v></c><c s="9" r="B2" t="s"><v>0</v></c></row>'],
    ['a missing cell, in column order', '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row>', ['C2'], '<row r="2"><c r="A2"><v>1</v></c><c r="C2" s="9"/><c r="D2"><v>4</v></c></row>'],
    ['a missing cell after the last', '<row r="2"><c r="A2"><v>1</v></c></row>', ['B2'], '<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="9"/></row>'],
    ['a missing row, between rows', '<row r="1"><c r="A1"/></row><row r="5"><c r="A5"/></row>', ['B3', 'A3'], '<row r="1"><c r="A1"/></row><row r="3"><c r="A3" s="9"/><c r="B3" s="9"/></row><row r="5"><c r="A5"/></row>'],
    ['a self-closing row', '<row r="4" ht="20"/>', ['B4'], '<row r="4" ht="20"><c r="B4" s="9"/></row>'],
    ['one cell asked for twice, as E5 and $E$5', '<row r="5"><c r="E5"><v>1</v></c></row>', ['E5', '$E$5'], '<row r="5"><c s="9" r="E5"><v>1</v></c></row>'],
    ['a cell the sheet writes with $, found where it stands', '<row r="5"><c r="$E$5"><v>1</v></c></row>', ['E5'], '<row r="5"><c s="9" r="$E$5"><v>1</v></c></row>'],
    ['a cell past column Z', '<row r="7"><c r="AA7"><v>1</v></c><c r="AC7"/></row>', ['AB7', 'AA7'], '<row r="7"><c s="9" r="AA7"><v>1</v></c><c r="AB7" s="9"/><c r="AC7"/></row>'],
    ['a row straight after a self-closing one', '<row r="1"/><row r="2"><c r="A2"/></row>', ['A2'], '<row r="1"/><row r="2"><c s="9" r="A2"/></row>'],
    ['references not first in their tags', '<row spans="1:2" r="3"><c s="1" r="A3"/><c t="s" r="B3"><v>0</v></c></row>', ['B3'], '<row spans="1:2" r="3"><c s="1" r="A3"/><c s="9" t="s" r="B3"><v>0</v></c></row>'],
    ['tags over lines', '<row\n r="3"><c\n r="B3"><v>1</v></c></row>', ['B3'], '<row\n r="3"><c s="9"\n r="B3"><v>1</v></c></row>'],
    ['rich text runs (<color>, <col…>) are no cells', '<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><color rgb="FF0000"/></rPr><t>x</t></r></is></c></row>', ['B2'], '<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><color rgb="FF0000"/></rPr><t>x</t></r></is></c><c r="B2" s="9"/></row>'],
    ['cells after the asked one kept, the asked one edited once', '<row r="4"><c r="A4"/><c r="B4"/><c r="C4"><v>3</v></c></row>', ['A4'], '<row r="4"><c s="9" r="A4"/><c r="B4"/><c r="C4"><v>3</v></c></row>'],
  ])('%s', (_name, data, refs, expected) => {
    expect(editCells(sheet(data), refs, mark)).toBe(sheet(expected));
  });

  test('an empty sheetData gets the rows', () => {
    expect(editCells('<worksheet><sheetData/></worksheet>', ['B2', 'A1'], mark)).toBe('<worksheet><sheetData><row r="1"><c r="A1" s="9"/></row><row r="2"><c r="B2" s="9"/></row></sheetData></worksheet>');
  });

  test.each([
    ['a cell without a reference', '<row r="2"><c><v>1</v></c></row>'],
    ['a cell reference that is none', '<row r="2"><c r="B"><v>1</v></c></row>'],
    ['a row without its number', '<row><c r="B2"><v>1</v></c></row>'],
  ])('gives up on %s in a row it reads', (_name, data) => {
    expect(editCells(sheet(data), ['B2'], mark)).toBeNull();
  });

  test('gives up when an edit does', () => {
    expect(editCells(sheet('<row r="2"><c r="B2"/></row>'), ['B2'], () => null)).toBeNull();
    expect(editCells(sheet('<row r="2"><c r="B2"/></row>'), ['C2'], (_ref, cell) => (cell ? cell.element : null))).toBeNull();
  });
});
