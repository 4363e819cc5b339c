import { Patch } from '../compute/patch';
import { AmountField } from '../model/table';
import { scoreTable, TableScore } from '../compute/scoring';
import { isSelfEvaluation } from '../model/table';
import { RuleContext } from './rule';

/** The scores of a self-evaluation table, or null for other tables (self-evaluation rules skip them). */
export function scoresOf({ table, scoring }: RuleContext): TableScore | null {
  return isSelfEvaluation(table.kind) ? scoreTable(table, scoring) : null;
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

