/**
 * Reads an .xlsx into the grids the engine consumes, in one pass over the parts it needs
 * (workbook, relationships, shared strings, styles, each sheet's cells and merges), linear in
 * cells and merges and bounded by `READ_LIMITS`. The zip directory is read by `zip.ts`, entries
 * inflated by the host's inflater (zlib in Node, fflate in the browser); a forward-only scanner
 * (`xml-scan.ts`) reads every part; the rest is bookkeeping. Runs unchanged in Node (the CLI) and
 * in a browser worker (the preview).
 */
import { strFromU8 } from 'fflate';
import { CellRange, columnIndex, columnLetters, SHEET_COLUMNS, SHEET_ROWS } from '../../core/grid/address';
import { Grid, GridCell, hiddenSheetOf, MAX_CELLS, MERGE_SLACK, rowToFill } from '../../core/grid/grid';
import { BUILTIN_NUMBER_FORMATS } from './number-formats';
import { decode, ScanHandlers, scanXml, tagEnd, XmlScanError } from './xml-scan';
import { sniff, WorkbookReadError } from './read-error';
import { entryBytes, entryBytesAsync, fflateInflate, InflateRaw, InflateRawAsync, zipEntries, ZipEntry } from './zip';

/** What a workbook may hold before it is refused as `too-large`; each named in the refusal. */
export interface ReadLimits {
  /** Bytes of the parts read, once inflated (a zip bomb is refused from its directory, before inflating). */
  uncompressedBytes: number;
  /** Cells with a value or a formula, over all sheets read. */
  cells: number;
  /** Characters of one cell's text: Excel's own limit, so a longer one did not come from Excel. */
  stringLength: number;
  /** Merged areas, over all sheets read. */
  merges: number;
  /**
   * Rows crossed by merged areas, each area counted for every row it crosses once cut to the used
   * range, over all sheets read: the grid lists each area under each row it crosses. Excel's areas
   * never overlap, so a real sheet's stay under its rows × columns; 3,000 whole-column areas over a
   * 40,000-row range (a 600 KB file) took 3 s and 570 MB, 12,000 would take gigabytes.
   */
  mergedRows: number;
}

/**
 * Room for a province's batch workbook (1,000 projects × ~60 rows × 10 columns is 600,000 cells)
 * many times over, and a refusal for anything that would exhaust a browser tab.
 */
export const READ_LIMITS: ReadLimits = {
  uncompressedBytes: 400 * 1024 * 1024,
  cells: MAX_CELLS,
  stringLength: 32_767,
  merges: 1_000_000,
  mergedRows: 4 * MAX_CELLS,
};

/**
 * Heap one cell costs, at most, from reading to its report, on the forms measured (the merge-heavy
 * table at six times its size ~330 bytes, 20,000 indicators with long reasons ~400), with room.
 */
export const HEAP_BYTES_PER_CELL = 500;
/** Heap a host holds before a file is read (code, lexicons, the young generation's room): not the cells'. */
export const HEAP_RESERVED = 64 * 1024 * 1024;

/** What a heap of `heapBytes` leaves for a file's cells and tables, once HEAP_RESERVED is taken. */
export function heapRoom(heapBytes: number): number {
  return Math.max(0, heapBytes - HEAP_RESERVED);
}

/**
 * READ_LIMITS within a heap of `heapBytes`, a cell costing `cellBytes` of it: fewer cells, and less
 * text, where the heap could not hold what READ_LIMITS admits. Node's heap is a quarter of the
 * machine's memory by default (2 GB on an 8 GB laptop): a file within READ_LIMITS but past that
 * ended the process with V8's out-of-memory abort and its native stack, where it now gets a
 * too-large answer naming the limit.
 */
export function limitsForHeap(heapBytes: number, cellBytes = HEAP_BYTES_PER_CELL): ReadLimits {
  const room = heapRoom(heapBytes);
  // A sheet's text is held as one string while it is read, beside what its cells become.
  return { ...READ_LIMITS, cells: Math.min(READ_LIMITS.cells, Math.floor(room / cellBytes)), uncompressedBytes: Math.min(READ_LIMITS.uncompressedBytes, Math.floor(room / 2)) };
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface ReadSheet {
  name: string;
  state: SheetState;
  grid: Grid;
  /** Column widths in characters, by zero-based column, where the sheet sets them (<col width>). */
  columnWidths: (number | undefined)[];
}

export class TooLargeError extends WorkbookReadError {
  constructor(
    readonly limit: keyof ReadLimits,
    readonly size: number,
    readonly max: number,
  ) {
    super('too-large', `${limit} ${size} > ${max}`);
  }
}


export interface ReadOptions {
  /** Only the sheet of this name. */
  sheet?: string;
  limits?: Partial<ReadLimits>;
  inflate?: InflateRaw;
  decodeText?: (bytes: Uint8Array) => string;
}

/** Every sheet (or the one named) of an .xlsx held in memory, in tab order. */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): ReadSheet[] {
  return [...eachSheet(bytes, options)];
}

/**
 * The sheets of an .xlsx one at a time, in tab order, each read when asked for: a caller that
 * checks a sheet and lets it go never holds a batch's thousand grids at once (and the garbage
 * collector never copies them). The workbook's parts are read, and every limit that the zip
 * directory can answer is checked, before the first sheet is given; any failure is thrown.
 */
export function* eachSheet(bytes: Uint8Array, options: ReadOptions = {}): Generator<ReadSheet, void, undefined> {
  const pkg = openWorkbook(bytes, options);
  pkg.readShared();
  for (const sheet of pkg.sheets) yield pkg.read(sheet, sheet.part && pkg.inflated(sheet.part));
}

/**
 * eachSheet, with each sheet's part inflated ahead by an inflater off the calling thread (the
 * CLI's: zlib on Node's thread pool), `ahead` sheets at most: the first while the shared strings
 * are read, each next one while the one before is read and checked. Same sheets, same failures.
 */
export async function* eachSheetAhead(
  bytes: Uint8Array,
  options: ReadOptions & { inflateAsync: InflateRawAsync; ahead?: number },
): AsyncGenerator<ReadSheet, void, undefined> {
  const pkg = openWorkbook(bytes, options);
  const { sheets } = pkg;
  const ahead = Math.max(1, options.ahead ?? 2);
  const pending: (Promise<Uint8Array> | undefined)[] = [];
  const start = (i: number): void => {
    const part = sheets[i]?.part;
    // A small part inflates in less time than a trip to the thread pool costs (a batch's sheets).
    if (part === undefined || part.size < AHEAD_MIN_BYTES) return;
    const inflating = pkg.inflatedAsync(part, options.inflateAsync);
    // Failures surface when the sheet is reached; one inflated ahead of an earlier failure is never awaited.
    inflating.catch(() => undefined);
    pending[i] = inflating;
  };
  // The shared strings (often the second-largest part) inflate ahead too, alongside the first sheets.
  const sharedAhead = pkg.shared
    .filter((e) => e.size >= AHEAD_MIN_BYTES)
    .map((e) => {
      const inflating = pkg.inflatedAsync(e, options.inflateAsync);
      inflating.catch(() => undefined);
      return [e.name, inflating] as const;
    });
  for (let i = 0; i < ahead; i++) start(i);
  const inflatedShared = new Map<string, Uint8Array>();
  for (const [name, inflating] of sharedAhead) inflatedShared.set(name, await inflating);
  pkg.readShared(inflatedShared);
  for (let i = 0; i < sheets.length; i++) {
    start(i + ahead);
    const { part } = sheets[i];
    const data = pending[i] ? await pending[i] : part && pkg.inflated(part);
    pending[i] = undefined;
    yield pkg.read(sheets[i], data);
  }
}

