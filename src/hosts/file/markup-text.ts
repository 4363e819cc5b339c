/**
 * The text of a workbook saved as markup (a web page named .xls, an Excel 2003 XML spreadsheet), and
 * how to tell one from its first bytes. No parser here: `sniff` asks it of every file that is neither
 * a zip package nor a compound file.
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
