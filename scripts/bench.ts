/**
 * `npm run bench`: engine and reading speed, each against a baseline measured in the same run, so
 * the figures compare like with like on whatever machine runs them: the engine against a bare scan
 * of the cells; `budget-check validate` against the physical floor of reading the file
 * (../shared/tools/xlsx-floor.cjs) and a plain ExcelJS read. Prints; asserts nothing.
 * BENCH_SKIP_EXCELJS=1 leaves out the ExcelJS read (minutes on a merge-heavy file).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { Finding } from '../src/core/rules/rule';
import { reportFile } from '../src/core/report/report';
import { annotatePackage } from '../src/hosts/file/annotate-package';
import { readXlsx } from '../src/hosts/file/xlsx-reader';
import path from 'path';
import { Grid } from '../src/core/grid/grid';
import { validateGrid } from '../src/core/validate';
import { recognizeSheet } from '../src/core/recognize/recognize';
import { pairIndicators } from '../src/core/reconcile/pair-indicators';
import { toGrid } from '../tests/support/tables';
import { asExcelJsWrites, asExcelSaves, specToXlsx, withEscapedText, withFormulas, withInlineStrings, withManyStyles, withStrayCell } from './bench-xlsx';
import { bigDepartmentTable, bigEvaluation, corpusBatch, evaluationBatch, projectBatch, withIndicatorLibrary } from './bench-data';
import { stackedSpecs, toXlsx } from '../tests/support/tables';
import { convertWithLibreOffice, SOFFICE } from '../tests/support/recalc';
import { excelWebPage, excelXmlSpreadsheet } from '../tests/support/html-pages';
import { CHROMIUM, launch, startPreview } from '../tests/support/browser';

const ROOT = path.join(__dirname, '..');
/** Bench files with errors in them, on which `validate` exits 1. */
const ERRORS = new Set(['many-findings.xlsx', 'big-evaluation.xlsx', 'sichuan-evaluation.xlsx', 'corpus-batch.xlsx']);
/** Whole-process runs of the floor and the check, each, per file. */
const RUNS = 9;
const OUT = path.join(ROOT, 'bench', 'out');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeMs(fn: () => void, runs: number): number {
  fn(); // warm-up: JIT and caches, not measured
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** timeMs for work that finishes later (the annotated copy: parts gzipped off the main thread). */
async function timeMsAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function cells(grid: Grid): number {
  let n = 0;
  grid.forEachCell(() => n++);
  return n;
}

function engine(): void {
  console.log('Engine: recognise and check one department table (median of 5 runs after a warm-up)');
  console.log('  indicators   tasks    cells   engine ms   µs/cell   scan ms   engine/scan');
  for (const [indicators, tasks] of [
    [10_000, 600],
    [25_000, 1_500],
    [50_000, 3_000],
  ]) {
    const grid = toGrid(bigDepartmentTable(tasks, indicators, true));
    const n = cells(grid);
    const findings = validateGrid(grid)[0].findings.length;
    if (findings !== 0) throw new Error(`generated table should be clean, got ${findings} findings`);
    const ms = timeMs(() => validateGrid(grid), 5);
    // Baseline: one pass over every cell with its text, the least any checker must do.
    const scan = timeMs(() => grid.forEachCell((r, c) => grid.text(r, c)), 5);
    console.log(
      `  ${String(indicators).padStart(10)} ${String(tasks).padStart(7)} ${String(n).padStart(8)} ${ms.toFixed(0).padStart(11)} ${((ms * 1000) / n).toFixed(2).padStart(9)} ${scan.toFixed(1).padStart(9)} ${(ms / scan).toFixed(1).padStart(13)}`,
    );
  }
  console.log('  target: 50,000 indicators well under 1,000 ms; µs/cell flat as the table grows (linear cost)\n');
  // Reconciling two large tables whose names all changed a little: every indicator is left to the near-name pass.
  const indicators = recognizeSheet(toGrid(bigDepartmentTable(3_000, 37_000, false)))[0].indicators!.indicators;
  const renamed = indicators.map((i) => ({ ...i, name: { text: `${i.name.text}值`, cell: i.name.cell } }));
  let paired = 0;
  const pairing = timeMs(() => (paired = pairIndicators(indicators, renamed).pairs.length), 3);
  console.log(`Pairing ${indicators.length.toLocaleString('en-US')} indicators with the same ones renamed (near names only): ${pairing.toFixed(0)} ms, ${paired.toLocaleString('en-US')} pairs\n`);
}

/** Wall time (ms) and peak memory (MB, from GNU time where the machine has it) of one process. */
function measure(args: string[], timeoutMs = 600_000, statuses: readonly number[] = [0]): { ms: number; mb: number | null } {
  const useTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = spawnSync(useTime ? '/usr/bin/time' : process.execPath, useTime ? ['-f', '%M', process.execPath, ...args] : args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (r.error) throw new Error(`${args.join(' ')}: ${r.error.message}`);
  // budget-check exits 1 when it finds errors; the generated tables have none, so 0 is expected.
  if (!statuses.includes(r.status ?? -1)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const kb = useTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

async function reader(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const floor = path.join(ROOT, '..', 'shared', 'tools', 'xlsx-floor.cjs');
  const mergeFree = specToXlsx(bigDepartmentTable(3_000, 37_000, false));
  const mergeHeavySpec = bigDepartmentTable(3_000, 42_000, true);
  const mergeHeavy = specToXlsx(mergeHeavySpec);
  const manyFindings = specToXlsx(bigDepartmentTable(3_000, 37_000, false, false));
  // Beyond the two files the goals name: forms of a large workbook this reader was not written
  // against, each timed against the floor alike.
  const files: [string, string, () => Uint8Array | null | Promise<Uint8Array>][] = [
    ['merge-heavy: 3,000 tasks, 42,000 indicators, 46,166 merged areas', 'merge-heavy.xlsx', () => mergeHeavy],
    ['merge-free: 3,000 tasks, 37,000 indicators, 40,000 rows', 'merge-free.xlsx', () => mergeFree],
    ['inline strings: the merge-free table, text in its cells', 'inline-strings.xlsx', () => withInlineStrings(mergeFree)],
    ['Excel\'s form: the merge-heavy table as Excel saves it', 'excel-form.xlsx', () => asExcelSaves(mergeHeavy)],
    // The issue's own file was 1.4 MB: as ExcelJS writes a form, every covered cell written with its border.
    ['ExcelJS\'s form: the merge-heavy table as ExcelJS writes it', 'exceljs-form.xlsx', () => asExcelJsWrites(mergeHeavySpec)],
    ['escaped text: the merge-heavy table as openpyxl writes it', 'escaped-text.xlsx', () => withEscapedText(mergeHeavy)],
    ['many styles: the merge-heavy table with 20,000 cell styles', 'many-styles.xlsx', () => withManyStyles(mergeHeavy, 20_000)],
    ['formulas: the merge-heavy table, every number a shared formula', 'formulas.xlsx', () => withFormulas(mergeHeavy)],
    // Saved by LibreOffice Calc itself: rows with every attribute written, and most text as a rich run per font.
    ['LibreOffice\'s form: the merge-free table saved by LibreOffice', 'libreoffice.xlsx', () => (existsSync(SOFFICE) ? new Uint8Array(convertWithLibreOffice(mergeFree, 'xlsx')) : null)],
    ['stray cell: the merge-free table and a space at XFD1048576', 'stray-cell.xlsx', () => withStrayCell(mergeFree)],
    ['many findings: the merge-free table, every target blank', 'many-findings.xlsx', () => manyFindings],
    ['batch: 1,000 project tables, a sheet each (ExcelJS)', 'batch.xlsx', async () => new Uint8Array(await toXlsx(projectBatch(1_000)))],
    ['self-evaluations: 1,000 scored tables, a sheet each (ExcelJS)', 'eval-batch.xlsx', async () => new Uint8Array(await toXlsx(evaluationBatch(1_000)))],
    ['one self-evaluation: 20,000 scored indicators', 'big-evaluation.xlsx', () => specToXlsx(bigEvaluation(20_000))],
    ['Sichuan\'s form: a department\'s self-evaluation, 20,000 indicators', 'sichuan-evaluation.xlsx', () => specToXlsx(bigEvaluation(20_000, { kind: 'department', layout: 'sichuan' }))],
    ['indicator library: a project table, a 60,000-row library beside it', 'indicator-library.xlsx', async () => new Uint8Array(await toXlsx(withIndicatorLibrary(60_000)))],
    // Reconciled in the same run: 500 pairs of this year's targets (2023) and last year's results (2022).
    ['targets and results: 500 of each in one workbook, paired', 'targets-and-results.xlsx', async () => new Uint8Array(await toXlsx([...projectBatch(500), ...evaluationBatch(500)]))],
    ['one long sheet: 1,000 self-evaluations one under another', 'stacked.xlsx', () => specToXlsx(stackedSpecs(evaluationBatch(1_000), '自评'))],
    ['published forms: the corpus tables again and again, 1,000 sheets', 'corpus-batch.xlsx', async () => new Uint8Array(await toXlsx(corpusBatch(1_000)))],
    // The same layout three times the size: the floor's fixed cost (starting Node) is a smaller part of
    // it, so its ratio shows what a check costs per byte against the floor's scan as files grow.
    ['merge-heavy ×3: 9,000 tasks, 126,000 indicators', 'merge-heavy-x3.xlsx', () => specToXlsx(bigDepartmentTable(9_000, 126_000, true))],
    // The self-evaluation batch five times over: a batch's sheets cost the check ~5–7 times what
    // they cost the floor's scan, so a batch's ratio grows with its sheets where a table's shrinks.
    ['self-evaluations ×5: 5,000 scored tables (ExcelJS)', 'eval-batch-x5.xlsx', async () => new Uint8Array(await toXlsx(evaluationBatch(5_000)))],
  ];
  const read = `const E=require('exceljs');const fs=require('fs');new E.Workbook().xlsx.load(fs.readFileSync(process.argv[1])).then(w=>{if(!w.worksheets.length)process.exit(3)})`;
  console.log(`Reading: whole processes on this machine, medians of ${RUNS} interleaved runs (ExcelJS: 3 runs on the merge-free file, once on the others; on the merge-heavy one it takes minutes)`);
  console.log('  file                                       floor ms  check ms  check/floor  ExcelJS ms  check/ExcelJS  check MB  ExcelJS MB');
  for (const [label, name, bytes] of files) {
    const file = path.join(OUT, name);
    const data = await bytes();
    if (data === null) {
      console.log(`  ${label.padEnd(66).slice(0, 42)} skipped: LibreOffice is not installed (${SOFFICE}; .ci/run installs it)`);
      continue;
    }
    writeFileSync(file, data);
    const floorRuns: number[] = [];
    const checkRuns: { ms: number; mb: number | null }[] = [];
    // Interleaved, so that a busy moment on a shared machine costs both sides alike; the floor and
    // the check each move by up to a half between runs here, so three runs were not enough.
    for (let i = 0; i < RUNS; i++) {
      if (existsSync(floor)) floorRuns.push(measure([floor, file, '1']).ms);
      // Only the file of blank targets and the one large self-evaluation (its weights sum far past 100) have errors: budget-check exits 1 on them.
      checkRuns.push(measure([path.join(ROOT, 'bin', 'budget-check.js'), 'validate', file, '--format', 'json'], 600_000, [ERRORS.has(name) ? 1 : 0]));
    }
    // The copies of the merge-heavy file have its areas: minutes more of ExcelJS, for a figure already printed; the
    // stray cell and the blank targets are the merge-free table again; Sichuan's self-evaluation, like the other
    // large one, holds a merged area per indicator row (the other's ExcelJS read: ~100 s); the long sheet and the
    // corpus batch are batches again, whose ExcelJS read the two batches above give; the merge-heavy table three
    // times over would take ExcelJS most of an hour (quadratic in its ~140,000 areas); the self-evaluation batch
    // ×5 is that batch again.
    const excelCount = process.env.BENCH_SKIP_EXCELJS || ['escaped-text.xlsx', 'excel-form.xlsx', 'exceljs-form.xlsx', 'many-styles.xlsx', 'formulas.xlsx', 'libreoffice.xlsx', 'stray-cell.xlsx', 'many-findings.xlsx', 'sichuan-evaluation.xlsx', 'stacked.xlsx', 'corpus-batch.xlsx', 'merge-heavy-x3.xlsx', 'eval-batch-x5.xlsx'].includes(name) ? 0 : name === 'merge-free.xlsx' ? 3 : 1;
    const excelRuns = Array.from({ length: excelCount }, () => measure(['-e', read, file]));
    const excel = excelRuns.length === 0 ? null : { ms: median(excelRuns.map((r) => r.ms)), mb: Math.max(...excelRuns.map((r) => r.mb ?? 0)) };
    const f = floorRuns.length ? median(floorRuns) : NaN;
    const c = median(checkRuns.map((r) => r.ms));
    const mb = Math.max(...checkRuns.map((r) => r.mb ?? 0));
    console.log(
      `  ${label.padEnd(66).slice(0, 42)} ${f.toFixed(0).padStart(8)} ${c.toFixed(0).padStart(9)} ${(c / f).toFixed(1).padStart(12)} ${excel ? excel.ms.toFixed(0).padStart(11) : '          —'} ${excel ? (c / excel.ms).toFixed(3).padStart(14) : '             —'} ${mb.toFixed(0).padStart(9)} ${excel?.mb ? excel.mb.toFixed(0).padStart(11) : '          —'}`,
    );
  }
  // Next year's template from each file: the source is read by the linear reader, its looks by
  // ExcelJS from a copy without merged areas, and the areas written past ExcelJS's quadratic check.
  for (const [, name] of files.slice(0, 2)) {
    const t = measure([path.join(ROOT, 'bin', 'budget-check.js'), 'template', path.join(OUT, name), '--year', '2025', '--out', path.join(OUT, `template-${name}`), '--force']);
    console.log(`  template from ${name}: ${t.ms.toFixed(0)} ms${t.mb ? `, ${t.mb.toFixed(0)} MB` : ''}`);
  }
  const whole = path.join(OUT, 'whole-column-merge.xlsx');
  writeFileSync(whole, specToXlsx({ name: '表', rows: [['标题'], [null, 1]], merges: ['H1:XFD1048576'] }));
  // No table on that sheet: exit 2 is the expected answer; the time is what matters.
  const w = measure([path.join(ROOT, 'bin', 'budget-check.js'), 'validate', whole, '--format', 'json'], 60_000, [2]);
  console.log(`  whole-column merge (H1:XFD1048576): ${w.ms.toFixed(0)} ms${w.mb ? `, ${w.mb.toFixed(0)} MB` : ''}`);
  // Excel 97–2003 files (.xls), and web pages named .xls (a system's 导出 Excel), are read by readers of their
  // own: each timed against the same workbook's .xlsx.
  const againstXlsx = (label: string, other: string, xlsx: string): void => {
    const asOther: number[] = [];
    const asXlsx: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      asOther.push(measure([path.join(ROOT, 'bin', 'budget-check.js'), 'validate', other, '--format', 'json']).ms);
      asXlsx.push(measure([path.join(ROOT, 'bin', 'budget-check.js'), 'validate', xlsx, '--format', 'json']).ms);
    }
    console.log(`  ${label}: check ${median(asOther).toFixed(0)} ms, its .xlsx ${median(asXlsx).toFixed(0)} ms (${(median(asOther) / median(asXlsx)).toFixed(2)}×)`);
  };
  for (const name of ['merge-heavy', 'batch']) {
    if (!existsSync(SOFFICE)) {
      console.log(`  ${name}.xls skipped: LibreOffice is not installed (${SOFFICE}; .ci/run installs it)`);
      continue;
    }
    const xlsx = path.join(OUT, `${name}.xlsx`);
    const xls = path.join(OUT, `${name}.xls`);
    writeFileSync(xls, convertWithLibreOffice(readFileSync(xlsx), 'xls'));
    againstXlsx(`${name} saved as .xls by LibreOffice`, xls, xlsx);
  }
  const heavyXlsx = path.join(OUT, 'merge-heavy.xlsx');
  const page = path.join(OUT, 'merge-heavy-page.xls');
  writeFileSync(page, excelWebPage(readXlsx(new Uint8Array(readFileSync(heavyXlsx)))[0].grid, { name: '部门整体' }));
  againstXlsx('merge-heavy as Excel\'s web page in gb2312, named .xls', page, heavyXlsx);
  const xmlSheet = path.join(OUT, 'merge-heavy-xml.xls');
  writeFileSync(xmlSheet, excelXmlSpreadsheet([{ name: '部门整体', grid: readXlsx(new Uint8Array(readFileSync(heavyXlsx)))[0].grid }]));
  againstXlsx('merge-heavy as an Excel 2003 XML spreadsheet, named .xls', xmlSheet, heavyXlsx);
  console.log('  goals: check ≤ 4× the floor process, ≤ 0.3× a plain ExcelJS read, ≤ 300 MB; whole-column merge under 2 s\n');
}

/**
 * The preview's annotated copy, made by patching the package, against validating the same file (in
 * process). Gives the number of errors in the file of blank targets, which the preview shows.
 */
async function annotate(): Promise<number> {
  const heavy = new Uint8Array(readFileSync(path.join(OUT, 'merge-heavy.xlsx')));
  const sheet = readXlsx(heavy)[0].name;
  const some: Finding[] = [];
  for (let r = 10; r < 2010; r++) some.push({ code: 'vague-target', severity: 'warning', sheet, cell: `G${r * 20}`, message: '目标值含模糊表述' });
  // Every finding of the file of blank targets marked: 37,000 notes.
  const blank = new Uint8Array(readFileSync(path.join(OUT, 'many-findings.xlsx')));
  const all = reportFile('x', readXlsx(blank).map((s) => s.grid)).sheets.flatMap((s) => s.findings);
  for (const [label, bytes, marks] of [
    ['the merge-heavy file, 2,000 marked cells', heavy, some],
    [`the file of blank targets, every finding marked (${all.length.toLocaleString('en-US')})`, blank, all],
  ] as const) {
    const validate = timeMs(() => reportFile('x', readXlsx(bytes).map((s) => s.grid)), 3);
    const patch = await timeMsAsync(() => annotatePackage(bytes, marks), 3);
    console.log(`Annotated copy of ${label}: ${patch.toFixed(0)} ms, validation ${validate.toFixed(0)} ms, ratio ${(patch / validate).toFixed(2)} (goal ≤ 3)`);
  }
  return all.filter((f) => f.severity === 'error').length;
}

/**
 * The same in the preview itself, where the annotated copy is made: in Chromium, the file of blank
 * targets opened and checked (file chosen → summary shown), then its copy with every finding
 * marked (button → download), each a median of 3 fresh pages.
 */
async function annotateInBrowser(errors: number): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(path.join(ROOT, 'dist', 'web', 'preview.html'))) {
    console.log(`In the preview: skipped (${CHROMIUM} or dist/web missing; npm run bench builds dist/web, .ci/run installs Chromium)`);
    return;
  }
  const name = 'many-findings.xlsx';
  const buffer = readFileSync(path.join(OUT, name));
  const preview = await startPreview();
  const browser = await launch();
  try {
    const open: number[] = [];
    const copy: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
      await page.goto(`${preview.origin}/preview.html`);
      // The example is shown first; the file replaces it.
      await page.waitForSelector('[data-testid="grid"][data-sheet="2022年度"]');
      let t = performance.now();
      await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
      await page.waitForSelector(`[data-testid="summary"][data-errors="${errors}"]`, { timeout: 120_000 });
      open.push(performance.now() - t);
      t = performance.now();
      await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('download-workbook').click()]);
      copy.push(performance.now() - t);
      await page.close();
    }
    const [o, c] = [median(open), median(copy)];
    console.log(`In the preview (Chromium): the file of blank targets opened and checked in ${o.toFixed(0)} ms, its annotated copy (${errors.toLocaleString('en-US')} marks) in ${c.toFixed(0)} ms, ratio ${(c / o).toFixed(2)} (goal ≤ 3)`);
  } finally {
    await browser.close();
    await preview.close();
  }
}

engine();
reader().then(annotate).then(annotateInBrowser).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
