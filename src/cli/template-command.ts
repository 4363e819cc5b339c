import { templateSource } from '../core/template/source';
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { Translate } from '../core/i18n/i18n';
import { translator } from '../core/i18n/i18n';
import { TableKind } from '../core/model/table';
import { tablesOnGrids, TableOnGrid } from '../core/report/report';
import { ProfileChoice, profileFor } from '../core/rules/profiles';
import { Lang } from '../core/rules/rule';
import { blankTemplate } from '../core/template/blank';
import { NextYearOptions, nextYearTemplate, TemplateResult, yearNotAfterSource } from '../core/template/next-year';
import { SourceSheets, writeSheet } from '../hosts/file/template-writer';
import type { Io } from './main';
import '../core/template/messages';
import './messages';
import { collectInputs } from './collect';
import { openSourceSheets, SourceSheet } from './open-file';
import { tooLargeData } from './validate-files';

export interface TemplateFlags {
  year: number;
  out: string;
  sheet?: string;
  keepAmounts?: boolean;
  keepTargets?: boolean;
  kind?: TableKind;
  tasks?: number;
  profile: ProfileChoice;
  lang: Lang;
  force?: boolean;
  /** false with --no-protect; protected (without a password unless --password) otherwise. */
  protect?: boolean;
  password?: string;
}

