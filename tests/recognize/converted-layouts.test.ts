/**
 * A table converted from a PDF or pasted from Word into Excel: each printed row split into two lines,
 * its cells merged down over both (a tall row's text in lines); each column split in two, its cells
 * merged across both (Word's columns over Excel's narrower ones); or a blank column between every
 * two. The check must find the same things in the same cells, moved; shown on published tables
 * (tests/corpus/) whose reading each of these changed before it was read through.
 */
import path from 'path';
import { parseA1, parseRange, rangeToA1 } from '../../src/core/grid/address';
import { Grid } from '../../src/core/grid/grid';
import { validateGrid } from '../../src/core/validate';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { CORPUS_DIR, CorpusSheet, loadEntry, sheetToGrid } from '../support/corpus';
import { blankBetweenColumns, blankBetweenRows, blankColumn, blankUnderHeader, columnsInThree, columnsInTwo, Conversion, convertedSheet, filledMerges, pageBreak, pageBroken, rowsInThree, rowsInTwo } from '../support/corpus-variants';

const CONVERSIONS: Record<string, Conversion> = {
  'rows in two': rowsInTwo,
  'rows in three': rowsInThree,
  'columns in two': columnsInTwo,
  'columns in three': columnsInThree,
  'a blank column between every two': blankBetweenColumns,
  'a blank row between every two': blankBetweenRows,
};
const convert = (sheet: CorpusSheet, to: Conversion, blanks: boolean): Grid => sheetToGrid(convertedSheet(sheet, to, blanks));

const findings = (grid: Grid): string[] => validateGrid(grid).flatMap((r) => r.findings.map((f) => `${f.code}@${f.cell}`)).sort();
/** The original's findings, each at its cell's new place. */
const moved = (list: string[], to: Conversion): string[] =>
  list
    .map((f) => {
      const [code, cell] = f.split('@');
      const p = parseA1(cell);
      const area = to(p.row, p.col);
      return `${code}@${rangeToA1({ top: area.top, left: area.left, bottom: area.top, right: area.left })}`;
    })
    .sort();

const sheetOf = (id: string): CorpusSheet => loadEntry(path.join(CORPUS_DIR, id)).table.sheets[0];
/** A sheet's number formats, each at its cell's new place. */
const movedFormats = (sheet: CorpusSheet, to: Conversion): Record<string, string> =>
  Object.fromEntries(
    Object.entries(sheet.formats ?? {}).map(([a1, f]) => {
      const p = parseA1(a1);
      const area = to(p.row, p.col);
      return [rangeToA1({ top: area.top, left: area.left, bottom: area.top, right: area.left }), f];
    }),
  );

