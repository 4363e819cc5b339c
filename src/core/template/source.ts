import { parseA1, parseRange } from '../grid/address';
import { cellText, Grid, StackedPage } from '../grid/grid';
import { Pages } from '../grid/pages';
import { isPageMark } from '../grid/text';
import { PerformanceTable } from '../model/table';
import { recognizeSheet } from '../recognize/recognize';
import { categoryColumns, TableOnGrid } from '../report/report';

/**
 * What next year's template is made from: the table as found, or, where its list holds the indicator
 * header printed again (a PDF converted to one sheet prints it atop every page, a page's number between)
 * or a page's number alone, the same table read with those rows left out, as the pages of one sheet: the
 * template holds the header once and no page's number, a category the break split is merged whole again,
 * and each row still looks as it does where it stands (`Pages`, `SheetSpec.sourcePages`). A table read
 * across sheets is stacked past such rows already.
 */
export function templateSource(found: TableOnGrid): TableOnGrid {
  if (found.pages) return found;
  const { grid, table } = found;
  const block = table.indicators;
  if (!block || !block.categorised || block.indicators.length < 2) return found;
  const cuts = repeatedHeaderRuns(grid, table);
  if (cuts.length === 0) return found;
  const categories = categoryColumns(table);
  const pages: StackedPage[] = [];
  let from = 0;
  for (const [top, bottom] of cuts) {
    pages.push({ grid, from, to: top - 1, listFrom: pages.length === 0 ? block.indicators[0].row : from, categories });
    from = bottom + 1;
  }
  pages.push({ grid, from, to: grid.rowCount - 1, categories });
  const stacked = Grid.stacked(pages);
  if (!stacked) return found;
  // The same table, read again without the rows: else (a reading the cut changed) the table as found.
  const again = recognizeSheet(stacked.grid).find((t) => t.firstRow === table.firstRow && !t.fragment);
  if (!again?.indicators || again.indicators.indicators.length !== block.indicators.length) return found;
  return { sheet: found.sheet, table: again, grid: stacked.grid, pages: new Pages(pages.map(() => grid.name), stacked.starts, pages.map((p) => p.from)) };
}

/**
 * The runs of rows between two rows of the list that hold its indicator header again, or a page's number
 * or 续表, and nothing but these and blank rows: [top, bottom], in order. A run holding anything else (a
 * line of the list in two rows, a subtotal), or blank rows alone, is no page break's, and stays.
 */
function repeatedHeaderRuns(grid: Grid, table: PerformanceTable): [number, number][] {
  const block = table.indicators!;
  const range = parseRange(table.range);
  // From the 一级 column on: a label merged down beside the list (绩效指标) shows on the header's first copy only.
  const left = parseA1(block.header.level1).col;
  const signature = (r: number): string => {
    const texts: string[] = [];
    for (let c = left; c <= range.right; c++) texts.push(cellText(grid.cell(r, c)).replace(/\s+/g, ''));
    return texts.filter((t) => t !== '').length >= 2 ? texts.join('|') : '';
  };
  // The header's rows: its labels' row and the rows of the head above it that the list's first row is under.
  const headerRow = parseA1(block.header.name).row;
  const heads = new Set<string>();
  for (let r = Math.max(table.firstRow, headerRow - 2); r < block.indicators[0].row; r++) if (signature(r) !== '') heads.add(signature(r));
  const runs: [number, number][] = [];
  const rows = block.indicators.map((i) => i.row).sort((a, b) => a - b);
  for (let i = 1; i < rows.length; i++) {
    const top = rows[i - 1] + 1;
    const bottom = rows[i] - 1;
    if (bottom < top) continue;
    let broken = false;
    let other = false;
    for (let r = top; r <= bottom && !other; r++) {
      const s = signature(r);
      const kind = s !== '' && heads.has(s) ? 'header' : rowKind(grid, r, range.left, range.right);
      if (kind === 'other') other = true;
      else if (kind !== 'blank') broken = true;
    }
    if (broken && !other) runs.push([top, bottom]);
  }
  return runs;
}

/** What a row shows in the table's columns: nothing, a page's number or 续表 and nothing else, or more. */
function rowKind(grid: Grid, r: number, left: number, right: number): 'blank' | 'mark' | 'other' {
  let kind: 'blank' | 'mark' = 'blank';
  for (let c = left; c <= right; c++) {
    const text = cellText(grid.cell(r, c)).trim();
    if (text === '') continue;
    if (!isPageMark(text)) return 'other';
    kind = 'mark';
  }
  return kind;
}