/**
 * A workbook's sheets read on demand, by name, its directory, workbook and shared strings read
 * once: reconciliation reads again the sheets of each pair it compares, a thousand pairs from one
 * batch workbook (parsing the whole package again for each: 9.5 s for 500 pairs). Only the sheets
 * named in `sheets` are counted against the size limit and can be read; each read is held to the
 * cell and merge limits on its own, as a workbook of that one sheet would be. Undefined for a
 * sheet the workbook does not have; a read failure is thrown.
 */
export function sheetReader(bytes: Uint8Array, sheets: ReadonlySet<string>, options: Omit<ReadOptions, 'sheet'> = {}): (name: string) => ReadSheet | undefined {
  const pkg = openWorkbook(bytes, options, sheets);
  const byName = new Map(pkg.sheets.map((s) => [s.name, s]));
  let sharedRead = false;
  return (name) => {
    const sheet = byName.get(name);
    if (!sheet) return undefined;
    if (!sharedRead) pkg.readShared();
    sharedRead = true;
    return pkg.read(sheet, sheet.part && pkg.inflated(sheet.part), { cells: 0, merges: 0, mergedRows: 0 });
  };
}

/** readXlsx with large parts inflated by an asynchronous inflater (the preview's: the browser's zlib); same sheets, same failures. */
export async function readXlsxAsync(bytes: Uint8Array, options: ReadOptions & { inflateAsync: InflateRawAsync }): Promise<ReadSheet[]> {
  const sheets: ReadSheet[] = [];
  for await (const sheet of eachSheetAhead(bytes, options)) sheets.push(sheet);
  return sheets;
}

/** Parts smaller than this are inflated on the spot (1,000 sheets of ~7 KB: 607 → 855 ms when each went to the pool). */
const AHEAD_MIN_BYTES = 1 << 20;

/** What a sheet's reading counts against the limits: over the workbook, or over one sheet read again. */
interface SheetBudget {
  cells: number;
  merges: number;
  mergedRows: number;
}

interface PackageSheet {
  name: string;
  state: SheetState;
  /** The sheet's part in the zip directory; a sheet whose part is missing reads as empty. */
  part: ZipEntry | undefined;
}

/**
 * What every reading of a package starts with: its directory, workbook and relationships read,
 * the sheets listed, every part to be read counted against the size limit (each before it is
 * inflated, all before the shared strings and the first sheet are), and a reader for each sheet
 * once `readShared` has read the shared strings and cell formats. `only`: the sheets wanted, by name.
 */
