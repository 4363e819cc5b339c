import { fold } from '../grid/text';
import { achievement, bandOf, IndicatorScore } from '../compute/scoring';
import { defineRule } from './rule';
import { differs, fmt, scoresOf } from './evaluation';
import { isLowerBetterName } from './names';

export default defineRule({
  meta: {
    code: 'missing-deviation-reason',
    severity: 'warning',
    category: 'scores',
    docs: {
      'zh-CN': '得分低于分值（或执行率低于 90%；表中无分值时，实际完成值未达到目标值），但未填写偏差原因分析及改进措施。',
      'en-US': 'A score below its weight (or an execution rate below 90%; in a table without weights, a result short of its target) without a deviation reason (偏差原因分析及改进措施).',
    },
    messages: {
      default: {
        'zh-CN': '“{{name}}”得分 {{score}} 低于分值 {{weight}}，请填写偏差原因分析及改进措施',
        'en-US': '“{{name}}” scores {{score}} of {{weight}}: give the reason for the shortfall and the remedy',
      },
      unmet: {
        'zh-CN': '“{{name}}”实际完成值“{{actual}}”未达到目标值“{{target}}”，请填写未完成原因和改进措施',
        'en-US': '“{{name}}” reports “{{actual}}” against the target “{{target}}”: give the reason for the shortfall and the remedy',
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
      if (!reason || reason.text.trim() !== '' || s.notApplicable) continue;
      if (s.weight === null) {
        // No weights to score against (the central transfer payments' 自评表): a result short of its target needs its reason.
        if (s.typed === null && isUnmet(s)) context.report({ messageId: 'unmet', cell: reason.cell, data: { name: s.indicator.name.text, actual: s.indicator.evaluation!.actual.text, target: s.indicator.target.text } });
        continue;
      }
      if (s.effectiveWeight === null) continue;
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

/**
 * A result short of its target, read without a weight: a number under it, or a word saying the work
 * is not done (未完成, 建设中; 朝天's, w-sc-chaotian-2023-fitness-center-eval).
 */
function isUnmet(s: IndicatorScore): boolean {
  const { target } = s.indicator;
  const actual = s.indicator.evaluation!.actual;
  if (actual.value.kind === 'qualitative' || actual.value.kind === 'date') {
    const band = bandOf(actual.text);
    return band === 'partial' || band === 'missed';
  }
  const ratio = achievement(target.value, actual.value, isLowerBetterName(s.indicator.name.text));
  return ratio !== null && ratio < 1 - 1e-9;
}
