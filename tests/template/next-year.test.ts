import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { parseRange } from '../../src/core/grid/address';
import { Grid } from '../../src/core/grid/grid';
import { PerformanceTable } from '../../src/core/model/table';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { nextYearTemplate, sheetNameFor, TemplateResult } from '../../src/core/template/next-year';
import { CellSpec, freeSheetName } from '../../src/core/template/sheet-spec';
import { validateGrid } from '../../src/core/validate';
import { writeSheet } from '../../src/hosts/file/template-writer';
import { loadWorkbook, worksheetToGrid } from '../../src/hosts/file/workbook';
import { FIXTURE } from '../support/files';
import { departmentTable, toGrid } from '../support/tables';
import { recalcWithHyperFormula, recalcWithLibreOffice } from '../support/recalc';

jest.setTimeout(120_000);

let source: ExcelJS.Worksheet;
let grid: Grid;
let table: PerformanceTable;

beforeAll(async () => {
  source = (await loadWorkbook(readFileSync(FIXTURE))).worksheets[0];
  grid = worksheetToGrid(source);
  [table] = recognizeSheet(grid);
});

const cellOf = (r: TemplateResult, address: string): CellSpec => r.spec.cells.find((c) => c.address === address)!;

/** Writes a template into a workbook of its own, as `budget-check template --out` does. */
async function written(result: TemplateResult): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  const ws = writeSheet(wb, result.spec, () => source);
  // Through a real file, as a person would open it.
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await wb.xlsx.writeBuffer());
  return { wb: reread, ws: reread.getWorksheet(ws.name)! };
}

/** This year's amounts typed into next year's inputs (the seed's, one cent off included). */
function typeAmounts(ws: ExcelJS.Worksheet): void {
  for (const task of table.tasks!.tasks) {
    task.parts.forEach((p) => {
      const reading = p.reading;
      ws.getCell(p.cell).value = reading.kind === 'number' ? reading.value : null;
    });
  }
}

