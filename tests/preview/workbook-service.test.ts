/**
 * The preview's workbook service (what its worker runs) applying fixes: patched into the file, read
 * again with the linear reader, and the annotated copy still made by patching; ExcelJS only where
 * the package cannot be patched.
 */
import { readFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Patch } from '../../src/core/compute/patch';
import { Grid } from '../../src/core/grid/grid';
import { reportFile } from '../../src/core/report/report';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { WorkbookService } from '../../src/preview/workbook-service';
import { FIXTURE } from '../support/files';
import { convertWithLibreOffice } from '../support/recalc';
import { readXls } from '../../src/hosts/file/xls-reader';
import { excelWebPage, excelXmlSpreadsheet } from '../support/html-pages';
import { loadWorkbook } from '../../src/hosts/file/workbook';
import { CLEAN_INDICATORS, printedPages, projectTable, toXlsx } from '../support/tables';

const seed = readFileSync(FIXTURE);
const buffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const fixes = reportFile('seed.xlsx', readXlsx(new Uint8Array(seed)).map((s) => s.grid)).sheets.flatMap((s) => s.findings.flatMap((f) => f.fix ?? []));

async function opened(bytes: Uint8Array = new Uint8Array(seed)): Promise<{ service: WorkbookService; sheet: string }> {
  const service = new WorkbookService();
  const { sheets } = await service.handle('open', { bytes: buffer(bytes), fileName: 'seed.xlsx' });
  return { service, sheet: sheets[0].name };
}

test('fixes are patched into the file: the sheet reads the new values, and the annotated copy keeps every untouched part', async () => {
  // A part of the package no spreadsheet model holds (an add-in's custom XML): a rewrite would drop it.
  const files = unzipSync(new Uint8Array(seed));
  files['customXml/item1.xml'] = strToU8('<?xml version="1.0"?><budget xmlns="urn:example:budget">2023</budget>');
  const withCustom = zipSync(files);
  const { service, sheet } = await opened(withCustom);
  expect(fixes.length).toBeGreaterThan(0);
  await service.handle('applyPatches', { patches: fixes });
  const data = new Grid(await service.handle('readSheet', { sheet }));
  for (const f of fixes) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(f.cell)!;
    const cell = data.cell(Number(row) - 1, col.charCodeAt(0) - 65);
    expect({ cell: f.cell, value: cell.value }).toEqual({ cell: f.cell, value: f.value });
  }
  const report = await service.handle('report', { lang: 'zh-CN', profile: undefined, rules: {} });
  expect(report.files[0].sheets[0].findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  // ExcelJS would have written the package anew from its model; a patch leaves every other part as it was.
  const copy = unzipSync(new Uint8Array(await service.handle('annotate', { marks: [] })));
  const original = unzipSync(withCustom);
  const kept = ['customXml/item1.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml'];
  expect(kept.filter((k) => !copy[k] || Buffer.compare(Buffer.from(copy[k]), Buffer.from(original[k])) !== 0)).toEqual([]);
});

test('a fix into a cell a merged area covers is refused, and nothing is written', async () => {
  const { service, sheet } = await opened();
  const before = await service.handle('readSheet', { sheet });
  const merge = before.merges!.find((m) => m.bottom > m.top || m.right > m.left)!;
  const covered = `${String.fromCharCode(65 + merge.right)}${merge.bottom + 1}`;
  await expect(service.handle('applyPatches', { patches: [{ op: 'set-value', sheet, cell: covered, value: 1 }] })).rejects.toMatchObject({ code: 'merged-conflict' });
  expect(await service.handle('readSheet', { sheet })).toEqual(before);
});

