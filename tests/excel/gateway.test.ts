import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { parseA1, rangeToA1 } from '../../src/core/grid/address';
import { reportSheet, tablesOnGrids } from '../../src/core/report/report';
import { Grid } from '../../src/core/grid/grid';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { blankTemplate } from '../../src/core/template/blank';
import { nextYearTemplate } from '../../src/core/template/next-year';
import { validateGrid } from '../../src/core/validate';
import { ExcelHost, OfficeApis } from '../../src/hosts/excel/excel-host';
import { markFormula } from '../../src/hosts/excel/marks';
import { NOTE_TAG } from '../../src/hosts/marks';
import { planReadChunks } from '../../src/hosts/excel/plan';
import { worksheetToGrid } from '../../src/hosts/file/workbook';
import { HostError } from '../../src/hosts/workbook-host';
import { fakeOffice, FakeWorkbook } from '../support/fake-excel';
import { FIXTURE } from '../support/files';
import { departmentTable, indicatorHeaderRow, printedOnOneSheet, printedPages, projectTable, toWorkbook, withCell } from '../support/tables';
import { templateSource } from '../../src/core/template/source';
import { selfEvaluationTable } from '../support/self-evaluation';

/** Non-empty cells and merges, in a form two grids can be compared by. */
function snapshot(grid: Grid): unknown {
  const cells: unknown[] = [];
  grid.forEachCell((r, c, cell) => cells.push([grid.address(r, c), cell.value, cell.formula ?? null, cell.format ?? null]));
  return { name: grid.name, cells, merges: [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
}

async function fixtureBook(): Promise<{ workbook: ExcelJS.Workbook; book: FakeWorkbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  return { workbook, book: FakeWorkbook.fromExcelJs(workbook) };
}

function hostFor(book: FakeWorkbook, maxVersion = '1.18'): ExcelHost {
  return new ExcelHost(fakeOffice(book, maxVersion) as unknown as OfficeApis);
}

/** Makes the second cell write of the next batches fail, as Excel does when a person starts editing a cell. */
function failSecondWrite(book: FakeWorkbook): { count: number } {
  const writes = { count: 0 };
  const original = book.failures;
  book.failures = new Proxy(original, {
    get(target, prop) {
      if (prop === 'shift') return () => (++writes.count === 2 ? { onWrite: { code: 'InvalidOperationInCellEditMode', message: 'cell edit' } } : undefined);
      return Reflect.get(target, prop);
    },
  });
  return writes;
}

/** The pane's "Validate sheet": read, check, mark. */
async function validateActive(host: ExcelHost): Promise<ReturnType<typeof validateGrid>> {
  const grid = await host.readSheet();
  const results = validateGrid(grid);
  await host.showFindings([{ sheet: grid.name, findings: results.flatMap((r) => r.findings) }]);
  return results;
}

describe('Excel gateway: reading', () => {
  it('reads the seed sheet, merged 一级/二级 included, into the same grid as the file host', async () => {
    const { workbook, book } = await fixtureBook();
    const grid = await hostFor(book).readSheet();
    expect(snapshot(grid)).toEqual(snapshot(worksheetToGrid(workbook.worksheets[0])));
    expect(grid.merges.length).toBeGreaterThan(90);
    expect(grid.text(40, 1)).toBe('产出'); // B41 lies in the merged B31:B66
  });

  it('reads a shifted table (used range not at A1) at its real addresses', async () => {
    const workbook = toWorkbook([departmentTable({ origin: { row: 3, col: 2 } })]);
    const book = FakeWorkbook.fromExcelJs(workbook);
    const grid = await hostFor(book).readSheet();
    expect(snapshot(grid)).toEqual(snapshot(worksheetToGrid(workbook.worksheets[0])));
    expect(validateGrid(grid)[0].table.tasks?.totalRow?.total?.cell).toBe('G15');
  });

  it('without merged areas (ExcelApi < 1.13) still finds the same problems', async () => {
    const { book } = await fixtureBook();
    const grid = await hostFor(book, '1.6').readSheet();
    expect(grid.merges).toEqual([]);
    const codes = (g: Grid) => validateGrid(g)[0].findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes(grid)).toEqual(codes(await hostFor((await fixtureBook()).book).readSheet()));
  });

  it('reads the rows and columns the sheet hides, as the file reader does, with no extra sync; a finding there says so', async () => {
    // A target left blank (H16) in a row hidden.
    const workbook = toWorkbook([withCell(departmentTable({ year: 2022, origin: { row: 1, col: 1 } }), 'H16', undefined)]);
    const ws = workbook.worksheets[0];
    ws.getRow(16).hidden = true;
    ws.getRow(17).hidden = true;
    ws.getColumn(3).hidden = true;
    const book = FakeWorkbook.fromExcelJs(workbook);
    const grid = await hostFor(book).readSheet();
    expect(grid.hidden).toEqual(worksheetToGrid(ws).hidden);
    expect(grid.hidden).toEqual({ rows: [15, 16], columns: [[2, 2]] });
    expect(book.syncs).toBe(2);
    const [sheet] = reportSheet(grid);
    expect(sheet.findings.filter((f) => f.hidden).map((f) => [f.cell, f.code, f.hidden])).toEqual([['H16', 'missing-target', 'row']]);
    expect(sheet.findings.every((f) => f.hidden === grid.hiddenAt(parseA1(f.cell).row, parseA1(f.cell).col))).toBe(true);
    // Nothing hidden: nothing asked, nothing said.
    const plain = FakeWorkbook.fromExcelJs(toWorkbook([departmentTable()]));
    expect((await hostFor(plain).readSheet()).hidden).toBeNull();
  });

  it('reads every sheet of a workbook in two syncs plus one per row chunk', async () => {
    const workbook = toWorkbook([departmentTable({ sheet: '2023年度' }), { name: '封面', rows: [['封面']], merges: [] }, departmentTable({ sheet: '2024年度', year: 2024 })]);
    const book = FakeWorkbook.fromExcelJs(workbook);
    const grids = await hostFor(book).readWorkbook();
    expect(grids.map((g) => g.name)).toEqual(['2023年度', '封面', '2024年度']);
    expect(book.syncs).toBe(3);
  });
});

describe('Excel gateway: round trips', () => {
  it('validates the seed table in at most 4 syncs, marks included', async () => {
    const { book } = await fixtureBook();
    const results = await validateActive(hostFor(book));
    expect(results[0].findings.length).toBe(12);
    expect(book.syncs).toBeLessThanOrEqual(4);
  });

  it('reads a 50,000-row sheet in one sync per planned chunk, and marks 20,000 findings in requests under the payload limit', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('大表');
    const rows = 50_000;
    for (let r = 1; r <= rows; r++) {
      sheet.set(`A${r}`, `任务${r}`);
      sheet.set(`B${r}`, r * 1.5, { numberFormat: '#,##0.00' });
      sheet.set(`C${r}`, '有效');
    }
    const host = hostFor(book);
    const grid = await host.readSheet();
    expect(grid.rowCount).toBe(rows);
    expect(grid.cell(rows - 1, 1).value).toBe(rows * 1.5);
    const chunks = planReadChunks(rows, 3).length;
    expect(chunks).toBeGreaterThan(1);
    expect(book.syncs).toBe(1 + chunks);

    book.syncs = 0;
    const findings = Array.from({ length: 20_000 }, (_, i) => ({
      code: 'vague-target',
      severity: 'warning' as const,
      sheet: '大表',
      cell: `C${i * 2 + 1}`,
      message: '模糊',
    }));
    // The fake refuses any request over 5 MB, as Excel on the web does: 20,000 notes need several.
    await host.showFindings([{ sheet: '大表', findings }]);
    expect(book.syncs).toBeGreaterThan(2);
    expect(sheet.notes.size).toBe(20_000);
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula === markFormula('warning'));
    // Every list stays under the RangeAreas address limit, and together they cover every cell.
    expect(ours.every((cf) => cf.ranges.length <= 2000)).toBe(true);
    expect(ours.flatMap((cf) => cf.ranges.split(','))).toHaveLength(20_000);
  });
});

