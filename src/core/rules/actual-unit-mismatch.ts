import { defineRule } from './rule';
import { isSelfEvaluation } from '../model/table';

export default defineRule({
  meta: {
    code: 'actual-unit-mismatch',
    severity: 'warning',
    category: 'scores',
    docs: { 'zh-CN': '实际完成值的单位与目标值的单位不一致。', 'en-US': 'The actual value’s unit differs from the target’s.' },
    messages: {
      default: {
        'zh-CN': '实际完成值“{{actual}}”的单位“{{actualUnit}}”与目标值“{{target}}”的单位“{{targetUnit}}”不一致',
        'en-US': 'Actual value “{{actual}}” is in {{actualUnit}}, the target “{{target}}” in {{targetUnit}}',
      },
      missing: {
        'zh-CN': '实际完成值“{{actual}}”缺少单位，目标值“{{target}}”的单位为“{{targetUnit}}”',
        'en-US': 'Actual value “{{actual}}” has no unit; the target “{{target}}” is in {{targetUnit}}',
      },
    },
  },
  check(context) {
    if (!isSelfEvaluation(context.table.kind)) return;
    for (const ind of context.table.indicators?.indicators ?? []) {
      const t = ind.target.value;
      const a = ind.evaluation?.actual.value;
      if (!a || t.kind !== 'quantity' || t.unit === null || a.kind !== 'quantity') continue;
      if (a.unit === t.unit) continue;
      const data = { actual: ind.evaluation!.actual.text, actualUnit: a.unit ?? '', target: ind.target.text, targetUnit: t.unit };
      context.report({ messageId: a.unit === null ? 'missing' : 'default', cell: ind.evaluation!.actual.cell, data, expected: t.unit, actual: a.unit });
    }
  },
});
