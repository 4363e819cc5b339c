import rule from '../../src/core/rules/score-over-weight';
import { cleanCases, evalWith, evalWithAll, everyVariant, FUND, LAYOUTS, NOT_APPLICABLE, RESCALED_NA } from '../support/eval-cases';
import { InvalidCase, RuleCase, testRule } from '../support/rule-tester';
import { evalCell, FundLine, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';

/*
 * 得分 against 分值: the budget line's in H6 (weight F6), indicators' in column H (central) or J
 * (Sichuan), rows 12–19. A 不适用 indicator rescales the others' weights (× 1.2 below).
 */

const overSpent: FundLine[] = [{ label: '年度资金总额', initial: 100, budget: 100, executed: 110 }];

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'every score at its weight', table: selfEvaluationTable({ indicators: evalWithAll({ 1: { score: 10 }, 4: { score: 10 }, 6: { score: 15 } }) }) },
  { name: 'a score above its weight by less than half a cent (15.004 of 15)', table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(0, { score: 15.004 }) }) },
  { name: 'over-spending scored the full 10', table: selfEvaluationTable({ lines: overSpent, rate: '110%', budgetScore: 10 }) },
  { name: '不适用 rescales 培训人次 to 18: 18 is not above it', table: selfEvaluationTable({ indicators: evalWith(0, { score: 18 }, RESCALED_NA) }) },
  { name: 'a 不适用 indicator scored above its own weight is ignored', table: selfEvaluationTable({ indicators: evalWith(5, { ...NOT_APPLICABLE, score: 20 }) }) },
  { name: 'a blank score', table: selfEvaluationTable({ indicators: evalWith(0, { score: null }) }) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
];

const invalid: InvalidCase[] = [
  ...everyVariant({ indicators: evalWith(0, { score: 16 }) }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 培训人次 scored 16 of 15`,
      table: v.table,
      findings: [{ cell: evalCell(0, 'score', v.layout), message: '“培训人次”得分 16 高于其分值 15', expected: '<= 15', actual: 16 }],
    }),
  ),
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: the budget line scored 11 of 10`,
      table: selfEvaluationTable({ layout, lines: overSpent, rate: '110%', budgetScore: 11 }),
      findings: [{ cell: FUND.score, message: '“年度资金总额”得分 11 高于其分值 10', expected: '<= 10', actual: 11 }],
    }),
  ),
  {
    name: 'one cent above (15.01 of 15)',
    table: selfEvaluationTable({ indicators: evalWith(0, { score: 15.01 }) }),
    findings: [{ cell: 'H12', expected: '<= 15', actual: 15.01 }],
  },
  {
    name: 'a qualitative score above its weight (16 of 15)',
    table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(6, { score: 16 }) }),
    findings: [{ cell: 'J18', message: '“长效机制建设”得分 16 高于其分值 15', expected: '<= 15', actual: 16 }],
  },
  {
    name: '不适用 rescales 培训人次 to 18: 18.5 is above it',
    table: selfEvaluationTable({ indicators: evalWith(0, { score: 18.5 }, RESCALED_NA) }),
    findings: [{ cell: 'H12', message: '“培训人次”得分 18.5 高于其分值 18', expected: '<= 18', actual: 18.5 }],
  },
  {
    name: 'budget line and two indicators over, in sheet order',
    table: selfEvaluationTable({ kind: 'department', budgetScore: 12, indicators: evalWithAll({ 3: { score: 6 }, 7: { score: 10.5 } }) }),
    findings: [
      { cell: 'H6', expected: '<= 10', actual: 12 },
      { cell: 'H15', message: '“按时完成率”得分 6 高于其分值 5', expected: '<= 5', actual: 6 },
      { cell: 'H19', expected: '<= 10', actual: 10.5 },
    ],
  },
];

testRule(rule, { valid, invalid });
