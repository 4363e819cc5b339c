/**
 * Pure arithmetic for the Excel gateway: how to split reads and mark lists so that no request
 * passes Excel on the web's limits, while a table of ordinary size costs one request.
 */
import { parseA1, rangeToA1 } from '../../core/grid/address';

/** Bytes one request may carry; Excel on the web refuses payloads over 5 MB. */
export const PAYLOAD_BUDGET = 4_000_000;
/** A generous estimate of one cell's share of a values + formulas + numberFormat read, in bytes. */
export const BYTES_PER_CELL = 64;
/** Cells per read request, far under Excel's 5,000,000-cell read limit. */
export const CELL_BUDGET = 1_000_000;
/** Characters per RangeAreas address list; longer lists fail on some hosts. */
export const ADDRESS_LIST_BUDGET = 2_000;

/** Areas one RangeAreas may hold: Excel refuses more (getMergedAreasOrNullObject above 512 merged areas). */
export const AREA_LIMIT = 512;

/**
 * Row blocks for asking a range of `cols` columns for its merged areas: a row holds at most one
 * area per two columns (an area spans two cells or more), so a block of this many rows can never
 * pass the area limit, whatever the sheet.
 */
export function planMergeBlocks(rows: number, cols: number): RowChunk[] {
  if (rows <= 0 || cols <= 0) return [];
  const perBlock = Math.max(1, Math.floor(AREA_LIMIT / Math.max(1, Math.ceil(cols / 2))));
  const blocks: RowChunk[] = [];
  for (let start = 0; start < rows; start += perBlock) blocks.push({ start, count: Math.min(perBlock, rows - start) });
  return blocks;
}

export interface RowChunk {
  /** First row, relative to the used range. */
  start: number;
  count: number;
}

/** Row chunks for reading a used range: one chunk unless the sheet is too big for one request. */
export function planReadChunks(rows: number, cols: number): RowChunk[] {
  if (rows <= 0 || cols <= 0) return [];
  const perChunk = Math.max(1, Math.min(Math.floor(PAYLOAD_BUDGET / (cols * BYTES_PER_CELL)), Math.floor(CELL_BUDGET / cols)));
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rows; start += perChunk) chunks.push({ start, count: Math.min(perChunk, rows - start) });
  return chunks;
}

/**
 * Cells merged into vertical runs (E7, E8, E9 → E7:E9) and joined into address lists of at
 * most ADDRESS_LIST_BUDGET characters.
 */
export function addressLists(cells: Iterable<string>): string[] {
  const byCol = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseA1(cell);
    const rows = byCol.get(p.col) ?? [];
    rows.push(p.row);
    byCol.set(p.col, rows);
  }
  const ranges: string[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      if (i < rows.length && rows[i] === rows[i - 1]) continue;
      ranges.push(rangeToA1({ top: start, left: col, bottom: rows[i - 1], right: col }));
      if (i < rows.length) start = rows[i];
    }
  }
  const lists: string[] = [];
  let current = '';
  for (const r of ranges) {
    if (current !== '' && current.length + 1 + r.length > ADDRESS_LIST_BUDGET) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? r : `${current},${r}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}
