/**
 * Issue 12's bad inputs that the probe found handled badly: each must give a one-line answer and
 * let the batch go on, never hang, never touch the user's file.
 */
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as report from '../../src/core/report/report';
import { cli } from '../support/cli';
import { startPreview } from '../support/browser';
import { departmentTable, toXlsx, withCell } from '../support/tables';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-hard-'));
  writeFileSync(path.join(dir, 'clean.xlsx'), await toXlsx([departmentTable()]));
  // A cell longer than Excel allows (32,767 characters), as a crafted file holds.
  writeFileSync(path.join(dir, 'long-cell.xlsx'), await toXlsx([withCell(departmentTable(), 'A40', '年'.repeat(40_000))]));
  // Excel writes control characters as _xHHHH_ (XML cannot hold them): an ESC sequence in a cell.
  const escapes = unzipSync(new Uint8Array(await toXlsx([withCell(departmentTable(), 'G15', 'ESCAPES有效')])));
  escapes['xl/sharedStrings.xml'] = strToU8(strFromU8(escapes['xl/sharedStrings.xml']).replace('ESCAPES', '_x001B_[2J_x001B_[H'));
  writeFileSync(path.join(dir, 'escapes.xlsx'), zipSync(escapes));
  const withHidden = new ExcelJS.Workbook();
  await withHidden.xlsx.load(Buffer.from(await toXlsx([{ name: '封面', rows: [['封面']], merges: [] }, departmentTable()])) as unknown as ArrayBuffer);
  withHidden.worksheets[1].state = 'hidden';
  writeFileSync(path.join(dir, 'hidden.xlsx'), Buffer.from(await withHidden.xlsx.writeBuffer()));
  // A target left blank in a row the filer hid, a stale year in a column hidden.
  const lines = new ExcelJS.Workbook();
  await lines.xlsx.load(Buffer.from(await toXlsx([withCell(withCell(departmentTable({ year: 2022 }), 'G15', undefined), 'B8', '开展2019年度课题调研')])) as unknown as ArrayBuffer);
  lines.worksheets[0].getRow(15).hidden = true;
  lines.worksheets[0].getColumn(2).hidden = true;
  writeFileSync(path.join(dir, 'hidden-lines.xlsx'), Buffer.from(await lines.xlsx.writeBuffer()));
});

