import { BudgetScore, isFractionReading, round4 } from '../compute/scoring';
import { defineRule, RuleContext } from './rule';
import { allNumeric, fmt, formulaPatch, scoresOf, typedRateRight, valuePatch } from './evaluation';

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
      noAmounts: {
        'zh-CN': '执行率填为 {{typed}}%，但预算数和执行数均未填写，无法得出',
        'en-US': 'Execution rate is typed {{typed}}% but 预算数 and 执行数 are both blank: nothing gives it',
      },
      noExecuted: {
        'zh-CN': '执行率填为 {{typed}}%，但执行数未填写，无法由 执行数 ÷ 预算数 {{budget}} 得出',
        'en-US': 'Execution rate is typed {{typed}}% but 执行数 is blank: nothing ÷ 预算数 {{budget}} gives it',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    if (!scores) return;
    // The total line, and each 其中 line scored on its own (its 分值 and 得分 typed; 临翔's, p-yn-linxiang-2023-wildlife-shelter-eval).
    for (const b of [scores.budget, ...scores.budgetParts]) if (b) checkLine(context, b);
  },
});

/** A fund cell left blank (a placeholder counts as blank), or absent from the form. */
function isBlank(field: { reading: { kind: string } } | undefined): boolean {
  return field === undefined || field.reading.kind === 'empty';
}

function checkLine(context: RuleContext, b: BudgetScore): void {
  // A rate typed over a blank 执行数 rests on a spending the table never states (塘湖镇's 100%,
  // y-hb-tongcheng-tanghu-2020-dept-eval); a rate of 0 over nothing spent says the same as the blank.
  if (b.rate === null && b.typedRate !== null && b.typedRate > 0 && b.line.rate && b.line.executed?.reading.kind === 'empty') {
    const typed = fmt(b.typedRate * 100);
    if (b.budgetAmount !== null && b.budgetAmount > 0) context.report({ messageId: 'noExecuted', cell: b.line.rate.cell, data: { typed, budget: fmt(b.budgetAmount) }, actual: round4(b.typedRate) });
    // No amount at all (重庆's 76% over blank 预算数 and 执行数, a second reading of d-cq-kexuecheng-dept-2021).
    else if (b.budgetAmount === null && isBlank(b.line.budget ?? b.line.initial)) context.report({ messageId: 'noAmounts', cell: b.line.rate.cell, data: { typed }, actual: round4(b.typedRate) });
    return;
  }
  const computed = b.rate;
  const typedRate = b.typedRate;
  if (computed === null || typedRate === null || typedRateRight(b) !== false) return;
  const typed = typedRate * 100;
  const expected = computed * 100;
  const { line } = b;
  const rate = line.rate!;
  // A formula gives a fraction: right for a cell shown as a percentage, not for one typed as 95.
  const fraction = rate.reading.kind === 'number' && isFractionReading(rate.reading);
  const numeric = fraction && !b.fromParts && allNumeric([rate, line.executed, line.budget]);
  context.report({
    cell: rate.cell,
    data: { typed: fmt(typed), expected: fmt(expected), executed: fmt(b.executedAmount!), budget: fmt(b.budgetAmount!) },
    expected: round4(computed),
    actual: round4(typedRate),
    fix: numeric
      ? formulaPatch(context.table.sheet, rate.cell, `=${line.executed!.cell}/${line.budget!.cell}`, computed)
      : valuePatch(context.table.sheet, rate.cell, rate.reading.kind !== 'number' ? `${expected.toFixed(2)}%` : fraction ? computed : Math.round(expected * 100) / 100),
  });
}
