/**
 * Editing a workbook's package in place, the ground the annotated copy (`annotate-package.ts`) and
 * the preview's fixes (`patch-package.ts`) share: parts inflated only when asked for, sheets found
 * by name, and cell elements edited in one pass over a sheet's text, every other byte kept.
 */
import { strFromU8 } from 'fflate';
import { parseA1 } from '../../core/grid/address';
import { firstAtLeast } from '../../core/sorted';
import { WorkbookReadError } from './read-error';
import { cellReference, relationships, sheetPath, workbookSheets } from './xlsx-reader';
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

/** A cell to edit: its reference as asked for, its column, and whether the sheet's element was found. */
interface Target {
  ref: string;
  col: number;
  done: boolean;
}

/**
 * The sheet XML with the cells of `refs` (A1 references) edited, in one pass over its text; a cell
 * the sheet has no element for gets one, in column order in its row (and a row where there is
 * none). Null when the sheet is laid out in a way this does not read, or an edit gives up.
 */
export function editCells(xml: string, refs: Iterable<string>, edit: CellEdit): string | null {
  const dataOpen = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(xml);
  if (!dataOpen) return null;
  const edits: { at: number; remove: number; text: string }[] = [];
  // The cells to edit by row, each ref read once: a row's list picks the rows whose cells are read
  // (the others are passed over whole), and a cell is matched by its row and column, not by its
  // reference's text (no string hashed per cell of a row read: 37,000 notes took ~170 ms).
  const wanted = new Map<number, Target[]>();
  for (const ref of refs) {
    const { row, col } = parseA1(ref);
    const inRow = wanted.get(row);
    if (!inRow) wanted.set(row, [{ ref, col, done: false }]);
    else if (!inRow.some((t) => t.col === col)) inRow.push({ ref, col, done: false });
  }
  type Row = { row: number; start: number; openEnd: number; end: number; selfClosing: boolean; cells: { col: number; start: number }[] };
  const rows: Row[] = [];
  const rowsByIndex = new Map<number, Row>();
  if (!dataOpen[0].endsWith('/>')) {
    const dataEnd = xml.indexOf('</sheetData>', dataOpen.index);
    if (dataEnd < 0) return null;
    const rowRe = /<row\b[^>]*?(\/)?>/g;
    rowRe.lastIndex = dataOpen.index + dataOpen[0].length;
    for (let m = rowRe.exec(xml); m && m.index < dataEnd; m = rowRe.exec(xml)) {
      const r = Number(attrOf(m[0], 'r'));
      if (!Number.isFinite(r)) return null;
      const selfClosing = m[1] === '/';
      const end = selfClosing ? m.index + m[0].length : xml.indexOf('</row>', m.index);
      if (end < 0) return null;
      const row = { row: r - 1, start: m.index, openEnd: m.index + m[0].length, end, selfClosing, cells: [] as { col: number; start: number }[] };
      if (!selfClosing && wanted.has(row.row)) {
        const cellRe = /<c\b[^>]*?(\/)?>/g;
        cellRe.lastIndex = row.openEnd;
        for (let c = cellRe.exec(xml); c && c.index < end; c = cellRe.exec(xml)) {
          const ref = attrOf(c[0], 'r');
          const at = ref === undefined ? null : cellReference(ref);
          if (at === null) return null;
          row.cells.push({ col: at.col, start: c.index });
          const close = c[1] === '/' ? c.index + c[0].length : xml.indexOf('</c>', c.index) + 4;
          if (close < c.index + c[0].length || close > end) return null;
          const target = wanted.get(at.row)?.find((t) => t.col === at.col && !t.done);
          if (target) {
            target.done = true;
            const text = edit(target.ref, { tag: c[0], element: xml.slice(c.index, close) });
            if (text === null) return null;
            edits.push({ at: c.index, remove: close - c.index, text });
          }
          cellRe.lastIndex = close;
        }
      }
      rows.push(row);
      rowsByIndex.set(row.row, row);
      rowRe.lastIndex = end;
    }
  }
  // Cells the sheet has no element for: new ones, in column order, in their row.
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
    const row = rowsByIndex.get(r);
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
      const next = row.cells.findIndex((x) => x.col > c.col);
      edits.push({ at: next >= 0 ? row.cells[next].start : row.end, remove: 0, text: c.text });
    }
  }
  if (newRows.length > 0) {
    newRows.sort((a, b) => a.row - b.row);
    if (dataOpen[0].endsWith('/>')) edits.push({ at: dataOpen.index, remove: dataOpen[0].length, text: `<sheetData>${newRows.map((r) => r.text).join('')}</sheetData>` });
    else {
      for (const nr of newRows) {
        // The first row below the new one (rows are in ascending order, as a sheet lists them).
        const next = firstAtLeast(rows.length, (i) => rows[i].row, nr.row + 1);
        edits.push({ at: next < rows.length ? rows[next].start : xml.indexOf('</sheetData>', dataOpen.index), remove: 0, text: nr.text });
      }
    }
  }
  // One pass over the text with the edits in order (a stable sort keeps inserts at one place in order).
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
