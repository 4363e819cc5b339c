import rule from '../../src/core/rules/duplicate-task';
import { testRule } from '../support/rule-tester';
import { CLEAN_TASKS, departmentTable, projectTable, TaskSpec } from '../support/tables';

/* Department task names are in column A from row 7 (CLEAN_TASKS[k] in row 7 + k). */
const task = (name: string, fiscal = 10): TaskSpec => ({ name, content: `${name}相关工作。`, fiscal, other: 0 });

testRule(rule, {
  valid: [
    { name: 'clean department table', table: departmentTable() },
    { name: 'project tables have no task block', table: projectTable() },
    { name: 'names that share a prefix', table: departmentTable({ tasks: [task('企业人才建设'), task('企业人才建设（二期）')] }) },
    { name: 'the same content under different names', table: departmentTable({ tasks: [{ ...task('平台运维'), content: '运维。' }, { ...task('平台安全'), content: '运维。' }] }) },
    { name: 'rows without a task name are not duplicates of each other', table: departmentTable({ tasks: [task(''), task('基本支出'), task('')] }) },
    { name: 'no merged cells', table: departmentTable({ merges: false }) },
  ],
  invalid: [
    {
      name: 'the same name twice: the second occurrence, related to the first',
      table: departmentTable({ tasks: [...CLEAN_TASKS, { ...CLEAN_TASKS[0], content: '另一项内容。' }] }),
      findings: [{ cell: 'A12', related: 'A7', message: '任务“企业人才建设”与 A7 重复' }],
    },
    {
      name: 'adjacent duplicates',
      table: departmentTable({ tasks: [task('基本支出'), task('基本支出', 20)] }),
      findings: [{ cell: 'A8', related: 'A7', message: '任务“基本支出”与 A7 重复' }],
    },
    {
      name: 'a space inside the name does not make it another task',
      table: departmentTable({ tasks: [task('企业人才建设'), task('劳务派遣'), task('企业人才 建设')] }),
      findings: [{ cell: 'A9', related: 'A7', message: '任务“企业人才 建设”与 A7 重复' }],
    },
    {
      name: 'full-width and half-width letters are the same name',
      table: departmentTable({ tasks: [task('IT运维'), task('ＩＴ运维')] }),
      findings: [{ cell: 'A8', related: 'A7', message: '任务“ＩＴ运维”' }],
    },
    {
      name: 'letter case does not make it another task',
      table: departmentTable({ tasks: [task('OA系统维护'), task('oa系统维护')] }),
      findings: [{ cell: 'A8', related: 'A7' }],
    },
    {
      name: 'three times: two findings, both related to the first',
      table: departmentTable({ tasks: [task('课题调研'), task('基本支出'), task('课题调研'), task('课题调研')] }),
      findings: [
        { cell: 'A9', related: 'A7' },
        { cell: 'A10', related: 'A7' },
      ],
    },
    {
      name: 'two different names each repeated',
      table: departmentTable({ tasks: [task('甲'), task('乙'), task('乙'), task('甲')] }),
      findings: [
        { cell: 'A9', related: 'A8', message: '任务“乙”与 A8 重复' },
        { cell: 'A10', related: 'A7', message: '任务“甲”与 A7 重复' },
      ],
    },
    {
      name: 'no merged cells',
      table: departmentTable({ merges: false, tasks: [task('基本支出'), task('基本支出')] }),
      findings: [{ cell: 'A8', related: 'A7' }],
    },
  ],
});
