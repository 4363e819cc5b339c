import rule from '../../src/core/rules/rate-out-of-range';
import { testRule } from '../support/rule-tester';
import { Cell, IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 目标值 in column G.
 * Project tables: indicator k on row 11 + k, 指标值 in column F.
 */
const ind = (l1: string, l2: string, name: string, target: Cell): IndicatorSpec => ({ l1, l2, name, target });
const one = (name: string, target: Cell, l1 = '产出', l2 = '质量'): IndicatorSpec[] => [ind(l1, l2, name, target)];

testRule(rule, {
  valid: [
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: '100% is the ceiling, not over it', table: departmentTable({ indicators: one('任务完成率', '100%') }) },
    { name: '≤100% and a 90%-100% range', table: departmentTable({ indicators: [ind('产出', '质量', '验收通过率', '≤100%'), ind('产出', '质量', '合格率', '90%-100%')] }) },
    { name: '1000‰ is 100%', table: departmentTable({ indicators: one('完好率', '1000‰') }) },
    { name: 'a growth rate may exceed 100%: 增长率 150%', table: departmentTable({ indicators: one('营业收入增长率', '150%', '效益', '经济效益') }) },
    { name: '增幅 and 提高 in the name', table: departmentTable({ indicators: [ind('效益', '经济效益', '产值增幅', '120%'), ind('效益', '社会效益', '满意度提高', '110%')] }) },
    { name: 'a relative target: 满意度 提高 25%', table: departmentTable({ indicators: one('企业满意度', '提高 25%', '满意度', '服务对象满意度') }) },
    { name: 'a relative target over 100%: 增长 150%', table: departmentTable({ indicators: one('企业营收', '较上年增长150%', '效益', '经济效益') }) },
    { name: '频率 is not a rate', table: departmentTable({ indicators: one('巡查频率', '120%') }) },
    { name: 'a count indicator is not a rate: 服务企业数量 | 120%', table: departmentTable({ indicators: one('服务企业数量', '120%', '产出', '数量') }) },
    { name: 'a satisfaction score in 分 is not a percentage', table: departmentTable({ indicators: one('满意度测评得分', '120', '满意度', '服务对象满意度') }) },
    { name: '满意度（%） | 95: the name’s unit, within range', table: departmentTable({ indicators: one('企业满意度（%）', '95', '满意度', '服务对象满意度') }) },
    { name: 'a rate of what should not happen, capped: 逾期发放率 ≤0%, 差错率 <1%, 事故发生率 0%', table: departmentTable({ indicators: [ind('产出', '质量', '逾期发放率', '≤0%'), ind('产出', '质量', '差错率', '<1%'), ind('产出', '质量', '安全事故发生率', '0%')] }) },
    { name: 'a floor of nothing is no demand: 差错率 ≥0%', table: departmentTable({ indicators: one('差错率', '≥0%') }) },
    { name: 'a floor on a rate one may want high: 病虫害控制率 ≥90%, 投诉处理率 ≥95%', table: departmentTable({ indicators: [ind('效益', '生态效益', '病虫害控制率', '≥90%'), ind('产出', '质量', '投诉处理率', '≥95%')] }) },
    { name: 'no unit at all is missing-unit’s case', table: departmentTable({ indicators: one('企业满意度', '120', '满意度', '服务对象满意度') }) },
    // A name in % that is no rate by its words: within 100, or growing (产值增长(%) | 120), or its own unit typed.
    { name: 'a name in % within 100: 农户参与(%) | 85', table: departmentTable({ indicators: one('农户参与(%)', '85', '效益', '社会效益') }) },
    { name: 'a growth in %: 产值增长(%) | 120', table: departmentTable({ indicators: one('产值增长(%)', '120', '效益', '经济效益') }) },
    { name: 'the target’s own unit: 实现产值(%) | 8000万元', table: departmentTable({ indicators: one('实现产值(%)', '8000万元', '效益', '经济效益') }) },
    { name: 'no unit in the name: 实现产值 | 8000', table: departmentTable({ indicators: one('实现产值', '8000', '效益', '经济效益') }) },
    // A satisfaction surveyed, its name ending otherwise: a share within 100%, a count of surveys, a rise.
    { name: '市民满意度调查 | ≥90%, 满意度调查 | 1次, 满意度调查结果提升 | 120%', table: departmentTable({ indicators: [ind('满意度', '服务对象满意度', '市民满意度调查', '≥90%'), ind('满意度', '服务对象满意度', '满意度调查', '1次'), ind('满意度', '服务对象满意度', '满意度调查结果提升', '120%')] }) },
  ],
  invalid: [
    {
      // 施甸's, all six readings (nn-yn-shidian-2019-new-agri-entities-eval): an output value under a name in %.
      name: 'a name in % that is no rate by its words: 新型经营主体实现产值(%) | 8000',
      table: departmentTable({ indicators: one('新型经营主体实现产值(%)', 8000, '效益', '经济效益') }),
      findings: [{ cell: 'G15', message: '“新型经营主体实现产值(%)”的单位是 %，目标值“8000”即 8000%，超过了 100%：单位或数值有误', expected: '<= 100%', actual: '8000%' }],
    },
    {
      name: '满意度 120%',
      table: departmentTable({ indicators: one('企业满意度', '120%', '满意度', '服务对象满意度') }),
      findings: [{ cell: 'G15', message: '“企业满意度”是比率，目标值“120%”超过了 100%', expected: '<= 100%', actual: '120%' }],
    },
    {
      // 衡山's as two of its readings keep the page's figure (r-hn-hengshan-2020-grain-reserve-eval-r4).
      name: 'a satisfaction surveyed, whatever the name ends in: 市民满意度调查 | 290%',
      table: departmentTable({ indicators: one('市民满意度调查', '290%', '满意度', '服务对象满意度') }),
      findings: [{ cell: 'G15', message: '目标值“290%”超过了 100%', expected: '<= 100%', actual: '290%' }],
    },
    {
      name: '完成率 101%',
      table: departmentTable({ indicators: one('任务完成率', '101%') }),
      findings: [{ cell: 'G15', expected: '<= 100%', actual: '101%' }],
    },
    {
      name: 'with a comparator: ≥100.5%',
      table: departmentTable({ indicators: one('验收通过率', '≥100.5%') }),
      findings: [{ cell: 'G15', actual: '100.5%' }],
    },
    {
      name: 'a range whose top is over: 90%-105%',
      table: departmentTable({ indicators: one('合格率', '90%-105%') }),
      findings: [{ cell: 'G15', message: '“90%-105%”', actual: '105%' }],
    },
    {
      name: 'full-width digits and ％',
      table: departmentTable({ indicators: one('合格率', '１０５％') }),
      findings: [{ cell: 'G15', actual: '105%' }],
    },
    {
      name: 'a number with a % format: 1.2 shown as 120%',
      table: departmentTable({ indicators: one('合格率', { value: 1.2, format: '0%' }) }),
      findings: [{ cell: 'G15', message: '目标值“120%”', actual: '120%' }],
    },
    {
      name: 'per mille: 1200‰',
      table: departmentTable({ indicators: one('差错率', '≤1200‰') }),
      findings: [{ cell: 'G15', expected: '<= 1000‰', actual: '1200‰' }],
    },
    {
      name: 'the unit from the name: 满意度（%） | 120',
      table: departmentTable({ indicators: one('企业满意度（%）', '120', '满意度', '服务对象满意度') }),
      findings: [{ cell: 'G15', expected: '<= 100%', actual: '120%' }],
    },
    {
      name: 'a 下降率 is no growth: 110% is over',
      table: departmentTable({ indicators: one('投诉下降率', '110%', '效益', '社会效益') }),
      findings: [{ cell: 'G15', actual: '110%' }],
    },
    {
      name: 'a floor on a rate of what should not happen: 逾期发放率 >=100%, 差错率 ≥ 5%',
      table: departmentTable({ indicators: [ind('产出', '质量', '逾期发放率', '>=100%'), ind('产出', '质量', '差错率', '≥ 5%')] }),
      findings: [
        { cell: 'G15', message: '“逾期发放率”越低越好，目标值“>=100%”却是要达到的下限', expected: 'a ceiling (<=)', actual: '>= 100%' },
        { cell: 'G16', actual: '>= 5%' },
      ],
    },
    {
      // 南县's (ae-hn-nanxian-2024-housing-rental-tax-targets E22): every asset idle, asked exactly.
      name: 'the whole of a rate of what should not happen, asked exactly: 国有资产闲置率 = 100%',
      table: departmentTable({ indicators: one('国有资产闲置率', '=100%') }),
      findings: [{ cell: 'G15', message: '“国有资产闲置率”越低越好，目标值“=100%”却要求全部如此', expected: 'a ceiling (<=)', actual: '= 100%' }],
    },
    {
      name: 'inverted and over 100% is reported once: 事故发生率 >105%',
      table: departmentTable({ indicators: one('事故发生率', '>105%') }),
      findings: [{ cell: 'G15', actual: '> 105%' }],
    },
    {
      name: 'project table: only the over-range rows',
      table: projectTable({
        indicators: [
          ind('产出', '质量', '验收通过率', '100%'),
          ind('效益', '经济效益', '营业收入增长率', '150%'),
          ind('满意度', '服务对象满意度', '企业满意度', '≥110%'),
        ],
      }),
      findings: [{ cell: 'F13', expected: '<= 100%', actual: '110%' }],
    },
  ],
});
