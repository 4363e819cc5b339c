import { isBlankOrPlaceholder } from '../grid/text';
import { headsItems, isSelfEvaluation } from '../model/table';
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
      if (!actual || !isBlankOrPlaceholder(actual.text)) continue;
      // 不适用 rows need no actual; nor a row with neither name nor target (missing-target speaks for it).
      if (isNotApplicableName(ind.name.text) || ind.target.value.kind === 'not-applicable') continue;
      if (ind.target.value.kind === 'empty' && ind.name.text === '') continue;
      // A scored heading over its items (★…): the items carry the results.
      if (headsItems(indicators, i)) continue;
      report(ind.name.text === '' ? { messageId: 'unnamed', cell: actual.cell, data: { row: ind.row + 1 } } : { cell: actual.cell, data: { name: ind.name.text } });
    }
  },
});
