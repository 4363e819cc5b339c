import { Grid } from '../../src/core/grid/grid';
import rule from '../../src/core/rules/score-mismatch';
import { cleanCases, evalWith, everyVariant, FUND, RESCALED_NA, SHEET, totalCell } from '../support/eval-cases';
import { InvalidCase, RuleCase, testRule } from '../support/rule-tester';
import { CLEAN_EVAL, EvalOptions, evalCell, FundLine, selfEvaluationTable } from '../support/self-evaluation';
import { Cell, departmentTable, projectTable } from '../support/tables';

/*
 * Builder layout: 年度资金总额 in row 6 (D budget, E executed, F 分值, G 执行率, H 得分); indicators
 * in rows 12–19 (central: F actual, G 分值, H 得分; Sichuan: H actual, I 分值, J 得分); 总分 in
 * row 20. Clean scores: 9.5 + [15, 9, 10, 5, 9.6, 15, 14, 10] = 97.1. Cases about one score set
 * 总分 to the computed total, so that only that score is reported.
 */

const line = (budget: Cell, executed: Cell): FundLine[] => [{ label: '年度资金总额', initial: budget, budget, executed }];
const table = (opts: EvalOptions) => selfEvaluationTable(opts);
const SUM_CENTRAL = '=SUM(H6,H12,H13,H14,H15,H16,H17,H18,H19)';
const SUM_SICHUAN = '=SUM(H6,J12,J13,J14,J15,J16,J17,J18,J19)';

/**
 * 海南's 服务贸易 scorecard (m-hi-shangwu-nd-fuwumaoyi): 计划投资额 | 实际到位资金 | 实际使用情况 on one line, then the
 * framework's criteria with their points and scores, 到位率 (3) among them with no result of its own.
 */
const hainan = (arrived: number | null, score: number, planned: number | null = 570, line?: (string | number | null)[]): Grid =>
  Grid.fromValues('表', [
    ['服务贸易项目绩效自评表'],
    ['项目实施单位', '省商务厅服务贸易和商贸服务业处', null, null, '主管部门', '省商务厅'],
    line ?? ['计划投资额(万元)', planned, '实际到位资金(万元)', arrived, '实际使用情况(万元)', 395.86],
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
    ['项目决策', 20, '项目目标', 4, '目标内容', 4, 4],
    ['项目管理', 25, '资金到位', 5, '到位率', 3, score],
    [null, null, null, null, '到位时效', 2, 2],
    [null, null, '资金管理', 10, '资金使用', 7, 7],
  ], ['A6:A8', 'B6:B8', 'C6:C7', 'D6:D7']);

/**
 * 廊坊's self-evaluation (c-hebei-langfang-2019): the 分值 and 得分 of 年度资金总额 merged down over its
 * 其中 lines (F7:F10, H7:H10), so the 其中:当年财政拨款 line, with its own amounts, reads the total's.
 */
const langfang = (budgetScore: number): Grid =>
  Grid.fromValues('Sheet1', [
    ['项目支出绩效自评表'],
    ['(2019年度)'],
    ['项目名称', '办公宿舍楼、食堂及餐厅暖通改造经费'],
    ['主管部门', '廊坊市发改委', null, null, '实施单位', '廊坊市食品工程学校'],
    ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 43.2, 43.2, 37.24, 10, '86%', budgetScore],
    [null, '其中:当年财政拨款', 43.2, 43.2, 37.24],
    [null, '上年结转资金'],
    [null, '其他资金'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '工程资金金额', 43.2, 37.24, 10, 8.62, '已完工,剩余3%尾款未付'],
    [null, '质量指标', '工程验收合格率', '100%', '100%', 10, 10],
    ['效益指标', '社会效益指标', '师生用餐条件改善', '改善', '改善', 10, 10],
    ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '95%', 10, 10],
  ], ['A5:A9', 'F6:F9', 'H6:H9', 'A11:A12']);

