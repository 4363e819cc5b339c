import type { GridCell } from '../../core/grid/grid';

/**
 * The text of a workbook saved as text (a web page named .xls, an Excel 2003 XML spreadsheet, tab- or
 * comma-separated text), how to tell one from its first bytes, and a typed field as Excel takes it. No
 * parser here: `sniff` asks it of every file that is neither a zip package nor a compound file.
 */

/** Whether the bytes are a web page (markup first, after any byte-order mark and space): not a binary or zip workbook. */
export function isHtml(bytes: Uint8Array): boolean {
  const head = headText(bytes, 2048).trimStart().toLowerCase();
  return head.startsWith('<') && /<(html|table|!doctype html|head|body|meta)[\s>/]/.test(head);
}

/**
 * Whether the bytes are an Excel 2003 XML spreadsheet ("XML 表格 2003"; what FreeMarker templates and
 * many Java systems' 导出 Excel write, often named .xls): XML whose root is the spreadsheet namespace's
 * Workbook.
 */
export function isSpreadsheetXml(bytes: Uint8Array): boolean {
  const head = headText(bytes, 4096).trimStart();
  return head.startsWith('<') && /<(\w+:)?Workbook[\s>]/.test(head) && head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

/**
 * Whether the bytes are delimited text (tab-separated, or CSV): no NUL among the first bytes (unless
 * UTF-16 by its mark), and fields by `delimiterOf` in the first lines.
 */
export function isDelimitedText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (!utf16Of(bytes)) for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return delimiterOf(headText(bytes, 8192)) !== null;
}

/**
 * The text's delimiter, from its first lines: a tab wherever one is (what an export named .xls and
 * Excel's Unicode text use), else a comma where the first two lines have one (CSV); none for prose.
 */
export function delimiterOf(text: string): '\t' | ',' | null {
  const lines = text.slice(0, 8192).split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  if (lines.slice(0, 5).some((l) => l.includes('\t'))) return '\t';
  return lines.length >= 2 && lines[0].includes(',') && lines[1].includes(',') ? ',' : null;
}

/**
 * A typed cell text as Excel takes it into a number, or null: a plain number of at most 15 digits
 * (a code with a leading zero, or one longer than Excel keeps, stays text), with thousands commas, or a
 * share (95%, 0.95 formatted 0%).
 */
export function typedNumber(text: string): GridCell | null {
  const m = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/.exec(text);
  if (!m) return null;
  const [, sign, whole, fraction = '', percent] = m;
  const digits = whole.replace(/,/g, '');
  if (digits.length > 1 && digits.startsWith('0')) return null;
  if ((digits + fraction).replace(/^0+/, '').length > 15) return null;
  const n = Number(`${sign}${digits}.${fraction || '0'}`);
  const decimals = fraction.length > 0 ? `.${'0'.repeat(fraction.length)}` : '';
  if (percent) return { value: n / 100, format: `0${decimals}%` };
  return whole.includes(',') ? { value: n, format: `#,##0${decimals}` } : { value: n };
}

/** Excel's named number formats, as an XML spreadsheet's ss:Format and a web page's mso-number-format write them instead of a code. */
export const NAMED_FORMATS: Readonly<Record<string, string>> = {
  'General Number': 'General',
  General: 'General',
  Fixed: '0.00',
  Standard: '#,##0.00',
  Percent: '0.00%',
  Scientific: '0.00E+00',
  Currency: '¥#,##0.00',
  'Short Date': 'yyyy/m/d',
  'Medium Date': 'dd-mmm-yy',
  'Long Date': 'yyyy"年"m"月"d"日"',
  'Short Time': 'h:mm',
  'Medium Time': 'h:mm AM/PM',
  'Long Time': 'h:mm:ss',
};

/**
 * The file's text: by its byte-order mark, else the encoding it declares (a web page's charset, an XML
 * declaration's encoding; gb2312 and GBK read as GB18030, their superset), else UTF-8 when the bytes
 * are valid UTF-8 and GB18030 when not — what a Chinese system that declares nothing writes.
 */
export function decodeMarkup(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = headText(bytes, 4096);
  const declared = (/<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(head))?.[1].toLowerCase();
  if (declared) {
    const label = /^(gb2312|gbk|x-gbk|gb_2312-80|cp936|windows-936)$/.test(declared) ? 'gb18030' : declared;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: read as undeclared.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The first `n` bytes as text enough to sniff markup and a declared charset: UTF-16 by its mark, else byte for byte. */
function headText(bytes: Uint8Array, n: number): string {
  const head = bytes.subarray(0, n);
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(head);
  let s = '';
  for (let i = 0; i < head.length; i++) s += String.fromCharCode(head[i]);
  return s.replace(/^\u00ef\u00bb\u00bf/, '');
}

/** UTF-16 by its byte-order mark. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
