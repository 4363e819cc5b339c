/**
 * Scores a validation report against a corpus entry's hand-written expectations: which tables
 * were recognised as expected, which flagged cells were found (recall), and which findings were
 * true (precision). Every finding counts, infos included, except those the page's cut explains.
 */
import { FileReport, SheetReport } from '../../src/core/report/report';
import { Finding } from '../../src/core/rules/rule';
import { CorpusEntry, ExpectedTable } from './corpus';

export interface TableCheck {
  expected: ExpectedTable;
  /** What was recognised in its place; null: nothing. */
  got: { kind: string; fiscalYear: number | null; unit: string | null; tasks: number; indicators: number } | null;
  /** kind, year and unit all right. */
  recognised: boolean;
  /** Field names that differ (kind, fiscalYear, unit, tasks, indicators). */
  wrong: string[];
}

export interface EntryScore {
  id: string;
  tables: TableCheck[];
  /** Expected flags found / expected, by `sheet!cell`. */
  found: string[];
  missed: { key: string; codes: string[]; why: string }[];
  /** Findings that match a flag. */
  truePositives: Finding[];
  falseAlarms: Finding[];
  /** Findings explained by the page's cut: not counted. */
  ignored: Finding[];
  /** The file could not be read (message), if so. */
  error: string | null;
}

const key = (sheet: string, cell: string): string => `${sheet}!${cell}`;

export function scoreEntry(entry: CorpusEntry, report: FileReport): EntryScore {
  const firstSheet = entry.table.sheets[0].name;
  const { expected } = entry;
  const score: EntryScore = { id: entry.id, tables: [], found: [], missed: [], truePositives: [], falseAlarms: [], ignored: [], error: report.error };

  // Tables: expected ones in order, per sheet, against the recognised ones of that sheet.
  const bySheet = new Map<string, SheetReport[]>();
  for (const s of report.sheets) if (s.table) bySheet.set(s.sheet, [...(bySheet.get(s.sheet) ?? []), s]);
  const used = new Map<string, number>();
  for (const t of expected.tables) {
    const sheet = t.sheet ?? firstSheet;
    const i = used.get(sheet) ?? 0;
    used.set(sheet, i + 1);
    const got = bySheet.get(sheet)?.[i]?.table ?? null;
    const wrong: string[] = [];
    if (!got) wrong.push('not recognised');
    else {
      if (got.kind !== t.kind) wrong.push(`kind ${got.kind}`);
      if (got.fiscalYear !== t.fiscalYear) wrong.push(`year ${got.fiscalYear}`);
      if (got.unit !== t.unit) wrong.push(`unit ${got.unit}`);
      if (got.tasks !== t.tasks) wrong.push(`tasks ${got.tasks}≠${t.tasks}`);
      if (got.indicators !== t.indicators) wrong.push(`indicators ${got.indicators}≠${t.indicators}`);
    }
    const recognised = got !== null && got.kind === t.kind && got.fiscalYear === t.fiscalYear && got.unit === t.unit;
    score.tables.push({ expected: t, got: got && { kind: got.kind, fiscalYear: got.fiscalYear, unit: got.unit, tasks: got.tasks, indicators: got.indicators }, recognised, wrong });
  }

  const flags = new Map(expected.flags.map((f) => [key(f.sheet ?? firstSheet, f.cell), f]));
  // A flag's other cells (a merged area undone by a variant) lead to the flag at its own cell.
  const at = new Map<string, string>();
  for (const f of expected.flags) for (const c of f.alsoAt ?? []) at.set(key(f.sheet ?? firstSheet, c), key(f.sheet ?? firstSheet, f.cell));
  const cut = new Map(expected.truncation.map((f) => [key(f.sheet ?? firstSheet, f.cell), f]));
  const hit = new Set<string>();
  for (const f of report.sheets.flatMap((s) => s.findings)) {
    let k = key(f.sheet, f.cell);
    if (!flags.get(k)?.codes.includes(f.code) && at.has(k)) k = at.get(k)!;
    const flag = flags.get(k);
    if (flag && flag.codes.includes(f.code)) {
      score.truePositives.push(f);
      hit.add(k);
    } else if (cut.get(k)?.codes.includes(f.code) || entry.variantCodes?.includes(f.code)) score.ignored.push(f);
    else score.falseAlarms.push(f);
  }
  for (const [k, f] of flags) {
    if (hit.has(k)) score.found.push(k);
    else score.missed.push({ key: k, codes: f.codes, why: f.why });
  }
  return score;
}

export interface Totals {
  tables: number;
  recognised: number;
  expectedFlags: number;
  found: number;
  findings: number;
  truePositives: number;
  recall: number;
  precision: number;
}

export function totals(scores: readonly EntryScore[]): Totals {
  const t = { tables: 0, recognised: 0, expectedFlags: 0, found: 0, findings: 0, truePositives: 0 };
  for (const s of scores) {
    t.tables += s.tables.length;
    t.recognised += s.tables.filter((x) => x.recognised).length;
    t.expectedFlags += s.found.length + s.missed.length;
    t.found += s.found.length;
    t.truePositives += s.truePositives.length;
    t.findings += s.truePositives.length + s.falseAlarms.length;
  }
  return { ...t, recall: t.expectedFlags ? t.found / t.expectedFlags : 1, precision: t.findings ? t.truePositives / t.findings : 1 };
}

/** Per finding code: true findings, misses (an expected flag whose codes include it) and false alarms. */
export function byCode(scores: readonly EntryScore[]): Map<string, { tp: number; missed: number; false: number }> {
  const out = new Map<string, { tp: number; missed: number; false: number }>();
  const row = (c: string) => out.get(c) ?? (out.set(c, { tp: 0, missed: 0, false: 0 }), out.get(c)!);
  for (const s of scores) {
    for (const f of s.truePositives) row(f.code).tp++;
    for (const f of s.falseAlarms) row(f.code).false++;
    for (const m of s.missed) row(m.codes[0]).missed++;
  }
  return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])));
}
