import rule from '../../src/core/rules/actual-unit-mismatch';
import { cleanCases, evalWith, evalWithAll, everyVariant, LAYOUTS, RESCALED_NA } from '../support/eval-cases';
import { InvalidCase, RuleCase, runOnly, testRule } from '../support/rule-tester';
import { evalCell, selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable } from '../support/tables';

/*
 * 实际完成值 is column F (central) or H (Sichuan), rows 12–19. In the Sichuan layout the actual
 * value is typed without its unit: the 度量单位 column supplies it to target and actual alike.
 */

const valid: RuleCase[] = [
  ...cleanCases(),
  { name: 'actual in 万 of the same unit (0.18万份 against ≥2000份)', table: selfEvaluationTable({ indicators: evalWith(1, { actual: '0.18万份' }) }) },
  { name: 'actual with spaces and full-width digits (１２０ 人次)', table: selfEvaluationTable({ indicators: evalWith(0, { actual: '１２０ 人次' }) }) },
  { name: 'percent sign full-width (９７％)', table: selfEvaluationTable({ indicators: evalWith(2, { actual: '97％' }) }) },
  { name: 'a target without a unit needs none in the actual (≥100, 120)', table: selfEvaluationTable({ indicators: evalWith(0, { target: '≥100', actual: '120' }) }) },
  { name: 'a qualitative actual against a qualitative target', table: selfEvaluationTable({ indicators: evalWith(6, { actual: '已完成' }) }) },
  { name: 'a word against a bare number whose unit nothing gives (1 | 完成)', table: selfEvaluationTable({ indicators: evalWith(4, { name: '完成农业综合水价改革项目', target: '1', actual: '完成' }) }) },
  { name: 'a word with the number in it (完成120人次)', table: selfEvaluationTable({ indicators: evalWith(0, { actual: '完成120人次' }) }) },
  // 黄石's 海绵城市 (gg-hb-huangshi-2022-sponge-city-application-eval F12): deadlines listed, met by 完成.
  { name: 'a list of deadlines met by 完成', table: selfEvaluationTable({ indicators: evalWith(3, { target: '6月份完成宣传片制作;9月份完成文本;11月完成专家评审', actual: '完成' }) }) },
  { name: 'a blank actual', table: selfEvaluationTable({ indicators: evalWith(0, { actual: '' }) }) },
  { name: '不适用', table: selfEvaluationTable({ indicators: RESCALED_NA }) },
  { name: 'relative target, relative actual', table: selfEvaluationTable({ indicators: evalWith(5, { target: '提高25%', actual: '提高30%' }) }) },
  { name: 'Sichuan: the actual typed with its unit as well (120人次)', table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(0, { sichuan: { actual: '120人次' } }) }) },
  { name: 'Sichuan: 度量单位 left blank on both', table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(0, { sichuan: { unit: '' } }) }) },
  { name: 'target tables are not self-evaluations', table: departmentTable() },
  // A bare actual is written in its target's unit (issue 10; corpus c-hebei-langfang-2019 `50` for `≥50个`).
  { name: 'project, central: 培训人次 actual 120 without a unit', table: selfEvaluationTable({ kind: 'project', indicators: evalWith(0, { actual: '120' }) }) },
  { name: 'department, central: 培训人次 actual 120 without a unit', table: selfEvaluationTable({ kind: 'department', indicators: evalWith(0, { actual: '120' }) }) },
  { name: 'central: 92 under ≥90%', table: selfEvaluationTable({ indicators: evalWithAll({ 7: { actual: '92' } }) }) },
  { name: 'project target table', table: projectTable() },
];

