/**
 * Reads an Excel 97–2003 workbook (.xls: BIFF8 records in a compound file) into the grids the
 * engine consumes, as the .xlsx reader does: sheet names, order and hidden state, cell values
 * (shared strings, numbers, booleans, errors, formulas' cached results and their text), number
 * formats, merged areas and hidden rows and columns; held to the same limits. Many finance bureaus
 * still hand out their forms as .xls, and WPS saves to it. The compound file is read by `cfb`
 * (SheetJS's); the records are read here, after [MS-XLS]. Excel 5.0/95 files (BIFF5, a `Book`
 * stream, text in a code page) are refused (`old-xls`): no table we have seen was filed in one.
 */
import { find as findEntry, read as readCompound } from 'cfb';
import type { CFB$Blob, CFB$Container } from 'cfb';
import { CellRange, columnLetters, SHEET_COLUMNS, SHEET_ROWS } from '../../core/grid/address';
import { Grid, GridCell, hiddenSheetOf, rowToFill } from '../../core/grid/grid';
import { BUILTIN_NUMBER_FORMATS } from './number-formats';
import { WorkbookReadError } from './read-error';
import { clipMerges, READ_LIMITS, ReadLimits, ReadOptions, ReadSheet, SheetState, TooLargeError } from './xlsx-reader';

/** BIFF record types read (MS-XLS 2.3); every other record is passed over. */
const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  FORMAT: 0x041e,
  XF: 0x00e0,
  SST: 0x00fc,
  BOUNDSHEET: 0x0085,
  ROW: 0x0208,
  COLINFO: 0x007d,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  SHRFMLA: 0x04bc,
  MERGEDCELLS: 0x00e5,
} as const;

const BIFF8 = 0x0600;
const WORKSHEET = 0x0010;

/** A compound file's BIFF workbook stream (Excel 97–2003 names it `Workbook`, Excel 5.0/95 `Book`). */
function workbookStream(cfb: CFB$Container): Uint8Array | undefined {
  for (const name of ['Workbook', 'Book']) {
    const entry = findEntry(cfb, name);
    if (entry && entry.type === 2 && entry.content) return toBytes(entry.content);
  }
  return undefined;
}

function toBytes(blob: CFB$Blob): Uint8Array {
  if (blob instanceof Uint8Array) return blob;
  if (Array.isArray(blob)) return Uint8Array.from(blob as number[]);
  throw new WorkbookReadError('corrupt', 'unreadable stream');
}

/** One record: its type and its data (a view into the stream). */
interface Rec {
  type: number;
  data: Uint8Array;
  view: DataView;
}

/** The records of a stream from `at` on, to the stream's end (the caller stops at its EOF); one running past the end is `corrupt`. */
function* records(stream: Uint8Array, at: number): Generator<Rec> {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let i = at;
  while (i + 4 <= stream.length) {
    const type = view.getUint16(i, true);
    const length = view.getUint16(i + 2, true);
    if (i + 4 + length > stream.length) throw new WorkbookReadError('corrupt', `record 0x${type.toString(16)} past the stream's end`);
    const data = stream.subarray(i + 4, i + 4 + length);
    yield { type, data, view: new DataView(data.buffer, data.byteOffset, data.byteLength) };
    i += 4 + length;
  }
}

/**
 * Reads across a record and its CONTINUE records as one run of bytes, as BIFF8 splits a long record
 * (the shared strings; a long formula result). Where a string's characters go on in the next
 * record, that record starts with the characters' width again: `chars` reads it there.
 */
class Segments {
  private seg = 0;
  private pos = 0;
  constructor(private readonly parts: Uint8Array[]) {}

