import { parseA1 } from '../grid/address';
import { Grid, HiddenSheet, StackedPage } from '../grid/grid';
import { translator } from '../i18n/i18n';
import { explainUnrecognised, Unrecognised } from '../recognize/diagnose';
import { LabelMap } from '../recognize/label-map';
import { round4, scoreTable } from '../compute/scoring';
import { isSelfEvaluation, PerformanceTable, TableKind } from '../model/table';
import { Finding } from '../rules/rule';
import { eachResult, scoringFor, TableResult, ValidateOptions } from '../validate';
import { Pages } from '../grid/pages';
import { addsColumns, continuation, copiesPage, headPage, OpenList, openList, PAGE_ROWS, pageHead, pastRepeatedHeader, pastRunningHead, seenNames, shownWidth } from '../recognize/continued';
import { recognizeSheet } from '../recognize/recognize';
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
  hidden?: HiddenSheet;
  /** With `table: null`, when the sheet looks like a table: which required part is missing. */
  unrecognised?: Unrecognised & { message: string };
  /**
   * With `table: null`: the sheet is a page of the table that starts on the sheet named (a worksheet a
   * page, as a PDF's converter writes them); `findings` are those on this sheet.
   */
  continues?: string;
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

function summarizeTable(table: PerformanceTable, options: ValidateOptions = {}, pages?: Pages): TableSummary {
  const summary: TableSummary = {
    kind: table.kind,
    fiscalYear: table.fiscalYear,
    unit: table.unit,
    tasks: table.tasks?.tasks.length ?? 0,
    indicators: table.indicators?.indicators.length ?? 0,
    name: table.name?.text || null,
    range: pages ? pages.rangeOnFirst(table.range) : table.range,
  };
  if (table.fragment) summary.fragment = true;
  // A cell as seen from the sheet the table starts on.
  const home = pages?.place(table.range.split(':')[0]).sheet;
  const at = (cell: string): string => (pages && home !== undefined ? pages.refFrom(home, cell) : cell);
  if (isSelfEvaluation(table.kind)) {
    const scores = scoreTable(table, scoringFor(options));
    summary.evaluation = {
      executionRate: scores.budget?.rate == null ? null : round4(scores.budget.rate),
      budgetScore: scores.budget?.computed ?? null,
      indicators: scores.indicators.map((s) => ({
        cell: at(s.indicator.evaluation?.score?.cell ?? s.indicator.name.cell),
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
  const sequence = new SheetSequence(options, (sheet, table, pages) => tables.push({ file, sheet, table, pages }));
  const sheets = grids.flatMap((grid) => sequence.add(grid));
  sheets.push(...sequence.end());
  return { report: { file, error: null, sheets }, tables };
}

/** A table with the grid its cells are on: its sheet's, or for one printed a worksheet a page, its pages stacked. */
export interface TableOnGrid {
  sheet: string;
  table: PerformanceTable;
  grid: Grid;
  pages?: Pages;
}

/**
 * Every table of a workbook's sheets in the order they stand (by sheet, then row), one printed a
 * worksheet a page read across its sheets as the report reads it (a hidden sheet never a page): what a
 * template copies cell by cell.
 */
export function tablesOnGrids(grids: readonly Grid[], options: ValidateOptions = {}): TableOnGrid[] {
  const { sequence, found } = collecting(options);
  for (const grid of grids) sequence.add(grid);
  sequence.end();
  return inSheetOrder(found, grids.map((g) => g.name));
}

/** A sequence handing every table it settles, with its grid, to `found`. */
function collecting(options: ValidateOptions = {}): { sequence: SheetSequence; found: TableOnGrid[] } {
  const found: TableOnGrid[] = [];
  const sequence = new SheetSequence(options, (sheet, table, pages, grid) => found.push({ sheet, table, grid, pages }));
  return { sequence, found };
}

/** Tables by the sheet they begin on (`names` in tab order), then row: a table read across pages is handed over once its pages are settled, after the tables of its last page. */
function inSheetOrder(tables: TableOnGrid[], names: readonly string[]): TableOnGrid[] {
  const order = new Map(names.map((n, i) => [n, i]));
  const rowOnSheet = (t: TableOnGrid): number => (t.pages ? t.pages.rowNumber(t.table.firstRow) - 1 : t.table.firstRow);
  return tables.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)! || rowOnSheet(a) - rowOnSheet(b));
}

/** The sheets a table stands on: its own, or the pages it was read across. */
export function sheetsOfTable(t: TableOnGrid): string[] {
  return t.pages ? t.pages.sheetsOf(t.table.firstRow, t.table.lastRow) : [t.sheet];
}

/** What a sheet read alone (its tables `tables`) leaves open at its end: its last list, or a head with none yet (`headPage`); null where nothing runs on. */
function openAtEnd(labels: LabelMap, tables: readonly PerformanceTable[]): OpenList | null {
  const last = tables[tables.length - 1];
  return last ? openList(labels.grid, last, { tables }) : headPage(labels);
}

/** Whether a sheet read alone ends open: the next sheet may be its next page. */
function endsOpen(grid: Grid): boolean {
  const labels = new LabelMap(grid);
  return openAtEnd(labels, recognizeSheet(grid, labels)) !== null;
}

/** Sheets read back from a later page to its table's first, at most: a table printed over more pages than this is read from there. */
const PAGES_BACK = 100;

/**
 * The table a template is made from when sheet `active` of a workbook's sheets is chosen (the pane's
 * active sheet): its first whole table, read as the report reads the sheets (a table printed a
 * worksheet a page across its pages), or, on a later page, the table that page continues. Reads only
 * the sheets it takes (`read(i)`: the sheet named `sheets[i]`): back from a page holding no whole table
 * while the sheet before ends open, and on while the table runs on. `onSheet` says whether any table,
 * a tail among them, stands on the sheet.
 */
export async function tableOnSheet(sheets: readonly string[], active: number, read: (i: number) => Promise<Grid>): Promise<{ table?: TableOnGrid; onSheet: boolean }> {
  if (active < 0 || active >= sheets.length) return { onSheet: false };
  const grids = new Map<number, Grid>();
  const grid = async (i: number): Promise<Grid> => grids.get(i) ?? grids.set(i, await read(i)).get(i)!;
  // Back from a page with no whole table on it, while the sheet before ends open: its first page is the one a whole table stands on.
  let start = active;
  while (start > 0 && active - start < PAGES_BACK && !recognizeSheet(await grid(start)).some((t) => !t.fragment) && endsOpen(await grid(start - 1))) start--;
  const { sequence, found } = collecting();
  const name = sheets[active];
  for (let i = start; i < sheets.length; i++) {
    sequence.add(await grid(i));
    if (i >= active && !sequence.holds(name)) break;
  }
  sequence.end();
  const here = inSheetOrder(found, sheets).filter((t) => sheetsOfTable(t).includes(name));
  const whole = here.filter((t) => !t.table.fragment);
  // The table that begins on the sheet comes before one it continues (a page ending one table and starting the next).
  const table = whole.find((t) => t.sheet === name) ?? whole[0];
  return table ? { table, onSheet: true } : { onSheet: here.length > 0 };
}

/** The columns of a list's 一级 and 二级, where it has them: what runs on over a page break as a category's rest. */
export function categoryColumns(table: PerformanceTable | undefined): number[] {
  const block = table?.indicators;
  if (!block?.categorised) return [];
  return [parseA1(block.header.level1).col, parseA1(block.header.level2).col];
}

/**
 * A table recognised, for pairing: as read on its sheet alone, or, printed a worksheet a page, read
 * across them, its cells the stacked grid's and `pages` saying which sheet each is on (the sheet named
 * is its first page's), `grid` the one its cells are on. A table a held sheet ends with is handed over
 * once the sheets are settled.
 */
export type FoundTable = (sheet: string, table: PerformanceTable, pages: Pages | undefined, grid: Grid) => void;

interface PendingSheet extends StackedPage {
  /** The sheet's reports as read alone, given where it turns out to be no page of a table before it. */
  reports: SheetReport[];
  /** The list its last table leaves open at its end, where one does. */
  open: OpenList | null;
  /** The rightmost column showing text in its rows held (`shownWidth`), once asked. */
  width?: number;
  /** Its last table, as read alone, not yet handed to `found`: its list may run on to the next sheet. */
  deferred?: PerformanceTable;
}

/**
 * A workbook's sheets reported in order, a table printed one page a sheet as one table (continued.ts).
 * A sheet whose list runs to its end is held until the next is read: a page of it or not, it is reported
 * then. Every other sheet is reported as `reportSheet` reports it, at once, and let go.
 */
export class SheetSequence {
  private pending: PendingSheet[] = [];
  /** Rows read again to tell whether a sheet continues the one before (`listRunsOn`), in all. */
  private checked = 0;

  constructor(
    private readonly options: ValidateOptions = {},
    private readonly found?: FoundTable,
  ) {}

  /** Whether the sheet of this name is held, a list open to its end, until the next is read (`end` settles it). */
  holds(sheet: string): boolean {
    return this.pending.some((p) => p.grid.name === sheet);
  }

  /** Reads a sheet (hidden or not, as its grid says); gives back the reports of the sheets settled now (this one among them, unless held). */
  add(grid: Grid): SheetReport[] {
    const state = grid.state;
    const labels = new LabelMap(grid);
    let first: PerformanceTable | undefined;
    let last: PerformanceTable | undefined;
    const tables: PerformanceTable[] = [];
    const reports: SheetReport[] = [];
    // Each table checked and summarised as it is read; only the first and last are looked at again.
    eachResult(grid, this.options, labels, (result) => {
      first ??= result.table;
      last = result.table;
      tables.push(result.table);
      reports.push(reportResult(grid, result, this.options));
    });
    if (reports.length === 0) reports.push(unrecognisedSheet(grid, this.options, labels));
    if (state) for (const r of reports) r.hidden = state;
    const sheet: PendingSheet = { grid, from: 0, to: grid.rowCount - 1, reports, open: state ? null : openAtEnd(labels, tables) };
    const joined = this.pending.length > 0 && this.joins(sheet, labels, first);
    // The next pages' first tables are the first page's table running on: only the rest are tables of their own,
    // and the last of them waits while the sheet is held (it may run on in its turn).
    const from = joined && first ? 1 : 0;
    const upTo = sheet.open && tables.length > from && sheet.open.table === last ? tables.length - 1 : tables.length;
    if (upTo < tables.length) sheet.deferred = last;
    if (this.found) for (let i = from; i < upTo; i++) this.found(grid.name, tables[i], undefined, grid);
    if (joined) return sheet.open ? [] : this.end();
    const settled = this.end();
    // Nothing can run on from a sheet whose list is closed: reported now, its grid let go.
    if (sheet.open) this.pending = [sheet];
    else settled.push(...reports);
    return settled;
  }

  /** The reports of the sheets still held. */
  end(): SheetReport[] {
    if (this.pending.length === 0) return [];
    const settled = this.settle();
    this.pending = [];
    return settled;
  }

  /** Whether the sheet is the next page of the table the sheets held end with; if so, it is held with them. */
  private joins(sheet: PendingSheet, labels: LabelMap, first: PerformanceTable | undefined): boolean {
    const before = this.pending[this.pending.length - 1];
    if (!before?.open || sheet.grid.state) return false;
    const head = pageHead(labels, first);
    const how = continuation(before.open, head);
    if (how === null) return false;
    head.from = pastRunningHead(sheet.grid, { ...head, from: pastRepeatedHeader(before.open, head) });
    // The pages held are as wide as their widest (a middle page may leave the last columns blank).
    let width = -1;
    for (const p of this.pending) width = Math.max(width, (p.width ??= shownWidth(p.grid, p.from, p === before ? before.open.lastRow : p.to)));
    if (addsColumns(width, sheet.grid, head)) return false;
    // The pages as they would be stacked: the one before to its list's end, this one from its top.
    const foot = { ...before, to: before.open.lastRow, listFrom: before.open.listFrom, categories: categoryColumns(before.open.table) };
    const page = { ...sheet, from: head.from };
    const stack = [...this.pending.slice(0, -1), foot, page];
    let across: ReturnType<typeof listRunsOn> = null;
    if (how === 'check') {
      // Each such reading reads the pages before again: bounded in all, so that thousands of one-row
      // sheets (a crafted file) cost a few seconds at most, not their count squared.
      this.checked += stack.reduce((n, p) => n + p.to - p.from + 1, 0);
      if (this.checked > CHECKED_ROWS) return false;
      across = listRunsOn(stack, before.open);
      if (!across) return false;
    }
    before.to = foot.to;
    before.listFrom = foot.listFrom;
    before.categories = foot.categories;
    sheet.from = head.from;
    // A page with no table of its own is open where the list read across it ends, its list from its top.
    if (!first && across) sheet.open = openList(sheet.grid, across.table, { lastRow: across.lastRow, listFrom: head.from });
    this.pending.push(sheet);
    return true;
  }

  private settle(): SheetReport[] {
    const stack = this.pending.length > 1 ? Grid.stacked(this.pending) : null;
    if (!stack) {
      for (const p of this.pending) if (p.deferred) this.found?.(p.grid.name, p.deferred, undefined, p.grid);
      return this.pending.flatMap((p) => p.reports);
    }
    const pages = new Pages(
      this.pending.map((p) => p.grid.name),
      stack.starts,
      this.pending.map((p) => p.from),
    );
    const bySheet: SheetReport[][] = this.pending.map(() => []);
    /** The pages each table read across them begins and ends on. */
    const spans: [number, number][] = [];
    eachResult(
      stack.grid,
      this.options,
      new LabelMap(stack.grid),
      ({ table, findings }) => {
        const first = pages.indexOf(table.firstRow);
        const last = pages.indexOf(table.lastRow);
        const home = this.pending[first].grid.name;
        if (first !== last) {
          this.found?.(home, table, pages, stack.grid);
          spans.push([first, last]);
        }
        for (let i = first; i <= last; i++) {
          const own = findings.filter((f) => f.sheet === this.pending[i].grid.name);
          bySheet[i].push(i === first ? { sheet: home, table: summarizeTable(table, this.options, pages), findings: own } : { sheet: this.pending[i].grid.name, table: null, continues: home, findings: own });
        }
      },
      pages,
    );
    // A page's last table that runs on to no later page (the last page's own, after the pages' table) is as read alone.
    this.pending.forEach((p, i) => {
      if (p.deferred && !spans.some(([a, b]) => a <= i && i < b)) this.found?.(p.grid.name, p.deferred, undefined, p.grid);
    });
    return this.pending.flatMap((p, i) => {
      const reports = bySheet[i].length > 0 ? bySheet[i] : [{ sheet: p.grid.name, table: null, findings: [] }];
      for (const r of reports) if (p.grid.hidden) markHidden(p.grid, r.findings);
      return reports;
    });
  }
}

/** One entry per table on the sheet, or a single `table: null` entry when it holds none: the sheet read alone, as `SheetSequence` reads each. */
export function reportSheet(grid: Grid, options: ValidateOptions = {}, found?: (table: PerformanceTable) => void): SheetReport[] {
  const sequence = new SheetSequence(options, found && ((_, table) => found(table)));
  return [...sequence.add(grid), ...sequence.end()];
}

function reportResult(grid: Grid, { table, findings }: TableResult, options: ValidateOptions): SheetReport {
  if (grid.hidden) markHidden(grid, findings);
  return { sheet: grid.name, table: summarizeTable(table, options), findings };
}

/** A sheet without a table: where it looks like one, which required part is missing. */
function unrecognisedSheet(grid: Grid, options: ValidateOptions, labels = new LabelMap(grid)): SheetReport {
  const why = explainUnrecognised(grid, labels);
  if (!why) return { sheet: grid.name, table: null, findings: [] };
  const message = translator(options.lang ?? 'zh-CN')(`common:unrecognised.${why.code}`, { ...why });
  return { sheet: grid.name, table: null, findings: [], unrecognised: { ...why, message } };
}

/**
 * Rows of the pages read again to see whether a list runs on, at most: each page with no table of its
 * own is read under all the pages before it, so a long run of them costs their count squared.
 */
const STACK_ROWS = 20 * PAGE_ROWS;
/** Rows a workbook's sheets are read again, in all, to tell whether they continue: a hundred stacks of the largest. */
const CHECKED_ROWS = 100 * STACK_ROWS;

/**
 * The table the pages before end with (the sheet before and those it continues), read with the next
 * sheet under them, where its list runs on into that sheet's rows (a tail too short or too plain to read alone, or read in other columns), and its
 * last row on the next sheet; null where it does not.
 */
function listRunsOn(pages: readonly StackedPage[], open: OpenList): { table: PerformanceTable; lastRow: number } | null {
  const next = pages[pages.length - 1];
  if (next.to - next.from >= PAGE_ROWS || pages.reduce((n, p) => n + p.to - p.from + 1, 0) > STACK_ROWS) return null;
  const stack = Grid.stacked(pages);
  if (!stack) return null;
  const tables = recognizeSheet(stack.grid);
  const last = tables[tables.length - 1];
  const seam = stack.starts[stack.starts.length - 1];
  if (last === undefined || last.firstRow >= seam || last.lastRow < seam) return null;
  // Its rows on the new page naming what the list before names: a copy of the page, read as running on.
  const before = seenNames(open);
  const after: string[] = [];
  let onPage = 0;
  for (const ind of last.indicators?.indicators ?? []) {
    if (ind.row >= seam) onPage++;
    if (ind.name.text === '') continue;
    if (ind.row < seam) before.add(ind.name.text);
    else after.push(ind.name.text);
  }
  // And a page with no row of the list read on it is no page of it (a cut head's copy, a page of notes).
  const onLine = onPage > 0 || (last.totalScore !== undefined && parseA1(last.totalScore.label.cell).row >= seam);
  return onLine && !copiesPage(open, after, before) ? { table: last, lastRow: last.lastRow - seam + next.from } : null;
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
