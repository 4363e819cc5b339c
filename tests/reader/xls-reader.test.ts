/**
 * The .xls reader: an Excel 97–2003 workbook gives the grid its .xlsx gives, cell by cell (the seed,
 * corpus tables and generated tables as LibreOffice saves them both ways), and the records
 * LibreOffice never writes, written here one by one (tests/support/biff.ts).
 */
import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { Grid } from '../../src/core/grid/grid';
import { WorkbookReadError } from '../../src/hosts/file/read-error';
import { eachXlsSheet, readXls } from '../../src/hosts/file/xls-reader';
import { readXlsx, TooLargeError } from '../../src/hosts/file/xlsx-reader';
import { readWorkbookAsync } from '../../src/hosts/file/read-workbook';
import { workbookFromSheets } from '../../src/hosts/file/workbook';
import { fflateInflate } from '../../src/hosts/file/zip';
import { loadCorpus, tableToXlsx } from '../support/corpus';
import { convertAllWithLibreOffice, convertWithLibreOffice } from '../support/recalc';
import { selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable, toXlsx } from '../support/tables';
import { BOOLERR, COLINFO, CONTINUE, FILEPASS, FORMAT, FORMULA, LABEL, LABELSST, MERGEDCELLS, MULRK, NUMBER, ptg, Rec, RK, ROW, SHRFMLA, STRING, u16, u32, workbookStream, XF, xlsFile } from '../support/biff';

const ROOT = path.join(__dirname, '..', '..');

function dump(grid: Grid): string[] {
  const out: string[] = [];
  grid.forEachCell((row, col, cell) => out.push(`${row}:${col} ${JSON.stringify(cell.value)} ${cell.formula ?? ''} ${cell.format ?? ''}`));
  out.push(`merges ${grid.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort().join(' ')}`);
  out.push(`hidden rows ${(grid.hidden?.rows ?? []).join(',')}`, `state ${grid.state ?? 'visible'}`);
  return out;
}

