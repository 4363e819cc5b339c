import rule from '../../src/core/rules/unknown-category';
import { testRule } from '../support/rule-tester';
import { FRAMEWORK_EVAL, FRAMEWORK_UNKNOWN_LEVEL1, selfEvaluationTable } from '../support/self-evaluation';
import { IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 一级 B | 二级 C | 三级 D | 目标值 G.
 * Project tables: indicator k on row 11 + k, 一级 B | 二级 C | 三级 D | 指标值 F.
 */
const ind = (l1: string, l2: string, name: string, target: string): IndicatorSpec => ({ l1, l2, name, target });

const otherSatisfaction = [
  ind('产出', '数量', '培训场次', '8场'),
  ind('满意度', '服务对象满意度', '企业满意度', '≥90%'),
  ind('满意度', '其他满意度', '政策咨询满意度', '100%'),
  ind('满意度', '其他满意度', '窗口服务满意度', '95%'),
];

testRule(rule, {
  valid: [
    // 舒城's 中央预算内投资计划绩效目标表 (ah-ah-shucheng-2023-work-relief-targets): 发改委's 过程管理指标, the plan's management.
    {
      name: 'the investment plan’s 过程管理指标 over 计划管理指标 / 资金管理指标 / 监督检查指标',
      table: projectTable({ indicators: [ind('产出', '数量', '劳务报酬占中央投资比例', '≥32.68%'), ind('效益', '社会效益', '群众收入', '≥5%'), ind('过程管理指标', '计划管理指标', '投资计划分解(转发)用时', '≤20工作日'), ind('过程管理指标', '资金管理指标', '中央预算内投资支付率', '≥95%'), ind('过程管理指标', '监督检查指标', '审计、督查、巡视等指出问题项目比例', '≤1%')] }),
    },
    // 中江's third reading (d-sc-zhongjiang-water-2022-r3): the form's dots on its last, unused row, in the 一级 column.
    {
      name: 'dots in the 一级 column of an unused row (……) name no category',
      table: projectTable({ indicators: [ind('产出', '数量', '发放人数', '19人'), ind('效益', '社会效益', '补贴发放率', '100%'), ind('……', '', '……', '')] }),
    },
    // 成安's Hebei county form (xx-he-chengan-2020-centenarian-allowance-eval): the budget line last in the list.
    {
      name: 'the budget line weighed among the indicators: 预算执行率 | 预算执行率',
      table: projectTable({ indicators: [ind('产出', '数量', '发放人数', '19人'), ind('效益', '社会效益', '补贴发放率', '100%'), ind('预算执行率', '预算执行率', '预算执行率', '100%')] }),
    },
    // 发改委's 中央预算内投资计划绩效目标表 (f-tj-baodi-2022, and its second reading): 实施效果指标 over 产出指标 / 效益指标.
    {
      name: 'the investment plan’s 实施效果指标 over 产出指标 / 效益指标: the 二级 column names the 一级',
      table: projectTable({ indicators: [ind('实施效果指标', '产出指标', '建设项目个数', '1个'), ind('实施效果指标', '效益指标', '畜禽粪污综合利用率', '≥90%')] }),
    },
    // Names forms give the categories (o-sc-zhaohua-2021-leprosy, n-hb-xiangyang-2021-hospital-eval, p-hb-huanggang-2020-soil-monitoring-eval).
    {
      name: 'forms’ own names: 项目完成指标 for 产出, 进度指标 for 时效, 可持续性 for 可持续影响, 产出数量指标 for 数量 (n-heb-ningjin-2019-stipend)',
      table: departmentTable({ indicators: [ind('项目完成指标', '进度指标', '资料上报', '100%'), ind('项目效益指标', '可持续性', '服务年限', '≥15年'), ind('产出指标', '产出数量指标', '享受资助人数', '2100人')] }),
    },
    // 财预〔2020〕10号's framework as 宁夏's self-evaluations print it (_m-nx-yinchuan-2021-school6).
    { name: 'the evaluation framework: 项目决策 and 项目管理 criteria under their own 二级 (项目立项, 投入管理), 项目产出, 项目效益', table: selfEvaluationTable({ indicators: FRAMEWORK_EVAL }) },
    { name: '一级 with points and numbering: 一、产出指标（50分）, (2)效益指标, 满意度指标(10分)', table: departmentTable({ indicators: [ind('一、产出指标（50分）', '数量指标', '培训场次', '8场'), ind('(2)效益指标', '社会效益指标', '政策知晓率', '80%'), ind('满意度指标(10分)', '服务对象满意度指标', '企业满意度', '≥90%')] }) },
    // No profile asked for: 成本 as a 一级 says the table is written in cb2021 (corpus g-cq-fengjie-yunwu-2023).
    { name: '成本 as a 一级 with no profile asked: read as cb2021', table: departmentTable({ indicators: [ind('成本指标(0-20)分', '经济成本指标', '平台运维成本', '≤400万元'), ind('产出', '数量', '培训场次', '8场')] }) },
    // i-guangdong-dongguan-2019-road (Dongguan's 批复表) and j-yn-yongde-2022-nutrition (Yunnan's form).
    {
      name: 'forms’ own names: 预期产出指标, 效果指标, 预算(或投资规模)控制指标, 社会、经济、生态效益 指标, 服务对象满意度指标等',
      table: departmentTable({
        indicators: [
          ind('预期产出指标', '数量指标(或建筑规模指标)', '完成结算项目数', '3个'),
          ind('预期产出指标', '预算(或投资规模)控制指标', '年度预算执行率', '≥90%'),
          ind('效果指标', '社会、经济、生态效益 指标', '补助款结算争议率', '0%'),
          ind('满意度指标', '服务对象满意度指标等', '学生满意度', '≥95%'),
        ],
      }),
    },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'clean department table without merges', table: departmentTable({ merges: false }) },
    {
      name: 'a trailing 指标, spaces and aliases are known: 数量指标, 环境效益, 社会公众或服务对象满意度',
      table: departmentTable({
        indicators: [
          ind('产出指标', '数量指标', '培训场次', '8场'),
          ind('产出', '时效性', '完成时间', '2023年12月31日前'),
          ind('效益', '环境效益', '绿化面积', '500平方米'),
          ind('效益', '可持续发展影响', '营商环境改善情况', '达成年度指标'),
          ind('满意度指标', '社会公众或服务对象满意度', '企业满意度', '≥90%'),
          ind('满意度', '服务对象满意度 指标', '人才满意度', '90%'),
        ],
      }),
    },
    {
      name: 'full-width characters fold: 数量（ideographic space）',
      table: departmentTable({ indicators: [ind('产出', '数量\u3000指标', '培训场次', '8场')] }),
    },
    {
      name: 'cb2021: 成本 as a 一级 with its 二级, 环境成本 alias',
      profile: 'cb2021',
      table: departmentTable({
        indicators: [
          ind('成本', '经济成本', '平台运维成本', '≤400万元'),
          ind('成本', '社会成本', '群众办事成本', '≤1天'),
          ind('成本', '环境成本', '碳排放量', '≤10吨'),
          ind('产出', '数量', '培训场次', '8场'),
        ],
      }),
    },
    {
      name: 'a misplaced known 二级 is category-mismatch’s case, not unknown',
      table: departmentTable({ indicators: [ind('产出', '经济效益', '引进优质项目数量', '8家')] }),
    },
    {
      name: 'blank categories are missing-category’s case, not unknown',
      table: departmentTable({ indicators: [ind('', '', '培训场次', '8场')] }),
    },
  ],
  invalid: [
    {
      name: '实施效果指标 over a 二级 that is no 一级 (数量指标): the 一级 is unknown',
      table: projectTable({ indicators: [ind('实施效果指标', '数量指标', '建设项目个数', '1个'), ind('效益', '社会效益', '政策知晓率', '80%')] }),
      findings: [{ cell: 'B11', message: '一级指标“实施效果指标”不在“legacy”指标体系中' }],
    },
    {
      name: 'a 一级 the framework does not have, over the criteria’s 二级: the 一级 and its 二级 reported',
      table: selfEvaluationTable({ indicators: FRAMEWORK_UNKNOWN_LEVEL1 }),
      findings: [
        { cell: 'B12', message: '一级指标“项目其他(10分)”不在“legacy”指标体系中（应为：产出、效益、满意度）' },
        { cell: 'C12', message: '二级指标“项目目标”' },
        { cell: 'C13', message: '二级指标“项目立项”' },
      ],
    },
    {
      name: '其他满意度: once per merged run, with the allowed 二级 of its 一级',
      table: departmentTable({ indicators: otherSatisfaction }),
      findings: [{ cell: 'C17', message: '二级指标“其他满意度”不在“legacy”指标体系中（“满意度”下应为：服务对象满意度）' }],
    },
    {
      name: '其他满意度 without merges: the filled-down run is reported once',
      table: departmentTable({ merges: false, indicators: otherSatisfaction }),
      findings: [{ cell: 'C17', message: '其他满意度' }],
    },
    {
      name: '其他满意度 typed again on every row, unmerged (Sichuan’s form): once, at its first row',
      table: departmentTable({ repeatCategories: true, indicators: otherSatisfaction }),
      findings: [{ cell: 'C17', message: '其他满意度' }],
    },
    {
      name: 'an unknown 一级 over a known 二级: only the 一级',
      table: departmentTable({ indicators: [ind('影响', '数量', '培训场次', '8场'), ind('影响', '数量', '参训人次', '200人次')] }),
      findings: [{ cell: 'B15', message: '一级指标“影响”不在“legacy”指标体系中（应为：产出、效益、满意度）' }],
    },
    {
      name: 'an unknown 一级 and an unknown 二级: both, 二级 listing every known 二级',
      table: departmentTable({ indicators: [ind('其他', '其他指标', '宣传报道数', '10篇')] }),
      findings: [
        { cell: 'B15', message: '一级指标“其他”' },
        { cell: 'C15', message: '二级指标“其他指标”不在“legacy”指标体系中（“其他”下应为：数量、质量、时效、成本、经济效益' },
      ],
    },
    {
      name: 'legacy asked for: 成本 as a 一级 (a cb2021 table checked as legacy)',
      profile: 'legacy',
      table: departmentTable({ indicators: [ind('成本', '经济成本', '平台运维成本', '≤400万元'), ind('产出', '数量', '培训场次', '8场')] }),
      findings: [
        { cell: 'B15', message: '一级指标“成本”' },
        { cell: 'C15', message: '二级指标“经济成本”' },
      ],
    },
    {
      name: 'cb2021: 成本 as a 二级 under 产出',
      profile: 'cb2021',
      table: departmentTable({ indicators: [ind('产出', '数量', '培训场次', '8场'), ind('产出', '成本', '预算执行率', '≥97%')] }),
      findings: [{ cell: 'C16', message: '二级指标“成本”不在“cb2021”指标体系中（“产出”下应为：数量、质量、时效）' }],
    },
    {
      name: 'cb2021: 其他满意度 too',
      profile: 'cb2021',
      table: departmentTable({ indicators: otherSatisfaction }),
      findings: [{ cell: 'C17', message: '不在“cb2021”指标体系中' }],
    },
    {
      name: 'project table: 其他满意度',
      table: projectTable({ indicators: otherSatisfaction }),
      findings: [{ cell: 'C13', message: '其他满意度' }],
    },
  ],
});