function openWorkbook(bytes: Uint8Array, options: ReadOptions, only?: ReadonlySet<string>) {
  const failure = sniff(bytes);
  if (failure) throw new WorkbookReadError(failure);
  const limits = { ...READ_LIMITS, ...options.limits };
  const budget = { bytes: 0, cells: 0, merges: 0, mergedRows: 0 };
  const inflate = options.inflate ?? fflateInflate;
  const decodeText = options.decodeText ?? utf8Text;
  const text = (part: Uint8Array | undefined): string => (part ? decodeText(part) : '');
  let directory: Map<string, ZipEntry>;
  try {
    directory = zipEntries(bytes);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }

  // Sizes come from the directory and are counted before anything is inflated: a zip bomb costs nothing.
  const count = (wanted: (name: string) => boolean): ZipEntry[] => {
    const chosen = [...directory.values()].filter((e) => wanted(e.name));
    for (const e of chosen) {
      budget.bytes += e.size;
      if (budget.bytes > limits.uncompressedBytes) throw new TooLargeError('uncompressedBytes', budget.bytes, limits.uncompressedBytes);
    }
    return chosen;
  };
  const corrupt = (error: unknown): WorkbookReadError => new WorkbookReadError('corrupt', error instanceof Error ? error.message : String(error));
  const inflated = (e: ZipEntry): Uint8Array => {
    try {
      return entryBytes(bytes, e, inflate);
    } catch (error) {
      throw corrupt(error);
    }
  };
  const inflatedAsync = (e: ZipEntry, inflateAsync: InflateRawAsync): Promise<Uint8Array> =>
    entryBytesAsync(bytes, e, inflateAsync).catch((error: unknown) => {
      throw corrupt(error);
    });
  const take = (wanted: (name: string) => boolean): Record<string, Uint8Array> => {
    const out: Record<string, Uint8Array> = {};
    for (const e of count(wanted)) out[e.name] = inflated(e);
    return out;
  };

  const top = take((n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels');
  if (!top['xl/workbook.xml']) throw new WorkbookReadError('corrupt', 'no xl/workbook.xml');
  const targets = relationships(text(top['xl/_rels/workbook.xml.rels']));
  const listed = workbookSheets(text(top['xl/workbook.xml'])).filter((s) => (options.sheet === undefined || s.name === options.sheet) && (only === undefined || only.has(s.name)));
  if (listed.length === 0) throw new WorkbookReadError('no-sheets');
  const shared = count((n) => n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml');
  const paths = new Set(listed.map((s) => sheetPath(targets.get(s.rid))));
  const parts = new Map(count((n) => paths.has(n)).map((e) => [e.name, e]));
  const sheets: PackageSheet[] = listed.map((s) => ({ name: s.name, state: s.state, part: parts.get(sheetPath(targets.get(s.rid))) }));

  let strings: string[] = [];
  // One cell object per shared string for the whole workbook (grids never change their cells): a
  // batch's thousand sheets show the same labels, and each sheet's cells come from one dense array.
  let sharedCells: (GridCell | undefined)[] = [];
  let formats: (string | undefined)[] = [];
  return {
    sheets,
    inflated,
    inflatedAsync,
    shared,
    /** Reads the shared strings and cell formats; `ahead` holds those already inflated. */
    readShared(ahead: ReadonlyMap<string, Uint8Array> = new Map()): void {
      for (const e of shared) {
        const data = ahead.get(e.name) ?? inflated(e);
        if (e.name === 'xl/sharedStrings.xml') {
          strings = sharedStrings(text(data), limits);
          sharedCells = new Array<GridCell | undefined>(strings.length);
        } else formats = cellFormats(text(data));
      }
    },
    /** Reads a sheet, its cells and merges counted in `counted` (the workbook's, unless told). */
    read(sheet: PackageSheet, data: Uint8Array | undefined, counted: SheetBudget = budget): ReadSheet {
      const columnWidths: (number | undefined)[] = [];
      const grid = data ? readSheet(sheet, text(data), strings, sharedCells, formats, limits, counted, columnWidths) : new Grid({ name: sheet.name, cells: [], state: hiddenSheetOf(sheet.state) });
      return { name: sheet.name, state: sheet.state, grid, columnWidths };
    },
  };
}

/**
 * OOXML writes characters XML cannot hold (control characters such as ESC) as `_xHHHH_`, and a
 * literal `_x` as `_x005F_x`: the text as Excel shows it.
 */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A part's text. fflate's decoder uses TextDecoder where there is one and decodes by hand where not (jsdom). */
function utf8Text(bytes: Uint8Array): string {
  return strFromU8(bytes);
}

export function sheetPath(target: string | undefined): string {
  if (!target) return '';
  // Targets are relative to xl/ (worksheets/sheet1.xml) or absolute (/xl/worksheets/sheet1.xml).
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Local name of a possibly prefixed tag (x:c → c). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The scanner, for every part; its errors make the file `corrupt`. */
function scan(xml: string, on: ScanHandlers): void {
  try {
    scanXml(xml, on);
  } catch (e) {
    if (e instanceof XmlScanError) throw new WorkbookReadError('corrupt', e.message);
    throw e;
  }
}

/** Relationship id → target, of a relationships part. */
export function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  scan(xml, {
    open(name, tag) {
      if (local(name) !== 'Relationship') return;
      const id = tag.get('Id', true);
      const target = tag.get('Target', true);
      if (id && target) out.set(id, target);
    },
  });
  return out;
}

/** The workbook's sheets in tab order: name, relationship id, visibility. */
export function workbookSheets(xml: string): { name: string; rid: string; state: SheetState }[] {
  const out: { name: string; rid: string; state: SheetState }[] = [];
  scan(xml, {
    open(name, tag) {
      if (local(name) !== 'sheet') return;
      const state = tag.get('state', true);
      out.push({ name: tag.get('name', true) ?? '', rid: tag.get('id', true) ?? '', state: state === 'hidden' || state === 'veryHidden' ? state : 'visible' });
    },
  });
  return out;
}

const PRESERVED_T = '<t xml:space="preserve">';

/** Where `oneRun` found its text: xml[runFrom, runTo), entities not yet decoded. */
let runFrom = 0;
let runTo = 0;

/**
 * One plain run of text at xml[from], `<t>…</t>` (or `<t xml:space="preserve">`), followed at once by
 * `then` (`</si>` in shared strings, `</is></c>` in a cell): the index past `then`, the text in
 * runFrom/runTo; -1 for anything else (rich runs, phonetic runs), which the handlers read.
 */
function oneRun(xml: string, from: number, then: string): number {
  const textFrom = xml.startsWith('<t>', from) ? from + 3 : xml.startsWith(PRESERVED_T, from) ? from + PRESERVED_T.length : -1;
  if (textFrom < 0) return -1;
  const end = xml.indexOf('<', textFrom);
  if (end < 0 || !xml.startsWith('</t>', end) || !xml.startsWith(then, end + 4)) return -1;
  runFrom = textFrom;
  runTo = end;
  return end + 4 + then.length;
}

/** Shared strings, rich text flattened; phonetic runs (rPh) left out, as Excel shows them. */
function sharedStrings(xml: string, limits: ReadLimits): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const push = (str: string): void => {
    if (str.length > limits.stringLength) throw new TooLargeError('stringLength', str.length, limits.stringLength);
    out.push(str);
  };
  /**
   * The strings of <sst>, in one loop: a plain `<si><t>…</t></si>` is read at once, any other <si>
   * by the handlers within its own bounds. Anything else there (a prefix, a comment) undoes what
   * the loop read and returns -1, and the handlers read the part tag by tag. Returns the index past </sst>.
   */
  const readStrings = (from: number): number => {
    const before = out.length;
    let i = from;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt >= 0 && xml.startsWith('<si>', lt)) {
        const end = plainStringEnd(lt + 4);
        if (end >= 0) {
          i = end;
          continue;
        }
        const richEnd = richStringEnd(lt + 4);
        if (richEnd >= 0) {
          i = richEnd;
          continue;
        }
        const close = xml.indexOf('</si>', lt + 4);
        if (close < 0 || hasMarkup(xml, lt + 4, close)) break;
        current = [];
        scanXml(xml, handlers, lt + 4, close);
        push(unescapeOoxml(current.join('')));
        current = null;
        i = close + 5;
      } else if (lt >= 0 && xml.startsWith('<si/>', lt)) {
        push('');
        i = lt + 5;
      } else if (lt >= 0 && xml.startsWith('</sst>', lt)) return lt + 6;
      else break;
    }
    out.length = before;
    current = null;
    inText = false;
    phonetic = 0;
    return -1;
  };
  /**
   * Most strings are one plain run, `<t>…</t></si>` from `from`, or that run and the phonetic
   * settings Excel writes after it in Chinese and Japanese workbooks (`<phoneticPr fontId="1"
   * type="noConversion"/>`, no text of its own): read at once; the index past </si>, or -1.
   */
  const plainStringEnd = (from: number): number => {
    let end = oneRun(xml, from, '</si>');
    if (end < 0) {
      const settings = oneRun(xml, from, '<phoneticPr');
      // Its `>` found as the scanner finds a tag's (a `>` inside quotes ends nothing); only an empty one.
      const close = settings < 0 || !isNameEnd(xml.charCodeAt(settings)) ? -1 : tagEnd(xml, settings);
      end = close > 0 && xml.charCodeAt(close - 1) === 47 /* / */ && xml.startsWith('</si>', close + 1) ? close + 6 : -1;
    }
    if (end >= 0) push(unescapeOoxml(decode(xml.slice(runFrom, runTo))));
    return end;
  };
  /**
   * A string of rich runs, as LibreOffice and WPS write every text that mixes Chinese and Latin
   * characters (a run per font: `<r><rPr>…</rPr><t xml:space="preserve">2023 </t></r>`): the runs'
   * text joined in one walk from `from`, formatting and phonetic runs (<rPh>) stepped over. The
   * index past </si>, or -1 for anything else there (a comment, CDATA, a prefixed name), which the
   * handlers read. The merge-free benchmark table as LibreOffice saves it (a 15 MB part of 45,617
   * strings, most of them runs) validated in ~500 ms, against ~715 when the handlers read each run.
   */
  const richStringEnd = (from: number): number => {
    let text = '';
    let i = from;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) return -1;
      const c = xml.charCodeAt(lt + 1);
      const after = xml.charCodeAt(lt + 2);
      if (c === 116 /* t */ && isNameEnd(after)) {
        const open = after === 62 /* > */ ? lt + 2 : tagEnd(xml, lt + 2);
        if (xml.charCodeAt(open - 1) === 47 /* / */) {
          i = open + 1;
          continue;
        }
        const end = xml.indexOf('<', open + 1);
        if (end < 0 || !xml.startsWith('</t>', end)) return -1;
        text += decode(xml.slice(open + 1, end));
        i = end + 4;
      } else if (c === 47 /* / */) {
        if (xml.startsWith('</si>', lt)) {
          push(unescapeOoxml(text));
          return lt + 5;
        }
        i = tagEnd(xml, lt + 2) + 1;
      } else if (c === 114 /* r */ && xml.startsWith('<rPh', lt) && isNameEnd(xml.charCodeAt(lt + 4))) {
        const open = tagEnd(xml, lt + 4);
        if (xml.charCodeAt(open - 1) === 47 /* / */) {
          i = open + 1;
          continue;
        }
        const end = xml.indexOf('</rPh>', open);
        if (end < 0) return -1;
        i = end + 6;
      } else if (c === 114 /* r */ && xml.startsWith('<rPr>', lt)) {
        // A run's formatting, stepped over whole: it holds settings, never a run's text.
        const close = xml.indexOf('</rPr>', lt + 5);
        if (close < 0 || xml.indexOf('<t', lt + 5) < close) return -1;
        i = close + 6;
      } else {
        // Any other tag (r, phoneticPr, formatting outside rPr) is stepped over; a name with a prefix,
        // which could be a run's text, and anything not a tag are left to the handlers.
        let j = lt + 1;
        if (!isNameStart(c)) return -1;
        while (j < xml.length && !isNameEnd(xml.charCodeAt(j))) if (xml.charCodeAt(j++) === 58 /* : */) return -1;
        i = tagEnd(xml, j) + 1;
      }
    }
  };
  const handlers: ScanHandlers = {
    open(name, tag, selfClosing) {
      const n = local(name);
      if (n === 'sst' && name === 'sst' && !selfClosing) {
        const end = readStrings(tag.contentStart);
        return end < 0 ? undefined : end;
      }
      if (n === 'si') {
        current = [];
        if (selfClosing) return;
        const end = plainStringEnd(tag.contentStart);
        if (end >= 0) {
          current = null;
          return end;
        }
      }
      else if (n === 'rPh') phonetic++;
      else if (n === 't' && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText && current) current.push(t);
    },
    close(name) {
      const n = local(name);
      if (n === 't') inText = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si' && current) {
        push(unescapeOoxml(current.join('')));
        current = null;
      }
    },
  };
  scan(xml, handlers);
  return out;
}

