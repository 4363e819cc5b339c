import ExcelJS from 'exceljs';
import { dateToSerial, Grid, GridCell, HiddenLines, hiddenSheetOf, lineRuns, rowToFill } from '../../core/grid/grid';
import { CellRange, rangeToA1 } from '../../core/grid/address';
import { mergeAll } from './template-writer';
import type { ReadSheet } from './xlsx-reader';

export { sniff, WorkbookReadError } from './read-error';
export type { ReadFailure } from './read-error';
import { sniff, WorkbookReadError } from './read-error';

/** Loads an .xlsx held in memory; throws WorkbookReadError with a reason, never ExcelJS's own error. */
export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const failure = sniff(data);
  if (failure) throw new WorkbookReadError(failure);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's load() is typed for Node's Buffer but takes any ArrayBuffer view.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError('no-sheets');
  return workbook;
}

type MergeIndex = Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;

/** Merged areas. `worksheet.model.merges` would rebuild the whole sheet model, so the index is read directly. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const index = (ws as unknown as { _merges?: MergeIndex })._merges;
  const ranges = index ? Object.values(index).map((m) => m.model) : [];
  return ranges.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: (GridCell[] | undefined)[] = [];
  const farRows = new Map<number, GridCell[]>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const converted = convertCell(cell);
      if (converted) out[colNumber - 1] = converted;
    });
    if (out.length > 0) rowToFill(cells, farRows, rowNumber - 1, () => out);
  });
  return new Grid({ name: ws.name, cells, farRows, merges: mergesOf(ws), hidden: hiddenOf(ws, lastCellRow(cells, farRows)), state: hiddenSheetOf(ws.state) });
}

/** The last zero-based row holding a cell, or -1. */
function lastCellRow(cells: readonly (GridCell[] | undefined)[], farRows: ReadonlyMap<number, GridCell[]>): number {
  return Math.max(cells.length - 1, ...farRows.keys());
}

/** Rows (up to the last holding a cell) and columns the sheet hides, as the file reader gives them. */
function hiddenOf(ws: ExcelJS.Worksheet, lastRow: number): HiddenLines {
  const rows: number[] = [];
  for (let r = 1; r <= Math.min(ws.rowCount, lastRow + 1); r++) if (ws.findRow(r)?.hidden) rows.push(r - 1);
  const defined = (ws as unknown as { _columns?: (ExcelJS.Column | undefined)[] })._columns ?? [];
  const hiddenColumns = defined.flatMap((col, i) => (col?.hidden ? [i] : []));
  return { rows, columns: lineRuns(hiddenColumns) };
}

function convertCell(cell: ExcelJS.Cell): GridCell | null {
  const v = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      // Text shows as typed whatever its format; only numbers need theirs (percentages, amounts).
      return { value: v as string };
    case ExcelJS.ValueType.Formula: {
      const value = plain((v as ExcelJS.CellFormulaValue).result);
      return withFormat({ value, formula: `=${cell.formula}` }, cell);
    }
    default:
      return withFormat({ value: plain(v) }, cell);
  }
}

/** Numbers keep their format (percentages, dates, units in the format); other values show as they are. */
function withFormat(out: GridCell, cell: ExcelJS.Cell): GridCell {
  if (typeof out.value !== 'number') return out;
  const f = cell.numFmt;
  if (f && f !== 'General') out.format = f;
  return out;
}

function plain(v: ExcelJS.CellValue | ExcelJS.CellFormulaValue['result']): GridCell['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Excel hands dates to add-ins as serial numbers with a date format; so does this host.
  if (v instanceof Date) return dateToSerial(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('error' in v) return v.error;
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('result' in v) return plain(v.result);
  return null;
}

/** Every sheet of a workbook as a grid, in tab order. */
export function workbookToGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}

/**
 * A workbook ExcelJS can write, made from sheets read from a file it cannot load (an Excel 97–2003
 * .xls): values, formulas with their results, number formats, merged areas, column widths, hidden
 * rows, columns and sheets. Fonts, fills and borders are not read from an .xls, so not carried.
 * What the preview writes into (fixes, the marked copy, next year's template) for an .xls, whose
 * copies are then .xlsx files.
 */
export function workbookFromSheets(sheets: readonly ReadSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, s.state === 'visible' ? undefined : { state: s.state });
    s.columnWidths.forEach((width, c) => {
      if (width) ws.getColumn(c + 1).width = width;
    });
    const { grid } = s;
    for (let r = 0; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.colCount; c++) {
        const cell = grid.cell(r, c);
        if (cell.value === null && cell.formula === undefined) continue;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.formula === undefined ? cell.value : ({ formula: cell.formula.replace(/^=/, ''), result: cell.value ?? undefined } as ExcelJS.CellFormulaValue);
        if (cell.format) target.numFmt = cell.format;
      }
    }
    for (const r of grid.hidden?.rows ?? []) ws.getRow(r + 1).hidden = true;
    // Hidden columns as far as the sheet's cells go (a run to XFD hides nothing more there).
    for (const [first, last] of grid.hidden?.columns ?? []) for (let c = first; c <= Math.min(last, grid.colCount); c++) ws.getColumn(c + 1).hidden = true;
    mergeAll(ws, grid.merges.map(rangeToA1));
  }
  return workbook;
}

