import { Patch } from '../compute/patch';
import { AmountField } from '../model/table';
import { BudgetScore, scoreTable, TableScore } from '../compute/scoring';
import { isSelfEvaluation } from '../model/table';
import { RuleContext } from './rule';

/** The scores of a self-evaluation table, or null for other tables (self-evaluation rules skip them). */
export function scoresOf({ table, scoring }: RuleContext): TableScore | null {
  return isSelfEvaluation(table.kind) ? scoreTable(table, scoring) : null;
}

/** Decimals a percentage was typed with (`95%` → 0, `95.00%` → 2, 0.9504 → 2), at most 2. */
function decimals(percent: number, typed: string | undefined): number {
  const s = typed ?? String(Math.round(percent * 1e6) / 1e6);
  const m = /\.(\d+)/.exec(s);
  return Math.min(2, m ? m[1].length : 0);
}

/**
 * The budget line's typed 执行率 is its computed one at the precision it was typed with (59.58% typed
 * 60%), or null where either is missing: the rate rate-mismatch lets stand.
 */
export function typedRateRight(b: BudgetScore): boolean | null {
  if (b.rate === null || b.typedRate === null || !b.line.rate) return null;
  // Most tables type the rate exactly: no precision to work out (asked of every table of a batch).
  if (Math.abs(b.rate - b.typedRate) < 1e-9) return true;
  const typed = b.typedRate * 100;
  const reading = b.line.rate.reading;
  // A fraction typed to one decimal (施甸's 0.1 for 94 ÷ 650 = 0.1446, nn-yn-shidian-2019-new-agri-entities-eval):
  // right at the fraction's own precision. (A whole 1 for 95% is not: one is 100%, no precision.)
  if (reading.kind === 'number' && !reading.format?.includes('%') && reading.value <= 1.5) {
    const fd = /\.(\d+)$/.exec(String(reading.value))?.[1].length ?? 0;
    if (fd === 1) return b.rate.toFixed(1) === reading.value.toFixed(1);
  }
  const d = decimals(typed, reading.kind === 'invalid' ? reading.text : reading.kind === 'number' ? reading.format?.match(/0\.(0+)%/)?.[0] : undefined);
  return (b.rate * 100).toFixed(d) === typed.toFixed(d);
}

/** Scores are kept to the cent: a difference below half of one is no difference. */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.005 + 1e-9;
}

/** Two decimals, as scores and rates are shown. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Whether a formula over these cells computes what they show: each holds a real number (Excel skips numbers typed as text). */
export function allNumeric(fields: readonly (AmountField | undefined)[]): boolean {
  return fields.every((f) => f?.reading.kind === 'number' && !f.reading.asText);
}

export function formulaPatch(sheet: string, cell: string, formula: string, value: number): Patch[] {
  return [{ op: 'set-formula', sheet, cell, formula, value }];
}

export function valuePatch(sheet: string, cell: string, value: number | string): Patch[] {
  return [{ op: 'set-value', sheet, cell, value }];
}

