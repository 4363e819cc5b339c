import rule from '../../src/core/rules/weights-sum';
import { cleanCases, evalWithAll, FUND, LAYOUTS, totalCell } from '../support/eval-cases';
import { InvalidCase, RuleCase, testRule } from '../support/rule-tester';
import { EvalIndicator, evalCell, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';
import { Grid } from '../../src/core/grid/grid';

/**
 * A self-evaluation with no 总分 row (a page cut before it, or a form without one): its weights add
 * to 90. `twoRows` heads the weights 指标分值 over two rows beside 一级 | 二级 under 绩效指标, merged
 * (`merged`), or with the merge undone and the label filled down (`filled`) or dropped (`dropped`).
 */
const noTotalRow = (header: 'one' | 'merged' | 'filled' | 'dropped'): Grid => {
  const top =
    header === 'one'
      ? [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']]
      : [
          ['绩效指标', null, null, '年度指标值', '实际完成值', '指标分值', '得分'],
          ['一级指标', '二级指标', '三级指标', ...(header === 'filled' ? ['年度指标值', '实际完成值', '指标分值', '得分'] : [null, null, null, null])],
        ];
  return Grid.fromValues(
    '表',
    [
      ['项目支出绩效自评表'],
      ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 100, 100, 10, '100%', 10],
      ...top,
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 50, 50],
      ['效益指标', '社会效益指标', '群众知晓率', '≥90%', '95%', 30, 30],
    ],
    header === 'merged' ? ['A4:C4', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5'] : [],
  );
};

/*
 * Clean weights (10/50/30/10): 预算执行率 10 (F6); 产出 15 + 10 + 10 + 5 + 10 = 50 (rows 12–16);
 * 效益 15 + 15 = 30 (rows 17–18); 满意度 10 (row 19); 总分 分值 100 in row 20 (G20, Sichuan I20).
 * Indicator 分值 are in column G (central) or I (Sichuan).
 */

/** The clean indicators re-weighted for 20/40/40: 产出 40, 效益 30 + 满意度 10 = 40 (scores follow). */
const SPLIT_20_40_40: EvalIndicator[] = evalWithAll({
  0: { weight: 10, score: 10 },
  1: { weight: 10, score: 9 },
  2: { weight: 10, score: 10 },
  3: { weight: 5, score: 5 },
  4: { weight: 5, score: 4.8 },
});
/** Budget line weighing 20, 95% of it. */
const BUDGET_20 = { budgetWeight: 20, budgetScore: 19 };

const valid: RuleCase[] = [
  ...cleanCases(),
  ...LAYOUTS.flatMap((layout): RuleCase[] => [
    { name: `20/40/40 (${layout}): budget 20, 产出 40, 效益 + 满意度 40`, table: selfEvaluationTable({ layout, ...BUDGET_20, indicators: SPLIT_20_40_40 }), weights: '20/40/40' },
    { name: `20/40/40 department (${layout})`, table: selfEvaluationTable({ kind: 'department', layout, ...BUDGET_20, indicators: SPLIT_20_40_40 }), weights: '20/40/40' },
  ]),
  {
    name: 'weights with decimals that add up to the cent (16.67 + 16.67 + 16.66)',
    table: selfEvaluationTable({ indicators: evalWithAll({ 0: { weight: 16.67 }, 1: { weight: 16.67 }, 2: { weight: 6.66 }, 3: { weight: 5 }, 4: { weight: 5 } }) }),
  },
  {
    name: 'a 不适用 indicator keeps its weight in the sums',
    table: selfEvaluationTable({ indicators: evalWithAll({ 5: { target: '不适用', actual: '不适用', score: 0, sichuan: { comparator: '', value: '不适用', unit: '', actual: '不适用' } } }) }),
  },
  { name: 'budget 分值 left blank counts as the split’s 10', table: selfEvaluationTable({ budgetWeight: null }) },
  { name: '总分 分值 left blank', table: selfEvaluationTable({ totalWeight: null }) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
  { name: 'target table under 20/40/40', table: projectTable(), weights: '20/40/40' },
  // Without a split named, shares are the table's business (Sichuan 产出 60 / 效益 30: corpus d-sc-qingshen-wage-2023).
  { name: 'no split named: 产出 45, 效益 35 is left alone', table: selfEvaluationTable({ indicators: evalWithAll({ 0: { weight: 10, score: 10 }, 5: { weight: 20, score: 20 } }) }) },
  { name: 'the shares the table writes itself add up: 产出指标（50分）', table: selfEvaluationTable({ indicators: evalWithAll({}).map((i) => ({ ...i, l1: i.l1 === '产出' ? '产出指标（50分）' : i.l1 })) }) },
  {
    // Each row was a run of its own: its one weight against the 50 points, five false alarms.
    name: 'the shares add up with 产出指标（50分） typed again on every row, unmerged',
    table: selfEvaluationTable({ repeatCategories: true, indicators: evalWithAll({}).map((i) => ({ ...i, l1: i.l1 === '产出' ? '产出指标（50分）' : i.l1 })) }),
  },
];

const invalid: InvalidCase[] = [
  // Reviewers mark a sum with no row of its own where the weights are named (second readings of
  // ee-ah-yuan-2022-relics-protection-eval and t-hn-lingling-2021-forestry-dept-eval put it there).
  { name: 'no 总分 row: the sum is reported at the 分值 heading', table: noTotalRow('one'), findings: [{ cell: 'F4', message: '分值合计为 90（预算执行率 10 + 指标 80），应为 100' }] },
  ...(['merged', 'filled', 'dropped'] as const).map((header): InvalidCase => ({ name: `no 总分 row, 指标分值 over two header rows (${header}): at the label’s own cell`, table: noTotalRow(header), findings: [{ cell: 'F4' }] })),
  {
    name: 'a share the table writes itself: 产出指标（40分） over indicators weighing 50',
    table: selfEvaluationTable({ indicators: evalWithAll({}).map((i) => ({ ...i, l1: i.l1 === '产出' ? '产出指标（40分）' : i.l1 })) }),
    findings: [{ cell: evalCell(0, 'weight'), message: '“产出”类指标分值合计为 50，与表中注明的 40 分不符', expected: 40, actual: 50 }],
  },
  ...LAYOUTS.flatMap((layout) =>
    (['project', 'department'] as const).map(
      (kind): InvalidCase => ({
        name: `${kind}, ${layout}: indicators weigh 89: reported once, at the 总分 分值`,
        table: selfEvaluationTable({ kind, layout, indicators: evalWithAll({ 0: { weight: 14, score: 14 } }) }),
        findings: [{ cell: totalCell('weight', layout), message: '分值合计为 99（预算执行率 10 + 指标 89），应为 100', expected: 100, actual: 99 }],
      }),
    ),
  ),
  {
    name: 'budget 15 + indicators 90 = 105',
    table: selfEvaluationTable({ budgetWeight: 15 }),
    findings: [{ cell: 'G20', message: '分值合计为 105（预算执行率 15 + 指标 90），应为 100', expected: 100, actual: 105 }],
  },
  {
    name: 'Sichuan, 总分 分值 left blank: the sum (102) is still reported in that cell',
    table: selfEvaluationTable({ layout: 'sichuan', totalWeight: null, indicators: evalWithAll({ 7: { weight: 12, score: 12 } }) }),
    findings: [{ cell: totalCell('weight', 'sichuan'), message: '分值合计为 102（预算执行率 10 + 指标 92），应为 100', expected: 100, actual: 102 }],
  },
  {
    name: 'the weights add up but the 总分 分值 says 90',
    table: selfEvaluationTable({ totalWeight: 90 }),
    findings: [{ cell: 'G20', message: '分值合计为 90', expected: 100, actual: 90 }],
  },
  {
    name: '5 moved from 产出 to 效益: 产出 45, 效益 35',
    weights: '10/50/30/10',
    table: selfEvaluationTable({ indicators: evalWithAll({ 0: { weight: 10, score: 10 }, 5: { weight: 20, score: 20 } }) }),
    findings: [
      { cell: evalCell(0, 'weight'), message: '“产出”类指标分值合计为 45，按分值分配应为 50', expected: 50, actual: 45 },
      { cell: evalCell(5, 'weight'), message: '“效益”类指标分值合计为 35，按分值分配应为 30', expected: 30, actual: 35 },
    ],
  },
  {
    name: 'Sichuan: budget 15, 满意度 5',
    weights: '10/50/30/10',
    table: selfEvaluationTable({ layout: 'sichuan', budgetWeight: 15, budgetScore: 14.25, indicators: evalWithAll({ 7: { weight: 5, score: 5 } }) }),
    findings: [
      { cell: FUND.weight, message: '预算执行率分值为 15，按分值分配应为 10', expected: 10, actual: 15 },
      { cell: evalCell(7, 'weight', 'sichuan'), message: '“满意度”类指标分值合计为 5，按分值分配应为 10', expected: 10, actual: 5 },
    ],
  },
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `a 10/50/30/10 table (${layout}) checked under 20/40/40: budget 10 of 20, 产出 50 of 40`,
      table: selfEvaluationTable({ layout }),
      weights: '20/40/40',
      findings: [
        { cell: FUND.weight, message: '预算执行率分值为 10，按分值分配应为 20', expected: 20, actual: 10 },
        { cell: evalCell(0, 'weight', layout), message: '“产出”类指标分值合计为 50，按分值分配应为 40', expected: 40, actual: 50 },
      ],
    }),
  ),
  {
    name: '20/40/40: 满意度 counts under 效益: 产出 45, 效益 25 + 满意度 10 = 35',
    table: selfEvaluationTable({ ...BUDGET_20, indicators: evalWithAll({ 4: { weight: 10, score: 9.6 }, 5: { weight: 10, score: 10 } }, SPLIT_20_40_40) }),
    weights: '20/40/40',
    findings: [
      { cell: 'G12', message: '“产出”类指标分值合计为 45，按分值分配应为 40', expected: 40, actual: 45 },
      { cell: 'G17', message: '“效益”类指标分值合计为 35，按分值分配应为 40', expected: 40, actual: 35 },
    ],
  },
  {
    name: 'a 20/40/40 table checked under 10/50/30/10',
    weights: '10/50/30/10',
    table: selfEvaluationTable({ layout: 'sichuan', kind: 'department', ...BUDGET_20, indicators: SPLIT_20_40_40 }),
    findings: [
      { cell: 'F6', expected: 10, actual: 20 },
      { cell: 'I12', expected: 50, actual: 40 },
    ],
  },
];

