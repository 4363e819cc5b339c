import Big from 'big.js';
import { totalChecks } from '../compute/totals';
import { formatAmount, toNumber } from '../grid/numbers';
import { defineRule } from './rule';

/** Rounded to the cent, half away from zero, as Excel shows a `0.00` amount. */
const cents = (v: Big): Big => v.round(2, Big.roundHalfUp);

export default defineRule({
  meta: {
    code: 'total-mismatch',
    severity: 'error',
    category: 'amounts',
    docs: {
      'zh-CN': '合计与各分项之和不符：金额合计列、每行总额（财政拨款 + 其他资金）、项目年度资金总额。',
      'en-US': 'A total differs from the sum of its parts: 金额合计 columns, each row’s 总额, a project’s 年度资金总额.',
    },
    messages: {
      column: {
        'zh-CN': '金额合计为 {{actual}}，各任务之和为 {{expected}}（相差 {{difference}}）',
        'en-US': 'Column total is {{actual}} but the tasks add up to {{expected}} (off by {{difference}})',
      },
      row: {
        'zh-CN': '总额为 {{actual}}，与其中各项之和 {{expected}} 不符（相差 {{difference}}）',
        'en-US': 'Row total is {{actual}} but its parts add up to {{expected}} (off by {{difference}})',
      },
      fund: {
        'zh-CN': '年度资金总额为 {{actual}}，其中各项之和为 {{expected}}（相差 {{difference}}）',
        'en-US': '年度资金总额 is {{actual}} but its 其中 lines add up to {{expected}} (off by {{difference}})',
      },
    },
  },
  check({ table, report }) {
    for (const c of totalChecks(table)) {
      const actual = c.actual ?? c.expected.times(0);
      // Amounts are kept to the cent (RULES.md): parts with more digits (万元 computed as =A1/10000)
      // that add up to the total as shown are right, and a sub-cent gap would read "off by 0.00".
      const difference = cents(c.expected).minus(cents(actual)).abs();
      if (difference.eq(0)) continue;
      report({
        messageId: c.relation,
        cell: c.total.cell,
        related: c.related,
        data: {
          actual: c.actual === null ? '—' : formatAmount(c.actual),
          expected: formatAmount(c.expected),
          difference: formatAmount(difference),
        },
        expected: toNumber(c.expected),
        actual: c.actual === null ? null : toNumber(c.actual),
        fix: c.fix,
      });
    }
  },
});
