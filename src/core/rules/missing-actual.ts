import { isBlankOrPlaceholder } from '../grid/text';
import { headsItems, isSelfEvaluation } from '../model/table';
import { TargetValue } from '../model/target-value';
import { isNotApplicableName } from './names';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'missing-actual',
    severity: 'error',
    category: 'completeness',
    docs: {
      'zh-CN': '自评表中指标的实际完成值为空。',
      'en-US': 'A self-evaluation indicator without its actual value (实际完成值).',
    },
    messages: {
      default: { 'zh-CN': '指标“{{name}}”未填写实际完成值', 'en-US': 'Indicator “{{name}}” has no actual value (实际完成值)' },
      none: {
        'zh-CN': '指标“{{name}}”的实际完成值为“{{actual}}”，目标为 {{target}}，未写明完成了多少',
        'en-US': 'Indicator “{{name}}” gives its actual value as “{{actual}}” against a target of {{target}}: no result stated',
      },
      unnamed: { 'zh-CN': '第 {{row}} 行的指标未填写实际完成值', 'en-US': 'The indicator in row {{row}} has no actual value (实际完成值)' },
    },
  },
  check({ table, report }) {
    // A score sheet's criteria have no result column: they are scored on evidence.
    if (!isSelfEvaluation(table.kind) || table.indicators?.criteria) return;
    const indicators = table.indicators?.indicators ?? [];
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const actual = ind.evaluation?.actual;
      if (!actual) continue;
      // 无 (none) or 暂无 as the result of a rate to reach (政策性挂账利息补贴保障率 | 100% | 无, 衡山's, four of
      // five readings of r-hn-hengshan-2020-grain-reserve-eval): no result; under ≤ or 0 (差错率 | ≤1% | 无) it is one.
      if (actual.value.kind === 'empty' && !isBlankOrPlaceholder(actual.text) && ind.name.text !== '' && setsRate(ind.target.value)) {
        report({ messageId: 'none', cell: actual.cell, data: { name: ind.name.text, actual: actual.text, target: ind.target.text } });
        continue;
      }
      if (!isBlankOrPlaceholder(actual.text)) continue;
      // 不适用 rows need no actual; nor a row with neither name nor target (missing-target speaks for it).
      if (isNotApplicableName(ind.name.text) || ind.target.value.kind === 'not-applicable') continue;
      if (ind.target.value.kind === 'empty' && ind.name.text === '') continue;
      // A scored heading over its items (★…): the items carry the results.
      if (headsItems(indicators, i)) continue;
      report(ind.name.text === '' ? { messageId: 'unnamed', cell: actual.cell, data: { row: ind.row + 1 } } : { cell: actual.cell, data: { name: ind.name.text } });
    }
  },
});

/**
 * A rate to reach (≥90%, 100%), not a ceiling or a zero: 无 is no rate. Under a count (≥100人次 | 无) it is an
 * answer, none, which the score then judges.
 */
function setsRate(t: TargetValue): boolean {
  return t.kind === 'quantity' && t.family === 'ratio' && t.value > 0 && (t.comparator === '=' || t.comparator === '>=' || t.comparator === '>');
}
