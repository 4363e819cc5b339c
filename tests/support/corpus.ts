/**
 * The corpus of real published tables (tests/corpus/<id>/): each table's cells as published
 * (table.json) and what a careful reviewer expects of it (expected.json, written by hand before
 * the checker ran). Read by `npm run accuracy` and by the corpus tests.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { parseA1, parseRange } from '../../src/core/grid/address';
import { Grid, GridCell } from '../../src/core/grid/grid';

export const CORPUS_DIR = path.join(__dirname, '..', 'corpus');

export type Family = 'department-targets' | 'project-targets' | 'project-self-evaluation' | 'department-self-evaluation';

export interface CorpusSheet {
  name: string;
  /** Row 1 first; each row left to right from column A. null or missing: blank. */
  rows: (string | number | null)[][];
  /** Merged areas as published, A1 ranges. */
  merges?: string[];
  /** Number formats of numeric cells, by A1 address (`0"万元"`, `0.00%`). */
  formats?: Record<string, string>;
}

export interface CorpusTable {
  id: string;
  title: string;
  url: string;
  /** Province or municipality, or 中央部门. */
  region: string;
  /** The body that published it (county, city, department). */
  publisher: string;
  year: number;
  family: Family;
  /** central | flat-export | fujian-department | hunan-department | sichuan-self-evaluation | local … */
  layout: string;
  /** The stored page stopped before the table ended. */
  truncated: boolean;
  /** What was fixed (OCR damage), where the page was cut, how the layout was inferred. */
  notes: string[];
  sheets: CorpusSheet[];
}

export interface ExpectedFlag {
  sheet?: string;
  cell: string;
  /**
   * Other cells where a finding counts as this one: set by the variants that undo merged areas (a flag at
   * an area's first cell is at any of its cells once the area is filled or dropped), never written by hand.
   */
  alsoAt?: string[];
  /** Any of these codes at this cell counts as finding it. */
  codes: string[];
  why: string;
}

export interface ExpectedTable {
  sheet?: string;
  kind: Family;
  fiscalYear: number | null;
  unit: string | null;
  tasks: number;
  indicators: number;
}

export interface Expected {
  tables: ExpectedTable[];
  /** The cells a careful reviewer flags. */
  flags: ExpectedFlag[];
  /** Cells that look suspicious to a word list but are fine: a finding here is a false alarm (documentation; every unexpected finding is one). */
  mustNotFlag: { sheet?: string; cell: string; why: string }[];
  /** Findings that exist only because the page was cut: neither counted nor penalised. */
  truncation: { sheet?: string; cell: string; codes: string[]; why: string }[];
}

export interface CorpusEntry {
  id: string;
  dir: string;
  table: CorpusTable;
  expected: Expected;
  /** Codes a variant raises by design (number-as-text on a sheet of text numbers): not scored. */
  variantCodes?: readonly string[];
}

export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'table.json')) && existsSync(path.join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort()
    .map((id) => loadEntry(path.join(dir, id)));
}

/** Folders that hold only one of the two files (an entry half written). */
export function incompleteEntries(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'table.json')) !== existsSync(path.join(dir, d.name, 'expected.json')))
    .map((d) => d.name);
}

export function loadEntry(entryDir: string): CorpusEntry {
  const table = JSON.parse(readFileSync(path.join(entryDir, 'table.json'), 'utf8')) as CorpusTable;
  const expected = JSON.parse(readFileSync(path.join(entryDir, 'expected.json'), 'utf8')) as Expected;
  return { id: path.basename(entryDir), dir: entryDir, table, expected };
}

function cellOf(value: string | number | null | undefined, format: string | undefined): GridCell | null {
  if (value === null || value === undefined || value === '') return null;
  const cell: GridCell = { value };
  if (format !== undefined && typeof value === 'number') cell.format = format;
  return cell;
}

/** A corpus sheet as the engine sees it. */
export function sheetToGrid(sheet: CorpusSheet): Grid {
  const formats = new Map(Object.entries(sheet.formats ?? {}).map(([a1, f]) => [key(a1), f]));
  const cells = sheet.rows.map((row, r) => (row ?? []).map((v, c) => cellOf(v, formats.get(`${r}:${c}`))));
  return new Grid({ name: sheet.name, cells, merges: (sheet.merges ?? []).map(parseRange) });
}

function key(a1: string): string {
  const p = parseA1(a1);
  return `${p.row}:${p.col}`;
}

/** A corpus table as the .xlsx a reviewer would receive: values, merges and number formats. */
export async function tableToXlsx(table: CorpusTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of table.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const [a1, f] of Object.entries(sheet.formats ?? {})) ws.getCell(a1).numFmt = f;
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
