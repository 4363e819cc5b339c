import { SheetSpec, sourceRuns } from '../../src/core/template/sheet-spec';

/** Where a template's rows come from: its one source sheet, or each page of a table printed a worksheet a page. */
describe('sourceRuns', () => {
  const pages: Pick<SheetSpec, 'sourceSheet' | 'sourcePages'> = {
    sourceSheet: '第1页',
    // The second page's list from its row 2 (its row 1 a running head left out), the third's from its top.
    sourcePages: [
      { sheet: '第1页', top: 0, from: 0 },
      { sheet: '第2页', top: 20, from: 1 },
      { sheet: '第3页', top: 35, from: 0 },
    ],
  };
  it.each([
    ['no source', {}, 0, 10, []],
    ['one sheet, every row its own', { sourceSheet: '表' }, 3, 9, [{ sheet: '表', top: 3, bottom: 9, from: 3 }]],
    ['rows on the first page', pages, 2, 19, [{ sheet: '第1页', top: 2, bottom: 19, from: 2 }]],
    [
      'rows over every page',
      pages,
      5,
      40,
      [
        { sheet: '第1页', top: 5, bottom: 19, from: 5 },
        { sheet: '第2页', top: 20, bottom: 34, from: 1 },
        { sheet: '第3页', top: 35, bottom: 40, from: 0 },
      ],
    ],
    ['rows from a later page on', pages, 22, 36, [{ sheet: '第2页', top: 22, bottom: 34, from: 3 }, { sheet: '第3页', top: 35, bottom: 36, from: 0 }]],
  ] as const)('%s', (_, spec, top, bottom, runs) => {
    expect(sourceRuns(spec, top, bottom)).toEqual(runs);
  });
});
