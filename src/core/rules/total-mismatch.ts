import { totalChecks, totalFix } from '../compute/totals';
import { formatAmount } from '../grid/numbers';
import { defineRule } from './rule';

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
    const checks = totalChecks(table);
    // A 金额合计 row that does not add up across because one of its column totals is wrong is
    // explained by that column's finding; reporting the row too would blame the right cells.
    const wrongColumns = new Set(checks.filter((c) => c.relation === 'column' && c.difference !== 0).map((c) => c.total.cell));
    for (const c of checks) {
      if (c.difference === 0) continue;
      if (c.relation === 'row' && [c.total, ...c.parts].some((a) => wrongColumns.has(a.cell))) continue;
      const { related, fix } = totalFix(table.sheet, c);
      report({
        messageId: c.relation,
        cell: c.total.cell,
        related,
        data: {
          actual: c.actual === null ? '—' : formatAmount(c.actual),
          expected: formatAmount(c.expected),
          difference: formatAmount(c.difference),
        },
        expected: c.expected,
        actual: c.actual,
        fix,
      });
    }
  },
});
