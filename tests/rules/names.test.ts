import { isBadEventRateName, isCountName, isLowerBetterName, isNotApplicableName, isPerHeadName, isRateName, isTimeName, mentionsCost } from '../../src/core/rules/names';

const TESTS = { isTimeName, isRateName, isNotApplicableName, isCountName, mentionsCost, isPerHeadName, isLowerBetterName, isBadEventRateName };

// The cheap first looks (a name's last character; nothing to fold or take off) must never turn
// away a name the full test takes.
const CASES: [keyof typeof TESTS, string, boolean][] = [
  ['isPerHeadName', '务工人员年人均增收', true],
  ['isPerHeadName', '每亩补助', true],
  ['isPerHeadName', '平均收入', false],
  ['isPerHeadName', '商协会人才支持资金', false],
  ['mentionsCost', '成本控制率', true],
  ['mentionsCost', '预算执行率', true],
  ['mentionsCost', '成 本 节 约 率', true],
  ['mentionsCost', '人均费用降低率', true],
  ['mentionsCost', '资金使用效率', false],
  ['mentionsCost', '生均补助标准达标率', false],
  ['isTimeName', '项目完成时间', true],
  ['isTimeName', '资金拨付时限', true],
  ['isTimeName', '验收日期', true],
  ['isTimeName', '建设期限', true],
  ['isTimeName', '完成时点', true],
  ['isTimeName', '项目完成时间（天）', true],
  ['isTimeName', '项目完成时间 ', true],
  ['isTimeName', '完成 时间', true],
  // A last character that folds into a bracket or one of the word's characters: ⑴ is (1).
  ['isTimeName', '项目完成时间⑴', true],
  ['isTimeName', '项目完成及时率', false],
  ['isTimeName', '资金拨付及时性', false],
  ['isTimeName', '第1项指标', false],
  ['isTimeName', '时间节点完成情况', false],
  ['isRateName', '群众满意度', true],
  ['isRateName', '设备完好率', true],
  ['isRateName', '设备完好率（%）', true],
  ['isRateName', '设备完好率 ', true],
  // 率 as a CJK compatibility ideograph (U+F961), as some input methods type it.
  ['isRateName', '设备完好\uF961', true],
  ['isRateName', '检查频率', false],
  ['isRateName', '满意度测评得分', false],
  ['isRateName', '第1项指标', false],
  // bare() passes most names through untouched: these need its numbering, bracket, space and folding.
  ['isNotApplicableName', '无', true],
  ['isNotApplicableName', '指标1：无', true],
  ['isNotApplicableName', '指标１：无', true],
  ['isNotApplicableName', '指标1:无', true],
  ['isNotApplicableName', '不适用(无)', true],
  ['isNotApplicableName', '无 ', true],
  ['isNotApplicableName', '／', true],
  ['isNotApplicableName', '不适用（无）', true],
  ['isNotApplicableName', '无人机巡查次数', false],
  ['isCountName', '培训人次', true],
  ['isCountName', '培训人次（人次）', true],
  ['isCountName', '培训人次(人次)', true],
  ['isCountName', '培训人次(元)', true],
  ['isCountName', '培训(人次)', false],
  ['isCountName', '培训 人次', true],
  ['isCountName', '培训经费', false],
  ['isLowerBetterName', '逾期发放率', true],
  ['isLowerBetterName', '成本控制率', true],
  ['isLowerBetterName', '资金拨付率', false],
  ['isBadEventRateName', '逾期发放率', true],
  ['isBadEventRateName', '安全事故发生率', true],
  ['isBadEventRateName', '差 错 率', true],
  ['isBadEventRateName', '成本控制率', false],
  ['isBadEventRateName', '投诉处理率', false],
];

describe('indicator names by meaning', () => {
  it.each(CASES)('%s(%s) is %s', (test, name, expected) => {
    expect(TESTS[test](name)).toBe(expected);
  });
});