it('a FIFO named .xlsx and a device are refused at once, exit 2', async () => {
  const fifo = path.join(dir, 'pipe.xlsx');
  execFileSync('mkfifo', [fifo]);
  for (const file of [fifo, '/dev/zero']) {
    const r = await cli(['validate', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('不是普通文件');
  }
});

it('a cell longer than Excel allows is that file’s read error; the batch goes on', async () => {
  const r = await cli(['validate', path.join(dir, 'long-cell.xlsx'), path.join(dir, 'clean.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  expect(doc.files[0]).toMatchObject({ errorCode: 'too-large', error: '文件过大，未读取：单元格文字长度（字符）为 40,000，上限为 32,767' });
  expect(doc.files[1]).toMatchObject({ error: null });
  expect(doc.files[1].sheets[0].table.kind).toBe('department-targets');
});

it('thousands of whole-column merged areas over a long used range are refused as too-large before the grid is built', async () => {
  // 2,000 rows, a stray cell 10,000 columns out, and a whole-column area over each of those columns:
  // each area cut to the used range still crosses 3,000 rows, 30 million in all.
  const { specToXlsx } = jest.requireActual<typeof import('../../scripts/bench-xlsx')>('../../scripts/bench-xlsx');
  const { columnLetters } = jest.requireActual<typeof import('../../src/core/grid/address')>('../../src/core/grid/address');
  const rows: (string | number | undefined)[][] = Array.from({ length: 2_000 }, (_, r) => [`行${r}`, r]);
  rows[0][10_003] = '末';
  const merges = Array.from({ length: 10_000 }, (_, i) => `${columnLetters(i + 3)}1:${columnLetters(i + 3)}1048576`);
  writeFileSync(path.join(dir, 'columns.xlsx'), specToXlsx({ name: '整列', rows, merges }));
  const r = await cli(['validate', path.join(dir, 'columns.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  expect(doc.files[0]).toMatchObject({ errorCode: 'too-large', error: '文件过大，未读取：合并区域跨越的行数（每个区域各计）为 20,001,000，上限为 20,000,000' });
  expect(r.status).toBe(2);
});

it('a sheet damaged after good ones fails its whole file: no partial entry, none of its tables paired', async () => {
  // Sheets are read and checked one at a time; the first sheet's table is checked before the second is met.
  const parts = unzipSync(new Uint8Array(await toXlsx([departmentTable({ sheet: '甲' }), departmentTable({ sheet: '乙' })])));
  parts['xl/worksheets/sheet2.xml'] = strToU8(strFromU8(parts['xl/worksheets/sheet2.xml']).replace('</sheetData>', ''));
  writeFileSync(path.join(dir, 'second-damaged.xlsx'), zipSync(parts));
  const r = await cli(['validate', path.join(dir, 'second-damaged.xlsx'), path.join(dir, 'clean.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  expect(doc.files[0]).toMatchObject({ errorCode: 'corrupt', sheets: [] });
  expect(doc.files[1].sheets[0].table.kind).toBe('department-targets');
  // One table read in all: nothing to pair, so no reconciliation (the damaged file's first table would make two).
  expect(doc.summary).toMatchObject({ tables: 1 });
  expect(doc.reconciliation).toBeUndefined();
  expect(r.status).toBe(1);
});

it('an engine failure in one file becomes its entry (internal, no stack); the batch goes on', async () => {
  const spy = jest.spyOn(report.SheetSequence.prototype, 'add').mockImplementationOnce(() => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  try {
    const r = await cli(['validate', path.join(dir, 'clean.xlsx'), path.join(dir, 'clean.xlsx'), '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0]).toMatchObject({ errorCode: 'internal', error: '校验此文件时出现内部错误：Maximum call stack size exceeded', sheets: [] });
    expect(doc.files[1].sheets[0].table).not.toBeNull();
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  } finally {
    spy.mockRestore();
  }
});

it('an unreadable subfolder is reported, not skipped', async () => {
  const batch = path.join(dir, 'batch');
  mkdirSync(path.join(batch, 'locked'), { recursive: true });
  writeFileSync(path.join(batch, 'a.xlsx'), readFileSync(path.join(dir, 'clean.xlsx')));
  const fs = jest.requireActual<typeof import('fs')>('fs');
  const readdir = fs.readdirSync;
  const spy = jest.spyOn(fs, 'readdirSync').mockImplementation(((p: string, o: never) => {
    if (String(p).endsWith('locked')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    return readdir(p, o);
  }) as typeof readdir);
  try {
    const r = await cli(['validate', batch, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string; errorCode?: string }) => [path.basename(f.file), f.errorCode ?? null])).toEqual([
      ['a.xlsx', null],
      ['locked', 'unreadable-folder'],
    ]);
    expect(r.status).toBe(1);
  } finally {
    spy.mockRestore();
  }
});

it('control characters from a workbook are shown escaped, never sent to the terminal', async () => {
  const r = await cli(['validate', path.join(dir, 'escapes.xlsx')]);
  expect(r.stdout).not.toContain('\u001b');
  expect(r.stdout).toContain('\\x1b[2J\\x1b[H有效');
});

it('hidden sheets are validated and said to be hidden', async () => {
  const text = await cli(['validate', path.join(dir, 'hidden.xlsx')]);
  expect(text.stdout).toContain('2023年度（隐藏的工作表）');
  const json = JSON.parse((await cli(['validate', path.join(dir, 'hidden.xlsx'), '--format', 'json'])).stdout);
  expect(json.files[0].sheets.map((s: { sheet: string; hidden?: string }) => [s.sheet, s.hidden ?? null])).toEqual([
    ['封面', null],
    ['2023年度', 'hidden'],
  ]);
});

it('a finding in a row or column the sheet hides says so: marked there, it would not be seen', async () => {
  const json = JSON.parse((await cli(['validate', path.join(dir, 'hidden-lines.xlsx'), '--format', 'json'])).stdout);
  const findings: { cell: string; code: string; hidden?: string }[] = json.files[0].sheets[0].findings;
  expect(findings.filter((f) => f.cell === 'G15' || f.cell === 'B8').map((f) => [f.cell, f.code, f.hidden ?? null])).toEqual([
    ['B8', 'stale-year', 'column'],
    ['G15', 'missing-target', 'row'],
  ]);
  expect(findings.filter((f) => f.cell !== 'G15' && !f.cell.startsWith('B')).every((f) => f.hidden === undefined)).toBe(true);
  const text = (await cli(['validate', path.join(dir, 'hidden-lines.xlsx')])).stdout;
  expect(text).toMatch(/G15 .*（该行已隐藏）/);
  expect(text).toMatch(/B8 .*（该列已隐藏）/);
});

describe('a template is never written over its source', () => {
  it('the same path, with --force too', async () => {
    const src = path.join(dir, 'clean.xlsx');
    const before = sha(src);
    const r = await cli(['template', src, '--year', '2024', '--out', src, '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('就是源工作簿');
    expect(sha(src)).toBe(before);
  });
  it('the same file by another name (a hard link)', async () => {
    const src = path.join(dir, 'clean.xlsx');
    const link = path.join(dir, 'link.xlsx');
    linkSync(src, link);
    const before = sha(src);
    const r = await cli(['template', src, '--year', '2024', '--out', link, '--force']);
    expect(r.status).toBe(2);
    expect(sha(src)).toBe(before);
  });
  it('a folder as the output', async () => {
    const r = await cli(['template', path.join(dir, 'clean.xlsx'), '--year', '2024', '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('是文件夹');
  });
});

describe('the preview server never stops on a request', () => {
  const get = (origin: string, p: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const u = new URL(origin);
      http.get({ host: u.hostname, port: u.port, path: p }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
  it('a malformed escape is a 400, a way out of the root is refused, and the server still serves', async () => {
    const preview = await startPreview();
    try {
      expect(await get(preview.origin, '/%E0%A4%A')).toBe(400);
      expect(await get(preview.origin, '/..%2F..%2Fpackage.json')).not.toBe(200);
      expect(await get(preview.origin, '/%2e%2e/%2e%2e/package.json')).not.toBe(200);
      expect(await get(preview.origin, '/preview.html')).toBe(200);
    } finally {
      await preview.close();
    }
  });
});

it('a workbook whose notes sit where openpyxl writes them (xl/comments/comment1.xml) is read, not called damaged', async () => {
  const { annotatePackage } = await import('../../src/hosts/file/annotate-package');
  const source = new Uint8Array(readFileSync(path.join(dir, 'clean.xlsx')));
  const noted = unzipSync((await annotatePackage(source, [{ code: 'x', severity: 'info', sheet: '2023年度', cell: 'A1', message: '批注' }]))!);
  // openpyxl's layout: the comments part in a folder of its own, the VML named commentsDrawing.
  noted['xl/comments/comment1.xml'] = noted['xl/comments1.xml'];
  delete noted['xl/comments1.xml'];
  noted['xl/drawings/commentsDrawing1.vml'] = noted['xl/drawings/vmlDrawing1.vml'];
  delete noted['xl/drawings/vmlDrawing1.vml'];
  const rels = 'xl/worksheets/_rels/sheet1.xml.rels';
  noted[rels] = strToU8(strFromU8(noted[rels]).replace('../comments1.xml', '/xl/comments/comment1.xml').replace('../drawings/vmlDrawing1.vml', '/xl/drawings/commentsDrawing1.vml'));
  noted['[Content_Types].xml'] = strToU8(strFromU8(noted['[Content_Types].xml']).replace('/xl/comments1.xml', '/xl/comments/comment1.xml'));
  writeFileSync(path.join(dir, 'openpyxl-notes.xlsx'), zipSync(noted));
  const r = await cli(['validate', path.join(dir, 'openpyxl-notes.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  expect(doc.files[0].error).toBeNull();
  expect(doc.files[0].sheets[0].table.kind).toBe('department-targets');
});

it('a folder of large tables is paired in bounded memory: only each table’s identity is kept between files', () => {
  // 24 tables of 40,000 rows each: kept whole for pairing, they exhaust a 200 MB heap.
  const { specToXlsx } = jest.requireActual<typeof import('../../scripts/bench-xlsx')>('../../scripts/bench-xlsx');
  const { bigDepartmentTable } = jest.requireActual<typeof import('../../scripts/bench-data')>('../../scripts/bench-data');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'budget-large-batch-'));
  const bytes = specToXlsx(bigDepartmentTable(3_000, 37_000, false));
  for (let i = 0; i < 24; i++) writeFileSync(path.join(folder, `d${String(i).padStart(2, '0')}.xlsx`), bytes);
  const bin = path.join(__dirname, '..', '..', 'bin', 'budget-check.js');
  const out = execFileSync(process.execPath, ['--max-old-space-size=200', bin, 'validate', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const doc = JSON.parse(out) as report.ValidationReport;
  expect(doc.summary).toMatchObject({ files: 24, tables: 24, errors: 0, pairs: 0, unpaired: 24 });
}, 180_000);

it('parts that start with a byte-order mark read as without one', async () => {
  const parts = unzipSync(new Uint8Array(await toXlsx([departmentTable()])));
  for (const name of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
    parts[name] = strToU8(`\ufeff${strFromU8(parts[name])}`);
  }
  writeFileSync(path.join(dir, 'bom.xlsx'), zipSync(parts));
  const r = await cli(['validate', path.join(dir, 'bom.xlsx'), path.join(dir, 'clean.xlsx'), '--format', 'json']);
  const doc = JSON.parse(r.stdout);
  expect(doc.files[0].error).toBeNull();
  expect(doc.files[0].sheets[0].table).toEqual(doc.files[1].sheets[0].table);
});
