import { CellPos, CellRange, parseRange, toA1 } from './address';
import { isBlankMark } from './text';
import { memoByText } from '../memo';
import { firstAtLeast } from '../sorted';

export type CellValue = string | number | boolean | null;

export interface GridCell {
  value: CellValue;
  /** Formula text with its leading `=`, when the cell holds one. */
  formula?: string;
  /** Excel number format code (`#,##0.00`, `0%`), when not General. */
  format?: string;
}

/** One cell as read by `Grid.probe`. */
export interface CellProbe {
  /** Text shown at the cell (through merges), trimmed. */
  text: string;
  /** Text the cell holds itself: '' for a covered cell. */
  own: string;
  /** The merged area the cell is in, if any. */
  merge: CellRange | undefined;
  /** Position of the cell holding the text: the merge's top-left. */
  row: number;
  col: number;
}

/** One row's cells, zero-based by column; cells may be missing (sparse). */
export type GridRow = ReadonlyArray<GridCell | null | undefined>;

export interface GridInit {
  name: string;
  /** Row-major, zero-based; rows and cells may be missing (sparse). */
  cells: ReadonlyArray<GridRow | null | undefined>;
  /**
   * Rows kept by row number instead, past a long gap (see rowToFill); none of them also in `cells`.
   * A list with a hole of a million rows is a slow dictionary in V8, and walking it costs every row.
   */
  farRows?: ReadonlyMap<number, GridRow>;
  /** Kept by the grid as it is (not copied) when every area fits the sheet: nothing may change it after. */
  merges?: ReadonlyArray<CellRange>;
  /** Rows and columns the sheet hides (<row hidden="1">, <col min max hidden="1">): read as any, and said of a finding there. */
  hidden?: HiddenLines;
  /**
   * The sheet hidden itself (<sheet state="hidden">, Excel's visibility): still read and checked, said of its
   * findings, and never a page of a table on the sheets around it. Visible where unsaid.
   */
  state?: HiddenSheet;
}

/** How a sheet is hidden: from the tabs ('hidden'), or from Excel's own Unhide menu too ('veryHidden'). */
export type HiddenSheet = 'hidden' | 'veryHidden';

/** A sheet's state as a file writes it (<sheet state>, ExcelJS's `state`) as a grid keeps it: said only where the sheet is hidden. */
export function hiddenSheetOf(state: string | undefined): HiddenSheet | undefined {
  return state === 'hidden' || state === 'veryHidden' ? state : undefined;
}

/** Rows hidden, in ascending order, and columns hidden, as inclusive zero-based [first, last] runs. */
export interface HiddenLines {
  rows: readonly number[];
  columns: readonly (readonly [number, number])[];
}

/** A sheet's rows `from`..`to` (inclusive, zero-based) as a page of a table printed a worksheet a page. */
export interface StackedPage {
  grid: Grid;
  from: number;
  to: number;
  /**
   * The row the page's list begins at: a cell at its foot from there on may run on, merged, over the
   * next page's top. Above it (a header the page ends with) nothing runs on. The page's `from` if unsaid.
   */
  listFrom?: number;
  /**
   * The columns of the page's list's categories (一级, 二级): a category merged down at its foot whose rest
   * on the next page is one blank cell (no area of one cell) runs on over it, as it would over an area.
   */
  categories?: readonly number[];
}

