import rule from '../../src/core/rules/grade-mismatch';
import { cleanCases, everyVariant, gradeCell, SHEET } from '../support/eval-cases';
import { InvalidCase, RuleCase, testRule } from '../support/rule-tester';
import { EvalIndicator, EvalOptions, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';

/*
 * 评价等级 is typed in B21 (one row below 总分). The grade follows the computed total: 优 ≥ 90,
 * 良 80–89.99, 中 60–79.99, 差 below 60. The clean table totals 97.1.
 */

/** Budget fully spent (10) + one ≥ 9000 indicator of 90: actual a totals 10 + a ÷ 100. */
function totalling(a: number, opts: EvalOptions = {}): EvalOptions {
  const indicators: EvalIndicator[] = [
    { l1: '产出', l2: '数量', name: '培训人次', target: '≥9000人次', actual: `${a}人次`, weight: 90, score: a / 100, reason: '见说明', sichuan: { comparator: '≥', value: '9000', unit: '人次', actual: String(a) } },
  ];
  return { lines: [{ label: '年度资金总额', initial: 100, budget: 100, executed: 100 }], indicators, ...opts };
}
const at = (a: number, grade: string, opts: EvalOptions = {}) => selfEvaluationTable(totalling(a, { grade, ...opts }));
const GRADE_ONE = gradeCell(1);

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: '优秀 reads as 优', table: selfEvaluationTable({ grade: '优秀' }) },
  { name: 'spaces around the grade', table: selfEvaluationTable({ layout: 'sichuan', grade: ' 优 ' }) },
  { name: 'a blank grade is not compared', table: selfEvaluationTable({ grade: null }) },
  { name: 'total 90 is 优', table: at(8000, '优') },
  { name: 'total 89.99 is 良', table: at(7999, '良') },
  { name: 'total 80 is 良 (良好)', table: at(7000, '良好', { layout: 'sichuan' }) },
  { name: 'total 79.99 is 中', table: at(6999, '中') },
  { name: 'total 60 is 中 (合格)', table: at(5000, '合格') },
  { name: 'total 59.99 is 差', table: at(4999, '差', { kind: 'department' }) },
  { name: 'total 10 is 差 (不合格)', table: at(0, '不合格') },
  { name: 'the computed total decides, not a wrong typed one (总分 89 typed, 97.1 computed)', table: selfEvaluationTable({ totalScore: 89, grade: '优' }) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
];

const invalid: InvalidCase[] = [
  ...everyVariant({ grade: '良' }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 良 for 97.1`,
      table: v.table,
      findings: [{ cell: gradeCell(), message: '评价等级填为“良”，总分 97.1 应评为“优”', expected: '优', actual: '良', fix: [{ op: 'set-value', sheet: SHEET, cell: 'B21', value: '优' }] }],
    }),
  ),
  {
    name: '合格 for 97.1',
    table: selfEvaluationTable({ grade: '合格' }),
    findings: [{ cell: 'B21', expected: '优', actual: '合格', fix: [{ op: 'set-value', sheet: SHEET, cell: 'B21', value: '优' }] }],
  },
  {
    name: 'total 89.99 graded 优',
    table: at(7999, '优'),
    findings: [{ cell: GRADE_ONE, message: '评价等级填为“优”，总分 89.99 应评为“良”', expected: '良', actual: '优', fix: [{ op: 'set-value', sheet: SHEET, cell: GRADE_ONE, value: '良' }] }],
  },
  {
    name: 'Sichuan: total 79.99 graded 良',
    table: at(6999, '良', { layout: 'sichuan' }),
    findings: [{ cell: GRADE_ONE, message: '总分 79.99 应评为“中”', expected: '中', actual: '良', fix: [{ op: 'set-value', sheet: SHEET, cell: GRADE_ONE, value: '中' }] }],
  },
  {
    name: 'total 59.99 graded 合格',
    table: at(4999, '合格', { kind: 'department' }),
    findings: [{ cell: GRADE_ONE, expected: '差', actual: '合格', fix: [{ op: 'set-value', sheet: SHEET, cell: GRADE_ONE, value: '差' }] }],
  },
  {
    name: 'total 90 graded 良',
    table: at(8000, '良'),
    findings: [{ cell: GRADE_ONE, expected: '优', actual: '良' }],
  },
  {
    name: 'the typed 总分 (92) does not decide: 89.99 computed is 良',
    table: at(7999, '优', { totalScore: 92 }),
    findings: [{ cell: GRADE_ONE, message: '总分 89.99 应评为“良”', expected: '良', actual: '优' }],
  },
];

testRule(rule, { valid, invalid });