describe.each([
  // An indicator read once, not once a line: its weight counted once (分值合计 190 before).
  ['bb-sx-jishan-2020-poverty-insurance-match-eval', 'rows in two', false],
  ['bb-sx-jishan-2020-poverty-insurance-match-eval', 'rows in two', true],
  // A 一级 written in a lower row of its run (黄石's): the blank cells above it, each merged over its own lines, are its.
  ['v-hb-huangshi-2022-party-school-training', 'rows in two', true],
  // Blank 一级 cells under a merged 产出指标, one a row: filled down as unmerged ones, not a category missing on each.
  ['b-cixi-2023-childcare', 'rows in two', true],
  // Hunan's prose beside its 一级: a prose cell's second line is no indicator without a target.
  ['u-hn-nanyue-2017-school-dept-targets', 'rows in two', true],
  ['a-fujian-2019-dept-ningde-dangshi', 'rows in two', false],
  // 项目总投资 | 20万元 | 中央补助安排 | 0 over 省级财政安排 | 0 | 其他资金 | 20万元: the pairs go on under a lower line (各项之和 0 before).
  ['l-gansu-jiayuguan-2023-museum', 'rows in two', true],
  ['l-gansu-jiayuguan-2023-museum', 'rows in three', true],
  // 任务名称 with its amounts' heading (小计 | 市财政拨款 | 其他资金) two lines below, each in three (东莞's).
  ['i-guangdong-dongguan-2022-exhibition', 'rows in three', true],
  // A tail's 二级 in its first three lines, not rows (大英's, its header on the page before).
  ['y-sc-daying-2022-library-tail-eval', 'rows in three', true],
  // 转移支付预算数(A) | 5.8万 over 转移支付执行数(B) | 5.8万: the budget's row is the one above, in two lines.
  ['gg-sc-suining-jkq-2021-drug-cosmetic-device-region-eval', 'rows in two', true],
  // 安居's goal lines (目标1 … 目标4, each beside its account): line by line, each in two.
  ['gg-sc-anju-2021-food-supervision-region-eval', 'rows in two', true],
  // A 合计 under its lines (鄂州's 项目预算成本构成, 广水's): the lines above read at their first rows.
  ['n-hb-ezhou-2022-office-building', 'rows in two', true],
  ['f-hb-guangshui-2023', 'rows in two', true],
  // 资金结构 merged over the header's two rows beside its headings: no line of the sum (宁德's 合计 is
  // held to no sum of lines whose first row is the header, converted or not; 261.08 for 130.54 otherwise).
  ['ff-fj-ningde-2020-earthquake-dept-eval-rr', 'rows in two', false],
  ['ff-fj-ningde-2020-earthquake-dept-eval-rr', 'a blank column between every two', false],
  // 评价指标 merged over three columns and the names' heading's two lines (福建's 2017 form).
  ['kk-fj-taiwan-2017-subsidy-targets', 'rows in two', true],
  // 实施期绩效目标, a goal column merged down the header's two rows, each in two lines (湘西's 公开表): its
  // heading starts above the header's first line and ends at its last (missing-goal lost before).
  ['ak-hn-xiangxi-2023-special-school-meals-targets', 'rows in two', true],
  ['ak-hn-xiangxi-2023-special-school-meals-targets', 'rows in three', false],
  // 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出金额 | 下达额度 | 实际完成值, the figures under the
  // headings' lines, not on their second (罗湖's; rate-mismatch lost before).
  ['an-gd-luohu-2022-gas-pipe-bond-eval', 'rows in two', true],
  ['an-gd-luohu-2022-gas-pipe-bond-eval', 'rows in three', false],
  // 湖南's 按收入性质分 over four lines, each in three: a split's lines counted in printed rows, not the sheet's
  // (a total-mismatch of 1,873.66 against 3,824.26 before: the split read to its first line).
  ['t-hn-lingling-2021-forestry-dept-eval', 'rows in three', true],
  ['dd-hn-hengshan-guantang-2023-dept-eval', 'rows in three', true],
  // 预期指标值 over 符号 | 单位(文字描述), each row in three: the values under the sub-headings' lines, and
  // 单项指标折算得分 the score (峰峰's; the comparator read as the target before).
  ['bh-he-fengfeng-2021-court-transfer-funds-eval', 'rows in three', true],
  // Two blank printed rows under the header, each in three lines: two blank rows, not six (鄂州's; no indicator read before).
  ['ii-hb-ezhou-2019-third-party-service-eval-r4', 'rows in three', true],
  // A target merged down over its row's two lines, the blank name beside it left unmerged: one indicator (大英's tail).
  ['as-sc-daying-nd-canteen-targets-tail', 'rows in two', false],
  // Blank cells left unmerged, some merged down over the lines (鄂州's two blank rows under the header, 中江's
  // …… row before 总分): each a lower line of its printed row, not a blank row ending the list.
  ['ii-hb-ezhou-2019-third-party-service-eval-r4', 'rows in two', false],
  ['ii-hb-ezhou-2019-third-party-service-eval-r4', 'rows in three', false],
  ['d-sc-zhongjiang-water-2022-r3', 'rows in three', false],
  // 年度绩效目标(80分) left of the 一级 column past a blank one: the block's points (施甸's; missing-score lost before).
  ['ar-yn-shidian-2021-pig-breed-farm-eval', 'a blank column between every two', false],
  // 年度总体目标 | | 总体目标 over the goal: the heading past the blank column (阜康's; the blank column read as the goal before).
  ['ad-xj-fukang-2023-survey-subsidy-eval', 'a blank column between every two', false],
  // 预期指标值 over 符号 | | 单位(文字描述) holding 5000, 62.73: the values' column is the unit's, not the blank one (峰峰's).
  ['bh-he-fengfeng-2021-court-transfer-funds-eval', 'a blank column between every two', false],
  // A tail (its header on the page before) whose columns are each three of Excel's: its values and the blank
  // result and score slots looked for as far right as twelve of its columns reach (大英's; lost before).
  ['ab-sc-daying-2021-social-insurance-eval', 'columns in three', false],
  ['ac-sc-daying-nd-railway-environment-tail-eval', 'columns in three', false],
  // 指标方向 | 笏石街道办 | 埭头镇: the places' columns past the comparator's merged area.
  ['aa-fj-xiuyu-2025-flood-damage-repair', 'columns in two', false],
  // 预期指标值 over 符号 | | 单位(文字描述): the value column past the comparator's merged area, or past a blank one.
  ['xx-he-chengan-2020-centenarian-allowance-eval', 'columns in two', false],
  ['xx-he-chengan-2020-centenarian-allowance-eval', 'a blank column between every two', false],
  // 评价内容, merged across two columns, holds the 二级 before 指标名称.
  ['n-heb-ningjin-2019-stipend', 'columns in two', true],
  // 部门整体支出年度绩效指标 | | 产出指标 | | prose.
  ['u-hn-nanyue-2017-school-dept-targets', 'a blank column between every two', false],
  ['dd-hn-yanling-2017-transport-dept-targets', 'a blank column between every two', false],
  // 基本支出总额 | | 864.2万 (a bare 万 read past the blank column), 金额单位: | | 万元, 优 | | 良 | | 中 | | 差.
  ['y-hb-tongcheng-tanghu-2020-dept-eval', 'a blank column between every two', false],
  ['xx-he-chengan-2020-centenarian-allowance-eval-r3', 'a blank column between every two', false],
  ['zz-hi-planning-hall-2018-graded-targets', 'a blank column between every two', false],
  // The goal and its account under 预期目标 | 实际完成情况, past a blank row; the central self-evaluation's
  // fund lines under their header (年初预算数 | 全年预算数 …) and between each other, past one.
  ['c-anhui-tangxi-cunji-2022', 'a blank row between every two', false],
  ['bb-sx-jishan-2020-poverty-insurance-match-eval', 'a blank row between every two', false],
  // 中期目标 | 年度目标 over their texts (东莞's goal under 年度目标), past a blank row.
  ['i-guangdong-dongguan-2019-road', 'a blank row between every two', false],
  ['c-hubei-ezhou-2021', 'a blank row between every two', false],
  // The account's place under 实际完成情况 past the blank row where the goal's row holds text (衡山's blank account).
  ['dd-hn-hengshan-guantang-2023-dept-eval', 'a blank row between every two', false],
  // 项目总投资 | 20万元 | 中央补助安排 | 0, a blank row, 省级财政安排 | 0 | 其他资金 | 20万元.
  ['l-gansu-jiayuguan-2023-museum', 'a blank row between every two', false],
  // A project's fund lines past a blank row: 年度资金总额 over 其中:中央财政补助 (巫溪's, 岳阳县's), and
  // the amounts under a row of fund labels (陈仓's 资金总额 | 其中:财政拨款 over 0 | 500).
  ['vv-cq-wuxi-2025-rural-housing-targets', 'a blank row between every two', false],
  ['o-hn-yueyangxian-2022-farmland', 'a blank row between every two', false],
  ['f-sn-chencang-2020', 'a blank row between every two', false],
  // A 合计's lines above it (鄂州's 项目预算成本构成), the region form's goal lines (安居's 目标1 … 目标4) and its
  // 预算数 above 执行数 (遂宁's), each past a blank row.
  ['n-hb-ezhou-2022-office-building', 'a blank row between every two', false],
  ['gg-sc-anju-2021-food-supervision-region-eval', 'a blank row between every two', false],
  ['gg-sc-suining-jkq-2021-drug-cosmetic-device-region-eval', 'a blank row between every two', false],
  // A header's sub-headings past a blank row under its labels: 指标值 over 2021年实际实现值 | 预期2022年实现值
  // (黄石's: the year's target, not last year's result), 预期指标值 over 符号 | | 单位 (成安's split target).
  ['v-hb-huangshi-2022-party-school-training', 'a blank row between every two', false],
  ['xx-he-chengan-2020-centenarian-allowance-eval', 'a blank row between every two', false],
  // 中期目标(2024年—2024年) over the goal beside a blank 年度目标 (太**'s 城管 form): its text past the blank row.
  ['aj-ah-tai-2023-enforcement-vehicles-targets', 'a blank row between every two', false],
  // 实施期绩效目标 over the header's rows with a blank row between them (湘西's).
  ['ak-hn-xiangxi-2023-special-school-meals-targets', 'a blank row between every two', false],
  // 绩效目标 over 年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况, a blank row between (忠县's 2024 form).
  ['ah-cq-zhongxian-2024-sci-assoc-dept-eval', 'a blank row between every two', false],
  // 彩票公益金用于医疗救助, a line no label names, after a blank row (霍山's: 829.30 for 3,359.62 before).
  ['ai-ah-huoshan-2024-medical-aid-eval', 'a blank row between every two', false],
  // A rate defined in its heading, its figures past a blank row (罗湖's); 重庆's unlabelled budget line likewise.
  ['an-gd-luohu-2022-gas-pipe-bond-eval', 'a blank row between every two', false],
  ['d-cq-kexuecheng-dept-2021', 'a blank row between every two', false],
  // 名称 | 名称 | 名称 under the level headings past a blank row: the header's, no category named 名称 (彭水's).
  ['ll-cq-pengshui-2024-family-planning-transfer-eval', 'a blank row between every two', false],
] as const)('%s, %s (blank cells merged too: %s)', (id, conversion, blanks) => {
  it('finds what it finds in the printed table, each at its cell’s new place', () => {
    const to = CONVERSIONS[conversion];
    const sheet = sheetOf(id);
    const original = findings(sheetToGrid(sheet));
    expect(original.length).toBeGreaterThan(0);
    expect(findings(convert(sheet, to, blanks))).toEqual(moved(original, to));
  });
});

