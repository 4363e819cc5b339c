import { createHash } from 'crypto';
import { spawn, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import officeCrypto from 'officecrypto-tool';
import { cli } from '../support/cli';
import { FIXTURE } from '../support/files';
import { CLEAN_INDICATORS, departmentTable, printedPages, projectTable, toXlsx } from '../support/tables';
import { selfEvaluationTable } from '../support/self-evaluation';
import { LABEL, workbookStream, XF, xlsFile } from '../support/biff';
import { excelWebPage, excelXmlSpreadsheet, tabSeparated } from '../support/html-pages';
import { convertWithLibreOffice } from '../support/recalc';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';

/** Start of every ANSI colour sequence. */
const ESC = '\u001b[';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let dir: string;

/** A package whose directory declares 2 GB for every part, as a zip bomb's does. */
function declaringHugeParts(zip: Buffer): Buffer {
  const bytes = Buffer.from(zip);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < bytes.readUInt16LE(eocd + 10); i++) {
    bytes.writeUInt32LE(0x7fffffff, at + 24);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return bytes;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-'));
  writeFileSync(path.join(dir, 'clean.xlsx'), await toXlsx([departmentTable()]));
  writeFileSync(path.join(dir, 'cover-only.xlsx'), await toXlsx([{ name: '封面', rows: [['福田区部门预算'], ['2023年']], merges: [] }]));
  writeFileSync(path.join(dir, 'corrupt.xlsx'), readFileSync(FIXTURE).subarray(0, 5000));
  writeFileSync(path.join(dir, 'notes.xlsx'), '这不是表格，只是改了扩展名的文本。');
  writeFileSync(path.join(dir, 'empty.xlsx'), '');
  writeFileSync(path.join(dir, 'old.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
  writeFileSync(path.join(dir, 'excel95.xls'), xlsFile(workbookStream([XF(0)], [{ name: 'S', records: [LABEL(0, 0, '项目名称')] }], 0x0500), 'Book'));
  writeFileSync(path.join(dir, 'locked.xlsx'), officeCrypto.encrypt(readFileSync(FIXTURE), { password: '123456' }));
  const noSheets = new ExcelJS.Workbook();
  writeFileSync(path.join(dir, 'no-sheets.xlsx'), Buffer.from(await noSheets.xlsx.writeBuffer()));
  writeFileSync(path.join(dir, 'bomb.xlsx'), declaringHugeParts(await toXlsx([departmentTable()])));

  const batch = path.join(dir, 'batch');
  mkdirSync(path.join(batch, '福田区', '投资推广中心'), { recursive: true });
  copyFileSync(FIXTURE, path.join(batch, '福田区', '投资推广中心', '2022.xlsx'));
  writeFileSync(path.join(batch, '福田区', 'project.xlsx'), await toXlsx([projectTable(), { name: '说明', rows: [['填报说明']], merges: [] }]));
  copyFileSync(path.join(dir, 'corrupt.xlsx'), path.join(batch, 'a-corrupt.xlsx'));
  writeFileSync(path.join(batch, '~$2022.xlsx'), 'Excel lock file');
  writeFileSync(path.join(batch, 'readme.txt'), 'not a workbook');
});

describe('budget-check validate', () => {
  it('reports the fixture in text, grouped by file and sheet, and exits 1', async () => {
    const r = await cli(['validate', FIXTURE]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(FIXTURE);
    expect(lines[1]).toContain('2022年度');
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}E28 {2}错误 {2}total-mismatch +金额合计为 44,350.00，各任务之和为 44,350.01/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}G57 {2}警告 {2}unit-mismatch/));
    expect(r.stdout).toContain('汇总：1 个文件，1 张表；2 个错误，9 个警告，1 条提示');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe('');
  });

  it('prints exactly the JSON document of DESIGN.md with --format json', async () => {
    const r = await cli(['validate', FIXTURE, '--format', 'json', '--lang', 'en-US']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['files', 'summary']);
    expect(doc.summary).toEqual({ files: 1, tables: 1, errors: 2, warnings: 9, infos: 1 });
    const [file] = doc.files;
    expect(file.file).toBe(FIXTURE);
    expect(file.error).toBeNull();
    expect(file.sheets[0].table).toMatchObject({ kind: 'department-targets', fiscalYear: 2022, unit: '万元', tasks: 21, indicators: 52 });
    const e28 = file.sheets[0].findings.find((f: { cell: string }) => f.cell === 'E28');
    expect(e28).toMatchObject({ code: 'total-mismatch', severity: 'error', sheet: '2022年度', cell: 'E28', expected: 44350.01, actual: 44350 });
    expect(e28.message).toMatch(/^Column total is 44,350.00/);
  });

  it('exits 0 on a clean workbook (warnings allowed) and 2 when no table is recognised', async () => {
    expect((await cli(['validate', path.join(dir, 'clean.xlsx')])).status).toBe(0);
    const none = await cli(['validate', path.join(dir, 'cover-only.xlsx')]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('封面  未识别到绩效目标表');
    expect(none.stderr).toContain('未能校验任何表格');
  });

  it.each([
    ['missing.xlsx', '找不到该文件或文件夹', 'not-found'],
    ['corrupt.xlsx', '文件已损坏', 'corrupt'],
    ['notes.xlsx', '不是 Excel 工作簿', 'not-xlsx'],
    ['empty.xlsx', '文件为空', 'empty-file'],
    ['old.xlsx', '文件已损坏', 'corrupt'],
    ['excel95.xls', 'Excel 5.0/95', 'old-xls'],
    ['locked.xlsx', '文件有打开密码', 'encrypted'],
    ['no-sheets.xlsx', '工作簿中没有工作表', 'no-sheets'],
    ['bomb.xlsx', '文件过大，未读取：解压后的数据量（字节）为 2,147,483,647，上限为 419,430,400', 'too-large'],
  ])('bad input %s: one-line reason, exit 2, no stack trace', async (name, reason, code) => {
    const r = await cli(['validate', path.join(dir, name)]);
    expect(r.status).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(path.join(dir, name));
    expect(lines[1]).toMatch(/^ {2}\S/);
    expect(lines[1]).toContain(reason);
    expect(lines[2]).toBe('');
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    const json = JSON.parse((await cli(['validate', path.join(dir, name), '--format', 'json'])).stdout);
    expect(json.files[0]).toMatchObject({ error: expect.stringContaining(reason), errorCode: code, sheets: [] });
  });

  it('validates a folder recursively; one unreadable file does not stop the others', async () => {
    const r = await cli(['validate', path.join(dir, 'batch'), '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string }) => path.relative(dir, f.file))).toEqual([
      path.join('batch', 'a-corrupt.xlsx'),
      path.join('batch', '福田区', 'project.xlsx'),
      path.join('batch', '福田区', '投资推广中心', '2022.xlsx'),
    ]);
    expect(doc.files[0].errorCode).toBe('corrupt');
    expect(doc.files[1].sheets.map((s: { sheet: string; table: unknown }) => [s.sheet, s.table === null])).toEqual([
      ['2023项目', false],
      ['说明', true],
    ]);
    // Two tables were read, so they were offered for pairing: they do not relate (pairs 0, unpaired 2).
    expect(doc.summary).toEqual({ files: 3, tables: 2, errors: 2, warnings: 9, infos: 1, pairs: 0, unpaired: 2 });
    expect(r.status).toBe(1);
  });

  it('finds .xlsm and .xls workbooks in a folder too, and reads an .xls, and a web page, an XML spreadsheet and tab-separated text named .xls, as their .xlsx', async () => {
    const folder = path.join(dir, 'mixed-formats');
    mkdirSync(folder, { recursive: true });
    copyFileSync(FIXTURE, path.join(folder, '宏.xlsm'));
    // The seed as Excel 97–2003 saves it (LibreOffice's export, the same BIFF8 records).
    writeFileSync(path.join(folder, '旧.xls'), convertWithLibreOffice(readFileSync(FIXTURE), 'xls'));
    writeFileSync(path.join(folder, '说明.docx'), 'not a workbook');
    // A system's 导出 Excel: the seed as a web page in gb2312, named .xls (Excel opens it after a warning).
    writeFileSync(path.join(folder, '导出.xls'), excelWebPage(readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid, { name: '绩效目标表' }));
    // A FreeMarker template's 导出 Excel: the seed as an Excel 2003 XML spreadsheet, named .xls.
    writeFileSync(path.join(folder, '模板导出.xls'), excelXmlSpreadsheet([{ name: '2022年度', grid: readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid }]));
    // A PHP system's 导出 Excel: the seed's shown text, tab-separated, in GBK, named .xls.
    writeFileSync(path.join(folder, '文本导出.xls'), tabSeparated(readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid, { charset: 'gbk' }));
    const doc = JSON.parse((await cli(['validate', folder, '--format', 'json', '--no-reconcile'])).stdout);
    expect(doc.files.map((f: { file: string; errorCode?: string; sheets: { sheet: string }[] }) => [path.basename(f.file), f.errorCode ?? null, f.sheets.map((s) => s.sheet)])).toEqual([
      ['宏.xlsm', null, [expect.any(String)]],
      ['导出.xls', null, ['绩效目标表']],
      ['文本导出.xls', null, ['Sheet1']],
      ['旧.xls', null, [expect.any(String)]],
      ['模板导出.xls', null, ['2022年度']],
    ]);
    const findings = (f: { sheets: { findings: { cell: string; code: string; message: string }[] }[] }) => f.sheets.flatMap((s) => s.findings.map((x) => `${x.cell} ${x.code} ${x.message}`));
    expect(findings(doc.files[2])).toEqual(findings(doc.files[0]));
    expect(findings(doc.files[1])).toEqual(findings(doc.files[0]));
    expect(findings(doc.files[3])).toEqual(findings(doc.files[0]));
    expect(findings(doc.files[4])).toEqual(findings(doc.files[0]));
    expect(findings(doc.files[1])).toContain('E28 total-mismatch 金额合计为 44,350.00，各任务之和为 44,350.01（相差 0.01）');
  });

  it('an unreadable file among clean ones still exits 1', async () => {
    const r = await cli(['validate', path.join(dir, 'clean.xlsx'), path.join(dir, 'corrupt.xlsx')]);
    expect(r.status).toBe(1);
  });

  it('--sheet limits validation to one sheet and reports a missing one', async () => {
    const p = path.join(dir, 'batch', '福田区', 'project.xlsx');
    const only = JSON.parse((await cli(['validate', p, '--sheet', '说明', '--format', 'json'])).stdout);
    expect(only.files[0].sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['说明']);
    const missing = await cli(['validate', p, '--sheet', '不存在']);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('工作簿中没有名为“不存在”的工作表');
  });

  it('reads a table printed a worksheet a page as one table: the next sheet continues it, with its own findings', async () => {
    // The project table cut after its 12th row, as a PDF's converter writes each page to a worksheet.
    const indicators = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => (i.name === '人才满意度' ? { ...i, target: '' } : i));
    const pages = printedPages(projectTable({ indicators, sheet: '第1页' }), [12]);
    const file = path.join(dir, 'pages.xlsx');
    writeFileSync(file, await toXlsx(pages));
    const r = await cli(['validate', file, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].sheets.map((s: { sheet: string; continues?: string; table: { indicators: number } | null }) => [s.sheet, s.continues ?? s.table?.indicators])).toEqual([
      ['第1页', 14],
      ['第2页', '第1页'],
    ]);
    // The blank target on the second page, and no 效益 missing from the first (printed on the second).
    expect(doc.files[0].sheets.flatMap((s: { findings: { sheet: string; code: string; cell: string }[] }) => s.findings.map((f) => `${f.sheet}!${f.code}@${f.cell}`))).toEqual(['第2页!missing-target@F12']);
    expect(doc.summary).toMatchObject({ tables: 1, errors: 1 });
    expect(r.status).toBe(1);
    const text = (await cli(['validate', file])).stdout;
    expect(text).toContain('第2页  接续工作表“第1页”的表格（一页一个工作表）：与它合并校验，此处列出本表中的问题');
    expect(text).toMatch(/第2页 {2}接续[^\n]*\n {4}F12 +错误 +missing-target/);
    // One sheet asked for is read alone: the first page then lacks the 效益 printed on the next.
    const alone = JSON.parse((await cli(['validate', file, '--sheet', '第1页', '--format', 'json'])).stdout);
    expect(alone.files[0].sheets[0].findings.map((f: { code: string }) => f.code)).toContain('missing-level1');
  });

  it('--profile cb2021 changes the taxonomy checked', async () => {
    const legacy = JSON.parse((await cli(['validate', FIXTURE, '--format', 'json'])).stdout);
    const cb = JSON.parse((await cli(['validate', FIXTURE, '--format', 'json', '--profile', 'cb2021'])).stdout);
    const unknown = (doc: { files: { sheets: { findings: { code: string; cell: string }[] }[] }[] }) =>
      doc.files[0].sheets[0].findings.filter((f) => f.code === 'unknown-category').map((f) => f.cell);
    expect(unknown(legacy)).toEqual(['C82']);
    // 成本 is a first level in 财预〔2021〕101号, so the seed's 成本 under 产出 is unknown there.
    expect(unknown(cb)).toEqual(['C65', 'C82']);
  });

  it.each([
    [['validate']],
    [['validate', FIXTURE, '--format', 'xml']],
    [['validate', FIXTURE, '--lang', 'fr-FR']],
    [['validate', FIXTURE, '--bogus']],
    [['frobnicate']],
  ])('usage error %j exits 2', async (args) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/error/);
  });

  it('shows progress on a terminal and colours only there', async () => {
    const files = [path.join(dir, 'clean.xlsx'), FIXTURE];
    const tty = await cli(['validate', ...files], { tty: true });
    expect(tty.stderr).toContain('正在校验 2/2');
    expect(tty.stdout).toContain(`${ESC}31m错误`);
    const noColor = await cli(['validate', ...files], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ESC);
    const pipe = await cli(['validate', ...files]);
    expect(pipe.stderr).toBe('');
  });

  it('prints JSON indented on a terminal and on one line when piped: the same document', async () => {
    const tty = await cli(['validate', FIXTURE, '--format', 'json'], { tty: true });
    const pipe = await cli(['validate', FIXTURE, '--format', 'json']);
    expect(tty.stdout.startsWith('{\n  "files": [\n')).toBe(true);
    expect(pipe.stdout.startsWith('{"files":[{')).toBe(true);
    expect(pipe.stdout.split('\n')).toHaveLength(2);
    expect(pipe.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(pipe.stdout)).toEqual(JSON.parse(tty.stdout));
    expect(JSON.parse(pipe.stdout).summary.errors).toBe(2);
  });

  it('never writes the input file', async () => {
    const copy = path.join(dir, 'readonly-check.xlsx');
    copyFileSync(FIXTURE, copy);
    const before = { hash: sha(copy), mtime: statSync(copy).mtimeMs };
    await cli(['validate', copy]);
    await cli(['validate', copy, '--format', 'json']);
    expect({ hash: sha(copy), mtime: statSync(copy).mtimeMs }).toEqual(before);
  });
});

