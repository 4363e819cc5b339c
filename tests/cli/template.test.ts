import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { loadWorkbook, worksheetToGrid } from '../../src/hosts/file/workbook';
import { validateGrid } from '../../src/core/validate';
import { cli } from '../support/cli';
import { FIXTURE, protectionOf } from '../support/files';
import { CHANGES_LISTED } from '../../src/cli/template-command';
import { LABEL, workbookStream, XF, xlsFile } from '../support/biff';
import { excelWebPage, excelXmlSpreadsheet } from '../support/html-pages';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { convertWithLibreOffice } from '../support/recalc';
import { CLEAN_INDICATORS, departmentTable, indicatorHeaderRow, printedOnOneSheet, printedPages, projectTable, toWorkbook, toXlsx } from '../support/tables';
import { recognizeSheet } from '../../src/core/recognize/recognize';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-template-'));
});

async function sheetOf(file: string) {
  return (await loadWorkbook(readFileSync(file))).worksheets[0];
}

/** Every cell of a written sheet, row and column with its value, in order. */
function cells(ws: Awaited<ReturnType<typeof sheetOf>>): string[] {
  const out: string[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => out.push(`${r},${c} ${JSON.stringify(cell.value)}`)));
  return out;
}

/** A written sheet's merged areas, sorted. */
function mergedAreas(ws: Awaited<ReturnType<typeof sheetOf>>): string[] {
  return Object.values((ws as unknown as { _merges: object })._merges).map(String).sort();
}

