import { scoresOf } from './evaluation';
import { defineRule } from './rule';
import { isSelfEvaluation } from '../model/table';
import { impliedUnit } from './names';

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
      notNumber: {
        'zh-CN': '实际完成值“{{actual}}”不是数值，无法与目标值“{{target}}”比较，请填写实际完成的数量',
        'en-US': 'Actual value “{{actual}}” is not a number and cannot be compared with the target “{{target}}”; write the amount achieved',
      },
      fraction: {
        'zh-CN': '实际完成值“{{actual}}”是小数，目标值“{{target}}”是百分比：是否指 {{percent}}%？请写明单位（未按 {{actual}}% 计分）',
        'en-US': 'Actual value “{{actual}}” is a fraction and the target “{{target}}” a percentage: is {{percent}}% meant? Write the unit (not scored as {{actual}}%)',
      },
    },
  },
  check(context) {
    if (!isSelfEvaluation(context.table.kind)) return;
    const scored = scoresOf(context)?.indicators ?? [];
    for (let i = 0; i < scored.length; i++) {
      const s = scored[i];
      if (!s.fractionAsked) continue;
      const actual = s.indicator.evaluation!.actual;
      const percent = String(Math.round(Number(actual.value.kind === 'quantity' ? actual.value.value : 0) * 10000) / 100);
      context.report({ messageId: 'fraction', cell: actual.cell, data: { actual: actual.text, target: s.indicator.target.text, percent }, expected: '%', actual: null });
    }
    const indicators = context.table.indicators?.indicators ?? [];
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const t = ind.target.value;
      const a = ind.evaluation?.actual.value;
      // 完成 (or any word) where a number was set (≤30万元, or 63 under 成本控制数(万元): 蔡甸's,
      // ll-hb-caidian-2021-forest-fire-eval): the result cannot be measured against it.
      // So is a compound target's first figure (100%1000件, as a converter joins two cells: 蔡甸's fourth and fifth readings).
      // Figures only, no time: a list of deadlines (6月份完成宣传片制作;9月份完成文本) is met by 完成.
      const figures = t.kind === 'compound' && t.parts.every((p) => p.kind === 'quantity' && p.family !== 'time');
      const set = t.kind === 'compound' ? (figures ? t.parts[0] : undefined) : t;
      if (a && set?.kind === 'quantity' && a.kind === 'qualitative' && !/\d/.test(a.text)) {
        const unit = set.unit ?? impliedUnit(ind)?.unit ?? null;
        if (unit !== null) {
          context.report({ messageId: 'notNumber', cell: ind.evaluation!.actual.cell, data: { actual: ind.evaluation!.actual.text, target: ind.target.text }, expected: unit, actual: null });
          continue;
        }
      }
      if (!a || t.kind !== 'quantity' || t.unit === null || a.kind !== 'quantity') continue;
      // A bare number under a target with a unit (`50` for `≥50个`) is written in the target's unit.
      if (a.unit === t.unit || a.unit === null) continue;
      // 万 alone for 万元 (200万 | 195.5万元, 黄石's, gg-hb-huangshi-2022-sponge-city-application-eval): the slip is the
      // target's own finding (unit-mismatch), the units the same money.
      if (sameMoney(t.unit, a.unit)) continue;
      const data = { actual: ind.evaluation!.actual.text, actualUnit: a.unit ?? '', target: ind.target.text, targetUnit: t.unit };
      context.report({ cell: ind.evaluation!.actual.cell, data, expected: t.unit, actual: a.unit });
    }
  },
});

/** 万 and 万元, 亿 and 亿元: a bare multiplier is the money unit it stands for. */
function sameMoney(a: string, b: string): boolean {
  return (a === '万' && b === '万元') || (a === '万元' && b === '万') || (a === '亿' && b === '亿元') || (a === '亿元' && b === '亿');
}