describe('an .xls as LibreOffice saves it reads as the .xlsx LibreOffice saves from the same workbook', () => {
  // A sample of the corpus, every 29th table (all 1,424 were compared once, outside the suite: none differed).
  const corpus = loadCorpus().filter((_, k) => k % 29 === 0);
  const cases: [string, () => Promise<Uint8Array>][] = [
    ['the seed', async () => readFileSync(path.join(ROOT, 'examples/futian-2022-department-targets.xlsx'))],
    ['a department table', async () => toXlsx([departmentTable()])],
    ['a project table at an origin', async () => toXlsx([projectTable({ origin: { row: 3, col: 2 } })])],
    ['a self-evaluation with a rate in percent', async () => toXlsx([selfEvaluationTable({ rate: { value: 0.96, format: '0.00%' } })])],
    ...corpus.map((e): [string, () => Promise<Uint8Array>] => [`corpus ${e.id}`, async () => tableToXlsx(e.table)]),
  ];
  // Each way in one LibreOffice start: a start per file would take a second or two each.
  let converted: { xlsx: Buffer; xls: Buffer }[] = [];
  beforeAll(async () => {
    const sources = await Promise.all(cases.map(async ([, make]) => new Uint8Array(await make())));
    const xlsx = convertAllWithLibreOffice(sources, 'xlsx');
    const xls = convertAllWithLibreOffice(sources, 'xls');
    converted = sources.map((_, k) => ({ xlsx: xlsx[k], xls: xls[k] }));
  }, 300_000);
  test.each(cases.map(([name], k) => [name, k] as const))('%s', (_name, k) => {
    const xlsx = readXlsx(new Uint8Array(converted[k].xlsx)).map((s) => dump(s.grid));
    const xls = readXls(new Uint8Array(converted[k].xls)).map((s) => dump(s.grid));
    expect(xls).toEqual(xlsx);
    expect(xls[0].length).toBeGreaterThan(10);
  });

  it('hidden rows, columns and sheets, percent and date formats, formulas filled down, a text past a record', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表一');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('B1').value = 0.985;
    ws.getCell('B1').numFmt = '0.00%';
    ws.getCell('C1').value = new Date(Date.UTC(2023, 11, 31));
    ws.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
    for (let r = 2; r <= 6; r++) {
      ws.getCell(`B${r}`).value = r * 1.25;
      ws.getCell(`C${r}`).value = { formula: `B${r}*2`, result: r * 2.5 } as ExcelJS.CellFormulaValue;
    }
    ws.getCell('B7').value = { formula: 'SUM(B2:B6)', result: 25 } as ExcelJS.CellFormulaValue;
    ws.getCell('A8').value = '长'.repeat(5000);
    ws.getCell('A9').value = { richText: [{ text: '富', font: { bold: true } }, { text: '文本' }] };
    ws.mergeCells('A10:C11');
    ws.getCell('A10').value = '合并';
    ws.getRow(4).hidden = true;
    ws.getColumn(4).hidden = true;
    ws.getCell('D1').value = '隐藏列';
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '隐';
    const source = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheets = readXls(new Uint8Array(convertWithLibreOffice(source, 'xls')));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['表一', 'visible'],
      ['隐藏', 'hidden'],
    ]);
    const g = sheets[0].grid;
    expect(g.cell(0, 1)).toEqual({ value: 0.985, format: '0.00%' });
    expect(g.cell(0, 2).value).toBe(45291);
    expect(g.cell(0, 2).format).toMatch(/^yyyy.年m.月d.日$/);
    expect(g.cell(3, 2)).toEqual({ value: 10, formula: '=B4*2' });
    expect(g.cell(6, 1)).toEqual({ value: 25, formula: '=SUM(B2:B6)' });
    expect(g.cell(7, 0).value).toBe('长'.repeat(5000));
    expect(g.cell(8, 0).value).toBe('富文本');
    expect(g.merges).toEqual([{ top: 9, left: 0, bottom: 10, right: 2 }]);
    expect(g.hidden).toEqual({ rows: [3], columns: [[3, 3]] });
    expect(sheets[1].grid.state).toBe('hidden');
    expect(sheets[0].columnWidths[0]).toBeGreaterThan(0);

    // Made into a workbook for writing (the preview's fixes and marked copy), it reads back as it was read.
    const written = new Uint8Array((await workbookFromSheets(sheets).xlsx.writeBuffer()) as ArrayBuffer);
    expect(readXlsx(written).map((s) => dump(s.grid))).toEqual(sheets.map((s) => dump(s.grid)));
  });
});

/** A one-sheet .xls of these sheet records, with these globals (XFs, FORMATs, SST …). */
function xls(records: Rec[], globals: Rec[] = [XF(0)], state = 0): Uint8Array {
  return xlsFile(workbookStream(globals, [{ name: 'Sheet1', state, records }]));
}

function cells(bytes: Uint8Array): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { grid } = readXls(bytes)[0];
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cell(r, c);
      if (cell.value !== null || cell.formula !== undefined) out[`${r}:${c}`] = { ...cell };
    }
  return out;
}

/** An SST record and its CONTINUE: `first` ends mid-string; the rest of its characters go on two bytes wide. */
function splitSst(): Rec[] {
  // 'ab' then '中文' in one string of 4 characters: 'ab' compressed in the SST, the rest wide in a CONTINUE.
  const sst: number[] = [...u32(2), ...u32(2), ...u16(3), 0, 0x78, 0x79, 0x7a, ...u16(4), 0, 0x61, 0x62];
  return [
    [0x00fc, sst],
    CONTINUE([1, ...u16('中'.charCodeAt(0)), ...u16('文'.charCodeAt(0))]),
  ];
}

