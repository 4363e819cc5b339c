import { CellRange } from './address';
import { Grid, GridCell } from './grid';

/** A block of cells as spreadsheet APIs return them: row-major arrays, `''` for blank. */
export interface RangeArrays {
  /** Zero-based sheet position of the block's top-left cell. */
  top: number;
  left: number;
  values: ReadonlyArray<ReadonlyArray<unknown>>;
  formulas?: ReadonlyArray<ReadonlyArray<unknown>>;
  numberFormats?: ReadonlyArray<ReadonlyArray<unknown>>;
}

/** Builds a grid from one or more blocks (a sheet read whole, or in chunks) and its merged areas. */
export function gridFromArrays(name: string, blocks: readonly RangeArrays[], merges: readonly CellRange[]): Grid {
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
  return new Grid({ name, cells, merges });
}
