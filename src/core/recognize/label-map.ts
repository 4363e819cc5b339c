import { cellText, Grid, GridCell } from '../grid/grid';
import { endsWithStop, hasWideDigit, isPageMark } from '../grid/text';
import { classifyLabel, isTitleLabel, Label, LabelKind, labelIs } from './labels';
import { firstAtLeast } from '../sorted';

export interface Hit {
  row: number;
  col: number;
  label: Label;
}

const NONE: readonly Hit[] = [];

/** A whole number from 1 to 999, typed or as text, not a share or a date: what a page's number looks like. */
export function isBareNumber(cell: GridCell): boolean {
  const v = cell.value;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 999 && !(cell.format && /[%yd]/i.test(cell.format));
  return typeof v === 'string' && v.length <= 5 && /^\s*\d{1,3}\s*$/.test(v) && Number(v) >= 1;
}

/** Label words a header row may hold (`crowded`). */
export const MAX_HEADER_LABELS = 200;

const NO_ROWS: ReadonlySet<number> = new Set();

/**
 * Every label cell of a sheet, found once; blocks look labels up by kind and position. Kept in
 * sheet order and by row, and a cell's label found among its row's: a map of every label cell cost
 * a sheet of label-like words (an indicator library, 240,000 label cells) ~120 ms to fill.
 */
export class LabelMap {
  readonly hits: Hit[] = [];
  /** Every text cell of the sheet in row order, kept from the one pass: text rules walk these, not the grid. */
  private readonly textRows: number[] = [];
  private readonly textCols: number[] = [];
  private readonly texts: string[] = [];
  /** Each row's labels, left to right. */
  private readonly byRow = new Map<number, Hit[]>();
  private wide = false;
  private stops = false;
  private pages = false;
  /** Rows holding nothing but a small whole number, and its column, in pairs: perhaps a page's number. */
  private readonly lone: number[] = [];

  /**
   * `pageBreaks`: rows that held a page's number or 续表 before they were read as blank (a tidied copy of a
   * sheet, `eachTable`): where a page break stands in a list converted from a PDF to one sheet.
   */
  constructor(
    readonly grid: Grid,
    readonly pageBreaks: ReadonlySet<number> = NO_ROWS,
  ) {
    // Cells come in row order: a row's list is the one filled last, or a new one.
    let lastRow = -1;
    let lastHits: Hit[] = [];
    // The row being read, its cells so far, and the column of its first if that is a bare number.
    let row0 = -1;
    let filled = 0;
    let bare = -1;
    grid.forEachCell((row, col, cell) => {
      if (row !== row0) {
        if (filled === 1 && bare >= 0) this.lone.push(row0, bare);
        row0 = row;
        filled = 0;
        bare = -1;
      }
      if (++filled === 1 && isBareNumber(cell)) bare = col;
      if (typeof cell.value !== 'string') return;
      // Trimmed as the grid shows it (grid.text): a label typed with a trailing space is the same text
      // to whoever compares it with a cell (fuliang's title '部门整体绩效目标 ', alone in its row).
      const text = cellText(cell);
      if (text === '') return;
      this.textRows.push(row);
      this.textCols.push(col);
      this.texts.push(text);
      if (!this.wide && hasWideDigit(text)) this.wide = true;
      if (!this.stops && endsWithStop(text)) this.stops = true;
      if (!this.pages && isPageMark(text)) this.pages = true;
      if (text.length > 120) return;
      const label = classifyLabel(text);
      if (!label) return;
      const hit = { row, col, label };
      this.hits.push(hit);
      if (lastRow === row) lastHits.push(hit);
      else {
        lastRow = row;
        this.byRow.set(row, (lastHits = [hit]));
      }
    });
    if (filled === 1 && bare >= 0) this.lone.push(row0, bare);
    this.titlesOverTwoLines();
  }

  /**
   * A title printed over two lines, each alone in its row (岳阳市2018年度部门整体支出 / 绩效评价自评报告,
   * 湖南's department report, e-hn-yueyang-cgzx-2018): read as one, at its first line. Asked only of a
   * text ending in 支出 that is no label itself.
   */
  private titlesOverTwoLines(): void {
    const { texts, textRows: rows } = this;
    // The end of row `rows[i]`'s texts past i when each is the same text (a merge across the row undone and filled), else -1.
    const sameTo = (i: number): number => {
      let j = i + 1;
      while (j < texts.length && rows[j] === rows[i] && texts[j] === texts[i]) j++;
      return j < texts.length && rows[j] === rows[i] ? -1 : j;
    };
    for (let i = 0; i + 1 < texts.length; i++) {
      const first = texts[i];
      if (first.charCodeAt(first.length - 1) !== 0x51fa /* 出 */ || !first.endsWith('支出')) continue;
      const row = rows[i];
      const next = sameTo(i);
      if ((i > 0 && rows[i - 1] === row) || next < 0 || next >= texts.length || rows[next] !== row + 1 || sameTo(next) < 0 || this.byRow.has(row)) continue;
      const label = classifyLabel(first + texts[next]);
      if (!label || !isTitleLabel(label)) continue;
      const hit = { row, col: this.textCols[i], label };
      let at = this.hits.length;
      while (at > 0 && this.hits[at - 1].row > row) at--;
      this.hits.splice(at, 0, hit);
      this.byRow.set(row, [hit]);
    }
  }