describe('records LibreOffice does not write', () => {
  it.each([
    ['shared strings, one split over a CONTINUE with its width changing', [LABELSST(0, 0, 0), LABELSST(0, 1, 1)], [XF(0), ...splitSst()], { '0:0': { value: 'xyz' }, '0:1': { value: 'ab中文' } }],
    ['a LABEL (text in the cell record)', [LABEL(1, 2, '单位：万元')], [XF(0)], { '1:2': { value: '单位：万元' } }],
    [
      'numbers: a double, RK integers and hundredths, MULRK, a percent format',
      [NUMBER(0, 0, 1234.5678), RK(0, 1, (42 << 2) | 2), RK(0, 2, (12345 << 2) | 3), MULRK(1, 0, [(1 << 2) | 2, (2 << 2) | 2, (3 << 2) | 2], 1)],
      [XF(0), XF(10)],
      { '0:0': { value: 1234.5678 }, '0:1': { value: 42 }, '0:2': { value: 123.45 }, '1:0': { value: 1, format: '0.00%' }, '1:1': { value: 2, format: '0.00%' }, '1:2': { value: 3, format: '0.00%' } },
    ],
    ['a custom number format from a FORMAT record', [NUMBER(0, 0, 30, 1)], [FORMAT(164, '0"万元"'), XF(0), XF(164)], { '0:0': { value: 30, format: '0"万元"' } }],
    ['a boolean and an error', [BOOLERR(0, 0, 1, false), BOOLERR(0, 1, 0x07, true)], [XF(0)], { '0:0': { value: true }, '0:1': { value: '#DIV/0!' } }],
    ['a formula whose result is text, in the STRING record after it', [FORMULA(0, 3, [0, 0], [...ptg.ref(0, 1), ...ptg.ref(0, 2), ...ptg.add]), STRING('达成')], [XF(0)], { '0:3': { value: '达成', formula: '=B1+C1' } }],
    [
      'a formula whose result is text, in a STRING record split over a CONTINUE',
      [FORMULA(2, 1, [0, 0], [...ptg.ref(0, 1), ...ptg.ref(1, 1), ...ptg.add]), [0x0207, [...u16(4), 0, 0x61, 0x62]], CONTINUE([1, ...u16(0x5408), ...u16(0x8ba1)])],
      [XF(0)],
      { '2:1': { value: 'ab合计', formula: '=B1+B2' } },
    ],
    ['a formula of SUM written short (tAttrSum) with a number result', [FORMULA(5, 4, 120, [...ptg.area(1, 4, 4, 4), ...ptg.sumAttr])], [XF(0)], { '5:4': { value: 120, formula: '=SUM(E2:E5)' } }],
    ['a formula whose result is empty text: the formula alone', [FORMULA(0, 0, [3, 0], [...ptg.int(1)])], [XF(0)], { '0:0': { value: null, formula: '=1' } }],
    ['a formula of a name the reader does not resolve: its result alone', [FORMULA(0, 0, 7, ptg.name(1))], [XF(0)], { '0:0': { value: 7 } }],
    [
      'a shared formula whose SHRFMLA follows its first cell',
      [FORMULA(1, 2, 5, ptg.exp(1, 2)), SHRFMLA(1, 2, 2, 2, [...ptg.refN(0, -1), ...ptg.int(2), ...ptg.mul]), FORMULA(2, 2, 7, ptg.exp(1, 2))],
      [XF(0)],
      { '1:2': { value: 5, formula: '=B2*2' }, '2:2': { value: 7, formula: '=B3*2' } },
    ],
    [
      'two shared formulas, each cell given its own group’s text',
      [
        FORMULA(1, 2, 5, ptg.exp(1, 2)),
        FORMULA(1, 3, 6, ptg.exp(1, 3)),
        SHRFMLA(1, 2, 3, 3, [...ptg.refN(0, -2), ...ptg.int(3), ...ptg.add]),
        SHRFMLA(1, 2, 2, 2, [...ptg.refN(0, -1), ...ptg.int(2), ...ptg.mul]),
        FORMULA(2, 2, 7, ptg.exp(1, 2)),
        FORMULA(2, 3, 8, ptg.exp(1, 3)),
      ],
      [XF(0)],
      { '1:2': { value: 5, formula: '=B2*2' }, '1:3': { value: 6, formula: '=B2+3' }, '2:2': { value: 7, formula: '=B3*2' }, '2:3': { value: 8, formula: '=B3+3' } },
    ],
    ['a text result with its STRING missing: the formula alone', [FORMULA(0, 0, [0, 0], ptg.int(1)), NUMBER(1, 0, 2)], [XF(0)], { '0:0': { value: null, formula: '=1' }, '1:0': { value: 2 } }],
  ] as const)('%s', (_name, records, globals, expected) => {
    expect(cells(xls([...records] as Rec[], [...globals] as Rec[]))).toEqual(expected);
  });

  it('hidden rows and columns, merged areas, and a sheet hidden from the Unhide menu', () => {
    const [sheet] = readXls(xls([ROW(2, true), ROW(3, false), COLINFO(4, 6, 12, true), COLINFO(0, 0, 30, false), LABEL(3, 0, '甲'), LABEL(9, 0, '乙'), MERGEDCELLS([[0, 1, 0, 3], [5, 4, 2, 1]])], [XF(0)], 2));
    expect(sheet.state).toBe('veryHidden');
    expect(sheet.grid.state).toBe('veryHidden');
    expect(sheet.grid.hidden).toEqual({ rows: [2], columns: [[4, 6]] });
    expect(sheet.grid.merges).toEqual([
      { top: 0, bottom: 1, left: 0, right: 3 },
      { top: 4, bottom: 5, left: 1, right: 2 },
    ]);
    expect(sheet.columnWidths[0]).toBe(30);
    expect(sheet.columnWidths[5]).toBe(12);
  });

  it('gives the sheets one at a time: the first before a later one found cut short', () => {
    const stream = workbookStream([XF(0)], [
      { name: '表', records: [LABEL(0, 0, '甲')] },
      { name: '坏', records: [LABEL(0, 0, '乙')] },
    ]);
    // The last sheet's EOF cut off: the stream ends inside that sheet.
    const sheets = eachXlsSheet(xlsFile(stream.subarray(0, stream.length - 4)));
    expect(sheets.next().value).toMatchObject({ name: '表' });
    expect(() => sheets.next()).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });

  it('charts and macro sheets are left out; --sheet names one', () => {
    const stream = workbookStream(
      [XF(0)],
      [
        { name: '表', records: [LABEL(0, 0, '甲')] },
        { name: '另表', records: [LABEL(0, 0, '乙')] },
      ],
    );
    expect(readXls(xlsFile(stream)).map((s) => s.name)).toEqual(['表', '另表']);
    expect(readXls(xlsFile(stream), { sheet: '另表' }).map((s) => s.grid.text(0, 0))).toEqual(['乙']);
    expect(() => readXls(xlsFile(stream), { sheet: '无' })).toThrow(expect.objectContaining({ reason: 'no-sheets' }));
  });
});

