import { Grid } from '../../src/core/grid/grid';
import { Pages, sheetRef } from '../../src/core/grid/pages';
import { rangeToA1 } from '../../src/core/grid/address';

const page = (name: string, values: (string | null)[][], merges: string[] = []): Grid => Grid.fromValues(name, values, merges);

describe('Grid.stacked: sheets printed a page each, one under another', () => {
  it('lays the pages one under another from their first to their last row, merged areas moved with them', () => {
    const a = page('第1页', [['标题'], ['产出', '数量', '甲'], [null, null, '乙']], ['A2:A3']);
    const b = page('第2页', [['第 2 页'], ['效益', '社会效益', '丙']], []);
    const { grid, starts } = Grid.stacked([
      { grid: a, from: 0, to: 2 },
      { grid: b, from: 1, to: 1 },
    ])!;
    expect(starts).toEqual([0, 3]);
    expect(grid.name).toBe('第1页');
    expect([grid.text(3, 0), grid.text(3, 2), grid.rowCount]).toEqual(['效益', '丙', 4]);
    expect(grid.merges.map(rangeToA1)).toEqual(['A2:A3']);
  });

  it('joins a blank area at a page top to the merged cell above the break, in the same columns', () => {
    // 产出 merged over B2:B3 on the first page and, blank, over B1:B2 on the next: one area of four rows.
    const a = page('第1页', [['一级指标', '二级指标', '三级指标'], ['产出', '数量', '甲'], [null, null, '乙']], ['A2:A3', 'B2:B3']);
    const b = page('第2页', [[null, null, '丙'], [null, '质量', '丁']], ['A1:A2']);
    const { grid } = Grid.stacked([
      { grid: a, from: 0, to: 2 },
      { grid: b, from: 0, to: 1 },
    ])!;
    expect(grid.merges.map(rangeToA1)).toEqual(['A2:A5', 'B2:B3']);
    expect(grid.text(4, 0)).toBe('产出');
  });

  it('joins such an area to an unmerged cell above it, but never a row’s own area across columns', () => {
    const a = page('第1页', [['产出', '甲', '8家', null]], ['C1:D1']);
    const b = page('第2页', [[null, '乙', null, null], [null, '丙', '9家', null]], ['A1:A2', 'C1:D1']);
    const { grid } = Grid.stacked([
      { grid: a, from: 0, to: 0 },
      { grid: b, from: 0, to: 1 },
    ])!;
    // 产出 runs on over the next page's A1:A2; the target area C1:D1 there stays its own (a blank target).
    expect(grid.merges.map(rangeToA1).sort()).toEqual(['A1:A3', 'C1:D1', 'C2:D2']);
    expect(grid.text(1, 2)).toBe('');
  });

  // 数量 merged over B2:B3 at the first page's foot, its rest on the next page one row: a blank cell, no area.
  const foot = page('第1页', [['一级指标', '二级指标', '三级指标'], ['产出', '数量', '甲'], [null, null, '乙']], ['A2:A3', 'B2:B3']);
  const rest = (b1: string | null, merges: string[] = ['A1:A2']) => page('第2页', [[null, b1, '丙'], [null, '质量', '丁']], merges);
  it.each([
    ['the list’s category columns, a blank cell under its area', rest(null), [0, 1], 0, ['A2:A5', 'B2:B4']],
    ['no category columns said (another column merged down, a shared reason)', rest(null), [], 0, ['A2:A5', 'B2:B3']],
    ['the next page naming its own 二级 there', rest('时效'), [0, 1], 0, ['A2:A5', 'B2:B3']],
    ['the cell merged on the next page (joined as an area)', rest(null, ['A1:A2', 'B1:B1']), [0, 1], 0, ['A2:A5', 'B2:B4']],
    ['the first page’s list not yet begun (a header its foot)', rest(null), [0, 1], 3, ['A2:A3', 'A4:A5', 'B2:B3']],
  ])('runs a category merged down over the break on over one blank cell: %s', (_name, next, categories, listFrom, merges) => {
    const { grid } = Grid.stacked([
      { grid: foot, from: 0, to: 2, listFrom, categories },
      { grid: next, from: 0, to: 1 },
    ])!;
    expect(grid.merges.map(rangeToA1).sort()).toEqual(merges);
  });

  it('gives no stack of a sheet keeping a far row by number (a stray cell at the sheet’s end)', () => {
    const far = new Grid({ name: '远', cells: [[{ value: '甲' }]], farRows: new Map([[1_000_000, [{ value: 'x' }]]]) });
    expect(Grid.stacked([{ grid: far, from: 0, to: 0 }])).toBeNull();
  });
});

describe('Pages: a stacked cell back on its own sheet', () => {
  // 第1页 rows 0–9 stacked at 0; 第2页 from its row 2 (a page number above) at 10.
  const pages = new Pages(['第1页', 'Sheet2'], [0, 10], [0, 2]);

  it.each([
    ['E5', { sheet: '第1页', cell: 'E5' }],
    ['E10', { sheet: '第1页', cell: 'E10' }],
    ['E11', { sheet: 'Sheet2', cell: 'E3' }],
    ['A20', { sheet: 'Sheet2', cell: 'A12' }],
  ])('%s is %o', (cell, placed) => {
    expect(pages.place(cell)).toEqual(placed);
  });

  it.each([
    ['第1页', 'E5', 'E5'],
    ['Sheet2', 'E5', "'第1页'!E5"],
    ['第1页', 'E12', 'Sheet2!E4'],
    ['第1页', 'E7:E12', "E7:E10,Sheet2!E3:E4"],
    ['Sheet2', 'E7,E12', "'第1页'!E7,E4"],
  ])('from %s, %s is written %s', (from, refs, written) => {
    expect(pages.refFrom(from, refs)).toBe(written);
  });

  it('writes a formula’s references as seen from the sheet it goes on', () => {
    expect(pages.formulaFrom('第1页', '=SUM(E7:E12)')).toBe('=SUM(E7:E10,Sheet2!E3:E4)');
    expect(pages.formulaFrom('Sheet2', '=E11-E12')).toBe('=E3-E4');
  });

  it('gives a row’s number and a range on the sheet the range starts on', () => {
    expect(pages.rowNumber(12)).toBe(5);
    expect(pages.rangeOnFirst('A1:G14')).toBe('A1:G10');
    expect(pages.rangeOnFirst('A11:G14')).toBe('A3:G6');
  });

  it.each([
    ['Sheet1', 'Sheet1'],
    ['第2页', "'第2页'"],
    ["O'Neil", "'O''Neil'"],
    ['2023 年', "'2023 年'"],
  ])('names sheet %s as %s in a reference', (name, ref) => {
    expect(sheetRef(name)).toBe(ref);
  });
});
