import { defineReconcileRule } from '../rule';

export default defineReconcileRule({
  meta: {
    code: 'indicator-ambiguous',
    severity: 'info',
    category: 'completeness',
    relations: ['self-evaluation-vs-targets', 'targets-vs-last-year'],
    docs: {
      'zh-CN': '指标名称与另一张表中的几个指标同样相近，无法确定对应关系：未作比较，请人工核对。',
      'en-US': 'An indicator name as near to several indicators of the other table: not paired, so not compared; a person must check.',
    },
    messages: {
      default: {
        'zh-CN': '指标“{{name}}”可能对应另一张表的“{{candidates}}”，无法确定，未作比较',
        'en-US': 'Indicator “{{name}}” could be any of “{{candidates}}” in the other table; not compared',
      },
    },
  },
  check({ pair, indicators, report }) {
    for (const { reviewed, candidates } of indicators.ambiguous) {
      report({
        cell: reviewed.name.cell,
        related: { table: pair.others[0], cell: candidates[0].name.cell },
        data: { name: reviewed.name.text, candidates: candidates.map((c) => c.name.text).join('”“') },
      });
    }
  },
});