/**
 * Parts of a sheet that say nothing of its cells, merges, widths or hidden rows: stepped over to
 * their end tag unread. Copied forms collect them by the thousand (20,000 conditional formats and
 * 5,000 list validations, 3.6 MB, cost the merge-free benchmark table ~40 ms read tag by tag).
 */
const SHEET_SKIPPED = new Set(['conditionalFormatting', 'dataValidations', 'extLst', 'hyperlinks', 'ignoredErrors', 'headerFooter']);

/** Where an element stepped over unread ends: past its `</name>`, or undefined (the scanner reads on) without one. */
function pastEndTag(xml: string, name: string, from: number): number | undefined {
  const end = xml.indexOf(`</${name}>`, from);
  return end < 0 ? undefined : end + name.length + 3;
}

/** Parts of styles.xml that say nothing of number formats: stepped over to their end tag unread. */
const STYLES_SKIPPED = new Set(['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors']);

/**
 * Number format of every cell style (cellXfs, by index): custom numFmts, else the built-in ones.
 * Workbooks passed between offices collect tens of thousands of styles: fonts, fills, borders and
 * the like are stepped over (a 5.5 MB styles.xml of 20,000 styles cost a SAX parser ~100 ms).
 */
function cellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  scan(xml, {
    open(name, tag, selfClosing) {
      const n = local(name);
      if (n === 'numFmt') custom.set(Number(tag.get('numFmtId')), tag.get('formatCode') ?? '');
      else if (n === 'cellXfs') inCellXfs = !selfClosing;
      else if (n === 'xf' && inCellXfs) ids.push(Number(tag.get('numFmtId') ?? 0));
      else if (!selfClosing && STYLES_SKIPPED.has(n)) return pastEndTag(xml, name, tag.contentStart);
    },
    close(name) {
      if (local(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return ids.map((id) => custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id]);
}

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
  /** The formula cut at its references, on the group's first other cell. */
  pieces?: (string | FormulaReference)[];
}

/**
 * One sheet's cells and merges. Values as Excel stores them: numbers (dates as serials, with their
 * format), text (shared, inline or a formula's cached string), booleans, error codes; formulas
 * with their cached result, shared formulas translated to each cell.
 */
function readSheet(
  sheet: PackageSheet,
  xml: string,
  strings: string[],
  sharedCells: (GridCell | undefined)[],
  formats: (string | undefined)[],
  limits: ReadLimits,
  budget: SheetBudget,
  columnWidths: (number | undefined)[],
): Grid {
  const cells: (GridCell[] | undefined)[] = [];
  const farRows = new Map<number, GridCell[]>();
  const merges: CellRange[] = [];
  const shared = new Map<string, SharedFormula>();
  let maxRow = -1;
  let maxCol = -1;
  let rowIndex = -1;
  // Rows and columns the sheet hides (<row hidden="1">, <col hidden="1">), zero-based.
  const hiddenRows: number[] = [];
  const hiddenColumns: [number, number][] = [];

  // The cell being read.
  let refRow = -1;
  let refCol = -1;
  let type = '';
  let style = 0;
  let value = '';
  let formula: string | null = null;
  let formulaTag: { t?: string; si?: string; ref?: string } = NO_FORMULA_TAG;
  let inline: string | null = null;
  let collect: 'v' | 'f' | 't' | null = null;
  let phonetic = 0;
  let nextCol = 0;

  // A row's cells are gathered here and kept as an array of their exact length: an array grown
  // cell by cell holds room for ~20, and a large sheet's rows are much of what the grid keeps.
  // rowCells[0, rowLength) holds row rowCellsAt; it keeps its room from row to row.
  const rowCells: (GridCell | undefined)[] = [];
  let rowLength = 0;
  let rowCellsAt = -1;
  const keepRow = (): void => {
    if (rowCellsAt < 0) return;
    const row = rowToFill(cells, farRows, rowCellsAt, () => new Array<GridCell>(rowLength));
    for (let c = 0; c < rowLength; c++) {
      const cell = rowCells[c];
      // The same row written twice (not Excel's way, but readable): its cells are merged.
      if (cell !== undefined) {
        row[c] = cell;
        rowCells[c] = undefined;
      }
    }
    rowLength = 0;
    rowCellsAt = -1;
  };
  const place = (cell: GridCell, row: number, col: number): void => {
    if (++budget.cells > limits.cells) throw new TooLargeError('cells', budget.cells, limits.cells);
    if (row !== rowCellsAt) {
      keepRow();
      rowCellsAt = row;
    }
    rowCells[col] = cell;
    if (col >= rowLength) rowLength = col + 1;
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
  };
  const finishCell = (): void => {
    const row = refRow;
    const col = refCol;
    refRow = -1;
    const cell = toCell(row, col, type, value, inline, formula, formulaTag, formats[style], strings, sharedCells, shared);
    if (!cell) return;
    if (typeof cell.value === 'string' && cell.value.length > limits.stringLength) throw new TooLargeError('stringLength', cell.value.length, limits.stringLength);
    place(cell, row, col);
  };
  /** A plain shared-string cell (`<c t="s"><v>12</v></c>`); shared strings were held to the length limit when read. */
  const placeShared = (index: number): void => {
    const str = strings[index];
    if (str === undefined || str === '') return;
    place((sharedCells[index] ??= { value: str }), refRow, refCol);
  };

  /** A plain number's cell, as toCell makes it: its format kept unless General. */
  const placeNumber = (n: number): void => {
    const cell: GridCell = { value: n };
    const format = formats[style];
    if (format && format !== 'General') cell.format = format;
    place(cell, refRow, refCol);
  };

  /** Opens the cell whose <c> tag has its attributes in xml[from, to); returns where its attributes end (see readCellTag). */
  const startCell = (from: number, to: number): number => {
    let stop = readUsualCellTag(xml, from);
    if (stop < 0) stop = readCellTag(xml, from, to);
    if (cellHasRef) {
      refRow = a1Row;
      refCol = a1Col;
    } else {
      refRow = rowIndex;
      refCol = nextCol;
    }
    // A row number or a count of cells without references can still point past the sheet.
    if (refRow >= SHEET_ROWS || refCol >= SHEET_COLUMNS) throw new WorkbookReadError('corrupt', `cell past XFD${SHEET_ROWS}`);
    nextCol = refCol + 1;
    type = cellType;
    style = cellStyle;
    value = '';
    formula = null;
    formulaTag = NO_FORMULA_TAG;
    inline = null;
    return stop;
  };
  /**
   * Most cells are `<c …><v>…</v></c>` or `<c …></c>`: read at once, without an event per tag. Returns the
   * index past `</c>`, or -1 for any other content, which the handlers read tag by tag.
   */
  const readPlainCell = (from: number): number => {
    const end = plainValueEnd(xml, from);
    if (end < 0) return type === 'inlineStr' ? readPlainInline(from) : -1;
    // A shared string's index is read off the digits in place: no string per cell for it.
    const index = type === 's' && end > from + 4 ? digitsAt(xml, from + 3, end - 8) : -1;
    // A number as most are written (-12, 3.25) is read off its characters: no string per cell either.
    const number = index < 0 && (type === '' || type === 'n') ? plainNumberAt(xml, from + 3, end - 8) : NaN;
    if (index >= 0) {
      placeShared(index);
      refRow = -1;
    } else if (number === number) {
      placeNumber(number);
      refRow = -1;
    } else {
      value = end === from + 4 ? '' : decode(xml.slice(from + 3, end - 8));
      finishCell();
    }
    return end;
  };
  /**
   * A formula's cell as Excel writes most, `<f>SUM(E3:E9)</f><v>12</v></c>` or a filled-down
   * formula's `<f t="shared" si="0"/><v>12</v></c>`: read at once, as readPlainCell reads a value,
   * without an event per tag. The index past `</c>`, or -1 for any other form, nothing changed
   * (the handlers read it then). With the slide below, reading the merge-heavy benchmark table with
   * every number a formula (shared down each column in tens) went from ~172 to ~138 ms in process.
   */
  const readFormulaCell = (from: number): number => {
    if (xml.charCodeAt(from) !== 60 /* < */ || xml.charCodeAt(from + 1) !== 102 /* f */) return -1;
    let i = from + 2;
    let t: string | undefined;
    let si: string | undefined;
    let ref: string | undefined;
    for (;;) {
      let c = xml.charCodeAt(i);
      if (c !== 32 && c !== 62 && c !== 47) return -1;
      while (c === 32) c = xml.charCodeAt(++i);
      if (c === 62 /* > */ || c === 47 /* / */) break;
      const eq = xml.indexOf('="', i);
      const close = eq < 0 ? -1 : xml.indexOf('"', eq + 2);
      const name = close < 0 ? '' : xml.slice(i, eq);
      if (!ATTRIBUTE_NAME.test(name)) return -1;
      const attr = xml.slice(eq + 2, close);
      if (attr.includes('&') || attr.includes('<')) return -1;
      if (name === 't') t = attr;
      else if (name === 'si') si = attr;
      else if (name === 'ref') ref = attr;
      i = close + 1;
    }
    let text = '';
    if (xml.charCodeAt(i) === 47) {
      if (xml.charCodeAt(i + 1) !== 62) return -1;
      i += 2;
    } else {
      const end = xml.indexOf('<', i + 1);
      if (end < 0 || !xml.startsWith('</f>', end)) return -1;
      text = decode(xml.slice(i + 1, end));
      i = end + 4;
    }
    let raw = '';
    if (xml.startsWith('<v>', i)) {
      const end = xml.indexOf('<', i + 3);
      if (end < 0 || !xml.startsWith('</v>', end)) return -1;
      raw = decode(xml.slice(i + 3, end));
      i = end + 4;
    }
    if (!xml.startsWith('</c>', i)) return -1;
    formula = text;
    formulaTag = { t, si, ref };
    value = raw;
    finishCell();
    return i + 4;
  };
  /**
   * An inline string of one run, `<is><t>…</t></is></c>`, as exporters that stream rows write every
   * text cell (Apache POI's SXSSF among them): read at once. The index past `</c>`, or -1.
   */
  const readPlainInline = (from: number): number => {
    const end = xml.startsWith('<is>', from) ? oneRun(xml, from + 4, '</is></c>') : -1;
    if (end < 0) return -1;
    inline = decode(xml.slice(runFrom, runTo));
    finishCell();
    return end;
  };
  /**
   * <sheetData>, most of a large sheet, in one loop over its rows and cells: no event, name or
   * attribute object per tag. A cell holding more than a value (a formula, inline text) is read by
   * the handlers, within its own bounds. Anything else there (a prefix, a comment, an unexpected
   * element) undoes what the loop read and returns -1: the handlers then read the sheet tag by tag.
   * Returns the index past </sheetData>.
   */
  const readSheetData = (from: number): number => {
    const cellsBefore = budget.cells;
    const undo = (): number => {
      rowCells.length = 0;
      rowLength = 0;
      rowCellsAt = -1;
      cells.length = 0;
      farRows.clear();
      shared.clear();
      maxRow = -1;
      maxCol = -1;
      rowIndex = -1;
      refRow = -1;
      hiddenRows.length = 0;
      budget.cells = cellsBefore;
      return -1;
    };
    let i = from;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) return undo();
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 99 /* c */ && isNameEnd(xml.charCodeAt(lt + 2))) {
        // The tag's attributes are read in the walk that finds its end.
        const stop = startCell(lt + 2, xml.length);
        i = pastTag(xml, stop);
        if (i === stop + 2) {
          // <c …/>: no content, no cell.
          refRow = -1;
          continue;
        }
        const end = readPlainCell(i);
        if (end >= 0) {
          i = end;
          continue;
        }
        const formulaEnd = readFormulaCell(i);
        if (formulaEnd >= 0) {
          i = formulaEnd;
          continue;
        }
        // A formula, inline text or rich runs: the handlers read the content, cut at this cell's </c>.
        const close = xml.indexOf('</c>', i);
        if (close < 0 || hasMarkup(xml, i, close)) return undo();
        scanXml(xml, handlers, i, close);
        if (refRow >= 0) finishCell();
        i = close + 4;
      } else if (c1 === 114 /* r */ && xml.startsWith('row', lt + 1) && isNameEnd(xml.charCodeAt(lt + 4))) {
        i = pastTag(xml, readCellTag(xml, lt + 4, xml.length, true));
        rowIndex = rowTagNumber > 0 ? rowTagNumber - 1 : rowIndex + 1;
        if (rowTagHidden) hiddenRows.push(rowIndex);
        nextCol = 0;
      } else if (c1 === 47 /* / */ && xml.startsWith('</row>', lt)) {
        i = lt + 6;
      } else if (c1 === 47 && xml.startsWith('</sheetData>', lt)) {
        return lt + 12;
      } else return undo();
    }
  };

  /** Counts one more merged area against the limit. */
  const countMerge = (): void => {
    if (++budget.merges > limits.merges) throw new TooLargeError('merges', budget.merges, limits.merges);
  };
  /** The merged area written in `ref` (`A1:B2`); an unreadable one is left out, as Excel repairs it. */
  const addMerge = (ref: string): void => {
    countMerge();
    try {
      merges.push(range(ref));
    } catch {
      // left out
    }
  };
  /**
   * <mergeCells>, tens of thousands of <mergeCell ref="A1:B2"/> on a large table, in one loop,
   * each reference read in place. Any other form there (attributes otherwise written, a one-cell
   * area, a comment) undoes what the loop read and returns -1, and the handlers read the list tag
   * by tag. Returns the index past </mergeCells>.
   */
  const readMergeCells = (from: number): number => {
    const mergesBefore = merges.length;
    const budgetBefore = budget.merges;
    let i = from;
    for (;;) {
      const lt = xml.indexOf('<', i);
      const usual = lt >= 0 && xml.startsWith('<mergeCell', lt) && isNameEnd(xml.charCodeAt(lt + 10)) ? readUsualMerge(xml, lt + 10) : -1;
      if (usual >= 0) {
        countMerge();
        merges.push({ top: Math.min(a1Row, mergeRow), left: Math.min(a1Col, mergeCol), bottom: Math.max(a1Row, mergeRow), right: Math.max(a1Col, mergeCol) });
        i = usual;
      } else if (lt >= 0 && xml.startsWith('</mergeCells>', lt)) return lt + 13;
      else break;
    }
    merges.length = mergesBefore;
    budget.merges = budgetBefore;
    return -1;
  };

  const handlers: ScanHandlers = {
    open(name, tag, selfClosing) {
      const n = local(name);
      switch (n) {
        case 'row': {
          const r = tag.get('r');
          rowIndex = r ? Number(r) - 1 : rowIndex + 1;
          if (isTrue(tag.get('hidden'))) hiddenRows.push(rowIndex);
          nextCol = 0;
          return;
        }
        case 'sheetData': {
          if (selfClosing || name !== 'sheetData') return;
          const end = readSheetData(tag.contentStart);
          return end < 0 ? undefined : end;
        }
        case 'c': {
          startCell(tag.start, tag.end);
          if (selfClosing || name !== 'c') return;
          const end = readPlainCell(tag.contentStart);
          return end < 0 ? undefined : end;
        }
        case 'v':
          collect = 'v';
          return;
        case 'f':
          formula = '';
          formulaTag = { t: tag.get('t'), si: tag.get('si'), ref: tag.get('ref') };
          collect = 'f';
          return;
        case 'is':
          inline = '';
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (inline !== null && phonetic === 0) collect = 't';
          return;
        case 'col': {
          // <col min="2" max="4" width="12.5"/>: whole-sheet ranges (max 16384) are kept to the first hundred.
          const width = Number(tag.get('width'));
          const min = Number(tag.get('min'));
          const max = Math.min(Number(tag.get('max')), min + 100);
          if (Number.isFinite(width) && min >= 1) for (let c = min; c <= max; c++) columnWidths[c - 1] = width;
          // Hidden: the whole run, however wide (the unused columns right of a form, to XFD).
          const last = Number(tag.get('max'));
          if (isTrue(tag.get('hidden')) && min >= 1 && last >= min) hiddenColumns.push([min - 1, Math.min(last, SHEET_COLUMNS) - 1]);
          return;
        }
        case 'mergeCells': {
          if (selfClosing || name !== 'mergeCells') return;
          const end = readMergeCells(tag.contentStart);
          return end < 0 ? undefined : end;
        }
        case 'mergeCell': {
          const refText = tag.get('ref');
          if (!refText) return;
          addMerge(refText);
          return;
        }
        default:
          return selfClosing || !SHEET_SKIPPED.has(n) ? undefined : pastEndTag(xml, name, tag.contentStart);
      }
    },
    text(t) {
      if (collect === 'v') value += t;
      else if (collect === 'f') formula += t;
      else if (collect === 't') inline += t;
    },
    close(tagName) {
      const n = local(tagName);
      if (n === 'v' || n === 'f' || n === 't') collect = null;
      else if (n === 'rPh') phonetic--;
      else if (n === 'c' && refRow >= 0) finishCell();
    },
  };
  scan(xml, handlers);
  keepRow();

  clipMerges(merges, maxRow, maxCol, limits, budget);
  // Rows past the last one holding a cell hide nothing a finding could be in.
  const rowsHidden = hiddenRows.filter((r) => r <= maxRow).sort((a, b) => a - b);
  return new Grid({ name: sheet.name, cells, farRows, merges, hidden: { rows: rowsHidden, columns: hiddenColumns }, state: hiddenSheetOf(sheet.state) });
}

