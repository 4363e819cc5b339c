import { formatAmount } from '../grid/numbers';
import { allAmounts } from '../model/amounts';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'number-as-text',
    severity: 'warning',
    category: 'amounts',
    docs: {
      'zh-CN': '金额以文本形式录入（仍计入合计，但 Excel 的 SUM 会忽略它）。',
      'en-US': 'An amount is typed as text (it still counts here, but Excel’s SUM skips it).',
    },
    messages: {
      default: {
        'zh-CN': '金额“{{text}}”是文本格式，按 {{value}} 计算；Excel 求和会忽略它',
        'en-US': 'Amount “{{text}}” is stored as text; read as {{value}}, but Excel’s SUM ignores it',
      },
    },
  },
  check({ table, report }) {
    const amounts = allAmounts(table);
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i];
      // `10000万元` in a 万元 table says its unit; another unit is unit-mismatch's to report.
      if (a.reading.kind === 'number' && a.reading.asText && a.reading.unit === undefined) {
        report({ cell: a.cell, data: { text: a.reading.text ?? '', value: formatAmount(a.reading.value) } });
      }
    }
  },
});
