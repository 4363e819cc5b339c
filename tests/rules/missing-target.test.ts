import rule from '../../src/core/rules/missing-target';
import { InvalidCase, testRule } from '../support/rule-tester';
import { CLEAN_EVAL, FRAMEWORK_EVAL, FRAMEWORK_UNKNOWN_LEVEL1, selfEvaluationTable } from '../support/self-evaluation';
import { CLEAN_INDICATORS, departmentTable, IndicatorSpec, projectTable } from '../support/tables';

/*
 * Department indicators start in row 15 (CLEAN_INDICATORS[k] in row 15 + k): 三级 in D, 目标值 in G.
 * Project indicators start in row 11 (without 商协会人才支持资金): 三级 in D, 指标值 in F.
 */
const PROJECT_INDICATORS = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金');

/** `list` with indicator i's fields replaced. */
const withIndicator = (list: IndicatorSpec[], i: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] =>
  list.map((ind, k) => (k === i ? { ...ind, ...patch } : ind));

const placeholders: InvalidCase[] = ['', '-', '—', '*', '_', '/', 'null', 'NULL', '－'].map((target) => ({
  name: `department target ${JSON.stringify(target)}`,
  table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { target }) }),
  findings: [{ cell: 'G15', message: '指标“展会支持对象数”未填写目标值' }],
}));

/** 萧县's ★ rows (kk-ah-xiaoxian-yanglou-2023-planting-eval): a scored heading (no target) over unscored items with theirs. */
const starred = (itemWeight: number | '') => [
  { ...CLEAN_EVAL[0], name: '★补助各类作物种植面积', target: '', actual: '' },
  { ...CLEAN_EVAL[0], name: '红薯种植面积', target: '5.5亩', actual: '5.5亩', weight: itemWeight, score: itemWeight },
  ...CLEAN_EVAL.slice(1),
];

testRule(rule, {
  valid: [
    { name: 'a scored heading over unscored items holding the targets', table: selfEvaluationTable({ indicators: starred('') }) },
    // 财预〔2020〕10号's criteria are scored on evidence (_m-nx-yinchuan-2021-school6).
    { name: 'the evaluation framework’s 项目决策 and 项目管理 criteria with a dash or nothing as their target', table: selfEvaluationTable({ indicators: FRAMEWORK_EVAL }) },
    // A filled table's empty slot (a 二级 with nothing under it, left for “not applicable”) is
    // no indicator: real tables do it (corpus b-xiangtan-2023-fog-cannon, g-hn-yueyanglou-jiage-2023).
    { name: 'a row with its own 二级 but neither name nor target, in a filled table', table: departmentTable({ indicators: [...CLEAN_INDICATORS, { l1: '产出', l2: '时效', name: '', target: '' }] }) },
    { name: 'clean department table (its 不适用 row included)', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'clean department table without merged cells', table: departmentTable({ merges: false }) },
    {
      name: 'a 不适用 indicator with an empty target',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 12, { target: '' }) }),
    },
    {
      name: 'a 不涉及 indicator with a “-” target',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 12, { name: '不涉及', target: '-' }) }),
    },
    {
      name: 'an indicator whose target is 不适用',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 11, { target: '不适用' }) }),
    },
    {
      name: 'a target stored as a number cell',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { target: 8 }) }),
    },
    {
      name: 'a zero target',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '安全事故数', target: '0起' }) }),
    },
    {
      name: 'a percentage stored as a number with a % format',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 4, { target: { value: 1, format: '0%' } }) }),
    },
  ],
  invalid: [
    {
      // 大英's (ee-sc-daying-2020-consumer-city-targets): 产出's 二级 under 项目决策 are indicators, no criteria.
      name: 'a 数量 indicator filed under 项目决策 still needs its target',
      table: projectTable({ indicators: [{ l1: '项目决策', l2: '数量', name: '宣传次数', target: '' }, { l1: '效益', l2: '社会效益', name: '维权意识知晓率', target: '≥80%' }] }),
      findings: [{ cell: 'F11', message: '宣传次数' }],
    },
    {
      name: 'a scored row without a target over another scored row: its own omission',
      table: selfEvaluationTable({ indicators: starred(5) }),
      findings: [{ cell: 'E12', message: '★补助各类作物种植面积' }],
    },
    {
      name: 'an indicator under 项目产出 in a table laid out by the evaluation framework',
      table: selfEvaluationTable({ indicators: FRAMEWORK_EVAL.map((i) => (i.name === '培训人次' ? { ...i, target: '' } : i)) }),
      findings: [{ cell: 'E17', message: '指标“培训人次”未填写目标值' }],
    },
    {
      name: 'criteria under a 一级 the framework does not have',
      table: selfEvaluationTable({ indicators: FRAMEWORK_UNKNOWN_LEVEL1 }),
      findings: [
        { cell: 'E12', message: '指标“完整性”未填写目标值' },
        { cell: 'E13', message: '指标“相关性”未填写目标值' },
        { cell: 'E14', message: '指标“可行性”未填写目标值' },
      ],
    },
    // A template's slot left unfilled: a unit or comparator alone, or an instruction (corpus f-sn-chencang-2020).
    ...['公里', '万人', '≥%', '≧ %', '≥ 家', '无', '待定', '暂无', '见附件', '请填写目标值', '说明目标（50字以内）'].map((target) => ({
      name: `placeholder target ${target}`,
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { target }) }),
      findings: [{ cell: 'G15', message: '指标“展会支持对象数”未填写目标值' }],
    })),
    ...placeholders,
    {
      name: 'several missing targets, in sheet order',
      table: departmentTable({
        indicators: withIndicator(withIndicator(CLEAN_INDICATORS, 4, { target: '' }), 14, { target: '*' }),
      }),
      findings: [
        { cell: 'G19', message: '指标“研究课题验收通过率”未填写目标值' },
        { cell: 'G29', message: '指标“人才满意度”未填写目标值' },
      ],
    },
    {
      name: 'department table without merged cells',
      table: departmentTable({ merges: false, indicators: withIndicator(CLEAN_INDICATORS, 10, { target: '' }) }),
      findings: [{ cell: 'G25', message: '指标“政策知晓率”未填写目标值' }],
    },
    {
      name: 'project 指标值 left empty',
      table: projectTable({ indicators: withIndicator(PROJECT_INDICATORS, 0, { target: '' }) }),
      findings: [{ cell: 'F11', message: '指标“展会支持对象数”未填写目标值' }],
    },
    {
      name: 'project 指标值 “null”',
      table: projectTable({ indicators: withIndicator(PROJECT_INDICATORS, 13, { target: 'null' }) }),
      findings: [{ cell: 'F24', message: '指标“人才满意度”未填写目标值' }],
    },
  ],
});
