/**
 * The pane's 对照年初目标 / Compare with approved targets: the open sheet's table against a table
 * of a chosen file or of another sheet of this workbook. The two are paired with `explicitPair`
 * (which also decides which of them is reviewed) and reconciled with `reconcilePair`. No React,
 * no Office here: the hook reads the grids, this decides what they mean.
 */
import { Grid } from '../core/grid/grid';
import { recognizeSheet } from '../core/recognize/recognize';
import { explicitPair, LocatedTable, locateTables, TablePair } from '../core/reconcile/pair-tables';
import { PairReport, reconcilePair, TableRef, tableRef } from '../core/reconcile/reconcile';
import '../core/reconcile/registry';
import { reportFileAndTables } from '../core/report/report';
import { Lang } from '../core/rules/rule';
// The reasons a chosen file cannot be read, in both languages (file:failure.*).
import '../hosts/file/messages';
import { WorkbookReadError } from '../hosts/file/read-error';

/** What the person chose to compare the open sheet with. */
export type CompareSource = { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'sheet'; sheet: string };

/** Why there is nothing to compare, said in one line by the pane. */
export type CompareProblem =
  | { code: 'no-table'; sheet: string }
  | { code: 'other-no-table'; source: string }
  | { code: 'unreadable'; source: string; reason: string; detail?: string }
  | { code: 'unrelated'; open: TableRef; other: TableRef };

export interface Comparison {
  /** The file name or the sheet name chosen. */
  source: string;
  /** The pair found and its findings; null when there is a problem instead. */
  report: PairReport | null;
  /** True when the reviewed table is in the open workbook, so its findings can be marked there. */
  local: boolean;
  problem: CompareProblem | null;
}

/**
 * The grids of a chosen workbook (.xlsx, .xlsm or .xls), read in the browser by the linear reader, fetched on first use so
 * the pane opens without it; large parts are inflated by the browser's own zlib where it has one,
 * off the pane's thread. A file that is not a workbook throws WorkbookReadError.
 */
export async function readChosenFile(bytes: Uint8Array): Promise<Grid[]> {
  const [{ readWorkbookAsync }, { platformInflate }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-reader" */ '../hosts/file/read-workbook'),
    import(/* webpackChunkName: "xlsx-reader" */ '../hosts/file/zip'),
  ]);
  return (await readWorkbookAsync(bytes, { inflateAsync: platformInflate })).map((s) => s.grid);
}

/**
 * The pair the open table forms with one of the chosen tables: one where the open table is
 * reviewed first (its cells are the ones the person sees), then the closest by name.
 */
export function choosePair(open: LocatedTable, others: readonly LocatedTable[]): TablePair | null {
  const pairs = others.flatMap((o) => {
    const p = explicitPair(open, o);
    return p ? [p] : [];
  });
  pairs.sort((a, b) => Number(b.reviewed === open) - Number(a.reviewed === open) || b.confidence - a.confidence);
  return pairs[0] ?? null;
}

export interface CompareInput {
  /** The open workbook's name and its active sheet's grid. */
  workbook: string;
  grid: Grid;
  source: CompareSource;
  /** Reads a sheet of the open workbook (source kind 'sheet'). */
  readSheet(sheet: string): Promise<Grid>;
}

/** The comparison and the pair it rests on (kept to re-run in another language or with other rules). */
export async function compare(input: CompareInput, options: { lang: Lang; rules?: Record<string, boolean> }): Promise<{ comparison: Comparison; pair: TablePair | null }> {
  const { workbook, grid, source } = input;
  const label = source.kind === 'file' ? source.fileName : source.sheet;
  const fail = (problem: CompareProblem) => ({ comparison: { source: label, report: null, local: false, problem }, pair: null });
  const [first] = recognizeSheet(grid);
  if (!first) return fail({ code: 'no-table', sheet: grid.name });
  const open: LocatedTable = { file: workbook, sheet: grid.name, table: first };

  let others: LocatedTable[];
  if (source.kind === 'sheet') {
    others = locateTables(workbook, [await input.readSheet(source.sheet)]);
  } else {
    try {
      // Read as the report reads a file: a table printed a worksheet a page is one table, its cells on their pages.
      others = reportFileAndTables(source.fileName, await readChosenFile(source.bytes)).tables;
    } catch (e) {
      if (e instanceof WorkbookReadError) return fail({ code: 'unreadable', source: label, reason: e.reason, detail: e.detail });
      throw e;
    }
  }
  if (others.length === 0) return fail({ code: 'other-no-table', source: label });
  const pair = choosePair(open, others);
  if (!pair) return fail({ code: 'unrelated', open: tableRef(open), other: tableRef(others[0]) });
  return { comparison: rerun(label, pair, workbook, options), pair };
}

/** The pair reconciled (again), as the comparison the pane shows. */
export function rerun(source: string, pair: TablePair, workbook: string, options: { lang: Lang; rules?: Record<string, boolean> }): Comparison {
  return { source, report: reconcilePair(pair, options), local: pair.reviewed.file === workbook, problem: null };
}
