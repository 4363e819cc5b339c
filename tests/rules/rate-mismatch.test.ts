import rule from '../../src/core/rules/rate-mismatch';
import { cleanCases, FUND, SHEET } from '../support/eval-cases';
import { InvalidCase, RuleCase, testRule } from '../support/rule-tester';
import { EvalOptions, FundLine, selfEvaluationTable } from '../support/self-evaluation';
import { Cell, departmentTable, projectTable } from '../support/tables';
import { Grid } from '../../src/core/grid/grid';

/*
 * Builder layout, both layouts alike: 年度资金总额 in row 6 with D 全年预算数 (Sichuan: 调整后预算数),
 * E 全年执行数, F 分值, G 执行率, H 得分. The clean table has 95 of 100 spent and G6 = 95%.
 */

const line = (budget: Cell, executed: Cell): FundLine[] => [{ label: '年度资金总额', initial: budget, budget, executed }];
const percent = (value: number): Cell => ({ value, format: '0.00%' });
const table = (opts: EvalOptions) => selfEvaluationTable(opts);

/** 临翔's fund lines (p-yn-linxiang-2023-wildlife-shelter-eval): the 其中 line with its own 分值, 执行率 and 得分 (rows 3–4). */
const linxiang = (partRate: string, partScore = 9.78): Grid =>
  Grid.fromValues('表', [
    ['项目支出绩效自评表(2023年度)'],
    ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', null, 32.4, 31.69, 10, '97.81%', 9.78],
    [null, '其中:当年财政拨款', null, 32.4, 31.69, 10, partRate, partScore],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '收容所面积', '≥200平方米', '204平方米', 90, 90, '无'],
  ]);

/**
 * The total's 执行率 merged down over its 其中 lines (G3:G5), each line with amounts of its own: the rate is
 * the total's (90 of 100), not the lines' (70 of 80, 20 of 20).
 */
const mergedRate = (rate: string): Grid =>
  Grid.fromValues(
    '表',
    [
      ['项目支出绩效自评表(2023年度)'],
      ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 100, 90, 10, rate, 9],
      [null, '其中:当年财政拨款', 80, 80, 70],
      [null, '上年结转资金', 20, 20, 20],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '收容所面积', '≥200平方米', '204平方米', 90, 90, '无'],
    ],
    ['A2:A5', 'G3:G5'],
  );

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'a 其中 line scored on its own with its rate right', table: linxiang('97.81%') },
  { name: 'the total’s 执行率 merged down over its 其中 lines is the total’s rate, not theirs', table: mergedRate('90%') },
  { name: 'rate typed as text 95% while 95.04 ÷ 100 is 95.04%: equal at the typed precision', table: table({ lines: line(100, 95.04), rate: '95%' }) },
  { name: 'rate 95.04% as a number (0.9504)', table: table({ lines: line(100, 95.04), rate: percent(0.9504) }) },
  { name: 'rate typed as text 95.04%', table: table({ lines: line(100, 95.04), rate: '95.04%' }) },
  { name: 'rate typed as 95 (a number meaning 95%)', table: table({ rate: 95 }) },
  { name: 'rate 96% rounds 95.6% to whole percents', table: table({ lines: line(100, 95.6), rate: '96%' }) },
  { name: 'rate 95.5% rounds 95.46% to one decimal', table: table({ lines: line(100, 95.46), rate: '95.5%' }) },
  { name: 'over-spending: 110 of 100 is 110% (the rate itself is not capped)', table: table({ lines: line(100, 110), rate: percent(1.1), budgetScore: 10 }) },
  { name: 'rate left blank: nothing to compare', table: table({ rate: null }) },
  { name: 'rate a placeholder —', table: table({ rate: '—' }) },
  { name: 'rate unreadable text: not compared', table: table({ rate: '基本完成' }) },
  { name: 'budget 0: no rate to compute', table: table({ lines: line(0, 0), rate: '0%', budgetScore: 0 }) },
  { name: '执行数 blank and rate 0%: the rate says what the blank does', table: table({ lines: line(100, null), rate: '0%', budgetScore: 0 }) },
  { name: '执行数 blank and rate blank: nothing typed to compare', table: table({ lines: line(100, null), rate: null, budgetScore: 0 }) },
  { name: '执行数 typed as words: missing-actual’s, not a rate to compare', table: table({ lines: line(100, '已执行'), rate: '100%' }) },
  { name: 'Sichuan: rate against 调整后预算数 120 (96 spent, 80%)', table: table({ layout: 'sichuan', lines: line(120, 96), rate: '80%', budgetScore: 8 }) },
  { name: 'department, Sichuan: text 95%', table: table({ kind: 'department', layout: 'sichuan', rate: '95%' }) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
];

