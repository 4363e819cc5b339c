import rule from '../../src/core/rules/category-mismatch';
import { testRule } from '../support/rule-tester';
import { FRAMEWORK_EVAL, selfEvaluationTable } from '../support/self-evaluation';
import { IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 一级 B | 二级 C | 三级 D | 目标值 G.
 * Project tables: indicator k on row 11 + k, 一级 B | 二级 C | 三级 D | 指标值 F.
 */
const ind = (l1: string, l2: string, name: string, target: string): IndicatorSpec => ({ l1, l2, name, target });

const economicUnderOutput = [
  ind('产出', '数量', '培训场次', '8场'),
  ind('产出', '经济效益', '引进优质项目数量', '8家'),
  ind('产出', '经济效益', '带动投资额', '≥500万元'),
  ind('效益', '社会效益', '政策知晓率', '80%'),
];

testRule(rule, {
  valid: [
    // 满意度 in a name under 社会效益 is the framework's place, or the profile's next of kin: not asked.
    { name: 'a satisfaction name under 社会效益', table: projectTable({ indicators: [ind('产出', '数量', '培训场次', '8场'), ind('效益', '社会效益', '受训群众满意度', '≥90%')] }) },
    { name: 'a 及时 rate under 质量 (资金拨付及时率), as many forms place it', table: projectTable({ indicators: [ind('产出', '质量', '资金拨付及时率', '100%'), ind('效益', '社会效益', '政策知晓率', '80%')] }) },
    { name: '及时性 under 时效', table: projectTable({ indicators: [ind('产出', '时效', '资金拨付及时性', '及时'), ind('效益', '社会效益', '政策知晓率', '80%')] }) },
    { name: 'a name that only mentions 满意 (满意度调查次数) under 数量', table: projectTable({ indicators: [ind('产出', '数量', '满意度调查次数', '2次'), ind('效益', '社会效益', '政策知晓率', '80%')] }) },
    // The framework places 满意度 inside 效益 (_m-nx-yinchuan-2021-school6).
    { name: '服务对象满意度 under 项目效益 in a self-evaluation laid out by the evaluation framework', table: selfEvaluationTable({ indicators: FRAMEWORK_EVAL }) },
    // A targets table whose 一级 is the framework's own word: 项目效益 over 服务对象满意度指标 (as-sc-daying-nd-canteen-targets-tail).
    { name: '服务对象满意度 under 项目效益, the framework’s word, in a targets table', table: projectTable({ indicators: [ind('项目产出', '数量', '供餐天数', '250天'), ind('项目效益', '社会效益', '做好保障', '100%'), ind('项目效益', '服务对象满意度', '就餐职工满意度', '≥98%')] }) },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'clean department table without merges', table: departmentTable({ merges: false }) },
    {
      name: 'other spellings: 数量指标, 环境效益, 社会公众或服务对象满意度, 产出指标, spaces',
      table: departmentTable({
        indicators: [
          ind('产出指标', '数量指标', '培训场次', '8场'),
          ind('产 出', '质 量', '验收通过率', '100%'),
          ind('效益', '环境效益', '绿化面积', '500平方米'),
          ind('效益指标', '可持续影响指标', '营商环境改善情况', '达成年度指标'),
          ind('满意度', '社会公众或服务对象满意度', '企业满意度', '≥90%'),
        ],
      }),
    },
    {
      name: 'legacy: 成本 is a 二级 of 产出',
      table: departmentTable({ indicators: [ind('产出', '成本', '预算执行率', '≥97%')] }),
    },
    {
      name: 'cb2021: 经济成本 under 成本, 生态环境成本 spelled 环境成本',
      profile: 'cb2021',
      table: departmentTable({
        indicators: [
          ind('成本', '经济成本', '平台运维成本', '≤400万元'),
          ind('成本', '环境成本', '碳排放量', '≤10吨'),
          ind('产出', '数量', '培训场次', '8场'),
        ],
      }),
    },
    {
      name: 'cb2021: 成本 as a 二级 under 产出 is unknown there, not misplaced',
      profile: 'cb2021',
      table: departmentTable({ indicators: [ind('产出', '成本', '预算执行率', '≥97%')] }),
    },
    {
      name: 'legacy: 经济成本 is not a legacy 二级, so it cannot be misplaced',
      table: departmentTable({ indicators: [ind('产出', '经济成本', '平台运维成本', '≤400万元')] }),
    },
    {
      name: 'an unknown 一级 over a known 二级 (unknown-category’s case)',
      table: departmentTable({ indicators: [ind('影响', '数量', '培训场次', '8场')] }),
    },
    {
      name: 'a blank 一级 over a known 二级 (missing-category’s case)',
      table: departmentTable({ indicators: [ind('', '经济效益', '引进优质项目数量', '8家')] }),
    },
  ],
  invalid: [
    {
      // A second reading of a-fujian-2019-dept-ningde-dangshi: …资金的供应时效 under 数量指标.
      name: 'a timeliness name (…供应时效) filed under 数量: at its name',
      table: projectTable({ indicators: [ind('产出', '数量', '所需资金的供应时效', '100%'), ind('效益', '社会效益', '政策知晓率', '80%')] }),
      findings: [{ cell: 'D11', message: '“所需资金的供应时效”是时效指标，应放在“时效指标”下，不应放在“数量”下' }],
    },
    {
      name: 'a deadline by its name (项目完成时间) filed under 数量',
      table: projectTable({ indicators: [ind('产出', '数量', '项目完成时间', '2023年12月31日前'), ind('效益', '社会效益', '政策知晓率', '80%')] }),
      findings: [{ cell: 'D11', expected: '时效', actual: '数量' }],
    },
    {
      // 宁晋's 评价指标表 (n-heb-ningjin-2019-stipend): 资助对象满意度 under 质量指标.
      name: 'a satisfaction rate filed under 质量: at its name',
      table: projectTable({ indicators: [ind('产出', '质量', '资助对象满意度', '95%以上'), ind('效益', '社会效益', '政策知晓率', '80%')] }),
      findings: [{ cell: 'D11', message: '资助对象满意度' }],
    },
    {
      // 湘潭's (b-xiangtan-2023-fog-cannon): the table keeps 满意度 | 服务对象满意度 | 市民满意度, and files
      // another satisfaction, spelt 满意程度, under 社会效益.
      name: 'a satisfaction name under 社会效益 where the table has a 满意度 place of its own',
      table: projectTable({
        indicators: [
          ind('产出', '数量', '培训场次', '8场'),
          ind('效益', '社会效益', '服务周期内,市民对空气质量改善的满意程度', '≥85%'),
          ind('满意度', '服务对象满意度', '市民满意度', '≥90%'),
        ],
      }),
      findings: [{ cell: 'D12', message: '“服务周期内,市民对空气质量改善的满意程度”是满意度指标', expected: '服务对象满意度', actual: '社会效益' }],
    },
    {
      // 湘潭's 社会公众或服务对象满意度指标 written once across both level columns, the merge undone (a blank 二级).
      name: 'a satisfaction name under 社会效益 where the table’s 满意度 一级 has a blank 二级',
      table: projectTable({
        indicators: [
          ind('产出', '数量', '培训场次', '8场'),
          ind('效益', '社会效益', '市民对空气质量改善的满意程度', '≥85%'),
          ind('社会公众或服务对象满意度指标', '', '市民满意度', '≥90%'),
        ],
      }),
      findings: [{ cell: 'D12', expected: '服务对象满意度', actual: '社会效益' }],
    },
    {
      // 大英's (ee-sc-daying-2020-consumer-city-targets): the framework's 决策 over 产出's 二级, once at the 一级.
      name: '产出’s 二级 under 项目决策: reported once, at the 一级',
      table: projectTable({
        indicators: [
          ind('项目决策', '数量', '宣传次数', '2次'),
          ind('项目决策', '质量', '创建质量', '达标'),
          ind('项目效益', '社会效益', '维权意识知晓率', '≥80%'),
          ind('满意度', '服务对象满意度', '群众满意度', '90%'),
        ],
      }),
      findings: [{ cell: 'B11', related: 'C11', message: '一级指标“项目决策”是评价框架的评分项', expected: '产出', actual: '项目决策' }],
    },
    {
      // 衡山's (r-hn-hengshan-2020-grain-reserve-eval): an incident count filed under 服务对象满意度.
      name: 'an incident count under 服务对象满意度; a complaint count left',
      table: projectTable({
        indicators: [
          ind('产出', '数量', '储备粮数量', '500吨'),
          ind('满意度', '服务对象满意度', '因粮食市场波动引起的粮食安全事件发生数', '0起'),
          ind('满意度', '服务对象满意度', '有效投诉次数', '0次'),
        ],
      }),
      findings: [{ cell: 'D12', message: '“因粮食市场波动引起的粮食安全事件发生数”统计的是事件数', expected: '社会效益', actual: '服务对象满意度' }],
    },
    {
      // 蔡甸's (ll-hb-caidian-2021-forest-fire-eval D18): casualties under 经济效益; under 社会效益 they stand.
      name: 'an incident count under 经济效益; under 社会效益 it stands',
      table: projectTable({
        indicators: [
          ind('产出', '数量', '巡护里程', '500公里'),
          ind('效益', '经济效益', '人员伤亡事故', '0人次'),
          ind('效益', '社会效益', '重大森林火灾事故', '0起'),
        ],
      }),
      findings: [{ cell: 'D12', message: '“人员伤亡事故”统计的是事件数', expected: '社会效益', actual: '经济效益' }],
    },
    {
      // Neither the framework's criteria nor its word 项目效益: the targets form's 效益指标 keeps 满意度 apart.
      name: '服务对象满意度 under 效益指标 in a table without the framework’s criteria',
      table: selfEvaluationTable({ indicators: FRAMEWORK_EVAL.filter((i) => !/决策|管理/.test(i.l1)).map((i) => ({ ...i, l1: i.l1.replace('项目效益', '效益指标') })) }),
      findings: [{ cell: 'C14', message: '二级指标“服务对象满意度指标”属于“满意度”，不应放在“效益指标(30分)”下' }],
    },
    {
      // Issue 10: a 一级 written with points or numbering is the same 一级, and the mismatch still shows.
      name: '(2)经济效益指标 under 一、产出指标（50分）',
      table: departmentTable({ indicators: economicUnderOutput.map((i) => ({ ...i, l1: i.l1 === '产出' ? '一、产出指标（50分）' : i.l1, l2: i.l2 === '经济效益' ? '(2)经济效益指标' : i.l2 })) }),
      findings: [{ cell: 'C16', message: '二级指标“(2)经济效益指标”属于“效益”，不应放在“一、产出指标（50分）”下' }],
    },
    {
      name: '经济效益 under 产出: once per merged 二级 run, at its top-left',
      table: departmentTable({ indicators: economicUnderOutput }),
      findings: [{ cell: 'C16', related: 'B15', message: '二级指标“经济效益”属于“效益”，不应放在“产出”下', expected: '效益', actual: '产出' }],
    },
    {
      name: 'the same without merges: the filled-down run is reported once',
      table: departmentTable({ merges: false, indicators: economicUnderOutput }),
      findings: [{ cell: 'C16', related: 'B15', expected: '效益', actual: '产出' }],
    },
    {
      name: 'spelled with 指标: canonical names compared, texts quoted as typed',
      table: departmentTable({ indicators: [ind('产出指标', '经济效益指标', '引进优质项目数量', '8家')] }),
      findings: [{ cell: 'C15', message: '“经济效益指标”属于“效益”，不应放在“产出指标”下', expected: '效益', actual: '产出指标' }],
    },
    {
      name: 'an alias under the wrong 一级: 环境效益 under 满意度',
      table: departmentTable({ indicators: [ind('满意度', '环境效益', '绿化面积', '500平方米')] }),
      findings: [{ cell: 'C15', expected: '效益', actual: '满意度' }],
    },
    {
      name: 'two misplaced runs in one table',
      table: departmentTable({
        indicators: [
          ind('产出', '数量', '培训场次', '8场'),
          ind('效益', '质量', '验收通过率', '100%'),
          ind('效益', '服务对象满意度', '企业满意度', '≥90%'),
        ],
      }),
      findings: [
        { cell: 'C16', related: 'B16', message: '“质量”属于“产出”', expected: '产出', actual: '效益' },
        { cell: 'C17', related: 'B16', message: '“服务对象满意度”属于“满意度”', expected: '满意度', actual: '效益' },
      ],
    },
    {
      name: 'legacy: 成本 under 效益',
      table: departmentTable({ indicators: [ind('效益', '成本', '预算执行率', '≥97%')] }),
      findings: [{ cell: 'C15', expected: '产出', actual: '效益' }],
    },
    {
      name: 'cb2021: 经济成本 under 产出',
      profile: 'cb2021',
      table: departmentTable({ indicators: [ind('产出', '数量', '培训场次', '8场'), ind('产出', '经济成本', '平台运维成本', '≤400万元')] }),
      findings: [{ cell: 'C16', related: 'B15', message: '“经济成本”属于“成本”', expected: '成本', actual: '产出' }],
    },
    {
      name: 'cb2021: 数量 under 成本',
      profile: 'cb2021',
      table: departmentTable({ indicators: [ind('成本', '数量', '培训场次', '8场')] }),
      findings: [{ cell: 'C15', expected: '产出', actual: '成本' }],
    },
    {
      name: 'project table: 数量 under 效益',
      table: projectTable({ indicators: [ind('产出', '质量', '验收通过率', '100%'), ind('效益', '数量', '培训场次', '8场')] }),
      findings: [{ cell: 'C12', related: 'B12', expected: '产出', actual: '效益' }],
    },
  ],
});
