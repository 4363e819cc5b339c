import { parseA1 } from '../grid/address';
import { cellText, Grid } from '../grid/grid';
import { isPageMark, isTableCaption, labelKey } from '../grid/text';
import { PerformanceTable } from '../model/table';
import { isBareNumber, LabelMap } from './label-map';
import { isTitleLabel, labelIs } from './labels';

/**
 * A table printed one page a sheet: a PDF's converter writes a worksheet per page (Acrobat's and WPS's
 * "a worksheet for each page"), so a list runs to one sheet's end and on at the next sheet's top, there
 * with its indicator header again (Word repeats a table's header rows on every page) or without. Read
 * sheet by sheet, the first page misses the categories and weights printed on the next, and the next is
 * a table without title, goal or money. These say when two sheets are such pages; the report then reads
 * them one under another (`Grid.stacked`) and puts what it finds back on each sheet. Only a sheet left
 * open is kept until the next is read; the names a copy is told by are worked out only when asked.
 */

/**
 * A table running to its sheet's end, its list open: its last row on the sheet, and its table where
 * that has an indicator header (its list under way, or its header the page's last row); without one,
 * a table's head whose list the next page may hold.
 */
export interface OpenList {
  /** None where the sheet is a table's head no list follows on it, read as no table alone (`headPage`). */
  table?: PerformanceTable;
  lastRow: number;
  /** The row the list begins at on this sheet; past the sheet's end where none does yet (a header its last row). */
  listFrom: number;
  /** Rows after the table it did not read (an indicator header with no list under it): read under them, the next page tells. */
  unread?: boolean;
  /** The sheet's tables, whose names a next page repeating them copies (`copiesPage`, worked out when asked). */
  tables: readonly PerformanceTable[];
}

/** How a sheet opens, as a page the sheet before may run on to. */
export interface PageHead {
  /** The row its rows are read from, stacked under the page before. */
  from: number;
  /** Its first table, where that is a list's tail or a list under its header alone (`opensMidTable`). */
  list: PerformanceTable | null;
  /** The sheet holds a table, but not one opening it. */
  closed: boolean;
  /**
   * That table has a title or a name of its own, or a table's title stands among the page's first lines
   * whatever is read under it: another table's start, never a list's rest.
   */
  titled?: boolean;
  /**
   * The text of a table's title or numbered caption among the page's first lines, whatever is read under
   * it: another table's start unless the page before's table has the same title (a running head, 页眉).
   */
  topTitle?: { text: string; row: number };
}

/** Lines of one cell each (a page's number, 续表) looked past at a page's foot or head. */
const LINES_ALONE = 2;

/** Where a table read across sheets stands on this one (its own rows otherwise), and the sheet's tables. */
export interface OpenReading {
  /** Its last row on the sheet. */
  lastRow?: number;
  /** The row its list begins at on the sheet. */
  listFrom?: number;
  /** The sheet's tables (`OpenList.tables`): the last alone if unsaid. */
  tables?: readonly PerformanceTable[];
}

/**
 * The list the sheet's last table leaves open at the sheet's end: no total line, nothing after the table
 * (`lastRow` and `listFrom`, the table's own unless it was read across sheets) but a page's number; or,
 * a table with no list read, a few rows after it (its indicator header, which no list under it made
 * one: `unread`, the next page then read under it to tell). Null for a table closed, or followed by more.
 */
export function openList(grid: Grid, last: PerformanceTable | undefined, read: OpenReading = {}): OpenList | null {
  if (!last || last.totalScore) return null;
  const { lastRow = last.lastRow, listFrom = last.indicators?.indicators[0]?.row ?? grid.rowCount, tables = [last] } = read;
  let alone = 0;
  let rows = 0;
  let end = lastRow;
  for (let r = lastRow + 1; r < grid.rowCount; r++) {
    const texts = textsIn(grid, r);
    // A page's number is left out of the pages stacked; a line of other text stays where it stands.
    if (texts === 0 || (texts === 1 && isPageNumber(grid, r))) continue;
    rows++;
    if (texts > 1 || alone === LINES_ALONE) alone = LINES_ALONE + 1;
    else alone++;
    end = r;
    // More than lines alone and more rows than a header's: closed, whatever follows (a sheet's long notes).
    if (alone > LINES_ALONE && rows > HEADER_ROWS) return null;
  }
  if (alone <= LINES_ALONE) return { table: last, lastRow: end, listFrom, tables };
  const listed = last.indicators !== undefined && last.indicators.indicators.length > 0;
  return !listed && rows <= HEADER_ROWS ? { table: last, lastRow: end, listFrom: grid.rowCount, unread: true, tables } : null;
}

