import { Grid } from '../../src/core/grid/grid';
import { LabelMap } from '../../src/core/recognize/label-map';
import { LabelKind, labelIs } from '../../src/core/recognize/labels';
import { reportSheet } from '../../src/core/report/report';

// A header over two rows: 一级指标 merged down A1:A2, 二级指标 and 三级指标 beside it, 指标值 merged across
// D1:E1; labels further down (项目名称, 年度资金总额) among text that is no label (categories, notes).
const grid = Grid.fromValues(
  'S',
  [
    ['一级指标', '二级指标', '三级指标', '指标值', null, '备注文字'],
    [null, '数量指标', '项目名称', 10, '年度资金总额'],
    ['说明', 5, '项目名称'],
  ],
  ['A1:A2', 'D1:E1'],
);
const labels = new LabelMap(grid);

describe('LabelMap', () => {
  it.each([
    // row, col, kind of label shown there (through merges), or undefined
    [0, 0, 'level1'],
    [1, 0, 'level1'], // covered by A1:A2: the master's label
    [0, 1, 'level2'],
    [0, 2, 'level3'],
    [0, 3, 'target'],
    [0, 4, 'target'], // covered by D1:E1
    [0, 5, undefined], // text, not a label
    [1, 3, undefined], // a number
    [1, 1, undefined], // a category, not a label
    [1, 2, 'project-name'],
    [1, 4, 'fund-total'],
    [2, 1, undefined],
    [2, 2, 'project-name'],
    [7, 7, undefined], // outside the sheet
  ])('at(%i, %i) is %s', (row, col, kind) => {
    const hit = labels.at(row, col);
    if (kind === undefined) expect(hit).toBeUndefined();
    else {
      expect(labels.is(row, col, kind as never)).toBe(true);
      expect(hit && { row: hit.row, col: hit.col }).toEqual(grid.master(row, col));
    }
  });

  it('lists a row’s labels left to right, and none for a row without', () => {
    expect(labels.inRow(0).map((h) => h.col)).toEqual([0, 1, 2, 3]);
    expect(labels.inRow(1).map((h) => grid.text(h.row, h.col))).toEqual(['项目名称', '年度资金总额']);
    expect(labels.inRow(2).map((h) => h.col)).toEqual([2]);
    expect(labels.inRow(5)).toEqual([]);
  });

  it.each([
    // top, bottom: the labels of those rows, by kind
    [0, 0, ['level1', 'level2', 'level3', 'target']],
    [1, 2, ['project-name', 'fund-total', 'project-name']],
    [2, 2, ['project-name']],
    [2, 9, ['project-name']],
    [3, 9, []],
    [1, 0, []],
  ])('finds the labels of rows %i..%i and no other', (top, bottom, kinds) => {
    const hits = labels.inRows(top, bottom);
    expect(hits.map((h) => h.row >= top && h.row <= bottom)).toEqual(kinds.map(() => true));
    expect(hits.map((h, i) => labelIs(h.label, kinds[i] as LabelKind))).toEqual(kinds.map(() => true));
  });

  it('finds a kind of label within rows, the first one or all', () => {
    expect(labels.find('project-name').map((h) => h.row)).toEqual([1, 2]);
    expect(labels.find('project-name', 2).map((h) => h.row)).toEqual([2]);
    expect(labels.find('project-name', 0, 1).map((h) => h.row)).toEqual([1]);
    expect(labels.find('project-name', 3)).toEqual([]);
    expect(labels.first('project-name')?.row).toBe(1);
    expect(labels.first('project-name', 2)?.row).toBe(2);
    expect(labels.first('project-name', 0, 0)).toBeUndefined();
    expect(labels.first('fund-total', 1, 1)?.col).toBe(4);
  });

  it('keeps the hits in sheet order', () => {
    const at = labels.hits.map((h) => h.row * 100 + h.col);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(labels.hits).toHaveLength(7);
  });

  it('is read once for a sheet without a table, its diagnosis included', () => {
    const spy = jest.spyOn(Grid.prototype, 'forEachCell');
    const [sheet] = reportSheet(Grid.fromValues('S', [['绩效指标'], ['一级指标', '二级指标', '三级指标', '说明'], ['产出指标', '数量指标', '场次']]));
    expect(sheet.unrecognised?.code).toBe('no-target-column');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('LabelMap.pageNumbers: a cell alone in its row holding a small whole number', () => {
  const numbers = (rows: (string | number | null)[][], merges: string[] = [], formats: Record<string, string> = {}) => {
    const g = Grid.fromValues('S', rows.map((r, i) => r.map((v, j) => (formats[`${String.fromCharCode(65 + j)}${i + 1}`] ? { value: v, format: formats[`${String.fromCharCode(65 + j)}${i + 1}`] } : v))), merges);
    return new LabelMap(g).pageNumbers.map(({ row, col }) => `${row}:${col}`);
  };
  it.each([
    ['a bare 2 in column A', [['产出指标', '数量指标'], [2], ['效益指标']], [], {}, ['1:0']],
    ['a bare 12 centred, typed as text', [['产出指标'], [null, null, '12'], ['效益指标']], [], {}, ['1:2']],
    ['the last row of the sheet', [['产出指标'], [3]], [], {}, ['1:0']],
    ['a bare number merged across the row', [['产出指标', '数量指标', 'x'], [4, null, null]], ['A2:C2'], {}, ['1:0']],
    ['a figure beside text is no page number', [['产出指标', 5]], [], {}, []],
    ['a year alone is no page number', [['标题'], [2023]], [], {}, []],
    ['nor a fraction or zero', [[0.5], [0], ['x']], [], {}, []],
    ['nor a share or a date', [[1], [2]], [], { A1: '0%', A2: 'yyyy-mm-dd' }, []],
    ['nor a figure under a name merged down over its row', [['数量指标', '发放人数', 10], [null, null, 12]], ['A1:A2', 'B1:B2'], {}, []],
  ] as const)('%s', (_, rows, merges, formats, expected) => {
    expect(numbers(rows as never, [...merges], formats)).toEqual(expected);
  });
});
