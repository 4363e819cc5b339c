import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { loadWorkbook, WorkbookReadError } from '../hosts/file/workbook';
import '../hosts/file/messages';

/** Why a file gave no sheets to check: a `file:failure.*` message id and its data. */
export interface OpenFailure {
  failure: string;
  data?: Record<string, unknown>;
}

/** Reads a workbook file (read-only: the user's file is never written) and picks the sheets asked for. */
export async function openWorksheets(file: string, sheet?: string): Promise<ExcelJS.Worksheet[] | OpenFailure> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { failure: 'not-found' } : { failure: 'unreadable', data: { detail: code ?? String(e) } };
  }
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return { failure: e.reason };
    throw e;
  }
  const worksheets = sheet === undefined ? workbook.worksheets : workbook.worksheets.filter((ws) => ws.name === sheet);
  return worksheets.length === 0 ? { failure: 'no-sheet', data: { sheet } } : worksheets;
}