/** Whether the row's one text is a page's number or a continued table's mark (第 2 页, 续表, a bare 2). */
function isPageNumber(grid: Grid, row: number): boolean {
  const col = grid.firstTextColumn(row);
  return isPageMark(grid.ownText(row, col).trim()) || isBareNumber(grid.cell(row, col));
}

/** Rows of an indicator header, at most, a table's head may end its page with unread. */
const HEADER_ROWS = 3;

/**
 * A sheet with no table of its own that holds a table's head (a project's or department's name, and its
 * goal or money: 资金总额, 年度目标; or only a table's title, with its unit and year lines), its table on
 * the next page: open from its last text on, the next page read under it to tell. Null for anything
 * else, or a sheet longer than a page.
 */
export function headPage(labels: LabelMap): OpenList | null {
  const { grid } = labels;
  if (grid.rowCount > PAGE_ROWS) return null;
  let named = false;
  let more = false;
  let money = false;
  let goals = false;
  let titled = false;
  let other = false;
  for (const hit of labels.hits) {
    if (labelIs(hit.label, 'project-name') || labelIs(hit.label, 'department-name')) named = true;
    else if (HEAD_LABELS.some((k) => labelIs(hit.label, k))) more = true;
    if (MONEY_LABELS.some((k) => labelIs(hit.label, k))) money = true;
    if (GOAL_LABELS.some((k) => labelIs(hit.label, k))) goals = true;
    if (isTitleLabel(hit.label)) titled = true;
    else if (!labelIs(hit.label, 'unit-line') && !labelIs(hit.label, 'year-line')) other = true;
  }
  let end = -1;
  let lines = 0;
  for (let r = grid.rowCount - 1; r >= 0; r--) {
    if (grid.firstTextColumn(r) < 0) continue;
    if (end < 0) end = r;
    lines++;
  }
  // Or a title page: a table's title, its unit and year lines at most (扎赉特's 表11 | 项目绩效目标表 | 单位:元).
  const titlePage = titled && !other && lines <= LINES_ALONE + 2;
  // Or a head without its name line: its money and its goals (大英's 2019 tail: 预算执行情况 and 年度目标完成情况).
  if (!(named && more) && !titlePage && !(money && goals)) return null;
  return { lastRow: end, listFrom: grid.rowCount, unread: true, tables: [] };
}

/** A head's money, and its goals (a self-evaluation's 预期目标 and 实际完成情况 among them). */
const MONEY_LABELS = ['fund-block', 'fund-total', 'amount-total', 'budget', 'budget-full'] as const;
const GOAL_LABELS = ['goal', 'goal-expected', 'goal-actual'] as const;
/** Labels of a table's head beside its name: its goal, its money. */
const HEAD_LABELS = ['goal', ...MONEY_LABELS] as const;

/** Rows a page holds at most: a longer sheet is no page of a table read across it (an indicator library). */
export const PAGE_ROWS = 200;

/** How the sheet opens, from its first table (none: a tail too short or too plain to read alone). */
export function pageHead(labels: LabelMap, first: PerformanceTable | undefined): PageHead {
  const { grid } = labels;
  // A table's title atop the page (a batch's next project, 湖北省部门整体支出绩效自评表 over its first lines) opens a table of
  // its own, unless the page before's table has the same over the list's rest: a running head (页眉). Over a header
  // printed again it is a table of its own: a batch of one form's score sheets, no name on them, reads so.
  const topTitle = titleAtTop(labels, first?.firstRow ?? grid.rowCount);
  const head: PageHead = !first
    ? { from: pageTop(grid), list: null, closed: false }
    : !opensMidTable(grid, first)
      ? { from: 0, list: null, closed: true, titled: first.title !== undefined || first.name !== undefined }
      : { from: first.fragment ? pageTop(grid) : first.firstRow, list: first, closed: false };
  if (topTitle !== undefined) head.topTitle = topTitle;
  return head;
}

