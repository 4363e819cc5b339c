import { CellProbe, FAR_ROW_GAP, Grid, GridCell, MERGE_SLACK, OVERLAP_WALK, rowToFill } from '../../src/core/grid/grid';
import { CellRange, parseRange, rangeToA1 } from '../../src/core/grid/address';
import fc from 'fast-check';

// A sheet with areas of several shapes: across a row, down a column, a block, and rows with none.
//      A        B      C     D
// 1  标题(A1:D1)
// 2  产出(A2:A4) 数量   x     1
// 3              (B3:C4)     2
// 4                          3
// 5  y       z
const grid = Grid.fromValues(
  '表',
  [
    ['标题'],
    ['产出', '数量', 'x', 1],
    [null, '合并', null, 2],
    [null, null, null, 3],
    ['y', 'z'],
  ],
  ['A1:D1', 'A2:A4', 'B3:C4'],
);

const at = (row: number, col: number): string | undefined => {
  const m = grid.mergeAt(row, col);
  return m && rangeToA1(m);
};

describe('Grid merged areas', () => {
  test.each<[string, number, number, string | undefined]>([
    ['the top-left of an area across a row', 0, 0, 'A1:D1'],
    ['the end of an area across a row', 0, 3, 'A1:D1'],
    ['the top of an area down a column', 1, 0, 'A2:A4'],
    ['the foot of an area down a column', 3, 0, 'A2:A4'],
    ['a cell beside an area, in its row', 1, 1, undefined],
    ['inside a block', 3, 2, 'B3:C4'],
    ['right of a block', 2, 3, undefined],
    ['a row no area crosses', 4, 0, undefined],
    ['a row above the sheet', -1, 0, undefined],
    ['a row below the sheet', 5, 0, undefined],
    ['a row far below the sheet', 1_000_000, 0, undefined],
  ])('%s', (_what, row, col, expected) => {
    expect(at(row, col)).toBe(expected);
  });

  test('covered cells read through to the top-left value, and hold none of their own', () => {
    expect(grid.text(3, 2)).toBe('合并');
    expect(grid.ownText(3, 2)).toBe('');
    expect(grid.ownText(2, 1)).toBe('合并');
    expect(grid.isCovered(2, 1)).toBe(false);
    expect(grid.isCovered(2, 2)).toBe(true);
    expect(grid.master(3, 0)).toEqual({ row: 1, col: 0 });
    expect(grid.masterAddress(3, 2)).toBe('B3');
  });

  test('probe reports the text, the area and the cell holding it', () => {
    const out: CellProbe = { text: '', own: '', merge: undefined, row: 0, col: 0 };
    expect(grid.probe(3, 0, out)).toMatchObject({ text: '产出', own: '', row: 1, col: 0 });
    expect(rangeToA1(out.merge!)).toBe('A2:A4');
    expect(grid.probe(1, 3, out)).toEqual({ text: '1', own: '1', merge: undefined, row: 1, col: 3 });
  });

  test('forEachCell visits each filled cell once, never a covered one, rows in order', () => {
    const seen: string[] = [];
    grid.forEachCell((r, c, cell) => seen.push(`${grid.address(r, c)}=${String(cell.value)}`));
    expect(seen).toEqual(['A1=标题', 'A2=产出', 'B2=数量', 'C2=x', 'D2=1', 'B3=合并', 'D3=2', 'D4=3', 'A5=y', 'B5=z']);
  });

  test('areas crossing one row are found in the order the sheet lists them', () => {
    // Overlapping areas are not Excel's, but a hostile file may hold them: the first listed wins.
    const overlap = Grid.fromValues('表', [['a', 'b', 'c']], ['B1:C1', 'A1:C1']);
    expect(rangeToA1(overlap.mergeAt(0, 2)!)).toBe('B1:C1');
    expect(rangeToA1(overlap.mergeAt(0, 0)!)).toBe('A1:C1');
  });

  test('every cell finds the first listed area covering it, in rows crossed by few areas or by hundreds, overlapping or not', () => {
    // Random areas, overlapping at times, below the rows the columns cross (a row with more than OVERLAP_WALK overlapping is tested apart).
    const area = fc.record({ top: fc.nat(30), left: fc.nat(60), height: fc.nat(12), width: fc.nat(4) }).map((a) => ({ top: 45 + a.top, left: a.left, bottom: 45 + a.top + a.height, right: a.left + a.width }));
    // Columns side by side over the same rows (whole-column areas cut to the sheet): a row crossed by hundreds.
    const columns = fc.constantFrom(0, 1).map((on) => (on ? Array.from({ length: 300 }, (_, i) => ({ top: 0, left: 100 + i, bottom: 40, right: 100 + i })) : []));
    fc.assert(
      fc.property(fc.array(area, { maxLength: 40 }), columns, fc.boolean(), (areas, wide, wideFirst) => {
        const listed = wideFirst ? [...wide, ...areas] : [...areas, ...wide];
        const g = new Grid({ name: '表', cells: [[{ value: 'a' }]], merges: listed });
        // Each cell's first listed area, painted in list order.
        const first: (CellRange | undefined)[][] = Array.from({ length: g.rowCount }, () => new Array(g.colCount).fill(undefined));
        for (const m of g.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) first[r][c] ??= m;
        const wrong: string[] = [];
        for (let r = 0; r < g.rowCount; r++) for (let c = 0; c < g.colCount; c++) if (g.mergeAt(r, c) !== first[r][c]) wrong.push(g.address(r, c));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test('a row where more areas overlap than are walked is halved: each cell finds an area covering it, or none', () => {
    // Only a crafted file: hundreds of identical and shifted areas over the same row.
    const listed = Array.from({ length: OVERLAP_WALK * 4 }, (_, i) => ({ top: 0, left: i % 7, bottom: 2, right: (i % 7) + 20 }));
    const g = new Grid({ name: '表', cells: [[{ value: 'a' }]], merges: listed });
    for (let c = 0; c < g.colCount; c++) {
      const m = g.mergeAt(1, c);
      if (m) expect(c >= m.left && c <= m.right).toBe(true);
    }
    expect(g.mergeAt(1, 26)).toEqual({ top: 0, left: 6, bottom: 2, right: 26 });
  });

  test('a sheet without areas answers every look-up with none', () => {
    const plain = Grid.fromValues('表', [['a', 'b'], [1, 2]]);
    expect(plain.merges).toEqual([]);
    for (const [r, c] of [[0, 0], [1, 1], [-1, 0], [7, 7]]) expect(plain.mergeAt(r, c)).toBeUndefined();
  });

  test('an area wholly past the sheet and its slack is dropped; the areas around it keep their order', () => {
    const far = Grid.fromValues('表', [['a', 'b', 'c']], ['A1:B1', 'A3000:B3001', 'C1:C2']);
    expect(far.merges.map(rangeToA1)).toEqual(['A1:B1', 'C1:C2']);
    expect(rangeToA1(far.mergeAt(1, 2)!)).toBe('C1:C2');
    expect(far.mergeAt(2999, 0)).toBeUndefined();
  });

  test('a whole-column area is clipped to the sheet and its slack, not a million rows', () => {
    const whole = new Grid({ name: '表', cells: [[{ value: '标题' }], [null, { value: 1 }]], merges: [parseRange('H1:XFD1048576')] });
    expect(whole.rowCount).toBe(2 + MERGE_SLACK);
    expect(whole.colCount).toBe(2 + MERGE_SLACK); // the slack counts from the filled columns (B), not the area's left
    expect(rangeToA1(whole.mergeAt(whole.rowCount - 1, whole.colCount - 1)!)).toBe(rangeToA1({ top: 0, left: 7, bottom: whole.rowCount - 1, right: whole.colCount - 1 }));
    expect(whole.mergeAt(whole.rowCount, 7)).toBeUndefined();
    expect(whole.mergeAt(1, 6)).toBeUndefined();
  });
});

describe('rows far below the others', () => {
  const row = (...values: string[]): GridCell[] => values.map((value) => ({ value }));

  test('rows that follow on are listed, a short gap filled with empty entries, a long one kept by number', () => {
    const cells: (GridCell[] | undefined)[] = [];
    const far = new Map<number, GridCell[]>();
    rowToFill(cells, far, 0, () => row('a'));
    rowToFill(cells, far, 5, () => row('b'));
    // No hole in the list: V8 would make a list written past a long hole a slow dictionary.
    expect(cells.length).toBe(6);
    expect(Object.keys(cells)).toHaveLength(6);
    rowToFill(cells, far, 6 + FAR_ROW_GAP - 1, () => row('c'));
    expect(cells.length).toBe(6 + FAR_ROW_GAP);
    rowToFill(cells, far, 1_048_575, () => row('d'));
    expect(cells.length).toBe(6 + FAR_ROW_GAP);
    expect([...far.keys()]).toEqual([1_048_575]);
  });

  test('a row met again is the one already made, listed or kept by number', () => {
    const cells: (GridCell[] | undefined)[] = [];
    const far = new Map<number, GridCell[]>();
    const listed = rowToFill(cells, far, 3, () => row('a'));
    const kept = rowToFill(cells, far, 500_000, () => row('b'));
    expect(rowToFill(cells, far, 3, () => row('x'))).toBe(listed);
    expect(rowToFill(cells, far, 500_000, () => row('y'))).toBe(kept);
    // The list grows past a row kept by number: that row stays where it is, and is found there.
    for (let r = 4; r <= 501_000; r += 1_000) rowToFill(cells, far, r, () => row('z'));
    expect(cells.length).toBeGreaterThan(500_000);
    expect(rowToFill(cells, far, 500_000, () => row('w'))).toBe(kept);
  });

  // A table, a stray cell at the last cell of the sheet, and a row kept by number that the list
  // later grew past (rows written out of order).
  const last = new Array<GridCell>(16_384);
  last[16_383] = { value: '末格' };
  const farRows = new Map<number, GridCell[]>([
    [1_048_575, last],
    [2, row('', '迟到')],
  ]);
  const grid = new Grid({ name: '表', cells: [row('标题'), row('产出', '数量'), undefined, row('甲')], farRows, merges: [parseRange('A1:B1')] });

  test('the extent counts the rows kept by number; their cells read as any other', () => {
    expect(grid.rowCount).toBe(1_048_576);
    expect(grid.colCount).toBe(16_384);
    expect(grid.text(1_048_575, 16_383)).toBe('末格');
    expect(grid.text(2, 1)).toBe('迟到');
    expect(grid.firstTextColumn(2)).toBe(1);
    expect(grid.firstTextColumn(1_048_575)).toBe(16_383);
    expect(grid.text(500_000, 0)).toBe('');
  });

  test('forEachCell visits them in row order, within the rows asked for', () => {
    const seen = (from?: number, to?: number): string[] => {
      const out: string[] = [];
      grid.forEachCell((r, c, cell) => out.push(`${grid.address(r, c)}=${String(cell.value)}`), from, to);
      return out;
    };
    expect(seen()).toEqual(['A1=标题', 'A2=产出', 'B2=数量', 'B3=迟到', 'A4=甲', 'XFD1048576=末格']);
    expect(seen(2, 3)).toEqual(['B3=迟到', 'A4=甲']);
    expect(seen(3, 1_048_574)).toEqual(['A4=甲']);
    expect(seen(4)).toEqual(['XFD1048576=末格']);
  });

  test('made again from what it was made of, on another thread, it is the same grid', () => {
    const again = new Grid(structuredClone(grid.toInit()));
    expect(again.rowCount).toBe(grid.rowCount);
    expect(again.text(1_048_575, 16_383)).toBe('末格');
    expect(again.merges).toEqual(grid.merges);
  });

  test('made again, or with texts or cells changed, it keeps what the sheet hides and whether it is hidden itself', () => {
    const hiding = new Grid({ name: '隐藏', cells: [[{ value: '甲' }, { value: '乙' }], [{ value: '丙' }]], hidden: { rows: [1], columns: [[1, 1]] }, state: 'veryHidden' });
    for (const made of [new Grid(structuredClone(hiding.toInit())), hiding.withTexts((s) => `${s}!`), hiding.withBlanks([{ row: 0, col: 0 }])]) {
      expect([made.state, made.hiddenAt(1, 0), made.hiddenAt(0, 1), made.hiddenAt(0, 0)]).toEqual(['veryHidden', 'row', 'column', undefined]);
    }
    // A visible sheet says nothing of it, on either side of a thread.
    expect([grid.state, 'state' in grid.toInit(), 'hidden' in grid.toInit()]).toEqual([undefined, false, false]);
  });
});