describe('Excel gateway: marks', () => {
  it('marks by severity with tagged conditional formats and notes, and clearing restores every property', async () => {
    const { book } = await fixtureBook();
    const sheet = book.sheet('2022年度');
    // The person's own conditional format and note, which marks must leave alone.
    sheet.conditionalFormats.push({ id: 999, type: 'CellValue', ranges: 'E7:E27', priority: 1 });
    sheet.notes.set('E28', '请核对合计');
    const before = structuredClone(sheet.snapshot());

    const host = hostFor(book);
    await validateActive(host);
    const ours = sheet.conditionalFormats.filter((cf) => (cf.formula ?? '').includes('budget-check'));
    expect(ours.map((cf) => [cf.formula, cf.fill, cf.font])).toEqual(
      expect.arrayContaining([
        [markFormula('error'), '#FFC7CE', '#9C0006'],
        [markFormula('warning'), '#FFEB9C', '#9C5700'],
      ]),
    );
    expect(ours).toHaveLength(2);
    expect(ours.find((cf) => cf.formula === markFormula('error'))!.ranges).toBe('E28,F28');
    expect(ours.find((cf) => cf.formula === markFormula('warning'))!.ranges.split(',')).toEqual(
      expect.arrayContaining(['B22', 'G33', 'G57', 'G67:G68', 'G72', 'G74', 'G76', 'C82']),
    );
    // B22 has a warning and an info: it shows the warning only.
    expect(ours.find((cf) => cf.formula === markFormula('info'))).toBeUndefined();
    expect(sheet.notes.get('E28')).toBe('请核对合计');
    expect(sheet.notes.get('F28')).toMatch(new RegExp(`^${NOTE_TAG}\ntotal-mismatch: 金额合计为 44,350.00`));
    expect(sheet.notes.get('B22')?.split('\n')).toHaveLength(3);

    await host.clearMarks();
    expect(sheet.snapshot()).toEqual(before);
  });

  it('re-validating replaces marks instead of piling them up', async () => {
    const { book } = await fixtureBook();
    const host = hostFor(book);
    await validateActive(host);
    const first = structuredClone(book.sheet('2022年度').snapshot());
    const count = book.sheet('2022年度').conditionalFormats.length;
    await validateActive(host);
    expect(book.sheet('2022年度').conditionalFormats).toHaveLength(count);
    expect(book.sheet('2022年度').snapshot()).toEqual(first);
  });

  it('marks of one sheet leave other sheets alone', async () => {
    const workbook = toWorkbook([departmentTable({ sheet: '甲', grandTotal: { total: 1 } }), departmentTable({ sheet: '乙', grandTotal: { total: 2 } })]);
    const book = FakeWorkbook.fromExcelJs(workbook);
    const host = hostFor(book);
    book.active = '乙';
    await validateActive(host);
    book.active = '甲';
    await validateActive(host);
    const tagged = (name: string) => book.sheet(name).conditionalFormats.filter((cf) => (cf.formula ?? '').includes('budget-check'));
    expect(tagged('甲')).toHaveLength(1);
    expect(tagged('乙')).toHaveLength(1);
    expect(tagged('乙')[0].ranges).toBe('E12');
  });

  it('marks one range at a time on hosts without RangeAreas (ExcelApi 1.6)', async () => {
    const { book } = await fixtureBook();
    await validateActive(hostFor(book, '1.6'));
    const warnings = book.sheet('2022年度').conditionalFormats.filter((cf) => cf.formula === markFormula('warning'));
    expect(warnings.map((cf) => cf.ranges).sort()).toEqual(['B22', 'C82', 'G33', 'G57', 'G67:G68', 'G72', 'G74', 'G76'].sort());
    expect(book.sheet('2022年度').notes.size).toBe(0);
  });
});

