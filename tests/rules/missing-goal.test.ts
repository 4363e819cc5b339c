import rule from '../../src/core/rules/missing-goal';
import { testRule } from '../support/rule-tester';
import { Grid } from '../../src/core/grid/grid';
import { departmentTable, findCell, projectTable, SheetSpec, withCell } from '../support/tables';

/*
 * Department: 年度总体目标 label in A13, its text in B13 (merged B13:G13).
 * Project: 年度目标 label in A9, its text in B9. Both titles are in A1.
 */

/** The table with its goal row's label and text cleared. */
function withoutGoalRow(spec: SheetSpec, label: string): SheetSpec {
  const at = findCell(spec, label);
  const row = at.replace(/^[A-Z]+/, '');
  return withCell(withCell(spec, at, undefined), `B${row}`, undefined);
}

/** 浮梁's department form (n-jx-fuliang-2026-forestry): the duties in B2, the goal in B3. */
const withDuties = (duties: string, goal: string): Grid =>
  Grid.fromValues('表', [
    ['部门名称:', '浮梁县林业局'],
    ['*部门职能职责概述', duties],
    ['*年度绩效总目标', goal],
    ['一级指标', '二级指标', '三级指标', '目标值'],
    ['产出指标', '数量指标', '湿地保有量', '4900公顷'],
    ['效益指标', '生态效益指标', '森林覆盖率', '≥75%'],
  ]);

testRule(rule, {
  valid: [
    { name: 'a goal that says more than the duties', table: withDuties('保证林业局职能实现,保障人员经费。', '保证林业局职能实现，完成湿地保护4900公顷。') },
    { name: 'short duties and goal alike: too little to call a copy', table: withDuties('护林', '护林') },
    { name: 'a goal naming its project and saying more', table: projectTable({ projectName: '自然资源卫片执法补助经费', goal: '完成自然资源卫片执法补助经费的拨付，核查图斑100%。' }) },
    // Project forms and flat exports often have no goal row (corpus g-sc-jingyan-mata-2023): only a department's form must.
    { name: 'project table with no goal row at all', table: withoutGoalRow(projectTable(), '年度目标') },
    // A department's form read no further than its tasks, no indicator list either: a page cut before its goal (泸县's).
    {
      name: 'department table with tasks and no goal row or indicator list (a cut page)',
      table: Grid.fromValues('表', [
        ['2024年部门整体支出绩效目标申报表'],
        ['部门名称', '泸县文化广电旅游局'],
        ['任务名称', '主要内容', '预算金额(万元)'],
        ['基本支出', '人员类、公用经费等运转类支出', 1478.75],
        ['项目支出', '文旅融合', 216.8],
      ]),
    },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'department table without merged cells', table: departmentTable({ merges: false }) },
    { name: 'a short goal', table: departmentTable({ goal: '保障运转。' }) },
    { name: 'a goal that starts with 无 is not the placeholder 无', table: departmentTable({ goal: '无障碍设施改造全覆盖。' }) },
    { name: 'a goal that starts with a dash', table: projectTable({ goal: '- 保障平台稳定运行' }) },
    {
      name: 'a goal written under its label instead of beside it',
      table: withCell(withCell(departmentTable({ merges: false, goal: '' }), 'A13', '年度总体目标'), 'A14', '完成年度各项工作任务。'),
    },
  ],
  invalid: [
    {
      name: 'a goal that copies the duties, whatever the punctuation (n-jx-fuliang-2026-forestry)',
      table: withDuties('保证林业局职能实现,保障人员经费。', '保证林业局职能实现，保障人员经费'),
      findings: [{ cell: 'B3', message: '年度总体目标与部门职能职责概述（B2）一字不差，没有写明本年度要达到的目标' }],
    },
    {
      // Corpus j-yn-lijiang-2020-satellite: 预期目标 and 实际完成情况 both only the fund's name.
      name: 'a goal that only repeats the project’s name',
      table: projectTable({ projectName: '2020年省级自然资源卫片执法补助经费', goal: '自然资源卫片执法补助经费' }),
      findings: [{ cell: 'B9', message: '年度总体目标“自然资源卫片执法补助经费”只重复了名称，没有写明目标' }],
    },
    {
      // Corpus c-hebei-langfang-2019: the goal cell holds only 43.2.
      name: 'a goal that is only a number',
      table: departmentTable({ goal: '43.2' }),
      findings: [{ cell: findCell(departmentTable({ goal: '43.2' }), '43.2'), message: '年度总体目标只有数字“43.2”，没有写明目标' }],
    },
    {
      // Corpus d-sc-qingshen-wage-2023: the form's instruction left in place.
      name: 'an instruction left where the goal belongs',
      table: departmentTable({ goal: '请填写本年度部门整体绩效目标' }),
      findings: [{ cell: findCell(departmentTable({ goal: '请填写本年度部门整体绩效目标' }), '请填写本年度部门整体绩效目标'), message: '未填写年度总体目标' }],
    },
    {
      name: 'department goal left empty',
      table: departmentTable({ goal: '' }),
      findings: [{ cell: 'B13', message: '未填写年度总体目标' }],
    },
    {
      name: 'department goal of spaces only',
      table: departmentTable({ goal: '   ' }),
      findings: [{ cell: 'B13', message: '未填写年度总体目标' }],
    },
    {
      name: 'department goal of ideographic spaces only',
      table: departmentTable({ goal: '\u3000\u3000' }),
      findings: [{ cell: 'B13' }],
    },
    {
      name: 'department goal left empty, no merged cells',
      table: departmentTable({ goal: '', merges: false }),
      findings: [{ cell: 'B13' }],
    },
    {
      name: 'a placeholder “-” is no goal',
      table: departmentTable({ goal: '-' }),
      findings: [{ cell: 'B13', message: '未填写年度总体目标' }],
    },
    {
      name: 'a placeholder “无” is no goal',
      table: departmentTable({ goal: '无' }),
      findings: [{ cell: 'B13' }],
    },
    {
      name: 'a placeholder “／” (full width) is no goal',
      table: projectTable({ goal: '／' }),
      findings: [{ cell: 'B9' }],
    },
    {
      name: 'project goal left empty',
      table: projectTable({ goal: '' }),
      findings: [{ cell: 'B9', message: '未填写年度总体目标' }],
    },
    {
      name: 'project goal of spaces only',
      table: projectTable({ goal: ' \u00a0 ' }),
      findings: [{ cell: 'B9' }],
    },
    {
      name: 'department table with no goal row at all: reported at the title',
      table: withoutGoalRow(departmentTable(), '年度总体目标'),
      findings: [{ cell: 'A1', message: '表中没有“年度总体目标”一栏' }],
    },
  ],
});
