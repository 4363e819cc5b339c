/**
 * `npm run accuracy`: every corpus table (tests/corpus/, and the variants users make of them)
 * written as an .xlsx and validated by the real `budget-check` command, then scored against
 * its hand-written expectations. Prints recognition, true findings, misses and false alarms
 * per table and per code, and the totals: recall and precision.
 *   --verbose        list every miss and false alarm
 *   --corpus DIR     another corpus folder (same layout), its workbooks written to a folder of
 *                    their own (several such runs at once do not overwrite each other's)
 *   --json FILE      also write the scores as JSON
 *   --update-baseline  record these results as the floor the corpus tests hold (tests/corpus/baseline.json)
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ValidationReport } from '../src/core/report/report';
import { byCode, EntryScore, scoreEntry, totals } from '../tests/support/accuracy';
import { CORPUS_DIR, CorpusEntry, loadCorpus, tableToXlsx } from '../tests/support/corpus';
import { variantsOf } from '../tests/support/corpus-variants';
import { BASELINE_FILE, baselineOf } from '../tests/support/baseline';

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');

async function main(): Promise<void> {
  const corpus = loadCorpus(opt('--corpus') ?? CORPUS_DIR).filter((e) => !e.id.startsWith('_'));
  const entries: CorpusEntry[] = [...corpus, ...variantsOf(corpus)];
  const dir = opt('--corpus') ? mkdtempSync(path.join(os.tmpdir(), 'accuracy-')) : path.join(ROOT, 'test-results', 'accuracy');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const e of entries) writeFileSync(path.join(dir, `${e.id}.xlsx`), await tableToXlsx(e.table));

  let out: string;
  try {
    out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), 'validate', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit 1 (errors found) still prints the report.
    out = (e as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out) as ValidationReport;
  const byFile = new Map(report.files.map((f) => [path.basename(f.file, '.xlsx'), f]));
  const scores: EntryScore[] = entries.map((e) => scoreEntry(e, byFile.get(e.id) ?? { file: e.id, error: 'missing from the report', sheets: [] }));

  console.log('Per table  (recognised: kind, year and unit right · flags found/expected · false alarms)');
  for (const s of scores) {
    const rec = s.tables.every((t) => t.recognised) ? 'yes' : 'NO ';
    const wrong = s.tables.flatMap((t) => t.wrong);
    const n = s.found.length + s.missed.length;
    console.log(`  ${rec}  ${String(s.found.length).padStart(2)}/${String(n).padEnd(2)}  fa ${String(s.falseAlarms.length).padEnd(2)}  ${s.id}${wrong.length ? `  [${wrong.join('; ')}]` : ''}${s.error ? `  error: ${s.error}` : ''}`);
    if (verbose) {
      for (const m of s.missed) console.log(`         miss  ${m.key}  ${m.codes.join('|')}  — ${m.why}`);
      for (const f of s.falseAlarms) console.log(`         false ${f.sheet}!${f.cell}  ${f.code}  — ${f.message}`);
    }
  }
  console.log('\nPer code   true  missed  false');
  for (const [code, c] of byCode(scores)) console.log(`  ${code.padEnd(26)} ${String(c.tp).padStart(4)} ${String(c.missed).padStart(7)} ${String(c.false).padStart(6)}`);
  const t = totals(scores);
  const originals = totals(scores.slice(0, corpus.length));
  console.log(`\nTables: ${corpus.length} published + ${entries.length - corpus.length} variants; recognised ${t.recognised}/${t.tables}`);
  console.log(`Published tables only: recall ${originals.recall.toFixed(3)} (${originals.found}/${originals.expectedFlags}) · precision ${originals.precision.toFixed(3)} (${originals.truePositives}/${originals.findings})`);
  console.log(`All, with variants:    recall ${t.recall.toFixed(3)} (${t.found}/${t.expectedFlags}) · precision ${t.precision.toFixed(3)} (${t.truePositives}/${t.findings})`);
  if (args.includes('--update-baseline')) {
    writeFileSync(BASELINE_FILE, JSON.stringify(baselineOf(scores, originals), null, 1) + '\n');
    console.log(`Baseline written: ${path.relative(ROOT, BASELINE_FILE)}`);
  }
  const json = opt('--json');
  if (json) writeFileSync(json, JSON.stringify({ totals: t, published: originals, scores }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