describe('next fiscal year from the seed table', () => {
  let result: TemplateResult;
  beforeAll(() => {
    result = nextYearTemplate(grid, table, { year: 2023 });
  });

  it('advances the title row and indicator 17’s year, and reports the 2019 report unchanged', () => {
    expect(cellOf(result, 'A2').value).toBe('（2023 年度）');
    expect(cellOf(result, 'D47').value).toBe('2023 年福田区招商引资项目尽职调查服务次数');
    expect(result.changes.map((c) => c.cell)).toEqual(['A2', 'D47']);
    expect(result.olderYears.map((o) => [o.cell, o.year])).toEqual([['B22', 2019]]);
    expect(String(cellOf(result, 'B22').value)).toContain('《2019年福田区政府服务企业满意度测评报告》');
    expect(result.spec.name).toBe('2023年度');
  });

  it('makes every total a formula and clears amounts and targets', () => {
    expect(['E28', 'F28', 'G28'].map((a) => cellOf(result, a).formula)).toEqual(['=SUM(E7:E27)', '=SUM(F7:F27)', '=SUM(G7:G27)']);
    expect(cellOf(result, 'E7')).toMatchObject({ formula: '=F7+G7', role: 'formula' });
    expect(cellOf(result, 'F7')).toMatchObject({ value: null, role: 'input' });
    expect(cellOf(result, 'G32')).toMatchObject({ value: null, role: 'input' });
    expect(cellOf(result, 'D32')).toMatchObject({ value: '展会支持对象数', role: 'input' });
    expect(cellOf(result, 'A7')).toMatchObject({ value: '企业人才建设', styleFrom: 'A7' });
  });

  it('keeps amounts and targets on request', () => {
    const kept = nextYearTemplate(grid, table, { year: 2023, keepAmounts: true, keepTargets: true });
    expect(cellOf(kept, 'F7').value).toBe(350);
    expect(cellOf(kept, 'G32').value).toBe('8家');
    expect(cellOf(kept, 'E28').formula).toBe('=SUM(E7:E27)');
  });

  it('offers each 一级 and 二级 run a list from the profile, and reminds the target grammar', () => {
    expect(result.spec.lists).toContainEqual({ range: 'B31:B66', list: ['产出', '效益', '满意度'] });
    expect(result.spec.lists).toContainEqual({ range: 'C31:C57', list: ['数量', '质量', '时效', '成本'] });
    expect(result.spec.lists).toContainEqual({ range: 'C67:C71', list: ['经济效益', '社会效益', '生态效益', '可持续影响'] });
    expect(result.spec.prompts).toHaveLength(52);
    expect(result.spec.prompts[0]).toMatchObject({ range: 'G31', title: '目标值的写法' });
    expect(result.spec.prompts[0].message.length).toBeLessThanOrEqual(255);
  });

  it('offers the list in every cell of a run typed again on each row, unmerged, as it did when each row was a run', () => {
    const spec = departmentTable({ repeatCategories: true });
    const g = toGrid(spec);
    const [t] = recognizeSheet(g);
    const lists = nextYearTemplate(g, t, { year: 2024 }).spec.lists;
    // 一级 in B15:B29 and 二级 in C15:C29, each cell its own list, nothing listed twice.
    const at = (col: string) => lists.filter((l) => l.range.startsWith(col) && Number(l.range.slice(1)) >= 15 && Number(l.range.slice(1)) <= 29);
    expect(at('B').map((l) => l.range)).toEqual(Array.from({ length: 15 }, (_, k) => `B${15 + k}`));
    expect(at('C').map((l) => l.range)).toEqual(Array.from({ length: 15 }, (_, k) => `C${15 + k}`));
    expect(at('C').find((l) => l.range === 'C16')!.list).toEqual(['数量', '质量', '时效', '成本']);
    expect(at('C').find((l) => l.range === 'C29')!.list).toEqual(['服务对象满意度']);
    // The merged table's runs: a list per merged area, as before.
    const merged = toGrid(departmentTable());
    const mergedLists = nextYearTemplate(merged, recognizeSheet(merged)[0], { year: 2024 }).spec.lists;
    expect(mergedLists.filter((l) => l.range.startsWith('B'))).toHaveLength(3);
  });

  it('writes the same layout and look: merges, number formats, widths; inputs and formulas told apart', async () => {
    const { ws } = await written(result);
    expect(ws.name).toBe('2023年度');
    expect(ws.getCell('E28').formula).toBe('SUM(E7:E27)');
    expect(ws.getCell('E28').numFmt).toBe('#,##0.00');
    expect(ws.getCell('B32').isMerged && ws.getCell('B32').master.address).toBe('B31');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getColumn(c).width)).toEqual([1, 2, 3, 4, 5, 6, 7].map((c) => source.getColumn(c).width));
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('F7')).toBe('FFFFF8E1');
    expect(fill('E7')).toBe('FFECEFF1');
    expect(fill('A7')).toBe('FFFFF8E1');
    expect(fill('B31')).toBeUndefined();
    expect(ws.getCell('B31').dataValidation).toMatchObject({ type: 'list', formulae: ['"产出,效益,满意度"'] });
    expect(ws.getCell('G31').dataValidation).toMatchObject({ showInputMessage: true, promptTitle: '目标值的写法' });
  });

  it('gives cells of one look one style object (ExcelJS then writes it once) and leaves the source sheet as it was', () => {
    const before = JSON.stringify(['A7', 'B7', 'E7', 'F7', 'F8', 'B31'].map((a) => source.getCell(a).style));
    const ws = writeSheet(new ExcelJS.Workbook(), result.spec, () => source);
    // Two amounts typed in (inputs), two labels in the indicator block: each pair one object.
    expect(ws.getCell('F7').style).toBe(ws.getCell('F8').style);
    expect(ws.getCell('A31').style).toBe(ws.getCell('A32').style);
    // Looks that differ stay apart: an input, a formula and the source's own look of the same cells.
    expect(ws.getCell('F7').style).not.toBe(ws.getCell('E7').style);
    expect(ws.getCell('F7').style).not.toBe(source.getCell('F7').style);
    expect(ws.getCell('F7').protection).toEqual({ locked: false });
    expect(ws.getCell('E7').protection?.locked).not.toBe(false);
    expect(JSON.stringify(['A7', 'B7', 'E7', 'F7', 'F8', 'B31'].map((a) => source.getCell(a).style))).toBe(before);
  });

  it('computes the totals once amounts are typed in (HyperFormula, and LibreOffice where installed)', async () => {
    const { wb, ws } = await written(result);
    typeAmounts(ws);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    recalcWithHyperFormula(ws);
    expect((ws.getCell('E28').value as ExcelJS.CellFormulaValue).result).toBe(44350.01);
    expect((ws.getCell('E22').value as ExcelJS.CellFormulaValue).result).toBe(73);

    const ls = (await recalcWithLibreOffice(bytes)).worksheets[0];
    expect(Number((ls.getCell('E28').value as ExcelJS.CellFormulaValue).result)).toBeCloseTo(44350.01, 6);
    expect(Number((ls.getCell('F28').value as ExcelJS.CellFormulaValue).result)).toBeCloseTo(44350.01, 6);
    expect(Number((ls.getCell('E7').value as ExcelJS.CellFormulaValue).result)).toBe(350);
  });

  it('round trip: generate, fill amounts and targets, recalculate: no total-mismatch, no missing-target', async () => {
    const { wb, ws } = await written(result);
    typeAmounts(ws);
    for (const ind of table.indicators!.indicators) ws.getCell(ind.target.cell).value = ind.target.text;
    const recalculated = (await recalcWithLibreOffice(Buffer.from(await wb.xlsx.writeBuffer()))).worksheets[0];
    const [checked] = validateGrid(worksheetToGrid(recalculated));
    const codes = checked.findings.map((f) => f.code);
    expect(checked.table.fiscalYear).toBe(2023);
    expect(codes).not.toContain('total-mismatch');
    expect(codes).not.toContain('missing-target');
    // What this year's table got wrong in its text is still reported, for the person to fix.
    expect(codes).toEqual(expect.arrayContaining(['stale-year', 'vague-target', 'compound-target']));
  });
});

