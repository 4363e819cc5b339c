import { Grid } from '../grid/grid';
import { CellRange } from '../grid/address';
import { AmountField, Field } from '../model/table';
import { centsOf, readAmount } from '../grid/numbers';
import { unwrap } from '../grid/text';
import { LabelMap } from './label-map';

/** The text shown at a cell, its wraps undone, addressed at its merge's top-left. */
export function fieldAt(grid: Grid, row: number, col: number): Field {
  return { text: unwrap(grid.text(row, col)), cell: grid.masterAddress(row, col) };
}

export function amountAt(grid: Grid, row: number, col: number): AmountField {
  const m = grid.master(row, col);
  return { cell: grid.address(m.row, m.col), reading: readAmount(grid.cell(m.row, m.col)) };
}

/** An amount typed into a label's text (资金总额:704, 其他资金:2880万元), read at `cell`: a plain figure as a number. */
export function typedAmount(cell: string, typed: string): AmountField {
  return { cell, reading: typed === '' ? { kind: 'empty' } : readAmount({ value: PLAIN.test(typed) ? Number(typed) : typed }) };
}
const PLAIN = /^\d+(\.\d+)?$/;

/**
 * A weight (权重, 分值) as points: a share typed into Excel (20% becomes 0.2 shown as 20%) is that
 * many points of the hundred, as the same share typed as text ('20%') reads.
 */
export function weightAt(grid: Grid, row: number, col: number): AmountField {
  const field = amountAt(grid, row, col);
  const r = field.reading;
  if (r.kind !== 'number' || r.asText || !r.format?.includes('%')) return field;
  const value = Number((r.value * 100).toPrecision(15));
  // Points now, no longer a share: without the percent format that said so.
  const { format: _share, ...points } = r;
  return { cell: field.cell, reading: { ...points, value, cents: centsOf(value) } };
}

/** Column just right of the cell's merged area. */
export function rightOf(grid: Grid, row: number, col: number): number {
  return (grid.mergeAt(row, col)?.right ?? col) + 1;
}

/** Column right of a label's merged area, past the label's own filled copies (its merge undone and filled). */
export function rightPastCopies(grid: Grid, row: number, col: number): number {
  let c = rightOf(grid, row, col);
  while (c < grid.colCount && isFilledCopy(grid, row, c)) c++;
  return c;
}

/**
 * The line above a row: past a row with no text of its own under cells merged down into it (a tall
 * row a PDF's converter split in two). A label merged over two rows beside others' own text (资金结构
 * beside 年初预算 | 年中调整 …) is no such line: the row under it is the block's header.
 */
export function lineAbove(grid: Grid, row: number, col: number): number {
  if (row === 0) return -1;
  const area = grid.mergeAt(row - 1, col);
  return area !== undefined && area.top < row - 1 && grid.firstTextColumn(row - 1) < 0 ? area.top : row - 1;
}

/**
 * The row ending the first `lines` rows with text of their own from `top` (a tall row a PDF's
 * conversion split leaves lines with none under it), looked for over `span` rows from `top`; never
 * before `top + lines - 1`.
 */
export function lastOfLines(grid: Grid, top: number, lines: number, span: number): number {
  let last = top;
  for (let r = top + 1, n = 1; r < Math.min(grid.rowCount, top + span) && n < lines; r++) {
    if (grid.firstTextColumn(r) < 0) continue;
    n++;
    last = r;
  }
  return Math.max(last, top + lines - 1);
}

/** The line above a row, past one wholly blank row left between two lines. */
export function lineOrBlankAbove(grid: Grid, row: number, col: number): number {
  const above = lineAbove(grid, row, col);
  return above > 0 && grid.firstTextColumn(above) < 0 ? lineAbove(grid, above, col) : above;
}

/**
 * The first row from `row` on holding text of its own, past at most `most` rows with none (a blank
 * row left between lines, a converted row's lower lines); -1 when there is none so near. A blank row
 * whose cells are merged down over lines (a PDF's converter prints it so) counts once, with its lines.
 */
export function textRowFrom(grid: Grid, row: number, most: number): number {
  for (let r = row, passed = 0; r < grid.rowCount; passed++) {
    if (grid.firstTextColumn(r) >= 0) return r;
    if (passed >= most) return -1;
    const end = blankRowEnd(grid, r);
    r++;
    while (r <= end && r < grid.rowCount && grid.firstTextColumn(r) < 0) r++;
  }
  return -1;
}

