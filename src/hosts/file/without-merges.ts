/**
 * A copy of an .xlsx package with its sheets' merged areas left out, for ExcelJS to read a source
 * sheet's looks from (styles, column widths, row heights) when a template is written. ExcelJS's
 * reading is quadratic in merged areas (46,000 take minutes); the template takes its merges from
 * the linear reader's grid, so ExcelJS never needs them. Entries are stored, not deflated: the copy
 * lives only in memory.
 */
import { zipSync, Zippable } from 'fflate';
import { entryBytes, InflateRaw, zipEntries } from './zip';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** `<mergeCells …>…</mergeCells>` or `<mergeCells/>`, prefixed or not; the element holds only <mergeCell/> tags. */
const MERGE_CELLS = /<([A-Za-z_][\w.-]*:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?mergeCells\s*>)/;

export function withoutMerges(bytes: Uint8Array, inflate: InflateRaw): Uint8Array {
  const files: Zippable = {};
  for (const entry of zipEntries(bytes).values()) {
    if (entry.name.endsWith('/')) continue;
    let data = entryBytes(bytes, entry, inflate);
    if (SHEET_PART.test(entry.name)) {
      const xml = new TextDecoder().decode(data);
      const stripped = xml.replace(MERGE_CELLS, '');
      if (stripped !== xml) data = new TextEncoder().encode(stripped);
    }
    files[entry.name] = [data, { level: 0 }];
  }
  return zipSync(files);
}
