import { Patch } from '../../src/core/compute/patch';
import rule from '../../src/core/rules/missing-score';
import { cleanCases, evalWith, evalWithAll, everyVariant, FUND, LAYOUTS, NOT_APPLICABLE, RESCALED_NA, SHEET } from '../support/eval-cases';
import { InvalidCase, RuleCase, runOnly, testRule } from '../support/rule-tester';
import { evalCell, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';

/*
 * 得分 is column H (central) or J (Sichuan), rows 12–19; the budget line's 得分 is H6 in both.
 * Computed scores of the clean table: 9.5 (budget) + [15, 9, 10, 5, 9.6, 15, 14–15, 10].
 */

const setValue = (cell: string, value: number): Patch[] => [{ op: 'set-value', sheet: SHEET, cell, value }];

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: 不适用 row scored 0`, table: selfEvaluationTable({ layout, indicators: RESCALED_NA }) })),
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: 不适用 row with a blank 得分`, table: selfEvaluationTable({ layout, indicators: evalWith(5, { ...NOT_APPLICABLE, score: null }, RESCALED_NA) }) })),
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: 分值 and 得分 both blank`, table: selfEvaluationTable({ layout, indicators: evalWith(1, { weight: null, score: null }) }) })),
  { name: '分值 / and 得分 blank', table: selfEvaluationTable({ indicators: evalWith(1, { weight: '/', score: null }) }) },
  { name: '分值 / and 得分 /', table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(1, { weight: '/', score: '/' }) }) },
  { name: 'budget line: 分值 / and 得分 blank', table: selfEvaluationTable({ budgetWeight: '/', budgetScore: null }) },
  { name: 'budget line: 分值 and 得分 both blank', table: selfEvaluationTable({ layout: 'sichuan', budgetWeight: null, budgetScore: null }) },
  { name: 'a wrong score is score-mismatch’s, not this rule’s', table: selfEvaluationTable({ indicators: evalWith(1, { score: 10 }), budgetScore: 10 }) },
  { name: 'a score of 0 is a score', table: selfEvaluationTable({ indicators: evalWith(1, { score: 0 }) }) },
];

const invalid: InvalidCase[] = [
  ...everyVariant({ indicators: evalWith(1, { score: null }) }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 宣传资料 (10) without a score: 1800 of ≥ 2000 computes 9`,
      table: v.table,
      findings: [
        {
          cell: evalCell(1, 'score', v.layout),
          message: '“宣传资料发放数量”分值 10，得分未填写（计算得分 9）',
          expected: 9,
          fix: setValue(evalCell(1, 'score', v.layout), 9),
        },
      ],
    }),
  ),
  ...(['—', '/', '无'] as const).map(
    (score): InvalidCase => ({
      name: `central: 得分 typed as the placeholder ${score}`,
      table: selfEvaluationTable({ indicators: evalWith(4, { score }) }),
      findings: [{ cell: 'H16', message: '“人均培训成本”分值 10，得分未填写（计算得分 9.6）', expected: 9.6, fix: setValue('H16', 9.6) }],
    }),
  ),
  ...everyVariant({ budgetScore: null }).map(
    (v): InvalidCase => ({
      name: `${v.name}: budget line (10, 95%) without a score computes 9.5`,
      table: v.table,
      findings: [{ cell: FUND.score, message: '“年度资金总额”分值 10，得分未填写（计算得分 9.5）', expected: 9.5, fix: setValue('H6', 9.5) }],
    }),
  ),
  {
    name: 'budget line weighing 20 without a score computes 19',
    table: selfEvaluationTable({ budgetWeight: 20, budgetScore: null }),
    findings: [{ cell: 'H6', message: '“年度资金总额”分值 20，得分未填写（计算得分 19）', expected: 19, fix: setValue('H6', 19) }],
  },
  {
    name: 'budget line without a rate to compute from: no computed score, no fix',
    table: selfEvaluationTable({ lines: [{ label: '年度资金总额', initial: 100, budget: '', executed: 95 }], budgetScore: null }),
    findings: [{ cell: 'H6', message: '“年度资金总额”分值 10，得分未填写', expected: undefined, fix: undefined }],
  },
  {
    name: 'qualitative 达成 without a score: the score within the band is the evaluator’s, none is proposed',
    table: selfEvaluationTable({ indicators: evalWith(6, { score: null }) }),
    findings: [{ cell: 'H18', message: '“长效机制建设”分值 15，得分未填写', expected: undefined, fix: undefined }],
  },
  {
    name: 'an ungradable result (显著提升) without a score: no computed score, no fix',
    table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(6, { actual: '显著提升', score: null, sichuan: { actual: '显著提升' } }) }),
    findings: [{ cell: 'J18', message: '“长效机制建设”分值 15，得分未填写', expected: undefined, fix: undefined }],
  },
  {
    name: '不适用 elsewhere: 宣传资料 computed on its rescaled weight (12 × 0.9 = 10.8)',
    table: selfEvaluationTable({ indicators: evalWith(1, { score: null }, RESCALED_NA) }),
    findings: [{ cell: 'H13', message: '分值 12，得分未填写（计算得分 10.8）', expected: 10.8, fix: setValue('H13', 10.8) }],
  },
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: budget line and two indicators blank, in sheet order`,
      table: selfEvaluationTable({ layout, budgetScore: null, indicators: evalWithAll({ 0: { score: null }, 7: { score: '' } }) }),
      findings: [
        { cell: 'H6', expected: 9.5 },
        { cell: evalCell(0, 'score', layout), message: '“培训人次”分值 15，得分未填写（计算得分 15）', expected: 15, fix: setValue(evalCell(0, 'score', layout), 15) },
        { cell: evalCell(7, 'score', layout), message: '“学员满意度”分值 10，得分未填写（计算得分 10）', expected: 10, fix: setValue(evalCell(7, 'score', layout), 10) },
      ],
    }),
  ),
];

testRule(rule, { valid, invalid });

describe('missing-score in en-US', () => {
  it('words the indicator finding in English', () => {
    const found = runOnly(rule, { name: 'en-US', table: selfEvaluationTable({ indicators: evalWith(1, { score: null }) }) }, 'en-US');
    expect(found.map((f) => [f.cell, f.message])).toEqual([['H13', '“宣传资料发放数量” weighs 10 but has no score (computed: 9)']]);
  });

  it('words the budget line and the uncomputable case in English', () => {
    const table = selfEvaluationTable({ budgetScore: null, indicators: evalWith(6, { actual: '显著提升', score: null }) });
    expect(runOnly(rule, { name: 'en-US', table }, 'en-US').map((f) => [f.cell, f.message])).toEqual([
      ['H6', '“年度资金总额” weighs 10 but has no score (computed: 9.5)'],
      ['H18', '“长效机制建设” weighs 15 but has no score'],
    ]);
  });
});
