import rule from '../../src/core/rules/missing-level1';
import { testRule } from '../support/rule-tester';
import { CLEAN_INDICATORS, IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/* The finding sits on the header's 一级指标 cell: B14 in department tables, B10 in project tables. */
const ind = (l1: string, l2: string, name: string, target: string): IndicatorSpec => ({ l1, l2, name, target });

const withoutSatisfaction = CLEAN_INDICATORS.filter((i) => i.l1 !== '满意度');

testRule(rule, {
  valid: [
    {
      // A table with no indicator list at all, not even its header (a page cut before its list: a project's fund
      // lines only, under a cover line and moved right, 陈仓's ~moved-down variant): no list, no category it lacks.
      name: 'a table with no indicator header: nothing to say of its categories',
      table: {
        name: 'Sheet1',
        rows: [['附件2'], [], [], [null, null, null, '项目名称', '残疾人补助'], [null, null, null, '年度资金总额', 30], [null, null, null, '其中:财政拨款', 30]],
        merges: [],
      },
    },
    { name: 'clean department table: 产出, 效益 and 满意度 all present', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'without merges, the filled-down 一级 count', table: departmentTable({ merges: false }) },
    {
      name: 'one indicator each, spelled with 指标 and spaces',
      table: departmentTable({
        indicators: [
          ind('产出指标', '数量指标', '培训场次', '8场'),
          ind('效益 指标', '社会效益', '政策知晓率', '80%'),
          ind('满意度指标', '服务对象满意度', '企业满意度', '≥90%'),
        ],
      }),
    },
    {
      name: 'cb2021 with 成本 as a 一级 as well',
      profile: 'cb2021',
      table: departmentTable({
        indicators: [
          ind('成本', '经济成本', '平台运维成本', '≤400万元'),
          ind('产出', '数量', '培训场次', '8场'),
          ind('效益', '社会效益', '政策知晓率', '80%'),
          ind('满意度', '服务对象满意度', '企业满意度', '≥90%'),
        ],
      }),
    },
    // 社会效益 filed under a misspelt 一级: unknown-category speaks; the 效益 indicators are there.
    { name: 'a misspelt 一级 over a 效益 二级', table: departmentTable({ indicators: [...CLEAN_INDICATORS.filter((i) => i.l1 !== '效益'), ind('效', '社会效益', '政策知晓率', '80%')] }) },
    // 满意度 is optional: real wage and transfer projects have none (corpus d-sc-qingshen-wage-2023).
    { name: 'no 满意度 indicators', table: departmentTable({ indicators: withoutSatisfaction }) },
    {
      name: 'cb2021 does not require 成本',
      profile: 'cb2021',
      table: departmentTable({ indicators: withoutSatisfaction.filter((i) => i.l2 !== '成本').concat(CLEAN_INDICATORS.slice(-1)) }),
    },
  ],
  invalid: [
    {
      // A category's empty slot is no indicator of it (p-hb-huanggang-2020-soil-monitoring-eval).
      name: '效益 only as an empty slot (its 二级 written, nothing beside it)',
      table: departmentTable({ indicators: [...CLEAN_INDICATORS.filter((i) => i.l1 !== '效益'), ind('效益', '社会效益', '', '')] }),
      findings: [{ cell: 'B14', message: '“效益”' }],
    },
    {
      name: 'only 产出: 效益, once, at the header’s 一级指标 cell',
      table: departmentTable({ indicators: CLEAN_INDICATORS.filter((i) => i.l1 === '产出') }),
      findings: [{ cell: 'B14', message: '表中没有“效益”类指标' }],
    },
    {
      name: 'only 产出, without merges',
      table: departmentTable({ merges: false, indicators: CLEAN_INDICATORS.filter((i) => i.l1 === '产出') }),
      findings: [{ cell: 'B14', message: '“效益”' }],
    },
    {
      name: 'an indicator header with no rows: both required',
      table: departmentTable({ indicators: [] }),
      findings: [
        { cell: 'B14', message: '“产出”' },
        { cell: 'B14', message: '“效益”' },
      ],
    },
    {
      name: 'cb2021: 成本 does not stand in for 产出',
      profile: 'cb2021',
      table: departmentTable({
        indicators: [
          ind('成本', '经济成本', '平台运维成本', '≤400万元'),
          ind('效益', '社会效益', '政策知晓率', '80%'),
          ind('满意度', '服务对象满意度', '企业满意度', '≥90%'),
        ],
      }),
      findings: [{ cell: 'B14', message: '“产出”' }],
    },
    {
      name: 'project table without 效益',
      table: projectTable({ indicators: CLEAN_INDICATORS.filter((i) => i.l1 !== '效益') }),
      findings: [{ cell: 'B10', message: '表中没有“效益”类指标' }],
    },
  ],
});
