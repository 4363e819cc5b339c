import { everyIndicator } from '../model/table';
import { isBlankOrPlaceholder } from '../grid/text';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'missing-indicator-name',
    severity: 'error',
    category: 'completeness',
    docs: { 'zh-CN': '有目标值但没有三级指标名称。', 'en-US': 'A target without a third-level indicator (三级指标) name.' },
    messages: {
      default: {
        'zh-CN': '目标值“{{target}}”没有对应的三级指标名称',
        'en-US': 'Target “{{target}}” has no indicator (三级指标) name',
      },
    },
  },
  check({ table, report }) {
    const indicators = everyIndicator(table);
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      if (isBlankOrPlaceholder(ind.name.text) && ind.target.value.kind !== 'empty') report({ cell: ind.name.cell, data: { target: ind.target.text } });
    }
  },
});