const invalid: InvalidCase[] = [
  {
    // d-sc-daying-tail-2023 H2: ≤ 30 万元 set, 完成 reported: nothing to measure against the target.
    name: 'a word where a number was set: 已完成 against ≥100人次',
    table: selfEvaluationTable({ indicators: evalWith(0, { actual: '已完成' }) }),
    findings: [{ cell: evalCell(0, 'actual'), message: '实际完成值“已完成”不是数值，无法与目标值“≥100人次”比较', expected: '人次', actual: null }],
  },
  {
    // 蔡甸's fourth and fifth readings (F9): two figures run together as the target, 达成预期指标 the result.
    name: 'a word where a compound target set figures: 达成预期指标 against 100%1000件',
    table: selfEvaluationTable({ indicators: evalWith(4, { name: '灭火设备配备率', target: '100%1000件', actual: '达成预期指标' }) }),
    findings: [{ cell: evalCell(4, 'actual'), message: '实际完成值“达成预期指标”不是数值', expected: '%', actual: null }],
  },
  {
    // 蔡甸's (ll-hb-caidian-2021-forest-fire-eval F14): 63 under 成本控制数(万元), 达成预期指标 reported.
    name: 'a word where a bare number was set in the name’s unit: 达成预期指标 against 成本控制数(万元) | 63',
    table: selfEvaluationTable({ indicators: evalWith(4, { name: '成本控制数(万元)', target: '63', actual: '达成预期指标' }) }),
    findings: [{ cell: evalCell(4, 'actual'), message: '实际完成值“达成预期指标”不是数值', expected: '万元', actual: null }],
  },
  {
    name: 'Sichuan: 完成 under ≤ 500 元/人',
    table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(4, { sichuan: { actual: '完成' } }) }),
    findings: [{ cell: evalCell(4, 'actual', 'sichuan'), message: '实际完成值“完成”不是数值' }],
  },
  {
    // Issue 10: a lone fraction under a percentage target is asked about, not scored as 0.97%.
    name: 'central: a lone fraction (0.97) under ≥95%',
    table: selfEvaluationTable({ indicators: evalWith(2, { actual: '0.97' }) }),
    findings: [{ cell: evalCell(2, 'actual'), message: '实际完成值“0.97”是小数，目标值“≥95%”是百分比：是否指 97%？', expected: '%', actual: null }],
  },
  ...everyVariant({ indicators: evalWith(0, { actual: '120人', sichuan: { actual: '120人' } }) }).map(
    (v): InvalidCase => ({
      name: `${v.name}: 120人 against 人次`,
      table: v.table,
      findings: [{ cell: evalCell(0, 'actual', v.layout), message: '实际完成值“120人”的单位“人”与目标值', expected: '人次', actual: '人' }],
    }),
  ),
  {
    name: 'central: 520元 against ≤500元/人',
    table: selfEvaluationTable({ indicators: evalWith(4, { actual: '520元' }) }),
    findings: [{ cell: 'F16', message: '实际完成值“520元”的单位“元”与目标值“≤500元/人”的单位“元/人”不一致', expected: '元/人', actual: '元' }],
  },
  {
    name: 'central: several at once, in sheet order (份 → 套, 人 → 人次)',
    table: selfEvaluationTable({ indicators: evalWithAll({ 0: { actual: '120人' }, 1: { actual: '1800套' } }) }),
    findings: [
      { cell: 'F12', expected: '人次', actual: '人' },
      { cell: 'F13', expected: '份', actual: '套' },
    ],
  },
  ...LAYOUTS.map(
    (layout): InvalidCase => ({
      name: `${layout}: 万元 target, 元 actual`,
      table: selfEvaluationTable({
        layout,
        indicators: evalWith(4, { name: '培训经费', target: '≤5万元', actual: '48000元', score: 10, sichuan: { comparator: '≤', value: '5', unit: '万元', actual: '48000元' } }),
      }),
      findings: [{ cell: evalCell(4, 'actual', layout), expected: '万元', actual: '元' }],
    }),
  ),
];

testRule(rule, { valid, invalid });

it('asks about a lone fraction in English too', () => {
  const [f] = runOnly(rule, { name: 'fraction', table: selfEvaluationTable({ indicators: evalWith(2, { actual: '0.97' }) }) }, 'en-US');
  expect(f.message).toBe('Actual value “0.97” is a fraction and the target “≥95%” a percentage: is 97% meant? Write the unit (not scored as 0.97%)');
});