/**
 * A sheet's merged areas cut to its used range, in place, each counted against the `mergedRows` limit: a
 * merge past the used range costs nothing, whole rows and columns cut to it (plus the slack the grid keeps
 * for a template's blank last rows) before the grid spends anything per cell. In place: a large table's
 * tens of thousands of areas mostly fit as they are. Both file readers' (.xlsx, .xls).
 */
export function clipMerges(merges: CellRange[], maxRow: number, maxCol: number, limits: ReadLimits, budget: { mergedRows: number }): void {
  let kept = 0;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.top > maxRow + MERGE_SLACK || m.left > maxCol + MERGE_SLACK) continue;
    const bottom = Math.min(m.bottom, maxRow + MERGE_SLACK);
    const right = Math.min(m.right, maxCol + MERGE_SLACK);
    budget.mergedRows += bottom - m.top + 1;
    if (budget.mergedRows > limits.mergedRows) throw new TooLargeError('mergedRows', budget.mergedRows, limits.mergedRows);
    merges[kept++] = bottom === m.bottom && right === m.right ? m : { top: m.top, left: m.left, bottom, right };
  }
  merges.length = kept;
}

/** An attribute's name as `<f>` carries them (t, ref, si, ca, aca, dt2D …). */
const ATTRIBUTE_NAME = /^[A-Za-z_][\w:.-]*$/;

