import ExcelJS from 'exceljs';
import { dateToSerial, Grid, GridCell } from '../../core/grid/grid';
import { CellRange } from '../../core/grid/address';

/** Why a file could not be read; hosts turn these into messages in the user's language. */
export type ReadFailure = 'empty-file' | 'not-xlsx' | 'xls' | 'encrypted' | 'corrupt' | 'no-sheets';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

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
  return 'not-xlsx';
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

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
  const cells: GridCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const converted = convertCell(cell);
      if (converted) out[colNumber - 1] = converted;
    });
    if (out.length > 0) cells[rowNumber - 1] = out;
  });
  return new Grid({ name: ws.name, cells, merges: mergesOf(ws) });
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