  private ensure(): void {
    while (this.seg < this.parts.length && this.pos >= this.parts[this.seg].length) {
      this.seg++;
      this.pos = 0;
    }
    if (this.seg >= this.parts.length) throw new WorkbookReadError('corrupt', 'a string runs past its record');
  }
  u8(): number {
    this.ensure();
    return this.parts[this.seg][this.pos++];
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  skip(n: number): void {
    for (let left = n; left > 0; ) {
      this.ensure();
      const take = Math.min(left, this.parts[this.seg].length - this.pos);
      this.pos += take;
      left -= take;
    }
  }
  /** `count` characters, one or two bytes each as `wide` says, the width read again at each record's start. */
  chars(count: number, wide: boolean, maxLength: number): string {
    if (count > maxLength) throw new TooLargeError('stringLength', count, maxLength);
    let out = '';
    let left = count;
    let w = wide;
    while (left > 0) {
      // Characters that go on in a CONTINUE record (even all of them, the string's head ending the record
      // before): the record begins with their width again.
      if (this.seg < this.parts.length && this.pos >= this.parts[this.seg].length) {
        this.ensure();
        w = (this.u8() & 1) === 1;
      }
      this.ensure();
      const part = this.parts[this.seg];
      const room = w ? (part.length - this.pos) >> 1 : part.length - this.pos;
      const take = Math.min(left, room);
      if (take === 0) throw new WorkbookReadError('corrupt', 'a character split between records');
      out += w ? utf16(part, this.pos, take) : latin1(part, this.pos, take);
      this.pos += w ? take * 2 : take;
      left -= take;
    }
    return out;
  }
}

const CHUNK = 4096;

function utf16(bytes: Uint8Array, at: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += CHUNK) {
    const n = Math.min(CHUNK, count - i);
    const codes = new Array<number>(n);
    for (let k = 0; k < n; k++) codes[k] = bytes[at + (i + k) * 2] | (bytes[at + (i + k) * 2 + 1] << 8);
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** BIFF8's "compressed" characters: the low byte of each UTF-16 code unit (U+0000–U+00FF). */
function latin1(bytes: Uint8Array, at: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += CHUNK) out += String.fromCharCode(...bytes.subarray(at + i, at + Math.min(count, i + CHUNK)));
  return out;
}

/** An XLUnicodeRichExtendedString (the shared strings): its text, its formatting runs and phonetic data passed over. */
function richString(s: Segments, maxLength: number): string {
  const count = s.u16();
  const flags = s.u8();
  const runs = flags & 0x08 ? s.u16() : 0;
  const ext = flags & 0x04 ? s.u32() : 0;
  const text = s.chars(count, (flags & 1) === 1, maxLength);
  s.skip(runs * 4);
  s.skip(ext);
  return text;
}

/** An XLUnicodeString (two-byte count) or ShortXLUnicodeString (one-byte count) in one record. */
function unicodeString(view: DataView, at: number, shortCount: boolean, maxLength: number): { text: string; end: number } {
  const count = shortCount ? view.getUint8(at) : view.getUint16(at, true);
  const flagsAt = at + (shortCount ? 1 : 2);
  const flags = view.getUint8(flagsAt);
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const s = new Segments([bytes.subarray(flagsAt)]);
  // Rich and extended forms (RSTRING's text, a few writers' LABEL) carry their runs after the text.
  let skipped = 1;
  let runs = 0;
  let ext = 0;
  s.u8();
  if (flags & 0x08) {
    runs = s.u16();
    skipped += 2;
  }
  if (flags & 0x04) {
    ext = s.u32();
    skipped += 4;
  }
  const wide = (flags & 1) === 1;
  const text = s.chars(count, wide, maxLength);
  return { text, end: flagsAt + skipped + count * (wide ? 2 : 1) + runs * 4 + ext };
}

/** An RK number (MS-XLS 2.5.217): a 30-bit integer or the high bits of a double, maybe ÷ 100. */
function rkNumber(rk: number): number {
  let n: number;
  if (rk & 2) n = rk >> 2;
  else {
    RK_BITS.setUint32(4, rk & 0xfffffffc, true);
    n = RK_BITS.getFloat64(0, true);
  }
  return rk & 1 ? n / 100 : n;
}
/** A double's eight bytes, the low four zero: where an RK's high bits are made a number. */
const RK_BITS = new DataView(new ArrayBuffer(8));

/** Excel's error values by code (BErr). */
const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

/** What the workbook's globals give every sheet: shared strings, each XF's number format, the sheets. */
interface Globals {
  strings: string[];
  formats: (string | undefined)[];
  sheets: { name: string; state: SheetState; at: number; worksheet: boolean }[];
}

function readGlobals(stream: Uint8Array, limits: ReadLimits): Globals {
  const it = records(stream, 0);
  const first = it.next();
  if (first.done || first.value.type !== R.BOF || first.value.data.length < 4) throw new WorkbookReadError('corrupt', 'no BOF record');
  if (first.value.view.getUint16(0, true) !== BIFF8) throw new WorkbookReadError('old-xls');
  const codes = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheets: Globals['sheets'] = [];
  let strings: string[] = [];
  let sst: Uint8Array[] | null = null;
  const readSst = (): void => {
    if (!sst) return;
    const s = new Segments(sst);
    s.u32();
    const unique = s.u32();
    // Each string is at least three bytes: a count past what the records hold is a crafted one.
    const room = sst.reduce((n, p) => n + p.length, 0);
    if (unique > room / 3) throw new WorkbookReadError('corrupt', 'more shared strings than bytes');
    strings = new Array<string>(unique);
    for (let i = 0; i < unique; i++) strings[i] = richString(s, limits.stringLength);
    sst = null;
  };
  for (const rec of it) {
    if (sst && rec.type === R.CONTINUE) {
      sst.push(rec.data);
      continue;
    }
    readSst();
    const { view } = rec;
    switch (rec.type) {
      case R.FILEPASS:
        throw new WorkbookReadError('encrypted');
      case R.FORMAT:
        codes.set(view.getUint16(0, true), unicodeString(view, 2, false, limits.stringLength).text);
        break;
      case R.XF:
        xfFormats.push(view.getUint16(2, true));
        break;
      case R.SST:
        sst = [rec.data];
        break;
      case R.BOUNDSHEET: {
        const at = view.getUint32(0, true);
        const hidden = view.getUint8(4) & 3;
        const kind = view.getUint8(5);
        const name = unicodeString(view, 6, true, limits.stringLength).text;
        sheets.push({ name, at, state: hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible', worksheet: kind === 0 });
        break;
      }
      case R.EOF:
        readSst();
        return { strings, formats: xfFormats.map((id) => codes.get(id) ?? BUILTIN_NUMBER_FORMATS[id]), sheets };
    }
  }
  throw new WorkbookReadError('corrupt', 'the workbook globals do not end');
}

/** The .xls's bytes as the xls reader opens them: its BIFF8 stream, or why it cannot be read. */
function openXls(bytes: Uint8Array, limits: ReadLimits): { stream: Uint8Array; globals: Globals } {
  let cfb: CFB$Container;
  try {
    cfb = readCompound(bytes, { type: 'buffer' });
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  const stream = workbookStream(cfb);
  // A compound file without a workbook stream is a Word document or the like, not a workbook.
  if (!stream) throw new WorkbookReadError('not-xlsx', 'no Workbook stream');
  if (stream.length > limits.uncompressedBytes) throw new TooLargeError('uncompressedBytes', stream.length, limits.uncompressedBytes);
  try {
    // The version is the first record's (BOF): BIFF8 whatever the stream is named, anything older old-xls.
    return { stream, globals: readGlobals(stream, limits) };
  } catch (e) {
    throw asReadError(e);
  }
}

/** A DataView read past a record's end (a truncated or crafted record) is a corrupt file. */
function asReadError(e: unknown): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  return new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
}

/** Every sheet (or the one named) of an .xls held in memory, in tab order; charts and macro sheets left out. */
export function readXls(bytes: Uint8Array, options: XlsOptions = {}): ReadSheet[] {
  return [...eachXlsSheet(bytes, options)];
}

export type XlsOptions = Pick<ReadOptions, 'sheet' | 'limits'> & { only?: ReadonlySet<string> };

/**
 * The sheets of an .xls one at a time, each read when asked for, as `eachSheet` gives an .xlsx's: a
 * batch's thousand sheets are checked without holding a thousand grids. The compound file and the
 * workbook's globals (shared strings, formats, the sheets' list) are read, and any failure there
 * thrown, before the first sheet is given.
 */
export function* eachXlsSheet(bytes: Uint8Array, options: XlsOptions = {}): Generator<ReadSheet, void, undefined> {
  const limits = { ...READ_LIMITS, ...options.limits };
  const { stream, globals } = openXls(bytes, limits);
  const wanted = globals.sheets.filter((s) => s.worksheet && (options.sheet === undefined || s.name === options.sheet) && (options.only === undefined || options.only.has(s.name)));
  if (wanted.length === 0) throw new WorkbookReadError('no-sheets');
  const budget = { cells: 0, merges: 0, mergedRows: 0 };
  const sharedCells = new Array<GridCell | undefined>(globals.strings.length);
  for (const sheet of wanted) {
    const columnWidths: (number | undefined)[] = [];
    let grid: Grid;
    try {
      grid = readSheet(stream, sheet, globals, sharedCells, limits, budget, columnWidths);
    } catch (e) {
      throw asReadError(e);
    }
    yield { name: sheet.name, state: sheet.state, grid, columnWidths };
  }
}

function readSheet(
  stream: Uint8Array,
  sheet: Globals['sheets'][number],
  globals: Globals,
  sharedCells: (GridCell | undefined)[],
  limits: ReadLimits,
  budget: { cells: number; merges: number; mergedRows: number },
  columnWidths: (number | undefined)[],
): Grid {
  const cells: (GridCell[] | undefined)[] = [];
  const farRows = new Map<number, GridCell[]>();
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: [number, number][] = [];
  const shared: SharedFormula[] = [];
  let maxRow = -1;
  let maxCol = -1;
  // A cell's text was held to the length limit as its characters were read (Segments.chars), before it was made.
  const place = (row: number, col: number, cell: GridCell): void => {
    if (row >= SHEET_ROWS || col >= SHEET_COLUMNS) throw new WorkbookReadError('corrupt', 'cell past the sheet');
    if (++budget.cells > limits.cells) throw new TooLargeError('cells', budget.cells, limits.cells);
    const r = rowToFill(cells, farRows, row, () => []);
    r[col] = cell;
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
  };
  /** The cell with its XF's number format where it holds a number and the format is not General. */
  const formatted = (cell: GridCell, xf: number): GridCell => {
    const format = globals.formats[xf];
    if (typeof cell.value === 'number' && format && format !== 'General') cell.format = format;
    return cell;
  };
  const numberCell = (row: number, col: number, xf: number, n: number): void => place(row, col, formatted({ value: n }, xf));
  const textCell = (row: number, col: number, text: string): void => {
    if (text !== '') place(row, col, { value: text });
  };
  // A formula whose result is text: the text comes in the STRING record after it.
  let pendingText: { row: number; col: number; formula: string | number | undefined } | null = null;
  // Cells of a shared formula read before its SHRFMLA (the record follows the range's first cell), by the
  // range's first cell (anchorKey).
  const waiting: { cell: GridCell; row: number; col: number; at: number }[] = [];
  const formulaCell = (row: number, col: number, value: GridCell['value'], xf: number, formula: string | number | undefined): void => {
    if ((value === null || value === '') && formula === undefined) return;
    const cell: GridCell = { value: value === '' ? null : value };
    if (typeof formula === 'number') waiting.push({ cell, row, col, at: formula });
    else if (formula !== undefined) cell.formula = formula;
    place(row, col, formatted(cell, xf));
  };

  const it = records(stream, sheet.at);
  const bof = it.next();
  if (bof.done || bof.value.type !== R.BOF) throw new WorkbookReadError('corrupt', `sheet ${sheet.name}: no BOF record`);
  if (bof.value.view.getUint16(2, true) !== WORKSHEET) return new Grid({ name: sheet.name, cells: [] });
  let stringParts: Uint8Array[] | null = null;
  const finishString = (): void => {
    if (!stringParts || !pendingText) return;
    const s = new Segments(stringParts);
    const count = s.u16();
    const flags = s.u8();
    const text = s.chars(count, (flags & 1) === 1, limits.stringLength);
    formulaCell(pendingText.row, pendingText.col, text, 0, pendingText.formula);
    pendingText = null;
    stringParts = null;
  };
  let ended = false;
  for (const rec of it) {
    if (stringParts && rec.type === R.CONTINUE) {
      stringParts.push(rec.data);
      continue;
    }
    finishString();
    const { view, data } = rec;
    if (rec.type === R.EOF) {
      ended = true;
      break;
    }
    if (pendingText && rec.type !== R.STRING && rec.type !== R.SHRFMLA) {
      // A text result announced with no STRING record after it: the cell keeps its formula alone.
      formulaCell(pendingText.row, pendingText.col, null, 0, pendingText.formula);
      pendingText = null;
    }
    switch (rec.type) {
      case R.LABELSST: {
        const index = view.getUint32(6, true);
        const str = globals.strings[index];
        if (str === undefined || str === '') break;
        place(view.getUint16(0, true), view.getUint16(2, true), (sharedCells[index] ??= { value: str }));
        break;
      }
      case R.LABEL:
      case R.RSTRING:
        textCell(view.getUint16(0, true), view.getUint16(2, true), unicodeString(view, 6, false, limits.stringLength).text);
        break;
      case R.NUMBER:
        numberCell(view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true), view.getFloat64(6, true));
        break;
      case R.RK:
        numberCell(view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true), rkNumber(view.getUint32(6, true)));
        break;
      case R.MULRK: {
        const row = view.getUint16(0, true);
        const first = view.getUint16(2, true);
        const n = (data.length - 6) / 6;
        for (let k = 0; k < n; k++) numberCell(row, first + k, view.getUint16(4 + k * 6, true), rkNumber(view.getUint32(6 + k * 6, true)));
        break;
      }
      case R.BOOLERR: {
        const v = view.getUint8(6);
        const value = view.getUint8(7) ? (ERRORS[v] ?? '#N/A') : v !== 0;
        place(view.getUint16(0, true), view.getUint16(2, true), { value });
        break;
      }
      case R.FORMULA: {
        const row = view.getUint16(0, true);
        const col = view.getUint16(2, true);
        const xf = view.getUint16(4, true);
        const formula = formulaText(data.subarray(22, 22 + view.getUint16(20, true)), row, col, shared);
        if (view.getUint16(12, true) === 0xffff) {
          const kind = view.getUint8(6);
          if (kind === 0) pendingText = { row, col, formula };
          else if (kind === 1) formulaCell(row, col, view.getUint8(8) !== 0, xf, formula);
          else if (kind === 2) formulaCell(row, col, ERRORS[view.getUint8(8)] ?? '#N/A', xf, formula);
          else formulaCell(row, col, null, xf, formula);
        } else formulaCell(row, col, view.getFloat64(6, true), xf, formula);
        break;
      }
      case R.SHRFMLA:
        shared.push({
          top: view.getUint16(0, true),
          bottom: view.getUint16(2, true),
          left: view.getUint8(4),
          right: view.getUint8(5),
          rgce: data.subarray(10, 10 + view.getUint16(8, true)),
        });
        // The formula cells that pointed at it before it came: their text now.
        {
          const f = shared[shared.length - 1];
          const key = anchorKey(f.top, f.left);
          if (pendingText && pendingText.formula === key) pendingText.formula = decompile(f.rgce, pendingText.row, pendingText.col, []);
          for (let k = waiting.length - 1; k >= 0; k--) {
            if (waiting[k].at !== key) continue;
            const text = decompile(f.rgce, waiting[k].row, waiting[k].col, []);
            if (text !== undefined) waiting[k].cell.formula = text;
            waiting.splice(k, 1);
          }
        }
        break;
      case R.STRING:
        if (pendingText) stringParts = [data];
        break;
      case R.ROW:
        if (data.length >= 13 && data[12] & 0x20) hiddenRows.push(view.getUint16(0, true));
        break;
      case R.COLINFO: {
        const first = view.getUint16(0, true);
        const last = Math.min(view.getUint16(2, true), SHEET_COLUMNS - 1);
        const width = view.getUint16(4, true) / 256;
        for (let c = first; c <= Math.min(last, first + 100); c++) columnWidths[c] = width;
        if (view.getUint16(8, true) & 1 && last >= first) hiddenColumns.push([first, last]);
        break;
      }
      case R.MERGEDCELLS: {
        const count = view.getUint16(0, true);
        for (let k = 0; k < count && 2 + k * 8 + 8 <= data.length; k++) {
          if (++budget.merges > limits.merges) throw new TooLargeError('merges', budget.merges, limits.merges);
          const at = 2 + k * 8;
          const [r1, r2, c1, c2] = [view.getUint16(at, true), view.getUint16(at + 2, true), view.getUint16(at + 4, true), view.getUint16(at + 6, true)];
          merges.push({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
        }
        break;
      }
    }
  }
  // Excel ends every sheet with EOF: a sheet that does not end was cut short, and what it lost is unknown.
  if (!ended) throw new WorkbookReadError('corrupt', `sheet ${sheet.name} does not end`);
  if (pendingText) formulaCell(pendingText.row, pendingText.col, null, 0, pendingText.formula);
  clipMerges(merges, maxRow, maxCol, limits, budget);
  const rowsHidden = [...new Set(hiddenRows)].filter((r) => r <= maxRow).sort((a, b) => a - b);
  return new Grid({ name: sheet.name, cells, farRows, merges, hidden: { rows: rowsHidden, columns: hiddenColumns }, state: hiddenSheetOf(sheet.state) });
}

/** A shared formula (SHRFMLA): the area it fills, its tokens relative to each cell. */
interface SharedFormula {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rgce: Uint8Array;
}

/** A shared formula's range by its first cell, as a number (BIFF8 has 65,536 rows of 256 columns). */
function anchorKey(top: number, left: number): number {
  return top * 256 + (left & 0xff);
}

/**
 * A FORMULA record's formula as Excel shows it (`=SUM(E3:E9)`), undefined where a token is not one
 * read here; for a cell of a shared formula whose SHRFMLA has not come yet, the range it waits for
 * (its anchorKey).
 */
function formulaText(rgce: Uint8Array, row: number, col: number, shared: SharedFormula[]): string | number | undefined {
  // PtgExp: the cell is part of a shared formula, whose tokens are in a SHRFMLA record.
  if (rgce.length === 5 && rgce[0] === 0x01) {
    const top = rgce[1] | (rgce[2] << 8);
    const left = rgce[3] | (rgce[4] << 8);
    const f = shared.find((s) => s.top === top && s.left === left);
    return f ? decompile(f.rgce, row, col, []) : anchorKey(top, left);
  }
  return decompile(rgce, row, col, []);
}

const BINARY: Record<number, string> = { 0x03: '+', 0x04: '-', 0x05: '*', 0x06: '/', 0x07: '^', 0x08: '&', 0x09: '<', 0x0a: '<=', 0x0b: '=', 0x0c: '>=', 0x0d: '>', 0x0e: '<>', 0x11: ':' };

/** Functions by their number (MS-XLS 2.5.198.17): those a budget table's formulas use, with their fixed argument counts. */
const FUNCTIONS: Record<number, [string, number]> = {
  0: ['COUNT', -1],
  1: ['IF', -1],
  4: ['SUM', -1],
  5: ['AVERAGE', -1],
  6: ['MIN', -1],
  7: ['MAX', -1],
  24: ['ABS', 1],
  25: ['INT', 1],
  27: ['ROUND', 2],
  36: ['AND', -1],
  37: ['OR', -1],
  38: ['NOT', 1],
  39: ['MOD', 2],
  63: ['RAND', 0],
  65: ['DATE', 3],
  74: ['NOW', 0],
  169: ['COUNTA', -1],
  212: ['ROUNDUP', 2],
  213: ['ROUNDDOWN', 2],
  221: ['TODAY', 0],
  228: ['SUMPRODUCT', -1],
  285: ['FLOOR', 2],
  288: ['CEILING', 2],
  336: ['CONCATENATE', -1],
  342: ['RADIANS', 1],
  345: ['SUMIF', -1],
  346: ['COUNTIF', 2],
  347: ['COUNTBLANK', 1],
};

function cellName(rowField: number, colField: number, baseRow: number, baseCol: number, relative: boolean): string {
  const rowRel = (colField & 0x8000) !== 0;
  const colRel = (colField & 0x4000) !== 0;
  let col = colField & 0x3fff;
  let row = rowField;
  // RefN / AreaN (shared formulas): relative parts are offsets from the cell, signed.
  if (relative) {
    if (colRel) col = (baseCol + ((col << 24) >> 24)) & 0xff;
    if (rowRel) row = (baseRow + ((row << 16) >> 16)) & 0xffff;
  }
  return `${colRel ? '' : '$'}${columnLetters(col)}${rowRel ? '' : '$'}${row + 1}`;
}

/**
 * Parsed formula tokens (rgce) back to the text Excel shows: references, numbers, text, operators
 * and the functions in FUNCTIONS. Undefined for anything else (names, other sheets, arrays): the
 * cell still holds its formula's result, which is what a check reads.
 */
function decompile(rgce: Uint8Array, row: number, col: number, stack: string[]): string | undefined {
  const view = new DataView(rgce.buffer, rgce.byteOffset, rgce.byteLength);
  let i = 0;
  try {
    while (i < rgce.length) {
      const ptg = rgce[i++];
      const base = ptg < 0x20 ? ptg : ptg & 0x1f ? (ptg & 0x1f) | 0x20 : ptg;
      if (BINARY[ptg]) {
        const b = stack.pop();
        const a = stack.pop();
        if (a === undefined || b === undefined) return undefined;
        stack.push(`${a}${BINARY[ptg]}${b}`);
        continue;
      }
      switch (base) {
        case 0x12:
        case 0x13: {
          const a = stack.pop();
          if (a === undefined) return undefined;
          stack.push(`${ptg === 0x12 ? '+' : '-'}${a}`);
          break;
        }
        case 0x14: {
          const a = stack.pop();
          if (a === undefined) return undefined;
          stack.push(`${a}%`);
          break;
        }
        case 0x15: {
          const a = stack.pop();
          if (a === undefined) return undefined;
          stack.push(`(${a})`);
          break;
        }
        case 0x16:
          stack.push('');
          break;
        case 0x17: {
          const { text, end } = unicodeString(view, i, true, 32_767);
          stack.push(`"${text.replace(/"/g, '""')}"`);
          i = end;
          break;
        }
        case 0x19: {
          const kind = rgce[i];
          const count = view.getUint16(i + 1, true);
          i += 3;
          if (kind & 0x04) i += (count + 1) * 2;
          // tAttrSum: SUM of the one operand before it (=SUM(A1:A9) written short).
          if (kind & 0x10) {
            const a = stack.pop();
            if (a === undefined) return undefined;
            stack.push(`SUM(${a})`);
          }
          break;
        }
        case 0x1c:
          stack.push(ERRORS[rgce[i++]] ?? '#N/A');
          break;
        case 0x1d:
          stack.push(rgce[i++] ? 'TRUE' : 'FALSE');
          break;
        case 0x1e:
          stack.push(String(view.getUint16(i, true)));
          i += 2;
          break;
        case 0x1f:
          stack.push(String(view.getFloat64(i, true)));
          i += 8;
          break;
        case 0x21:
        case 0x22: {
          const variable = base === 0x22;
          const argc = variable ? rgce[i++] & 0x7f : -1;
          const id = view.getUint16(i, true) & 0x7fff;
          i += 2;
          const fn = FUNCTIONS[id];
          if (!fn) return undefined;
          const n = variable ? argc : fn[1];
          if (n < 0 || stack.length < n) return undefined;
          const args = stack.splice(stack.length - n, n);
          stack.push(`${fn[0]}(${args.join(',')})`);
          break;
        }
        case 0x24:
        case 0x2c:
          stack.push(cellName(view.getUint16(i, true), view.getUint16(i + 2, true), row, col, base === 0x2c));
          i += 4;
          break;
        case 0x25:
        case 0x2d: {
          const rel = base === 0x2d;
          const a = cellName(view.getUint16(i, true), view.getUint16(i + 4, true), row, col, rel);
          const b = cellName(view.getUint16(i + 2, true), view.getUint16(i + 6, true), row, col, rel);
          stack.push(`${a}:${b}`);
          i += 8;
          break;
        }
        case 0x26:
        case 0x27:
        case 0x28:
        case 0x29:
          // Mem tokens only say how long the sub-expression after them is: read on.
          i += base === 0x29 ? 2 : 6;
          break;
        case 0x2a:
          stack.push('#REF!');
          i += 4;
          break;
        case 0x2b:
          stack.push('#REF!');
          i += 8;
          break;
        default:
          return undefined;
      }
    }
  } catch {
    return undefined;
  }
  return stack.length === 1 ? `=${stack[0]}` : undefined;
}
