/**
 * What a budget system's export, a PDF's conversion and Excel itself do to a table's text, and what
 * the checker makes of it: every number stored as the text it shows (1,780.51, 100%), long texts
 * broken into the lines they were printed in (城乡居民监管工作经\n费), and a date typed into a cell,
 * which Excel stores as a number under a date format (2016年1月1日). Each case a corpus table whose finding, or
 * whose kind, year or unit, the changed copy lost or got wrong before the class was read.
 */
import path from 'path';
import { dateText, Grid } from '../../src/core/grid/grid';
import { holdsNumber } from '../../src/core/grid/numbers';
import { fold, unwrap } from '../../src/core/grid/text';
import { validateGrid } from '../../src/core/validate';
import { CORPUS_DIR, CorpusEntry, loadEntry, sheetToGrid } from '../support/corpus';
import { filledMerges, numbersAsText, serialColumn, typedDates, wrappedTexts } from '../support/corpus-variants';

const entry = (id: string): CorpusEntry => loadEntry(path.join(CORPUS_DIR, id));
const gridOf = (e: CorpusEntry | null): Grid => sheetToGrid(e!.table.sheets[0]);
const findings = (grid: Grid): string[] => validateGrid(grid).flatMap((r) => r.findings.map((f) => `${f.code}@${f.cell}`));
const what = (grid: Grid) => validateGrid(grid).map(({ table: t }) => [t.kind, t.fiscalYear, t.unit]);
const VARIANTS = { 'numbers as text': numbersAsText, 'texts wrapped': wrappedTexts, 'dates typed': typedDates } as const;

describe('a line break between two Chinese characters is a wrap: folded away, any other kept', () => {
  it.each([
    ['城\n乡居民监管工作经费', '城乡居民监管工作经费'],
    ['对照年度目标,说明相关任务目标的\n完成情况', '对照年度目标,说明相关任务目标的完成情况'],
    // A break after an amount, a stop or a bracket parts the lines of a list.
    ['公共财政拨款:683\n政府性基金拨款:0', '公共财政拨款:683\n政府性基金拨款:0'],
    ['目标1:提高师生素质。\n目标2:改善办学条件', '目标1:提高师生素质。\n目标2:改善办学条件'],
    ['【产出指标-数量指标】\n机柜数量', '【产出指标-数量指标】\n机柜数量'],
  ])('%j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('unwrap undoes the wraps and changes nothing else (the text a report quotes)', () => {
    expect(unwrap('年度预算申请（万\n元）')).toBe('年度预算申请（万元）');
    expect(unwrap('纳入专户管理的非税收入拨\n款:21\n项目支出:82')).toBe('纳入专户管理的非税收入拨款:21\n项目支出:82');
  });
});

describe('a date cell reads as a Chinese Excel shows it, by its format', () => {
  it.each([
    ['yyyy"年"m"月"d"日"', '2023年12月31日'],
    ['yyyy"年"m"月"', '2023年12月'],
    ['m"月"d"日"', '12月31日'],
    ['yyyy/m/d', '2023/12/31'],
    ['yyyy-mm-dd', '2023-12-31'],
    // The built-in short date (id 14, written mm-dd-yy): the system's, in China yyyy/m/d.
    ['mm-dd-yy', '2023/12/31'],
    // The same as Office JS's numberFormat gives it in the add-in.
    ['m/d/yyyy', '2023/12/31'],
    ['[$-804]yyyy"年"m"月"d"日";@', '2023年12月31日'],
    ['yyyy\\年m\\月d\\日', '2023年12月31日'],
    ['yyyy/m/d h:mm', '2023/12/31 12:00'],
  ])('%s → %s', (format, text) => {
    expect(dateText(45291.5, format)).toBe(text);
  });
});

describe('holdsNumber: a number, or text that reads as one; not a code typed as text', () => {
  it.each([
    [1780.51, true],
    ['1,780.51', true],
    ['100', true],
    ['2489.4', true],
    ['-', false],
    ['无', false],
    ['项目支出', false],
    // 部门预算编码 | 409001007 and 联系电话 | 13477628097: codes, no amounts.
    ['409001007', false],
    ['13477628097', false],
  ] as const)('%j → %s', (value, expected) => {
    expect(holdsNumber({ value })).toBe(expected);
  });
});

