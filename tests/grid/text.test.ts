/** The code-unit tests that hot paths use instead of making a one-character string and matching it. */
import { FOLDABLE, hasWideDigit, isFoldable, isWhite, labelKey, narrowed } from '../../src/core/grid/text';
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

describe('full-width mode (全角): numbers read narrowed', () => {
  it.each([
    ['２０２３年度', true, '2023年度'],
    ['≥９０％', true, '≥90%'],
    ['＜＝５．５ｋｍ', true, '<=5.5km'],
    ['－３', true, '-3'],
    // Chinese punctuation stays as typed: every reader takes it.
    ['（万元）：１，２', true, '（万元）：1，2'],
    ['项目名称', false, '项目名称'],
    ['ＰＭ２.５', true, 'PM2.5'],
    ['％', false, '%'],
  ])('%s', (text, wide, narrow) => {
    expect(hasWideDigit(text)).toBe(wide);
    expect(narrowed(text)).toBe(narrow);
  });
  it('returns the same string when there is nothing to narrow', () => {
    const s = '完成人工增雨作业20次';
    expect(narrowed(s)).toBe(s);
  });
});