describe('a row’s lower line under cells merged down over it', () => {
  const table = (merged: boolean): Grid =>
    Grid.fromValues(
      '表',
      [
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训人次', '≥100人次'],
        [null, null, null, merged ? null : '≥200人次'],
        [null, '质量指标', '合格率', '≥95%'],
        ['效益指标', '社会效益指标', '就业率', '≥90%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ],
      ['A3:A5', ...(merged ? ['B3:B4', 'C3:C4', 'D3:D4'] : ['B3:B4', 'C3:C4'])],
    );

  it('is the indicator above, where it holds nothing of its own', () => {
    const indicators = validateGrid(table(true))[0].table!.indicators!.indicators;
    expect(indicators.map((i) => i.name.text)).toEqual(['培训人次', '合格率', '就业率', '学员满意度']);
  });

  it('is an indicator of its own, its name merged down, where it holds a target (one name over several places’ targets)', () => {
    const indicators = validateGrid(table(false))[0].table!.indicators!.indicators;
    expect(indicators.map((i) => `${i.name.text} ${i.target.text}`)).toEqual(['培训人次 ≥100人次', '培训人次 ≥200人次', '合格率 ≥95%', '就业率 ≥90%', '学员满意度 ≥90%']);
  });
});

describe('a cell of two paragraphs pasted from Word: each paragraph a row, the row’s other cells merged down over both', () => {
  // 巴南's 服务对象\n满意度指标 (oo-cq-banan-shengdengshan-2022-party-secretary-allowance), pasted.
  const pasted = (lower: string | null, target: string | null): Grid =>
    Grid.fromValues(
      '表',
      [
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '发放人数', '48人'],
        ['效益指标', '社会效益指标', '激发为民办事的热情', '有所提升'],
        ['满意度指标', '服务对象', '群众满意度', '≥95%'],
        [null, lower, null, target],
      ],
      ['A5:A6', 'C5:C6', ...(target === null ? ['D5:D6'] : [])],
    );
  const read = (grid: Grid): { categories: string[]; findings: string[] } => {
    const [report] = validateGrid(grid);
    return { categories: report.table!.indicators!.indicators.map((i) => `${i.level2.text}/${i.name.text}`), findings: report.findings.map((f) => `${f.code}@${f.cell}`) };
  };

  it('reads a category’s lower paragraph as the end of its text, the indicator the one above', () => {
    const { categories, findings } = read(pasted('满意度指标', null));
    expect(categories).toEqual(['数量指标/发放人数', '社会效益指标/激发为民办事的热情', '服务对象满意度指标/群众满意度']);
    expect(findings.filter((f) => /category/.test(f))).toEqual([]);
  });

  it('a 一级 typed again on the lower line (its merge undone and filled) is the same one, not joined to itself (青山’s, ap-hb-qingshan-2021-sci-tech-fund-targets)', () => {
    const typed = Grid.fromValues(
      '表',
      [
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '发放人数', '48人'],
        ['满意度指标', '服务对象', '群众满意度', '≥95%'],
        ['满意度指标', '满意度指标', null, null],
      ],
      ['C4:C5', 'D4:D5'],
    );
    const { categories, findings } = read(typed);
    expect(categories).toEqual(['数量指标/发放人数', '服务对象满意度指标/群众满意度']);
    expect(findings.filter((f) => /category/.test(f))).toEqual([]);
  });

  it('the same converted from a PDF, each paragraph’s row in two lines merged down (青山’s rows-in-two variant)', () => {
    const tall = Grid.fromValues(
      '表',
      [
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '发放人数', '48人'],
        [null, null, null, null],
        ['满意度指标', '服务对象', '群众满意度', '≥95%'],
        [null, null, null, null],
        [null, '满意度指标', null, null],
        [null, null, null, null],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'A5:A8', 'B5:B6', 'B7:B8', 'C5:C8', 'D5:D8'],
    );
    const { categories, findings } = read(tall);
    expect(categories).toEqual(['数量指标/发放人数', '服务对象满意度指标/群众满意度']);
    expect(findings.filter((f) => /category/.test(f))).toEqual([]);
  });

  it('a row of weights only under the header, each cell merged over its two lines, is no indicator (保山’s, aq-yn-baoshan-2023-energy-safety-eval, converted from a PDF)', () => {
    const rows = [
      ['项目支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'],
      [null, null, null, null, null, null, null],
      [null, null, null, null, null, 90, 90],
      [null, null, null, null, null, null, null],
      ['产出指标', '数量指标', '检查次数', '≥20次', '113次', 50, 50],
      [null, null, null, null, null, null, null],
      ['效益指标', '经济效益指标', '投资增加数', '≥1亿元', '24亿元', 40, 40],
      [null, null, null, null, null, null, null],
    ];
    const merges = [2, 4, 6, 8].flatMap((r) => 'ABCDEFG'.split('').map((c) => `${c}${r}:${c}${r + 1}`));
    const [t] = recognizeSheet(Grid.fromValues('表', rows, merges));
    expect(t.indicators!.indicators.map((i) => i.name.text)).toEqual(['检查次数', '投资增加数']);
  });

  it('leaves a row with a target of its own an indicator (one name over two targets)', () => {
    expect(read(pasted('满意度指标', '≥90%')).categories).toEqual(['数量指标/发放人数', '社会效益指标/激发为民办事的热情', '服务对象/群众满意度', '满意度指标/群众满意度']);
  });
});

