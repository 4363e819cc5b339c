import { parseA1 } from '../grid/address';
import { Grid } from '../grid/grid';
import { isPageMark } from '../grid/text';
import { PerformanceTable } from '../model/table';

/**
 * A table printed one page a sheet: a PDF's converter writes a worksheet per page (Acrobat's and WPS's
 * "a worksheet for each page"), so a list runs to one sheet's end and on at the next sheet's top, there
 * with its indicator header again (Word repeats a table's header rows on every page) or without. Read
 * sheet by sheet, the first page misses the categories and weights printed on the next, and the next is
 * a table without title, goal or money. These say when two sheets are such pages; the report then reads
 * them one under another (`Grid.stacked`) and puts what it finds back on each sheet. What they keep of
 * a table is a few numbers and its names: a batch's sheets are let go as soon as they are checked.
 */

/** A list running to its sheet's end, open: its table, and its last row on the sheet. */
export interface OpenList {
  table: PerformanceTable;
  lastRow: number;
}

/** How a sheet opens, as a page the sheet before may run on to. */
export interface PageHead {
  /** The row its rows are read from, stacked under the page before. */
  from: number;
  /** Its first table, where that is a list's tail or a list under its header alone (`opensMidTable`). */
  list: PerformanceTable | null;
  /** The sheet holds a table, but not one opening it. */
  closed: boolean;
}

/** Lines of one cell each (a page's number, 续表) looked past at a page's foot or head. */
const LINES_ALONE = 2;

/**
 * The list the sheet's last table leaves open at the sheet's end: indicators read, no total line under
 * them, nothing after them (`lastRow`, the table's own unless it was read across sheets) but a page's
 * number. Null for a table closed, or followed by more.
 */
export function openList(grid: Grid, last: PerformanceTable | undefined, lastRow = last?.lastRow ?? 0): OpenList | null {
  if (!last?.indicators || last.indicators.indicators.length === 0 || last.totalScore) return null;
  let alone = 0;
  for (let r = lastRow + 1; r < grid.rowCount; r++) {
    const texts = textsIn(grid, r);
    if (texts === 0) continue;
    if (texts > 1 || ++alone > LINES_ALONE) return null;
  }
  return { table: last, lastRow };
}

/** How the sheet opens, from its first table (none: a tail too short or too plain to read alone). */
export function pageHead(grid: Grid, first: PerformanceTable | undefined): PageHead {
  if (!first) return { from: pageTop(grid), list: null, closed: false };
  if (!opensMidTable(grid, first)) return { from: 0, list: null, closed: true };
  return { from: first.fragment ? pageTop(grid) : first.firstRow, list: first, closed: false };
}

/**
 * Whether the sheet opens inside a table: its first table is a list's tail (`fragment`), or an indicator
 * list under its header with nothing of a table's head (title, name, goal, money, tasks) read, whose
 * header is the sheet's first text past a page's number or 续表.
 */
export function opensMidTable(grid: Grid, first: PerformanceTable): boolean {
  if (!first.indicators || first.indicators.indicators.length === 0) return false;
  // A tail is read where its fragment reader says its list opens, past rows above the cut.
  if (first.fragment) return true;
  if (!isHeadless(first)) return false;
  let top = 0;
  for (let alone = 0; top < grid.rowCount; top++) {
    const texts = textsIn(grid, top);
    if (texts === 0) continue;
    if (texts > 1 || alone++ === LINES_ALONE) break;
  }
  return first.firstRow <= top;
}

/**
 * How a page continues an open list: 'read' when its own list stands in the list's columns and
 * names things the list does not (a page of the same table, not another table's tail after a table cut
 * short, nor a copy of the page before); 'check' when only reading it under the list can tell (a tail
 * read alone in other columns, or not read at all); null when it is no continuation.
 */
export function continuation(open: OpenList, head: PageHead): 'read' | 'check' | null {
  if (head.closed) return null;
  if (!head.list) return 'check';
  const a = columnsOf(open.table);
  const b = columnsOf(head.list);
  if (!newNames(a, b)) return null;
  return a.name === b.name && a.target === b.target ? 'read' : 'check';
}

/** An indicator list as a page is matched against the page before: its columns and names. */
interface ListColumns {
  /** Columns of the names and of the targets. */
  name: number;
  target: number;
  names: string[];
}

/** Names of a page found on the page before that make it a copy of that page (or all its names, fewer), when half its names or more. */
const COPIED_NAMES = 3;

/**
 * Whether the second list's names are mostly new to the first: a page repeating the names of the page
 * before is another copy of it (a batch holding two readings of one cut page), not the next page.
 */
function newNames(first: ListColumns, second: ListColumns): boolean {
  const seen = new Set(first.names);
  let shared = 0;
  for (const name of second.names) if (seen.has(name)) shared++;
  // A name or two again is a table's own repeat (a slogan under two 二级), reported as such once joined;
  // a short page's every name again is a copy.
  return shared < Math.min(COPIED_NAMES, second.names.length) || shared * 2 < second.names.length;
}

function columnsOf(t: PerformanceTable): ListColumns {
  const block = t.indicators!;
  const names: string[] = [];
  for (const ind of block.indicators) if (ind.name.text !== '') names.push(ind.name.text);
  return { name: parseA1(block.header.name).col, target: parseA1(block.header.target).col, names };
}

/** A table read from its indicator header alone: none of a table's head above the list. */
function isHeadless(t: PerformanceTable): boolean {
  return !t.title && !t.name && !t.goal && !t.goalActual && !t.funds && !t.evalFunds && !t.tasks && !t.duties && !t.sums?.length && !t.fundSplits?.length;
}

/**
 * The row a tail's page is read from: past blank rows and lines of a page's number (第 2 页, 续表, a bare
 * 2), its first row otherwise, even of one cell (a name alone, its categories on the page before).
 */
function pageTop(grid: Grid): number {
  let top = 0;
  for (let alone = 0; top < grid.rowCount; top++) {
    const c = grid.firstTextColumn(top);
    if (c < 0) continue;
    const text = grid.ownText(top, c).trim();
    if (textsIn(grid, top) > 1 || alone++ === LINES_ALONE || !(isPageMark(text) || /^\d{1,3}$/.test(text))) break;
  }
  return top;
}

/** Cells of the row holding text of their own, counted up to 2. */
function textsIn(grid: Grid, row: number): number {
  let n = 0;
  const first = grid.firstTextColumn(row);
  if (first < 0) return 0;
  for (let c = first; c < grid.colCount && n < 2; c++) if (grid.ownText(row, c) !== '') n++;
  return n;
}
