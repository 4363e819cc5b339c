import { numberIn } from '../compute/scoring';
import { isForeign, totalChecks, totalFix } from '../compute/totals';
import { formatAmount } from '../grid/numbers';
import { fold } from '../grid/text';
import { AmountField, goalTexts, PerformanceTable, TEXT_AMOUNT } from '../model/table';
import { defineRule, Report } from './rule';

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
      text: {
        'zh-CN': '文字中的总数 {{actual}}{{unit}} 与其中所列各项之和 {{expected}}{{unit}} 不符（相差 {{difference}}）',
        'en-US': 'The text states {{actual}} {{unit}} in all, but the parts it lists add up to {{expected}} {{unit}} (off by {{difference}})',
      },
      'tasks-fund': {
        'zh-CN': '资金总额为 {{actual}}，各任务金额之和为 {{expected}}（相差 {{difference}}）',
        'en-US': 'The fund total is {{actual}} but the tasks add up to {{expected}} (off by {{difference}})',
      },
      'task-part': {
        'zh-CN': '该任务金额为 {{actual}}，资金情况中同名一栏为 {{expected}}（相差 {{difference}}）',
        'en-US': 'This task’s amount is {{actual}}; the fund line of the same name says {{expected}} (off by {{difference}})',
      },
      sum: {
        'zh-CN': '合计为 {{actual}}，其上各项之和为 {{expected}}（相差 {{difference}}）',
        'en-US': 'The total is {{actual}} but the lines above it add up to {{expected}} (off by {{difference}})',
      },
      group: {
        'zh-CN': '“{{name}}”为 {{actual}}，其下各任务之和为 {{expected}}（相差 {{difference}}）',
        'en-US': '“{{name}}” is {{actual}} but the tasks under it add up to {{expected}} (off by {{difference}})',
      },
      fund: {
        'zh-CN': '年度资金总额为 {{actual}}，其中各项之和为 {{expected}}（相差 {{difference}}）',
        'en-US': '年度资金总额 is {{actual}} but its 其中 lines add up to {{expected}} (off by {{difference}})',
      },
      block: {
        'zh-CN': '“{{name}}”为 {{actual}}，其中各项之和为 {{expected}}（相差 {{difference}}）',
        'en-US': '“{{name}}” is {{actual}} but its 其中 lines add up to {{expected}} (off by {{difference}})',
      },
      itemised: {
        'zh-CN': '金额为 {{actual}}，旁边所列各项之和为 {{expected}}（相差 {{difference}}）',
        'en-US': 'The amount is {{actual}} but the parts listed beside it add up to {{expected}} (off by {{difference}})',
      },
      split: {
        'zh-CN': '“{{name}}”为 {{actual}}，与年度资金总额 {{expected}} 不符（相差 {{difference}}）',
        'en-US': '“{{name}}” comes to {{actual}} but the year’s funds total {{expected}} (off by {{difference}})',
      },
      formula: {
        'zh-CN': '“{{name}}”一行为 {{actual}}，按表头公式 {{formula}} 应为 {{expected}}（相差 {{difference}}）',
        'en-US': 'Row “{{name}}” has {{actual}}, but its heading’s formula {{formula}} gives {{expected}} (off by {{difference}})',
      },
    },
  },
  check({ table, report }) {
    for (const field of goalTexts(table)) {
      const sum = textSum(field.text);
      if (!sum || sum.total === sum.parts) continue;
      const data = { actual: formatAmount(sum.total / 100), expected: formatAmount(sum.parts / 100), difference: formatAmount(Math.abs(sum.total - sum.parts) / 100), unit: sum.unit };
      report({ messageId: 'text', cell: field.cell, data, expected: sum.parts / 100, actual: sum.total / 100 });
    }
    // Parts listed beside an amount (主体工程款:395.06 管理费:22.97): held to it where another line of
    // the table so listed adds up, showing the cells list parts and not something else.
    const itemised = (table.itemised ?? []).map((item) => {
      const value = numberIn(item.amount);
      return { item, amount: value === null ? null : Math.round(value * 100), parts: item.partsCents };
    });
    if (itemised.some((i) => i.amount === i.parts)) {
      for (const { item, amount, parts } of itemised) {
        if (amount === null || amount === parts) continue;
        report({ messageId: 'itemised', cell: item.amount.cell, related: item.parts.cell, data: { actual: formatAmount(amount / 100), expected: formatAmount(parts / 100), difference: formatAmount(Math.abs(amount - parts) / 100) }, expected: parts / 100, actual: amount / 100 });
      }
    }
    checkSplits(table, report);
    const checks = totalChecks(table);
    // Rows a SUM over the tasks must not cross: subtotals, headings, 其中 lines.
    const groupRows = new Set((table.tasks?.groups ?? []).map((g) => g.row));
    // A 金额合计 row that does not add up across because one of its column totals is wrong is
    // explained by that column's finding; reporting the row too would blame the right cells.
    const wrongColumns = new Set(checks.filter((c) => c.relation === 'column' && c.difference !== 0).map((c) => c.total.cell));
    for (const c of checks) {
      if (c.difference === 0) continue;
      if (c.relation === 'row' && [c.total, ...c.parts].some((a) => wrongColumns.has(a.cell))) continue;
      const { related, fix } = totalFix(table.sheet, c, groupRows);
      report({
        messageId: c.block !== undefined ? 'block' : c.relation,
        cell: c.total.cell,
        related,
        data: {
          actual: c.actual === null ? '—' : shown(c.total, c.actual),
          expected: formatAmount(c.expected),
          difference: formatAmount(c.difference),
          name: c.relation === 'group' ? (table.tasks?.groups.find((g) => g.total === c.total || g.parts.includes(c.total))?.label.text ?? '') : (c.block ?? c.formula?.row ?? ''),
          formula: c.formula?.text ?? '',
        },
        expected: c.expected,
        actual: c.actual,
        fix,
      });
    }
  },
});