/** The last line a blank row's merged areas reach down to (itself when none starts there), among the first columns. */
function blankRowEnd(grid: Grid, row: number): number {
  let end = row;
  for (let c = 0, last = Math.min(grid.colCount, LINE_COLUMNS); c < last; c++) {
    const m = grid.mergeAt(row, c);
    if (!m) continue;
    if (m.top === row && m.bottom > end) end = m.bottom;
    c = m.right;
  }
  return end;
}
/** How far right a blank row's merged areas are looked for: past any table's columns, each in three. */
const LINE_COLUMNS = 128;

/** The row, or the one after it where it is wholly blank (one blank row left between, as a form spaced by hand), up to `last`. */
export function pastBlankRow(grid: Grid, row: number, last = grid.rowCount - 1): number {
  return row < last && grid.firstTextColumn(row) < 0 ? row + 1 : row;
}

/** Row just below the cell's merged area. */
export function below(grid: Grid, row: number, col: number): number {
  return (grid.mergeAt(row, col)?.bottom ?? row) + 1;
}

/**
 * The first column from `col` on, by merged areas, before `limit`, that holds text or a merge: past
 * blank columns a person inserted (资金总额 | | 100; 产出指标 | | prose). `limit` when there is none.
 */
export function pastBlank(grid: Grid, row: number, col: number, limit: number): number {
  let c = col;
  for (; c < limit && grid.ownText(row, c) === ''; c = rightOf(grid, row, c)) {
    const m = grid.mergeAt(row, c);
    // A blank cell merged down over its row's lines only (a PDF's converter merges every cell of a tall row),
    // in a column blank above and below it, is as blank as an unmerged one: an inserted column, in lines.
    if (m !== undefined && !(m.left === m.right && grid.text(row, c) === '' && blankAround(grid, m))) break;
  }
  return Math.min(c, limit);
}

/** The cells right above and right below a merged area, in its column, hold nothing of their own (blank, or inside a wider area from the left). */
function blankAround(grid: Grid, m: CellRange): boolean {
  return (m.top === 0 || holdsNothing(grid, m.top - 1, m.left)) && (m.bottom + 1 >= grid.rowCount || holdsNothing(grid, m.bottom + 1, m.left));
}
function holdsNothing(grid: Grid, row: number, col: number): boolean {
  const m = grid.mergeAt(row, col);
  return (m !== undefined && m.left < col) || grid.text(row, col) === '';
}

/** The first column at or left of `col` with text, past blank columns (one inserted between a label and its value). */
export function leftPastBlank(grid: Grid, row: number, col: number): number {
  let c = col;
  while (c > 0 && grid.text(row, c) === '') c--;
  return c;
}

/** The column right of the cell's merged area, past at most `blanks` blank columns a person inserted there. */
export function rightPastBlank(grid: Grid, row: number, col: number, blanks: number): number {
  const next = rightOf(grid, row, col);
  return pastBlank(grid, row, next, Math.min(grid.colCount, next + blanks));
}

/**
 * The value written beside a label (`部门（单位）名称 | 福田区…`): the first non-empty cell to its
 * right, not crossing another label. Undefined when the value is blank.
 */
export function valueRight(grid: Grid, labels: LabelMap, row: number, col: number): Field | undefined {
  for (let c = rightOf(grid, row, col); c < grid.colCount; c = rightOf(grid, row, c)) {
    // Past the label's own filled copies (项目名称 | 项目名称 | 道路养护): a label after them ends the search.
    if (labels.at(row, c)) {
      if (isFilledCopy(grid, row, c)) continue;
      return undefined;
    }
    const text = grid.text(row, c);
    if (text !== '') return fieldAt(grid, row, c);
  }
  return undefined;
}

/**
 * A cell repeating the text of the unmerged cell left of it: a merged label undone and filled
 * (Excel's 取消合并 with 填充, exports that fill merged cells), one label, not two.
 */
export function isFilledCopy(grid: Grid, row: number, col: number): boolean {
  return col > 0 && repeats(grid, row, col, row, col - 1);
}

/** The same for the cell above: a two-row header cell undone and filled down (任务名称 over 任务名称). */
export function isFilledDown(grid: Grid, row: number, col: number): boolean {
  return row > 0 && repeats(grid, row, col, row - 1, col);
}

/** The cell holds text, and the same as the other cell, neither merged. */
function repeats(grid: Grid, row: number, col: number, fromRow: number, fromCol: number): boolean {
  return grid.mergeAt(row, col) === undefined && grid.mergeAt(fromRow, fromCol) === undefined && grid.text(row, col) !== '' && grid.text(row, col) === grid.text(fromRow, fromCol);
}
