/** The code-unit tests that hot paths use instead of making a one-character string and matching it. */
import { FOLDABLE, isFoldable, isWhite, labelKey } from '../../src/core/grid/text';
import { cellText } from '../../src/core/grid/grid';
import { classifyLabel } from '../../src/core/recognize/labels';

test('isFoldable agrees with FOLDABLE on every UTF-16 code unit', () => {
  const disagree: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isFoldable(c) !== FOLDABLE.test(String.fromCharCode(c))) disagree.push(c.toString(16));
  expect(disagree).toEqual([]);
});

test('isWhite agrees with \\s and trim() on every UTF-16 code unit', () => {
  const disagree: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const s = String.fromCharCode(c);
    if (isWhite(c) !== /\s/.test(s) || isWhite(c) !== (s.trim() === '')) disagree.push(c.toString(16));
  }
  expect(disagree).toEqual([]);
});

test('a cell’s text is trimmed of zero-width marks as of spaces, and folding drops them inside (text copied from a web page)', () => {
  const zw = '\u200b';
  expect(cellText({ value: `${zw}一级指标${zw} ` })).toBe('一级指标');
  expect(cellText({ value: '\u2060三级指标\u200d' })).toBe('三级指标');
  expect(labelKey(`一级${zw}指标`)).toBe('一级指标');
  expect(classifyLabel(`三级${zw}指标`)?.kinds).toContain('level3');
});
