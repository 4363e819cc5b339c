import { defineReconcileRule } from '../rule';

export default defineReconcileRule({
  meta: {
    code: 'indicator-added',
    severity: 'warning',
    category: 'completeness',
    relations: ['self-evaluation-vs-targets'],
    docs: {
      'zh-CN': '自评表中有批复的绩效目标表中没有的指标。',
      'en-US': 'An indicator in the self-evaluation that the approved target table does not have.',
    },
    messages: {
      default: { 'zh-CN': '指标“{{name}}”不在批复的绩效目标中', 'en-US': 'Indicator “{{name}}” is not among the approved targets' },
    },
  },
  check({ indicators, report }) {
    for (const ind of indicators.added) report({ cell: ind.name.cell, data: { name: ind.name.text } });
  },
});