describe.each(Object.keys(VARIANTS) as (keyof typeof VARIANTS)[])('%s: what the original finds, the copy finds', (variant) => {
  const cases: Record<keyof typeof VARIANTS, [string, string][]> = {
    'numbers as text': [
      // 418.02 | 主体工程款:395.06 管理费:22.97: the amount's row holds a number as text beside its parts.
      ['as-hn-yueyang-2020-e-port-report', 'total-mismatch@C22'],
      // 合计 | 100% under 当年金额 1780.51 + 0, the share typed as text.
      ['bc-hb-huanggang-2023-child-welfare-dept-targets', 'total-mismatch@D9'],
    ],
    'texts wrapped': [
      // The form's instruction (对照年度目标,说明…完成情况) left in place of the account, wrapped.
      ['ae-sc-daying-2023-resident-insurance-supervision-eval', 'missing-goal@H5'],
      // Aims listed as the name (保障…、促\n进…、降低…), its target a share of none.
      ['at-sc-daying-2019-traffic-enforcement-tail-eval', 'vague-target@E11'],
      // 项目名称       低\n票价运营补贴: the inline name, the goal repeating it.
      ['an-hn-miluo-2017-bus-fare-subsidy-report', 'missing-goal@A31'],
      // 【产出指标-数量指标】 lines in one cell, an item wrapped mid-word.
      ['au-ah-huangshan-2025-police-surveillance-room-targets', 'vague-target@E6'],
      // 418.02 | 主体工\n程款:395.06 管理费:22.97.
      ['as-hn-yueyang-2020-e-port-report', 'total-mismatch@C22'],
    ],
    'dates typed': [
      // 项目起止时间 | 2016年1月1日, a date cell: the year, and the account's stale year against it.
      ['aj-hn-yueyanglou-2016-deputies-home-report', 'stale-year@A31'],
    ],
  };
  it.each(cases[variant])('%s: %s', (id, finding) => {
    const original = entry(id);
    expect(findings(gridOf(original))).toContain(finding);
    expect(findings(gridOf(VARIANTS[variant](original)))).toContain(finding);
  });
});

test('a 合计 typed as the text 100% under amounts is quoted as typed', () => {
  const copy = gridOf(numbersAsText(entry('bc-hb-huanggang-2023-child-welfare-dept-targets')));
  const d9 = validateGrid(copy).flatMap((r) => r.findings).find((f) => f.code === 'total-mismatch' && f.cell === 'D9');
  expect(d9?.message).toBe('合计为 100%，其上各项之和为 1,780.51（相差 1,779.51）');
});

describe.each(Object.keys(VARIANTS) as (keyof typeof VARIANTS)[])('%s: the same kind, year and unit, and no finding the original has not', (variant) => {
  const cases: Record<keyof typeof VARIANTS, string[]> = {
    'numbers as text': [
      // 100 | 84 typed beside 一级 | 二级 | 三级: the columns' sums, so a scored self-evaluation.
      'at-sd-xx-2018-land-acquisition-eval',
      // 附件1's amounts in 元 above the title of 附件2 in 万元: that row's unit line, not this table's.
      'vv-gd-lechang-2018-vocational-aid-targets-r3',
    ],
    'texts wrapped': [
      // 填报单位:(盖章) 单位:万\n元.
      'b-xiangtan-2023-fog-cannon',
      // A title of 40 characters with its year, in three lines.
      'aq-ah-provincial-2021-radio-tv-quality-fund-eval-rr',
      // 纳入专户管理的非税收入拨\n款:21, one of 按收入性质分's lines.
      'u-hn-nanyue-2017-school-dept-targets-r3',
    ],
    'dates typed': [
      // 开始时间 | 2019/1/1 | 结束时间 | 2019/12/31, both date cells: the year.
      'as-sh-tongzhou-2019-nonparty-talent-targets',
      // 任务完成时间 | 2023年12月31日 beside a 度量单位 of -: a date, no range missing its unit.
      'ak-hn-xiangxi-2023-special-school-meals-targets',
    ],
  };
  it.each(cases[variant])('%s', (id) => {
    const original = gridOf(entry(id));
    const copy = gridOf(VARIANTS[variant](entry(id)));
    expect(what(copy)).toEqual(what(original));
    const before = findings(original);
    expect(findings(copy).filter((f) => !f.startsWith('number-as-text@') && !before.includes(f))).toEqual([]);
  });
});

describe('a 序号 column before the table, numbering the indicators: the goal beside its label, not the blank under it', () => {
  it.each([
    // 年度目标 | goal above 序号 | 一级指标 …: the 1 on the first indicator's row is no project's name or money,
    // so 年度目标 heads no goal column of its own (as 湘西's 实施期绩效目标 does).
    'ff-ah-jinan-2023-disability-rehab-targets',
    // The same, and the year from the goal's 到2022年底.
    'ee-cq-zhongxian-2022-hog-county-reward',
  ])('%s', (id) => {
    const original = gridOf(entry(id));
    const copy = gridOf(serialColumn(entry(id)));
    expect(what(copy)).toEqual(what(original));
    const codes = (grid: Grid) => findings(grid).map((f) => f.split('@')[0]).sort();
    expect(codes(copy)).toEqual(codes(original));
    expect(validateGrid(copy)[0].table.goal?.text).toBe(validateGrid(original)[0].table.goal?.text);
  });
});

test('texts padded with spaces around (as typed, or aligned by hand): a title of 40 characters still gives the year', () => {
  const e = entry('aq-ah-provincial-2021-radio-tv-quality-fund-eval-rr');
  const sheet = e.table.sheets[0];
  const padded = { ...sheet, rows: sheet.rows.map((r) => (r ?? []).map((v) => (typeof v === 'string' ? `  ${v}  ` : v))) };
  expect(what(sheetToGrid(padded))).toEqual(what(gridOf(e)));
  expect(what(gridOf(e))[0][1]).toBe(2021);
});

test('a goal merged across, the merge undone and filled, its text wrapped: the account beside its copies is still found (普惠金融’s 完成情况)', () => {
  const e = entry('nn-sc-nd-inclusive-finance-fund-eval');
  expect(findings(gridOf(e))).toContain('missing-goal@F5');
  expect(findings(gridOf(wrappedTexts(filledMerges(e)!)))).toContain('missing-goal@F5');
});
