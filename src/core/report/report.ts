import { Grid } from '../grid/grid';
import { PerformanceTable, TableKind } from '../model/table';
import { Finding } from '../rules/rule';
import { ValidateOptions, validateGrid } from '../validate';

/** The `table` object of DESIGN.md's JSON contract, plus where the table is and whose it is. */
export interface TableSummary {
  kind: TableKind;
  fiscalYear: number | null;
  unit: string | null;
  tasks: number;
  indicators: number;
  name: string | null;
  range: string;
}

export interface SheetReport {
  sheet: string;
  table: TableSummary | null;
  findings: Finding[];
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
}

export interface ValidationReport {
  files: FileReport[];
  summary: Summary;
}

export function summarizeTable(table: PerformanceTable): TableSummary {
  return {
    kind: table.kind,
    fiscalYear: table.fiscalYear,
    unit: table.unit,
    tasks: table.tasks?.tasks.length ?? 0,
    indicators: table.indicators?.indicators.length ?? 0,
    name: table.name?.text || null,
    range: table.range,
  };
}

/** One entry per table on the sheet, or a single `table: null` entry when it holds none. */
export function reportSheet(grid: Grid, options: ValidateOptions = {}): SheetReport[] {
  const results = validateGrid(grid, options);
  if (results.length === 0) return [{ sheet: grid.name, table: null, findings: [] }];
  return results.map((r) => ({ sheet: grid.name, table: summarizeTable(r.table), findings: r.findings }));
}

export function summarize(files: FileReport[]): Summary {
  const summary: Summary = { files: files.length, tables: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const sheet of file.sheets) {
      if (sheet.table) summary.tables++;
      for (const f of sheet.findings) {
        if (f.severity === 'error') summary.errors++;
        else if (f.severity === 'warning') summary.warnings++;
        else summary.infos++;
      }
    }
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
