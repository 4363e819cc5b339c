import { nameKey } from '../grid/text';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'duplicate-task',
    severity: 'warning',
    category: 'completeness',
    docs: { 'zh-CN': '同一任务名称出现两次。', 'en-US': 'The same task name twice.' },
    messages: {
      default: { 'zh-CN': '任务“{{name}}”与 {{first}} 重复', 'en-US': 'Task “{{name}}” repeats {{first}}' },
    },
  },
  check({ table, report }) {
    const first = new Map<string, string>();
    const tasks = table.tasks?.tasks ?? [];
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      const key = nameKey(task.name.text);
      if (key === '') continue;
      const earlier = first.get(key);
      if (earlier) report({ cell: task.name.cell, related: earlier, data: { name: task.name.text, first: earlier } });
      else first.set(key, task.name.cell);
    }
  },
});
