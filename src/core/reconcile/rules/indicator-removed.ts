import { defineReconcileRule } from '../rule';

export default defineReconcileRule({
  meta: {
    code: 'indicator-removed',
    severity: 'warning',
    category: 'completeness',
    relations: ['self-evaluation-vs-targets'],
    docs: {
      'zh-CN': '批复的绩效目标表中的指标在自评表中没有出现（标在自评表的三级指标表头）。',
      'en-US': "An approved indicator the self-evaluation leaves out (marked at the self-evaluation's indicator-name header).",
    },
    messages: {
      default: {
        'zh-CN': '批复的指标“{{name}}”（{{level2}}，目标 {{target}}）未出现在自评表中',
        'en-US': 'The approved indicator “{{name}}” ({{level2}}, target {{target}}) is missing from the self-evaluation',
      },
    },
  },
  check({ pair, indicators, report }) {
    const header = pair.reviewed.table.indicators?.header.name;
    if (!header) return;
    for (const ind of indicators.removed) {
      report({ cell: header, related: { table: pair.others[0], cell: ind.name.cell }, data: { name: ind.name.text, level2: ind.level2.text, target: ind.target.text } });
    }
  },
});