/** Ascending line numbers as inclusive [first, last] runs of consecutive ones (2, 3, 4, 7 → [2, 4], [7, 7]). */
export function lineRuns(lines: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of lines) {
    const last = runs[runs.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

const EMPTY: GridCell = Object.freeze({ value: null });
/**
 * The most cells a sheet is read with, by every host: the file reader refuses a sheet holding more
 * (too-large), and the Excel gateway a used range larger (a stray cell at XFD1048576 makes one of
 * 17 billion cells, which Excel would take hours to hand over). A province's largest table is a
 * few hundred thousand.
 */
export const MAX_CELLS = 5_000_000;
/**
 * A row where more areas than this overlap (only a crafted file: Excel's never overlap) is searched
 * by halving like any other, not walked for the first listed: thousands of identical areas would
 * otherwise cost thousands of steps per cell.
 */
export const OVERLAP_WALK = 64;
/** How far past the last filled row or column a merged area may extend the sheet. */
export const MERGE_SLACK = 1_000;
/** Rows this far or further below the end of the list of rows are kept by number (GridInit.farRows). */
export const FAR_ROW_GAP = 65_536;

/**
 * The row at row number r of a grid being built, made by `make` where there is none yet: in the
 * list while rows follow on, by number in `far` past a long gap (a stray cell at row 1,048,576),
 * so that the empty rows between cost nothing. A shorter gap is filled with empty entries, never
 * jumped: V8 turns an array written past a gap of over 1,024 into a slow dictionary. A 40,000-row
 * table with a stray cell at row 1,048,576 took 556 ms to check against 375 without it.
 */
export function rowToFill<Row extends GridRow>(cells: (Row | null | undefined)[], far: Map<number, Row>, r: number, make: () => Row): Row {
  const kept = (r < cells.length ? cells[r] : undefined) ?? (far.size === 0 ? undefined : far.get(r));
  if (kept) return kept;
  const row = make();
  if (r >= cells.length + FAR_ROW_GAP) far.set(r, row);
  else {
    while (cells.length < r) cells.push(undefined);
    cells[r] = row;
  }
  return row;
}

/**
 * Immutable snapshot of one sheet, as every host reads it: covered cells of a merged area
 * are empty, exactly as Excel and ExcelJS report them; `text()` reads through merges.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly CellRange[];
  private readonly rows: ReadonlyArray<GridRow | null | undefined>;
  /** Rows kept by number (GridInit.farRows), and their numbers in order; null and empty without any. */
  private readonly far: ReadonlyMap<number, GridRow> | null;
  private readonly farKeys: readonly number[];
  /**
   * Merges by row, in two flat lists rather than a list per row (tens of thousands on a merge-heavy
   * sheet): the areas crossing row r are merges[rowAreas[i]] for i in rowStart[r]..rowStart[r + 1],
   * left to right. Null when the sheet has no merged area.
   */
  private readonly rowStart: Uint32Array | null = null;
  private readonly rowAreas: Uint32Array | null = null;
  /**
   * 1 for a row where two areas overlap (not Excel's; a hostile file may hold them, and at a cell
   * the first listed wins): its areas are walked, not halved, up to OVERLAP_WALK of them.
   */
  private readonly overlapping: Uint8Array | null = null;
  /** What the sheet hides, as read; null where it hides nothing. */
  readonly hidden: HiddenLines | null;
  /** Whether the sheet itself is hidden (GridInit.state); undefined for a visible sheet. */
  readonly state: HiddenSheet | undefined;

  constructor(init: GridInit) {
    this.name = init.name;
    this.state = init.state;
    const cells = init.cells;
    this.rows = cells;
    this.hidden = init.hidden && (init.hidden.rows.length > 0 || init.hidden.columns.length > 0) ? init.hidden : null;
    this.far = init.farRows && init.farRows.size > 0 ? init.farRows : null;
    this.farKeys = this.far ? [...this.far.keys()].sort((a, b) => a - b) : [];
    // Indexed loops throughout: this runs once per sheet, mostly before it is optimised, where
    // for…of over tens of thousands of areas costs ~10 ms more than counting through them.
    let cols = 0;
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r];
      if (row && row.length > cols) cols = row.length;
    }
    for (const row of this.far?.values() ?? []) cols = Math.max(cols, row.length);
    // The extent the cells give: past the last listed row, or the last row kept by number.
    const filled = Math.max(cells.length, this.farKeys.length === 0 ? 0 : this.farKeys[this.farKeys.length - 1] + 1);
    // A merged area belongs to the sheet even where its cells are empty (the last, still blank
    // rows of a template); a whole-column merge, though, must not cost a million rows.
    const given = init.merges ?? [];
    let rows = filled;
    for (let i = 0; i < given.length; i++) {
      const m = given[i];
      rows = Math.max(rows, Math.min(m.bottom + 1, filled + MERGE_SLACK));
      cols = Math.max(cols, Math.min(m.right + 1, cols + MERGE_SLACK));
    }
    this.rowCount = rows;
    this.colCount = cols;
    // Clipped to the sheet's extent, and the areas crossing each row counted, in one pass. The list
    // given is kept as it is when every area fits (a large table's tens of thousands mostly do).
    const start = given.length === 0 ? null : new Uint32Array(rows + 1);
    let merges: CellRange[] | null = null;
    for (let i = 0; i < given.length; i++) {
      const m = given[i];
      const bottom = Math.min(m.bottom, rows - 1);
      const right = Math.min(m.right, cols - 1);
      const fits = bottom === m.bottom && right === m.right;
      const empty = bottom < m.top || right < m.left;
      if ((!fits || empty) && merges === null) merges = given.slice(0, i);
      if (empty) continue;
      if (merges !== null) merges.push(fits ? m : { top: m.top, left: m.left, bottom, right });
      for (let r = m.top; r <= bottom; r++) start![r + 1]++;
    }
    this.merges = merges ?? given;
    if (start === null || this.merges.length === 0) return;
    // Each row's areas start where the rows above end; filled left to right (the areas counted
    // out by left column first, in the order listed within one), so that a row crossed by thousands
    // (a sheet of whole-column areas) is searched by halving.
    for (let r = 0; r < rows; r++) start[r + 1] += start[r];
    const areas = new Uint32Array(start[rows]);
    const next = start.slice(0, rows);
    const kept = this.merges;
    const byLeft = new Uint32Array(cols + 1);
    for (let i = 0; i < kept.length; i++) byLeft[kept[i].left + 1]++;
    for (let c = 0; c < cols; c++) byLeft[c + 1] += byLeft[c];
    const order = new Uint32Array(kept.length);
    for (let i = 0; i < kept.length; i++) order[byLeft[kept[i].left]++] = i;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      for (let r = kept[i].top; r <= kept[i].bottom; r++) areas[next[r]++] = i;
    }
    let overlapping: Uint8Array | null = null;
    for (let r = 0; r < rows; r++) {
      let right = -1;
      for (let i = start[r]; i < start[r + 1]; i++) {
        const m = kept[areas[i]];
        if (m.left <= right) (overlapping ??= new Uint8Array(rows))[r] = 1;
        right = Math.max(right, m.right);
      }
    }
    this.rowStart = start;
    this.rowAreas = areas;
    this.overlapping = overlapping;
  }

  /** Test and fixture helper: plain values, merges as A1 ranges. */
  static fromValues(name: string, values: ReadonlyArray<ReadonlyArray<CellValue | GridCell | undefined>>, merges: readonly string[] = []): Grid {
    return new Grid({
      name,
      cells: values.map((row) =>
        row.map((v) => (v !== null && typeof v === 'object' ? v : v === undefined || v === null ? undefined : { value: v })),
      ),
      merges: merges.map(parseRange),
    });
  }

  /**
   * The same sheet with every text value given by `convert` (a sheet in traditional script read as
   * simplified): places, numbers, formats, formulas and merged areas as they are.
   */
  withTexts(convert: (text: string) => string): Grid {
    const cellOf = (c: GridCell | null | undefined): GridCell | null | undefined => (c && typeof c.value === 'string' ? { ...c, value: convert(c.value) } : c);
    const rowOf = (row: GridRow): GridRow => row.map(cellOf);
    return new Grid({
      ...this.toInit(),
      cells: this.rows.map((row) => row && rowOf(row)),
      farRows: this.far ? new Map([...this.far].map(([r, row]) => [r, rowOf(row)])) : undefined,
    });
  }

  /** The same sheet with the cells given left blank (their rows copied, the others shared). */
  withBlanks(cells: readonly { row: number; col: number }[]): Grid {
    if (cells.length === 0) return this;
    const rows = this.rows.slice();
    const far = this.far ? new Map(this.far) : null;
    for (const { row, col } of cells) {
      const line = row < rows.length ? rows[row] : far?.get(row);
      if (!line || !line[col]) continue;
      const copy = line.slice();
      copy[col] = null;
      if (row < rows.length) rows[row] = copy;
      else far!.set(row, copy);
    }
    return new Grid({ ...this.toInit(), cells: rows, farRows: far ?? undefined });
  }

  /**
   * Pages one under another, as one sheet named for the first: a table printed one page a sheet (a
   * PDF's converter writes a worksheet per page) read whole. Each page is its sheet's rows `from`..`to`
   * (its page number and 续表 lines left out); `starts` holds the row each page begins at. Null when a
   * sheet keeps rows by number (a stray far cell): its gap is no page.
   */
  static stacked(pages: readonly StackedPage[]): { grid: Grid; starts: number[] } | null {
    if (pages.some((p) => p.grid.far !== null)) return null;
    const cells: (GridRow | null | undefined)[] = [];
    const merges: CellRange[] = [];
    const starts: number[] = [];
    let runsOn = false;
    // The areas ending at the last page's foot: the only ones a page's top may run on from (looked
    // through per page, not the whole list: a thousand pages would cost their count squared).
    let foot: CellRange[] = [];
    let footCategories: readonly number[] = [];
    for (const { grid: g, from, to, listFrom = from, categories = [] } of pages) {
      const at = cells.length;
      const shift = at - from;
      const touched: CellRange[] = [];
      starts.push(at);
      for (let r = from; r <= to; r++) cells.push(g.rows[r]);
      for (const area of g.merges) {
        if (area.bottom < from || area.top > to) continue;
        const m = { top: Math.max(area.top, from), left: area.left, bottom: Math.min(area.bottom, to), right: area.right };
        // A cell merged down over a page break is printed on both pages, its text on the first only: a
        // blank area at a page's top under a cell of the same columns at the last page's foot, where the
        // list had begun, is its rest when merged down on one page or the other (a row's own area across
        // columns, a target over E:G, is no part of one above).
        const above = m.top === from && runsOn && cellText(g.cell(m.top, m.left)) === '' ? footAbove(foot, at - 1, m.left, m.right, cells) : null;
        if (above && (above.bottom > above.top || m.bottom > m.top)) {
          if (above.bottom === above.top && !foot.includes(above)) merges.push(above);
          above.bottom = m.bottom + shift;
          touched.push(above);
        } else {
          const moved = { top: m.top + shift, left: m.left, bottom: m.bottom + shift, right: m.right };
          merges.push(moved);
          touched.push(moved);
        }
      }
      // A category merged down over the break whose rest is one row: a blank cell, no area, at the page's top.
      if (runsOn && from <= to) {
        for (const col of footCategories) {
          if (cellText(g.cell(from, col)) !== '' || g.mergeAt(from, col)) continue;
          const above = foot.find((m) => m.left === col && m.right === col && m.bottom > m.top);
          if (!above) continue;
          above.bottom = at;
          touched.push(above);
        }
      }
      runsOn = to >= listFrom;
      footCategories = categories;
      foot = touched.filter((m) => m.bottom === cells.length - 1);
    }
    // What each sheet hides is said of a finding once it is placed back on its own sheet.
    return { grid: new Grid({ name: pages[0]?.grid.name ?? '', cells, merges }), starts };
  }

  /** Whether a merged area of more than one row crosses the row. */
  mergedDownAcross(row: number): boolean {
    const start = this.rowStart;
    if (start === null || !(row >= 0 && row < this.rowCount)) return false;
    for (let i = start[row]; i < start[row + 1]; i++) {
      const m = this.merges[this.rowAreas![i]];
      if (m.bottom > m.top) return true;
    }
    return false;
  }

  /** Whether the sheet hides the cell's row, else its column; undefined for a cell in view. */
  hiddenAt(row: number, col: number): 'row' | 'column' | undefined {
    const h = this.hidden;
    if (h === null) return undefined;
    const i = firstAtLeast(h.rows.length, (k) => h.rows[k], row);
    if (i < h.rows.length && h.rows[i] === row) return 'row';
    for (const [first, last] of h.columns) if (col >= first && col <= last) return 'column';
    return undefined;
  }

  contains(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rowCount && col < this.colCount;
  }

  cell(row: number, col: number): GridCell {
    return this.rowAt(row)?.[col] ?? EMPTY;
  }

  /** The cells of a row, listed or kept by number. */
  private rowAt(row: number): GridRow | null | undefined {
    const listed = this.rows[row];
    return listed || this.far === null ? listed : this.far.get(row);
  }

  /**
   * What the grid was made of (its merged areas as clipped), to make the same grid on another thread:
   * what the sheet hides and whether it is hidden itself included, as a finding there says so.
   */
  toInit(): GridInit {
    const init: GridInit = { name: this.name, cells: this.rows, farRows: this.far ?? undefined, merges: this.merges };
    if (this.hidden) init.hidden = this.hidden;
    if (this.state) init.state = this.state;
    return init;
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const start = this.rowStart;
    if (start === null || !(row >= 0 && row < this.rowCount)) return undefined;
    const areas = this.rowAreas!;
    const from = start[row];
    const end = start[row + 1];
    if (this.overlapping !== null && this.overlapping[row] === 1 && end - from <= OVERLAP_WALK) {
      // The first listed of the areas covering the cell.
      let first = -1;
      for (let i = from; i < end; i++) {
        const m = this.merges[areas[i]];
        if (col >= m.left && col <= m.right && (first < 0 || areas[i] < first)) first = areas[i];
      }
      return first < 0 ? undefined : this.merges[first];
    }
    // A few areas (a row of most sheets) are walked: halving them would cost more.
    if (end - from <= 8) {
      for (let i = from; i < end; i++) {
        const m = this.merges[areas[i]];
        if (col >= m.left && col <= m.right) return m;
      }
      return undefined;
    }
    // The last area starting at or left of the column is the only one that may cover it (where
    // more than OVERLAP_WALK areas overlap in one row, the one it is taken to be).
    let lo = from;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.merges[areas[mid]].left <= col) lo = mid + 1;
      else hi = mid;
    }
    const m = lo > from ? this.merges[areas[lo - 1]] : undefined;
    return m !== undefined && col <= m.right ? m : undefined;
  }

  /** The cell that holds the value shown at (row, col): the top-left cell of its merge. */
  master(row: number, col: number): CellPos {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  /** Value shown at the cell: a covered cell shows its merge's top-left value. */
  shownCell(row: number, col: number): GridCell {
    const m = this.mergeAt(row, col);
    return m ? this.cell(m.top, m.left) : this.cell(row, col);
  }

  /** Display text of the shown value, trimmed; '' for empty. */
  text(row: number, col: number): string {
    return cellText(this.shownCell(row, col));
  }

  /** Text of the cell itself; '' for covered cells. */
  ownText(row: number, col: number): string {
    return this.isCovered(row, col) ? '' : cellText(this.cell(row, col));
  }

  /**
   * Everything a reader needs of one cell in one look-up: the text shown, whether the cell
   * holds it itself, and the address of the cell that does.
   */
  probe(row: number, col: number, out: CellProbe): CellProbe {
    // Filled in place: large tables probe four cells per row, and addresses are made only when kept.
    const m = this.mergeAt(row, col);
    out.merge = m;
    out.row = m ? m.top : row;
    out.col = m ? m.left : col;
    out.text = cellText(this.cell(out.row, out.col));
    out.own = m === undefined || (m.top === row && m.left === col) ? out.text : '';
    return out;
  }

  /** Column of the first cell in the row holding text of its own, or -1 (read per row of large tables: nothing allocated). */
  firstTextColumn(row: number): number {
    const cells = this.rowAt(row);
    if (!cells) return -1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || cell.value === null || cell.value === '' || this.isCovered(row, c)) continue;
      if (cellText(cell) !== '') return c;
    }
    return -1;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /** A1 address of the cell a person should look at: the top-left of its merge. */
  masterAddress(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? toA1(m.top, m.left) : toA1(row, col);
  }

  /** Calls fn for every non-empty cell that is not covered by a merge, in row order. */
  forEachCell(fn: (row: number, col: number, cell: GridCell) => void, fromRow = 0, toRow = this.rowCount - 1): void {
    const from = Math.max(0, fromRow);
    const to = Math.min(toRow, this.rowCount - 1);
    const keys = this.farKeys;
    // Rows kept by number lie below the list, or among its holes where rows came out of order.
    let k = 0;
    while (k < keys.length && keys[k] < from) k++;
    for (let r = from, end = Math.min(to, this.rows.length - 1); r <= end; r++) {
      for (; k < keys.length && keys[k] < r; k++) this.eachInRow(keys[k], this.far!.get(keys[k])!, fn);
      const row = this.rows[r];
      if (row) this.eachInRow(r, row, fn);
    }
    for (; k < keys.length && keys[k] <= to; k++) this.eachInRow(keys[k], this.far!.get(keys[k])!, fn);
  }

  private eachInRow(r: number, row: GridRow, fn: (row: number, col: number, cell: GridCell) => void): void {
    // Most rows cross no merged area: their cells need no look-up.
    const merged = this.rowStart !== null && this.rowStart[r] !== this.rowStart[r + 1];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && cell.value !== null && cell.value !== '' && !(merged && this.isCovered(r, c))) fn(r, c, cell);
    }
  }
}