describe('sheet names', () => {
  it('moves the year in the name, or puts the year first', () => {
    expect(sheetNameFor('2022年度', 2022, 2023)).toBe('2023年度');
    expect(sheetNameFor('绩效目标', 2022, 2023)).toBe('2023年度');
  });

  it('never takes a name already in use', () => {
    expect(freeSheetName('2023年度', ['2022年度'])).toBe('2023年度');
    expect(freeSheetName('2023年度', ['2023年度', '2023年度 (2)'])).toBe('2023年度 (3)');
  });
});

describe('a stray cell far right of the table', () => {
  it('is no part of the table nor of its template: the form keeps the table’s columns', async () => {
    const ws = (await loadWorkbook(readFileSync(FIXTURE))).worksheets[0];
    ws.getCell('XFD30').value = '备用';
    const withStray = worksheetToGrid(ws);
    expect(withStray.colCount).toBe(16_384);
    const [t] = recognizeSheet(withStray);
    expect(t.range).toBe(table.range);
    const { spec } = nextYearTemplate(withStray, t, { year: 2023 });
    const right = parseRange(table.range).right;
    expect(Math.max(...spec.cells.map((c) => parseRange(c.address).right))).toBe(right);
    expect(writeSheet(new ExcelJS.Workbook(), spec, () => ws).columnCount).toBe(right + 1);
  });
});

describe('a table whose year no cell names (Hubei 部门总体资金情况 filed in December, a project filed beside its date)', () => {
  const fundsOnly = (filed: (string | null)[], heading = '近两年收支金额') =>
    Grid.fromValues(
      '表',
      [
        ['部门整体支出绩效目标申报表'],
        filed,
        ['部门（单位）名称', '广水市教育局', null, '填报人', '何永华'],
        ['部门总体资金情况', '总体资金情况', null, '当年金额', '占比', heading, null],
        [null, '单位：万元', null, null, null, '2021年', '2022年'],
        [null, '收入构成', '财政拨款', 108292.73, '88.3%', 90147, 98577.39],
        [null, null, '其他资金', 14348.77, '11.7%', 5819, 10597.65],
        [null, null, '合计', 122641.5, '100%', 95966, 109175.04],
      ],
      ['A4:A8', 'B6:B8'],
    );
  const valueAt = (r: TemplateResult, address: string) => cellOf(r, address).value;

  it.each([
    [['填报日期：2022年12月18日'], '近两年收支金额', 2023],
    [['填报日期', '2022年12月18日'], '近两年收支金额', 2023],
    // Without 近两年 over the columns, the filing date gives the year.
    [['填报日期：2021年1月28日'], '收支金额', 2021],
  ])('next year’s (%j, %s) says its year in its title and leaves the filing date to be written in', (filed, heading, year) => {
    const g = fundsOnly(filed, heading);
    const [t] = recognizeSheet(g);
    expect(t.fiscalYear).toBe(year);
    const result = nextYearTemplate(g, t, { year: year + 1 });
    expect(valueAt(result, 'A1')).toBe(`部门整体支出绩效目标申报表（${year + 1}年度）`);
    if (filed.length === 1) expect(valueAt(result, 'A2')).toBe('填报日期：');
    else expect([valueAt(result, 'A2'), valueAt(result, 'B2')]).toEqual(['填报日期', null]);
    expect(result.changes.map((c) => c.cell)).toEqual(expect.arrayContaining(['A1', filed.length === 1 ? 'A2' : 'B2']));
    const again = Grid.fromValues('表', [...Array(g.rowCount)].map((_, r) => [...Array(g.colCount)].map((__, c) => {
      const v = valueAt(result, `${String.fromCharCode(65 + c)}${r + 1}`);
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    })), ['A4:A8', 'B6:B8']);
    expect(recognizeSheet(again)[0].fiscalYear).toBe(year + 1);
  });

  it('a title already naming a year, or a year line, is left as it was', () => {
    const g = Grid.fromValues('表', [['部门整体支出绩效目标表'], ['2023年度'], ['收入构成', '财政拨款', 10], [null, '其他资金', 5], [null, '合计', 15]]);
    const [t] = recognizeSheet(g);
    expect([t.fiscalYear, t.fiscalYearCell]).toEqual([2023, 'A2']);
    const result = nextYearTemplate(g, t, { year: 2024 });
    expect([valueAt(result, 'A1'), valueAt(result, 'A2')]).toEqual(['部门整体支出绩效目标表', '2024年度']);
  });
});