/**
 * The year's money split by source and by use (湖南's 按收入性质分 / 按支出性质分): a split's typed amount is its
 * lines' sum, and the split (typed, else its lines' sum) is the year's money — any one of the total's
 * amounts (年初预算数, 全年预算数 or 全年执行数 in a self-evaluation): the form does not say which it splits.
 */
function checkSplits(table: PerformanceTable, report: (r: Report) => void): void {
  if (!table.fundSplits) return;
  // In cents, in the table's unit; null where not a number so read.
  const own = (a: AmountField | undefined): number | null => {
    const r = a?.reading;
    return r?.kind === 'number' && r.cents !== null && !isForeign(table, a) ? r.cents : null;
  };
  const e = table.evalFunds?.total;
  const year = [e?.executed, e?.budget, e?.initial, table.funds?.total.amount, table.fundSplitTotal].filter((a): a is AmountField => own(a) !== null);
  const money = (cents: number): string => formatAmount(cents / 100);
  for (const split of table.fundSplits) {
    const name = split.label.text.replace(/[:：].*$/s, '').trim();
    const lines = split.lines.filter((l) => own(l.amount) !== null);
    const sum = lines.reduce((t, l) => t + own(l.amount)!, 0);
    const typed = own(split.amount);
    if (typed !== null && lines.length > 0 && typed !== sum) {
      report({ messageId: 'block', cell: split.amount!.cell, data: { name, actual: money(typed), expected: money(sum), difference: money(Math.abs(typed - sum)) }, expected: sum / 100, actual: typed / 100 });
      continue;
    }
    const value = typed ?? (lines.length > 0 ? sum : null);
    if (value === null || year.length === 0 || year.some((a) => own(a) === value)) continue;
    const total = own(year[0])!;
    report({ messageId: 'split', cell: split.label.cell, related: year[0].cell, data: { name, actual: money(value), expected: money(total), difference: money(Math.abs(value - total)) }, expected: total / 100, actual: value / 100 });
  }
}

/** A total as the cell shows it: a share typed where an amount belongs (合计 | 100%) as its percentage. */
function shown(total: AmountField, value: number): string {
  const r = total.reading;
  if (r.kind !== 'number') return formatAmount(value);
  // Typed as text (100%, as a budget system exports the cell): as typed.
  if (r.asText && r.text !== undefined && /%\s*$/.test(r.text)) return r.text.trim();
  return (r.format ?? '').includes('%') ? `${Number((value * 100).toPrecision(12))}%` : formatAmount(value);
}

// A space may stand between an amount and its unit (30 万元), as text converted from Word writes it.
const STATED_TOTAL = /(?:共|总计|合计|总额|总共)[^。;；]{0,20}?(\d+(?:\.\d+)?)\s*(万元|元)/;

/**
 * A goal that states a total and lists its parts (本项目共申请预算资金90万元。其中：30万元用于…；
 * 30万元用于…): the total and the parts' sum in cents, when there are two parts or more in its unit.
 */
function textSum(text: string): { total: number; parts: number; unit: string } | null {
  const t = fold(text);
  const stated = STATED_TOTAL.exec(t);
  if (!stated) return null;
  const rest = t.slice(stated.index + stated[0].length);
  const at = rest.indexOf('其中');
  if (at < 0 || at > 10) return null;
  const unit = stated[2];
  const parts = [...rest.slice(at).matchAll(TEXT_AMOUNT)];
  if (parts.length < 2 || parts.some((m) => m[2] !== unit)) return null;
  const cents = (s: string): number => Math.round(Number(s) * 100);
  return { total: cents(stated[1]), parts: parts.reduce((sum, m) => sum + cents(m[1]), 0), unit };
}