type FormatKind = { kind: 'percent' } | { kind: 'date' } | { kind: 'unit'; unit: string } | { kind: 'plain' };
/** Number formats read once each: a sheet has a handful, and a large one shows them on every amount. */
const formatKind = memoByText<FormatKind>(1000, (format) => {
  const code = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  // A unit kept in the format, as people type targets: 0"家", #,##0.00"万元".
  const unit = /^[#0,.]+"([^"]+)"$/.exec(format.split(';')[0]);
  return code.includes('%')
    ? { kind: 'percent' }
    : /[yd]/i.test(code) || /m/i.test(code.replace(/[hs]:?m+|m+:?s/gi, ''))
      ? { kind: 'date' }
      : unit
        ? { kind: 'unit', unit: unit[1] }
        : { kind: 'plain' };
});

/**
 * An Excel date serial (1900 system) as its format shows it in a Chinese Excel: yyyy"年"m"月"d"日" →
 * 2023年12月31日, yyyy/m/d → 2023/12/31, yyyy-mm-dd → 2023-12-31; the built-in short date (id 14,
 * written mm-dd-yy in the file, m/d/yyyy by Office JS's numberFormat) as a Chinese system's, yyyy/m/d.
 * A date typed into a cell is stored so (任务完成时间 | 2023年12月31日, 起止时间 | 2016年1月1日), and the
 * checker reads the text a person sees.
 */
export function dateText(serial: number, format: string): string {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  if (Number.isNaN(date.getTime())) return String(serial);
  const section = format === 'mm-dd-yy' || format === 'm/d/yyyy' ? 'yyyy/m/d' : format.split(';')[0];
  const twelve = /AM\/PM|上午\/下午/i.test(section);
  const h = date.getUTCHours();
  let out = '';
  let afterHour = false;
  for (const m of section.matchAll(DATE_TOKEN)) {
    const [token, quoted, escaped] = m;
    if (quoted !== undefined) out += quoted;
    else if (escaped !== undefined) out += escaped;
    else if (token.startsWith('[')) continue;
    else {
      const t = token.toLowerCase();
      if (t === 'yyyy' || t === 'yyy' || t === 'e') out += date.getUTCFullYear();
      else if (t === 'yy' || t === 'y') out += String(date.getUTCFullYear() % 100).padStart(2, '0');
      else if (t.startsWith('m') && afterHour && t.length <= 2) out += pad(date.getUTCMinutes(), t.length);
      else if (t.startsWith('m')) out += t.length >= 3 ? `${date.getUTCMonth() + 1}月` : pad(date.getUTCMonth() + 1, t.length);
      else if (t.startsWith('d')) out += t.length >= 3 ? `星期${'日一二三四五六'[date.getUTCDay()]}` : pad(date.getUTCDate(), t.length);
      else if (t.startsWith('h')) out += pad(twelve ? h % 12 || 12 : h, t.length);
      else if (t.startsWith('s')) out += pad(date.getUTCSeconds(), t.length);
      else if (t === 'am/pm') out += h < 12 ? 'AM' : 'PM';
      else if (t === '上午/下午') out += h < 12 ? '上午' : '下午';
      else out += token;
      afterHour = t.startsWith('h') || (afterHour && !/[a-z]/.test(t));
    }
  }
  return out;
}
const DATE_TOKEN = /"([^"]*)"|\\(.)|\[[^\]]*\]|yyyy|yyy|yy|y|e|m+|d+|h+|s+|AM\/PM|上午\/下午|[\s\S]/gi;
const pad = (n: number, width: number): string => (width >= 2 ? String(n).padStart(2, '0') : String(n));