describe('indicator sets side by side (the central form’s 中期 | 年度)', () => {
  it('every set’s targets are cleared to fill in, with their prompts and category lists', () => {
    const g = Grid.fromValues('表', [
      ['项目支出绩效目标表'],
      ['(2023年度)'],
      ['项目名称', '人工增雨飞机作业'],
      ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '飞机增雨作业航时', '≥90小时', '数量指标', '飞机增雨作业航时', '≥30小时'],
    ]);
    const [t] = recognizeSheet(g);
    expect(t.otherIndicators).toHaveLength(1);
    const result = nextYearTemplate(g, t, { year: 2024 });
    for (const cell of ['D5', 'G5']) expect(cellOf(result, cell)).toMatchObject({ role: 'input', value: null });
    expect(result.spec.prompts.map((p) => p.range)).toEqual(['D5', 'G5']);
    expect(result.spec.lists.map((l) => l.range)).toEqual(expect.arrayContaining(['B5', 'E5']));
  });
});

describe('criteria, which have no target (a score sheet’s rows; the evaluation framework’s 项目决策)', () => {
  it('keep their names, get no target prompt; their scores are cleared to fill in', () => {
    const g = Grid.fromValues('表', [
      ['2023年度部门整体支出绩效评价评分表'],
      ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明'],
      ['投入(100分)', '预算配置(100分)', '财政供养人员控制率', '以100%为标准,计50分。', 50, 50, null],
      [null, null, '重点支出安排率', '≥90%,计50分。', 50, 45, '两项支出未安排'],
    ]);
    const [t] = recognizeSheet(g);
    const result = nextYearTemplate(g, t, { year: 2024 });
    expect(cellOf(result, 'C3')).toMatchObject({ value: '财政供养人员控制率' });
    expect(cellOf(result, 'C3').role).not.toBe('input');
    for (const cell of ['F3', 'F4', 'G4']) expect(cellOf(result, cell)).toMatchObject({ role: 'input', value: null });
    expect(result.spec.prompts).toEqual([]);
  });
});

