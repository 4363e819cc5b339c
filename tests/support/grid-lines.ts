/** A grid as lines to compare in the readers' tests: its cells (value, format, formula), its merged areas, its findings. */
import { Grid } from '../../src/core/grid/grid';
import { validateGrid } from '../../src/core/validate';

/** `row:col value format formula`, each cell in sheet order. */
export function cellLines(grid: Grid): string[] {
  const out: string[] = [];
  grid.forEachCell((row, col, cell) => out.push(`${row}:${col} ${JSON.stringify(cell.value)}${cell.format ? ` ${cell.format}` : ''}${cell.formula ? ` ${cell.formula}` : ''}`));
  return out;
}

/** The merged areas, `top:left-bottom:right`, sorted. */
export const mergeLine = (grid: Grid): string =>
  grid.merges
    .map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`)
    .sort()
    .join(' ');

/** Every finding of the grid's tables: `cell code message`. */
export const findingLines = (grid: Grid): string[] => validateGrid(grid).flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code} ${f.message}`));
