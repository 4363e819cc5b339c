import { CellPos, CellRange, parseRange, toA1 } from './address';

export type CellValue = string | number | boolean | null;

export interface GridCell {
  value: CellValue;
  /** Formula text with its leading `=`, when the cell holds one. */
  formula?: string;
  /** Excel number format code (`#,##0.00`, `0%`), when not General. */
  format?: string;
}

export interface GridInit {
  name: string;
  /** Row-major, zero-based; rows and cells may be missing (sparse). */
  cells: ReadonlyArray<ReadonlyArray<GridCell | null | undefined> | null | undefined>;
  merges?: ReadonlyArray<CellRange>;
}

const EMPTY: GridCell = Object.freeze({ value: null });

/**
 * Immutable snapshot of one sheet, as every host reads it: covered cells of a merged area
 * are empty, exactly as Excel and ExcelJS report them; `text()` reads through merges.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly CellRange[];
  private readonly rows: ReadonlyArray<ReadonlyArray<GridCell | null | undefined> | null | undefined>;
  private readonly mergeIndex = new Map<number, CellRange>();

  constructor(init: GridInit) {
    this.name = init.name;
    this.rows = init.cells;
    let cols = 0;
    for (const row of init.cells) if (row && row.length > cols) cols = row.length;
    this.rowCount = init.cells.length;
    this.colCount = cols;
    const merges: CellRange[] = [];
    for (const m of init.merges ?? []) {
      // Clip to the used area: a whole-column merge must not cost a million entries.
      const clipped = {
        top: m.top,
        left: m.left,
        bottom: Math.min(m.bottom, this.rowCount - 1),
        right: Math.min(m.right, this.colCount - 1),
      };
      if (clipped.bottom < clipped.top || clipped.right < clipped.left) continue;
      merges.push(clipped);
      for (let r = clipped.top; r <= clipped.bottom; r++) {
        for (let c = clipped.left; c <= clipped.right; c++) this.mergeIndex.set(this.key(r, c), clipped);
      }
    }
    this.merges = merges;
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

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  contains(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rowCount && col < this.colCount;
  }

  cell(row: number, col: number): GridCell {
    return this.rows[row]?.[col] ?? EMPTY;
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeIndex.size === 0 ? undefined : this.mergeIndex.get(this.key(row, col));
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
    const m = this.master(row, col);
    return this.cell(m.row, m.col);
  }

  /** Display text of the shown value, trimmed; '' for empty. */
  text(row: number, col: number): string {
    return cellText(this.shownCell(row, col));
  }

  /** Text of the cell itself; '' for covered cells. */
  ownText(row: number, col: number): string {
    return this.isCovered(row, col) ? '' : cellText(this.cell(row, col));
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /** A1 address of the cell a person should look at: the top-left of its merge. */
  masterAddress(row: number, col: number): string {
    const m = this.master(row, col);
    return toA1(m.row, m.col);
  }

  /** Calls fn for every non-empty cell that is not covered by a merge. */
  forEachCell(fn: (row: number, col: number, cell: GridCell) => void, fromRow = 0, toRow = this.rowCount - 1): void {
    for (let r = Math.max(0, fromRow); r <= Math.min(toRow, this.rowCount - 1); r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && cell.value !== null && cell.value !== '' && !this.isCovered(r, c)) fn(r, c, cell);
      }
    }
  }
}

/** Text a person sees for a cell, enough for label and target reading (percent formats applied). */
export function cellText(cell: GridCell): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (cell.format && /%/.test(cell.format.replace(/"[^"]*"/g, ''))) {
    return `${Number((v * 100).toPrecision(12))}%`;
  }
  return String(Number(v.toPrecision(15)));
}
