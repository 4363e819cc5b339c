/** How findings look in Excel: tagged conditional formats (colours and notes: ../marks.ts), never the cells' own formats. */
import { Severity } from '../../core/rules/rule';

/**
 * Marks are custom conditional formats whose rule carries this tag: the formula is always true
 * and names the severity, so the add-in finds its own formats again and deletes only those.
 */
export const MARK_TAG = 'budget-check';

export function markFormula(severity: Severity): string {
  return `=N("${MARK_TAG}:${severity}")=0`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARK_TAG}:`);
}
