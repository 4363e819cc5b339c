import { Translate } from '../core/i18n/i18n';
import { FileReport, reportFileAndTables } from '../core/report/report';
import { LocatedTable } from '../core/reconcile/pair-tables';
import { ValidateOptions } from '../core/validate';
import { Input } from './collect';
import { openGrids } from './open-file';

export interface FileOptions extends ValidateOptions {
  sheet?: string;
  /** Print an engine failure's stack on stderr. */
  debug?: boolean;
}

/**
 * Reads and validates one file; every failure becomes the entry's `error`, never an exception.
 * Each table recognised is handed to `found`, when given (for pairing or comparing).
 */
export async function validateFile(input: Input, options: FileOptions, t: Translate, found?: (table: LocatedTable) => void): Promise<FileReport> {
  const fail = (code: string, data?: Record<string, unknown>): FileReport => ({
    file: input.file,
    error: t(`file:failure.${code}`, tooLargeData(data, t)),
    errorCode: code,
    sheets: [],
  });
  if ('failure' in input) return fail(input.failure, input.data);
  const opened = await openGrids(input.file, options.sheet);
  if ('failure' in opened) return fail(opened.failure, opened.data);
  // Each file in its own boundary: whatever the engine meets in one file, the batch goes on.
  try {
    const { report, tables } = reportFileAndTables(input.file, opened.map((s) => s.grid), options);
    if (found) tables.forEach(found);
    const states = new Map(opened.map((s) => [s.name, s.state]));
    for (const sheet of report.sheets) {
      const state = states.get(sheet.sheet);
      if (state === 'hidden' || state === 'veryHidden') sheet.hidden = state;
    }
    return report;
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
    if (options.debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return fail('internal', { detail });
  }
}

/** `too-large` names its limit in the reader's words and gives sizes with thousands separators. */
export function tooLargeData(data: Record<string, unknown> | undefined, t: Translate): Record<string, unknown> | undefined {
  if (!data || typeof data.limit !== 'string') return data;
  const n = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
  return { ...data, what: t(`file:limit.${data.limit}`), size: n(data.size), max: n(data.max) };
}