/**
 * The row a page runs on from where its list is printed under its header again (Word's and Excel's print
 * titles, on every page) and the page before's list is under way: its first row past the header, so that
 * the pages stack as one list (a category's cell the break split merged whole again) and next year's
 * template holds the header once. Where the page before ends with a table's head and no list, the header
 * is the table's own, and kept.
 */
export function pastRepeatedHeader(open: OpenList, head: PageHead): number {
  const list = head.list;
  if (!list || list.fragment || !open.table?.indicators?.indicators.length) return head.from;
  return Math.max(head.from, list.indicators?.indicators[0]?.row ?? head.from);
}

/** A table's title or a numbered table's caption (表1：…) among the page's first lines (LINES_ALONE and one), at or above row `below`: its text and row. */
function titleAtTop(labels: LabelMap, below: number): PageHead['topTitle'] {
  const { grid } = labels;
  let lines = 0;
  let r = 0;
  for (; r < grid.rowCount && r <= below && lines <= LINES_ALONE; r++) if (grid.firstTextColumn(r) >= 0) lines++;
  const title = labels.inRows(0, r - 1).find((h) => isTitleLabel(h.label));
  if (title) return { text: grid.text(title.row, title.col), row: title.row };
  let caption: PageHead['topTitle'];
  labels.forEachText((text, row) => (caption ??= isTableCaption(text) ? { text, row } : undefined), 0, r - 1);
  return caption;
}

/**
 * The row a page runs on from, past its running head (the table's title printed atop every page, which
 * `continuation` has let through) and a page's number under it.
 */