describe('Excel gateway: fixes', () => {
  it('previews and writes the total fix as a formula; re-validation no longer reports it', async () => {
    const { book } = await fixtureBook();
    const host = hostFor(book);
    const [{ findings }] = validateGrid(await host.readSheet());
    const fix = findings.find((f) => f.cell === 'E28')!.fix!;
    expect(await host.previewPatches(fix)).toEqual([{ sheet: '2022年度', cell: 'E28', before: '44350', after: '=SUM(E7:E27)' }]);
    await host.applyPatches(fix);
    expect(book.sheet('2022年度').cell('E28')).toMatchObject({ formula: '=SUM(E7:E27)', value: 44350.01, numberFormat: '#,##0.00' });
    const after = validateGrid(await host.readSheet())[0].findings.filter((f) => f.code === 'total-mismatch');
    expect(after.map((f) => f.cell)).toEqual(['F28']);

    // Fix all totals: one batch, and nothing is left to fix.
    book.syncs = 0;
    await host.applyPatches(after.flatMap((f) => f.fix!));
    expect(book.syncs).toBe(2);
    expect(validateGrid(await host.readSheet())[0].findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });

  it('refuses to write on a protected sheet and leaves it unchanged', async () => {
    const { book } = await fixtureBook();
    const sheet = book.sheet('2022年度');
    sheet.protected = true;
    const before = structuredClone(sheet.snapshot());
    const patch = [{ op: 'set-formula' as const, sheet: '2022年度', cell: 'E28', formula: '=SUM(E7:E27)' }];
    await expect(hostFor(book).applyPatches(patch)).rejects.toEqual(new HostError('protected'));
    expect(sheet.snapshot()).toEqual(before);
  });

  it('refuses a write into the covered part of a merged range', async () => {
    const { book } = await fixtureBook();
    const before = structuredClone(book.sheet('2022年度').snapshot());
    const patch = [{ op: 'set-value' as const, sheet: '2022年度', cell: 'C4', value: 1 }];
    await expect(hostFor(book).applyPatches(patch)).rejects.toMatchObject({ code: 'merged-conflict' });
    expect(book.sheet('2022年度').snapshot()).toEqual(before);
  });

  it('puts every cell back when Excel fails the write batch part-way (cell edit mode)', async () => {
    const { book } = await fixtureBook();
    const sheet = book.sheet('2022年度');
    const before = structuredClone(sheet.snapshot());
    const patches = [
      { op: 'set-formula' as const, sheet: '2022年度', cell: 'E28', formula: '=SUM(E7:E27)' },
      { op: 'set-formula' as const, sheet: '2022年度', cell: 'F28', formula: '=SUM(F7:F27)' },
    ];
    // The first write lands, the second fails, as a batch can when the person starts editing a cell.
    const writes = failSecondWrite(book);
    await expect(hostFor(book).applyPatches(patches)).rejects.toMatchObject({ code: 'cell-edit' });
    expect(writes.count).toBeGreaterThanOrEqual(2);
    expect(sheet.snapshot()).toEqual(before);
  });
});

describe('Excel gateway: self-evaluation fixes', () => {
  it('writes computed rates, scores, the total and the grade in one batch; re-validation finds none left', async () => {
    const workbook = toWorkbook([selfEvaluationTable({ rate: { value: 0.96, format: '0.00%' }, budgetScore: 10, totalScore: 99, grade: '良' })]);
    const book = FakeWorkbook.fromExcelJs(workbook);
    const host = hostFor(book);
    const [{ findings }] = validateGrid(await host.readSheet());
    const fixes = findings.flatMap((f) => f.fix ?? []);
    expect(fixes.map((p) => p.cell)).toEqual(['G6', 'H6', 'H20', 'B21']);
    book.syncs = 0;
    await host.applyPatches(fixes);
    expect(book.syncs).toBe(2);
    const ws = book.sheet('2022年度自评');
    expect(ws.cell('G6')).toMatchObject({ formula: '=E6/D6', value: 0.95, numberFormat: '0.00%' });
    expect(ws.cell('H6')).toMatchObject({ formula: '=F6*MIN(1,E6/D6)', value: 9.5 });
    expect(ws.cell('H20')?.value).toBe(97.1);
    expect(ws.cell('B21')?.value).toBe('优');
    expect(validateGrid(await host.readSheet())[0].findings).toEqual([]);
  });
});

describe('Excel gateway: templates', () => {
  it('writes next year’s sheet beside its source in 2 syncs, never over an existing sheet', async () => {
    const { book } = await fixtureBook();
    book.addSheet('2023年度').set('A1', '别人的表');
    const host = hostFor(book);
    const grid = await host.readSheet('2022年度');
    const { spec } = nextYearTemplate(grid, recognizeSheet(grid)[0], { year: 2023 });
    book.syncs = 0;
    const name = await host.addSheet(spec);
    expect(book.syncs).toBe(2);
    expect(name).toBe('2023年度 (2)');
    // The 填报说明 sheet right after it.
    expect(book.sheets.map((s) => s.name)).toEqual(['2022年度', '2023年度 (2)', '填报说明', '2023年度']);
    expect(book.sheet('2023年度').cell('A1')?.value).toBe('别人的表');
    expect(book.active).toBe(name);

    const ws = book.sheet(name);
    expect(ws.cell('A2')?.value).toBe('（2023 年度）');
    expect(ws.cell('E28')).toMatchObject({ formula: '=SUM(E7:E27)', numberFormat: '#,##0.00' });
    expect(ws.cell('E7')).toMatchObject({ formula: '=F7+G7' });
    expect(ws.cell('F7')?.format.fill).toBe('#FFF8E1');
    expect(ws.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['B31:B66', 'C31:C57', 'D31:F31']));
    expect(ws.validations).toContainEqual({ range: 'B31:B66', list: '产出,效益,满意度' });
    expect(ws.validations).toContainEqual({ range: 'C31:C57', list: '数量,质量,时效,成本' });
    expect(ws.validations.filter((v) => v.prompt)).toHaveLength(52);
    expect(ws.columnWidths.size).toBe(7);

    const [again] = validateGrid(await host.readSheet(name));
    expect(again.table.fiscalYear).toBe(2023);
    expect(again.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });

  it('lays out a table converted to one sheet with its header again atop the next page without those rows, in 2 syncs', async () => {
    const whole = projectTable({ sheet: '表' });
    const header = indicatorHeaderRow(whole);
    const book = FakeWorkbook.fromExcelJs(toWorkbook([printedOnOneSheet(whole, 13, [header, header], [[], ['第 1 页，共 2 页']])]));
    // The second page's third row (the template's 16th) bold, as it stands on the sheet (row 19 there).
    book.sheet('表').cell('D19')!.format.font.bold = true;
    const host = hostFor(book);
    const source = templateSource(tablesOnGrids([await host.readSheet('表')]).find((t) => !t.table.fragment)!);
    expect(source.pages?.sheets).toEqual(['表', '表']);
    const { spec } = nextYearTemplate(source.grid, source.table, { year: 2024 }, source.pages);
    book.syncs = 0;
    const ws = book.sheet(await host.addSheet(spec));
    expect(book.syncs).toBe(2);
    expect([ws.cell('D16')?.format.font.bold, ws.cell('D15')?.format.font.bold]).toEqual([true, false]);
    expect(ws.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['A10:A24', 'B11:B17']));
    expect([...ws.cells.values()].filter((c) => c.value === '一级指标' || c.value === '第 1 页，共 2 页')).toHaveLength(1);
    const [table] = recognizeSheet(await host.readSheet(ws.name));
    expect(table.indicators?.indicators).toHaveLength(source.table.indicators!.indicators.length);
  });

  it('lays out a table printed a worksheet a page as one sheet, each page’s looks and heights copied to its rows, in 2 syncs', async () => {
    // The project table cut after its 13th row: rows 14 on of the template are the second page's.
    const book = FakeWorkbook.fromExcelJs(toWorkbook(printedPages(projectTable({ sheet: '第1页' }), [13])));
    book.sheet('第2页').cell('D3')!.format.font.bold = true;
    book.sheet('第2页').rowHeights.set(3, 42);
    book.sheet('第1页').rowHeights.set(3, 30);
    const host = hostFor(book);
    const found = tablesOnGrids(await host.readWorkbook()).find((t) => !t.table.fragment)!;
    expect(found.pages?.sheets).toEqual(['第1页', '第2页']);
    const { spec } = nextYearTemplate(found.grid, found.table, { year: 2024 }, found.pages);
    book.syncs = 0;
    const ws = book.sheet(await host.addSheet(spec));
    expect(book.syncs).toBe(2);
    expect(book.sheets.map((s) => s.name)).toEqual(['第1页', '2024年度', '填报说明', '第2页']);
    expect([ws.cell('D16')?.format.font.bold, ws.cell('D15')?.format.font.bold, ws.cell('D3')?.format.font.bold]).toEqual([true, false, false]);
    expect([ws.rowHeights.get(16), ws.rowHeights.get(3)]).toEqual([42, 30]);
    // The 一级 area the break split (B11:B13 on the first page, its blank rest on the second) merged whole again.
    expect(ws.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['B11:B17', 'C14:C15']));
    expect(ws.merges.map(rangeToA1)).not.toContain('B11:B13');
    // So is the 绩效指标 column's (A10:A13, its blank rest A1:A11 on the second page, where column A holds no value,
    // out of the values-only used range: its merged areas are asked for from column A).
    expect(ws.merges.map(rangeToA1)).toContain('A10:A24');
    expect(ws.merges.map(rangeToA1)).not.toContain('A10:A13');
    const [table] = recognizeSheet(await host.readSheet('2024年度'));
    expect(table.indicators?.indicators).toHaveLength(found.table.indicators!.indicators.length);
  });

  it('prints, protects and explains the template as the file hosts do (ExcelApi 1.18)', async () => {
    const { book } = await fixtureBook();
    const host = hostFor(book);
    const grid = await host.readSheet('2022年度');
    const { spec } = nextYearTemplate(grid, recognizeSheet(grid)[0], { year: 2023, password: 'caizheng' });
    book.syncs = 0;
    const ws = book.sheet(await host.addSheet(spec));
    expect(book.syncs).toBe(2);
    expect(ws.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$4',
      centerFooter: '第 &P 页 共 &N 页',
    });
    expect(ws.protected).toBe(true);
    expect(ws.protection).toEqual({ options: { allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true }, password: 'caizheng' });
    for (const a of ['A7', 'F7', 'G7', 'D31', 'G31']) expect({ a, unlocked: ws.unlocked.has(a) }).toEqual({ a, unlocked: true });
    for (const a of ['E7', 'E28', 'A1', 'B31']) expect({ a, unlocked: ws.unlocked.has(a) }).toEqual({ a, unlocked: false });
    expect(ws.notes.get('G30')).toContain('比较符 + 数值 + 单位');
    // Heights fitted to the text: the long content of 综合信息服务平台 (row 10) over four lines, a short task on one.
    expect(ws.rowHeights.get(10)).toBeGreaterThanOrEqual(60);
    expect(ws.rowHeights.get(8)).toBeLessThanOrEqual(25);
    const info = book.sheet('填报说明');
    expect(info.cell('A1')?.value).toBe('填报说明');
    expect(info.pageLayout.orientation).toBe('Landscape');
    expect(info.protected).toBe(false);
  });

  it('degrades on older hosts: no page layout before ExcelApi 1.9, no password before 1.7, never an error', async () => {
    const { book } = await fixtureBook();
    const host = hostFor(book, '1.6');
    const grid = await host.readSheet('2022年度');
    const { spec } = nextYearTemplate(grid, recognizeSheet(grid)[0], { year: 2023, password: 'caizheng' });
    const ws = book.sheet(await host.addSheet(spec));
    expect(ws.pageLayout).toEqual({});
    expect(ws.protection).toEqual({ options: { allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true }, password: undefined });
    expect(ws.notes.size).toBe(0);
    expect(ws.unlocked.has('F7')).toBe(true);
  });

  it('writes a blank template on hosts without data validation (ExcelApi 1.6), lists left out', async () => {
    const { book } = await fixtureBook();
    const name = await hostFor(book, '1.6').addSheet(blankTemplate({ kind: 'project-targets', year: 2024 }));
    const ws = book.sheet(name);
    expect(name).toBe('2024项目');
    expect(ws.validations).toEqual([]);
    expect(ws.cell('D6')?.formula).toBe('=D7+D8');
    expect(validateGrid(await hostFor(book).readSheet(name))[0].table.kind).toBe('project-targets');
  });
});

