import { Translate } from '../core/i18n/i18n';
import { FileReport, SheetReport, SheetSequence } from '../core/report/report';
import { LocatedTable } from '../core/reconcile/pair-tables';
import { ValidateOptions } from '../core/validate';
import { Input } from './collect';
import { visitSheets } from './open-file';
import { thousands } from './text-output';

export interface FileOptions extends ValidateOptions {
  sheet?: string;
  /** Print an engine failure's stack on stderr. */
  debug?: boolean;
}

/** A file's entry, and what `keep` made of each table recognised in it. */
export interface FileResult {
  report: FileReport;
  tables: LocatedTable[];
}

/**
 * Reads and validates one file, a sheet at a time; every failure becomes the entry's `error`,
 * never an exception. `keep` says what to keep of each table recognised (its identity for
 * pairing, the whole table for comparing); without it nothing is kept, and a sheet's grid and
 * tables are let go once it is checked. A file that fails part way keeps no table.
 */
export async function validateFile(input: Input, options: FileOptions, t: Translate, keep?: (table: LocatedTable) => LocatedTable): Promise<FileResult> {
  const fail = (code: string, data?: Record<string, unknown>): FileResult => ({
    report: { file: input.file, error: t(`file:failure.${code}`, tooLargeData(data, t)), errorCode: code, sheets: [] },
    tables: [],
  });
  if ('failure' in input) return fail(input.failure, input.data);
  const sheets: SheetReport[] = [];
  const tables: LocatedTable[] = [];
  // Each file in its own boundary: whatever the engine meets in one file, the batch goes on.
  try {
    // Sheets in order, a table printed one page a sheet read as one (a sheet asked for by name is read alone).
    const sequence = new SheetSequence(options, keep && ((sheet, table, pages) => tables.push(keep({ file: input.file, sheet, table, pages }))));
    const failure = await visitSheets(input.file, options.sheet, ({ grid }) => {
      sheets.push(...sequence.add(grid));
    });
    if (failure) return fail(failure.failure, failure.data);
    sheets.push(...sequence.end());
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
    if (options.debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return fail('internal', { detail });
  }
  return { report: { file: input.file, error: null, sheets }, tables };
}

/** `too-large` names its limit in the reader's words and gives sizes with thousands separators. */
export function tooLargeData(data: Record<string, unknown> | undefined, t: Translate): Record<string, unknown> | undefined {
  if (!data || typeof data.limit !== 'string') return data;
  const n = (v: unknown): string => (typeof v === 'number' ? thousands(v) : String(v));
  return { ...data, what: t(`file:limit.${data.limit}`), size: n(data.size), max: n(data.max) };
}
