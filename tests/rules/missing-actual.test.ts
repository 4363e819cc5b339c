import rule from '../../src/core/rules/missing-actual';
import { cleanCases, evalWith, everyVariant, LAYOUTS, NOT_APPLICABLE, RESCALED_NA } from '../support/eval-cases';
import { InvalidCase, RuleCase, runOnly, testRule } from '../support/rule-tester';
import { CLEAN_EVAL, evalCell, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';

/*
 * 实际完成值 is column F (central) or H (Sichuan), rows 12–19. The Sichuan builder takes the
 * actual from `sichuan.actual`, so a blank actual is blanked there too.
 */

const blankActual = (i: number, actual = '') => evalWith(i, { actual, sichuan: { actual } });
/** A row with neither name nor target (nor anything else): missing-target speaks for it. */
const emptyRow = evalWith(5, { name: '', target: '', actual: '', sichuan: { comparator: '', value: '', unit: '', actual: '' } });

/** A scored ★ heading (no target, no result) over two unscored items with theirs, then the clean rows after the first. */
const STARRED = [
  { ...CLEAN_EVAL[0], name: '★补助各类作物种植面积', target: '', actual: '', sichuan: { comparator: '', value: '', unit: '', actual: '' } },
  { ...CLEAN_EVAL[0], name: '红薯种植面积', target: '5.5亩', actual: '5.5亩', weight: '', score: '', sichuan: { comparator: '=', value: '5.5', unit: '亩', actual: '5.5' } },
  { ...CLEAN_EVAL[0], name: '梨树种植面积', target: '6亩', actual: '6亩', weight: '', score: '', sichuan: { comparator: '=', value: '6', unit: '亩', actual: '6' } },
  ...CLEAN_EVAL.slice(1),
];

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  { name: 'project target table', table: projectTable() },
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: 不适用 row (target and actual 不适用)`, table: selfEvaluationTable({ layout, indicators: RESCALED_NA }) })),
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: 不适用 target with a blank actual`, table: selfEvaluationTable({ layout, indicators: evalWith(5, { ...NOT_APPLICABLE, actual: '', sichuan: { actual: '' } }, RESCALED_NA) }) })),
  { name: 'name 不适用, target and actual blank', table: selfEvaluationTable({ indicators: evalWith(5, { name: '不适用', target: '', actual: '', score: 0 }, RESCALED_NA) }) },
  { name: 'target 不涉及 with a blank actual', table: selfEvaluationTable({ indicators: evalWith(5, { target: '不涉及', actual: '', score: 0 }, RESCALED_NA) }) },
  ...LAYOUTS.map((layout): RuleCase => ({ name: `${layout}: a row with neither name nor target`, table: selfEvaluationTable({ layout, indicators: emptyRow }) })),
  { name: 'an actual of 无 under a count is an answer (none), not a blank', table: selfEvaluationTable({ indicators: blankActual(0, '无') }) },
  { name: 'an actual of 无 under a ceiling (差错率 ≤1%): none, an answer', table: selfEvaluationTable({ indicators: evalWith(0, { name: '差错率', target: '≤1%', actual: '无', sichuan: { comparator: '≤', value: '1', unit: '%', actual: '无' } }) }) },
  // 萧县's ★ rows (kk-ah-xiaoxian-yanglou-2023-planting-eval): a scored heading over unscored items holding the results.
  { name: 'a scored heading over its items: the items carry the results', table: selfEvaluationTable({ indicators: STARRED }) },
];

const invalid: InvalidCase[] = [
  {
    // r-hn-hengshan-2020-grain-reserve-eval, four of its five readings.
    name: 'an actual of 无 under a rate to reach (100%): no rate stated',
    table: selfEvaluationTable({ indicators: evalWith(0, { name: '政策性挂账利息补贴保障率', target: '100%', actual: '无', sichuan: { comparator: '=', value: '100', unit: '%', actual: '无' } }) }),
    findings: [{ cell: 'F12', message: '实际完成值为“无”，目标为 100%' }],
  },
  ...everyVariant({ indicators: blankActual(0) }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 培训人次 without an actual`,
      table: v.table,
      findings: [{ cell: evalCell(0, 'actual', v.layout), message: '指标“培训人次”未填写实际完成值' }],
    }),
  ),
  { name: 'central: a placeholder / in F13', table: selfEvaluationTable({ indicators: blankActual(1, '/') }), findings: [{ cell: 'F13', message: '指标“宣传资料发放数量”未填写实际完成值' }] },
  { name: 'Sichuan: a dash — in H18', table: selfEvaluationTable({ layout: 'sichuan', indicators: blankActual(6, '—') }), findings: [{ cell: 'H18', message: '指标“长效机制建设”未填写实际完成值' }] },
  {
    name: 'a named indicator without target or actual is still reported (only a row with neither name nor target is skipped)',
    table: selfEvaluationTable({ indicators: evalWith(5, { target: '', actual: '' }) }),
    findings: [{ cell: 'F17', message: '指标“政策知晓率”未填写实际完成值' }],
  },
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: two blank actuals, in sheet order`,
      table: selfEvaluationTable({ layout, indicators: evalWith(4, { actual: '', sichuan: { actual: '' } }, blankActual(2)) }),
      findings: [
        { cell: evalCell(2, 'actual', layout), message: '“培训合格率”' },
        { cell: evalCell(4, 'actual', layout), message: '“人均培训成本”' },
      ],
    }),
  ),
];

testRule(rule, { valid, invalid });

describe('missing-actual in en-US', () => {
  it('names the indicator in English', () => {
    const found = runOnly(rule, { name: 'en-US', table: selfEvaluationTable({ layout: 'sichuan', indicators: blankActual(0) }) }, 'en-US');
    expect(found.map((f) => [f.cell, f.message])).toEqual([['H12', 'Indicator “培训人次” has no actual value (实际完成值)']]);
  });
});
