import { parseA1, parseRange, rangeToA1, toA1 } from './address';

/**
 * Sheets read one under another as one grid (`Grid.stacked`: a table printed one page a sheet), and
 * where each of the stacked grid's cells is on its own sheet: what is reported goes back there.
 */
export class Pages {
  constructor(
    readonly sheets: readonly string[],
    /** The stacked grid's row each page begins at, ascending; the first 0. */
    readonly starts: readonly number[],
    /** The sheet's row each page begins at (rows above it, a page's number, left out). */
    readonly froms: readonly number[] = sheets.map(() => 0),
  ) {}

  /** Index of the sheet the stacked grid's row is on. */
  indexOf(row: number): number {
    let i = this.starts.length - 1;
    while (i > 0 && this.starts[i] > row) i--;
    return i;
  }

  /** The sheets stacked rows top..bottom are on, in order (a table's pages). */
  sheetsOf(top: number, bottom: number): string[] {
    return this.sheets.slice(this.indexOf(top), this.indexOf(bottom) + 1);
  }

  /** The sheet a stacked cell is on, and its address there. */
  place(a1: string): { sheet: string; cell: string } {
    const { row, col } = parseA1(a1);
    const i = this.indexOf(row);
    return { sheet: this.sheets[i], cell: toA1(this.onSheet(row, i), col) };
  }

  /** The row's number (1-based) on its own sheet. */
  rowNumber(row: number): number {
    return this.onSheet(row, this.indexOf(row)) + 1;
  }

  /** A stacked row of page i as a row of its sheet. */
  private onSheet(row: number, i: number): number {
    return row - this.starts[i] + this.froms[i];
  }

  /** A stacked range as it stands on the sheet it starts on: cut at that sheet's last row. */
  rangeOnFirst(range: string): string {
    const r = parseRange(range);
    const i = this.indexOf(r.top);
    const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : r.bottom;
    return rangeToA1({ top: this.onSheet(r.top, i), left: r.left, bottom: this.onSheet(Math.min(r.bottom, end), i), right: r.right });
  }

  /**
   * Stacked cells as written on sheet `from`: a cell, a range or a list of them (E7, E7:E27, E7,E9),
   * each by its address alone on `from` and as `'第2页'!E5` on another sheet; a range over two sheets
   * as its part on each.
   */
  refFrom(from: string, refs: string): string {
    const out: string[] = [];
    for (const ref of refs.split(',')) {
      const r = parseRange(ref);
      for (let i = this.indexOf(r.top); i <= this.indexOf(r.bottom); i++) {
        const top = this.onSheet(Math.max(r.top, this.starts[i]), i);
        const bottom = this.onSheet(i + 1 < this.starts.length ? Math.min(r.bottom, this.starts[i + 1] - 1) : r.bottom, i);
        const a1 = rangeToA1({ top, left: r.left, bottom, right: r.right });
        out.push(this.sheets[i] === from ? a1 : `${sheetRef(this.sheets[i])}!${a1}`);
      }
    }
    return out.join(',');
  }

  /** A formula over stacked cells as written on sheet `from` (a range over two sheets as its parts, a list). */
  formulaFrom(from: string, formula: string): string {
    return formula.replace(REFERENCE, (ref) => this.refFrom(from, ref.replace(/\$/g, '')));
  }
}

/** Cell references in a formula the engine writes (=SUM(E7:E27), =E7+E9, =E7-E9): no sheet names, no functions over text. */
const REFERENCE = /\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g;

/** A sheet's name as a formula writes it: quoted unless it is letters, digits and underscores. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
