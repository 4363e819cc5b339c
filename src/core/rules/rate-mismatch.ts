import { BudgetScore, isFractionReading, numberIn, percentIn, round4 } from '../compute/scoring';
import { AmountField } from '../model/table';
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
      formula: {
        'zh-CN': '“{{name}}”一行为 {{typed}}，按表头公式 {{formula}} 应为 {{expected}}%',
        'en-US': 'Row “{{name}}” has {{typed}}, but its heading’s formula {{formula}} gives {{expected}}%',
      },
      zeroBudget: {
        'zh-CN': '执行率填为 {{typed}}%，但预算数和执行数均为 0，0 ÷ 0 得不出执行率（应留空或填“—”）',
        'en-US': 'Execution rate is typed {{typed}}% but 预算数 and 执行数 are both 0: 0 ÷ 0 gives no rate (leave it blank or —)',
      },
      noExecuted: {
        'zh-CN': '执行率填为 {{typed}}%，但执行数未填写，无法由 执行数 ÷ 预算数 {{budget}} 得出',
        'en-US': 'Execution rate is typed {{typed}}% but 执行数 is blank: nothing ÷ 预算数 {{budget}} gives it',
      },
    },
  },
  check(context) {
    checkFormulaRatios(context);
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
  // Nothing budgeted and nothing spent, and a rate typed all the same (彩票公益金 | 0 | 0 | 100%, 霍山's,
  // ai-ah-huoshan-2024-medical-aid-eval): 0 ÷ 0 is no rate.
  if (b.rate === null && b.typedRate !== null && b.typedRate > 0 && b.line.rate && b.budgetAmount === 0 && b.executedAmount === 0) {
    context.report({ messageId: 'zeroBudget', cell: b.line.rate.cell, data: { typed: fmt(b.typedRate * 100) }, actual: round4(b.typedRate) });
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

/**
 * A rate its heading gives as a ratio of other columns (Fujian's 支出实现率(%) ⑥=⑤/④), row by row, in
 * any table: right at the precision it was typed with, as a fraction (0.93) or in percent (99.92).
 */
function checkFormulaRatios(context: RuleContext): void {
  const fb = context.table.formulaBlock;
  if (!fb) return;
  for (const f of fb.formulas) {
    if (f.kind !== 'ratio') continue;
    for (const row of fb.rows) {
      const typed = row.cells.get(f.target)!;
      const [num, den] = f.operands.map((c) => numberIn(row.cells.get(c)));
      if (typed.reading.kind === 'empty' || num === null || den === null || den === 0) continue;
      const computed = (num / den) * 100;
      const shown = shownPercents(typed);
      if (shown.length === 0 || shown.some((p) => computed.toFixed(p.decimals) === p.value.toFixed(p.decimals))) continue;
      context.report({
        messageId: 'formula',
        cell: typed.cell,
        data: { name: row.name.text, typed: typed.reading.kind === 'number' ? fmt(typed.reading.value) : typed.reading.kind === 'invalid' ? typed.reading.text : '', formula: f.text, expected: fmt(computed) },
        expected: round4(computed / 100),
        actual: shown[0].value / 100,
      });
    }
  }
}

/** The percentages a typed rate may mean, with the decimals shown: 0.93 as 93% (or 0.93%), 99.92 as 99.92%, `93%`. */
function shownPercents(field: AmountField): { value: number; decimals: number }[] {
  const r = field.reading;
  if (r.kind === 'number') {
    if (r.format?.includes('%')) return [{ value: r.value * 100, decimals: Math.min(2, (/0\.(0+)%/.exec(r.format)?.[1].length ?? 0)) }];
    const d = /\.(\d+)/.exec(String(r.value))?.[1].length ?? 0;
    // A plain number: a fraction (0.93 = 93%, shown to the percent) or typed in percent (0.08 = 0.08%).
    return [{ value: r.value * 100, decimals: Math.max(0, Math.min(2, d - 2)) }, { value: r.value, decimals: Math.min(2, d) }];
  }
  const p = percentIn(field);
  if (p === null) return [];
  const d = /\.(\d+)\s*%/.exec(r.kind === 'invalid' ? r.text : '')?.[1].length ?? 0;
  return [{ value: p * 100, decimals: Math.min(2, d) }];
}
