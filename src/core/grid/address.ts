/** Zero-based cell position; rows and columns as in the sheet (A1 is 0,0). */
export interface CellPos {
  row: number;
  col: number;
}

/** Zero-based inclusive rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet's size in Excel: 1,048,576 rows by 16,384 columns (A1:XFD1048576). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const LETTERS: string[] = [];
const ROW_NUMBERS: string[] = [];

export function toA1(row: number, col: number): string {
  // Addresses are made for several cells of every row of large tables: column letters and row
  // numbers are written once each (the first 200,000 rows' numbers: a few MB, kept for the process).
  const letters = LETTERS[col] ?? (LETTERS[col] = columnLetters(col));
  if (row >= 200_000) return letters + (row + 1);
  return letters + (ROW_NUMBERS[row] ?? (ROW_NUMBERS[row] = String(row + 1)));
}

/**
 * `B12`, `$B$12` or `b12` (spaces around dropped): one to three letters, one to seven digits, as
 * zero-based row and column; null for anything else. Read by hand, not by a pattern: a large
 * table's template and report read hundreds of thousands of addresses.
 */
function readA1(address: string): CellPos | null {
  const s = address.trim();
  let i = s.charCodeAt(0) === 36 ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (let c = s.charCodeAt(i) | 32; c >= 97 && c <= 122 && i - lettersFrom < 3; c = s.charCodeAt(++i) | 32) col = col * 26 + (c - 96);
  if (i === lettersFrom) return null;
  if (s.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (let d = s.charCodeAt(i) - 48; d >= 0 && d <= 9 && i - digitsFrom < 7; d = s.charCodeAt(++i) - 48) row = row * 10 + d;
  if (i === digitsFrom || i !== s.length) return null;
  return { row: row - 1, col: col - 1 };
}

export function parseA1(address: string): CellPos {
  const at = readA1(address);
  if (at === null) throw new Error(`Not an A1 address: ${address}`);
  return at;
}

export function isA1(address: string): boolean {
  return readA1(address) !== null;
}

export function rangeToA1(range: CellRange): string {
  const tl = toA1(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return tl;
  return `${tl}:${toA1(range.bottom, range.right)}`;
}

/** Parses `B4:C4` or `B4`; sheet prefixes (`'Sheet 1'!B4`) are dropped. */
export function parseRange(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
