import { everyIndicator } from '../model/table';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'compound-target',
    severity: 'warning',
    category: 'targets',
    docs: {
      'zh-CN': '一个单元格里有多个目标值，应拆成多个指标。',
      'en-US': 'Several targets in one cell; they should be separate indicators.',
    },
    messages: {
      default: {
        'zh-CN': '目标值“{{target}}”包含 {{count}} 个目标，应拆分为 {{count}} 个三级指标',
        'en-US': 'Target “{{target}}” holds {{count}} targets; split it into {{count}} indicators',
      },
    },
  },
  check({ table, report }) {
    const indicators = everyIndicator(table);
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const v = ind.target.value;
      if (v.kind === 'compound') report({ cell: ind.target.cell, data: { target: ind.target.text, count: v.parts.length } });
    }
  },
});