describe('a page’s number left in the rows by a PDF’s conversion (第 1 页，共 2 页, or a bare 2)', () => {
  it.each([
    ['b-cixi-2023-childcare', 11, '第 1 页，共 2 页'],
    ['c-hebei-langfang-2019', 25, '第1页/共2页'],
    ['n-hb-ezhou-2022-office-building', 14, '- 1 -'],
    ['l-shandong-linyi-2025-school', 14, '共 2 页 第 1 页'],
    // A continued table's mark at the new page's top.
    ['j-yn-yongde-2022-nutrition', 18, '续表'],
    ['t-hn-lingling-2021-forestry-dept-eval', 23, '（续表）'],
    // A page's bare number, alone in its row: typed, or as text.
    ['b-cixi-2023-childcare', 11, 2],
    ['c-hebei-langfang-2019', 25, '2'],
    ['s-sc-ganzi-2023-food-safety', 11, 1],
    // Above a tail's first row, the table's rows continued on a page of their own (大英's 决算 pages).
    ['ac-sc-daying-nd-railway-environment-tail-eval', 1, 3],
    ['ss-sc-daying-2020-elderly-care-tail', 1, 2],
  ] as [string, number, string | number][])('%s: the line put above row %i is blank to the check, its findings each a row lower', (id, row, mark) => {
    const at = row - 1;
    const sheet = sheetOf(id);
    const original = findings(sheetToGrid(sheet));
    expect(original.length).toBeGreaterThan(0);
    const lower: Conversion = (r, c) => ({ top: r >= at ? r + 1 : r, left: c, bottom: r >= at ? r + 1 : r, right: c });
    const rows = [...sheet.rows.slice(0, at), [mark], ...sheet.rows.slice(at)];
    const merges = (sheet.merges ?? []).map((m) => {
      const a = parseRange(m);
      return rangeToA1({ top: lower(a.top, 0).top, left: a.left, bottom: lower(a.bottom, 0).top, right: a.right });
    });
    expect(findings(sheetToGrid({ name: sheet.name, rows, merges, formats: movedFormats(sheet, lower) }))).toEqual(moved(original, lower));
  });
});

