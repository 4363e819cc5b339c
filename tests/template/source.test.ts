/**
 * What next year's template is made from (src/core/template/source.ts): a table whose indicator header
 * is printed again mid-list on one sheet (a PDF converted to one sheet prints it atop every page) read
 * with those rows left out, so that the template equals the one made from the table printed once.
 */
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { tablesOnGrids, TableOnGrid } from '../../src/core/report/report';
import { nextYearTemplate } from '../../src/core/template/next-year';
import { SheetSpec as TemplateSpec } from '../../src/core/template/sheet-spec';
import { templateSource } from '../../src/core/template/source';
import { Cell, indicatorHeaderRow, printedOnOneSheet, printedPages, projectTable, SheetSpec, toGrid } from '../support/tables';

const WHOLE = projectTable({ sheet: '表' });
const HEADER = indicatorHeaderRow(WHOLE);

/** The table printed over two pages, its header again atop the second, converted to one sheet with `between` rows between the pages. */
const onOneSheet = (cut: number, between: Cell[][] = [['第 1 页，共 2 页']]): SheetSpec => printedOnOneSheet(WHOLE, cut, [HEADER, HEADER], between);

const found = (spec: SheetSpec): TableOnGrid => tablesOnGrids([toGrid(spec)]).find((t) => !t.table.fragment)!;
const template = (source: TableOnGrid): TemplateSpec => nextYearTemplate(source.grid, source.table, { year: 2024 }, source.pages).spec;
const texts = (spec: TemplateSpec): string[] =>
  spec.cells.filter((c) => c.value !== undefined && c.value !== null && c.value !== '').map((c) => `${c.address}=${String(c.value)}`).sort();
const ONE = (() => {
  const grid = toGrid(WHOLE);
  return template({ sheet: '表', grid, table: recognizeSheet(grid)[0] });
})();

describe('templateSource', () => {
  it.each([
    ['a page’s number between the pages, 数量 split two rows and one', 12, undefined],
    ['a page’s number between the pages, 产出 split six rows and one', 16, undefined],
    ['续表 between the pages', 18, [['续表']]],
    ['nothing between the pages', 13, []],
  ])('leaves out the header printed again: %s', (_name, cut, between) => {
    expectOneSheetTemplate(found(onOneSheet(cut, between)), cut);
  });

  it.each([
    ['the page’s number', [['第 1 页，共 2 页']]],
    ['a blank line and 续表', [[], ['续表']]],
  ])('leaves out a page’s foot where no header is printed again: %s', (_name, between) => {
    // The project table broken above its row 13 (zero-based 12), the foot's rows between its two parts.
    expectOneSheetTemplate(found(printedOnOneSheet(WHOLE, 12, undefined, between)), 12);
  });

  function expectOneSheetTemplate(table: TableOnGrid, cut: number): void {
    const source = templateSource(table);
    // Read as two pages of the one sheet, each row's looks from where it stands.
    expect(source.pages?.sheets).toEqual(['表', '表']);
    const spec = template(source);
    expect(texts(spec)).toEqual(texts(ONE));
    expect([...spec.merges].sort()).toEqual([...ONE.merges].sort());
    expect(spec.cells.filter((c) => c.value === '一级指标')).toHaveLength(1);
    expect(spec.sourcePages?.[1]).toMatchObject({ sheet: '表', top: cut });
  }

  it('gives the table as found where no header is printed again, or the rows between hold more', () => {
    const plain = found(WHOLE);
    expect(templateSource(plain)).toBe(plain);
    // Text the list is read past but no page's number or 续表 (转下页 in the table's last column): kept.
    const noted = found(onOneSheet(18, [[null, null, null, null, null, null, '转下页']]));
    expect(noted.table.indicators?.indicators).toHaveLength(14);
    expect(templateSource(noted)).toBe(noted);
  });

  it('gives a table read across sheets as found: its pages are stacked past such a header already', () => {
    const across = tablesOnGrids(printedPages(WHOLE, [12], [HEADER, HEADER]).map((p) => toGrid(p))).find((t) => !t.table.fragment)!;
    expect(across.pages?.sheets).toEqual(['第1页', '第2页']);
    expect(templateSource(across)).toBe(across);
  });
});
