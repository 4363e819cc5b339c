import { promises as fs } from 'fs';
import { Translate } from '../core/i18n/i18n';
import { FileReport, reportSheet } from '../core/report/report';
import { ValidateOptions } from '../core/validate';
import { loadWorkbook, WorkbookReadError, worksheetToGrid } from '../hosts/file/workbook';
import '../hosts/file/messages';
import { Input } from './collect';

export interface FileOptions extends ValidateOptions {
  sheet?: string;
}

/** Reads and validates one file; every failure becomes the entry's `error`, never an exception. */
export async function validateFile(input: Input, options: FileOptions, t: Translate): Promise<FileReport> {
  const fail = (code: string, data?: Record<string, unknown>): FileReport => ({
    file: input.file,
    error: t(`file:failure.${code}`, data),
    errorCode: code,
    sheets: [],
  });
  if ('failure' in input) return fail(input.failure);

  let bytes: Uint8Array;
  try {
    // Read-only: the user's file is opened for reading and never written.
    bytes = await fs.readFile(input.file);
  } catch (e) {
    return fail('unreadable', { detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail(e.reason);
    throw e;
  }
  const worksheets = options.sheet === undefined ? workbook.worksheets : workbook.worksheets.filter((ws) => ws.name === options.sheet);
  if (worksheets.length === 0) return fail('no-sheet', { sheet: options.sheet });
  return {
    file: input.file,
    error: null,
    sheets: worksheets.flatMap((ws) => reportSheet(worksheetToGrid(ws), options)),
  };
}
