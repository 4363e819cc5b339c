import { CellRange, parseA1 } from './address';
import { Grid, GridCell, HiddenLines, HiddenSheet, lineRuns } from './grid';

/** A block of cells as spreadsheet APIs return them: row-major arrays, `''` for blank. */
export interface RangeArrays {
  /** Zero-based sheet position of the block's top-left cell. */
  top: number;
  left: number;
  values: ReadonlyArray<ReadonlyArray<unknown>>;
  formulas?: ReadonlyArray<ReadonlyArray<unknown>>;
  numberFormats?: ReadonlyArray<ReadonlyArray<unknown>>;
}

/** Builds a grid from one or more blocks (a sheet read whole, or in chunks), its merged areas, what it hides and whether it is hidden. */
export function gridFromArrays(name: string, blocks: readonly RangeArrays[], merges: readonly CellRange[], hidden?: HiddenLines, state?: HiddenSheet): Grid {
  const cells: GridCell[][] = [];
  for (const block of blocks) {
    block.values.forEach((row, r) => {
      let out: GridCell[] | undefined;
      row.forEach((raw, c) => {
        const f = block.formulas?.[r]?.[c];
        const formula = typeof f === 'string' && f.startsWith('=') ? f : undefined;
        const value = raw === '' || raw === null || raw === undefined ? null : (raw as GridCell['value']);
        if (value === null && formula === undefined) return;
        const nf = block.numberFormats?.[r]?.[c];
        const cell: GridCell = { value };
        if (formula !== undefined) cell.formula = formula;
        if (typeof nf === 'string' && nf !== 'General' && typeof value === 'number') cell.format = nf;
        out ??= cells[block.top + r] ??= [];
        out[block.left + c] = cell;
      });
    });
  }
  return new Grid({ name, cells, merges, hidden, state });
}

/**
 * The rows and columns of a used range (top..top+rows−1, left..left+cols−1) that Excel hides, from its
 * `rowHidden` / `columnHidden` (true: all, false: none, null: some) and, where some are, the
 * addresses of its visible cells (RangeView.cellAddresses: a row of them a visible row).
 */
export function hiddenLinesOf(
  used: { top: number; left: number; rows: number; cols: number },
  rowHidden: boolean | null,
  columnHidden: boolean | null,
  visible: ReadonlyArray<ReadonlyArray<string>> | null,
): HiddenLines {
  const shownRows = new Set<number>();
  const shownCols = new Set<number>();
  for (const row of visible ?? []) {
    if (row.length > 0) shownRows.add(parseA1(row[0].slice(row[0].lastIndexOf('!') + 1)).row);
    for (const a of row) shownCols.add(parseA1(a.slice(a.lastIndexOf('!') + 1)).col);
  }
  const lines = (from: number, count: number, all: boolean | null, shown: Set<number>): number[] => {
    const out: number[] = [];
    // Some hidden, and no view to tell which: none said (rather than all).
    if (all === false || (all === null && visible === null)) return out;
    for (let i = from; i < from + count; i++) if (all === true || !shown.has(i)) out.push(i);
    return out;
  };
  const rows = lines(used.top, used.rows, rowHidden, shownRows);
  // A view holds no cell when every row (or column) is hidden: the other lines are then not told by it.
  const cols = rowHidden === true ? [] : lines(used.left, used.cols, columnHidden, shownCols);
  return { rows: columnHidden === true ? [] : rows, columns: lineRuns(cols) };
}
