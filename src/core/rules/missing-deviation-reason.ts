import { fold } from '../grid/text';
import { defineRule } from './rule';
import { differs, fmt, scoresOf } from './evaluation';

export default defineRule({
  meta: {
    code: 'missing-deviation-reason',
    severity: 'warning',
    category: 'scores',
    docs: {
      'zh-CN': '得分低于分值（或执行率低于 90%），但未填写偏差原因分析及改进措施。',
      'en-US': 'A score below its weight (or an execution rate below 90%) without a deviation reason (偏差原因分析及改进措施).',
    },
    messages: {
      default: {
        'zh-CN': '“{{name}}”得分 {{score}} 低于分值 {{weight}}，请填写偏差原因分析及改进措施',
        'en-US': '“{{name}}” scores {{score}} of {{weight}}: give the reason for the shortfall and the remedy',
      },
      rate: {
        'zh-CN': '预算执行率为 {{rate}}%，低于 {{threshold}}%，请在“{{name}}”的偏差原因中说明',
        'en-US': 'The execution rate is {{rate}}%, below {{threshold}}%: explain it in “{{name}}”’s reason',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    if (!scores) return;
    const rate = scores.budget?.rate ?? null;
    for (let i = 0; i < scores.indicators.length; i++) {
      const s = scores.indicators[i];
      const reason = s.indicator.evaluation?.reason;
      if (!reason || reason.text.trim() !== '' || s.effectiveWeight === null) continue;
      // The lower of computed and typed: either falling short needs a reason.
      const score = Math.min(...[s.computed, s.typed].filter((x): x is number => x !== null));
      if (Number.isFinite(score) && differs(score, s.effectiveWeight) && score < s.effectiveWeight) {
        context.report({ cell: reason.cell, data: { name: s.indicator.name.text, score: fmt(score), weight: fmt(s.effectiveWeight) } });
      } else if (rate !== null && rate < context.scoring.reasonRateBelow && /执行率/.test(fold(s.indicator.name.text))) {
        // A table that scores 预算执行率 as an indicator explains a low rate there.
        context.report({ messageId: 'rate', cell: reason.cell, data: { name: s.indicator.name.text, rate: fmt(rate * 100), threshold: fmt(context.scoring.reasonRateBelow * 100) } });
      }
    }
  },
});