describe('a field outside the table’s rows (a recognition slip)', () => {
  it('is left as it is: the template is still made', () => {
    const g = Grid.fromValues('表', [['项目支出绩效目标表'], ['2023年度'], ['年度目标', '完成培训。'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训场次', '≥8场']]);
    const [t] = recognizeSheet(g);
    const slipped = { ...t, goal: { text: '', cell: 'B40' }, funds: { total: t.funds?.total ?? { label: { text: '', cell: 'A41' }, amount: { cell: 'B41', text: '', reading: { kind: 'empty' } } }, parts: [{ label: { text: '', cell: 'A42' }, amount: { cell: 'B42', text: '', reading: { kind: 'empty' } } }] } } as unknown as PerformanceTable;
    const result = nextYearTemplate(g, slipped, { year: 2024 });
    expect(result.spec.cells.some((c) => c.address === 'B40' || c.address === 'B41')).toBe(false);
    expect(cellOf(result, 'D5')).toMatchObject({ role: 'input', value: null });
  });
});

describe('a goal block listing its goals a row each (安居’s region self-evaluation)', () => {
  it('keeps each goal as an input and clears each account, not only the first', () => {
    const g = toGrid({
      name: 'Sheet1',
      rows: [
        ['食品监管补助资金区域绩效目标自评表'],
        ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, null, 20],
        ['年度目标完成情况', '预期目标', null, null, '目标实际完成情况', null, 20],
        [null, '目标1:深入开展食品风险隐患排查整治。', null, null, '完成排查120次。', null, null],
        [null, '目标2:加大违法行为打击力度。', null, null, '查办案件12件。', null, null],
        ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
        ['产出指标', '数量指标', '抽检批次', '≥100批次', '120批次', 45, 45],
        ['效益指标', '社会效益指标', '群众投诉处理率', '100%', '100%', 45, 45],
      ],
      merges: ['A3:A5', 'B3:D3', 'E3:F3', 'B4:D4', 'E4:F4', 'B5:D5', 'E5:F5'],
    });
    const [t] = recognizeSheet(g);
    const r = nextYearTemplate(g, t, { year: 2022 });
    expect(['B4', 'B5'].map((a) => cellOf(r, a))).toEqual([
      expect.objectContaining({ value: '目标1:深入开展食品风险隐患排查整治。', role: 'input' }),
      expect.objectContaining({ value: '目标2:加大违法行为打击力度。', role: 'input' }),
    ]);
    expect(['E4', 'E5'].map((a) => cellOf(r, a))).toEqual([expect.objectContaining({ value: null, role: 'input' }), expect.objectContaining({ value: null, role: 'input' })]);
  });
});

describe('a block held to its headings’ formulas (Fujian’s 资金结构)', () => {
  it('types the columns the formulas are made of, and makes the sums and differences formulas', () => {
    const g = toGrid({
      name: 'Sheet1',
      rows: [
        ['部门整体支出绩效自评表'],
        ['( 2020 年度)'],
        ['部门(单位)名称', null, '宁德市地震局'],
        ['财政资金安排和使用情况', '资金结构\n(万元)', '预算安排', null, null, '拨付情况', null, '结余情况', null],
        [null, null, '年初部门预算安排金额①', '年中调整金额②', '小计\n③=①+②', '年度拨付金额', '支出实现率(%)⑤=④/③', '本年度结余金额⑥=③-④', '资金结余率(%)⑦=⑥/③'],
        [null, '财政资金小计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08],
        ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '绩效\n目标值', '实际\n完成值', '评分标准', '指标分值', '自评得分'],
        [null, '产出目标', '数量目标', '抽查台站个数', '9个', '9个', '达9个得满分', 50, 50],
        [null, '效益目标', '社会效益目标', '知识知晓率', '≥80%', '85%', '达标得满分', 50, 50],
      ],
      merges: ['A4:A6', 'B4:B5', 'C4:E4', 'F4:G4', 'H4:I4', 'A7:A9'],
    });
    const [t] = recognizeSheet(g);
    const r = nextYearTemplate(g, t, { year: 2021 });
    expect(['E6', 'H6'].map((a) => cellOf(r, a).formula)).toEqual(['=C6+D6', '=E6-F6']);
    expect(['C6', 'D6', 'F6', 'G6', 'I6'].map((a) => [cellOf(r, a).role, cellOf(r, a).value])).toEqual([
      ['input', null],
      ['input', null],
      ['input', null],
      ['input', null],
      ['input', null],
    ]);
  });
});

// 苏州's 自评表 (bc-js-suzhou-2017-green-space-eval): the year alone in the cell right of its label.
describe('a year alone beside its label (项目年份 | 2017)', () => {
  it('is next year’s in the template, and read again as next year’s', () => {
    const rows = [['项目支出绩效目标表'], ['项目名称', '绿地养护', '项目年份', '2017'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '养护面积', '757万平方米'], ['效益指标', '社会效益指标', '绿地完好率', '≥95%']];
    const g = Grid.fromValues('表', rows);
    const [t] = recognizeSheet(g);
    expect(t.fiscalYear).toBe(2017);
    const result = nextYearTemplate(g, t, { year: 2018 });
    expect(cellOf(result, 'D2').value).toBe('2018');
    expect(result.changes).toEqual(expect.arrayContaining([{ cell: 'D2', before: '2017', after: '2018' }]));
    const again = Grid.fromValues('表', rows.map((row, r) => row.map((_, c) => {
      const v = cellOf(result, `${String.fromCharCode(65 + c)}${r + 1}`).value;
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    })));
    expect(recognizeSheet(again)[0].fiscalYear).toBe(2018);
  });
});
