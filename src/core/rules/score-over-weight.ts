import { defineRule } from './rule';
import { differs, fmt, scoresOf } from './evaluation';

export default defineRule({
  meta: {
    code: 'score-over-weight',
    severity: 'error',
    category: 'scores',
    docs: { 'zh-CN': '得分高于分值。', 'en-US': 'A score above its weight.' },
    messages: {
      default: {
        'zh-CN': '“{{name}}”得分 {{typed}} 高于其分值 {{weight}}',
        'en-US': '“{{name}}” is scored {{typed}}, above its weight {{weight}}',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    if (!scores) return;
    const b = scores.budget;
    if (b?.typed != null && b.line.score && differs(Math.min(b.typed, b.weight), b.typed)) {
      context.report({ cell: b.line.score.cell, data: { name: b.line.label.text, typed: fmt(b.typed), weight: fmt(b.weight) }, expected: `<= ${fmt(b.weight)}`, actual: b.typed });
    }
    for (let i = 0; i < scores.indicators.length; i++) {
      const s = scores.indicators[i];
      const cell = s.indicator.evaluation?.score?.cell;
      // A weight no row gives, as the block's points and the other scores imply it (inferWeights).
      const weight = s.effectiveWeight ?? (s.inferredScore === undefined ? s.inferredWeight : undefined) ?? null;
      if (!cell || s.typed === null || weight === null || !differs(Math.min(s.typed, weight), s.typed)) continue;
      context.report({ cell, data: { name: s.indicator.name.text, typed: fmt(s.typed), weight: fmt(weight) }, expected: `<= ${fmt(weight)}`, actual: s.typed });
    }
  },
});
