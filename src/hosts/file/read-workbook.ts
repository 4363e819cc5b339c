/**
 * A workbook's sheets in the browser (the preview's worker, the pane's comparison), whatever Excel
 * saved it as: an .xlsx or .xlsm by the linear reader; an Excel 97–2003 .xls, a web page, an Excel
 * 2003 XML spreadsheet or delimited text (what systems' 导出 Excel may be) each by its own reader,
 * fetched as a chunk of its own the first time such a file is chosen. Failures throw WorkbookReadError.
 */
import { SheetsOnlyFormat, sheetsOnlyFormat } from './read-error';
import type { XlsOptions } from './xls-reader';
import { InflateRawAsync } from './zip';
import { ReadOptions, readXlsxAsync, ReadSheet } from './xlsx-reader';

type SheetsReader = (bytes: Uint8Array, options: XlsOptions) => ReadSheet[];

/** Each format's reader, loaded on first use. */
const READERS: Record<SheetsOnlyFormat, () => Promise<SheetsReader>> = {
  xls: async () => (await import(/* webpackChunkName: "xls-reader" */ './xls-reader')).readXls,
  html: async () => (await import(/* webpackChunkName: "html-reader" */ './html-reader')).readHtml,
  spreadsheetml: async () => (await import(/* webpackChunkName: "spreadsheetml-reader" */ './spreadsheetml-reader')).readSpreadsheetMl,
  text: async () => (await import(/* webpackChunkName: "text-reader" */ './text-reader')).readDelimited,
};

export async function readWorkbookAsync(bytes: Uint8Array, options: ReadOptions & { inflateAsync: InflateRawAsync }): Promise<ReadSheet[]> {
  const format = sheetsOnlyFormat(bytes);
  return format ? (await READERS[format]())(bytes, options) : readXlsxAsync(bytes, options);
}
