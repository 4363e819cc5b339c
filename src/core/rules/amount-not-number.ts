import { allAmounts } from '../model/amounts';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'amount-not-number',
    severity: 'error',
    category: 'amounts',
    docs: { 'zh-CN': '金额单元格无法读作数字。', 'en-US': 'An amount cell cannot be read as a number.' },
    messages: {
      default: { 'zh-CN': '金额“{{text}}”不是数字', 'en-US': 'Amount “{{text}}” is not a number' },
    },
  },
  check({ table, report }) {
    const amounts = allAmounts(table);
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i];
      if (a.reading.kind === 'invalid') report({ cell: a.cell, data: { text: a.reading.text }, actual: a.reading.text });
    }
  },
});
