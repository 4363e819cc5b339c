/**
 * `npm run bench`: engine and CLI speed, each against a baseline measured in the same run, so the
 * figures compare like with like on whatever machine runs them. Prints; asserts nothing.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { Grid } from '../src/core/grid/grid';
import { validateGrid } from '../src/core/validate';
import { toGrid, toXlsx } from '../tests/support/tables';
import { bigDepartmentTable } from './bench-data';

const ROOT = path.join(__dirname, '..');
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
}

async function cli(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, 'large-50000-indicators.xlsx');
  // No per-row merges: ExcelJS's mergeCells is quadratic, and real large exports rarely merge per row.
  writeFileSync(file, await toXlsx([bigDepartmentTable(3_000, 50_000, false)]));
  const node = process.execPath;
  const runs = 5;
  const read = `const E=require('exceljs');const fs=require('fs');new E.Workbook().xlsx.load(fs.readFileSync(process.argv[1])).then(w=>{if(!w.worksheets.length)process.exit(3)})`;
  const once = (args: string[]): number => {
    const t = performance.now();
    try {
      execFileSync(node, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (e) {
      // budget-check exits 1 when it finds errors; the generated table has none, so any failure is real.
      throw new Error(`${args.join(' ')} failed: ${(e as Error).message}`);
    }
    return performance.now() - t;
  };
  console.log(`CLI: budget-check validate on ${path.relative(ROOT, file)} (53,000 rows), whole process, median of ${runs}, runs interleaved`);
  const baseline: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so that a busy moment on a shared machine costs both sides alike.
    baseline.push(once(['-e', read, file]));
    check.push(once([path.join(ROOT, 'bin', 'budget-check.js'), 'validate', file, '--format', 'json']));
  }
  const b = median(baseline);
  const c = median(check);
  console.log(`  plain ExcelJS read: ${b.toFixed(0)} ms`);
  console.log(`  budget-check:       ${c.toFixed(0)} ms`);
  console.log(`  ratio:              ${(c / b).toFixed(2)}   (target ≤ 1.30)`);
}

engine();
cli().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