describe('what a table is, whatever the conversion', () => {
  it.each([
    // 金额单位: | | 万元 (成安's third reading), each column with a blank one after it.
    ['xx-he-chengan-2020-centenarian-allowance-eval-r3', 'a blank column between every two'],
    // 优 | | 良 | | 中 | | 差 (邯郸's graded form).
    ['ss-he-handan-2019-subsistence-relief-targets', 'a blank column between every two'],
    ['ss-he-handan-2019-subsistence-relief-targets', 'columns in two'],
    ['i-guangdong-dongguan-2022-exhibition', 'rows in three'],
    // 项目 | 指标值 | 绩效金额 over an indented tree (宁夏's 批复表), 项目 merged across two columns: the tree is under its first.
    ['ad-nx-shizuishan-2020-cdc-vaccine-targets-r3', 'columns in two'],
  ] as const)('%s, %s: the same kind, year, unit and counts', (id, conversion) => {
    const sheet = sheetOf(id);
    const what = (grid: Grid) => validateGrid(grid).map(({ table: t }) => [t.kind, t.fiscalYear, t.unit, t.indicators?.indicators.length ?? 0, t.tasks?.tasks.length ?? 0]);
    const original = what(sheetToGrid(sheet));
    expect(original.length).toBe(1);
    expect(what(convert(sheet, CONVERSIONS[conversion], true))).toEqual(original);
  });
});