testRule(rule, { valid, invalid });

/**
 * 四川's targets form (甘孜's, s-sc-ganzi-2023-food-safety): 预算执行率权重(%) over the indicators, each weighed
 * in 权重(%); the line and the weights make the hundred.
 */
function sichuanTargets(budgetWeight: string | number | null, weights: number[], lastLevel1 = '满意度指标', weightLine?: (string | number | null)[]) {
  const names: [string, string, string, string, string][] = [
    ['产出指标', '数量指标', '召开食品安全委员会会议', '2', '次'],
    ['产出指标', '质量指标', '工作齐抓共管', '100', '%'],
    ['产出指标', '时效指标', '完成时限', '1', '年'],
    ['效益指标', '社会效益指标', '食品安全整体状况', '≥95', '%'],
    [lastLevel1, lastLevel1 === '满意度指标' ? '服务对象满意度指标' : '可持续影响指标', '公众满意度', '≥90', '%'],
  ];
  return {
    name: 'Sheet1',
    rows: [
      ['绩效目标表'],
      ['单位信息:', '324001-甘孜州市场监督管理局'],
      weightLine ?? ['预算执行率权重(%):', budgetWeight],
      ['整体目标:', '组织协调推进全州食品安全重点工作,全年召开食品安全委员会会议2次。'],
      ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '权重(%)'],
      ...names.map((n, i) => [...n, weights[i]]),
    ],
    merges: [],
  };
}

