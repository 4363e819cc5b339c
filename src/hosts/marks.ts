/** How findings show in a workbook, in every host: one mark per cell, its colour, its note. */
import { Finding, SEVERITY_ORDER, Severity } from '../core/rules/rule';

/** Excel's own "light fill with dark text" presets: familiar, and legible in light and dark themes. */
export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E79' },
};

/** Notes written by the add-in start with this line, so they can be told from the person's own. */
export const NOTE_TAG = '【绩效表校验 Budget Check】';

/** The note for one cell: the tag, then each finding with its stable code so reviewers can look it up. */
export function noteText(findings: readonly Finding[]): string {
  return [NOTE_TAG, ...findings.map((f) => `${f.code}: ${f.message}`)].join('\n');
}

export function isOurNote(content: string | null | undefined): boolean {
  return typeof content === 'string' && content.startsWith(NOTE_TAG);
}

export interface MarkedCell {
  /** The most severe of the cell's findings. */
  severity: Severity;
  findings: Finding[];
}

/** Each marked cell once, with the most severe of its findings and all of them. */
export function markedCells(findings: readonly Finding[]): Map<string, MarkedCell> {
  const cells = new Map<string, MarkedCell>();
  for (const f of findings) {
    const cell = cells.get(f.cell);
    if (!cell) cells.set(f.cell, { severity: f.severity, findings: [f] });
    else {
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[cell.severity]) cell.severity = f.severity;
      cell.findings.push(f);
    }
  }
  return cells;
}