/** `budget-check template`: next year's table from a source workbook, or a blank one; exit 0 or 2. */
export async function templateCommand(source: string | undefined, flags: TemplateFlags, io: Pick<Io, 'stdout' | 'stderr'>): Promise<number> {
  const t = translator(flags.lang);
  const fail = (key: string, data?: Record<string, unknown>): number => {
    io.stderr.write(`budget-check: ${t(key, data)}\n`);
    return 2;
  };
  if ((source === undefined) === (flags.kind === undefined)) return fail('cli:template.sourceOrKind');
  if (flags.password !== undefined && flags.protect === false) return fail('cli:template.passwordUnprotected');
  const protection = { protect: flags.protect !== false, password: flags.password };
  if (source !== undefined && (await fs.stat(source).catch(() => null))?.isDirectory()) return batchTemplates(source, flags, io, t);
  const outStat = await fs.stat(flags.out).catch(() => null);
  if (outStat?.isDirectory()) return fail('cli:template.outIsFolder', { file: flags.out });
  // Never over the source, with or without --force: same real path, or the same file by another name.
  if (source !== undefined && outStat) {
    const srcStat = await fs.stat(source).catch(() => null);
    const [a, b] = await Promise.all([fs.realpath(source).catch(() => source), fs.realpath(flags.out).catch(() => flags.out)]);
    if (a === b || (srcStat && srcStat.dev === outStat.dev && srcStat.ino === outStat.ino)) return fail('cli:template.outIsSource', { file: flags.out });
  }
  if (!flags.force && outStat) return fail('cli:template.exists', { file: flags.out });

  const out = new ExcelJS.Workbook();
  let result: Changes | null = null;
  if (source === undefined) {
    writeSheet(out, blankTemplate({ kind: flags.kind!, year: flags.year, tasks: flags.tasks, profile: profileFor(flags.profile), lang: flags.lang, ...protection }));
  } else {
    const made = await nextYearInto(out, source, flags);
    if ('failure' in made) return fail(made.failure, made.data);
    result = made;
  }
  try {
    await fs.writeFile(flags.out, Buffer.from(await out.xlsx.writeBuffer()));
  } catch (e) {
    return fail('cli:template.cannotWrite', { file: flags.out, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }

  const lines = [t('cli:template.written', { file: flags.out, sheet: out.worksheets[0].name }), `  ${formNote(flags, out.worksheets[1]?.name ?? '', t)}`];
  if (result) lines.push(...changeLines(result, flags.year, t));
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** The command's flags as next-year options: protected unless --no-protect. */
function nextYearOptions(flags: TemplateFlags): NextYearOptions {
  return {
    year: flags.year,
    keepAmounts: flags.keepAmounts,
    keepTargets: flags.keepTargets,
    profile: profileFor(flags.profile),
    lang: flags.lang,
    protect: flags.protect !== false,
    password: flags.password,
  };
}

/** What the person is told of a template's text: the years moved and the older years left. */
type Changes = Pick<TemplateResult, 'changes' | 'olderYears' | 'sourceYear'>;

/**
 * Next year's sheet from the first table of the source, written into `out`; the changes, or the
 * message of why not. In a function of its own so that the source (its grids and ExcelJS's copy of
 * its looks) and the sheet's spec are free before the workbook is packed: ~150 MB of a
 * 40,000-row table's template.
 */
async function nextYearInto(out: ExcelJS.Workbook, source: string, flags: TemplateFlags): Promise<Changes | { failure: string; data?: Record<string, unknown> }> {
  const sheets = await openSourceSheets(source, flags.sheet);
  if ('failure' in sheets) return { failure: `file:failure.${sheets.failure}`, data: tooLargeData(sheets.data, translator(flags.lang)) };
  // The first whole table is the source (one printed a worksheet a page read across its sheets): a
  // table's tail (its header on a page before) has no title or header to carry over.
  const tables = sourceTables(sheets);
  const found = tables.find((t) => !t.table.fragment);
  if (!found) return { failure: tables.length > 0 ? 'cli:template.onlyTail' : 'cli:template.noTable', data: { file: source } };
  const result = nextYearTemplate(found.grid, found.table, nextYearOptions(flags), found.pages);
  writeSheet(out, result.spec, worksheetsOf(sheets));
  return { changes: result.changes, olderYears: result.olderYears, sourceYear: result.sourceYear };
}

/**
 * The tables of a source's sheets, in order, a table printed a worksheet a page read across them (as
 * `validate` reads it), each as its template is made from it (`templateSource`: its header printed again
 * mid-list left out).
 */
function sourceTables(sheets: readonly SourceSheet[]): TableOnGrid[] {
  return tablesOnGrids(sheets.map((s) => s.grid)).map(templateSource);
}

/** A source's sheets by name, where a template's looks come from. */
function worksheetsOf(sheets: readonly SourceSheet[]): SourceSheets {
  const byName = new Map(sheets.map((s) => [s.grid.name, s.worksheet]));
  return (name) => byName.get(name);
}

/** What the form is: protected or not, and its 填报说明 sheet. */
function formNote(flags: TemplateFlags, instructions: string, t: Translate): string {
  const how = flags.protect === false ? 'cli:template.unprotected' : flags.password !== undefined ? 'cli:template.protectedPassword' : 'cli:template.protected';
  return t(how, { instructions });
}

/**
 * Moved years listed up to this many, then counted: a real table has a handful, a large one with a
 * dated target per indicator thousands, which no one reads in a terminal. The older years are all
 * listed: each is a point for a person to check.
 */
export const CHANGES_LISTED = 20;

/**
 * Whether --year comes after the source's year, the years moved (the first CHANGES_LISTED, and how
 * many more), and every older year left for a person to check.
 */
function changeLines(result: Changes, year: number, t: Translate): string[] {
  const more = result.changes.length - CHANGES_LISTED;
  return [
    ...(yearNotAfterSource(result, year) ? [`  ${t('cli:template.notAfter', { source: result.sourceYear, year })}`] : []),
    ...result.changes.slice(0, CHANGES_LISTED).map((c) => `  ${c.cell}  ${t('cli:template.changed', { before: c.before, after: c.after })}`),
    ...(more > 0 ? [`  ${t('cli:template.moreChanged', { more, all: result.changes.length })}`] : []),
    ...result.olderYears.map((o) => `  ${o.cell}  ${t('cli:template.older', { year: o.year, text: o.text.length > 40 ? `${o.text.slice(0, 40)}…` : o.text })}`),
  ];
}

/** A file name from a department's or project's name: no path separators, controls or characters Windows refuses. */
export function fileNameFor(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return [...clean].slice(0, 80).join('') || '_';
}

/**
 * `budget-check template FOLDER --out DIR`: one template per recognised table of every .xlsx below
 * FOLDER, named after its department or project, into DIR (never inside FOLDER, never over a file
 * without --force); a summary of what was carried over and what needs a person. Exit 0 when every
 * table got its template, else 2.
 */
async function batchTemplates(folder: string, flags: TemplateFlags, io: Pick<Io, 'stdout' | 'stderr'>, t: Translate): Promise<number> {
  const fail = (key: string, data?: Record<string, unknown>): number => {
    io.stderr.write(`budget-check: ${t(key, data)}\n`);
    return 2;
  };
  const outStat = await fs.stat(flags.out).catch(() => null);
  if (outStat && !outStat.isDirectory()) return fail('cli:template.outNotFolder', { file: flags.out });
  const [src, dst] = await Promise.all([fs.realpath(folder), realpathOrResolved(flags.out)]);
  if (dst === src || dst.startsWith(src.endsWith(path.sep) ? src : src + path.sep)) return fail('cli:template.outInsideSource', { file: flags.out, folder });
  try {
    await fs.mkdir(flags.out, { recursive: true });
  } catch (e) {
    return fail('cli:template.cannotWrite', { file: flags.out, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }

  const inputs = collectInputs([folder]);
  const lines: string[] = [];
  const taken = new Set<string>();
  const count = { files: 0, written: 0, skipped: 0, failed: 0, empty: 0, review: 0 };
  for (const input of inputs) {
    if ('failure' in input) {
      count.failed++;
      lines.push(t('cli:template.batchFailed', { file: input.file, why: t(`file:failure.${input.failure}`, input.data) }));
      continue;
    }
    count.files++;
    const sheets = await openSourceSheets(input.file, flags.sheet);
    if ('failure' in sheets) {
      count.failed++;
      lines.push(t('cli:template.batchFailed', { file: input.file, why: t(`file:failure.${sheets.failure}`, tooLargeData(sheets.data, t)) }));
      continue;
    }
    let tables = 0;
    let tails = 0;
    const worksheets = worksheetsOf(sheets);
    for (const { table, grid, pages, sheet } of sourceTables(sheets)) {
      if (table.fragment) {
        tails++;
        continue;
      }
      tables++;
      const result = nextYearTemplate(grid, table, nextYearOptions(flags), pages);
      const named = table.name?.text.trim() ? table.name.text : undefined;
      const base = fileNameFor(named ?? `${path.basename(input.file, path.extname(input.file))} ${sheet}`);
      let file = path.join(flags.out, `${base}-${flags.year}.xlsx`);
      for (let i = 2; taken.has(file.toLowerCase()); i++) file = path.join(flags.out, `${base}-${flags.year} (${i}).xlsx`);
      taken.add(file.toLowerCase());
      if (!flags.force && (await fs.stat(file).catch(() => null))) {
        count.skipped++;
        lines.push(t('cli:template.batchExists', { file }));
        continue;
      }
      const out = new ExcelJS.Workbook();
      writeSheet(out, result.spec, worksheets);
      try {
        await fs.writeFile(file, Buffer.from(await out.xlsx.writeBuffer()));
      } catch (e) {
        count.failed++;
        lines.push(t('cli:template.cannotWrite', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
        continue;
      }
      count.written++;
      count.review += result.olderYears.length + (named ? 0 : 1) + (yearNotAfterSource(result, flags.year) ? 1 : 0);
      lines.push(t('cli:template.batchWritten', { file, source: input.file, sheet }));
      lines.push(`  ${t('cli:template.carried', {
        tasks: table.tasks?.tasks.length ?? 0,
        indicators: table.indicators?.indicators.length ?? 0,
        amounts: t(flags.keepAmounts ? 'cli:template.amountsKept' : 'cli:template.amountsCleared'),
        targets: t(flags.keepTargets ? 'cli:template.targetsKept' : 'cli:template.targetsCleared'),
      })}`);
      if (!named) lines.push(`  ${t('cli:template.noName')}`);
      lines.push(...changeLines(result, flags.year, t));
    }
    if (tables === 0) {
      count.empty++;
      lines.push(t(tails > 0 ? 'cli:template.batchOnlyTail' : 'cli:template.batchNoTable', { file: input.file }));
    }
  }
  lines.push('', formNote(flags, t('template:instructions.sheet'), t), t('cli:template.batchSummary', count));
  io.stdout.write(lines.join('\n') + '\n');
  const complete = count.written > 0 && count.skipped === 0 && count.failed === 0;
  if (count.written === 0) io.stderr.write(`budget-check: ${t('cli:template.nothingWritten', { folder })}\n`);
  return complete ? 0 : 2;
}

/** The real path of a file that may not exist yet: its nearest existing parent's, resolved. */
async function realpathOrResolved(p: string): Promise<string> {
  const abs = path.resolve(p);
  const real = await fs.realpath(abs).catch(() => null);
  if (real) return real;
  const parent = path.dirname(abs);
  return parent === abs ? abs : path.join(await realpathOrResolved(parent), path.basename(abs));
}
