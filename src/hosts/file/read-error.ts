/**
 * Why a file could not be read, told before any parser sees it; hosts turn these into messages in
 * the user's language. No ExcelJS here, so the browser's reader stays small.
 */
export type ReadFailure = 'empty-file' | 'not-xlsx' | 'xls' | 'html' | 'spreadsheetml' | 'text' | 'old-xls' | 'encrypted' | 'corrupt' | 'no-sheets' | 'too-large';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

import { isDelimitedText, isHtml, isSpreadsheetXml } from './markup-text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Says what a file is before ExcelJS sees it, so its errors never reach the user raw. */
export function sniff(bytes: Uint8Array): ReadFailure | null {
  if (bytes.length === 0) return 'empty-file';
  if (startsWith(bytes, ZIP)) return null;
  if (startsWith(bytes, OLE)) {
    // Password-protected .xlsx files are OLE containers holding an EncryptedPackage stream.
    const marker = 'EncryptedPackage';
    const utf16 = new Uint8Array(marker.length * 2);
    for (let i = 0; i < marker.length; i++) utf16[i * 2] = marker.charCodeAt(i);
    return indexOf(bytes, utf16) >= 0 ? 'encrypted' : 'xls';
  }
  if (isSpreadsheetXml(bytes)) return 'spreadsheetml';
  if (isHtml(bytes)) return 'html';
  return isDelimitedText(bytes) ? 'text' : 'not-xlsx';
}

/**
 * A workbook that is no zip package, read into sheets by a reader of its own and never patched: an
 * Excel 97–2003 file (`xls`), a web page saved as one (`html`), an Excel 2003 XML spreadsheet
 * (`spreadsheetml`), or tab- or comma-separated text (`text`). Null for a package (or a failure).
 */
export function sheetsOnlyFormat(bytes: Uint8Array): SheetsOnlyFormat | null {
  const kind = sniff(bytes);
  return kind === 'xls' || kind === 'html' || kind === 'spreadsheetml' || kind === 'text' ? kind : null;
}

export type SheetsOnlyFormat = 'xls' | 'html' | 'spreadsheetml' | 'text';

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
