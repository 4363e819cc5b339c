/**
 * A copy of an .xlsx package with its sheets' merged areas left out, for ExcelJS to read a source
 * sheet's looks from (styles, column widths, row heights) when a template is written. ExcelJS's
 * reading is quadratic in merged areas (46,000 take minutes); the template takes its merges from
 * the linear reader's grid, so ExcelJS never needs them. Only the sheets are inflated and written
 * again, stored (the copy lives only in memory); every other entry is copied as it was compressed.
 */
import { strFromU8, strToU8 } from 'fflate';
import { entryBytes, InflateRaw, repackage, zipEntries } from './zip';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** `<mergeCells …>…</mergeCells>` or `<mergeCells/>`, prefixed or not; the element holds only <mergeCell/> tags. */
const MERGE_CELLS = /<([A-Za-z_][\w.-]*:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?mergeCells\s*>)/;

export function withoutMerges(bytes: Uint8Array, inflate: InflateRaw): Uint8Array {
  const entries = zipEntries(bytes);
  const written = new Map<string, Uint8Array>();
  for (const entry of entries.values()) {
    if (!SHEET_PART.test(entry.name)) continue;
    const xml = strFromU8(entryBytes(bytes, entry, inflate));
    const stripped = xml.replace(MERGE_CELLS, '');
    if (stripped !== xml) written.set(entry.name, strToU8(stripped));
  }
  return repackage(bytes, entries, written);
}
