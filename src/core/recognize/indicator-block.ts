import { Grid } from '../grid/grid';
import { fold } from '../grid/text';
import { CategoryField, Indicator, IndicatorBlock } from '../model/table';
import { parseTarget } from '../model/target-value';
import { below, fieldAt } from './cells';
import { Hit, LabelMap } from './label-map';
import { labelIs } from './labels';

export interface IndicatorHeader {
  row: number;
  level1: number;
  level2: number;
  name: number;
  target: number;
  hits: Hit[];
}

/** The 一级 | 二级 | 三级 | 目标值 header row starting at a 一级指标 label, or null. */
export function indicatorHeaderAt(labels: LabelMap, level1: Hit): IndicatorHeader | null {
  const row = labels.hits.filter((h) => h.row === level1.row && h.col > level1.col);
  const level2 = row.find((h) => labelIs(h.label, 'level2'));
  const name = level2 && row.find((h) => h.col > level2.col && labelIs(h.label, 'level3'));
  const target = name && row.find((h) => h.col > name.col && labelIs(h.label, 'target'));
  if (!level2 || !name || !target) return null;
  return { row: level1.row, level1: level1.col, level2: level2.col, name: name.col, target: target.col, hits: [level1, level2, name, target] };
}

/** Notes and sign-off lines that end a table: 注：…, 填报人, 联系电话 … */
const TRAILER = /^(注|说明|备注|填报说明|填表说明|填报人|填表人|审核人|联系人|联系电话|负责人|单位负责人|财务负责人|制表)/;

interface RunState {
  text: string;
  runStart: string;
}

/**
 * Reads indicator rows under the header until two blank rows, a trailer line or the block's end.
 * 一级/二级 read through vertical merges, and blank unmerged cells fill down from above; a new
 * 一级 run never inherits the previous 二级.
 */
export function readIndicatorBlock(grid: Grid, header: IndicatorHeader, bottom: number): { block: IndicatorBlock; lastRow: number } {
  const start = Math.max(...header.hits.map((h) => below(grid, h.row, h.col)));
  const cols = [header.level1, header.level2, header.name, header.target];
  const indicators: Indicator[] = [];
  let lastRow = start - 1;
  let blanks = 0;
  let prev1: RunState | null = null;
  let prev2: RunState | null = null;

  for (let r = start; r <= bottom; r++) {
    if (isTrailer(grid, r, header)) break;
    const own = cols.some((c) => grid.ownText(r, c) !== '');
    const inRun = grid.isCovered(r, header.level2) || grid.isCovered(r, header.name);
    if (!own && !inRun) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;

    const level1 = category(grid, r, header.level1, prev1);
    const newLevel1 = prev1 === null || level1.runStart !== prev1.runStart;
    const level2 = category(grid, r, header.level2, newLevel1 ? null : prev2);
    prev1 = level1;
    prev2 = level2;
    const name = fieldAt(grid, r, header.name);
    const target = fieldAt(grid, r, header.target);
    indicators.push({ row: r, level1, level2, name, target: { ...target, value: parseTarget(target.text) } });
    lastRow = r;
  }

  const addr = (c: number): string => grid.masterAddress(header.row, c);
  return {
    block: {
      header: { level1: addr(header.level1), level2: addr(header.level2), name: addr(header.name), target: addr(header.target) },
      indicators,
    },
    lastRow,
  };
}

function category(grid: Grid, row: number, col: number, prev: RunState | null): CategoryField {
  const merge = grid.mergeAt(row, col);
  if (merge) {
    const f = fieldAt(grid, row, col);
    return { ...f, runStart: f.cell };
  }
  const own = grid.ownText(row, col);
  const cell = grid.address(row, col);
  if (own !== '' || prev === null || prev.text === '') return { text: own, cell, runStart: cell };
  // Filled down: the person looks at the cell that holds the text.
  return { text: prev.text, cell: prev.runStart, runStart: prev.runStart };
}

/** A note line: its first text is left of the indicator names, or nothing is in the name and target columns. */
function isTrailer(grid: Grid, row: number, header: IndicatorHeader): boolean {
  for (let c = 0; c < grid.colCount; c++) {
    const t = grid.ownText(row, c);
    if (t === '') continue;
    if (!TRAILER.test(fold(t).replace(/\s+/g, ''))) return false;
    return c <= header.level1 || (grid.ownText(row, header.name) === '' && grid.ownText(row, header.target) === '');
  }
  return false;
}
