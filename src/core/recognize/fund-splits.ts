import { Grid } from '../grid/grid';
import { fold, unwrap } from '../grid/text';
import { AmountField, FundSplit } from '../model/table';
import { amountAt, below, fieldAt, isFilledCopy, rightOf, typedAmount } from './cells';
import { Hit, LabelMap } from './label-map';

/** Lines a split holds at most: 湖南's form prints four under 按收入性质分, three under 按支出性质分. */
const MOST_LINES = 8;

/**
 * 湖南's department forms split the year's money two ways under 资金总额 (按收入性质分 | 按支出性质分), each
 * split's lines under it in its own column: `其中:一般公共预算:1325.68` (label and amount in one cell, or
 * the lines of one cell: 南岳's 公共财政拨款:683\n政府性基金拨款:…), or a label with its amount in the cell
 * right of it (澧县's 公共财政拨款 | 222.45). A split's lines end where the block does: at the first row with
 * text left of the splits (部门职能职责概述, 年度总体目标), a label of another kind, or after MOST_LINES rows.
 */
export function readFundSplits(grid: Grid, labels: LabelMap, top: number, bottom: number): { splits: FundSplit[]; lastRow: number; total?: AmountField } | null {
  // A split's label merged across and undone, filled: one split, not one a column.
  const hits = labels.find('fund-split', top, bottom).filter((h) => !isFilledCopy(grid, h.row, h.col));
  if (hits.length === 0) return null;
  const left = Math.min(...hits.map((h) => h.col));
  const columns = [...new Set(hits.map((h) => h.col))].sort((a, b) => a - b);
  let lastRow = Math.max(...hits.map((h) => h.row));
  let total: AmountField | undefined;
  const splits = hits.map((hit): FundSplit => {
    // The next split's column bounds a line's amount to its right.
    const limit = columns.find((c) => c > hit.col) ?? grid.colCount;
    const typed = hit.label.amountInText;
    const split: FundSplit = { label: fieldAt(grid, hit.row, hit.col), lines: [] };
    if (typed !== undefined) split.amount = typedAmount(grid.masterAddress(hit.row, hit.col), typed);
    const across = acrossLines(grid, hit, limit);
    if (across) {
      split.lines = across.lines;
      lastRow = Math.max(lastRow, across.row);
      total ??= totalBeside(grid, labels, hit, across.row);
      return split;
    }
    const lines = split.lines;
    // Counted in printed rows: a row a PDF's converter split in lines, merged down, is one.
    for (let r = hit.row + 1, printed = 0; r <= bottom && printed < MOST_LINES; r++) {
      if (endsBlock(grid, labels, r, left)) break;
      if (grid.master(r, hit.col).row !== r) continue;
      printed++;
      const text = grid.ownText(r, hit.col);
      if (text === '') continue;
      const read = linesIn(grid, r, hit.col, text, limit);
      if (read === null) break;
      lines.push(...read);
      lastRow = Math.max(lastRow, r);
    }
    return split;
  });
  return { splits, lastRow, total };
}

/**
 * The form laid across (衡阳's 整体支出绩效目标表: 资金总额 | 按收入性质分 over 一般公共预算 | 政府性基金拨款 | … |
 * 按支出性质分 over 基本支出 | 项目支出, the amounts a row lower): the split's label spans its lines' columns
 * (merged, filled, or blank up to the next split), each line's name under it and its amount under that.
 */
function acrossLines(grid: Grid, hit: Hit, limit: number): { lines: FundSplit['lines']; row: number } | null {
  const nameRow = below(grid, hit.row, hit.col);
  if (nameRow >= grid.rowCount) return null;
  let right = grid.mergeAt(hit.row, hit.col)?.right ?? hit.col;
  while (right + 1 < limit && (isFilledCopy(grid, hit.row, right + 1) || grid.text(hit.row, right + 1) === '')) right++;
  const columns: number[] = [];
  for (let c = hit.col; c <= right; c = rightOf(grid, nameRow, c)) if (grid.ownText(nameRow, c) !== '' && !isFilledCopy(grid, nameRow, c)) columns.push(c);
  if (columns.length < 2 || columns.some((c) => /\d/.test(grid.text(nameRow, c)))) return null;
  const amountRow = below(grid, nameRow, hit.col);
  if (amountRow >= grid.rowCount) return null;
  return { lines: columns.map((c) => ({ label: grid.text(nameRow, c), amount: amountAt(grid, amountRow, c) })), row: amountRow };
}

/** The year's total heading the same row as a split laid across (资金总额 | 按收入性质分), its amount in the amounts' row. */
function totalBeside(grid: Grid, labels: LabelMap, hit: Hit, amountRow: number): AmountField | undefined {
  const total = labels.inRow(hit.row).find((h) => h.col < hit.col && h.label.kinds.some((k) => k === 'fund-total' || k === 'amount-total'));
  return total ? amountAt(grid, amountRow, total.col) : undefined;
}

/** 其中:一般公共预算:1325.68, 政府性基金拨款:, 其他资金:2880万元: a line's name and its amount, if any. */
const LINE = /^(?:其中[:：]?)?\s*([^:：\d\s][^:：\d]{0,19}?)\s*[:：]\s*([\d.,]*\s*(?:万元|元)?)\s*$/;
/** A line's name alone (公共财政拨款), its amount in the cell right of it. */
const NAME = /^(?:其中[:：]?)?\s*([^:：\d\s][^:：\d]{1,19}?)[:：]?\s*$/;

/** The lines one cell holds, or null when the cell is no split's line. */
function linesIn(grid: Grid, row: number, col: number, text: string, limit: number): FundSplit['lines'] | null {
  const address = grid.masterAddress(row, col);
  // A line wrapped mid-word (…非税收入拨\n款:21) is one line; a break after its amount parts two.
  const pieces = unwrap(text)
    .split('\n')
    .map((p) => fold(p).trim())
    .filter((p) => p !== '');
  const lines: FundSplit['lines'] = [];
  for (const piece of pieces) {
    const m = LINE.exec(piece);
    if (m) {
      lines.push({ label: m[1], amount: typedAmount(address, m[2].replace(/\s/g, '')) });
      continue;
    }
    const name = pieces.length === 1 ? NAME.exec(piece) : null;
    if (!name) return null;
    const next = rightOf(grid, row, col);
    lines.push({ label: name[1], amount: next < limit ? amountAt(grid, row, next) : typedAmount(address, '') });
  }
  return lines;
}

/** A row that is past the fund block: text left of the splits, or a label that is not a line's. */
function endsBlock(grid: Grid, labels: LabelMap, row: number, left: number): boolean {
  for (let c = 0; c < left; c++) if (grid.ownText(row, c) !== '' && grid.master(row, c).row === row) return true;
  return labels.inRow(row).some((h) => !h.label.kinds.every((k) => k === 'amount-part' || k === 'amount-total' || k === 'fund-total'));
}