describe('a damaged, old, locked or hostile .xls: a read error, never a crash', () => {
  const reason = (bytes: Uint8Array): string => {
    try {
      readXls(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      return (e as WorkbookReadError).reason;
    }
    return 'read';
  };
  const good = workbookStream([XF(0)], [{ name: 'S', records: [LABEL(0, 0, '甲')] }]);
  it.each<[string, Uint8Array, string]>([
    ['a password (FILEPASS)', xlsFile(workbookStream([FILEPASS, XF(0)], [{ name: 'S', records: [] }])), 'encrypted'],
    ['Excel 95 (BIFF5, a Book stream)', xlsFile(workbookStream([XF(0)], [{ name: 'S', records: [] }], 0x0500), 'Book'), 'old-xls'],
    ['Excel 95 in a Workbook stream', xlsFile(workbookStream([XF(0)], [{ name: 'S', records: [] }], 0x0500)), 'old-xls'],
    ['Excel 97–2003 records in a stream named Book (an exporter\'s)', xlsFile(good, 'Book'), 'read'],
    ['a compound file with no workbook stream (a Word file)', xlsFile(good, 'WordDocument'), 'not-xlsx'],
    ['the stream cut mid-record', xlsFile(good.subarray(0, good.length - 3)), 'corrupt'],
    ['a record shorter than its fields', xlsFile(workbookStream([XF(0)], [{ name: 'S', records: [[0x0203, [1, 0]]] }])), 'corrupt'],
    ['a shared-string count past its bytes', xlsFile(workbookStream([XF(0), [0x00fc, [...u32(1e9), ...u32(1e9)]]], [{ name: 'S', records: [] }])), 'corrupt'],
    ['an OLE header and zeros', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(1024).fill(0)]), 'corrupt'],
    ['a good one', xlsFile(good), 'read'],
  ])('%s', (_name, bytes, expected) => {
    expect(reason(bytes)).toBe(expected);
  });

  it.each([
    ['cells', { cells: 2 }],
    ['merges', { merges: 1 }],
    ['stringLength', { stringLength: 3 }],
  ] as const)('held to the %s limit (too-large)', (limit, limits) => {
    const bytes = xlsFile(workbookStream([XF(0)], [{ name: 'S', records: [LABEL(0, 0, '一二三四'), NUMBER(0, 1, 1), NUMBER(0, 2, 2), MERGEDCELLS([[0, 1, 0, 0], [2, 3, 0, 0]])] }]));
    try {
      readXls(bytes, { limits });
      throw new Error('read');
    } catch (e) {
      expect(e).toBeInstanceOf(TooLargeError);
      expect((e as TooLargeError).limit).toBe(limit);
    }
  });

  it('a crafted shared string longer than a cell may hold is refused before it is built', () => {
    const bytes = xlsFile(workbookStream([XF(0), [0x00fc, [...u32(1), ...u32(1), ...u16(60_000), 0, 0x61]]], [{ name: 'S', records: [] }]));
    expect(() => readXls(bytes)).toThrow(expect.objectContaining({ limit: 'stringLength' }));
  });
});