describe('Excel gateway: navigation and settings', () => {
  it('selects a finding’s cell, activating its sheet', async () => {
    const workbook = toWorkbook([departmentTable({ sheet: '甲' }), departmentTable({ sheet: '乙' })]);
    const book = FakeWorkbook.fromExcelJs(workbook);
    await hostFor(book).select('乙', 'E12');
    expect(book.active).toBe('乙');
    expect(book.selection).toEqual({ sheet: '乙', cell: 'E12' });
  });

  it('reads a hidden sheet as hidden, its grid saying so, and says a cell there cannot be shown, the sheet left hidden', async () => {
    const workbook = toWorkbook([departmentTable({ sheet: '甲' }), departmentTable({ sheet: '乙' }), departmentTable({ sheet: '丙' })]);
    workbook.getWorksheet('乙')!.state = 'hidden';
    workbook.getWorksheet('丙')!.state = 'veryHidden';
    const book = FakeWorkbook.fromExcelJs(workbook);
    const host = hostFor(book);
    expect((await host.readWorkbook()).map((g) => [g.name, g.state])).toEqual([
      ['甲', undefined],
      ['乙', 'hidden'],
      ['丙', 'veryHidden'],
    ]);
    expect((await host.readSheet('丙')).state).toBe('veryHidden');
    expect((await host.describeAndRead()).grid.state).toBeUndefined();
    for (const sheet of ['乙', '丙']) await expect(host.select(sheet, 'E12')).rejects.toMatchObject({ code: 'hidden-sheet', detail: sheet });
    expect([book.active, book.selection, book.sheet('乙').visibility]).toEqual(['甲', null, 'Hidden']);
    // Any other failure is told as it was.
    await expect(host.select('丁', 'E12')).rejects.toMatchObject({ code: 'no-sheet' });
  });

  it('keeps settings in the workbook', async () => {
    const { book } = await fixtureBook();
    const host = hostFor(book);
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ profile: 'cb2021', lang: 'en-US', rules: { 'stale-year': false } });
    expect(await hostFor(book).loadSettings()).toEqual({ profile: 'cb2021', lang: 'en-US', rules: { 'stale-year': false } });
  });

  it('describes the workbook and reports a missing sheet as a HostError', async () => {
    const { book } = await fixtureBook();
    const host = hostFor(book);
    expect(await host.describe()).toEqual({ workbook: 'futian-2022.xlsx', activeSheet: '2022年度', sheets: ['2022年度'] });
    await expect(host.readSheet('不存在')).rejects.toMatchObject({ code: 'no-sheet' });
  });

  it('refuses a used range of more cells than are read, before asking for one (a stray cell at XFD1048576)', async () => {
    const { book } = await fixtureBook();
    const sheet = book.sheets[0];
    sheet.set('XFD1048576', ' ');
    const host = hostFor(book);
    const syncs = book.syncs;
    await expect(host.readSheet()).rejects.toEqual(new HostError('too-large', `'${sheet.name}'!A1:XFD1048576`));
    await expect(host.readWorkbook()).rejects.toMatchObject({ code: 'too-large' });
    // The used range's size is all that was loaded: one sync for the sheet, two for the workbook, no cell read.
    expect(book.syncs - syncs).toBe(3);
  });
});

