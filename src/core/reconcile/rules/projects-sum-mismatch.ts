import { AmountField, PerformanceTable } from '../../model/table';
import { nameKey } from '../../grid/text';
import { LocatedTable } from '../pair-tables';
import { defineReconcileRule } from '../rule';
import { differ, inUnit, inUnitOf, inYuan } from '../compare';
import { nameSimilarity, nearAmong } from '../similarity';

/** A task carries a project's amount when named as the project is, or all but so. */
const SAME_TASK = 0.9;

/** A project table's amount: 年度资金总额, or a self-evaluation's 年初预算数. */
function projectAmount(p: PerformanceTable): AmountField | undefined {
  return p.funds?.total.amount ?? p.evalFunds?.total.initial;
}

/** The department's 项目支出 line, in its fund block or its self-evaluation's budget lines. */
function projectLine(d: PerformanceTable): AmountField | undefined {
  const isProjects = (label: string): boolean => /^(其中:?)?项目支出/.test(nameKey(label));
  return d.funds?.parts.find((p) => isProjects(p.label.text))?.amount ?? d.evalFunds?.parts.find((p) => isProjects(p.label.text))?.initial;
}

export default defineReconcileRule({
  meta: {
    code: 'projects-sum-mismatch',
    severity: 'error',
    category: 'amounts',
    relations: ['projects-vs-department'],
    docs: {
      'zh-CN': '部门整体表的项目支出（或与项目同名的任务金额）与其各项目表的资金总额之和不一致。',
      'en-US': "The department table's 项目支出 (or the task named like a project) differs from the sum of its project tables.",
    },
    messages: {
      default: {
        'zh-CN': '项目支出 {{typed}} 与 {{count}} 张项目表的资金总额之和 {{sum}} 不一致（{{parts}}）',
        'en-US': '项目支出 {{typed}} differs from the sum of its {{count}} project tables, {{sum}} ({{parts}})',
      },
      task: {
        'zh-CN': '任务“{{name}}”的金额 {{typed}} 与项目表的资金总额 {{sum}} 不一致',
        'en-US': 'Task “{{name}}”: {{typed}} differs from its project table\'s total {{sum}}',
      },
    },
  },
  check({ pair, report }) {
    const dept = pair.reviewed.table;
    const projects = pair.others.map((p) => ({ p, field: projectAmount(p.table), yuan: inYuan(projectAmount(p.table), p.table) }));
    const line = projectLine(dept);
    const relatedOf = (p: LocatedTable, field: AmountField | undefined): { table: LocatedTable; cell: string } | undefined => (field ? { table: p, cell: field.cell } : undefined);
    if (line) {
      const typed = inYuan(line, dept);
      if (typed === null || projects.some((x) => x.yuan === null)) return;
      const sum = projects.reduce((s, x) => s + x.yuan!, 0);
      if (!differ(typed, sum)) return;
      report({
        cell: line.cell,
        related: relatedOf(projects[0].p, projects[0].field),
        data: {
          typed: inUnitOf(typed, dept),
          sum: inUnitOf(sum, dept),
          count: projects.length,
          parts: projects.map((x) => `${x.p.table.name?.text ?? x.p.sheet} ${inUnitOf(x.yuan!, dept)}`).join(' + '),
        },
        expected: inUnit(sum, dept),
        actual: inUnit(typed, dept),
      });
      return;
    }
    // No 项目支出 line: a task named like exactly one project carries that project's amount. Each
    // project looks among the tasks' names through their characters (3,000 tasks, 1,000 projects).
    const tasks = dept.tasks?.tasks ?? [];
    const named = tasks.flatMap((t, task) => [t.name.text, ...(t.texts ?? [])].map((text) => ({ text, task })));
    const near = nearAmong(named, (n) => n.text);
    for (const x of projects) {
      const name = x.p.table.name?.text;
      if (!name || x.yuan === null) continue;
      const alike = new Set(near(name, SAME_TASK).filter((n) => nameSimilarity(n.text, name) >= SAME_TASK).map((n) => n.task));
      const task = alike.size === 1 ? tasks[[...alike][0]] : undefined;
      if (!task?.total) continue;
      const typed = inYuan(task.total, dept);
      if (typed === null || !differ(typed, x.yuan)) continue;
      report({
        messageId: 'task',
        cell: task.total.cell,
        related: relatedOf(x.p, x.field),
        data: { name: task.name.text, typed: inUnitOf(typed, dept), sum: inUnitOf(x.yuan, dept) },
      });
    }
  },
});
