import { defineReconcileRule } from '../rule';
import { isSilent, sameTarget } from '../compare';

export default defineReconcileRule({
  meta: {
    code: 'target-changed',
    severity: 'error',
    category: 'targets',
    relations: ['self-evaluation-vs-targets'],
    docs: {
      'zh-CN': '自评表的年度指标值与批复的绩效目标表中同一指标的目标值不一致（比较符号、数值与单位）。',
      'en-US': "A self-evaluation's target (年度指标值) differs from the approved target of the same indicator (comparator, value, unit).",
    },
    messages: {
      default: {
        'zh-CN': '指标“{{name}}”的年度指标值“{{typed}}”与批复目标“{{approved}}”不一致',
        'en-US': 'Indicator “{{name}}”: the target “{{typed}}” differs from the approved “{{approved}}”',
      },
      near: {
        'zh-CN': '指标“{{name}}”（对应批复指标“{{otherName}}”，相似度 {{confidence}}）的年度指标值“{{typed}}”与批复目标“{{approved}}”不一致',
        'en-US': 'Indicator “{{name}}” (paired with the approved “{{otherName}}”, similarity {{confidence}}): the target “{{typed}}” differs from the approved “{{approved}}”',
      },
    },
  },
  check({ pair, indicators, report }) {
    for (const { reviewed, other, confidence } of indicators.pairs) {
      if (isSilent(reviewed.target.value) || isSilent(other.target.value)) continue;
      if (sameTarget(reviewed.target.value, other.target.value)) continue;
      const data = { name: reviewed.name.text, typed: reviewed.target.text, approved: other.target.text, otherName: other.name.text, confidence };
      report({
        messageId: confidence < 1 ? 'near' : undefined,
        cell: reviewed.target.cell,
        related: { table: pair.others[0], cell: other.target.cell },
        data,
        expected: other.target.text,
        actual: reviewed.target.text,
      });
    }
  },
});
