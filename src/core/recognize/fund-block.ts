import { Grid } from '../grid/grid';
import { FundBlock } from '../model/table';
import { amountAt, below, fieldAt, isFilledCopy, isFilledDown, pastBlank, rightOf } from './cells';
import { Hit, LabelMap } from './label-map';
import { labelIs } from './labels';

export interface FundBlockReading {
  block: FundBlock;
  lastRow: number;
  unit?: string;
}

/**
 * Reads a project's 项目资金 block from its 年度资金总额 label: vertical (each line's amount to
 * its right, 其中 lines below), horizontal (labels in a row, amounts under them), or in label |
 * amount pairs across rows (Gansu's 项目总投资 | 20万元 | 中央补助安排 | 0).
 */
export function readFundBlock(grid: Grid, labels: LabelMap, total: Hit): FundBlockReading | null {
  const rowParts = labels.inRow(total.row).filter((h) => h.col > total.col && labelIs(h.label, 'amount-part') && !isFilledCopy(grid, h.row, h.col));
  // Past a blank column inserted between the label and its amount.
  const next = rightOf(grid, total.row, total.col);
  const beside = rowParts.length > 0 ? pastBlank(grid, total.row, next, rowParts[0].col) : next;
  const pairs = rowParts.length > 0 && beside < rowParts[0].col && amountAt(grid, total.row, beside).reading.kind !== 'empty';
  if (pairs) return readPairs(grid, labels, total, beside);
  if (rowParts.length > 0) {
    const valueRow = below(grid, total.row, total.col);
    if (valueRow >= grid.rowCount) return null;
    return {
      block: {
        total: { label: fieldAt(grid, total.row, total.col), amount: amountAt(grid, valueRow, total.col) },
        parts: rowParts.map((h) => ({ label: fieldAt(grid, h.row, h.col), amount: amountAt(grid, below(grid, h.row, h.col), h.col) })),
      },
      lastRow: valueRow,
      unit: unitOf([total, ...rowParts]),
    };
  }

  const amountCol = amountColumn(grid, labels, total);
  // A label in the sheet's last column has nowhere to hold its amount: no block. Nor has a total
  // whose row heads the amounts' column (年度资金总额 | 金额(万元), 昭化's form, o-sc-zhaohua-2021-leprosy):
  // its lines are 小计 and their items, which no label here names.
  if (amountCol >= grid.colCount || labels.is(total.row, amountCol, 'budget')) return null;
  const block: FundBlock = {
    total: { label: fieldAt(grid, total.row, total.col), amount: amountAt(grid, total.row, amountCol) },
    parts: [],
  };
  const used: Hit[] = [total];
  let lastRow = below(grid, total.row, total.col) - 1;
  for (let r = lastRow + 1; r < grid.rowCount; ) {
    const part = labels.inRow(r).find((h) => h.col >= total.col - 1 && h.col < amountCol && labelIs(h.label, 'amount-part'));
    if (!part) break;
    // The part above filled down its undone merge (财政拨款 over its 小计 and lines, 镇江's,
    // z-js-zhenjiang-2024-pearl-buck-park): still that part, as the merge had it.
    if (r > total.row + 1 && isFilledDown(grid, r, part.col) && used[used.length - 1].col === part.col) {
      lastRow = r;
      r++;
      continue;
    }
    block.parts.push({ label: fieldAt(grid, r, part.col), amount: amountAt(grid, r, amountCol) });
    used.push(part);
    lastRow = below(grid, r, part.col) - 1;
    r = lastRow + 1;
  }
  return { block, lastRow, unit: unitOf(used) };
}

/**
 * Label | amount pairs, two or more to a row, the total's first: each part's amount is the cell
 * right of its label, on the total's row and the rows under it that hold parts.
 */
function readPairs(grid: Grid, labels: LabelMap, total: Hit, beside: number): FundBlockReading {
  const parts: Hit[] = [];
  let lastRow = total.row;
  for (let r = total.row; r < grid.rowCount; r++) {
    const row = labels.inRow(r).filter((h) => (r > total.row || h.col > total.col) && labelIs(h.label, 'amount-part'));
    if (row.length === 0) break;
    parts.push(...row);
    lastRow = r;
  }
  return {
    block: {
      total: { label: fieldAt(grid, total.row, total.col), amount: amountAt(grid, total.row, beside) },
      parts: parts.map((h) => ({ label: fieldAt(grid, h.row, h.col), amount: amountAt(grid, h.row, rightOf(grid, h.row, h.col)) })),
    },
    lastRow,
    unit: unitOf([total, ...parts]),
  };
}

/** The amount column: the first non-empty cell right of the label (past its filled copies), else the cell right beside it. */
function amountColumn(grid: Grid, labels: LabelMap, label: Hit): number {
  let first = rightOf(grid, label.row, label.col);
  while (first < grid.colCount && isFilledCopy(grid, label.row, first)) first++;
  for (let c = first; c < grid.colCount; c = rightOf(grid, label.row, c)) {
    if (labels.at(label.row, c)) break;
    if (grid.text(label.row, c) !== '' || grid.cell(label.row, c).formula !== undefined) return c;
  }
  return first;
}

function unitOf(hits: Hit[]): string | undefined {
  return hits.find((h) => h.label.unit)?.label.unit;
}