const NO_FORMULA_TAG: { t?: string; si?: string; ref?: string } = Object.freeze({});

/**
 * Where a cell whose whole content is `<v>…</v>` (or nothing) ends: the index past its `</c>`,
 * its value being xml[from + 3, end - 8). Anything else (a formula, inline text, a prefixed tag)
 * gives -1, and the cell is read tag by tag.
 */
function plainValueEnd(xml: string, from: number): number {
  // Character by character: this runs once per cell, and startsWith is a call each time.
  if (xml.charCodeAt(from) !== 60 /* < */) return -1;
  const c = xml.charCodeAt(from + 1);
  if (c === 47 /* / */) return xml.charCodeAt(from + 2) === 99 && xml.charCodeAt(from + 3) === 62 ? from + 4 : -1; // </c>
  if (c !== 118 /* v */ || xml.charCodeAt(from + 2) !== 62) return -1;
  const end = xml.indexOf('<', from + 3);
  return end >= 0 && isValueAndCellEnd(xml, end) ? end + 8 : -1;
}

/** `</v></c>` at xml[at]. */
function isValueAndCellEnd(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at + 1) === 47 &&
    xml.charCodeAt(at + 2) === 118 &&
    xml.charCodeAt(at + 3) === 62 &&
    xml.charCodeAt(at + 4) === 60 &&
    xml.charCodeAt(at + 5) === 47 &&
    xml.charCodeAt(at + 6) === 99 &&
    xml.charCodeAt(at + 7) === 62
  );
}

/** A comment, CDATA or processing instruction in xml[from, to): a `</c>` inside one would not end the cell. */
function hasMarkup(xml: string, from: number, to: number): boolean {
  for (let i = xml.indexOf('<', from); i >= 0 && i < to; i = xml.indexOf('<', i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) return true;
  }
  return false;
}

/** Past the `>` or `/>` at xml[stop] that ends a tag (where `readCellTag` stopped): stop + 1 or stop + 2. */
function pastTag(xml: string, stop: number): number {
  const selfClosing = xml.charCodeAt(stop) === 47;
  if (xml.charCodeAt(selfClosing ? stop + 1 : stop) !== 62) throw new WorkbookReadError('corrupt', 'unterminated tag');
  return selfClosing ? stop + 2 : stop + 1;
}

