import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isLang, translator } from '../core/i18n/i18n';
import { exitStatus, FileReport, summarize, ValidationReport } from '../core/report/report';
import { PROFILE_IDS, ProfileChoice, profileFor } from '../core/rules/profiles';
import { WEIGHT_SPLIT_IDS, WeightSplit } from '../core/compute/scoring';
import { Lang, LANGS } from '../core/rules/rule';
import { collectInputs } from './collect';
import './messages';
import type { TemplateFlags } from './template-command';
import { formatText } from './text-output';
import { wantsColor, writeJson } from './terminal';
import { validateFile } from './validate-files';
import { compareCommand, CompareFlags } from './compare-command';
import { LocatedTable } from '../core/reconcile/pair-tables';
import { ReconciliationReport } from '../core/reconcile/reconcile';
import { pairingKeeper, reconcileFiles } from './reconcile-files';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

interface ValidateFlags {
  sheet?: string;
  format: 'text' | 'json';
  lang: Lang;
  profile: ProfileChoice;
  weights?: WeightSplit;
  debug?: boolean;
  /** false with --no-reconcile. */
  reconcile: boolean;
}

/** Runs the CLI; resolves to the exit status instead of exiting, so tests can drive it in-process. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let status = 0;
  const program = new Command('budget-check')
    .description('绩效表校验助手 — check Chinese budget performance tables (预算绩效目标表) in Excel files (.xlsx, .xlsm, .xls)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('validate')
    .description('校验工作簿 / validate workbooks: files, or folders searched for .xlsx, .xlsm and .xls recursively')
    .argument('<file-or-folder...>', 'Excel files (.xlsx, .xlsm, .xls; an .xls may be a system\'s export: a web page, XML spreadsheet or tab-separated text), .csv files, or folders')
    .option('--sheet <name>', 'only this sheet / 仅校验该工作表')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption('message language', io.env))
    .addOption(profileOption())
    .addOption(new Option('--weights <split>', 'self-evaluation weight split (default: the profile\'s)').choices([...WEIGHT_SPLIT_IDS]))
    .option('--debug', 'print the stack of an internal error on stderr')
    .option('--no-reconcile', 'do not pair and compare the tables found / 不做跨表对照')
    .action(async (paths: string[], flags: ValidateFlags) => {
      status = await validateCommand(paths, flags, io);
    });

  program
    .command('compare')
    .description('对照两张表 / compare two tables: a self-evaluation with its approved targets, this year\'s targets with last year\'s results, a department with a project')
    .argument('<a>', 'a workbook (.xlsx, .xlsm, .xls) holding one table')
    .argument('<b>', 'a workbook holding the other')
    .option('--sheet <name>', 'the sheet of <a>; given twice, the second is the sheet of <b>', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption('message language', io.env))
    .action(async (a: string, b: string, flags: CompareFlags) => {
      status = await compareCommand(a, b, flags, io);
    });

  program
    .command('template')
    .description('下一年度模板 / next fiscal year\'s table from a source workbook (or every table in a folder), or a blank one with --kind')
    .argument('[source]', 'this year\'s workbook (.xlsx, .xlsm, .xls), or a folder of them (one template per table)')
    .requiredOption('--year <year>', 'fiscal year of the new table', parseYear)
    .requiredOption('-o, --out <file>', 'the .xlsx to write (a folder when the source is a folder)')
    .option('--sheet <name>', 'source sheet (default: the first holding a table)')
    .option('--keep-amounts', 'keep this year\'s amounts')
    .option('--keep-targets', 'keep this year\'s targets')
    .addOption(new Option('--kind <kind>', 'blank template of this family').choices(['department-targets', 'project-targets']))
    .option('--tasks <n>', 'task rows of a blank department table', parsePositive, 10)
    .addOption(langOption('language of prompts and messages', io.env))
    .addOption(profileOption())
    .option('--force', 'overwrite --out if it exists')
    .option('--protect', 'protect the sheet, inputs left editable (the default)')
    .option('--no-protect', 'leave the sheet unprotected')
    .option('--password <password>', 'protect the sheet with this password (default: none)')
    .action(async (source: string | undefined, flags: TemplateFlags) => {
      // ExcelJS (a third of a second to load) is needed only to write a template: loaded here, not for validate.
      const { templateCommand } = await import('./template-command');
      status = await templateCommand(source, flags, io);
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return status;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1990 || year > 2100) throw new InvalidArgumentError('a four-digit year, e.g. 2023');
  return year;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('a whole number from 1 to 1000');
  return n;
}

function langOption(description: string, env: NodeJS.ProcessEnv): Option {
  return new Option('--lang <lang>', description).choices([...LANGS]).default(defaultLang(env));
}

function profileOption(): Option {
  return new Option('--profile <profile>', 'indicator taxonomy profile (auto: each table\'s own)').choices(['auto', ...PROFILE_IDS]).default('auto');
}

function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const fromEnv = env.BUDGET_CHECK_LANG;
  return fromEnv && isLang(fromEnv) ? fromEnv : 'zh-CN';
}

async function validateCommand(paths: string[], flags: ValidateFlags, io: Io): Promise<number> {
  const t = translator(flags.lang);
  const inputs = collectInputs(paths);
  const progress = io.stderr.isTTY === true && inputs.length > 1;
  const files: FileReport[] = [];
  // Only what pairing reads is kept of each table: a batch never holds every table it has read.
  const identities: LocatedTable[] = [];
  const keep = flags.reconcile ? pairingKeeper() : undefined;
  const options = { sheet: flags.sheet, lang: flags.lang, profile: profileFor(flags.profile), weights: flags.weights, debug: flags.debug };
  for (const [i, input] of inputs.entries()) {
    if (progress) io.stderr.write(`\r\x1b[K${t('cli:progress', { done: i + 1, total: inputs.length, file: input.file })}`);
    const { report, tables } = await validateFile(input, options, t, keep);
    files.push(report);
    identities.push(...tables);
  }
  if (progress) io.stderr.write('\r\x1b[K');

  // Two or more tables: pair them and compare each pair (a reviewer never reads one table alone).
  let reconciliation: ReconciliationReport | undefined;
  if (flags.reconcile && identities.length >= 2) {
    try {
      reconciliation = reconcileFiles(identities, flags.lang);
    } catch (e) {
      io.stderr.write(`budget-check: ${t('cli:reconcileFailed', { detail: e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e) })}\n`);
    }
  }
  const report: ValidationReport = reconciliation ? { files, reconciliation, summary: summarize(files, reconciliation) } : { files, summary: summarize(files) };
  if (flags.format === 'json') writeJson(io, report);
  else io.stdout.write(formatText(report, t, wantsColor(io)));
  const status = exitStatus(report);
  if (status === 2) io.stderr.write(`budget-check: ${t('cli:nothingValidated')}\n`);
  return status;
}
