/**
 * The linear reader gives the grid ExcelJS's reader gave, cell by cell, on every fixture, every
 * corpus table and the generated tables of both families and layouts, and on the seed as
 * LibreOffice saves it.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'path';
import { Grid } from '../../src/core/grid/grid';
import { loadWorkbook, workbookToGrids } from '../../src/hosts/file/workbook';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { loadCorpus, tableToXlsx } from '../support/corpus';
import { selfEvaluationTable } from '../support/self-evaluation';
import { departmentTable, projectTable, toXlsx } from '../support/tables';
import { convertWithLibreOffice } from '../support/recalc';

function dump(grid: Grid): { name: string; rows: number; cols: number; cells: string[]; merges: string[]; hidden: string } {
  const cells: string[] = [];
  grid.forEachCell((row, col, cell) => cells.push(`${row}:${col} ${JSON.stringify(cell.value)} ${cell.formula ?? ''} ${cell.format ?? ''}`));
  const merges = grid.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort();
  return { name: grid.name, rows: grid.rowCount, cols: grid.colCount, cells, merges, hidden: hiddenRuns(grid) };
}

/** Hidden rows, and hidden columns as runs with adjacent ones joined (a file may write one <col> a column). */
function hiddenRuns(grid: Grid): string {
  const columns: [number, number][] = [];
  for (const [first, last] of [...(grid.hidden?.columns ?? [])].sort((a, b) => a[0] - b[0])) {
    const prev = columns[columns.length - 1];
    if (prev && prev[1] + 1 >= first) prev[1] = Math.max(prev[1], last);
    else columns.push([first, last]);
  }
  return `rows ${(grid.hidden?.rows ?? []).join(',')} columns ${columns.map(([a, b]) => `${a}-${b}`).join(',')}`;
}

async function both(bytes: Uint8Array): Promise<void> {
  const old = workbookToGrids(await loadWorkbook(bytes)).map(dump);
  const now = readXlsx(bytes).map((s) => dump(s.grid));
  expect(now).toEqual(old);
}

const ROOT = path.join(__dirname, '..', '..');

test.each([['tests/fixtures/futian-2022-department-targets.xlsx'], ['examples/futian-2022-department-targets.xlsx']])('%s', async (file) => {
  await both(readFileSync(path.join(ROOT, file)));
});

test.each(loadCorpus().map((e) => [e.id, e] as const))('corpus %s', async (_id, e) => {
  await both(await tableToXlsx(e.table));
});

test.each([
  ['department', departmentTable()],
  ['department, no merges, amounts as text', departmentTable({ merges: false, amountsAsText: 'thousands' })],
  ['project at an origin', projectTable({ origin: { row: 3, col: 2 } })],
  ['self-evaluation, central', selfEvaluationTable({ rate: { value: 0.96, format: '0.00%' } })],
  ['self-evaluation, Sichuan', selfEvaluationTable({ layout: 'sichuan', kind: 'department' })],
] as const)('generated: %s', async (_name, spec) => {
  await both(await toXlsx([spec]));
});

test('hidden rows and columns: a template’s unused slots hidden, a column of workings hidden, rows hidden past the last cell left out', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  for (let r = 1; r <= 8; r++) ws.getRow(r).values = [`名称${r}`, r, r * 2, '备注'];
  ws.getRow(3).hidden = true;
  ws.getRow(5).hidden = true;
  ws.getRow(6).hidden = true;
  // Hidden and empty, below the last cell: no finding can be there.
  ws.getRow(12).hidden = true;
  ws.getColumn(3).hidden = true;
  for (let c = 6; c <= 9; c++) ws.getColumn(c).hidden = true;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await both(bytes);
  const [sheet] = readXlsx(bytes);
  expect(hiddenRuns(sheet.grid)).toBe('rows 2,4,5 columns 2-2,5-8');
  expect([sheet.grid.hiddenAt(2, 0), sheet.grid.hiddenAt(0, 2), sheet.grid.hiddenAt(3, 3), sheet.grid.hiddenAt(4, 7)]).toEqual(['row', 'column', undefined, 'row']);
});

describe('the seed as LibreOffice saves it: text that mixes Chinese and Latin written as a rich run per font', () => {
  let original: Uint8Array;
  let saved: Uint8Array;
  beforeAll(() => {
    original = new Uint8Array(readFileSync(path.join(ROOT, 'examples/futian-2022-department-targets.xlsx')));
    saved = new Uint8Array(convertWithLibreOffice(original, 'xlsx'));
  }, 150_000);

  test('its shared strings hold such runs (the form the reader walks in one loop)', () => {
    expect(strFromU8(unzipSync(saved)['xl/sharedStrings.xml']).match(/<r><rPr>/g)?.length ?? 0).toBeGreaterThan(20);
  });

  test('the linear reader gives the grid ExcelJS gives', async () => {
    await both(saved);
  });

  test('each cell reads the value it holds in the workbook LibreOffice was given', () => {
    const [before] = readXlsx(original);
    const [after] = readXlsx(saved);
    const values = (grid: Grid): string[] => {
      const out: string[] = [];
      grid.forEachCell((row, col, cell) => out.push(`${grid.address(row, col)} ${JSON.stringify(cell.value)}`));
      return out;
    };
    expect(values(after.grid)).toEqual(values(before.grid));
  });
});