/** A letter or `_`: what an element name starts with here (a name outside ASCII is left to the handlers). */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** After a tag's name: white space, `>` or `/`. */
export function isNameEnd(c: number): boolean {
  return c <= 32 || c === 62 || c === 47;
}

/** The non-negative integer written in xml[from, to), or -1 when it is anything else (spaces, a sign, an entity). */
export function digitsAt(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Powers of ten a plain number's digits are divided by: exact doubles up to 10^22. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The number in xml[from, to) when it is written plainly (-12, 3.25, .5: no exponent, no sign but
 * a minus, at most 15 digits), else NaN. Exactly what Number() gives: the digits m < 2^53 and 10^k
 * are exact doubles, so m / 10^k is rounded once, to the double nearest the decimal. A sheet of
 * numbers is most of its cells: no string is made for each.
 */
export function plainNumberAt(xml: string, from: number, to: number): number {
  let i = from;
  const negative = i < to && xml.charCodeAt(i) === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point) point = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale === 0 ? m : m / POW10[scale];
  return negative ? -value : value;
}

/** Where `readA1` leaves its result: it runs once per cell, so it allocates nothing. */
let a1Row = 0;
let a1Col = 0;

/** `B12` (or `$B$12`) as zero-based row and column, read by hand into a1Row and a1Col. */
function readA1(ref: string, from = 0, to = ref.length): void {
  let i = from;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < to; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (ref.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  for (; i < to; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (col === 0 || row === 0 || i !== to || i === digitsFrom) throw new WorkbookReadError('corrupt', `cell reference ${ref.slice(from, to)}`);
  // Past XFD1048576 no sheet reaches (Excel refuses such a file too).
  if (col > SHEET_COLUMNS || row > SHEET_ROWS) throw new WorkbookReadError('corrupt', `cell reference ${ref.slice(from, to)} is outside a sheet`);
  a1Row = row - 1;
  a1Col = col - 1;
}

/**
 * A cell's `r` (`B12`, `$B$12`), read as the reader reads it, as its index row × SHEET_COLUMNS +
 * column (zero-based); -1 where it is no cell of a sheet. From `from` to `to` of a longer text (a
 * sheet's XML): no string is cut out and no object made, for it runs once per cell read.
 */
export function cellIndex(ref: string, from = 0, to = ref.length): number {
  try {
    readA1(ref, from, to);
  } catch (e) {
    if (e instanceof WorkbookReadError) return -1;
    throw e;
  }
  return a1Row * SHEET_COLUMNS + a1Col;
}

/**
 * The <c> tag as Excel and ExcelJS write it, ` r="B12"` then any of ` s="3"` and ` t="s"`, read
 * with no loop but over its characters (the types: one letter, `inlineStr` as openpyxl and POI
 * write text, `str` for a formula's text); returns where its `>` or `/>` starts, or -1 for any other
 * form (spaces, quotes, order, entities, other types), which `readCellTag` reads. Sets what
 * readCellTag sets.
 */
function readUsualCellTag(xml: string, from: number): number {
  if (xml.charCodeAt(from) !== 32 || xml.charCodeAt(from + 1) !== 114 || xml.charCodeAt(from + 2) !== 61 || xml.charCodeAt(from + 3) !== 34) return -1;
  let i = readCorner(xml, from + 4);
  if (i < 0 || xml.charCodeAt(i) !== 34) return -1;
  let type = 'n';
  let style = 0;
  let c = xml.charCodeAt(++i);
  while (c === 32) {
    const name = xml.charCodeAt(i + 1);
    if (xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== 34) return -1;
    i += 4;
    c = xml.charCodeAt(i);
    if (name === 115 /* s */) {
      let n = 0;
      while (c >= 48 && c <= 57) {
        n = n * 10 + c - 48;
        c = xml.charCodeAt(++i);
      }
      style = n;
    } else if (name === 116 /* t */) {
      const t = ONE_LETTER_TYPES[c] ?? (xml.startsWith('inlineStr"', i) ? 'inlineStr' : xml.startsWith('str"', i) ? 'str' : undefined);
      if (t === undefined) return -1;
      type = t;
      i += t.length;
      c = xml.charCodeAt(i);
    } else return -1;
    if (c !== 34) return -1;
    c = xml.charCodeAt(++i);
  }
  if (c !== 62 && c !== 47) return -1;
  cellHasRef = true;
  cellType = type;
  cellStyle = style;
  rowTagNumber = -1;
  return i;
}

/** What `readCellTag` found in a <c> tag: its reference (in a1Row, a1Col), type and style. */
let cellHasRef = false;
let cellType = 'n';
let cellStyle = 0;
/** What `readCellTag` found in a <row> tag's r attribute, or -1; and whether it hides the row. */
let rowTagNumber = -1;
let rowTagHidden = false;
const ONE_LETTER_TYPES: Record<number, string> = { 98: 'b', 100: 'd', 101: 'e', 110: 'n', 115: 's' };

/**
 * The r, t and s attributes of a <c> tag, xml[from, to), in one walk and without cutting the tag
 * (of a <row> tag, `rowTag`: its r into rowTagNumber). Stops at the tag's `>` or `/>`, and returns
 * where: a caller that does not know where the tag ends passes the text's length as `to`.
 * this runs once per cell. Prefixed or unknown attributes are stepped over.
 */
function readCellTag(xml: string, from: number, to: number, rowTag = false): number {
  rowTagNumber = -1;
  rowTagHidden = false;
  cellHasRef = false;
  cellType = 'n';
  cellStyle = 0;
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    if (c === 62 /* > */ || c === 47 /* / */) return i;
    const nameStart = i;
    while (i < to && (c = xml.charCodeAt(i)) > 32 && c !== 61) i++;
    const nameLength = i - nameStart;
    while (i < to && xml.charCodeAt(i) <= 32) i++;
    if (xml.charCodeAt(i) !== 61) throw new WorkbookReadError('corrupt', 'attribute without a value');
    i++;
    while (i < to && xml.charCodeAt(i) <= 32) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new WorkbookReadError('corrupt', 'unquoted attribute');
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd >= to) throw new WorkbookReadError('corrupt', 'unterminated attribute');
    i = valueEnd + 1;
    if (rowTag) {
      if (nameLength === 1 && xml.charCodeAt(nameStart) === 114 /* r */) rowTagNumber = digitsAt(xml, valueStart, valueEnd);
      else if (nameLength === 6 && xml.startsWith('hidden', nameStart)) rowTagHidden = isTrue(xml.slice(valueStart, valueEnd));
      continue;
    }
    if (nameLength !== 1) continue;
    const name = xml.charCodeAt(nameStart);
    let hasEntity = false;
    for (let k = valueStart; k < valueEnd && !hasEntity; k++) hasEntity = xml.charCodeAt(k) === 38; // &
    if (name === 114 /* r */) {
      if (hasEntity) readA1(decode(xml.slice(valueStart, valueEnd)));
      else readA1(xml, valueStart, valueEnd);
      cellHasRef = true;
    } else if (name === 116 /* t */) {
      cellType = (valueEnd - valueStart === 1 && ONE_LETTER_TYPES[xml.charCodeAt(valueStart)]) || decode(xml.slice(valueStart, valueEnd));
    } else if (name === 115 /* s */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const d = xml.charCodeAt(k) - 48;
        if (d < 0 || d > 9) {
          n = Number(decode(xml.slice(valueStart, valueEnd)));
          break;
        }
        n = n * 10 + d;
      }
      cellStyle = n;
    }
  }
  return to;
}

