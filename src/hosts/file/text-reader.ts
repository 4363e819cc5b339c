/**
 * Delimited text as a workbook: tab-separated text named .xls (a classic 导出 Excel of PHP and other
 * systems: each row's fields joined by tabs, sent as an Excel file; Excel opens it after warning that
 * format and extension differ), Excel's own "Unicode text" save (UTF-16, tabs), and CSV. One sheet,
 * a row a line, a cell a field; numbers as Excel takes them (`typedNumber`), `="007"` (how such
 * exports keep a code's leading zero) as the text inside. Fields are split by papaparse (quotes,
 * doubled quotes, line breaks in a quoted field).
 */
import Papa from 'papaparse';
import { SHEET_COLUMNS, SHEET_ROWS } from '../../core/grid/address';
import { Grid, GridCell } from '../../core/grid/grid';
import { decodeMarkup, delimiterOf, typedNumber } from './markup-text';
import { WorkbookReadError } from './read-error';
import type { XlsOptions } from './xls-reader';
import { READ_LIMITS, ReadLimits, ReadSheet, TooLargeError } from './xlsx-reader';

/** The text's one sheet (named Sheet1: Excel names it after the file, which is the caller's). */
export function readDelimited(bytes: Uint8Array, options: XlsOptions = {}): ReadSheet[] {
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  if (bytes.length > limits.uncompressedBytes) throw new TooLargeError('uncompressedBytes', bytes.length, limits.uncompressedBytes);
  const name = 'Sheet1';
  if ((options.sheet !== undefined && options.sheet !== name) || (options.only !== undefined && !options.only.has(name))) throw new WorkbookReadError('no-sheets');
  const text = decodeMarkup(bytes);
  const delimiter = delimiterOf(text);
  if (!delimiter) throw new WorkbookReadError('not-xlsx', 'text with no fields');
  const cells: GridCell[][] = [];
  let count = 0;
  let row = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step({ data }) {
      if (row >= SHEET_ROWS) return;
      for (let col = 0; col < data.length && col < SHEET_COLUMNS; col++) {
        const field = data[col];
        if (field.length > limits.stringLength) throw new TooLargeError('stringLength', field.length, limits.stringLength);
        const cell = fieldCell(field);
        if (!cell) continue;
        if (++count > limits.cells) throw new TooLargeError('cells', count, limits.cells);
        (cells[row] ??= [])[col] = cell;
      }
      row++;
    },
  });
  return [{ name, state: 'visible', grid: new Grid({ name, cells }), columnWidths: [] }];
}

/** A field as Excel opens it: `="…"` the text inside, a number typed as one a number, else the text; blank nothing. */
function fieldCell(field: string): GridCell | null {
  const quoted = /^="(.*)"$/s.exec(field);
  if (quoted) return quoted[1] === '' ? null : { value: quoted[1] };
  const text = field.trim();
  if (text === '') return null;
  return typedNumber(text) ?? { value: field };
}