it('the browser reads an .xls by the same reader (fetched as its own chunk)', async () => {
  const bytes = xls([LABEL(0, 0, '项目名称'), NUMBER(0, 1, 3)]);
  const sheets = await readWorkbookAsync(bytes, { inflateAsync: async (d, n) => fflateInflate(d, n) });
  expect(sheets[0].grid.text(0, 0)).toBe('项目名称');
  expect(sheets[0].grid.cell(0, 1).value).toBe(3);
  const xlsx = await readWorkbookAsync(new Uint8Array(await toXlsx([projectTable()])), { inflateAsync: async (d, n) => fflateInflate(d, n) });
  expect(xlsx[0].grid.rowCount).toBeGreaterThan(10);
});

it('the project table read from an .xls is recognised as from its .xlsx', async () => {
  const source = new Uint8Array(await toXlsx([projectTable()]));
  const { recognizeSheet } = await import('../../src/core/recognize/recognize');
  const { checkTable } = await import('../../src/core/validate');
  const read = (grid: Grid) => recognizeSheet(grid).map((t) => [t.kind, t.fiscalYear, t.unit, t.range, checkTable(t).map((f) => `${f.cell} ${f.code}`)]);
  const fromXls = read(readXls(new Uint8Array(convertWithLibreOffice(source, 'xls')))[0].grid);
  expect(fromXls).toEqual(read(readXlsx(source)[0].grid));
  expect(fromXls[0][0]).toBe('project-targets');
});
