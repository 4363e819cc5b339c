import { CellRange, parseA1, parseRange } from '../grid/address';
import { SheetSpec } from './sheet-spec';

/**
 * Row heights that fit wrapped text, computed from the column widths and the text's length, so a
 * printed template never has lines hidden under the next row. Widths are in Excel's character
 * units (the width of a digit of the default font); a CJK or other wide character counts as two.
 */

/** The default font's size, in points, where a cell does not say. */
export const DEFAULT_FONT_SIZE = 11;
/** Excel's default row height for that font. */
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * Points per line of text, per point of font size: CJK fonts (Noto Sans CJK in LibreOffice, 等线 and
 * 宋体 in Excel) need about 1.45 of their size; a little more keeps the last line off the border.
 */
const LINE_FACTOR = 1.45;
/** Points above and below the text inside a cell. */
const ROW_PADDING = 4;
/** Characters of a column's width that the cell's margins take. */
const CELL_MARGIN = 1;
/**
 * Share of a column's width text may fill: Excel draws a CJK character a little wider than two
 * digits (11 pt against 2 × 7 px), so a line holds about 5% fewer of them than the count says.
 */
const FILL = 0.95;
/** Excel's largest row height. */
const MAX_ROW_HEIGHT = 409;

/** Whether a character is drawn two digits wide: CJK, full-width forms, and the symbols CJK fonts draw wide. */
function isWide(code: number): boolean {
  return code >= 0x1100;
}

/** Width of a text in Excel character units, a wide character counting as two. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}

/**
 * Lines a text takes in a cell `width` characters wide: greedy wrapping, a wide character on its
 * own and a run of narrow ones as a word (broken only when longer than a line), each paragraph
 * (`\n`) on new lines.
 */
export function linesNeeded(text: string, width: number, fontSize = DEFAULT_FONT_SIZE): number {
  const scale = fontSize / DEFAULT_FONT_SIZE;
  const room = Math.max(1, width * FILL - CELL_MARGIN);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    const tokens = paragraph.match(/[ -\u10ff]+|./gu) ?? [];
    for (const token of tokens) {
      // A narrow run splits at its spaces, as Excel wraps words.
      const words = isWide(token.codePointAt(0)!) ? [token] : token.split(/(?<= )/);
      for (const word of words) {
        const w = textUnits(word) * scale;
        if (used > 0 && used + w > room && word.trim() !== '') {
          lines++;
          used = 0;
        }
        if (w > room) {
          // A word longer than the line: broken by characters.
          const whole = Math.floor((used + w) / room);
          lines += whole;
          used = used + w - whole * room;
        } else used += w;
      }
    }
  }
  return lines;
}

/** Points a cell needs to show `lines` lines of text at a font size. */
export function heightFor(lines: number, fontSize = DEFAULT_FONT_SIZE): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(DEFAULT_ROW_HEIGHT, Math.ceil(lines * fontSize * LINE_FACTOR + ROW_PADDING)));
}

export interface TextCell {
  address: string;
  text: string;
  /** Font size in points, where the cell sets one. */
  size?: number;
}

/**
 * Heights, by zero-based row, for rows `first`..`last`: each row tall enough for its tallest text,
 * a text in a merged area measured across the area's columns and, where it spans rows, the rows
 * it spans grown together when their sum is short. `widths` gives column widths in characters.
 */
export function fitRowHeights(cells: readonly TextCell[], merges: readonly string[], widths: (col: number) => number, rows: { first: number; last: number }): Record<number, number> {
  const areas = new Map<string, CellRange>();
  for (const m of merges) {
    const r = parseRange(m);
    areas.set(`${r.top},${r.left}`, r);
  }
  const heights: Record<number, number> = {};
  for (let r = rows.first; r <= rows.last; r++) heights[r] = DEFAULT_ROW_HEIGHT;
  const tall: { area: CellRange; need: number }[] = [];
  for (const cell of cells) {
    if (cell.text.trim() === '') continue;
    const p = parseA1(cell.address);
    if (p.row < rows.first || p.row > rows.last) continue;
    const area = areas.get(`${p.row},${p.col}`) ?? { top: p.row, left: p.col, bottom: p.row, right: p.col };
    let width = 0;
    for (let c = area.left; c <= area.right; c++) width += widths(c);
    const need = heightFor(linesNeeded(cell.text, width, cell.size), cell.size);
    if (area.bottom === area.top) heights[p.row] = Math.max(heights[p.row], need);
    else tall.push({ area, need });
  }
  // Texts over several rows: the rows share what is missing.
  for (const { area, need } of tall) {
    const bottom = Math.min(area.bottom, rows.last);
    let have = 0;
    for (let r = area.top; r <= bottom; r++) have += heights[r];
    if (have >= need) continue;
    const extra = Math.ceil((need - have) / (bottom - area.top + 1));
    for (let r = area.top; r <= bottom; r++) heights[r] = Math.min(MAX_ROW_HEIGHT, heights[r] + extra);
  }
  return heights;
}

/** The text cells of a spec, as `fitRowHeights` measures them (values written as text or numbers). */
export function specTextCells(spec: SheetSpec, fontSizeOf?: (address: string) => number | undefined): TextCell[] {
  const out: TextCell[] = [];
  for (const c of spec.cells) {
    if (typeof c.value !== 'string' && typeof c.value !== 'number') continue;
    out.push({ address: c.address, text: String(c.value), size: c.style?.size ?? fontSizeOf?.(c.address) });
  }
  return out;
}
