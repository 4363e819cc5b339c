import rule from '../../src/core/rules/missing-deviation-reason';
import { cleanCases, evalWith, evalWithAll, everyVariant, LAYOUTS, RESCALED_NA } from '../support/eval-cases';
import { InvalidCase, RuleCase, testRule } from '../support/rule-tester';
import { CLEAN_EVAL, EvalIndicator, evalCell, FundLine, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';

/*
 * 偏差原因分析及改进措施 is column I (central) or K (Sichuan), rows 12–19. In the clean table the
 * two indicators below their weight (宣传资料 9 of 10, row 13; 人均培训成本 9.6 of 10, row 16) and
 * the qualitative 长效机制建设 (14 of 15, row 18) give a reason.
 */

const lowRate: FundLine[] = [{ label: '年度资金总额', initial: 100, budget: 100, executed: 85 }];
/** The clean list plus a 预算执行率 indicator (≥ 80%, 85% reached: full marks) in row 20. */
const withRateIndicator = (reason?: string): EvalIndicator[] => [
  ...CLEAN_EVAL,
  { l1: '满意度', l2: '服务对象满意度', name: '预算执行率', target: '≥80%', actual: '85%', weight: 5, score: 5, reason, sichuan: { comparator: '≥', value: '80', unit: '%', actual: '85' } },
];

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'full marks need no reason', table: selfEvaluationTable({ indicators: evalWithAll({ 1: { score: 10, actual: '2000份', reason: '', sichuan: { actual: '2000' } } }) }) },
  { name: 'a qualitative result scored full needs no reason', table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(6, { score: 15, reason: '' }) }) },
  { name: 'a score within half a cent of its weight (14.996 of 15)', table: selfEvaluationTable({ indicators: evalWith(6, { score: 14.996, reason: '' }) }) },
  { name: 'a 不适用 indicator needs no reason', table: selfEvaluationTable({ indicators: RESCALED_NA }) },
  { name: 'a reason of any length will do', table: selfEvaluationTable({ indicators: evalWith(1, { reason: '无' }) }) },
  { name: 'rate below 90% explained at the 预算执行率 indicator', table: selfEvaluationTable({ lines: lowRate, indicators: withRateIndicator('资金拨付滞后') }) },
  { name: 'rate at 90% needs no reason', table: selfEvaluationTable({ lines: [{ label: '年度资金总额', initial: 100, budget: 100, executed: 90 }], indicators: withRateIndicator() }) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
];

const invalid: InvalidCase[] = [
  ...everyVariant({ indicators: evalWith(1, { reason: '' }) }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 宣传资料 scored 9 of 10 without a reason`,
      table: v.table,
      findings: [{ cell: evalCell(1, 'reason', v.layout), message: '“宣传资料发放数量”得分 9 低于分值 10，请填写偏差原因分析及改进措施' }],
    }),
  ),
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: qualitative 14 of 15 and cost 9.6 of 10 without reasons`,
      table: selfEvaluationTable({ layout, indicators: evalWithAll({ 4: { reason: '' }, 6: { reason: ' ' } }) }),
      findings: [
        { cell: evalCell(4, 'reason', layout), message: '“人均培训成本”得分 9.6 低于分值 10' },
        { cell: evalCell(6, 'reason', layout), message: '“长效机制建设”得分 14 低于分值 15' },
      ],
    }),
  ),
  {
    name: 'typed full marks while the result earns 9: the computed score counts',
    table: selfEvaluationTable({ indicators: evalWith(1, { score: 10, reason: '' }) }),
    findings: [{ cell: 'I13', message: '“宣传资料发放数量”得分 9 低于分值 10' }],
  },
  {
    name: 'typed 14 while the result earns full marks: the typed score counts',
    table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(0, { score: 14 }) }),
    findings: [{ cell: 'K12', message: '“培训人次”得分 14 低于分值 15' }],
  },
  {
    name: '不适用 rescales 宣传资料 to 12: 10.8 of 12 without a reason',
    table: selfEvaluationTable({ indicators: evalWith(1, { reason: '' }, RESCALED_NA) }),
    findings: [{ cell: 'I13', message: '“宣传资料发放数量”得分 10.8 低于分值 12' }],
  },
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: rate 85% with a full-marks 预算执行率 indicator and no reason`,
      table: selfEvaluationTable({ layout, lines: lowRate, indicators: withRateIndicator() }),
      findings: [{ cell: evalCell(8, 'reason', layout), message: '预算执行率为 85%，低于 90%，请在“预算执行率”的偏差原因中说明' }],
    }),
  ),
];

testRule(rule, { valid, invalid });