  /** A text of the sheet holds a full-width digit (typed in full-width mode): its numbers are read narrowed. */
  get wideDigits(): boolean {
    return this.wide;
  }

  /** A short text of the sheet with a figure ends as a sentence does (372.29万元。): read without the stop. */
  get endStops(): boolean {
    return this.stops;
  }

  /** A text of the sheet is a page's number (第 1 页，共 2 页), left in the rows by a PDF's conversion: read as blank. */
  get pageMarks(): boolean {
    return this.pages;
  }

  /**
   * Cells alone in their row holding a small whole number (2, or '2'), no merged area crossing the
   * row from above or below: a printed page's bare number a PDF's conversion leaves between a table's
   * rows or above a page's first row, nothing of the table (no real table in the corpus has such a
   * row; an indicator's lone figure on a row of its own lies under a name merged down over it).
   */
  get pageNumbers(): { row: number; col: number }[] {
    const out: { row: number; col: number }[] = [];
    for (let i = 0; i < this.lone.length; i += 2) if (!this.grid.mergedDownAcross(this.lone[i])) out.push({ row: this.lone[i], col: this.lone[i + 1] });
    return out;
  }

  /** Calls visit for every cell of rows top..bottom holding text of its own (not covered by a merge), in row order. */
  forEachText(visit: (text: string, row: number, col: number) => void, top: number, bottom: number): void {
    const rows = this.textRows;
    for (let i = firstAtLeast(rows.length, (j) => rows[j], top); i < rows.length && rows[i] <= bottom; i++) visit(this.texts[i], rows[i], this.textCols[i]);
  }

  /** The furthest column the labels of rows top..bottom reach, their merged areas included; -1 without any. */
  reach(top: number, bottom: number): number {
    const hits = this.hits;
    let right = -1;
    for (let i = this.firstFrom(top); i < hits.length && hits[i].row <= bottom; i++) {
      const { row, col } = this.hits[i];
      right = Math.max(right, this.grid.mergeAt(row, col)?.right ?? col);
    }
    return right;
  }

  /** The label shown at a cell (through merges). */
  at(row: number, col: number): Hit | undefined {
    const m = this.grid.master(row, col);
    const hits = this.byRow.get(m.row);
    if (hits) for (let i = 0; i < hits.length && hits[i].col <= m.col; i++) if (hits[i].col === m.col) return hits[i];
    return undefined;
  }

  /** Labels of one row, left to right. */
  inRow(row: number): readonly Hit[] {
    return this.byRow.get(row) ?? NONE;
  }

  /**
   * The row holds more label words than any form's header row (~20 at most): a list of words, not
   * a header, so it anchors no table. Reading each of its words as a header, across all the others,
   * took a sheet of 20 rows × 4,000 label words 10 s.
   */
  crowded(row: number): boolean {
    return this.inRow(row).length > MAX_HEADER_LABELS;
  }

  is(row: number, col: number, kind: LabelKind): boolean {
    return labelIs(this.at(row, col)?.label, kind);
  }

  /**
   * Labels of rows top..bottom, in sheet order, found by halving the sheet's: a sheet of a thousand
   * tables one under another looks each table's labels up without walking every table's.
   */
  inRows(top: number, bottom: number): Hit[] {
    const from = this.firstFrom(top);
    let to = from;
    while (to < this.hits.length && this.hits[to].row <= bottom) to++;
    return this.hits.slice(from, to);
  }

  find(kind: LabelKind, top = 0, bottom = Number.MAX_SAFE_INTEGER): Hit[] {
    const out: Hit[] = [];
    for (let i = this.firstFrom(top); i < this.hits.length && this.hits[i].row <= bottom; i++) if (labelIs(this.hits[i].label, kind)) out.push(this.hits[i]);
    return out;
  }

  first(kind: LabelKind, top = 0, bottom = Number.MAX_SAFE_INTEGER): Hit | undefined {
    for (let i = this.firstFrom(top); i < this.hits.length && this.hits[i].row <= bottom; i++) if (labelIs(this.hits[i].label, kind)) return this.hits[i];
    return undefined;
  }

  /** Where the labels of rows from `top` on start in `hits`. */
  private firstFrom(top: number): number {
    const hits = this.hits;
    return top <= 0 ? 0 : firstAtLeast(hits.length, (j) => hits[j].row, top);
  }
}
