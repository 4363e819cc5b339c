import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { Grid } from '../core/grid/grid';
import { translator } from '../core/i18n/i18n';
import { PerformanceTable, TableKind } from '../core/model/table';
import { recognizeSheet } from '../core/recognize/recognize';
import { ProfileChoice, profileFor } from '../core/rules/profiles';
import { Lang } from '../core/rules/rule';
import { blankTemplate } from '../core/template/blank';
import { nextYearTemplate, TemplateResult } from '../core/template/next-year';
import { writeSheet } from '../hosts/file/template-writer';
import { worksheetToGrid } from '../hosts/file/workbook';
import type { Io } from './main';
import './messages';
import { openWorksheets } from './open-file';
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
  protect?: boolean;
}

/** `budget-check template`: next year's table from a source workbook, or a blank one; exit 0 or 2. */
export async function templateCommand(source: string | undefined, flags: TemplateFlags, io: Pick<Io, 'stdout' | 'stderr'>): Promise<number> {
  const t = translator(flags.lang);
  const fail = (key: string, data?: Record<string, unknown>): number => {
    io.stderr.write(`budget-check: ${t(key, data)}\n`);
    return 2;
  };
  if ((source === undefined) === (flags.kind === undefined)) return fail('cli:template.sourceOrKind');
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
  let result: TemplateResult | null = null;
  if (source === undefined) {
    writeSheet(out, blankTemplate({ kind: flags.kind!, year: flags.year, tasks: flags.tasks, profile: profileFor(flags.profile), lang: flags.lang, protect: flags.protect }));
  } else {
    const sheets = await openWorksheets(source, flags.sheet);
    if ('failure' in sheets) return fail(`file:failure.${sheets.failure}`, tooLargeData(sheets.data, t));
    // The first sheet that holds a table is the source; the sheets after it are not read.
    let found: { ws: ExcelJS.Worksheet; grid: Grid; table: PerformanceTable } | undefined;
    for (const ws of sheets) {
      const grid = worksheetToGrid(ws);
      const table = recognizeSheet(grid)[0];
      if (table) {
        found = { ws, grid, table };
        break;
      }
    }
    if (!found) return fail('cli:template.noTable', { file: source });
    result = nextYearTemplate(found.grid, found.table, { year: flags.year, keepAmounts: flags.keepAmounts, keepTargets: flags.keepTargets, profile: profileFor(flags.profile), lang: flags.lang, protect: flags.protect });
    writeSheet(out, result.spec, found.ws);
  }
  try {
    await fs.writeFile(flags.out, Buffer.from(await out.xlsx.writeBuffer()));
  } catch (e) {
    return fail('cli:template.cannotWrite', { file: flags.out, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }

  const lines = [t('cli:template.written', { file: flags.out, sheet: out.worksheets[0].name })];
  if (result) {
    for (const c of result.changes) lines.push(`  ${c.cell}  ${t('cli:template.changed', { before: c.before, after: c.after })}`);
    for (const o of result.olderYears) lines.push(`  ${o.cell}  ${t('cli:template.older', { year: o.year, text: o.text.length > 40 ? `${o.text.slice(0, 40)}…` : o.text })}`);
  }
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