/** A JavaScript date (ExcelJS reads date cells as UTC dates) as an Excel serial number. */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}

/** The text without spaces or zero-width marks at its ends (trim() keeps the zero-width ones). */
function trimBlank(v: string): string {
  let start = 0;
  let end = v.length;
  while (start < end && isBlankMark(v.charCodeAt(start))) start++;
  while (end > start && isBlankMark(v.charCodeAt(end - 1))) end--;
  return v.slice(start, end);
}

/**
 * The text of a cell that holds text, or a date as its format shows it (a date typed into a cell is
 * stored as a number: 项目起止时间 | 2016年1月1日); null for any other number.
 */
export function textOrDate(cell: GridCell): string | null {
  const v = cell.value;
  if (typeof v === 'string') return v;
  return typeof v === 'number' && cell.format !== undefined && formatKind(cell.format).kind === 'date' ? cellText(cell) : null;
}

/** Text a person sees for a cell, enough for label and target reading (percent formats applied). */
export function cellText(cell: GridCell): string {
  const v = cell.value;
  if (v === null) return '';
  // trim() allocates; most cells have no surrounding space of any kind (U+3000, U+00A0 included).
  if (typeof v === 'string') return v.length > 0 && (isBlankMark(v.charCodeAt(0)) || isBlankMark(v.charCodeAt(v.length - 1))) ? trimBlank(v) : v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (cell.format) {
    const f = formatKind(cell.format);
    if (f.kind === 'percent') return `${Number((v * 100).toPrecision(12))}%`;
    if (f.kind === 'date') return dateText(v, cell.format);
    if (f.kind === 'unit') return `${Number(v.toPrecision(15))}${f.unit}`;
  }
  return String(Number(v.toPrecision(15)));
}

/**
 * The area among `foot` (those ending at `row`), or, unmerged, the cell as a new area (not listed), at
 * `row` spanning exactly columns left..right, holding text: the foot of a page a stacked sheet
 * continues. Null where there is none.
 */
function footAbove(foot: readonly CellRange[], row: number, left: number, right: number, cells: ReadonlyArray<GridRow | null | undefined>): CellRange | null {
  for (let i = foot.length - 1; i >= 0; i--) {
    const m = foot[i];
    if (m.right < left || m.left > right) continue;
    return m.left === left && m.right === right && cellText(cells[m.top]?.[m.left] ?? EMPTY) !== '' ? m : null;
  }
  // An unmerged cell, as the area it becomes (not yet listed).
  return left === right && cellText(cells[row]?.[left] ?? EMPTY) !== '' ? { top: row, left, bottom: row, right } : null;
}
