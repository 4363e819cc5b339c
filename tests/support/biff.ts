/**
 * Writes small .xls files record by record (BIFF8 in a compound file, by `cfb`), for what
 * LibreOffice's .xls export never writes: a formula's text result in a STRING record, a shared
 * string split over a CONTINUE record with its width changing, error and boolean cells, a sheet
 * Excel hides from its own Unhide menu, a password's FILEPASS, an Excel 95 file, damaged records.
 */
import * as CFB from 'cfb';

export type Rec = [type: number, data: number[]];

export const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
export const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const f64 = (n: number): number[] => {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, n, true);
  return Array.from(new Uint8Array(b.buffer));
};

/** Characters as BIFF8 writes them: one byte each when all are U+0000–U+00FF, two otherwise. */
export function chars(text: string): { wide: boolean; bytes: number[] } {
  const wide = [...text].some((c) => c.charCodeAt(0) > 0xff);
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) bytes.push(...(wide ? u16(text.charCodeAt(i)) : [text.charCodeAt(i)]));
  return { wide, bytes };
}

/** An XLUnicodeString: two-byte count, flags, characters. */
export function xlString(text: string): number[] {
  const { wide, bytes } = chars(text);
  return [...u16(text.length), wide ? 1 : 0, ...bytes];
}

export const BOF = (kind: 'globals' | 'sheet', version = 0x0600): Rec => [0x0809, [...u16(version), ...u16(kind === 'globals' ? 0x0005 : 0x0010), ...new Array(12).fill(0)]];
export const EOF: Rec = [0x000a, []];
/** An XF whose number format is `format` (an id: built in below 164, a FORMAT record's at or above). */
export const XF = (format: number): Rec => [0x00e0, [...u16(0), ...u16(format), ...new Array(16).fill(0)]];
export const FORMAT = (id: number, code: string): Rec => [0x041e, [...u16(id), ...xlString(code)]];
export const LABELSST = (row: number, col: number, index: number, xf = 0): Rec => [0x00fd, [...u16(row), ...u16(col), ...u16(xf), ...u32(index)]];
export const LABEL = (row: number, col: number, text: string): Rec => [0x0204, [...u16(row), ...u16(col), ...u16(0), ...xlString(text)]];
export const NUMBER = (row: number, col: number, n: number, xf = 0): Rec => [0x0203, [...u16(row), ...u16(col), ...u16(xf), ...f64(n)]];
export const RK = (row: number, col: number, rk: number, xf = 0): Rec => [0x027e, [...u16(row), ...u16(col), ...u16(xf), ...u32(rk)]];
export const MULRK = (row: number, col: number, rks: number[], xf = 0): Rec => [0x00bd, [...u16(row), ...u16(col), ...rks.flatMap((rk) => [...u16(xf), ...u32(rk)]), ...u16(col + rks.length - 1)]];
export const BOOLERR = (row: number, col: number, value: number, error: boolean): Rec => [0x0205, [...u16(row), ...u16(col), ...u16(0), value, error ? 1 : 0]];
/** A FORMULA record: `value` a number, or [kind, byte] for text (0), a boolean (1), an error (2), empty text (3). */
export const FORMULA = (row: number, col: number, value: number | [number, number], rgce: number[], xf = 0): Rec => [
  0x0006,
  [...u16(row), ...u16(col), ...u16(xf), ...(typeof value === 'number' ? f64(value) : [value[0], 0, value[1], 0, 0, 0, 0xff, 0xff]), ...u16(0), ...u32(0), ...u16(rgce.length), ...rgce],
];
export const STRING = (text: string): Rec => [0x0207, xlString(text)];
export const CONTINUE = (data: number[]): Rec => [0x003c, data];
export const SHRFMLA = (top: number, bottom: number, left: number, right: number, rgce: number[]): Rec => [0x04bc, [...u16(top), ...u16(bottom), left, right, 0, 0, ...u16(rgce.length), ...rgce]];
export const ROW = (row: number, hidden: boolean): Rec => [0x0208, [...u16(row), ...u16(0), ...u16(10), ...u16(255), ...u16(0), ...u16(0), hidden ? 0x20 : 0, 0x01, ...u16(0x0f)]];
export const COLINFO = (first: number, last: number, width: number, hidden: boolean): Rec => [0x007d, [...u16(first), ...u16(last), ...u16(width * 256), ...u16(15), ...u16(hidden ? 1 : 0), ...u16(0)]];
export const MERGEDCELLS = (areas: [number, number, number, number][]): Rec => [0x00e5, [...u16(areas.length), ...areas.flatMap(([r1, r2, c1, c2]) => [...u16(r1), ...u16(r2), ...u16(c1), ...u16(c2)])]];
export const FILEPASS: Rec = [0x002f, [...u16(1), ...new Array(52).fill(0)]];

/** Formula tokens: a cell reference (relative row and column), an area, a number, SUM(area), +. */
export const ptg = {
  ref: (row: number, col: number): number[] => [0x24, ...u16(row), ...u16(col | 0xc000)],
  area: (r1: number, r2: number, c1: number, c2: number): number[] => [0x25, ...u16(r1), ...u16(r2), ...u16(c1 | 0xc000), ...u16(c2 | 0xc000)],
  refN: (dr: number, dc: number): number[] => [0x2c, ...u16(dr & 0xffff), ...u16((dc & 0xff) | 0xc000)],
  int: (n: number): number[] => [0x1e, ...u16(n)],
  add: [0x03],
  mul: [0x05],
  sumAttr: [0x19, 0x10, 0, 0],
  exp: (row: number, col: number): number[] => [0x01, ...u16(row), ...u16(col)],
  name: (index: number): number[] => [0x23, ...u32(index)],
};

/** A record's bytes. */
export function recordBytes([type, data]: Rec): number[] {
  return [...u16(type), ...u16(data.length), ...data];
}

export interface SheetOut {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  state?: number;
  records: Rec[];
}

/**
 * A workbook stream: globals (`globals`: records after BOF, before the BOUNDSHEETs: XFs, FORMATs, SST
 * …), a BOUNDSHEET per sheet pointing at its substream, then each sheet's BOF, records and EOF.
 */
export function workbookStream(globals: Rec[], sheets: SheetOut[], version = 0x0600): Uint8Array {
  const head = [BOF('globals', version), ...globals].flatMap(recordBytes);
  const sheetBytes = sheets.map((s) => [BOF('sheet', version), ...s.records, EOF].flatMap(recordBytes));
  const boundLength = (s: SheetOut): number => 4 + 6 + 2 + chars(s.name).bytes.length;
  let at = head.length + sheets.reduce((n, s) => n + boundLength(s), 0) + 4;
  const bounds: number[] = [];
  sheets.forEach((s, k) => {
    const { wide, bytes } = chars(s.name);
    bounds.push(...recordBytes([0x0085, [...u32(at), s.state ?? 0, 0, s.name.length, wide ? 1 : 0, ...bytes]]));
    at += sheetBytes[k].length;
  });
  return Uint8Array.from([...head, ...bounds, ...recordBytes(EOF), ...sheetBytes.flat()]);
}

/** The stream in a compound file, as Excel saves an .xls (`Workbook`; Excel 95 named it `Book`). */
export function xlsFile(stream: Uint8Array, streamName = 'Workbook'): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, streamName, Buffer.from(stream));
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Buffer);
}
