import { parseA1 } from '../grid/address';
import { Grid } from '../grid/grid';
import { translator } from '../i18n/i18n';
import { explainUnrecognised, Unrecognised } from '../recognize/diagnose';
import { LabelMap } from '../recognize/label-map';
import { round4, scoreTable } from '../compute/scoring';
import { isSelfEvaluation, PerformanceTable, TableKind } from '../model/table';
import { Finding } from '../rules/rule';
import { eachResult, scoringFor, ValidateOptions } from '../validate';
import type { LocatedTable } from '../reconcile/pair-tables';
import type { ReconciliationReport } from '../reconcile/reconcile';

/** The `table` object of DESIGN.md's JSON contract, plus where the table is and whose it is. */
export interface TableSummary {
  kind: TableKind;
  fiscalYear: number | null;
  unit: string | null;
  tasks: number;
  indicators: number;
  name: string | null;
  range: string;
  /** The table starts inside its indicator list (its header on a page before): only its rows were checked. */
  fragment?: true;
  /** Self-evaluation tables: what the checker computed, beside what was typed. */
  evaluation?: EvaluationSummary;
}

export interface EvaluationSummary {
  executionRate: number | null;
  budgetScore: number | null;
  indicators: { cell: string; name: string; weight: number | null; score: number | null; typed: number | null; notApplicable: boolean }[];
  total: number | null;
  grade: string | null;
}

export interface SheetReport {
  sheet: string;
  table: TableSummary | null;
  findings: Finding[];
  /** A sheet the workbook hides ('hidden') or hides from Excel's own menu ('veryHidden'): validated, and said. */
  hidden?: 'hidden' | 'veryHidden';
  /** With `table: null`, when the sheet looks like a table: which required part is missing. */
  unrecognised?: Unrecognised & { message: string };
}

export interface FileReport {
  file: string;
  /** Why the file could not be validated, in the report's language; null when it was read. */
  error: string | null;
  /** Stable reason id for `error` (`corrupt`, `encrypted`, `not-found` …). */
  errorCode?: string;
  sheets: SheetReport[];
}

export interface Summary {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  /** With a reconciliation: the pairs made and the tables left unpaired (DESIGN.md, Reconciliation). */
  pairs?: number;
  unpaired?: number;
}

export interface ValidationReport {
  files: FileReport[];
  /** Present when two or more tables were read: how they pair, and what differs between them. */
  reconciliation?: ReconciliationReport;
  summary: Summary;
}

function summarizeTable(table: PerformanceTable, options: ValidateOptions = {}): TableSummary {
  const summary: TableSummary = {
    kind: table.kind,
    fiscalYear: table.fiscalYear,
    unit: table.unit,
    tasks: table.tasks?.tasks.length ?? 0,
    indicators: table.indicators?.indicators.length ?? 0,
    name: table.name?.text || null,
    range: table.range,
  };
  if (table.fragment) summary.fragment = true;
  if (isSelfEvaluation(table.kind)) {
    const scores = scoreTable(table, scoringFor(options));
    summary.evaluation = {
      executionRate: scores.budget?.rate == null ? null : round4(scores.budget.rate),
      budgetScore: scores.budget?.computed ?? null,
      indicators: scores.indicators.map((s) => ({
        cell: s.indicator.evaluation?.score?.cell ?? s.indicator.name.cell,
        name: s.indicator.name.text,
        weight: s.effectiveWeight,
        score: s.computed,
        typed: s.typed,
        notApplicable: s.notApplicable,
      })),
      total: scores.total,
      grade: scores.grade,
    };
  }
  return summary;
}

/** A file's entry: every sheet's tables and findings. */
export function reportFile(file: string, grids: readonly Grid[], options: ValidateOptions = {}): FileReport {
  return reportFileAndTables(file, grids, options).report;
}

/** A file's entry, and the tables recognised in it, located for reconciliation. */
export function reportFileAndTables(file: string, grids: readonly Grid[], options: ValidateOptions = {}): { report: FileReport; tables: LocatedTable[] } {
  const tables: LocatedTable[] = [];
  const sheets = grids.flatMap((grid) => reportSheet(grid, options, (table) => tables.push({ file, sheet: grid.name, table })));
  return { report: { file, error: null, sheets }, tables };
}

/** One entry per table on the sheet, or a single `table: null` entry when it holds none. */
export function reportSheet(grid: Grid, options: ValidateOptions = {}, found?: (table: PerformanceTable) => void): SheetReport[] {
  // The sheet's labels found once: a sheet without a table is read again to say why.
  const labels = new LabelMap(grid);
  // Each table checked and summarised as it is read, and let go: only its findings are kept.
  const sheets: SheetReport[] = [];
  eachResult(grid, options, labels, ({ table, findings }) => {
    found?.(table);
    if (grid.hidden) markHidden(grid, findings);
    sheets.push({ sheet: grid.name, table: summarizeTable(table, options), findings });
  });
  if (sheets.length === 0) {
    const why = explainUnrecognised(grid, labels);
    if (!why) return [{ sheet: grid.name, table: null, findings: [] }];
    const message = translator(options.lang ?? 'zh-CN')(`common:unrecognised.${why.code}`, { ...why });
    return [{ sheet: grid.name, table: null, findings: [], unrecognised: { ...why, message } }];
  }
  return sheets;
}

/** Says of each finding in a row or column the sheet hides that it is there: marked, it would not be seen. */
function markHidden(grid: Grid, findings: Finding[]): void {
  for (const f of findings) {
    const { row, col } = parseA1(f.cell);
    const hidden = grid.hiddenAt(row, col);
    if (hidden) f.hidden = hidden;
  }
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(findings: readonly Finding[], counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 }): SeverityCounts {
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i].severity;
    if (severity === 'error') counts.errors++;
    else if (severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function summarize(files: FileReport[], reconciliation?: ReconciliationReport): Summary {
  // Counted list by list, not copied into one: a table's 37,000 findings were flattened and then
  // joined with the pairs' again (~7 ms).
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  let tables = 0;
  for (const f of files) {
    for (const sheet of f.sheets) {
      if (sheet.table) tables++;
      countSeverities(sheet.findings, counts);
    }
  }
  for (const pair of reconciliation?.pairs ?? []) countSeverities(pair.findings, counts);
  const summary: Summary = { files: files.length, tables, ...counts };
  if (reconciliation) {
    summary.pairs = reconciliation.pairs.length;
    summary.unpaired = reconciliation.unpaired.length;
  }
  return summary;
}

/**
 * Exit status of a run (DESIGN.md): 2 when no table was validated anywhere, 1 when errors were
 * found or a file could not be read, 0 otherwise (warnings allowed).
 */
export function exitStatus(report: ValidationReport): 0 | 1 | 2 {
  if (report.summary.tables === 0) return 2;
  if (report.summary.errors > 0 || report.files.some((f) => f.error !== null)) return 1;
  return 0;
}