const valid: RuleCase[] = [
  ...cleanCases(),
  // 新洲's (pp-hb-xinzhou-2020-opera-equipment-eval): weights past the total's 100, the total the typed scores' sum.
  { name: 'weights past the total’s 分值 and the total the sum of the typed scores: no total finding', table: table({ budgetWeight: 20, budgetScore: 19, totalScore: 106.6 }) },
  { name: '达成 scored at the band’s floor (12 of 15)', table: table({ indicators: evalWith(6, { score: 12 }) }) },
  { name: '达成 scored full (15 of 15)', table: table({ indicators: evalWith(6, { score: 15 }) }) },
  {
    name: '部分达成 scored 10 of 15, inside [9, 12)',
    table: table({ layout: 'sichuan', indicators: evalWith(6, { actual: '部分达成年度指标并具有一定效果', score: 10, sichuan: { actual: '部分达成年度指标并具有一定效果' } }) }),
  },
  { name: '未达成 scored 8.99 of 15, just inside [0, 9)', table: table({ indicators: evalWith(6, { actual: '未达成年度指标且效果较差', score: 8.99, sichuan: { actual: '未达成年度指标且效果较差' } }) }) },
  { name: 'a score within half a cent of the computed one (9.004 for 9)', table: table({ indicators: evalWith(1, { score: 9.004 }) }) },
  { name: 'a score 8.996 for 9', table: table({ layout: 'sichuan', indicators: evalWith(1, { score: 8.996 }) }) },
  { name: 'the budget score 9.505 for 9.506 → 9.51 (half a cent off)', table: table({ lines: line(100, 95.06), rate: '95.06%', budgetScore: 9.505, totalScore: 97.11 }) },
  // An evaluator's cent rounded the other way (t-yn-longyang-2022-fertilizer-eval: 20 × 30 ÷ 278.4449 = 2.1548 typed 2.16).
  { name: 'the budget score 9.5 for 9.506 (rounded down a cent)', table: table({ lines: line(100, 95.06), rate: '95.06%', budgetScore: 9.5, totalScore: 97.11 }) },
  { name: '总分 97.104 for 97.1', table: table({ totalScore: 97.104 }) },
  // 稷山's sheet (_ww-sx-jishan-2021-basic-public-health-eval, both its readings): scores typed to a tenth.
  { name: 'a score typed to a tenth, the exact one rounded to it (9.2 for 10 × 1846 ÷ 2000 = 9.23)', table: table({ indicators: evalWith(1, { actual: '1846份', score: 9.2 }), totalScore: null }) },
  { name: 'and the 总分 adding that typed score (97.3)', table: table({ indicators: evalWith(1, { actual: '1846份', score: 9.2 }), totalScore: 97.3 }) },
  // 鄂州's (ii-hb-ezhou-2019-third-party-service-eval): 171 ÷ 287 = 59.58% typed 60%, scored 10 × 60% = 6.
  { name: 'the budget score worked out from the rate as typed, itself right at whole percents (6 for 5.96)', table: table({ lines: line(287, 171), rate: '60%', budgetScore: 6, totalScore: null }) },
  { name: 'and the 总分 adding that typed budget score (87.6 + 6 = 93.6, not 93.56)', table: table({ lines: line(287, 171), rate: '60%', budgetScore: 6, totalScore: 93.6 }) },
  { name: 'over-spending: 110 of 100 scores the full 10', table: table({ lines: line(100, 110), rate: '110%', budgetScore: 10 }) },
  { name: '不适用 dropped and the rest scored on rescaled weights (central)', table: table({ indicators: RESCALED_NA }) },
  { name: '不适用 dropped and the rest scored on rescaled weights (Sichuan)', table: table({ layout: 'sichuan', kind: 'department', indicators: RESCALED_NA }) },
  { name: 'a blank score is not compared', table: table({ indicators: evalWith(0, { score: null }), totalScore: 97.1 }) },
  { name: 'a blank 总分 is not compared', table: table({ totalScore: null }) },
  { name: 'the 20/40/40 split does not change what the typed weights score', table: table({}), weights: '20/40/40' },
  // 到位率 on the table's own money: all of it arrived, or the score in proportion (3 × 398.88 ÷ 570 = 2.1).
  { name: '到位率 scored full with all the planned money arrived (570 of 570)', table: hainan(570, 3) },
  { name: '到位率 scored in proportion to the money arrived (2.1 for 398.88 of 570)', table: hainan(398.88, 2.1) },
  { name: 'no arrived amount on the line: 到位率 not scored from the money', table: hainan(null, 3) },
  { name: 'no planned amount: 到位率 not scored from the money', table: hainan(398.88, 3, null) },
  { name: 'the 其中 line under the total’s merged 得分, scored right (8.62)', table: langfang(8.62) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
];

const invalid: InvalidCase[] = [
  {
    // Reported once: the 其中 line's score is the total's merged cell, not a second score.
    name: 'the budget score 9 for 8.62, the 其中 line under the total’s merged 分值 and 得分: one finding',
    table: langfang(9),
    findings: [{ cell: 'H6', message: '预算执行率得分填为 9，按分值 10 × 执行率 86.2% 应为 8.62', expected: 8.62, actual: 9 }],
  },
  {
    name: '到位率 scored its full 3 with 398.88 of the 570 planned arrived (69.98%: 2.1)',
    table: hainan(398.88, 3),
    findings: [{ cell: 'G6', message: '“到位率”得分填为 3，按目标值 100%、实际完成值 69.98%、分值 3 应为 2.1', expected: 2.1, actual: 3 }],
  },
  {
    // Its labels' merges undone and filled, or dropped (the amount two cells on): the amounts still read.
    name: '到位率 on the same line with the labels’ merges undone and filled',
    table: hainan(null, 3, null, ['计划投资额(万元)', '计划投资额(万元)', 570, '实际到位资金(万元)', '实际到位资金(万元)', 398.88]),
    findings: [{ cell: 'G6', expected: 2.1, actual: 3 }],
  },
  {
    name: '… dropped: the amount past the blank its label’s merge left',
    table: hainan(null, 3, null, ['计划投资额(万元)', null, 570, '实际到位资金(万元)', null, 398.88]),
    findings: [{ cell: 'G6', expected: 2.1, actual: 3 }],
  },
  {
    name: 'the budget score from a typed rate that is itself wrong (59% for 59.58%: 5.9, not 5.96)',
    table: table({ lines: line(287, 171), rate: '59%', budgetScore: 5.9, totalScore: null }),
    findings: [{ cell: 'H6', message: '预算执行率得分填为 5.9，按分值 10 × 执行率 59.58% 应为 5.96' }],
  },
  {
    name: 'a budget score neither the computed one nor the typed rate’s (7 at 60%)',
    table: table({ lines: line(287, 171), rate: '60%', budgetScore: 7, totalScore: null }),
    findings: [{ cell: 'H6', message: '预算执行率得分填为 7，按分值 10 × 执行率 59.58% 应为 5.96' }],
  },
  {
    name: 'a 总分 adding a budget score that is flagged (7 at 60%) is checked against the computed one',
    table: table({ lines: line(287, 171), rate: '60%', budgetScore: 7, totalScore: 94.6 }),
    findings: [{ cell: 'H6' }, { cell: 'H20', message: '总分填为 94.6，按各项应得分合计应为 93.56' }],
  },
  {
    name: 'the budget score 9.49 for 9.506: more than a cent off',
    table: table({ lines: line(100, 95.06), rate: '95.06%', budgetScore: 9.49, totalScore: 97.11 }),
    findings: [{ cell: 'H6' }],
  },
  ...everyVariant({ budgetScore: 10, totalScore: 97.1 }).map(
    (v): InvalidCase => ({
      name: `${v.name}: budget line scored 10 at 95%: the fix is =F6*MIN(1,E6/D6)`,
      table: v.table,
      findings: [
        {
          cell: FUND.score,
          message: '预算执行率得分填为 10，按分值 10 × 执行率 95% 应为 9.5',
          expected: 9.5,
          actual: 10,
          fix: [{ op: 'set-formula', sheet: SHEET, cell: 'H6', formula: '=F6*MIN(1,E6/D6)', value: 9.5 }],
        },
      ],
    }),
  ),
  {
    name: 'over-spending scored above 100%: 110 of 100 earns 10, not 11',
    table: table({ lines: line(100, 110), rate: '110%', budgetScore: 11, totalScore: 97.6 }),
    findings: [
      {
        cell: 'H6',
        message: '预算执行率得分填为 11，按分值 10 × 执行率 110% 应为 10',
        expected: 10,
        actual: 11,
        fix: [{ op: 'set-formula', sheet: SHEET, cell: 'H6', formula: '=F6*MIN(1,E6/D6)', value: 10 }],
      },
    ],
  },
  {
    name: 'budget line weighing 20: 95% of it is 19',
    table: table({ budgetWeight: 20, budgetScore: 10, totalScore: 106.6 }),
    findings: [
      { cell: 'H6', message: '按分值 20 × 执行率 95% 应为 19', expected: 19, actual: 10, fix: [{ op: 'set-formula', sheet: SHEET, cell: 'H6', formula: '=F6*MIN(1,E6/D6)', value: 19 }] },
      // The weights add up past the 总分's 100 (weights-sum's finding): the total is held to the scores on the sheet.
      { cell: 'H20', expected: 97.6, actual: 106.6 },
    ],
  },

  {
    name: '执行数 typed as text: the budget fix is a value',
    table: table({ lines: line(100, '95.00'), rate: '95%', budgetScore: 10, totalScore: 97.1 }),
    findings: [{ cell: 'H6', expected: 9.5, actual: 10, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H6', value: 9.5 }] }],
  },
  {
    name: 'central: 1800 of ≥ 2000 scored 10 instead of 9',
    table: table({ indicators: evalWith(1, { score: 10 }), totalScore: 97.1 }),
    findings: [
      {
        cell: evalCell(1, 'score'),
        message: '“宣传资料发放数量”得分填为 10，按目标值 ≥2000份、实际完成值 1800份、分值 10 应为 9',
        expected: 9,
        actual: 10,
        fix: [{ op: 'set-value', sheet: SHEET, cell: 'H13', value: 9 }],
      },
    ],
  },
  {
    name: 'Sichuan: the same at J13',
    table: table({ layout: 'sichuan', indicators: evalWith(1, { score: 10 }), totalScore: 97.1 }),
    findings: [
      {
        cell: evalCell(1, 'score', 'sichuan'),
        message: '“宣传资料发放数量”得分填为 10，按目标值 ≥2000份、实际完成值 1800份、分值 10 应为 9',
        expected: 9,
        actual: 10,
        fix: [{ op: 'set-value', sheet: SHEET, cell: 'J13', value: 9 }],
      },
    ],
  },
  {
    name: '520 against ≤ 500 scored full: 10 × (1 − 20 ÷ 500) = 9.6',
    table: table({ kind: 'department', indicators: evalWith(4, { score: 10 }), totalScore: 97.1 }),
    findings: [{ cell: 'H16', message: '应为 9.6', expected: 9.6, actual: 10, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H16', value: 9.6 }] }],
  },
  {
    // 原州's (jj-nx-yuanzhou-2022-border-tea-eval H14): 36.2 spent of 38.75 scored 10 × 36.2 ÷ 38.75 = 9.34.
    name: 'a cost without a comparator is a ceiling: spending less than planned scored as a shortfall',
    table: table({ kind: 'department', indicators: evalWith(4, { name: '项目成本', target: '38.75万元', actual: '36.2万元', score: 9.34 }), totalScore: 97.5 }),
    findings: [{ cell: 'H16', message: '应为 10', expected: 10, actual: 9.34 }],
  },
  {
    name: 'a tenth that is no rounding of the exact score (9.3 for 9.23)',
    table: table({ indicators: [...evalWith(1, { actual: '1846份', score: 9.3 })], totalScore: null }),
    findings: [{ cell: 'H13', expected: 9.23, actual: 9.3 }],
  },
  {
    name: 'a whole number is held to the cent (9 for 9.23)',
    table: table({ indicators: evalWith(1, { actual: '1846份', score: 9 }), totalScore: null }),
    findings: [{ cell: 'H13', expected: 9.23, actual: 9 }],
  },
  {
    name: 'one cent off (9.01 for 9)',
    table: table({ layout: 'sichuan', indicators: evalWith(1, { score: 9.01 }), totalScore: 97.1 }),
    findings: [{ cell: 'J13', expected: 9, actual: 9.01, fix: [{ op: 'set-value', sheet: SHEET, cell: 'J13', value: 9 }] }],
  },
  {
    name: '达成 scored below its band: 11 of 15 (band 12–15)',
    table: table({ indicators: evalWith(6, { score: 11 }), totalScore: 95.1 }),
    findings: [
      {
        cell: 'H18',
        message: '“长效机制建设”实际完成情况为“达成年度指标”，得分应在 12～15 之间，填为 11',
        expected: '12-15',
        actual: 11,
        fix: [{ op: 'set-value', sheet: SHEET, cell: 'H18', value: 12 }],
      },
    ],
  },
  {
    name: '部分达成 scored 12 of 15: 80% belongs to 达成 (band 9–11.99)',
    table: table({ layout: 'sichuan', indicators: evalWith(6, { actual: '部分达成年度指标并具有一定效果', score: 12, sichuan: { actual: '部分达成年度指标并具有一定效果' } }), totalScore: 95.09 }),
    findings: [
      {
        cell: 'J18',
        message: '得分应在 9～11.99 之间，填为 12',
        expected: '9-11.99',
        actual: 12,
        fix: [{ op: 'set-value', sheet: SHEET, cell: 'J18', value: 11.99 }],
      },
    ],
  },
  {
    name: '未达成 scored 10 of 15 (band 0–8.99)',
    table: table({ indicators: evalWith(6, { actual: '未达成年度指标且效果较差', score: 10, sichuan: { actual: '未达成年度指标且效果较差' } }), totalScore: 92.09 }),
    findings: [{ cell: 'H18', expected: '0-8.99', actual: 10, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H18', value: 8.99 }] }],
  },
  {
    name: '已完成 scored above the weight (16 of 15): the fix keeps it at 15',
    table: table({ indicators: evalWith(6, { actual: '已完成', score: 16, sichuan: { actual: '已完成' } }), totalScore: 98.1 }),
    findings: [{ cell: 'H18', message: '得分应在 12～15 之间，填为 16', expected: '12-15', actual: 16, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H18', value: 15 }] }],
  },
  {
    name: '不适用 dropped but 培训人次 scored on its typed weight: 15, rescaled 18',
    table: table({ indicators: evalWith(0, { score: 15 }, RESCALED_NA), totalScore: 94.22 }),
    findings: [{ cell: 'H12', message: '“培训人次”得分填为 15，按目标值 ≥100人次、实际完成值 120人次、分值 18 应为 18', expected: 18, actual: 15, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H12', value: 18 }] }],
  },
  ...everyVariant({ totalScore: 98 }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 总分 98 while the scores add up to 97.1: the fix is =SUM(...)`,
      table: v.table,
      findings: [
        {
          cell: totalCell('score', v.layout),
          message: '总分填为 98，按各项应得分合计应为 97.1',
          expected: 97.1,
          actual: 98,
          fix: [{ op: 'set-formula', sheet: SHEET, cell: totalCell('score', v.layout), formula: v.layout === 'central' ? SUM_CENTRAL : SUM_SICHUAN, value: 97.1 }],
        },
      ],
    }),
  ),
  {
    name: '总分 one cent off (97.11)',
    table: table({ totalScore: 97.11 }),
    findings: [{ cell: 'H20', expected: 97.1, actual: 97.11 }],
  },
  {
    name: '不适用 left out of the 总分 and of its =SUM',
    table: table({ indicators: RESCALED_NA, totalScore: 95 }),
    findings: [{ cell: 'H20', expected: 94.22, actual: 95, fix: [{ op: 'set-formula', sheet: SHEET, cell: 'H20', formula: '=SUM(H6,H12,H13,H14,H15,H16,H18,H19)', value: 94.22 }] }],
  },
  {
    name: 'a score typed as text: the 总分 fix is a value',
    table: table({ indicators: evalWith(0, { score: '15' }), totalScore: 98 }),
    findings: [{ cell: 'H20', expected: 97.1, actual: 98, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H20', value: 97.1 }] }],
  },
  {
    // The typed 总分 adds up the typed scores (98.1) but not the computed ones: both are reported.
    // Issue 10: the 总分's fix alone must give the total shown; a SUM of the typed scores would give 98.1.
    name: 'a wrong indicator score carries into the 总分, whose fix is the computed total',
    table: table({ indicators: evalWith(1, { score: 10 }) }),
    findings: [
      { cell: 'H13', expected: 9, actual: 10 },
      { cell: 'H20', message: '总分填为 98.1，按各项应得分合计应为 97.1', expected: 97.1, actual: 98.1, fix: [{ op: 'set-value', sheet: SHEET, cell: 'H20', value: 97.1 }] },
    ],
  },
];

// Guard the fixture: the clean list really is the one the comments describe.
it('CLEAN_EVAL scores as described above', () => {
  expect(CLEAN_EVAL.map((i) => i.score)).toEqual([15, 9, 10, 5, 9.6, 15, 14, 10]);
});

testRule(rule, { valid, invalid });