describe('Excel gateway: writing exactly what was meant (issue 12)', () => {
  it('a rollback restores text that looks like a number as text, and each number format as read', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('表');
    sheet.set('A1', '0012');
    sheet.set('B1', 0.5, { numberFormat: '0.00%' });
    const patches = [
      { op: 'set-value' as const, sheet: '表', cell: 'A1', value: 12 },
      { op: 'set-value' as const, sheet: '表', cell: 'B1', value: 7 },
    ];
    failSecondWrite(book);
    await expect(hostFor(book).applyPatches(patches)).rejects.toMatchObject({ code: 'cell-edit' });
    expect(sheet.cell('A1')).toMatchObject({ value: '0012' });
    expect(sheet.cell('A1')?.formula).toBeUndefined();
    expect(sheet.cell('B1')).toMatchObject({ value: 0.5, numberFormat: '0.00%' });
  });

  it('template text that starts with = or looks like a number is written as text', async () => {
    const book = new FakeWorkbook();
    book.addSheet('2022年度').set('A1', '源表');
    const host = hostFor(book);
    const name = await host.addSheet({
      name: '2023年度',
      cells: [
        { address: 'A1', value: '=以下由单位填写', role: 'text' },
        { address: 'A2', value: '0012', role: 'input' },
        { address: 'A3', value: 12, role: 'input' },
      ],
      merges: [],
      lists: [],
      prompts: [],
    });
    const ws = book.sheet(name);
    expect(ws.cell('A1')).toMatchObject({ value: '=以下由单位填写' });
    expect(ws.cell('A1')?.formula).toBeUndefined();
    expect(ws.cell('A2')).toMatchObject({ value: '0012' });
    expect(ws.cell('A3')).toMatchObject({ value: 12 });
  });

  it('finds a sheet whatever the case of its name, as Excel does', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Sheet1').set('A1', '项目支出绩效目标表');
    const grid = await hostFor(book).readSheet('SHEET1');
    expect(grid.text(0, 0)).toBe('项目支出绩效目标表');
  });
});

