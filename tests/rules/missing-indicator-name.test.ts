import rule from '../../src/core/rules/missing-indicator-name';
import { InvalidCase, testRule } from '../support/rule-tester';
import { CLEAN_INDICATORS, departmentTable, IndicatorSpec, projectTable } from '../support/tables';

/*
 * Department indicators start in row 15 (CLEAN_INDICATORS[k] in row 15 + k): 三级 in D (merged
 * D:F), 目标值 in G. Project indicators start in row 11: 三级 in D (merged D:E), 指标值 in F.
 */
const PROJECT_INDICATORS = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金');

const withIndicator = (list: IndicatorSpec[], i: number, patch: Partial<IndicatorSpec>): IndicatorSpec[] =>
  list.map((ind, k) => (k === i ? { ...ind, ...patch } : ind));

const placeholderNames: InvalidCase[] = ['', '-', '—', '*', '_', '/', 'null', '－'].map((name) => ({
  name: `department name ${JSON.stringify(name)} beside a target`,
  table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name }) }),
  findings: [{ cell: 'D15', message: '目标值“8家”没有对应的三级指标名称' }],
}));

testRule(rule, {
  valid: [
    // 满意度 or 成本 alone names what is measured (群众满意度 | 95%, 大英's 成本 | 10万元): only a heading's 指标 makes a category.
    { name: 'a category word as a name, without the heading’s 指标: 满意度, 成本', table: departmentTable({ indicators: [{ l1: '满意度', l2: '服务对象满意度', name: '满意度', target: '≥90%' }, { l1: '产出', l2: '成本', name: '成本', target: '10万元' }] }) },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'the 不适用 | 不适用 row', table: departmentTable({ indicators: CLEAN_INDICATORS.filter((i) => i.name === '不适用' || i.l1 !== '效益') }) },
    {
      name: 'neither name nor target (missing-target reports the row)',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '', target: '' }) }),
    },
    {
      name: 'a placeholder name beside a placeholder target',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '-', target: '-' }) }),
    },
    {
      name: 'a name that starts with a dash',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '-展会支持对象数' }) }),
    },
    {
      name: 'a name that only looks like a placeholder word (Null值处理率)',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 4, { name: 'Null值处理率' }) }),
    },
    // Words typed twice are a name whose target repeats it: vague-target's (r-ah-huoqiu-2022-sci-envoy-eval E18).
    { name: 'words as both name and target', table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '巩固拓展脱贫攻坚成果', target: '巩固拓展脱贫攻坚成果' }) }) },
    // 大英's ad-sc-daying-jkq-2020-river-cleaning-tail: the name names its measure, its figure typed in, and the target repeats it.
    { name: 'a sentence naming its measure as both name and target (辖区企业满意率达95%以上。)', table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '辖区企业满意率达95%以上。', target: '辖区企业满意率达95%以上。' }) }) },
    // The deadline in the name, the share done by then the target (ss-hb-district-2020-fishing-ban-fuel-subsidy-eval, two readings' mustNotFlag).
    { name: 'a deadline as the name beside a share: 12月底之前完成 | 100%', table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '12月底之前完成', target: '100%' }) }) },
    // A bare number is a row's number (forms number their indicators); a value needs its unit.
    { name: 'a name that is a bare number (the row’s number)', table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '1' }) }) },
    { name: 'names that start with a number: 2023年度培训人次, 12345热线接通率', table: departmentTable({ indicators: withIndicator(withIndicator(CLEAN_INDICATORS, 0, { name: '2023年度培训人次' }), 4, { name: '12345热线接通率' }) }) },
  ],
  invalid: [
    {
      // 临海's 项目库 form (ag-zj-linhai-nd-greening-maintenance-targets C12…C18): the 二级 written in the 指标名称 column.
      name: 'a name that is only a category, written as a heading: 数量指标, 社会效益指标, 服务对象或受益者满意度指标',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '数量指标', target: '375万平方米' }, { l1: '效益', l2: '社会效益', name: '社会效益指标', target: '是' }, { l1: '满意度', l2: '服务对象满意度', name: '服务对象或受益者满意度指标', target: '≥95%' }] }),
      findings: [{ cell: 'D15', message: '是指标类别' }, { cell: 'D16', message: '是指标类别' }, { cell: 'D17', message: '是指标类别' }],
    },
    ...placeholderNames,
    {
      // r-ah-huoqiu-2022-sci-envoy-eval: 时效 | 2022年底之前 | 2022年底之前.
      name: 'a date typed as the name and again as the target',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '2022年底之前', target: '2022年底之前' }) }),
      findings: [{ cell: 'D15', message: '三级指标“2022年底之前”与目标值相同，没有写明考核的内容' }],
    },
    // n-hb-xiangyang-2021-hospital-eval: 时效 | 1年 | 1年 | 1年, the name a copy of the target.
    ...['1年', '≥95%', '１２个月', '500 万元'].map((name) => ({
      name: `a value where the name belongs: ${name}`,
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name }) }),
      // A sheet typed in full-width mode is read, and quoted, with its digits half-width (１２个月 as 12个月).
      findings: [{ cell: 'D15', message: `三级指标“${name.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))}”是一个数值，不是指标名称` }],
    })),
    {
      name: 'a name of spaces beside a target',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 4, { name: '   ' }) }),
      findings: [{ cell: 'D19', message: '目标值“100%”没有对应的三级指标名称' }],
    },
    {
      name: 'department table without merged cells',
      table: departmentTable({ merges: false, indicators: withIndicator(CLEAN_INDICATORS, 7, { name: '' }) }),
      findings: [{ cell: 'D22', message: '目标值“≥97%”没有对应的三级指标名称' }],
    },
    {
      name: 'a target stored as a number with no name',
      table: departmentTable({ indicators: withIndicator(CLEAN_INDICATORS, 0, { name: '', target: 8 }) }),
      findings: [{ cell: 'D15', message: '目标值“8”没有对应的三级指标名称' }],
    },
    {
      name: 'two unnamed targets, in sheet order',
      table: departmentTable({ indicators: withIndicator(withIndicator(CLEAN_INDICATORS, 1, { name: '' }), 13, { name: '*' }) }),
      findings: [
        { cell: 'D16', message: '目标值“≥2万套”' },
        { cell: 'D28', message: '目标值“≥90%”' },
      ],
    },
    {
      name: 'project 三级指标 left empty',
      table: projectTable({ indicators: withIndicator(PROJECT_INDICATORS, 0, { name: '' }) }),
      findings: [{ cell: 'D11', message: '目标值“8家”没有对应的三级指标名称' }],
    },
    {
      name: 'project 三级指标 “-”',
      table: projectTable({ indicators: withIndicator(PROJECT_INDICATORS, 6, { name: '-' }) }),
      findings: [{ cell: 'D17', message: '目标值“≥97%”' }],
    },
  ],
});