export function pastRunningHead(grid: Grid, head: PageHead): number {
  if (!head.topTitle || head.topTitle.row < head.from) return head.from;
  return Math.max(head.from, pageTop(grid, head.topTitle.row + 1));
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
 * How a page continues an open list: 'read' when its own list stands in the list's columns and names
 * things the sheet before does not (a page of the same table, not another table's tail after a table
 * cut short, nor a copy of the page before); 'check' when only reading it under the list can tell (a
 * tail read alone in other columns, or not read at all); null when it is no continuation (a table of
 * its own title or name, a copy).
 */
export function continuation(open: OpenList, head: PageHead): 'read' | 'check' | null {
  if (head.titled) return null;
  // A title atop the page is another table's, unless the page before's table has it too (a running head printed on every page).
  if (head.topTitle !== undefined && labelKey(head.topTitle.text) !== labelKey(open.table?.title?.text ?? '')) return null;
  // A head with no list yet (its header the page's last rows, or no header): the next page holds its
  // list whatever that reads as alone (彭水's fund lines under an indicator, as tables of money).
  if (!open.table?.indicators?.indicators.length || open.unread) return 'check';
  if (head.closed) return null;
  if (!head.list) return 'check';
  const a = columnsOf(open.table);
  const b = columnsOf(head.list);
  if (copiesPage(open, b.names)) return null;
  return a.name === b.name && a.target === b.target ? 'read' : 'check';
}

/** The rightmost column showing text in rows `from`..`to` of a page (its last PAGE_ROWS at most). */
export function shownWidth(grid: Grid, from: number, to: number): number {
  return rightmostText(grid, Math.max(from, to - PAGE_ROWS + 1), to);
}

/**
 * Whether the page shows text right of `width`, the pages' before it (shownWidth), in the rows it runs on
 * with: a page break adds no column, so that is another table (a batch's next sheet: another project's
 * tail with self-evaluation columns under a targets table's list).
 */
export function addsColumns(width: number, after: Grid, head: PageHead): boolean {
  const end = Math.min(after.rowCount - 1, head.list ? head.list.lastRow : head.from + PAGE_ROWS - 1);
  return rightmostText(after, head.from, end) > width;
}

/**
 * The rightmost column of rows top..bottom a cell's own text shows in, to its merged area's right edge (a
 * title over the page's width), or -1: each cell the rows hold looked at once, never the sheet's every
 * column (a stray cell at XFD1 makes 16,384 of them).
 */
function rightmostText(grid: Grid, top: number, bottom: number): number {
  let right = -1;
  grid.forEachCell(
    (row, col, cell) => {
      if (cellText(cell) !== '') right = Math.max(right, grid.mergeAt(row, col)?.right ?? col);
    },
    top,
    bottom,
  );
  return right;
}

/** The names of a table's indicators, in order (unnamed rows left out). */
function namesOf(t: PerformanceTable | undefined): string[] {
  const names: string[] = [];
  for (const ind of t?.indicators?.indicators ?? []) if (ind.name.text !== '') names.push(ind.name.text);
  return names;
}

/** The names of the open list's indicators: a next page naming them again is a copy of the page. */
export function seenNames(open: OpenList): Set<string> {
  return new Set(namesOf(open.table));
}

/**
 * Whether a page whose list names `names` (in order) is another copy of the page before, not its next page:
 * it names the open list's names again (`newNames`), or the page before holds tables before the open one
 * and the page names what the page before opens with, from its first name on, in order (a copy of a page
 * ending one table and starting another). The earlier tables' names otherwise are another table's own: two
 * projects printed one after another share names (受益群众满意度, 资金到位率), the next page the second's rest.
 */
export function copiesPage(open: OpenList, names: readonly string[], seen: ReadonlySet<string> = seenNames(open)): boolean {
  if (!newNames(seen, names)) return true;
  const first = open.tables[0];
  if (first === undefined || first === open.table) return false;
  const top = namesOf(first);
  const k = Math.min(COPIED_NAMES, top.length, names.length);
  if (k < 2) return false;
  for (let i = 0; i < k; i++) if (names[i] !== top[i]) return false;
  return true;
}

/** An indicator list as a page is matched against the page before: its columns and names. */
interface ListColumns {
  /** Columns of the names and of the targets. */
  name: number;
  target: number;
  names: string[];
}

/** Names of a page found on the page before that make it a copy of that page (or all its names, two or more), when half its names or more. */
const COPIED_NAMES = 3;

/**
 * Whether a page's names are mostly new to the page before's (`seen`): a page repeating the names of the
 * page before is another copy of it (a batch holding two readings of one cut page), not the next page.
 */
export function newNames(seen: ReadonlySet<string>, names: readonly string[]): boolean {
  let shared = 0;
  for (const name of names) if (seen.has(name)) shared++;
  // A name or two again is a table's own repeat (a slogan under two 二级), reported as such once joined;
  // a short page's every name again (two at least) is a copy.
  return shared < Math.max(2, Math.min(COPIED_NAMES, names.length)) || shared * 2 < names.length;
}

function columnsOf(t: PerformanceTable): ListColumns {
  const block = t.indicators!;
  return { name: parseA1(block.header.name).col, target: parseA1(block.header.target).col, names: namesOf(t) };
}

/** A table read from its indicator header alone: none of a table's head above the list. */
function isHeadless(t: PerformanceTable): boolean {
  return !t.title && !t.name && !t.goal && !t.goalActual && !t.funds && !t.evalFunds && !t.tasks && !t.duties && !t.sums?.length && !t.fundSplits?.length;
}

/**
 * The row a tail's page is read from (from row `from` down): past blank rows and lines of a page's number
 * (第 2 页, 续表, a bare 2), its first row otherwise, even of one cell (a name alone, its categories on the
 * page before).
 */
function pageTop(grid: Grid, from = 0): number {
  let top = from;
  for (let alone = 0; top < grid.rowCount; top++) {
    if (grid.firstTextColumn(top) < 0) continue;
    if (textsIn(grid, top) > 1 || alone++ === LINES_ALONE || !isPageNumber(grid, top)) break;
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
