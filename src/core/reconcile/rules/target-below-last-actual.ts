import { isCostName, isLowerBetterName } from '../../rules/names';
import { externalRef } from '../compare';
import { defineReconcileRule } from '../rule';

/**
 * Whether less is better for a target: ≤ / < say so; a bare value is read as last year wrote it,
 * else as the scoring reads it (a ceiling for 控制率-like and cost indicators, a floor otherwise).
 */
function lowerIsBetter(comparator: string, lastComparator: string | null, name: string): boolean | null {
  if (comparator === '<=' || comparator === '<') return true;
  if (comparator === '>=' || comparator === '>') return false;
  if (comparator === 'between') return null;
  if (lastComparator === '<=' || lastComparator === '<') return true;
  if (lastComparator === '>=' || lastComparator === '>') return false;
  return isLowerBetterName(name) || isCostName(name);
}

/**
 * Units that measure alike: the same, or one side bare (`10` against `10辆`, as a bare actual is read
 * in its target's unit) — but never a bare number against a percentage, which may be a fraction.
 */
function sameUnit(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null) return b !== '%';
  if (b === null) return a !== '%';
  return false;
}

export default defineReconcileRule({
  meta: {
    code: 'target-below-last-actual',
    severity: 'warning',
    category: 'targets',
    relations: ['targets-vs-last-year'],
    docs: {
      'zh-CN': '本年目标值比上年自评表中同一指标的实际完成值更容易达到（目标值设置偏低）：越大越好的指标更低，越小越好的指标更高。',
      'en-US': "This year's target is easier than last year's actual of the same indicator (目标值设置偏低): lower where more is better, higher where less is better.",
    },
    messages: {
      default: {
        'zh-CN': '指标“{{name}}”的目标值 {{target}} 低于上年实际完成值 {{actual}}（{{where}}），目标值设置偏低',
        'en-US': 'Indicator “{{name}}”: the target {{target}} is below last year\'s actual {{actual}} ({{where}}): set too low',
      },
      ceiling: {
        'zh-CN': '指标“{{name}}”的目标值 {{target}} 高于上年实际完成值 {{actual}}（{{where}}），目标值设置偏松',
        'en-US': 'Indicator “{{name}}”: the target {{target}} is above last year\'s actual {{actual}} ({{where}}), where less is better: set too loose',
      },
    },
  },
  check({ pair, indicators, report }) {
    const last = pair.others[0];
    for (const { reviewed, other } of indicators.pairs) {
      const t = reviewed.target.value;
      const actual = other.evaluation?.actual;
      const a = actual?.value;
      if (!actual || t.kind !== 'quantity' || a?.kind !== 'quantity' || !sameUnit(t.unit, a.unit)) continue;
      const lastComparator = other.target.value.kind === 'quantity' ? other.target.value.comparator : null;
      const lower = lowerIsBetter(t.comparator, lastComparator, reviewed.name.text);
      if (lower === null) continue;
      const easier = lower ? t.value > a.value : t.value < a.value;
      if (!easier) continue;
      report({
        messageId: lower ? 'ceiling' : undefined,
        cell: reviewed.target.cell,
        related: { table: last, cell: actual.cell },
        data: { name: reviewed.name.text, target: reviewed.target.text, actual: actual.text, where: externalRef(last.file, last.sheet, actual.cell) },
        expected: actual.text,
        actual: reviewed.target.text,
      });
    }
  },
});
