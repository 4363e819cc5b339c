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
      blankTotal: {
        'zh-CN': '“{{label}}”未填写金额，其中各项也没有金额：表中没有写明资金',
        'en-US': '“{{label}}” is left blank and no line under it holds an amount: the table states no money',
      },
    },
  },
  check({ table, report }) {
    const amounts = allAmounts(table);
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i];
      if (a.reading.kind === 'invalid') report({ cell: a.cell, data: { text: a.reading.text }, actual: a.reading.text });
    }
    // The project's money left out altogether (乐昌's 年度金额, 巫溪's 下达资金总额 over 参见附件1具体金额:
    // vv-gd-lechang-2018-vocational-aid-targets, vv-cq-wuxi-2025-rural-housing-targets). With a line's
    // amount typed, the total is total-mismatch's to report.
    const funds = table.funds;
    // A label carrying its amount (资金总额:704) is read elsewhere.
    if (funds && funds.total.amount.reading.kind === 'empty' && !/\d/.test(funds.total.label.text) && !funds.parts.some((p) => p.amount.reading.kind === 'number')) {
      report({ messageId: 'blankTotal', cell: funds.total.amount.cell, data: { label: funds.total.label.text } });
    }
  },
});
