import { readFileSync, statSync } from 'fs';
import { getHeapStatistics } from 'v8';
import { inflateRaw, inflateRawSync, ZlibOptions } from 'zlib';
import type ExcelJS from 'exceljs';
import { readHtml } from '../hosts/file/html-reader';
import { spreadsheetMlSheets } from '../hosts/file/spreadsheetml-reader';
import { readDelimited } from '../hosts/file/text-reader';
import { SheetsOnlyFormat, sheetsOnlyFormat, WorkbookReadError } from '../hosts/file/read-error';
import { eachXlsSheet, XlsOptions } from '../hosts/file/xls-reader';
import { eachSheetAhead, limitsForHeap, ReadLimits, readXlsx, ReadSheet, sheetReader, TooLargeError } from '../hosts/file/xlsx-reader';
import { withoutMerges } from '../hosts/file/without-merges';
import type { Grid } from '../core/grid/grid';
import '../hosts/file/messages';

/** Why a file gave no sheets to check: a `file:failure.*` message id and its data. */
export interface OpenFailure {
  failure: string;
  data?: Record<string, unknown>;
}

/** This process's heap, which the machine's memory or `--max-old-space-size` sets. */
export const HEAP = getHeapStatistics().heap_size_limit;
/** The reader's limits within that heap. */
const LIMITS = limitsForHeap(HEAP);
/**
 * Heap a cell costs a template, whose source ExcelJS reads and whose copy it writes: the merge-heavy
 * table needed 300–450 MB of old space (100,000 cells), twice its size 600–800 MB; with room.
 */
const TEMPLATE_LIMITS = limitsForHeap(HEAP, 6_000);

/** Larger files are not read at all: no real table comes near, and memory is the user's. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * A file's bytes (read-only: the user's file is never written), or why they could not be read.
 * Read synchronously: the promise API goes through the thread pool for each of open, stat, read
 * and close, and a folder of 1,000 small files spent 1.45 s of a 3 s run waiting on those trips.
 */
function readBytes(file: string): Uint8Array | OpenFailure {
  try {
    // Only regular files: a FIFO named .xlsx would block forever, /dev/zero would never end.
    const stat = statSync(file);
    if (!stat.isFile()) return { failure: 'not-regular' };
    if (stat.size > MAX_FILE_BYTES) return { failure: 'too-large', data: { limit: 'fileBytes', size: stat.size, max: MAX_FILE_BYTES } };
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { failure: 'not-found' } : { failure: 'unreadable', data: { detail: code ?? String(e) } };
  }
}

/** A read failure as the report gives it: `too-large` says which limit and how big the file was. */
function failureOf(e: WorkbookReadError): OpenFailure {
  if (e instanceof TooLargeError) return { failure: 'too-large', data: { limit: e.limit, size: e.size, max: e.max } };
  return { failure: e.reason };
}

/**
 * Node's native inflate, never past the size the zip directory declares. One output chunk of that
 * size, so zlib does not inflate into 16 KB pieces and copy them together (a 4 MB sheet: ~5 ms).
 */
const nodeInflate = (data: Uint8Array, size: number): Uint8Array => inflateRawSync(data, inflateOptions(size));

/** nodeInflate on Node's thread pool: a sheet inflates there while the main thread reads the one before. */
const nodeInflateAsync = (data: Uint8Array, size: number): Promise<Uint8Array> =>
  new Promise((resolve, reject) => inflateRaw(data, inflateOptions(size), (error, out) => (error ? reject(error) : resolve(out))));

function inflateOptions(size: number): ZlibOptions {
  return { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) };
}