describe('printed rows of different heights, each in as many lines as its text took', () => {
  /** Row `tall` (0-based) in `lines` lines, every other row in one. */
  const oneTall = (tall: number, lines: number): Conversion => {
    const top = (r: number): number => (r <= tall ? r : r + lines - 1);
    return (r, c) => ({ top: top(r), left: c, bottom: r === tall ? top(r) + lines - 1 : top(r), right: c });
  };
  it.each([
    // Yunnan's 公开14表: 实际完成值 | 分值 | 得分 merged down beside 年度指标值 over the level headings, that row in three lines.
    ['j-yn-yongde-2022-nutrition', 12, 3],
    ['j-yn-yongde-2022-nutrition', 12, 2],
  ])('%s, row %i in %i lines: the same findings, each at its cell’s new place', (id, row, lines) => {
    const sheet = sheetOf(id);
    const to = oneTall(row - 1, lines);
    const original = findings(sheetToGrid(sheet));
    expect(original.length).toBeGreaterThan(0);
    expect(findings(convert(sheet, to, true))).toEqual(moved(original, to));
  });
});

describe('printed columns of different widths, each over as many of Excel’s as it took', () => {
  /** Column `wide` (0-based) over `cols` columns, every other in one. */
  const oneWide = (wide: number, cols: number): Conversion => {
    const left = (c: number): number => (c <= wide ? c : c + cols - 1);
    return (r, c) => ({ top: r, left: left(c), bottom: r, right: c === wide ? left(c) + cols - 1 : left(c) });
  };
  it.each([
    // 黄石's blank 一级 cells above 产出指标, each merged across its two columns: blank, filled down, not a category missing a row.
    ['v-hb-huangshi-2022-party-school-training-rr', 'B', 2],
    ['d-sc-zhongjiang-water-2022-rr', 'B', 3],
  ])('%s, column %s over %i: the same findings, each at its cell’s new place', (id, column, cols) => {
    const sheet = sheetOf(id);
    const to = oneWide(column.charCodeAt(0) - 65, cols);
    const original = findings(sheetToGrid(sheet));
    expect(original.length).toBeGreaterThan(0);
    expect(findings(convert(sheet, to, true))).toEqual(moved(original, to));
  });
});