testRule(rule, {
  valid: [
    { name: 'a targets form: 预算执行率权重 10 and weights of 90 make the hundred', table: sichuanTargets(10, [20, 20, 20, 20, 10]) },
    { name: 'a share typed as text (海南’s 10%) weighs its points', table: sichuanTargets('10%', [20, 20, 20, 20, 10]) },
    { name: 'a list that stops before its 满意度 (a page cut short) is not summed', table: sichuanTargets(null, [20, 20, 20, 20, 10], '效益指标') },
  ],
  invalid: [
    {
      name: 'a targets form with 预算执行率权重 blank and weights of 90: at the 权重 heading (四川’s, 甘孜’s)',
      table: sichuanTargets(null, [20, 20, 20, 20, 10]),
      findings: [{ cell: 'F5', message: '分值合计为 90（预算执行率 0 + 指标 90），应为 100' }],
    },
    {
      // The line's merge (A4:G4 on the page) undone and filled: its label across the row, no weight beside it.
      name: '… the 预算执行率权重 line’s merge undone and filled across its row: still blank',
      table: sichuanTargets(null, [20, 20, 20, 20, 10], '满意度指标', Array<string>(6).fill('预算执行率权重(%):')),
      findings: [{ cell: 'F5', message: '分值合计为 90（预算执行率 0 + 指标 90），应为 100' }],
    },
    {
      name: 'weights of 95 beside a 预算执行率权重 of 10',
      table: sichuanTargets(10, [20, 25, 20, 20, 10]),
      findings: [{ cell: 'F5', message: '分值合计为 105（预算执行率 10 + 指标 95），应为 100' }],
    },
  ],
});