test('where the package cannot be patched (a shared formula’s anchor), the fix is still made, through ExcelJS', async () => {
  const files = unzipSync(new Uint8Array(seed));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
  // Z1 (after row 1's cells) anchors a shared formula: replacing it would orphan the cells sharing it, so the package is not patched.
  files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace(/(<row r="1"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="Z1"><f t="shared" ref="Z1:Z2" si="9">1+1</f><v>2</v></c></row>'));
  const { service, sheet } = await opened(zipSync(files));
  const patch: Patch = { op: 'set-value', sheet, cell: 'Z1', value: 7 };
  await service.handle('applyPatches', { patches: [patch] });
  const data = new Grid(await service.handle('readSheet', { sheet }));
  expect(data.cell(0, 25).value).toBe(7);
});

test('the report it downloads reads a table printed a worksheet a page as one table', async () => {
  const indicators = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => (i.name === '人才满意度' ? { ...i, target: '' } : i));
  const { service } = await opened(new Uint8Array(await toXlsx(printedPages(projectTable({ indicators, sheet: '第1页' }), [12]))));
  const report = await service.handle('report', { lang: 'zh-CN', profile: undefined, rules: {} });
  expect(report.files[0].sheets.map((s) => [s.sheet, s.continues ?? s.table?.indicators])).toEqual([
    ['第1页', 14],
    ['第2页', '第1页'],
  ]);
  expect(report.files[0].sheets[1].findings.map((f) => `${f.sheet}!${f.code}@${f.cell}`)).toEqual(['第2页!missing-target@F12']);
  expect(report.summary).toMatchObject({ tables: 1, errors: 1 });
});

test('what it reads and reports of hidden sheets and lines is what the command line reports', async () => {
  // The second page hidden (no page then), and the row of the first page's first finding hidden.
  const files = unzipSync(new Uint8Array(await toXlsx(printedPages(projectTable({ sheet: '第1页' }), [12]))));
  files['xl/workbook.xml'] = strToU8(strFromU8(files['xl/workbook.xml']).replace(/(<sheet [^>]*name="第2页")/, '$1 state="hidden"'));
  const row = Number(/\d+$/.exec(reportFile('x.xlsx', readXlsx(zipSync(files)).map((s) => s.grid)).sheets[0].findings[0].cell)![0]);
  files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']).replace(`<row r="${row}"`, `<row r="${row}" hidden="1"`));
  const bytes = zipSync(files);
  const { service } = await opened(bytes);
  const cli = reportFile('seed.xlsx', readXlsx(bytes).map((s) => s.grid));
  const report = await service.handle('report', { lang: 'zh-CN', profile: undefined, rules: {} });
  expect(report.files[0].sheets).toEqual(cli.sheets);
  expect(report.files[0].sheets.map((s) => [s.sheet, s.hidden, s.continues, s.findings[0]?.hidden])).toEqual([
    ['第1页', undefined, undefined, 'row'],
    ['第2页', 'hidden', undefined, undefined],
  ]);
  // The grids handed to the page (the pane's reading) keep both.
  const [first, second] = (await service.handle('readWorkbook', {})).map((g) => new Grid(g));
  expect([first.state, first.hiddenAt(row - 1, 0), second.state]).toEqual([undefined, 'row', 'hidden']);
  expect(new Grid(await service.handle('readSheet', { sheet: '第2页' })).state).toBe('hidden');
});

test.each([
  ['a web page', () => excelWebPage(readXlsx(new Uint8Array(seed))[0].grid, { name: '绩效目标表' })],
  ['an Excel 2003 XML spreadsheet', () => excelXmlSpreadsheet([{ name: '绩效目标表', grid: readXlsx(new Uint8Array(seed))[0].grid }])],
])('%s saved as .xls is read and checked as its .xlsx, and marked in a workbook made from its sheet', async (_name, make) => {
  const page = make();
  const service = new WorkbookService();
  const { sheets } = await service.handle('open', { bytes: buffer(page), fileName: '导出.xls' });
  expect(sheets.map((s) => s.name)).toEqual(['绩效目标表']);
  const report = (await service.handle('report', { lang: 'zh-CN', profile: undefined, rules: {} })).files[0].sheets.flatMap((s) => s.findings.map((f) => `${f.cell} ${f.code}`));
  expect(report).toEqual(reportFile('seed.xlsx', readXlsx(new Uint8Array(seed)).map((s) => s.grid)).sheets.flatMap((s) => s.findings.map((f) => `${f.cell} ${f.code}`)));
  expect(report).toContain('E28 total-mismatch');
  const copy = new Uint8Array(await service.handle('annotate', { marks: [{ code: 'total-mismatch', severity: 'error', sheet: '绩效目标表', cell: 'E28', message: '金额合计不符' }] }));
  const marked = await loadWorkbook(copy);
  expect(marked.getWorksheet('绩效目标表')!.getCell('E28').note).toContain('金额合计不符');
  expect(marked.getWorksheet('绩效目标表')!.getCell('A1').isMerged).toBe(true);
});

test('an .xls is read, checked, fixed and marked in a workbook made from its sheets: the copies are .xlsx, the file untouched', async () => {
  const xls = new Uint8Array(convertWithLibreOffice(new Uint8Array(seed), 'xls'));
  const before = xls.slice();
  const service = new WorkbookService();
  const { sheets } = await service.handle('open', { bytes: buffer(xls), fileName: '旧.xls' });
  const sheet = sheets[0].name;
  const report = async () => (await service.handle('report', { lang: 'zh-CN', profile: undefined, rules: {} })).files[0].sheets.flatMap((s) => s.findings.map((f) => `${f.cell} ${f.code}`));
  const first = await report();
  expect(first).toContain('E28 total-mismatch');
  // The grids of the workbook made for writing read as the file's: the same findings.
  await service.handle('previewPatches', { patches: [] });
  const fix = reportFile('旧.xls', readXls(xls).map((s) => s.grid)).sheets.flatMap((s) => s.findings.filter((f) => f.cell === 'E28').flatMap((f) => f.fix ?? []));
  expect(fix.length).toBe(1);
  await service.handle('applyPatches', { patches: fix });
  expect(new Grid(await service.handle('readSheet', { sheet })).cell(27, 4).value).toBe(fix[0].value);
  expect(await report()).toEqual(first.filter((f) => f !== 'E28 total-mismatch'));
  const copy = new Uint8Array(await service.handle('annotate', { marks: [{ code: 'vague-target', severity: 'warning', sheet, cell: 'G67', message: '目标值“有效”含模糊表述' }] }));
  const marked = await loadWorkbook(copy);
  expect(marked.getWorksheet(sheet)!.getCell('G67').note).toContain('目标值“有效”含模糊表述');
  expect(marked.getWorksheet(sheet)!.getCell('E28').value).toMatchObject({ formula: 'SUM(E7:E27)' });
  expect(marked.getWorksheet(sheet)!.getCell('A1').isMerged).toBe(true);
  expect(xls).toEqual(before);
});
