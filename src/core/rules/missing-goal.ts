import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'missing-goal',
    severity: 'error',
    category: 'completeness',
    docs: { 'zh-CN': '年度总体目标为空。', 'en-US': 'The annual overall goal (年度总体目标) is empty.' },
    messages: {
      default: { 'zh-CN': '未填写年度总体目标', 'en-US': 'The annual goal (年度总体目标) is empty' },
      noLabel: {
        'zh-CN': '表中没有“年度总体目标”一栏',
        'en-US': 'The table has no 年度总体目标 (annual goal) row',
      },
    },
  },
  check({ table, report }) {
    if (!table.goal) {
      report({ messageId: 'noLabel', cell: table.title?.cell ?? table.range.split(':')[0] });
    } else if (table.goal.text === '') {
      report({ cell: table.goal.cell });
    }
  },
});