describe('budget-check template', () => {
  it('writes next year’s table and lists every text change and older year', async () => {
    const out = path.join(dir, 'next.xlsx');
    const r = await cli(['template', FIXTURE, '--year', '2023', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      `已写入 ${out}，工作表“2023年度”`,
      '  工作表已保护（无密码），只有填写的单元格未锁定；另附工作表“填报说明”',
      '  A2  年份已更新：“（2022 年度）” → “（2023 年度）”',
      '  D47  年份已更新：“2022 年福田区招商引资项目尽职调查服务次数” → “2023 年福田区招商引资项目尽职调查服务次数”',
      expect.stringMatching(/^ {2}B22 {2}保留未改，请确认：出现 2019 年 —— <p>通过课题研究/),
      '',
    ]);
    const ws = await sheetOf(out);
    expect(ws.getCell('E28').formula).toBe('SUM(E7:E27)');
    expect(ws.getCell('F7').value).toBeNull();
  });

  it('takes -o for --out, as most commands that write a file do', async () => {
    const out = path.join(dir, 'short.xlsx');
    const r = await cli(['template', FIXTURE, '--year', '2023', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`已写入 ${out}，工作表“2023年度”`);
    expect((await sheetOf(out)).getCell('A2').value).toBe('（2023 年度）');
  });

  it('keeps amounts and targets when asked', async () => {
    const out = path.join(dir, 'kept.xlsx');
    expect((await cli(['template', FIXTURE, '--year', '2023', '--out', out, '--keep-amounts', '--keep-targets'])).status).toBe(0);
    const ws = await sheetOf(out);
    expect(ws.getCell('F7').value).toBe(350);
    expect(ws.getCell('G32').value).toBe('8家');
  });

  it('refuses to overwrite a file unless --force', async () => {
    const out = path.join(dir, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await cli(['template', '--kind', 'department-targets', '--year', '2024', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('已存在');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await cli(['template', '--kind', 'department-targets', '--year', '2024', '--out', out, '--force'])).status).toBe(0);
  });

  it('writes blank templates of each family that validate with only what is unfilled', async () => {
    for (const kind of ['department-targets', 'project-targets']) {
      const out = path.join(dir, `${kind}.xlsx`);
      const r = await cli(['template', '--kind', kind, '--year', '2024', '--out', out, '--tasks', '5', '--profile', 'cb2021', '--lang', 'en-US']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('wrote');
      const [result] = validateGrid(worksheetToGrid(await sheetOf(out)), { profile: 'cb2021' });
      expect(result.table.kind).toBe(kind);
      expect(new Set(result.findings.map((f) => f.code))).toEqual(new Set(['missing-target', 'missing-goal']));
    }
  });

  it.each([
    [['template', '--year', '2024', '--out', 'x.xlsx'], '请给出源工作簿'],
    [['template', FIXTURE, '--kind', 'project-targets', '--year', '2024', '--out', 'x.xlsx'], '二者选一'],
    [['template', path.join('no', 'such.xlsx'), '--year', '2024', '--out', 'x.xlsx'], '找不到'],
  ])('explains a bad request %# and exits 2', async (args, message) => {
    const r = await cli(args.map((a) => (a === 'x.xlsx' ? path.join(dir, 'never.xlsx') : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
  });

  test.each([
    ['an .xls source (its column widths kept, the form’s looks its own)', '旧.xls', () => convertWithLibreOffice(readFileSync(FIXTURE), 'xls'), true],
    ['a web page saved as .xls (a system’s 导出 Excel)', '导出.xls', () => excelWebPage(readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid, { name: '2022年度' }), false],
    ['an Excel 2003 XML spreadsheet saved as .xls', '模板导出.xls', () => excelXmlSpreadsheet([{ name: '2022年度', grid: readXlsx(new Uint8Array(readFileSync(FIXTURE)))[0].grid }]), false],
  ])('writes next year’s table from %s as from its .xlsx', async (_name, file, make, widths) => {
    const source = path.join(dir, file);
    writeFileSync(source, make());
    const [fromSource, fromXlsx] = [path.join(dir, `from-${file}x`), path.join(dir, `from-xlsx-for-${file}x`)];
    const a = await cli(['template', source, '--year', '2023', '--out', fromSource]);
    const b = await cli(['template', FIXTURE, '--year', '2023', '--out', fromXlsx]);
    expect(a.status).toBe(0);
    expect(a.stdout.replace(fromSource, 'OUT')).toBe(b.stdout.replace(fromXlsx, 'OUT'));
    const [x, y] = [await sheetOf(fromSource), await sheetOf(fromXlsx)];
    expect(cells(x)).toEqual(cells(y));
    expect(mergedAreas(x)).toEqual(mergedAreas(y));
    expect(x.getCell('E28').formula).toBe('SUM(E7:E27)');
    expect(protectionOf(x)).toEqual(protectionOf(y));
    if (widths) expect(x.getColumn(4).width).toBeCloseTo(y.getColumn(4).width ?? 0, 0);
  });

  it('says why an Excel 95 .xls cannot be a source, and writes nothing', async () => {
    const old = path.join(dir, 'excel95.xls');
    writeFileSync(old, xlsFile(workbookStream([XF(0)], [{ name: '表', records: [LABEL(0, 0, '项目名称')] }], 0x0500), 'Book'));
    const out = path.join(dir, 'from-95.xlsx');
    const r = await cli(['template', old, '--year', '2024', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Excel 5.0/95');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when the source holds no table', async () => {
    const cover = path.join(dir, 'cover.xlsx');
    writeFileSync(cover, await toXlsx([{ name: '封面', rows: [['封面']], merges: [] }]));
    const r = await cli(['template', cover, '--year', '2024', '--out', path.join(dir, 'none.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('没有识别到绩效目标表');
  });

  it('exits 2 when the source holds only a table’s tail, and says a template needs the whole table', async () => {
    const tail = path.join(dir, 'tail.xlsx');
    const rows = [
      [null, '可持续影响指标', '重点(大)项目管理制度健全性', '良', '良'],
      ['满意度指标', '服务对象满意度指标', '项目业主满意度', '≥90%', '95%'],
    ];
    writeFileSync(tail, await toXlsx([{ name: '第17页', rows, merges: [] }]));
    const r = await cli(['template', tail, '--year', '2024', '--out', path.join(dir, 'from-tail.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('只有表格的后半部分');
    expect(existsSync(path.join(dir, 'from-tail.xlsx'))).toBe(false);
    // Validated, the same sheet is read: its rows are checked.
    const v = await cli(['validate', tail, '--format', 'json']);
    expect(JSON.parse(v.stdout).files[0].sheets[0].table).toMatchObject({ kind: 'project-self-evaluation', indicators: 2, fragment: true });
    expect((await cli(['validate', tail])).stdout).toContain('表格从指标行中间开始（标题和表头不在此表）');
  });

  it('makes one sheet of a table printed a worksheet a page, each row looking as on its own page', async () => {
    // The project table cut after its 13th row (between two 二级 areas), as a PDF's converter writes each
    // page to a worksheet; the 一级 and 绩效指标 areas split over both pages.
    const whole = projectTable({ sheet: '第1页' });
    const book = toWorkbook(printedPages(whole, [13]));
    // A look and a height of the second page's own: its third row is the table's 16th.
    const page2 = book.getWorksheet('第2页')!;
    page2.getCell('G3').font = { italic: true };
    page2.getRow(3).height = 42;
    const pages = path.join(dir, 'pages.xlsx');
    writeFileSync(pages, Buffer.from(await book.xlsx.writeBuffer()));
    const one = path.join(dir, 'one-sheet.xlsx');
    writeFileSync(one, await toXlsx([whole]));

    const fromPages = path.join(dir, 'from-pages.xlsx');
    const fromOne = path.join(dir, 'from-one-sheet.xlsx');
    expect((await cli(['template', pages, '--year', '2024', '--out', fromPages])).status).toBe(0);
    expect((await cli(['template', one, '--year', '2024', '--out', fromOne])).status).toBe(0);
    // The same template as from the table on one sheet: every cell's value, formula and merged area.
    const [a, b] = [await sheetOf(fromPages), await sheetOf(fromOne)];
    expect(cells(a).length).toBeGreaterThan(100);
    expect(mergedAreas(a)).toEqual(mergedAreas(b));
    expect(cells(a)).toEqual(cells(b));
    const table = recognizeSheet(worksheetToGrid(a))[0];
    expect(table.indicators?.indicators.map((i) => i.name.text)).toEqual(CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => i.name));
    // Row 16 is the second page's third: its look and height; the first page's rows keep theirs.
    expect(a.getCell('G16').font?.italic).toBe(true);
    expect(a.getRow(16).height).toBe(42);
    expect(a.getCell('G15').font?.italic).toBeFalsy();
    expect(a.getCell('G3').font?.italic).toBeFalsy();
    expect(a.getRow(3).height).not.toBe(42);

    // A bureau's batch makes one template of it too, not one of its first page and a tail.
    const folder = path.join(dir, 'pages-batch');
    mkdirSync(folder, { recursive: true });
    copyFileSync(pages, path.join(folder, 'pages.xlsx'));
    const outDir = path.join(dir, 'pages-templates');
    const r = await cli(['template', folder, '--year', '2024', '--out', outDir]);
    expect(r.status).toBe(0);
    expect(readdirSync(outDir)).toEqual(['企业服务综合信息平台运维项目-2024.xlsx']);
    expect(cells(await sheetOf(path.join(outDir, readdirSync(outDir)[0])))).toEqual(cells(b));
  });

  it('holds the indicator header once where every page prints it again (print titles)', async () => {
    const whole = projectTable({ sheet: '第1页' });
    const header = indicatorHeaderRow(whole);
    const pages = path.join(dir, 'pages-titled.xlsx');
    writeFileSync(pages, await toXlsx(printedPages(whole, [13], [header, header])));
    const one = path.join(dir, 'one-sheet-titled.xlsx');
    writeFileSync(one, await toXlsx([whole]));
    const [fromPages, fromOne] = [path.join(dir, 'from-pages-titled.xlsx'), path.join(dir, 'from-one-titled.xlsx')];
    expect((await cli(['template', pages, '--year', '2024', '--out', fromPages])).status).toBe(0);
    expect((await cli(['template', one, '--year', '2024', '--out', fromOne])).status).toBe(0);
    const [a, b] = [await sheetOf(fromPages), await sheetOf(fromOne)];
    // The same rows as the table on one sheet: no header in the middle of the list, the 一级 and 绩效指标
    // areas the break split merged whole (B11:B17, A10:A24), not split around a header.
    expect(cells(a)).toEqual(cells(b));
    expect(mergedAreas(a)).toEqual(mergedAreas(b));
    expect(mergedAreas(a)).toEqual(expect.arrayContaining(['A10:A24', 'B11:B17']));
    expect(cells(a).filter((t) => t.endsWith('"一级指标"'))).toHaveLength(1);

    // Converted to one sheet instead, a page's number between the pages: the same template again.
    const oneSheet = path.join(dir, 'one-sheet-titled-pages.xlsx');
    writeFileSync(oneSheet, await toXlsx([{ ...printedOnOneSheet(whole, 13, [header, header], [['第 1 页，共 2 页']]), name: '表' }]));
    const fromOneSheet = path.join(dir, 'from-one-sheet-titled-pages.xlsx');
    expect((await cli(['template', oneSheet, '--year', '2024', '--out', fromOneSheet])).status).toBe(0);
    const c = await sheetOf(fromOneSheet);
    expect(cells(c)).toEqual(cells(b));
    expect(mergedAreas(c)).toEqual(mergedAreas(b));
  });

  it('lists the first moved years and counts the rest; every older year is listed', async () => {
    // 30 indicators named for 2023 (moved) and 3 naming 2019 (left for a person to check).
    const indicators = Array.from({ length: 33 }, (_, i) => ({ ...CLEAN_INDICATORS[i % CLEAN_INDICATORS.length], name: i < 30 ? `2023年第${i + 1}项工作` : `2019年第${i + 1}项工作` }));
    const source = path.join(dir, 'dated.xlsx');
    writeFileSync(source, await toXlsx([departmentTable({ indicators })]));
    const out = path.join(dir, 'dated-next.xlsx');
    const r = await cli(['template', source, '--year', '2024', '--out', out]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const moved = lines.filter((l) => /^ {2}[A-Z]+\d+ {2}年份已更新/.test(l));
    // The title, two dated targets and 30 names move: 33 in all, 20 of them listed.
    expect(moved).toHaveLength(CHANGES_LISTED);
    expect(moved[0]).toBe('  A2  年份已更新：“（2023 年度）” → “（2024 年度）”');
    expect(lines).toContain('  另有 13 处年份已更新（共 33 处）');
    expect(lines.filter((l) => l.includes('保留未改')).map((l) => l.trim().split(' ')[0])).toEqual(['D45', 'D46', 'D47']);
    expect((await sheetOf(out)).getCell('D44').value).toBe('2024年第30项工作');
  });

  it('lists no change when the year asked for is the source’s own, and asks about it', async () => {
    const out = path.join(dir, 'same-year.xlsx');
    const r = await cli(['template', FIXTURE, '--year', '2022', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('年份已更新');
    expect(r.stdout).toContain('B22  保留未改');
    expect(r.stdout.split('\n')[2]).toBe('  请确认：源表为 2022 年度，模板年度 2022 并不在其后（--year）');
    const earlier = await cli(['template', FIXTURE, '--year', '2021', '--out', path.join(dir, 'earlier.xlsx'), '--lang', 'en-US']);
    expect(earlier.stdout).toContain('please check: the source is for 2022, and the template’s year 2021 does not come after it (--year)');
    const next = await cli(['template', FIXTURE, '--year', '2023', '--out', path.join(dir, 'after.xlsx')]);
    expect(next.stdout).not.toContain('请确认：源表');
  });

  it('rejects a year that is not a year', async () => {
    expect((await cli(['template', '--kind', 'project-targets', '--year', '24', '--out', path.join(dir, 'y.xlsx')])).status).toBe(2);
  });
});

describe('budget-check template FOLDER --out DIR (a bureau’s batch)', () => {
  let input: string;
  let before: Map<string, string>;

  /** Every file below a folder with its bytes, to prove the input folder is never written. */
  function snapshot(folder: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else out.set(path.relative(folder, p), `${statSync(p).mtimeMs}:${readFileSync(p).toString('base64')}`);
      }
    };
    walk(folder);
    return out;
  }

  beforeAll(async () => {
    input = path.join(dir, 'submissions');
    mkdirSync(path.join(input, 'projects'), { recursive: true });
    copyFileSync(FIXTURE, path.join(input, 'futian.xlsx'));
    // A project table, and in a second sheet a department that shares the seed's name.
    writeFileSync(path.join(input, 'projects', 'two.xlsx'), await toXlsx([projectTable({ sheet: '项目', year: 2023 }), departmentTable({ sheet: '部门', year: 2023 })]));
    writeFileSync(path.join(input, 'cover.xlsx'), await toXlsx([{ name: '封面', rows: [['封面']], merges: [] }]));
    writeFileSync(path.join(input, 'broken.xlsx'), 'not a workbook');
    before = snapshot(input);
  });

  it('writes one template per recognised table, named after its department or project, with a summary', async () => {
    const out = path.join(dir, 'templates-2024');
    const r = await cli(['template', input, '--year', '2024', '--out', out]);
    expect(readdirSync(out).sort()).toEqual([
      '企业服务综合信息平台运维项目-2024.xlsx',
      '深圳市福田区投资推广和企业服务中心-2024 (2).xlsx',
      '深圳市福田区投资推广和企业服务中心-2024.xlsx',
    ]);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`已写入 ${path.join(out, '深圳市福田区投资推广和企业服务中心-2024.xlsx')}（来自 ${path.join(input, 'futian.xlsx')}，工作表“2022年度”）`);
    expect(lines).toContain('  沿用 21 项任务、52 个指标；金额已清空；目标值已清空');
    // What needs a person: the seed's 2019 report, as the single-file command says it.
    expect(lines.some((l) => /^ {2}B22 {2}保留未改，请确认：出现 2019 年/.test(l))).toBe(true);
    expect(lines).toContain(`${path.join(input, 'cover.xlsx')}：没有识别到绩效目标表，未生成模板`);
    expect(lines.some((l) => l.startsWith(`${path.join(input, 'broken.xlsx')}：`))).toBe(true);
    expect(lines).toContain('汇总：4 个文件，写入 3 个模板；0 个已存在未覆盖，1 个无法读取或写入，1 个文件没有识别到表；1 处需人工确认');
    // A file could not be read: the batch says so in its status, after writing the rest.
    expect(r.status).toBe(2);

    const ws = (await loadWorkbook(readFileSync(path.join(out, '企业服务综合信息平台运维项目-2024.xlsx')))).worksheets[0];
    const [result] = validateGrid(worksheetToGrid(ws));
    expect(result.table.kind).toBe('project-targets');
    expect(result.table.fiscalYear).toBe(2024);
    expect(protectionOf(ws)).toMatchObject({ sheet: true });
    expect(snapshot(input)).toEqual(before);
  });

  it('never overwrites a template without --force, and exits 0 when every table got one', async () => {
    const clean = path.join(dir, 'clean-input');
    mkdirSync(clean);
    copyFileSync(FIXTURE, path.join(clean, 'futian.xlsx'));
    const out = path.join(dir, 'clean-out');
    expect((await cli(['template', clean, '--year', '2024', '--out', out])).status).toBe(0);
    const file = path.join(out, '深圳市福田区投资推广和企业服务中心-2024.xlsx');
    writeFileSync(file, 'edited by the bureau');
    const again = await cli(['template', clean, '--year', '2024', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stdout).toContain(`${file} 已存在，未覆盖；如要覆盖，请加 --force`);
    expect(readFileSync(file, 'utf8')).toBe('edited by the bureau');
    expect((await cli(['template', clean, '--year', '2024', '--out', out, '--force'])).status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an output folder inside the input folder, or a file, and writes nothing', async () => {
    const inside = await cli(['template', input, '--year', '2024', '--out', path.join(input, 'out')]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain('在源文件夹');
    expect(existsSync(path.join(input, 'out'))).toBe(false);
    const aFile = path.join(dir, 'a-file.xlsx');
    writeFileSync(aFile, 'x');
    const notFolder = await cli(['template', input, '--year', '2024', '--out', aFile]);
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toContain('不是文件夹');
    expect(snapshot(input)).toEqual(before);
  });
});

describe('budget-check template: protection', () => {
  it('protects by default, with --password, or not at all with --no-protect', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    const withPassword = path.join(dir, 'password.xlsx');
    const open = path.join(dir, 'open.xlsx');
    expect((await cli(['template', FIXTURE, '--year', '2023', '--out', plain])).status).toBe(0);
    expect((await cli(['template', FIXTURE, '--year', '2023', '--out', withPassword, '--password', 'caizheng'])).stdout).toContain('工作表已用密码保护');
    expect((await cli(['template', FIXTURE, '--year', '2023', '--out', open, '--no-protect'])).stdout).toContain('工作表未保护');
    expect(protectionOf(await sheetOf(plain))).toMatchObject({ sheet: true });
    expect(protectionOf(await sheetOf(plain))?.hashValue).toBeUndefined();
    expect(protectionOf(await sheetOf(withPassword))?.hashValue).toEqual(expect.any(String));
    expect(protectionOf(await sheetOf(open))).toBeNull();
    const both = await cli(['template', FIXTURE, '--year', '2023', '--out', path.join(dir, 'both.xlsx'), '--password', 'x', '--no-protect']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('不能同时使用');
  });
});

describe('budget-check template: the source read by the linear reader, its looks by ExcelJS without merges', () => {
  const mergesOf = (ws: { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> }): string[] =>
    Object.values(ws._merges ?? {})
      .map((m) => `${m.model.top},${m.model.left}:${m.model.bottom},${m.model.right}`)
      .sort();

  it('keeps the source table’s merged areas and its cells’ looks', async () => {
    const out = path.join(dir, 'merges.xlsx');
    expect((await cli(['template', FIXTURE, '--year', '2023', '--out', out])).status).toBe(0);
    const source = (await loadWorkbook(readFileSync(FIXTURE))).worksheets[0];
    const written = await sheetOf(out);
    // Every merged area of the source's table is written, and nothing else is merged.
    const sourceMerges = mergesOf(source as never);
    expect(sourceMerges.length).toBeGreaterThan(20);
    expect(mergesOf(written as never)).toEqual(sourceMerges);
    // Looks come from the source cells (styleFrom), read from the copy without merges.
    expect(source.getCell('E7').numFmt).toBe('#,##0.00');
    expect(written.getCell('E7').numFmt).toBe('#,##0.00');
    expect(written.getCell('A5').font?.bold).toBe(true);
    expect(written.getCell('G32').font).toMatchObject({ name: 'Calibri', size: 11 });
  });

  it('merged areas that overlap are refused with one line, never written', async () => {
    const { writeSheet } = await import('../../src/hosts/file/template-writer');
    const ExcelJS = (await import('exceljs')).default;
    const spec = { name: '表', cells: [{ address: 'A1', value: 'x' }], merges: ['A1:B2', 'B2:C3'], lists: [] };
    expect(() => writeSheet(new ExcelJS.Workbook(), spec as never)).toThrow('merged area B2:C3 overlaps another');
  });

  it('a zip bomb as the source is refused by the reader’s limits before ExcelJS reads it', async () => {
    const book = new Uint8Array(readFileSync(FIXTURE));
    const view = new DataView(book.buffer, book.byteOffset, book.byteLength);
    for (let p = book.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) !== 0x06054b50) continue;
      let at = view.getUint32(p + 16, true);
      for (let i = 0; i < view.getUint16(p + 10, true); i++) {
        view.setUint32(at + 24, 0x7fffffff, true); // 2 GB declared for every part
        at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
      break;
    }
    const bomb = path.join(dir, 'bomb.xlsx');
    writeFileSync(bomb, book);
    const r = await cli(['template', bomb, '--year', '2023', '--out', path.join(dir, 'bomb-out.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^budget-check: 文件过大/);
    expect(existsSync(path.join(dir, 'bomb-out.xlsx'))).toBe(false);
  });
});