describe('Excel gateway: sheets with thousands of merged areas (issue 12)', () => {
  /** The seed's layout repeated: 1,500 tasks, 3,000 indicators, about 5,000 merged areas. */
  const big = () => FakeWorkbook.fromExcelJs(toWorkbook([departmentTable({ tasks: Array.from({ length: 1_500 }, (_, i) => ({ name: `任务${i + 1}`, content: `内容${i + 1}`, fiscal: 10, other: 0 })), indicators: Array.from({ length: 3_000 }, (_, i) => ({ l1: '产出', l2: '数量', name: `指标${i + 1}`, target: `${i + 1}家` })) })]));

  it('reads merges in blocks under Excel’s 512-area limit, and validates', async () => {
    const book = big();
    const sheet = book.sheets[0];
    expect(sheet.merges.length).toBeGreaterThan(4_000);
    const grid = await hostFor(book).readSheet();
    expect(grid.merges.length).toBe(sheet.merges.length);
    const [r] = validateGrid(grid);
    expect(r.table.tasks!.tasks).toHaveLength(1_500);
  });

  it('fixes a cell at the bottom of such a sheet, checking the merges above it', async () => {
    const book = big();
    const host = hostFor(book);
    const [r] = validateGrid(await host.readSheet());
    const total = r.table.tasks!.totalRow!.total!.cell;
    await host.applyPatches([{ op: 'set-formula', sheet: r.table.sheet, cell: total, formula: '=1+1' }]);
    expect(book.sheets[0].cell(total)).toMatchObject({ formula: '=1+1', value: 2 });
  });
});

