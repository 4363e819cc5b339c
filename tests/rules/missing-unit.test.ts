import rule from '../../src/core/rules/missing-unit';
import { testRule } from '../support/rule-tester';
import { Cell, IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 目标值 in column G.
 * Project tables: indicator k on row 11 + k, 指标值 in column F.
 */
const ind = (l1: string, l2: string, name: string, target: Cell): IndicatorSpec => ({ l1, l2, name, target });
const one = (name: string, target: Cell, l2 = '数量'): IndicatorSpec[] => [ind('产出', l2, name, target)];

testRule(rule, {
  valid: [
    // A 服务贸易 fund's (ai-xx-district-2020-service-trade-eval E11): foreign money named in the name's brackets.
    { name: 'a figure under a name giving its unit in foreign money: 服务外包在岸(万美元) | 20000', table: departmentTable({ indicators: one('服务外包在岸(万美元)', '20000') }) },
    // 和平's (ag-gd-heping-2020-antiepidemic-bond-school-targets E10): a month typed as a number, by a timeliness.
    { name: 'a year and month as the target of a timeliness: 工程完成时间 | 2021.6, 完成时限 | 2020.12', table: departmentTable({ indicators: [ind('产出', '时效', '工程完成时间', '2021.6'), ind('产出', '时效指标', '项目进度', 2020.12)] }) },
    // 南华's (nn-yn-nanhua-nd-mushroom-plant-eval E13): the name ends in this very count with its unit.
    { name: 'a name ending in the target’s own count: 配套电力设施1250KVA变压器3台 | 3', table: departmentTable({ indicators: one('配套电力设施1250KVA变压器3台', 3) }) },
    // 原州's 成本 row (jj-nx-yuanzhou-2022-border-tea-eval E14): the name is the amount with its unit.
    { name: 'a name that is only an amount with its unit: 38.75万元 | 38.75', table: departmentTable({ indicators: one('38.75万元', 38.75, '成本') }) },
    // None is none in any unit (r-hn-hengshan-2020-grain-reserve-eval 库存粮食明显变质比例 0).
    { name: 'a bare 0: none needs no unit', table: departmentTable({ indicators: one('库存粮食明显变质比例', 0, '质量') }) },
    // Issue 10: people, jobs and households with a 万 multiplier are counts; the name says of what.
    { name: 'counts by meaning: ≥2万 for 服务覆盖人口, 1万 for 新增就业岗位', table: projectTable({ indicators: [ind('效益', '社会效益', '服务覆盖人口', '≥2万'), ind('效益', '经济效益', '新增就业岗位', '1万')] }) },
    // The name or the target says what is counted (corpus b-wuhai-2021-recycling, b-yuanzhou-2022-afforestation, f-nx-yinchuan21-2019, b-cixi-2023-childcare).
    { name: 'units implied: 出差人数 8, 苗木成活率(≥**%) 85, 当年在校学生数4953, 每千人托位 4.5', table: projectTable({ indicators: [ind('产出', '数量', '出差人数', '8'), ind('产出', '质量', '苗木成活率(≥**%)', '85'), ind('产出', '数量', '义务教育学生', '当年在校学生数4953'), ind('产出', '数量', '每千人托位', '4.5')] }) },
    // i-guangdong-dongguan-2019-road: 项目数 counts 个; so do names ending in another counted unit and 数.
    { name: 'units implied: 完成结算项目数 3, 办理事项数 12, 出版图书件数 40', table: projectTable({ indicators: [ind('产出', '数量', '镇街补助款完成结算项目数', '3'), ind('产出', '数量', '办理事项数', '12'), ind('产出', '数量', '出版图书件数', '40')] }) },
    { name: 'the count named in the target, its digits full-width: 当年在校学生数４９５３', table: projectTable({ indicators: [ind('产出', '数量', '当年在校学生数', '当年在校学生数４９５３')] }) },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'the unit in the name’s parentheses: 满意度（%） | 95', table: departmentTable({ indicators: one('企业满意度（%）', '95', '质量') }) },
    { name: 'half-width parentheses: 补助资金(万元) | 90', table: departmentTable({ indicators: one('补助资金(万元)', '90', '成本') }) },
    { name: 'a count unit in the name: 培训场次（场） | 8', table: departmentTable({ indicators: one('培训场次（场）', '8') }) },
    {
      name: 'indices, coefficients and rankings are unitless',
      table: departmentTable({
        indicators: [
          ind('效益', '经济效益', '营商环境指数', '85'),
          ind('效益', '经济效益', '基尼系数', '≤0.4'),
          ind('效益', '社会效益', '全省排名', '前3'),
        ],
      }),
    },
    { name: 'a percentage typed as a number with a % format', table: departmentTable({ indicators: one('验收合格率', { value: 0.98, format: '0%' }, '质量') }) },
    {
      name: 'targets that are not quantities',
      table: departmentTable({
        indicators: [
          ind('产出', '数量', '信息采集频次', '每季度至少一次'),
          ind('产出', '时效', '完成时间', '2023年12月31日前'),
          ind('效益', '社会效益', '需求匹配度', '提高 25%'),
          ind('效益', '可持续影响', '营商环境改善情况', '达成年度指标'),
          ind('效益', '生态效益', '不适用', '不适用'),
        ],
      }),
    },
    { name: '2万套: the multiplier carries its unit', table: departmentTable({ indicators: one('发放政策宣传资料数量', '≥2万套') }) },
    { name: 'a bare 万 on money is a slip for 万元 (unit-mismatch), not a missing unit', table: departmentTable({ indicators: one('人才发展资金', '7600 万', '成本') }) },
    { name: 'full-width digits with a unit', table: departmentTable({ indicators: one('培训场次', '８场') }) },
  ],
  invalid: [
    {
      // Not a month (13), nor by a timeliness (a count named so).
      name: 'a number like a year and month elsewhere: 工程完成时间 | 2021.13, 新增学位 | 2021.6',
      table: departmentTable({ indicators: [ind('产出', '时效', '工程完成时间', '2021.13'), ind('产出', '数量', '新增学位', '2021.6')] }),
      findings: [{ cell: 'G15' }, { cell: 'G16' }],
    },
    {
      // 阆中's (v-sc-langzhong-2021-provincial-road-eval E14): a name ending in a figure gives no unit to another number.
      name: 'a name ending in its own figure: 建设普通省道二级公路32.1公里 | 20',
      table: departmentTable({ indicators: one('建设普通省道二级公路32.1公里', 20) }),
      findings: [{ cell: 'G15' }],
    },
    {
      name: 'a floor of 0 still says nothing of what it counts: ≥0',
      table: departmentTable({ indicators: one('新增服务网点', '≥0') }),
      findings: [{ cell: 'G15' }],
    },
    {
      // Corpus a-fujian-2019-dept-ningde-dangshi: a rate typed 1 may mean 100% or 1%: no value suggested.
      name: 'a rate typed 1: flagged, with no value suggested',
      table: projectTable({ indicators: [ind('产出', '质量', '各类书籍审稿率', 1)] }),
      findings: [{ cell: 'F11', message: '目标值“1”缺少单位；比率应写明百分比（“1”可能是 100%，也可能是 1%）' }],
    },
    {
      name: '准确率 “98”: a rate is written with %',
      table: departmentTable({ indicators: one('数据准确率', '98', '质量') }),
      findings: [{ cell: 'G15', message: '目标值“98”缺少单位，比率应写作“98%”' }],
    },
    {
      name: '数量 “8”',
      table: departmentTable({ indicators: one('展会支持对象数', '8') }),
      findings: [{ cell: 'G15', message: '目标值“8”缺少单位' }],
    },
    {
      name: 'a number typed as a number',
      table: departmentTable({ indicators: one('培训场次', 8) }),
      findings: [{ cell: 'G15', message: '目标值“8”缺少单位' }],
    },
    {
      name: 'with a comparator: 满意度 “不少于 95”',
      table: departmentTable({ indicators: [ind('满意度', '服务对象满意度', '企业满意度', '不少于 95')] }),
      findings: [{ cell: 'G15', message: '比率应写作“不少于 95%”' }],
    },
    {
      name: 'a range without a unit',
      table: departmentTable({ indicators: one('验收合格率', '90-95', '质量') }),
      findings: [{ cell: 'G15', message: '“90-95”缺少单位' }],
    },
    {
      name: 'parentheses that are not a unit do not excuse it: 培训场次（全年） | 8',
      table: departmentTable({ indicators: one('培训场次（全年）', '8') }),
      findings: [{ cell: 'G15', message: '“8”缺少单位' }],
    },
    {
      name: 'a bare 万 on a count lacks its count unit: 发放政策宣传资料数量 | 2万',
      table: departmentTable({ indicators: one('发放政策宣传资料数量', '2万') }),
      findings: [{ cell: 'G15', message: '目标值“2万”缺少单位' }],
    },
    {
      name: 'only the rows without a unit',
      table: departmentTable({
        indicators: [
          ind('产出', '数量', '培训场次', '8场'),
          ind('产出', '数量', '参训人次', '200'),
          ind('产出', '质量', '验收通过率', '100%'),
          ind('产出', '质量', '系统正常运转率', '≥95'),
        ],
      }),
      findings: [
        { cell: 'G16', message: '目标值“200”缺少单位' },
        { cell: 'G18', message: '比率应写作“≥95%”' },
      ],
    },
    {
      name: 'project table: 企业数量 “≥100”',
      table: projectTable({ indicators: [ind('产出', '质量', '验收通过率', '100%'), ind('产出', '数量', '服务企业数量', '≥100')] }),
      findings: [{ cell: 'F12', message: '目标值“≥100”缺少单位' }],
    },
  ],
});
