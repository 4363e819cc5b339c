import { Translate } from '../core/i18n/i18n';
import { FileReport, reportFile } from '../core/report/report';
import { ValidateOptions } from '../core/validate';
import { worksheetToGrid } from '../hosts/file/workbook';
import { Input } from './collect';
import { openWorksheets } from './open-file';

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
  const opened = await openWorksheets(input.file, options.sheet);
  if ('failure' in opened) return fail(opened.failure, opened.data);
  return reportFile(input.file, opened.map(worksheetToGrid), options);
}