describe('a page break inside the indicator list, as a Word table prints it: its header’s rows again, a page’s number before them', () => {
  it.each([
    // A blank 一级 under the repeated header goes on with the run before the break (遂宁's region form).
    ['gg-sc-suining-jkq-2021-drug-cosmetic-device-region-eval', 24, 8, 8],
    // Yunnan's two-row header repeated: its first row (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分) no indicator.
    ['j-yn-yongde-2022-nutrition', 18, 12, 13],
    ['j-yn-lijiang-2020-satellite', 16, 11, 12],
    // The break splits the 一级's merged cell (产出指标 over A14:A17 … ): its part on the new page blank, merged
    // or not, goes on with the run before the break (宁德's, 湘潭's).
    ['a-fujian-2019-dept-ningde-dangshi', 16, 12, 12],
    ['b-xiangtan-2023-fog-cannon', 11, 8, 8],
    // Two lists side by side (东莞's 中期 | 年度): the second's header, repeated, read through as the first's.
    ['i-guangdong-dongguan-2019-road', 11, 7, 7],
    // 扎赉特旗's list of projects (项目名称 | 项目单位 | 预算数 | … | 一级指标 … in one header row): the header's
    // project labels repeated with it are its copy, not a new table's.
    ['ae-nm-zhalaite-nd-procuratorate-project-targets', 12, 4, 4],
  ])('%s, the break above row %i (header rows %i–%i): the same findings, each at its cell’s new place', (id, row, headerTop, headerBottom) => {
    const sheet = sheetOf(id);
    const broken = pageBroken(sheet, row - 1, headerTop - 1, headerBottom - 1);
    const lower: Conversion = (r, c) => {
      const to = broken.move(r, c);
      return { top: to.row, left: to.col, bottom: to.row, right: to.col };
    };
    const original = findings(sheetToGrid(sheet));
    expect(original.length).toBeGreaterThan(0);
    expect(findings(sheetToGrid(broken.sheet))).toEqual(moved(original, lower));
  });
});

describe('a page break, then every merged area undone and filled (a converted table copied into a sheet of its own)', () => {
  // 大足's 三级指标 merged over A:B, its header repeated after the break: filled, the label's copy in B is no
  // header of its own, and the repeat stays the list's (a second table with 分值合计 38 before).
  it('reads the list through its repeated header, as the page-broken table without its merges undone', () => {
    const entry = loadEntry(path.join(CORPUS_DIR, 'ap-cq-dazu-2021-commerce-dept-eval-rr'));
    const broken = pageBreak(entry)!;
    const filled = filledMerges(broken)!;
    const tables = validateGrid(sheetToGrid(filled.table.sheets[0]));
    // One table to the list's end (its page's foot a blank line and the number, as pageBreak gives this table).
    expect(tables.map((t) => t.table.range)).toEqual([`A1:G${broken.table.sheets[0].rows.length}`]);
    expect(findings(sheetToGrid(filled.table.sheets[0]))).toEqual(findings(sheetToGrid(broken.table.sheets[0])));
  });
});

describe('a blank row left under the header, then the table converted with each row in lines', () => {
  // 安溪's places' columns (西坪镇尧山村 | 桃舟乡吾培村 …) under their heading past the blank row, now two lines
  // merged down: one blank row, not two (the explanation column read as the target before).
  it.each(['r-fj-anxi-2022-small-water-works', 'r-fj-anxi-2022-small-water-works-r3'])('%s finds what it finds unconverted, each at its new place', (id) => {
    const spaced = blankUnderHeader(loadEntry(path.join(CORPUS_DIR, id)))!.table.sheets[0];
    const original = findings(sheetToGrid(spaced));
    expect(original.length).toBeGreaterThan(0);
    expect(findings(convert(spaced, rowsInTwo, true))).toEqual(moved(original, rowsInTwo));
  });
});

describe('a blank column inserted, then the table converted with each row in lines', () => {
  // The inserted column's cells merged down over each row's lines, as a PDF's converter merges a tall row's:
  // passed as blank (资金总额 | | 35, 秀屿's: the goal below read as the total's amount before; 荆门's targets).
  it.each(['aa-fj-xiuyu-2025-flood-damage-repair', 'ai-hb-jingmen-2022-relics-fund-targets'])('%s finds what it finds unconverted, each at its new place', (id) => {
    const widened = blankColumn(loadEntry(path.join(CORPUS_DIR, id))).table.sheets[0];
    const original = findings(sheetToGrid(widened));
    expect(original.length).toBeGreaterThan(0);
    expect(findings(convert(widened, rowsInTwo, true))).toEqual(moved(original, rowsInTwo));
  });
});
