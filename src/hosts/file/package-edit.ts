/**
 * Editing a workbook's package in place, the ground the annotated copy (`annotate-package.ts`) and
 * the preview's fixes (`patch-package.ts`) share: parts inflated only when asked for, sheets found
 * by name, and cell elements edited in one pass over a sheet's text, every other byte kept.
 */
import { strFromU8 } from 'fflate';
import { SHEET_COLUMNS } from '../../core/grid/address';
import { firstAtLeast } from '../../core/sorted';
import { WorkbookReadError } from './read-error';
import { cellIndex, digitsAt, isNameEnd, relationships, sheetPath, workbookSheets } from './xlsx-reader';
import { entryBytes, fflateInflate, zipEntries, ZipEntry } from './zip';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML holds it; most text (a finding's message, a cell's Chinese) has nothing to escape and is returned as it is. */
export const xmlText = (s: string): string => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]) : s);

/** One pattern per attribute name, made once: a sheet's every cell tag is read with them. */
const ATTRIBUTES = new Map<string, RegExp>();

function attribute(name: string): RegExp {
  let re = ATTRIBUTES.get(name);
  if (re === undefined) ATTRIBUTES.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`)));
  return re;
}

export function attrOf(tag: string, name: string): string | undefined {
  return attribute(name).exec(tag)?.[1];
}

/** The tag with the attribute set to value: replaced where the tag has it, added before its end where not. */
export function setAttr(tag: string, name: string, value: string): string {
  const m = attribute(name).exec(tag);
  if (m) {
    const at = m.index + m[0].length - 1 - m[1].length;
    return tag.slice(0, at) + value + tag.slice(at + m[1].length);
  }
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** A package opened for editing: its directory, and its parts inflated when first asked for. */
export interface OpenPackage {
  entries: Map<string, ZipEntry>;
  part(name: string): Uint8Array | undefined;
  /** A part could not be inflated: the package is not one to edit. */
  readonly unreadable: boolean;
}

export function openPackage(bytes: Uint8Array): OpenPackage | null {
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(bytes);
  } catch {
    return null;
  }
  const inflated = new Map<string, Uint8Array>();
  let unreadable = false;
  return {
    entries,
    part(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      let data = inflated.get(name);
      if (data === undefined) {
        try {
          data = entryBytes(bytes, entry, fflateInflate);
        } catch {
          unreadable = true;
          return undefined;
        }
        inflated.set(name, data);
      }
      return data;
    },
    get unreadable() {
      return unreadable;
    },
  };
}

/** Sheet name → its part path, from the workbook and its relationships, read as the reader reads them. */
export function sheetParts(pkg: OpenPackage): Map<string, string> | null {
  const workbook = pkg.part('xl/workbook.xml');
  const rels = pkg.part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  try {
    const targets = relationships(strFromU8(rels));
    const out = new Map<string, string>();
    for (const sheet of workbookSheets(strFromU8(workbook))) {
      const path = sheetPath(targets.get(sheet.rid));
      if (path) out.set(sheet.name, path);
    }
    return out;
  } catch (e) {
    // A part the reader finds corrupt: not a package to patch.
    if (e instanceof WorkbookReadError) return null;
    throw e;
  }
}

/** A cell element as the sheet has it: its start tag, and the whole element. */
export interface CellElement {
  tag: string;
  element: string;
}

/**
 * What a cell's element becomes: given the element the sheet has (null where it has none), the
 * element to write in its place, or null when the edit cannot be made by patching.
 */
export type CellEdit = (ref: string, cell: CellElement | null) => string | null;

/** A row tag's `r`: read in place where it comes first (` r="12"`, as every writer puts it), from the tag's text otherwise. */
function rowNumber(xml: string, at: number, openEnd: number): number {
  if (xml.startsWith(' r="', at + 4)) {
    const quote = xml.indexOf('"', at + 8);
    const n = quote > at + 8 && quote < openEnd ? digitsAt(xml, at + 8, quote) : -1;
    if (n >= 0) return n;
  }
  return Number(attrOf(xml.slice(at, openEnd), 'r'));
}

/** A cell tag's reference as its cellIndex, read in place where `r` comes first, from the tag's text otherwise; -1 without a sheet's cell. */
function cellAt(xml: string, at: number, tagEnd: number): number {
  if (xml.startsWith(' r="', at + 2)) {
    const quote = xml.indexOf('"', at + 6);
    if (quote > 0 && quote < tagEnd) return cellIndex(xml, at + 6, quote);
  }
  const ref = attrOf(xml.slice(at, tagEnd), 'r');
  return ref === undefined ? -1 : cellIndex(ref);
}

/** A cell to edit: its reference as asked for, its column, and whether the sheet's element was found. */
interface Target {
  ref: string;
  col: number;
  done: boolean;
}

/** Text to put in place of `remove` characters at `at` of a sheet's XML. */
interface Edit {
  at: number;
  remove: number;
  text: string;
}

/** A row holding wanted cells, as far as it was read: where it starts and ends, and its cells read (where a new one goes). */
interface ReadRow {
  row: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** Column and start of each cell read, in pairs: an object per cell of tens of thousands of rows is time. */
  cells: number[];
}

/** A sheet's rows as editing needs them: every row's number and start (where a new row goes), and the rows read. */
interface SheetRows {
  numbers: number[];
  starts: number[];
  read: Map<number, ReadRow>;
}

/**
 * The sheet XML with the cells of `refs` (A1 references) edited, in one pass over its text; a cell
 * the sheet has no element for gets one, in column order in its row (and a row where there is
 * none). Null when the sheet is laid out in a way this does not read, or an edit gives up.
 * In steps of their own, each made fast by V8 on its own: one function doing all of them was
 * optimised part way through its loop and thrown back at the next step, every call.
 */
export function editCells(xml: string, refs: Iterable<string>, edit: CellEdit): string | null {
  const dataOpen = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(xml);
  if (!dataOpen) return null;
  const wanted = wantedCells(refs);
  if (!wanted) return null;
  const edits: Edit[] = [];
  const empty = dataOpen[0].endsWith('/>');
  const rows = empty ? { numbers: [], starts: [], read: new Map<number, ReadRow>() } : readRows(xml, dataOpen.index + dataOpen[0].length, wanted, edit, edits);
  if (!rows) return null;
  const newRows = addMissing(xml, rows, wanted, edit, edits);
  if (!newRows) return null;
  if (newRows.length > 0) {
    if (empty) edits.push({ at: dataOpen.index, remove: dataOpen[0].length, text: `<sheetData>${newRows.map((r) => r.text).join('')}</sheetData>` });
    else {
      for (const nr of newRows) {
        // The first row below the new one (rows are in ascending order, as a sheet lists them).
        const next = firstAtLeast(rows.numbers.length, (i) => rows.numbers[i], nr.row + 1);
        edits.push({ at: next < rows.numbers.length ? rows.starts[next] : xml.indexOf('</sheetData>', dataOpen.index), remove: 0, text: nr.text });
      }
    }
  }
  return applied(xml, edits);
}

/**
 * The cells to edit by row, each ref read once: a row's list picks the rows whose cells are read
 * (the others are passed over whole), and a cell is matched by its row and column, not by its
 * reference's text (no string hashed per cell of a row read). Null for a ref that is no cell.
 */
function wantedCells(refs: Iterable<string>): Map<number, Target[]> | null {
  const wanted = new Map<number, Target[]>();
  for (const ref of refs) {
    const at = cellIndex(ref);
    if (at < 0) return null;
    const row = Math.floor(at / SHEET_COLUMNS);
    const col = at % SHEET_COLUMNS;
    const inRow = wanted.get(row);
    if (!inRow) wanted.set(row, [{ ref, col, done: false }]);
    else if (!inRow.some((t) => t.col === col)) inRow.push({ ref, col, done: false });
  }
  return wanted;
}

/**
 * Every row of the sheet data from `from`, the cells of wanted rows read and edited. Start tags are
 * found with indexOf and read by hand, not by a pattern per row and per cell: most rows are passed
 * over whole. Null when a row is not laid out as this reads it.
 */
function readRows(xml: string, from: number, wanted: Map<number, Target[]>, edit: CellEdit, edits: Edit[]): SheetRows | null {
  const dataEnd = xml.indexOf('</sheetData>', from);
  if (dataEnd < 0) return null;
  const rows: SheetRows = { numbers: [], starts: [], read: new Map() };
  let at = xml.indexOf('<row', from);
  while (at >= 0 && at < dataEnd) {
    if (!isNameEnd(xml.charCodeAt(at + 4))) {
      at = xml.indexOf('<row', at + 4);
      continue;
    }
    const openEnd = xml.indexOf('>', at + 4) + 1;
    if (openEnd === 0 || openEnd > dataEnd) return null;
    const r = rowNumber(xml, at, openEnd);
    if (!Number.isFinite(r)) return null;
    const selfClosing = xml.charCodeAt(openEnd - 2) === 47;
    const end = selfClosing ? openEnd : xml.indexOf('</row>', at);
    if (end < 0) return null;
    rows.numbers.push(r - 1);
    rows.starts.push(at);
    const targets = wanted.get(r - 1);
    if (targets !== undefined) {
      const row: ReadRow = { row: r - 1, start: at, openEnd, end, selfClosing, cells: [] };
      rows.read.set(row.row, row);
      if (!selfClosing && !readRowCells(xml, row, targets, wanted, edit, edits)) return null;
    }
    at = xml.indexOf('<row', end);
  }
  return rows;
}

/**
 * A wanted row's cells, read until its wanted ones are found and edited: then nothing is inserted
 * in it, and the rest of it is passed over. False when a cell is not laid out as this reads it, or an edit gives up.
 */
function readRowCells(xml: string, row: ReadRow, targets: Target[], wanted: Map<number, Target[]>, edit: CellEdit, edits: Edit[]): boolean {
  let left = targets.length;
  for (let c = xml.indexOf('<c', row.openEnd); c >= 0 && c < row.end && left > 0; c = xml.indexOf('<c', c)) {
    // Not a cell: `<col…`, or a rich text run's `<color…` (a cell's own content is stepped over whole).
    if (!isNameEnd(xml.charCodeAt(c + 2))) {
      c += 2;
      continue;
    }
    const tagEnd = xml.indexOf('>', c + 2) + 1;
    if (tagEnd === 0 || tagEnd > row.end) return false;
    const cell = cellAt(xml, c, tagEnd);
    if (cell < 0) return false;
    const cellRow = Math.floor(cell / SHEET_COLUMNS);
    const col = cell % SHEET_COLUMNS;
    row.cells.push(col, c);
    const close = xml.charCodeAt(tagEnd - 2) === 47 ? tagEnd : xml.indexOf('</c>', tagEnd) + 4;
    if (close < tagEnd || close > row.end) return false;
    const inRow = cellRow === row.row;
    const target = undone(inRow ? targets : wanted.get(cellRow), col);
    if (target) {
      target.done = true;
      if (inRow) left--;
      const text = edit(target.ref, { tag: xml.slice(c, tagEnd), element: xml.slice(c, close) });
      if (text === null) return false;
      edits.push({ at: c, remove: close - c, text });
    }
    c = close;
  }
  return true;
}

function undone(targets: Target[] | undefined, col: number): Target | undefined {
  if (targets === undefined) return undefined;
  for (let i = 0; i < targets.length; i++) if (targets[i].col === col && !targets[i].done) return targets[i];
  return undefined;
}

/**
 * Cells the sheet has no element for: new ones, in column order, in their row (edits), and the rows
 * the sheet lacks, in order (returned). Null when an edit gives up.
 */
function addMissing(xml: string, rows: SheetRows, wanted: Map<number, Target[]>, edit: CellEdit, edits: Edit[]): { row: number; text: string }[] | null {
  const byRow = new Map<number, { col: number; text: string }[]>();
  for (const [row, targets] of wanted) {
    for (const t of targets) {
      if (t.done) continue;
      const text = edit(t.ref, null);
      if (text === null) return null;
      const inRow = byRow.get(row);
      if (inRow) inRow.push({ col: t.col, text });
      else byRow.set(row, [{ col: t.col, text }]);
    }
  }
  const newRows: { row: number; text: string }[] = [];
  for (const [r, cells] of byRow) {
    cells.sort((a, b) => a.col - b.col);
    const row = rows.read.get(r);
    if (!row) {
      newRows.push({ row: r, text: `<row r="${r + 1}">${cells.map((c) => c.text).join('')}</row>` });
      continue;
    }
    if (row.selfClosing) {
      const open = xml.slice(row.start, row.openEnd).replace(/\s*\/>$/, '>');
      edits.push({ at: row.start, remove: row.openEnd - row.start, text: `${open}${cells.map((c) => c.text).join('')}</row>` });
      continue;
    }
    for (const c of cells) {
      let at = row.end;
      for (let i = 0; i < row.cells.length; i += 2) {
        if (row.cells[i] > c.col) {
          at = row.cells[i + 1];
          break;
        }
      }
      edits.push({ at, remove: 0, text: c.text });
    }
  }
  return newRows.sort((a, b) => a.row - b.row);
}

/** The text with the edits made, in one pass in their order (a stable sort keeps inserts at one place in order). */
function applied(xml: string, edits: Edit[]): string {
  edits.sort((a, b) => a.at - b.at);
  const chunks: string[] = [];
  let from = 0;
  for (const e of edits) {
    chunks.push(xml.slice(from, e.at), e.text);
    from = e.at + e.remove;
  }
  chunks.push(xml.slice(from));
  return chunks.join('');
}
