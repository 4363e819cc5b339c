/**
 * `validate FOLDER` pairs the tables it finds and reports a reconciliation section; `compare A B`
 * compares two named tables. Run on the pair corpus written as the .xlsx files a reviewer gets.
 */
import fs, { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ValidationReport } from '../../src/core/report/report';
import { compareCommand, CompareFlags, CompareReport } from '../../src/cli/compare-command';
import { capturedIo, cli } from '../support/cli';
import { tableToXlsx } from '../support/corpus';
import { CorpusPair, loadPairs, memberTable } from '../support/corpus-pairs';
import { approvedFor, selfEvaluationTable } from '../support/reconcile-tester';
import { OPEN_FILES, pairingKeeper, reconcileFiles } from '../../src/cli/reconcile-files';
import { validateFile } from '../../src/cli/validate-files';
import { reconciliationLines } from '../../src/cli/text-output';
import { translator } from '../../src/core/i18n/i18n';
import { parseRange } from '../../src/core/grid/address';
import { evalWith } from '../support/eval-cases';
import { printedPages, stackedSpecs, toGrid, toXlsx } from '../support/tables';
import { Pages } from '../../src/core/grid/pages';
import { isDetached } from '../../src/core/reconcile/pair-tables';
import { CLEAN_EVAL } from '../support/self-evaluation';
import * as recognize from '../../src/core/recognize/recognize';

const pairs = loadPairs();
let root: string;
/** A member's file name in the folder: its id, without the ./ and .table.json of built ones. */
const fileOf = (member: string): string => `${member.replace(/^\.\//, '').replace(/\.table\.json$/, '')}.xlsx`;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'budget-pairs-'));
  for (const pair of pairs) {
    mkdirSync(path.join(root, pair.id));
    for (const m of [pair.reviewed, ...pair.others]) writeFileSync(path.join(root, pair.id, fileOf(m)), await tableToXlsx(memberTable(pair, m)));
  }
}, 60_000);

const expectedCells = (pair: CorpusPair): string[] => pair.expected.flags.map((f) => `${f.cell} ${f.codes[0]}`).sort();

