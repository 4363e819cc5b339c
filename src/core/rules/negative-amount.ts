import { formatAmount } from '../grid/numbers';
import { allAmounts } from '../model/amounts';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'negative-amount',
    severity: 'error',
    category: 'amounts',
    docs: { 'zh-CN': '金额小于零。', 'en-US': 'An amount below zero.' },
    messages: {
      default: { 'zh-CN': '金额 {{value}} 为负数', 'en-US': 'Amount {{value}} is negative' },
    },
  },
  check({ table, report }) {
    const amounts = allAmounts(table);
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i];
      if (a.reading.kind === 'number' && a.reading.value < 0) {
        report({ cell: a.cell, data: { value: formatAmount(a.reading.value) }, actual: a.reading.value });
      }
    }
  },
});