const invalid: InvalidCase[] = [
  {
    name: 'the total’s merged 执行率 wrong: reported once, against the total’s amounts',
    table: mergedRate('92%'),
    findings: [{ cell: 'G3', message: '执行率填为 92%，按 执行数 90 ÷ 预算数 100 应为 90%' }],
  },
  {
    name: 'a 其中 line scored on its own: its typed rate is checked too (临翔’s 97.80% for 31.69 ÷ 32.4)',
    table: linxiang('97.80%'),
    findings: [{ cell: 'G4', message: '执行率填为 97.8%，按 执行数 31.69 ÷ 预算数 32.4 应为 97.81%' }],
  },
  ...(['central', 'sichuan'] as const).flatMap((layout) =>
    (['project', 'department'] as const).map(
      (kind): InvalidCase => ({
        name: `${kind}, ${layout}: rate 90% (a number) for 95 of 100: the fix is =E6/D6`,
        table: table({ kind, layout, rate: percent(0.9) }),
        findings: [
          {
            cell: FUND.rate,
            message: '执行率填为 90%，按 执行数 95 ÷ 预算数 100 应为 95%',
            expected: 0.95,
            actual: 0.9,
            fix: [{ op: 'set-formula', sheet: SHEET, cell: 'G6', formula: '=E6/D6', value: 0.95 }],
          },
        ],
      }),
    ),
  ),
  {
    name: 'rate 100% typed over a blank 执行数 (塘湖镇’s, y-hb-tongcheng-tanghu-2020-dept-eval): no spending stated to give it',
    table: table({ lines: line(864.2, null), rate: '100%', budgetScore: 10 }),
    findings: [{ cell: 'G6', message: '执行率填为 100%，但执行数未填写，无法由 执行数 ÷ 预算数 864.2 得出', actual: 1 }],
  },
  {
    name: 'rate typed over a blank 预算数 and 执行数 alike (重庆’s 76%, a second reading of d-cq-kexuecheng-dept-2021)',
    table: table({ lines: [{ label: '年度资金总额', initial: null, budget: null, executed: null }], rate: '76%', budgetScore: 7.6 }),
    findings: [{ cell: 'G6', message: '执行率填为 76%，但预算数和执行数均未填写，无法得出', actual: 0.76 }],
  },
  {
    name: 'rate typed as text 90%: the fix is a text value with two decimals',
    table: table({ rate: '90%' }),
    findings: [{ cell: 'G6', message: '执行率填为 90%，按 执行数 95 ÷ 预算数 100 应为 95%', expected: 0.95, actual: 0.9, fix: [{ op: 'set-value', sheet: SHEET, cell: 'G6', value: '95.00%' }] }],
  },
  {
    name: 'text 95% for 95.6 of 100 (96% at whole percents)',
    table: table({ lines: line(100, 95.6), rate: '95%' }),
    findings: [{ cell: 'G6', message: '应为 95.6%', expected: 0.956, actual: 0.95, fix: [{ op: 'set-value', sheet: SHEET, cell: 'G6', value: '95.60%' }] }],
  },
  {
    name: 'text 95.04% for 95.05 of 100: compared to two decimals',
    table: table({ lines: line(100, 95.05), rate: '95.04%' }),
    findings: [{ cell: 'G6', expected: 0.9505, actual: 0.9504, fix: [{ op: 'set-value', sheet: SHEET, cell: 'G6', value: '95.05%' }] }],
  },
  {
    name: 'a number 0.955 (95.5%) for 95.04 of 100: compared to one decimal',
    table: table({ lines: line(100, 95.04), rate: percent(0.955) }),
    findings: [{ cell: 'G6', message: '执行率填为 95.5%，按 执行数 95.04 ÷ 预算数 100 应为 95.04%', expected: 0.9504, actual: 0.955, fix: [{ op: 'set-formula', sheet: SHEET, cell: 'G6', formula: '=E6/D6', value: 0.9504 }] }],
  },
  {
    name: 'rate capped at 100% by mistake: 110 of 100 is 110%',
    table: table({ lines: line(100, 110), rate: percent(1), budgetScore: 10 }),
    findings: [{ cell: 'G6', message: '执行率填为 100%，按 执行数 110 ÷ 预算数 100 应为 110%', expected: 1.1, actual: 1, fix: [{ op: 'set-formula', sheet: SHEET, cell: 'G6', formula: '=E6/D6', value: 1.1 }] }],
  },
  {
    name: '执行数 typed as text: the fix is the rate as a value, not a formula',
    table: table({ lines: line(100, '95.00'), rate: percent(0.9), budgetScore: 9.5 }),
    findings: [{ cell: 'G6', expected: 0.95, actual: 0.9, fix: [{ op: 'set-value', sheet: SHEET, cell: 'G6', value: 0.95 }] }],
  },
  {
    name: 'rate typed as 90 (a number meaning 90%) for 95 of 100',
    table: table({ rate: 90 }),
    findings: [{ cell: 'G6', message: '执行率填为 90%', expected: 0.95, actual: 0.9 }],
  },
  {
    name: 'Sichuan: 调整后预算数 120, 96 spent: 80%, typed 75%',
    table: table({ layout: 'sichuan', lines: line(120, 96), rate: percent(0.75), budgetScore: 8 }),
    findings: [{ cell: 'G6', message: '执行率填为 75%，按 执行数 96 ÷ 预算数 120 应为 80%', expected: 0.8, actual: 0.75, fix: [{ op: 'set-formula', sheet: SHEET, cell: 'G6', formula: '=E6/D6', value: 0.8 }] }],
  },
  {
    name: 'department, Sichuan: text 100% while 95% was spent',
    table: table({ kind: 'department', layout: 'sichuan', rate: '100%' }),
    findings: [{ cell: 'G6', expected: 0.95, actual: 1, fix: [{ op: 'set-value', sheet: SHEET, cell: 'G6', value: '95.00%' }] }],
  },
];

testRule(rule, { valid, invalid });
