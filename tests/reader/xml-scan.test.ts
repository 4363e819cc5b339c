/** Entity and character references, as the reader decodes them in text and attribute values. */
import { decode, XmlScanError } from '../../src/hosts/file/xml-scan';

test.each([
  ['no reference', '年度目标', '年度目标'],
  ['the five named entities', '&lt;&gt;&amp;&quot;&apos;', '<>&"\''],
  ['decimal references, as openpyxl writes every non-ASCII character', '&#37096;&#38376;2023', '部门2023'],
  ['a hexadecimal reference', 'a&#x4e2d;b', 'a中b'],
  ['a reference past the basic plane', '&#x1F600;', '😀'],
  ['text between references', '≥&#56;0&#x25;', '≥80%'],
  ['an ampersand that starts no reference stays', 'A & B;&', 'A & B;&'],
  ['a capital X is no hexadecimal reference in XML', '&#X41;', '&#X41;'],
  ['references without digits or a semicolon stay', '&#;&#x;&#12&amp', '&#;&#x;&#12&amp'],
  ['code points out of range stay', '&#0;&#1114112;&#x110000;&#99999999999999999999;', '&#0;&#1114112;&#x110000;&#99999999999999999999;'],
  ['the last code point', '&#x10FFFF;', '\u{10FFFF}'],
])('%s', (_name, text, expected) => {
  expect(decode(text)).toBe(expected);
});

test.each([['&nbsp;'], ['&constructor;'], ['&toString;'], ['a&copy;b']])('an unknown entity %s is an error, not text', (text) => {
  expect(() => decode(text)).toThrow(XmlScanError);
});
