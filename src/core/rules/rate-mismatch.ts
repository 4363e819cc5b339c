import { numberIn } from '../compute/scoring';
import { defineRule } from './rule';
import { fmt, scoresOf, valuePatch } from './evaluation';

/** Decimals of a typed percentage (`95%` → 0, `95.04%` → 2), at most 2. */
function decimals(percent: number): number {
  const s = String(Math.round(percent * 1e6) / 1e6);
  return Math.min(2, s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
}

export default defineRule({
  meta: {
    code: 'rate-mismatch',
    severity: 'error',
    category: 'scores',
    docs: {
      'zh-CN': '填写的执行率与 全年执行数 ÷ 全年预算数（或调整后预算数）不符。',
      'en-US': 'A typed execution rate (执行率) differs from 全年执行数 ÷ 全年预算数 (or 调整后预算数).',
    },
    messages: {
      default: {
        'zh-CN': '执行率填为 {{typed}}%，按 执行数 {{executed}} ÷ 预算数 {{budget}} 应为 {{expected}}%',
        'en-US': 'Execution rate is typed {{typed}}% but 执行数 {{executed}} ÷ 预算数 {{budget}} is {{expected}}%',
      },
    },
  },
  check(context) {
    const b = scoresOf(context)?.budget;
    if (!b || b.rate === null || b.typedRate === null || !b.line.rate) return;
    const typed = b.typedRate * 100;
    const d = decimals(typed);
    const expected = b.rate * 100;
    if (expected.toFixed(d) === typed.toFixed(d)) return;
    const { line } = b;
    const rate = line.rate!;
    const numeric = [rate, line.executed, line.budget].every((f) => f?.reading.kind === 'number' && !f.reading.asText);
    context.report({
      cell: rate.cell,
      data: { typed: fmt(typed), expected: fmt(expected), executed: fmt(numberIn(line.executed)!), budget: fmt(numberIn(line.budget)!) },
      expected: Math.round(b.rate * 10000) / 10000,
      actual: Math.round(b.typedRate * 10000) / 10000,
      fix: numeric
        ? [{ op: 'set-formula', sheet: context.table.sheet, cell: rate.cell, formula: `=${line.executed!.cell}/${line.budget!.cell}`, value: b.rate }]
        : valuePatch(context.table.sheet, rate.cell, rate.reading.kind === 'number' ? b.rate : `${expected.toFixed(2)}%`),
    });
  },
});
