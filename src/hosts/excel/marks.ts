/** How findings look in Excel: tagged conditional formats and notes, never the cells' own formats. */
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

/** Excel's own "light fill with dark text" presets: familiar, and legible in light and dark themes. */
export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E79' },
};

/** Notes written by the add-in start with this line, so they can be told from the person's own. */
export const NOTE_TAG = '【绩效表校验 Budget Check】';

export function noteText(messages: readonly string[]): string {
  return [NOTE_TAG, ...messages].join('\n');
}

export function isOurNote(content: string | null | undefined): boolean {
  return typeof content === 'string' && content.startsWith(NOTE_TAG);
}
