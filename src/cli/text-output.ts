import { createColors } from 'picocolors';
import { Translate } from '../core/i18n/i18n';
import { SheetReport, ValidationReport } from '../core/report/report';
import { ReconciliationReport, TableRef } from '../core/reconcile/reconcile';
import { Finding } from '../core/rules/rule';
import { Severity } from '../core/rules/rule';

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Findings grouped by file and sheet, one line each, and a summary line. */
export function formatText(report: ValidationReport, t: Translate, color: boolean): string {
  // The caller decides (TTY, NO_COLOR), so colours are forced on or off here.
  const colors = createColors(color);
  const paint = (style: Style, text: string): string => colors[style](text);
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(paint('bold', printable(file.file)));
    if (file.error !== null) {
      lines.push(`  ${paint('red', printable(file.error))}`);
      continue;
    }
    for (const sheet of file.sheets) lines.push(...sheetLines(sheet, t, paint));
  }
  // A batch of unrelated submissions pairs nothing: the summary's counts say so, without a list.
  const r = report.reconciliation;
  if (r && (r.pairs.length > 0 || r.ambiguous.length > 0 || r.tooLarge !== undefined)) lines.push('', ...reconciliationLines(r, t, paint));
  const s = report.summary;
  const unreadable = report.files.filter((f) => f.error !== null).length;
  lines.push('');
  lines.push(
    t('cli:summary', { ...s }) +
      (unreadable > 0 ? t('cli:unreadableCount', { count: unreadable }) : '') +
      (s.pairs !== undefined ? t('cli:pairsCount', { pairs: s.pairs, unpaired: s.unpaired ?? 0 }) : ''),
  );
  return lines.join('\n') + '\n';
}

/** A table as the reconciliation lists it: file, sheet (a table printed a worksheet a page, its first and last: 第1页–第3页), name and year. */
function tableLabel(ref: TableRef, t: Translate): string {
  const year = ref.fiscalYear === null ? t('cli:yearUnknown') : t('cli:fiscalYear', { year: ref.fiscalYear });
  const sheet = ref.pages && ref.pages.length > 1 ? `${ref.pages[0]}–${ref.pages[ref.pages.length - 1]}` : ref.sheet;
  return printable([ref.file, sheet, ref.name ?? '', year].filter(Boolean).join('  '));
}

/** Unpaired tables listed in text; the JSON lists them all. */
const UNPAIRED_LISTED = 20;

/** Each pair with its findings; then the tables that could not be paired, or not surely. */
export function reconciliationLines(r: ReconciliationReport, t: Translate, paint: (style: Style, text: string) => string): string[] {
  const lines = [paint('bold', t('cli:reconciliation'))];
  for (const pair of r.pairs) {
    lines.push(`  ${paint('bold', t(`cli:relation.${pair.relation}`))}  ${paint('dim', t('cli:confidence', { confidence: pair.confidence }))}`);
    lines.push(`    ${tableLabel(pair.reviewed, t)}`);
    for (const o of pair.others) lines.push(`    ← ${tableLabel(o, t)}`);
    if (pair.relation !== 'projects-vs-department') lines.push(`    ${paint('dim', t('cli:indicatorPairs', { ...pair.indicators, pairs: pair.indicators.pairs.length }))}`);
    if (pair.findings.length === 0) lines.push(`      ${paint('green', t('cli:noFindings'))}`);
    lines.push(...findingLines(pair.findings, t, paint, '      ', true));
  }
  for (const p of r.tooLarge ?? []) {
    lines.push(`  ${paint('yellow', t('cli:pairTooLarge', { table: tableLabel(p.reviewed, t), others: p.others.map((o) => tableLabel(o, t)).join('；'), rows: thousands(p.rows), max: thousands(p.max) }))}`);
  }
  for (const a of r.ambiguous) lines.push(`  ${paint('yellow', t('cli:ambiguousTable', { table: tableLabel(a.table, t), candidates: a.candidates.map((c) => tableLabel(c, t)).join('；') }))}`);
  if (r.unpaired.length > 0) {
    lines.push(`  ${t('cli:unpairedTables')}`);
    for (const u of r.unpaired.slice(0, UNPAIRED_LISTED)) lines.push(`    ${paint('dim', tableLabel(u, t))}`);
    if (r.unpaired.length > UNPAIRED_LISTED) lines.push(`    ${paint('dim', t('cli:moreUnpaired', { count: r.unpaired.length - UNPAIRED_LISTED }))}`);
  }
  return lines;
}

/** Findings one a line: cell, severity, code, message (and the other table's cell, for a pair's). */
function findingLines(findings: readonly Finding[], t: Translate, paint: (style: Style, text: string) => string, indent: string, withRelated = false): string[] {
  const cellWidth = Math.max(0, ...findings.map((f) => f.cell.length));
  const codeWidth = Math.max(0, ...findings.map((f) => f.code.length));
  return findings.map((f) => {
    const severity = t(`common:severity.${f.severity}`);
    const related = withRelated && f.related ? paint('dim', `  ↔ ${printable(f.related)}`) : '';
    const hidden = f.hidden ? paint('dim', t(f.hidden === 'row' ? 'cli:hiddenRow' : 'cli:hiddenColumn')) : '';
    return `${indent}${f.cell.padEnd(cellWidth)}  ${paint(SEVERITY_STYLE[f.severity], severity)}  ${paint('dim', f.code.padEnd(codeWidth))}  ${printable(f.message)}${hidden}${related}`;
  });
}

function sheetLines(sheet: SheetReport, t: Translate, paint: (style: Style, text: string) => string): string[] {
  const table = sheet.table;
  const name = sheet.hidden ? `${sheet.sheet}${t('cli:hiddenSheet')}` : sheet.sheet;
  if (sheet.continues !== undefined) {
    const lines = [`  ${paint('bold', printable(name))}  ${paint('dim', printable(t('cli:continues', { sheet: sheet.continues })))}`];
    return [...lines, ...findingLines(sheet.findings, t, paint, '    ')];
  }
  if (!table) return [`  ${printable(name)}  ${paint('dim', printable(sheet.unrecognised ? t('cli:noTableWhy', { why: sheet.unrecognised.message }) : t('cli:noTable')))}`];
  const data = {
    kind: t(`common:kind.${table.kind}`),
    year: table.fiscalYear === null ? t('cli:yearUnknown') : t('cli:fiscalYear', { year: table.fiscalYear }),
    unit: table.unit ?? t('cli:unitUnknown'),
    tasks: table.tasks,
    indicators: table.indicators,
  };
  const heading = printable([name, table.name, table.range].filter(Boolean).join('  '));
  const lines = [`  ${paint('bold', heading)}`, `  ${paint('dim', t(table.kind === 'department-targets' ? 'cli:table' : 'cli:tableProject', data))}`];
  if (table.fragment) lines.push(`  ${paint('dim', t('cli:fragment'))}`);
  const e = table.evaluation;
  if (e) {
    const rate = e.executionRate === null ? '—' : `${Math.round(e.executionRate * 10000) / 100}%`;
    lines.push(`  ${t('cli:evaluation', { rate, total: e.total ?? '—', grade: e.grade ?? '—' })}`);
  }
  if (sheet.findings.length === 0) lines.push(`    ${paint('green', t('cli:noFindings'))}`);
  lines.push(...findingLines(sheet.findings, t, paint, '    '));
  return lines;
}


/** A count with thousands separators, as the reports write sizes and limits (1,048,576). */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Text from a workbook (cell text in messages, sheet and file names) with every control character
 * shown as an escape (`\x1b`), so that a cell cannot move the cursor or erase the report.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
