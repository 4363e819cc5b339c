import { Patch } from '../../src/core/compute/patch';
import rule from '../../src/core/rules/missing-total-score';
import { cleanCases, evalWith, everyVariant, LAYOUTS, Layout, RESCALED_NA, SHEET, totalCell } from '../support/eval-cases';
import { InvalidCase, RuleCase, runOnly, testRule } from '../support/rule-tester';
import { CLEAN_EVAL, EVAL_ROWS, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable, SheetSpec } from '../support/tables';

/*
 * 总分 is row 20: its 得分 is H20 (central) or J20 (Sichuan). Clean computed total: 9.5 + 87.6 = 97.1;
 * with 政策知晓率 不适用 and the rest rescaled, 94.22.
 */

const setValue = (cell: string, value: number): Patch[] => [{ op: 'set-value', sheet: SHEET, cell, value }];

/** The builder's table cut off before its 总分 row (and the 评价等级 row below it): no 总分 at all. */
function withoutTotalRow(layout: Layout): SheetSpec {
  const spec = selfEvaluationTable({ layout, totalScore: null });
  const totalRow = EVAL_ROWS.firstIndicator + CLEAN_EVAL.length;
  const startsOnTotalRow = new RegExp(`^[A-Z]+${totalRow + 1}:`);
  return { ...spec, rows: spec.rows.slice(0, totalRow), merges: spec.merges.filter((m) => !startsOnTotalRow.test(m)) };
}

/** A page's tail (大英's 决算 pages): the list begun above the cut, 合计 with the weights' 100 and its score `score`. */
const tail = (score: number | null): SheetSpec => ({
  name: SHEET,
  rows: [
    [null, '产出指标', '数量指标', '参保人数', '≥', 95, '%', 96, 50, 50, null],
    [null, '效益指标', '社会效益指标', '群众满意度', '≥', 90, '%', 92, 50, 50, null],
    ['合计', null, null, null, null, null, null, null, 100, score, null],
    ['评价结论', '良好'],
  ],
  merges: ['A3:H3', 'B4:K4'],
});

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: 不适用 row, 总分 filled`, table: selfEvaluationTable({ layout, indicators: RESCALED_NA }) })),
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: no 总分 row at all (built by hand)`, table: withoutTotalRow(layout) })),
  { name: 'a wrong 总分 is score-mismatch’s, not this rule’s', table: selfEvaluationTable({ totalScore: 98 }) },
  { name: 'a 总分 of 0 is a total', table: selfEvaluationTable({ totalScore: 0 }) },
  { name: 'a page’s tail with its 合计 score typed', table: tail(100) },
];

const invalid: InvalidCase[] = [
  {
    // 大英's tails (ac-sc-daying-nd-railway-environment-tail-eval J9, ae-sc-daying-nd-medical-insurance-enrolment-tail-eval J8):
    // the blank total is seen, the total it should hold is not (the rows above the cut are missing).
    name: 'a page’s tail: 合计 with the weights’ 100 and its score blank, no total computed',
    table: tail(null),
    findings: [{ cell: 'J3', message: '总分未填写', expected: undefined, fix: undefined }],
  },
  ...everyVariant({ totalScore: null }).map(
    (v): InvalidCase => ({
      name: `${v.name}: blank 总分, computed 97.1`,
      table: v.table,
      findings: [{ cell: totalCell('score', v.layout), message: '总分未填写（计算总分 97.1）', expected: 97.1, fix: setValue(totalCell('score', v.layout), 97.1) }],
    }),
  ),
  {
    name: 'central: 总分 typed as —',
    table: selfEvaluationTable({ totalScore: '—' }),
    findings: [{ cell: 'H20', message: '总分未填写（计算总分 97.1）', expected: 97.1, fix: setValue('H20', 97.1) }],
  },
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: 不适用 left out of the computed total (94.22)`,
      table: selfEvaluationTable({ layout, indicators: RESCALED_NA, totalScore: null }),
      findings: [{ cell: totalCell('score', layout), message: '总分未填写（计算总分 94.22）', expected: 94.22, fix: setValue(totalCell('score', layout), 94.22) }],
    }),
  ),
  {
    name: 'blank budget and indicator scores: the total is still computed from what they should be',
    table: selfEvaluationTable({ budgetScore: null, indicators: evalWith(1, { score: null }), totalScore: null }),
    findings: [{ cell: 'H20', message: '计算总分 97.1', expected: 97.1, fix: setValue('H20', 97.1) }],
  },
  {
    name: 'an ungradable result without a score: no computed total, no fix',
    table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(6, { actual: '显著提升', score: null, sichuan: { actual: '显著提升' } }), totalScore: null }),
    findings: [{ cell: 'J20', message: '总分未填写', expected: undefined, fix: undefined }],
  },
];

testRule(rule, { valid, invalid });

describe('missing-total-score in en-US', () => {
  it('words both messages in English', () => {
    const en = (table: SheetSpec) => runOnly(rule, { name: 'en-US', table }, 'en-US').map((f) => [f.cell, f.message]);
    expect(en(selfEvaluationTable({ totalScore: null }))).toEqual([['H20', 'The total score is blank (computed: 97.1)']]);
    expect(en(selfEvaluationTable({ indicators: evalWith(6, { actual: '显著提升', score: null }), totalScore: null }))).toEqual([['H20', 'The total score is blank']]);
  });
});