/** An XML boolean attribute's value: 1 or true (xsd:boolean). */
function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** `A1:B2` as a range; a single cell as a one-cell range. */
function range(ref: string): CellRange {
  const colon = ref.indexOf(':');
  readA1(ref, 0, colon < 0 ? ref.length : colon);
  const r1 = a1Row;
  const c1 = a1Col;
  if (colon >= 0) readA1(ref, colon + 1, ref.length);
  return { top: Math.min(r1, a1Row), left: Math.min(c1, a1Col), bottom: Math.max(r1, a1Row), right: Math.max(c1, a1Col) };
}

/** The first corner of the area `readUsualMerge` read (the second is left in a1Row, a1Col). */
let mergeRow = 0;
let mergeCol = 0;

/**
 * ` ref="A1:B2"/>` from `from`, both corners inside the sheet: the corners in mergeRow/mergeCol and
 * a1Row/a1Col, and the index past `/>`; -1 for any other form, which the handlers read.
 */
function readUsualMerge(xml: string, from: number): number {
  if (!xml.startsWith(' ref="', from)) return -1;
  let i = readCorner(xml, from + 6);
  if (i < 0 || xml.charCodeAt(i) !== 58 /* : */) return -1;
  mergeRow = a1Row;
  mergeCol = a1Col;
  i = readCorner(xml, i + 1);
  if (i < 0 || xml.charCodeAt(i) !== 34 /* " */) return -1;
  // `"/>`, or `" />` as openpyxl writes it.
  const slash = xml.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
  return xml.charCodeAt(slash) === 47 && xml.charCodeAt(slash + 1) === 62 ? slash + 2 : -1;
}

/** Upper-case letters then digits from `from`, inside the sheet, into a1Row/a1Col: the index after them, or -1. */
function readCorner(xml: string, from: number): number {
  let i = from;
  let c = xml.charCodeAt(i);
  let col = 0;
  let row = 0;
  while (c >= 65 && c <= 90) {
    col = col * 26 + c - 64;
    c = xml.charCodeAt(++i);
  }
  while (c >= 48 && c <= 57) {
    row = row * 10 + c - 48;
    c = xml.charCodeAt(++i);
  }
  if (col === 0 || row === 0 || col > SHEET_COLUMNS || row > SHEET_ROWS) return -1;
  a1Row = row - 1;
  a1Col = col - 1;
  return i;
}

function toCell(
  row: number,
  col: number,
  type: string,
  raw: string,
  inline: string | null,
  formulaText: string | null,
  formulaTag: { t?: string; si?: string; ref?: string },
  format: string | undefined,
  strings: string[],
  sharedCells: (GridCell | undefined)[],
  shared: Map<string, SharedFormula>,
): GridCell | null {
  // A shared string's cell is one object for every cell showing that string: grids never change their cells.
  if (type === 's' && formulaText === null && formulaTag.t !== 'shared') {
    const i = raw === '' ? -1 : Number(raw);
    const str = strings[i];
    if (str === undefined || str === '') return null;
    return (sharedCells[i] ??= { value: str });
  }
  let formula: string | undefined;
  if (formulaText !== null || formulaTag.t === 'shared') {
    if (formulaTag.t === 'shared' && formulaTag.si !== undefined) {
      if (formulaText) shared.set(formulaTag.si, { formula: formulaText, row, col });
      const master = shared.get(formulaTag.si);
      if (master) formula = `=${master.row === row && master.col === col ? master.formula : slideFormula(master, { row, col })}`;
    } else if (formulaText) formula = `=${formulaText}`;
  }
  let value: GridCell['value'] = null;
  switch (type) {
    case 's':
      value = raw === '' ? null : (strings[Number(raw)] ?? null);
      break;
    case 'inlineStr':
      value = inline !== null ? unescapeOoxml(inline) : raw === '' ? null : raw;
      break;
    case 'str':
    case 'e':
      value = raw === '' ? null : raw;
      break;
    case 'b':
      value = raw === '' ? null : raw === '1' || raw === 'true';
      break;
    case 'd': {
      // An ISO 8601 date (Strict files, some exporters): the serial Excel keeps once it has read one,
      // shown as a date when its style gives no format. Text that is no such date stays text.
      const serial = isoDateSerial(raw);
      if (serial === null) value = raw === '' ? null : raw;
      else {
        value = serial;
        if (!format || format === 'General') format = 'yyyy-mm-dd';
      }
      break;
    }
    default: {
      if (raw === '') break;
      const n = Number(raw);
      value = Number.isFinite(n) ? n : raw;
    }
  }
  if (value === '') value = null;
  if (value === null && formula === undefined) return null;
  const cell: GridCell = { value };
  if (formula !== undefined) cell.formula = formula;
  if (typeof value === 'number' && format && format !== 'General') cell.format = format;
  return cell;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A `t="d"` cell's ISO 8601 date (`2023-12-31`, `2023-12-31T08:30:00Z`) as an Excel serial in the
 * 1900 system, the zone dropped as Excel does; null for anything else. Before 1900-03-01 one less:
 * Excel counts a 29 February 1900 that never was.
 */
export function isoDateSerial(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [month, day, hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const date = new Date(Date.UTC(Number(m[1]), month - 1, day, hours, minutes));
  // 2023-02-30 is no date (Date.UTC would roll it over into March).
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds >= 60) return null;
  const serial = (date.getTime() + seconds * 1000) / 86_400_000 + 25_569;
  return serial < 61 ? serial - 1 : serial;
}

const REFERENCE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A cell reference of a shared formula's text, read once for every cell of the group. */
interface FormulaReference {
  /** `Sheet1!` or nothing. */
  prefix: string;
  col: number;
  colFixed: boolean;
  row: number;
  rowFixed: boolean;
  /** As written: what a reference slid off the sheet stays. */
  text: string;
}

/** A formula's text cut at its cell references (function names and names left as text). */
function formulaPieces(formula: string): (string | FormulaReference)[] {
  const pieces: (string | FormulaReference)[] = [];
  let last = 0;
  for (const m of formula.matchAll(REFERENCE)) {
    const [text, prefix, , address, paren] = m;
    if (paren) continue;
    const c = CELL_REFERENCE.exec(address);
    if (!c) continue;
    const letters = c[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) continue;
    if (m.index > last) pieces.push(formula.slice(last, m.index));
    pieces.push({ prefix: prefix ?? '', col: columnIndex(letters), colFixed: c[1] !== undefined, row: Number(c[4]) - 1, rowFixed: c[3] !== undefined, text });
    last = m.index + text.length;
  }
  if (last < formula.length) pieces.push(formula.slice(last));
  return pieces;
}

/**
 * A shared formula as it reads in another cell: relative references moved by the offset (as Excel
 * and ExcelJS do). The master's text is cut at its references once, not searched again for each
 * cell of the group.
 */
function slideFormula(master: SharedFormula, to: { row: number; col: number }): string {
  const pieces = (master.pieces ??= formulaPieces(master.formula));
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    const col = p.colFixed ? p.col : p.col + to.col - master.col;
    const row = p.rowFixed ? p.row : p.row + to.row - master.row;
    out += col < 0 || row < 0 ? p.text : `${p.prefix}${p.colFixed ? '$' : ''}${columnLetters(col)}${p.rowFixed ? '$' : ''}${row + 1}`;
  }
  return out;
}