describe('Excel gateway: the payload limit counts a whole request (issue 12)', () => {
  it('reads three sheets whose reads together pass 5 MB, though each alone fits', async () => {
    const book = new FakeWorkbook();
    for (const name of ['甲', '乙', '丙']) {
      const sheet = book.addSheet(name);
      for (let r = 1; r <= 6_000; r++) for (const c of ['A', 'B', 'C']) sheet.set(`${c}${r}`, `${name}${r}：${'内容'.repeat(20)}`);
    }
    const grids = await hostFor(book).readWorkbook();
    expect(grids.map((g) => g.rowCount)).toEqual([6_000, 6_000, 6_000]);
    expect(grids[2].text(5_999, 2)).toContain('丙6000');
  });

  it('reads long text at its real length: a request Excel refuses is halved and asked again', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('长文本');
    for (let r = 1; r <= 20_000; r++) sheet.set(`A${r}`, `第${r}行：${'说明'.repeat(150)}`);
    const grid = await hostFor(book).readSheet();
    expect(grid.rowCount).toBe(20_000);
    expect(grid.text(19_999, 0)).toMatch(/^第20000行/);
  });
});

describe('Excel gateway: every API gated by the requirement set the host has (issue 12)', () => {
  it('under ExcelApi 1.6 the fake refuses notes and merged areas, as Excel does, and the gateway never asks for them', async () => {
    const { book } = await fixtureBook();
    const office = fakeOffice(book, '1.6');
    await expect(office.excel.run({}, async (context) => void context.workbook.worksheets.getItem('2022年度').notes)).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(office.excel.run({}, async (context) => void context.workbook.worksheets.getItem('2022年度').getRange('A1').getMergedAreasOrNullObject())).rejects.toMatchObject({ code: 'ApiNotFound' });
    const host = hostFor(book, '1.6');
    const grid = await host.readSheet();
    const [r] = validateGrid(grid);
    await host.showFindings([{ sheet: '2022年度', findings: r.findings }]);
    expect(book.sheet('2022年度').notes.size).toBe(0);
  });
});
