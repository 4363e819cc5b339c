/**
 * `budget-check compare A.xlsx B.xlsx`: two tables named by the reviewer, compared whatever their
 * names: a self-evaluation with its approved targets, this year's targets with last year's
 * results, a department with a project. Exit 0 (no error), 1 (errors found), 2 (nothing compared).
 */
import { createColors } from 'picocolors';
import { translator } from '../core/i18n/i18n';
import { countSeverities } from '../core/report/report';
import { detached, explicitPair, LocatedTable, pairTables, TablePair } from '../core/reconcile/pair-tables';
import { PairReport, reconcilePair, ReconciliationReport } from '../core/reconcile/reconcile';
import { Lang } from '../core/rules/rule';
import type { Io } from './main';
import { printable, reconciliationLines, Style } from './text-output';
import { wantsColor, writeJson } from './terminal';
import { validateFile } from './validate-files';
import { bySize, MAX_PAIR_ROWS } from './reconcile-files';

export interface CompareFlags {
  /** The sheet of A, then of B. */
  sheet: string[];
  format: 'text' | 'json';
  lang: Lang;
}

export interface CompareReport {
  reconciliation: ReconciliationReport;
  summary: { pairs: number; errors: number; warnings: number; infos: number };
}

/** The pairs the two files' tables form across the files: by name first, else by kind and year alone. */
function crossPairs(a: LocatedTable[], b: LocatedTable[]): TablePair[] {
  const inA = new Set(a);
  const crossing = pairTables([...a, ...b]).pairs.flatMap((p): TablePair[] => {
    const others = p.others.filter((o) => inA.has(o) !== inA.has(p.reviewed));
    return others.length > 0 ? [{ ...p, others }] : [];
  });
  if (crossing.length > 0) return crossing;
  // By kind and year alone only when exactly one table of A relates to one of B: the search stops
  // at a second (two files of a thousand tables each would otherwise try a million).
  let only: TablePair | null = null;
  for (const x of a)
    for (const y of b) {
      const pair = explicitPair(x, y);
      if (pair && only) return [];
      only ??= pair;
    }
  return only ? [only] : [];
}

/** `maxPairRows`: the most rows a compared pair's tables may span together (a test sets it low). */
export async function compareCommand(a: string, b: string, flags: CompareFlags, io: Io, maxPairRows = MAX_PAIR_ROWS): Promise<number> {
  const t = translator(flags.lang);
  const fail = (key: string, data: Record<string, unknown>): number => {
    io.stderr.write(`budget-check: ${printable(t(key, data))}\n`);
    return 2;
  };
  const tables: LocatedTable[][] = [];
  for (const [i, file] of [a, b].entries()) {
    // Each table kept without its sheet (comparing never reads the sheet): the first file's grids are let go before the second is read.
    const { report, tables: found } = await validateFile({ file }, { sheet: flags.sheet[i], lang: flags.lang }, t, detached);
    if (report.error !== null) return fail('cli:compare.read', { file, error: report.error });
    if (found.length === 0) return fail('cli:compare.noTable', { file });
    tables.push(found);
  }
  const pairs = crossPairs(tables[0], tables[1]);
  if (pairs.length === 0) return fail('cli:compare.unrelated', { a, b });

  // Two tables each within the reader's limits may still be more than the heap holds while their
  // indicators are paired (V8's out-of-memory abort): such a pair is listed, as reconciliation does.
  const { within, tooLarge } = bySize(pairs, maxPairRows);
  const reports: PairReport[] = within.map((p) => reconcilePair(p, { lang: flags.lang }));
  const counts = countSeverities(reports.flatMap((r) => r.findings));
  const reconciliation: ReconciliationReport = { pairs: reports, ambiguous: [], unpaired: [] };
  if (tooLarge.length > 0) reconciliation.tooLarge = tooLarge;
  const report: CompareReport = { reconciliation, summary: { pairs: reports.length, ...counts } };
  if (flags.format === 'json') writeJson(io, report);
  else {
    const colors = createColors(wantsColor(io));
    const paint = (style: Style, text: string): string => colors[style](text);
    const lines = reconciliationLines(report.reconciliation, t, paint);
    lines.push('', t('cli:compare.summary', { ...report.summary }));
    io.stdout.write(lines.join('\n') + '\n');
  }
  if (reports.length === 0) return 2;
  return counts.errors > 0 ? 1 : 0;
}