describe('the installed command (bin/budget-check.js)', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'budget-check.js');

  it('starts from V8’s code cache, which V8 takes under the flags the command sets', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', FIXTURE, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, BUDGET_CHECK_SHOW_CODE_CACHE: '1' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('code cache used\n');
  });

  it('runs as a process: JSON on stdout only, exit status 1 for the fixture', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', FIXTURE, '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary.errors).toBe(2);
  });

  it('reads an .xls, and a web page and an XML spreadsheet named .xls, as the .xlsx they were saved from, cfb loaded on first use in the bundle', () => {
    const xls = path.join(dir, '旧版.xls');
    writeFileSync(xls, convertWithLibreOffice(readFileSync(FIXTURE), 'xls'));
    const findings = (file: string) => {
      const r = spawnSync(process.execPath, [bin, 'validate', file, '--format', 'json'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      return JSON.parse(r.stdout).files[0].sheets.flatMap((s: { findings: { cell: string; code: string }[] }) => s.findings.map((f) => `${f.cell} ${f.code}`));
    };
    const fromXls = findings(xls);
    expect(fromXls).toEqual(findings(FIXTURE));
    expect(fromXls).toContain('E28 total-mismatch');
    // And a web page named .xls, by the HTML reader bundled with it.
    const page = path.join(dir, '导出版.xls');
    writeFileSync(page, excelWebPage(readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid));
    expect(findings(page)).toEqual(fromXls);
    // And an XML spreadsheet named .xls.
    const xml = path.join(dir, '模板版.xls');
    writeFileSync(xml, excelXmlSpreadsheet([{ name: '2022年度', grid: readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid }]));
    expect(findings(xml)).toEqual(fromXls);
  });

  it('ends only once its output is out: hundreds of kilobytes into a pipe read late arrive whole, with the exit status', async () => {
    // The process ends itself once stdout is flushed (bin.ts): a reader that starts late must still get every byte.
    const many = path.join(dir, 'many');
    mkdirSync(many, { recursive: true });
    // JSON into a pipe is one line: ~3.3 KB a file, so 150 files make ~490 KB.
    for (let i = 0; i < 150; i++) copyFileSync(FIXTURE, path.join(many, `t${i}.xlsx`));
    const child = spawn(process.execPath, [bin, 'validate', many, '--format', 'json']);
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const status = await closed;
    const out = Buffer.concat(chunks).toString('utf8');
    expect(out.length).toBeGreaterThan(300_000); // several times a pipe's buffer (64 KB)
    expect(status).toBe(1);
    const doc = JSON.parse(out);
    expect(doc.files).toHaveLength(150);
    expect(doc.summary.errors).toBe(300);
  }, 20_000);

  it('refuses a table larger than its heap holds with a too-large answer, where V8 aborted with its native stack (validate, reconcile, compare and template)', () => {
    // The merge-heavy table at twice its size (200,000 cells) needs more than 64 MB of old space:
    // the command that read it regardless ended with V8's out-of-memory abort (exit 134).
    const { specToXlsx } = jest.requireActual<typeof import('../../scripts/bench-xlsx')>('../../scripts/bench-xlsx');
    const { bigDepartmentTable } = jest.requireActual<typeof import('../../scripts/bench-data')>('../../scripts/bench-data');
    const file = path.join(dir, 'heavy-x2.xlsx');
    writeFileSync(file, specToXlsx(bigDepartmentTable(6_000, 84_000, true)));
    const small = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'validate', file, '--format', 'json'], { encoding: 'utf8' });
    expect(small.status).toBe(2);
    expect(JSON.parse(small.stdout).files[0]).toMatchObject({ errorCode: 'too-large', error: expect.stringContaining('单元格数为') });
    expect(small.stderr.trim().split('\n')).toHaveLength(1);
    expect(small.stderr).not.toMatch(/FATAL|\n\s+at |[0-9]+: 0x/);
    // The default heap holds it.
    const usual = spawnSync(process.execPath, [bin, 'validate', file, '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(usual.stdout).files[0].sheets[0].table).toMatchObject({ tasks: 6_000, indicators: 84_000 });
    // compare holds both files' tables: without their sheets, two such files fit where one did.
    const both = spawnSync(process.execPath, ['--max-old-space-size=125', bin, 'compare', file, file], { encoding: 'utf8' });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^budget-check: .*无法对照：[^\n]*\n$/);
    // Reconciling holds a pair's two tables: without their sheets, last year's and this year's such
    // table pair in 175 MB of old space, where they aborted with their grids kept.
    const pairDir = path.join(dir, 'big-pair');
    mkdirSync(pairDir, { recursive: true });
    copyFileSync(file, path.join(pairDir, '2023.xlsx'));
    writeFileSync(path.join(pairDir, '2022.xlsx'), specToXlsx(bigDepartmentTable(6_000, 84_000, true, true, 2022)));
    const paired = spawnSync(process.execPath, ['--max-old-space-size=175', bin, 'validate', pairDir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(paired.status).toBe(0);
    expect(JSON.parse(paired.stdout).summary).toMatchObject({ files: 2, tables: 2, pairs: 1 });
    // In 140 MB each table is read, but the pair is more than the heap compares: said so, not compared.
    const tight = spawnSync(process.execPath, ['--max-old-space-size=140', bin, 'validate', pairDir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(tight.status).toBe(0);
    const tightReport = JSON.parse(tight.stdout);
    expect(tightReport.summary).toMatchObject({ files: 2, tables: 2, pairs: 0 });
    expect(tightReport.reconciliation.tooLarge).toEqual([expect.objectContaining({ relation: 'targets-vs-last-year', rows: 180_018 })]);
    const tightText = spawnSync(process.execPath, ['--max-old-space-size=140', bin, 'validate', pairDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(tightText.stdout).toMatch(/未作对照（两表共 180,018 行，超过本机内存一次可对照的 [\d,]+ 行）：.*2023\.xlsx.* ← .*2022\.xlsx/);
    // compare reads both in 114 MB and pairing their indicators aborted: the pair is listed instead, nothing compared.
    const tightCompare = spawnSync(process.execPath, ['--max-old-space-size=114', bin, 'compare', path.join(pairDir, '2023.xlsx'), path.join(pairDir, '2022.xlsx'), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(tightCompare.stderr).not.toMatch(/FATAL|[0-9]+: 0x/);
    expect(tightCompare.status).toBe(2);
    expect(JSON.parse(tightCompare.stdout).reconciliation.tooLarge).toEqual([expect.objectContaining({ relation: 'targets-vs-last-year', rows: 180_018 })]);
    // A template's source is read by ExcelJS too, ~4 KB a cell: 600 MB of old space aborted on it.
    const out = path.join(dir, 'heavy-x2-template.xlsx');
    const template = spawnSync(process.execPath, ['--max-old-space-size=600', bin, 'template', file, '--year', '2024', '--out', out], { encoding: 'utf8' });
    expect(template.status).toBe(2);
    expect(template.stderr).toMatch(/^budget-check: 文件过大，未读取：单元格数为 [\d,]+，上限为 [\d,]+\n$/);
    expect(existsSync(out)).toBe(false);
  }, 90_000);

  it('exits 2 with one line and no stack for a missing file', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', path.join(dir, 'nope.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('budget-check validate on self-evaluation tables', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'self-evaluation.xlsx');
    writeFileSync(file, await toXlsx([selfEvaluationTable({}), selfEvaluationTable({ layout: 'sichuan', kind: 'department', sheet: '部门自评', totalScore: 95 })]));
  });

  it('reports the computed rate, scores, total and grade in the JSON, per table', async () => {
    const r = await cli(['validate', file, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const [project, department] = doc.files[0].sheets;
    expect(project.table).toMatchObject({ kind: 'project-self-evaluation', fiscalYear: 2022, indicators: 8 });
    expect(project.table.evaluation).toMatchObject({ executionRate: 0.95, budgetScore: 9.5, total: 97.1, grade: '优' });
    expect(project.table.evaluation.indicators.map((i: { score: number }) => i.score)).toEqual([15, 9, 10, 5, 9.6, 15, 14, 10]);
    expect(project.findings).toEqual([]);
    expect(department.table.kind).toBe('department-self-evaluation');
    expect(department.findings.map((f: { code: string; cell: string; expected: number; actual: number }) => [f.code, f.cell, f.expected, f.actual])).toEqual([['score-mismatch', 'J20', 97.1, 95]]);
    expect(r.status).toBe(1);
  });

  it('shows the computed results in the text report', async () => {
    const r = await cli(['validate', file]);
    expect(r.stdout).toContain('计算结果：预算执行率 95% · 总分 97.1 · 评价等级 优');
  });

  it('checks the split chosen with --weights', async () => {
    const r = JSON.parse((await cli(['validate', file, '--format', 'json', '--weights', '20/40/40', '--sheet', '2022年度自评'])).stdout);
    expect(r.files[0].sheets[0].findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`)).toEqual(['weights-sum@F6', 'weights-sum@G12']);
  });
});
