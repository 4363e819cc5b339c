/** The code-unit tests that hot paths use instead of making a one-character string and matching it. */
import { endsWithStop, FOLDABLE, hasWideDigit, isFoldable, isPageMark, isTableCaption, isWhite, labelKey, narrowed, withoutStop } from '../../src/core/grid/text';
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

describe('figures copied out of prose: the stop after them', () => {
  it.each([
    ['372.29万元。', true, '372.29万元'],
    ['≥90%；', true, '≥90%'],
    ['10次，\r\n', true, '10次'],
    ['100;', true, '100'],
    // No figure, or a sentence longer than a figure's: left as written.
    ['按时完成。', false, '按时完成。'],
    ['完成全年新闻宣传任务，播发稿件2200篇，覆盖全区所有镇街和村社区，受众满意度不低于90%。', false, '完成全年新闻宣传任务，播发稿件2200篇，覆盖全区所有镇街和村社区，受众满意度不低于90%。'],
    ['95%', false, '95%'],
    // A sentence with a figure in it keeps its stop: only a figure alone loses it.
    ['完成湿地保护4900公顷。', false, '完成湿地保护4900公顷。'],
    ['10次以上。', true, '10次以上'],
  ])('%s', (text, stopped, without) => {
    expect(endsWithStop(text.trimEnd())).toBe(stopped);
    expect(withoutStop(text)).toBe(without);
  });
});

describe('isPageMark: a printed page’s number or a continued table’s mark, nothing else', () => {
  it.each([
    ['第 1 页，共 2 页', true],
    ['第1页/共2页', true],
    ['第3页', true],
    ['共 2 页 第 1 页', true],
    ['- 3 -', true],
    ['—2—', true],
    ['Page 1 of 2', true],
    // A table continued on a page of its own.
    ['续表', true],
    ['（续表）', true],
    ['(续表1)', true],
    ['续上表', true],
    ['续表：项目支出', false],
    ['续建项目', false],
    ['第1页内容', false],
    ['共2页', false],
    ['第一季度', false],
    ['-5', false],
    ['培训人次', false],
  ])('%s → %s', (text, expected) => {
    expect(isPageMark(text)).toBe(expected);
  });
});

describe('isTableCaption: a numbered table’s caption, a table of its own under it', () => {
  it.each([
    ['表1:湖北省残疾人事业宣传文化工作经费项目绩效目标', true],
    ['表 2：项目支出绩效目标表', true],
    ['附表1:', true],
    ['附表三：2021年中央财政专项扶贫资金绩效表', true],
    ['附表2', true],
    ['续表1', false],
    ['表格说明', false],
    ['表1为项目支出', false],
    ['附件1', false],
    ['项目支出绩效目标表', false],
  ])('%s → %s', (text, expected) => {
    expect(isTableCaption(text)).toBe(expected);
  });
});