describe.each(pairs.map((p) => [p.id, p] as const))('%s', (_id, pair) => {
  it('validate FOLDER: the pair, and exactly the expected findings at their cells', async () => {
    const r = await cli(['validate', path.join(root, pair.id), '--format', 'json']);
    const report = JSON.parse(r.stdout) as ValidationReport;
    const found = report.reconciliation?.pairs.find((p) => p.relation === pair.relation && path.basename(p.reviewed.file) === fileOf(pair.reviewed));
    expect(found).toBeDefined();
    const tolerated = new Set(pair.expected.truncation.map((f) => `${f.cell} ${f.codes[0]}`));
    const got = [...new Set(found!.findings.map((f) => `${f.cell} ${f.code}`))].filter((k) => !tolerated.has(k) || expectedCells(pair).includes(k)).sort();
    expect(got).toEqual(expectedCells(pair));
    // Each finding that names the other table names its file.
    for (const f of found!.findings.filter((x) => x.relatedLocation)) expect(path.dirname(f.relatedLocation!.file)).toBe(path.join(root, pair.id));
    expect(report.summary.pairs).toBeGreaterThanOrEqual(1);
  });

  if (pair.others.length === 1) {
    it('compare A B (in either order): the same findings', async () => {
      const [a, b] = [pair.others[0], pair.reviewed].map((m) => path.join(root, pair.id, fileOf(m)));
      const r = await cli(['compare', a, b, '--format', 'json']);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as CompareReport;
      const reviewed = report.reconciliation.pairs.find((p) => p.relation === pair.relation);
      const tolerated = new Set(pair.expected.truncation.map((f) => `${f.cell} ${f.codes[0]}`));
      const got = [...new Set(reviewed!.findings.map((f) => `${f.cell} ${f.code}`))].filter((k) => !tolerated.has(k) || expectedCells(pair).includes(k)).sort();
      expect(got).toEqual(expectedCells(pair));
      expect(r.status).toBe(reviewed!.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  }
});

/** Sheets recognised: by validation, a table at a time (eachTable), and read again by reconciliation (recognizeSheet). */
function sheetsRecognised(): { count: () => number; restore: () => void } {
  const each = jest.spyOn(recognize, 'eachTable');
  const whole = jest.spyOn(recognize, 'recognizeSheet');
  return {
    count: () => each.mock.calls.length + whole.mock.calls.length,
    restore: () => {
      each.mockRestore();
      whole.mockRestore();
    },
  };
}

describe('reconciliation in text, and its edges', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'budget-reconcile-'));
    writeFileSync(path.join(dir, 'eval.xlsx'), await toXlsx([selfEvaluationTable({ indicators: evalWith(0, { target: '≥80人次' }) })]));
    writeFileSync(path.join(dir, 'approved.xlsx'), await toXlsx([approvedFor()]));
    writeFileSync(path.join(dir, 'other-project.xlsx'), await toXlsx([approvedFor(undefined, { name: '道路养护项目' })]));
  });

  it('prints each pair with its findings, the unpaired tables, and counts them in the summary', async () => {
    const r = await cli(['validate', dir]);
    expect(r.stdout).toContain('跨表对照');
    expect(r.stdout).toContain('自评表 ↔ 批复的绩效目标表');
    expect(r.stdout).toMatch(/E12 +错误 +target-changed +指标“培训人次”的年度指标值“≥80人次”与批复目标“≥100人次”不一致 +↔ '\[approved\.xlsx\]2022项目'!F11/);
    expect(r.stdout).toContain('未配对的表格：');
    expect(r.stdout).toMatch(/other-project\.xlsx +2022项目 +道路养护项目/);
    expect(r.stdout).toContain('1 组表格已对照，1 张未配对');
    expect(r.status).toBe(1);
  });

  it('a pair spanning more rows than the memory compares at once is reported, not compared', async () => {
    const t = translator('zh-CN');
    const keep = pairingKeeper();
    const identities = [];
    for (const file of ['eval.xlsx', 'approved.xlsx', 'other-project.xlsx']) identities.push(...(await validateFile({ file: path.join(dir, file) }, {}, t, keep)).tables);
    const whole = reconcileFiles(identities, 'zh-CN');
    expect([whole.pairs.length, whole.tooLarge]).toEqual([1, undefined]);
    const rows = [whole.pairs[0].reviewed, ...whole.pairs[0].others].map((ref) => parseRange(ref.range!)).reduce((n, r) => n + r.bottom - r.top + 1, 0);
    // One row short of the pair's: not compared, and said so with both tables and the figures.
    const cut = reconcileFiles(identities, 'zh-CN', rows - 1);
    expect(cut.pairs).toEqual([]);
    expect(cut.tooLarge).toEqual([{ relation: 'self-evaluation-vs-targets', reviewed: whole.pairs[0].reviewed, others: whole.pairs[0].others, rows, max: rows - 1 }]);
    expect(cut.unpaired).toEqual(whole.unpaired);
    const lines = reconciliationLines(cut, t, (_style, text) => text).join('\n');
    expect(lines).toMatch(new RegExp(`未作对照（两表共 ${rows} 行，超过本机内存一次可对照的 ${rows - 1} 行）：.*eval\\.xlsx.* ← .*approved\\.xlsx`));
    expect(reconcileFiles(identities, 'zh-CN', rows).pairs).toHaveLength(1);
  });

  it('compare lists a pair spanning more rows than the memory compares at once, compares nothing and exits 2', async () => {
    const [evalFile, approvedFile] = ['eval.xlsx', 'approved.xlsx'].map((f) => path.join(dir, f));
    const whole = JSON.parse((await cli(['compare', evalFile, approvedFile, '--format', 'json'])).stdout) as CompareReport;
    const [pair] = whole.reconciliation.pairs;
    const rows = [pair.reviewed, ...pair.others].map((ref) => parseRange(ref.range!)).reduce((n, r) => n + r.bottom - r.top + 1, 0);
    const flags: CompareFlags = { sheet: [], format: 'json', lang: 'zh-CN' };
    const cut = capturedIo();
    expect(await compareCommand(evalFile, approvedFile, flags, cut, rows - 1)).toBe(2);
    const report = JSON.parse(cut.stdout.text) as CompareReport;
    expect(report.summary).toEqual({ pairs: 0, errors: 0, warnings: 0, infos: 0 });
    expect(report.reconciliation.pairs).toEqual([]);
    expect(report.reconciliation.tooLarge).toEqual([{ relation: 'self-evaluation-vs-targets', reviewed: pair.reviewed, others: pair.others, rows, max: rows - 1 }]);
    const text = capturedIo();
    expect(await compareCommand(evalFile, approvedFile, { ...flags, format: 'text' }, text, rows - 1)).toBe(2);
    expect(text.stdout.text).toMatch(new RegExp(`未作对照（两表共 ${rows} 行，超过本机内存一次可对照的 ${rows - 1} 行）：.*eval\\.xlsx.* ← .*approved\\.xlsx`));
    // As many rows as the pair's: compared, its findings as without a limit.
    const fits = capturedIo();
    expect(await compareCommand(evalFile, approvedFile, flags, fits, rows)).toBe(1);
    expect(JSON.parse(fits.stdout.text)).toEqual(whole);
  });

  it('a batch that pairs nothing prints no section, only the counts; long lists are cut in text, whole in JSON', async () => {
    const batch = mkdtempSync(path.join(os.tmpdir(), 'budget-batch-'));
    for (let i = 0; i < 23; i++) writeFileSync(path.join(batch, `p${String(i).padStart(2, '0')}.xlsx`), await toXlsx([approvedFor(undefined, { name: `第${i}号道路养护项目` })]));
    const text = await cli(['validate', batch]);
    expect(text.stdout).not.toContain('跨表对照');
    expect(text.stdout).toContain('0 组表格已对照，23 张未配对');
    writeFileSync(path.join(batch, 'eval.xlsx'), await toXlsx([selfEvaluationTable({ name: '第1号道路养护项目' })]));
    const withPair = await cli(['validate', batch]);
    expect(withPair.stdout).toContain('跨表对照');
    expect(withPair.stdout).toContain('……另有 2 张（见 --format json）');
    const json = JSON.parse((await cli(['validate', batch, '--format', 'json'])).stdout) as ValidationReport;
    expect(json.reconciliation!.unpaired).toHaveLength(22);
  });

  it('a workbook of approved targets and their self-evaluations: every pair compared, the file read once more, not once per table', async () => {
    const book = path.join(mkdtempSync(path.join(os.tmpdir(), 'budget-pairs-book-')), 'batch.xlsx');
    const n = 40;
    const name = (i: number): string => `第${i}号企业人才培训项目`;
    const approved = Array.from({ length: n }, (_, i) => ({ ...approvedFor(undefined, { name: name(i) }), name: `目标${i}` }));
    const evaluations = Array.from({ length: n }, (_, i) =>
      selfEvaluationTable({ sheet: `自评${i}`, name: name(i), indicators: i === 7 ? evalWith(0, { target: '≥80人次' }) : undefined }),
    );
    // Either order: the later side of each pair is kept whole as it is validated, and only the earlier read again.
    for (const sheets of [
      [...approved, ...evaluations],
      [...evaluations, ...approved],
    ]) {
      writeFileSync(book, await toXlsx(sheets));
      const reads = jest.spyOn(fs, 'readFileSync');
      const recognitions = sheetsRecognised();
      try {
        const report = JSON.parse((await cli(['validate', book, '--format', 'json'])).stdout) as ValidationReport;
        expect(report.reconciliation!.pairs).toHaveLength(n);
        const changed = report.reconciliation!.pairs.flatMap((p) => p.findings.filter((f) => f.code === 'target-changed').map((f) => `${p.reviewed.sheet} ${f.cell}`));
        expect(changed).toEqual(['自评7 E12']);
        // Once to validate, once for all forty pairs.
        expect(reads.mock.calls.filter(([file]) => file === book)).toHaveLength(2);
        expect(recognitions.count()).toBe(2 * n + n);
      } finally {
        reads.mockRestore();
        recognitions.restore();
      }
    }
  });

  it('a table printed a worksheet a page is compared whole, kept as read across its sheets, each cell named on its page', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-pairs-pages-'));
    // The approved targets over two sheets, broken before the last indicator (学员满意度, its target changed since).
    const approved = approvedFor(CLEAN_EVAL.map((i) => (i.name === '学员满意度' ? { ...i, target: '≥95%' } : i)));
    writeFileSync(path.join(dir, 'approved.xlsx'), await toXlsx(printedPages(approved, [14])));
    writeFileSync(path.join(dir, 'evaluation.xlsx'), await toXlsx([selfEvaluationTable()]));
    const report = JSON.parse((await cli(['validate', dir, '--format', 'json'])).stdout) as ValidationReport;
    const [pair] = report.reconciliation!.pairs;
    expect(pair.others.map((o) => [path.basename(o.file), o.sheet, o.pages])).toEqual([['approved.xlsx', '第1页', ['第1页', '第2页']]]);
    expect([pair.indicators.added, pair.indicators.removed, pair.indicators.pairs.length]).toEqual([0, 0, CLEAN_EVAL.length]);
    const changed = pair.findings.filter((f) => f.code === 'target-changed');
    expect(changed.map((f) => [f.relatedLocation?.sheet, f.relatedLocation?.cell])).toEqual([['第2页', 'F4']]);
    const text = (await cli(['validate', dir])).stdout;
    expect(text).toContain(`${path.join(dir, 'approved.xlsx')}  第1页–第2页  企业人才培训项目`);
    // Kept whole as it was validated: nothing of the approved file is read again to compare.
    const kept = pairingKeeper()({ file: 'a.xlsx', sheet: '第1页', table: recognize.recognizeSheet(toGrid(approved))[0], pages: new Pages(['第1页', '第2页'], [0, 14]) });
    expect([isDetached(kept), kept.pages?.sheets]).toEqual([true, ['第1页', '第2页']]);
  });

  it('tables stacked on one sheet and paired with each other: the sheet recognised once more, not once per table', async () => {
    const book = path.join(mkdtempSync(path.join(os.tmpdir(), 'budget-pairs-stacked-')), 'stacked.xlsx');
    const n = 12;
    const name = (i: number): string => `第${i}号企业人才培训项目`;
    const tables = Array.from({ length: n }, (_, i) => [
      approvedFor(undefined, { name: name(i) }),
      selfEvaluationTable({ name: name(i), indicators: evalWith(0, { target: `≥${80 + i}人次` }) }),
    ]).flat();
    writeFileSync(book, await toXlsx([stackedSpecs(tables, '汇总')]));
    const recognitions = sheetsRecognised();
    try {
      const report = JSON.parse((await cli(['validate', book, '--format', 'json'])).stdout) as ValidationReport;
      const changed = report.reconciliation!.pairs.map((p) => p.findings.find((f) => f.code === 'target-changed')?.actual).sort();
      expect(changed).toEqual(Array.from({ length: n }, (_, i) => `≥${80 + i}人次`).sort());
      // Once to validate, once for all twelve pairs.
      expect(recognitions.count()).toBe(2);
    } finally {
      recognitions.restore();
    }
  });

  it('pairs spread over more files than are held open: each file opened again when its turn comes', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'budget-pairs-files-'));
    const name = (i: number): string => `第${i}号企业人才培训项目`;
    for (let i = 0; i < OPEN_FILES + 2; i++) {
      writeFileSync(path.join(folder, `a${i}.xlsx`), await toXlsx([approvedFor(undefined, { name: name(i) })]));
      writeFileSync(path.join(folder, `e${i}.xlsx`), await toXlsx([selfEvaluationTable({ name: name(i), indicators: evalWith(0, { target: `≥${80 + i}人次` }) })]));
    }
    const report = JSON.parse((await cli(['validate', folder, '--format', 'json'])).stdout) as ValidationReport;
    const changed = report.reconciliation!.pairs.map((p) => `${path.basename(p.reviewed.file)} ${p.findings.find((f) => f.code === 'target-changed')?.actual}`).sort();
    expect(changed).toEqual(Array.from({ length: OPEN_FILES + 2 }, (_, i) => `e${i}.xlsx ≥${80 + i}人次`).sort());
  });

  it('--no-reconcile leaves the section out', async () => {
    const r = await cli(['validate', dir, '--format', 'json', '--no-reconcile']);
    expect(JSON.parse(r.stdout).reconciliation).toBeUndefined();
  });

  it('compare colours its findings on a terminal only, and not when NO_COLOR is set', async () => {
    const files = ['eval.xlsx', 'approved.xlsx'].map((f) => path.join(dir, f));
    const ESC = '\u001b[';
    const tty = await cli(['compare', ...files], { tty: true });
    expect(tty.stdout).toContain('target-changed');
    expect(tty.stdout).toContain(`${ESC}31m`);
    const noColor = await cli(['compare', ...files], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('target-changed');
    expect(noColor.stdout).not.toContain(ESC);
    expect((await cli(['compare', ...files])).stdout).not.toContain(ESC);
  });

  it('compare: tables of other names pair by kind and year when exactly one pair relates so, never by a guess among several', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'budget-compare-kind-'));
    const [approvedFile, oneFile, twoFile] = ['approved.xlsx', 'one.xlsx', 'two.xlsx'].map((f) => path.join(folder, f));
    writeFileSync(approvedFile, await toXlsx([approvedFor(undefined, { name: '甲单位培训项目' })]));
    writeFileSync(oneFile, await toXlsx([selfEvaluationTable({ name: '乙类人员技能提升', indicators: evalWith(0, { target: '≥80人次' }) })]));
    writeFileSync(twoFile, await toXlsx([selfEvaluationTable({ sheet: '自评一', name: '乙类人员技能提升' }), selfEvaluationTable({ sheet: '自评二', name: '丙类岗位练兵' })]));
    const one = await cli(['compare', approvedFile, oneFile, '--format', 'json']);
    const report = JSON.parse(one.stdout) as CompareReport;
    expect(report.reconciliation.pairs.map((p) => [p.relation, path.basename(p.reviewed.file)])).toEqual([['self-evaluation-vs-targets', 'one.xlsx']]);
    expect(report.reconciliation.pairs[0].findings.map((f) => f.code)).toContain('target-changed');
    const two = await cli(['compare', approvedFile, twoFile]);
    expect([two.status, two.stdout]).toEqual([2, '']);
    expect(two.stderr).toContain('无法对照');
  });

  it('compare: tables that do not relate, and a file with no table, say so on one line with exit 2', async () => {
    const unrelated = await cli(['compare', path.join(dir, 'approved.xlsx'), path.join(dir, 'other-project.xlsx')]);
    expect([unrelated.status, unrelated.stdout, unrelated.stderr.trim().split('\n').length]).toEqual([2, '', 1]);
    expect(unrelated.stderr).toContain('无法对照');
    const missing = await cli(['compare', path.join(dir, 'approved.xlsx'), path.join(dir, 'nope.xlsx'), '--lang', 'en-US']);
    expect([missing.status, missing.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(missing.stderr).toContain('cannot read');
  });
});

test('the README shows what `validate examples/reconcile` prints', async () => {
  const { readFileSync } = await import('fs');
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const cwd = process.cwd();
  process.chdir(path.join(__dirname, '..', '..'));
  try {
    const r = await cli(['validate', 'examples/reconcile']);
    const part = r.stdout.slice(r.stdout.indexOf('跨表对照'), r.stdout.lastIndexOf('\n\n'));
    expect(part.length).toBeGreaterThan(100);
    expect(readme).toContain(part.trimEnd());
  } finally {
    process.chdir(cwd);
  }
});
