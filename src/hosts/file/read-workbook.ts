/**
 * A workbook's sheets in the browser (the preview's worker, the pane's comparison), whatever Excel
 * saved it as: an .xlsx or .xlsm by the linear reader, an Excel 97–2003 .xls by the BIFF reader, a
 * web page saved as .xls by the HTML reader, an Excel 2003 XML spreadsheet and delimited text by theirs, each fetched
 * as a chunk of its own the first time one is chosen. Failures throw WorkbookReadError.
 */
import { sheetsOnlyFormat } from './read-error';
import { InflateRawAsync } from './zip';
import { ReadOptions, readXlsxAsync, ReadSheet } from './xlsx-reader';

export async function readWorkbookAsync(bytes: Uint8Array, options: ReadOptions & { inflateAsync: InflateRawAsync }): Promise<ReadSheet[]> {
  const format = sheetsOnlyFormat(bytes);
  if (format === 'xls') {
    const { readXls } = await import(/* webpackChunkName: "xls-reader" */ './xls-reader');
    return readXls(bytes, options);
  }
  if (format === 'html') {
    const { readHtml } = await import(/* webpackChunkName: "html-reader" */ './html-reader');
    return readHtml(bytes, options);
  }
  if (format === 'text') {
    const { readDelimited } = await import(/* webpackChunkName: "text-reader" */ './text-reader');
    return readDelimited(bytes, options);
  }
  if (format === 'spreadsheetml') {
    const { readSpreadsheetMl } = await import(/* webpackChunkName: "spreadsheetml-reader" */ './spreadsheetml-reader');
    return readSpreadsheetMl(bytes, options);
  }
  return readXlsxAsync(bytes, options);
}
