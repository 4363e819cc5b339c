/**
 * The corpus of real published tables (tests/corpus/): every entry well formed, and the checker's
 * results on it never worse than the recorded baseline (tests/corpus/baseline.json, written by
 * `npm run accuracy -- --update-baseline`): a table once recognised stays recognised, a flag once
 * found stays found, false alarms never grow. `npm run accuracy` prints the full report.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { reportFile } from '../src/core/report/report';
import { readXlsx } from '../src/hosts/file/xlsx-reader';
import { EntryScore, scoreEntry, totals } from './support/accuracy';
import { incompleteEntries, loadCorpus, tableToXlsx } from './support/corpus';
import { corpusProblems } from './support/corpus-lint';
import { variantsOf } from './support/corpus-variants';
import { Baseline, BASELINE_FILE } from './support/baseline';

const corpus = loadCorpus().filter((e) => !e.id.startsWith('_'));
const entries = [...corpus, ...variantsOf(corpus)];
const baseline: Baseline = existsSync(BASELINE_FILE) ? JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) : { tables: {}, totals: null };
const scores = new Map<string, EntryScore>();

beforeAll(async () => {
  for (const e of entries) {
    // The CLI's reader, on the .xlsx a reviewer would receive.
    const grids = readXlsx(new Uint8Array(await tableToXlsx(e.table))).map((sheet) => sheet.grid);
    scores.set(e.id, scoreEntry(e, reportFile(`${e.id}.xlsx`, grids)));
  }
  // ~17,900 workbooks written, read and checked (~100 s alone on 2 cores, more beside the suite's other workers):
  // a bound on a hang, not a speed test.
}, 600_000);

test('the corpus holds at least 30 published tables from at least 10 provinces or municipalities and all four families', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(30);
  expect(new Set(corpus.map((e) => e.table.region)).size).toBeGreaterThanOrEqual(10);
  expect(new Set(corpus.map((e) => e.table.family))).toEqual(new Set(['department-targets', 'project-targets', 'project-self-evaluation', 'department-self-evaluation']));
  expect(incompleteEntries()).toEqual([]);
});

describe.each(corpus.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
  test('is well formed', () => {
    expect(corpusProblems(entry)).toEqual([]);
    expect(path.basename(entry.dir)).toBe(entry.id);
  });
});

describe.each(entries.map((e) => [e.id] as const))('%s against the baseline', (id) => {
  test('keeps what it recognised, found and did not flag', () => {
    const s = scores.get(id)!;
    const before = baseline.tables[id];
    const now = { recognised: s.tables.map((t) => t.recognised), found: s.found, falseAlarms: s.falseAlarms.length };
    if (!before) {
      // A new entry: recorded by the next --update-baseline; it must at least be read.
      expect(s.error).toBeNull();
      return;
    }
    before.recognised.forEach((was, i) => {
      if (was) expect({ table: i, recognised: now.recognised[i] }).toEqual({ table: i, recognised: true });
    });
    expect(before.found.filter((k) => !now.found.includes(k))).toEqual([]);
    expect(now.falseAlarms).toBeLessThanOrEqual(before.falseAlarms);
  });
});

test.each([
  ['categories typed on every row', '~typed-categories', 15],
  ['every merged area undone and filled', '~filled-merges', 30],
  ['every merged area dropped, its value left in its first cell (a CSV’s round trip)', '~dropped-merges', 30],
  ['short texts spaced out (项 目 名 称)', '~spaced-texts', 30],
  ['texts retyped with a Chinese input method (（万元）, 90％, a space after short labels)', '~retyped-texts', 30],
  ['every text in traditional script (績效指標, as a mirror site renders a page)', '~traditional-texts', 30],
  ['every number stored as the text it shows (2,489.40, 95%: a budget system’s export), its number-as-text warnings aside', '~numbers-as-text', 30],
  ['long texts broken into the lines a PDF printed them in (城乡居民监管工作经\\n费)', '~wrapped-texts', 30],
  ['every date alone typed into Excel, stored as a date under its format (2023年12月31日, 2019/1/1)', '~typed-dates', 8],
])('%s: each such variant scores exactly as its original', (_what, suffix, least) => {
  const variants = entries.filter((e) => e.id.endsWith(suffix));
  expect(variants.length).toBeGreaterThanOrEqual(least);
  for (const e of variants) {
    const original = scores.get(e.id.slice(0, -suffix.length))!;
    const s = scores.get(e.id)!;
    const brief = (x: EntryScore) => ({ recognised: x.tables.map((t) => t.recognised), found: x.found, falseAlarms: x.falseAlarms.map((f) => `${f.cell} ${f.code}`) });
    expect({ id: e.id, ...brief(s) }).toEqual({ id: e.id, ...brief(original) });
  }
});

test.each([
  ['a blank row left under the indicators’ header (its cells below the header one row down)', '~blank-under-header'],
  ['a 序号 column added before the table, numbering the indicators (its cells one column right)', '~serial-column'],
])('%s: each such variant finds as many, misses as many, raises as many false alarms as its original', (_what, suffix) => {
  const variants = entries.filter((e) => e.id.endsWith(suffix));
  expect(variants.length).toBeGreaterThanOrEqual(100);
  for (const e of variants) {
    const original = scores.get(e.id.slice(0, -suffix.length))!;
    const s = scores.get(e.id)!;
    const counts = (x: EntryScore) => ({ recognised: x.tables.map((t) => t.recognised), found: x.found.length, missed: x.missed.length, falseAlarms: x.falseAlarms.length });
    expect({ id: e.id, ...counts(s) }).toEqual({ id: e.id, ...counts(original) });
  }
});

test('recall and precision on the published tables are at least the baseline and at least 0.9', () => {
  const t = totals(corpus.map((e) => scores.get(e.id)!));
  expect(t.recall).toBeGreaterThanOrEqual(Math.min(0.9, baseline.totals?.recall ?? 0));
  expect(t.precision).toBeGreaterThanOrEqual(Math.min(0.9, baseline.totals?.precision ?? 0));
});