/** Node's UTF-8 decoding of a part, faster than TextDecoder's (6.5 MB of parts: ~10 against ~14 ms); a BOM dropped as TextDecoder drops it. */
const nodeText = (part: Uint8Array): string => {
  const text = Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/** A workbook file opened for reading its sheets by name, and how large it is. */
export interface OpenedSheets {
  bytes: number;
  /** A sheet by name: undefined when the workbook has none of that name. */
  sheet(name: string): ReadSheet | undefined | OpenFailure;
}

/**
 * A workbook file opened once to read the named `sheets` in any order, as often as asked
 * (`sheetReader`): the file is read, and its directory, workbook and shared strings parsed, once.
 */
export function openSheets(file: string, sheets: ReadonlySet<string>): OpenedSheets | OpenFailure {
  const bytes = readBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  let read: (name: string) => ReadSheet | undefined;
  try {
    const format = sheetsOnlyFormat(bytes);
    read = format ? otherSheetReader(format, bytes, sheets) : sheetReader(bytes, sheets, { limits: LIMITS, inflate: nodeInflate, decodeText: nodeText });
  } catch (e) {
    if (e instanceof WorkbookReadError) return failureOf(e);
    throw e;
  }
  return {
    bytes: bytes.length,
    sheet(name) {
      try {
        return read(name);
      } catch (e) {
        if (e instanceof WorkbookReadError) return failureOf(e);
        throw e;
      }
    },
  };
}

/** The named sheets of an .xls, a web page, an XML spreadsheet or delimited text, read at once (such a file is read whole): each by name, as sheetReader gives them. */
function otherSheetReader(format: SheetsOnlyFormat, bytes: Uint8Array, sheets: ReadonlySet<string>): (name: string) => ReadSheet | undefined {
  const byName = new Map([...otherSheets(format, bytes, { limits: LIMITS, only: sheets })].map((s) => [s.name, s]));
  return (name) => byName.get(name);
}

/** The sheets of a workbook that is no package (sheetsOnlyFormat), one at a time, each format by its own reader. */
function otherSheets(format: SheetsOnlyFormat, bytes: Uint8Array, options: XlsOptions): Iterable<ReadSheet> {
  if (format === 'html') return readHtml(bytes, options);
  if (format === 'spreadsheetml') return spreadsheetMlSheets(bytes, options);
  if (format === 'text') return readDelimited(bytes, options);
  return eachXlsSheet(bytes, options);
}

/**
 * An .xls, a web page, an XML spreadsheet or delimited text as a template's source: its grids by its reader, and for looks only its column widths,
 * in a worksheet made for them (ExcelJS reads no .xls); the form's own looks (borders, wrapping,
 * header fills, print setup) are the template's, as for any source.
 */
async function otherSourceSheets(format: SheetsOnlyFormat, bytes: Uint8Array, sheet: string | undefined): Promise<SourceSheet[] | OpenFailure> {
  let read: ReadSheet[];
  try {
    read = [...otherSheets(format, bytes, { sheet, limits: TEMPLATE_LIMITS })];
  } catch (e) {
    if (e instanceof WorkbookReadError) return readFailure(e, sheet);
    throw e;
  }
  const { default: Excel } = await import('exceljs');
  const looks = new Excel.Workbook();
  return read.map((s) => {
    const worksheet = looks.addWorksheet(s.name);
    s.columnWidths.forEach((width, c) => {
      if (width) worksheet.getColumn(c + 1).width = width;
    });
    return { grid: s.grid, worksheet };
  });
}

function gridsOf(bytes: Uint8Array, sheet: string | undefined, limits: ReadLimits): ReadSheet[] | OpenFailure {
  try {
    return readXlsx(bytes, { sheet, limits, inflate: nodeInflate, decodeText: nodeText });
  } catch (e) {
    if (e instanceof WorkbookReadError) return readFailure(e, sheet);
    throw e;
  }
}

function readFailure(e: WorkbookReadError, sheet: string | undefined): OpenFailure {
  return e.reason === 'no-sheets' && sheet !== undefined ? { failure: 'no-sheet', data: { sheet } } : failureOf(e);
}

/**
 * Hands a workbook file's sheets (or the one asked for) to `visit` one at a time, as the linear
 * reader reads them: a batch of a thousand sheets is checked without holding a thousand grids.
 * Null when every sheet was read; a read failure met part way is returned all the same, and what
 * `visit` throws is thrown.
 */
export async function visitSheets(file: string, sheet: string | undefined, visit: (sheet: ReadSheet) => void): Promise<OpenFailure | null> {
  const bytes = readBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  try {
    // An .xls (Excel 97–2003, WPS), or a system's export named .xls (a web page, an XML spreadsheet, tab-separated text): its sheets one at a time too, by its own reader.
    const format = sheetsOnlyFormat(bytes);
    if (format) for (const read of otherSheets(format, bytes, { sheet, limits: LIMITS })) visit(read);
    else for await (const read of eachSheetAhead(bytes, { sheet, limits: LIMITS, inflate: nodeInflate, inflateAsync: nodeInflateAsync, decodeText: nodeText })) visit(read);
  } catch (e) {
    if (e instanceof WorkbookReadError) return readFailure(e, sheet);
    throw e;
  }
  return null;
}

/** A template's source sheet: its grid from the linear reader, its looks (styles, widths, heights) from ExcelJS. */
export interface SourceSheet {
  grid: Grid;
  worksheet: ExcelJS.Worksheet;
}

/**
 * Reads a workbook file for commands that write one from it (templates): the grids by the linear
 * reader (its limits refuse a hostile file before ExcelJS sees it), the looks by ExcelJS from a copy
 * without merged areas, which ExcelJS reads in quadratic time.
 */
export async function openSourceSheets(file: string, sheet?: string): Promise<SourceSheet[] | OpenFailure> {
  const bytes = readBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const format = sheetsOnlyFormat(bytes);
  if (format) return otherSourceSheets(format, bytes, sheet);
  const read = gridsOf(bytes, sheet, TEMPLATE_LIMITS);
  if (!Array.isArray(read)) return read;
  const { loadWorkbook } = await import('../hosts/file/workbook');
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(withoutMerges(bytes, nodeInflate));
  } catch (e) {
    if (e instanceof WorkbookReadError) return failureOf(e);
    throw e;
  }
  const out: SourceSheet[] = [];
  for (const s of read) {
    const worksheet = workbook.getWorksheet(s.name);
    if (worksheet) out.push({ grid: s.grid, worksheet });
  }
  return out.length === 0 ? { failure: 'no-sheet', data: { sheet } } : out;
}
