import { Grid } from '../grid/grid';
import { labelKey } from '../grid/text';
import { bareLabel } from '../lexicon/normalize';
import { AmountField, EvalFundLine, EvalFunds } from '../model/table';
import { amountAt, below, fieldAt, isFilledCopy, lineOrBlankAbove, pastBlankRow, rightOf, textRowFrom, weightAt } from './cells';
import { Hit, LabelMap } from './label-map';
import { LabelKind, labelIs } from './labels';

type Column = 'initial' | 'budget' | 'executed' | 'weight' | 'rate' | 'score';

/** Each amount column of a fund line and the header label that names it. */
const COLUMNS: readonly (readonly [Column, LabelKind])[] = [
  ['initial', 'budget-initial'],
  ['budget', 'budget-full'],
  ['executed', 'executed'],
  ['weight', 'weight'],
  ['rate', 'rate'],
  ['score', 'score'],
];

/**
 * A self-evaluation's fund header: a row naming 全年执行数 beside 全年预算数 or 年初预算数, or beside a
 * plain 预算数 with 执行率 (预算数(A) | 执行数(B) | 执行率(B/A), 襄阳's form).
 */
export function isEvalFundHeader(labels: LabelMap, executed: Hit): boolean {
  const row = labels.inRow(executed.row);
  return row.some((h) => labelIs(h.label, 'budget-full') || labelIs(h.label, 'budget-initial')) || (row.some((h) => labelIs(h.label, 'rate')) && row.some((h) => labelIs(h.label, 'budget')));
}

/**
 * Reads the fund block under its header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分):
 * 年度资金总额 and its 其中 lines, each with the amounts in those columns.
 */
export function readEvalFunds(grid: Grid, labels: LabelMap, executed: Hit): { funds: EvalFunds; lastRow: number } | null {
  const headerHits = labels.inRow(executed.row);
  // The columns found, in COLUMNS' order: worked out once, read on every line.
  const cols: [Column, number][] = [];
  for (const [key, kind] of COLUMNS) {
    // A plain 预算数 is the budget the rate is worked out on, where no 全年预算数 is named.
    const hit = headerHits.find((h) => labelIs(h.label, kind)) ?? (key === 'budget' ? headerHits.find((h) => labelIs(h.label, 'budget')) : undefined);
    if (hit) cols.push([key, hit.col]);
  }
  let firstAmount = Infinity;
  // The header's own cells end it (项目资金（万元） beside it is merged down over the lines).
  let lastRow = -Infinity;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i][1];
    firstAmount = Math.min(firstAmount, col);
    lastRow = Math.max(lastRow, below(grid, executed.row, col) - 1);
  }
  const lines: EvalFundLine[] = [];
  let totalIndex = -1;
  // Sichuan writes the total line 总额.
  const lineLabel = (r: number): Hit | undefined => labels.inRow(r).find((h) => h.col < firstAmount && (labelIs(h.label, 'fund-total') || labelIs(h.label, 'amount-total') || labelIs(h.label, 'amount-part')));
  // A line no label names between two that are (彩票公益金用于医疗救助 | 0 | 0 between 其中:中央财政资金
  // and 地方资金, 霍山's, ai-ah-huoshan-2024-medical-aid-eval): a part of the total, its amounts read.
  // Its name's column and the next line's row, or null.
  const unnamedLine = (r: number): { named: number; after: number } | null => {
    const named = lines.length > 0 ? namedUnknown(grid, r, firstAmount) : -1;
    if (named < 0 || !hasAmount(grid, r, cols)) return null;
    const after = textRowFrom(grid, below(grid, r, named), 1);
    return after >= 0 && lineLabel(after) ? { named, after } : null;
  };
  for (let r = lastRow + 1; r < grid.rowCount; ) {
    const label = lineLabel(r);
    if (!label) {
      // One blank row left under the header or between lines (a form spaced by hand, a PDF's conversion): past it.
      const next = textRowFrom(grid, r, 1);
      if (next > r && (lineLabel(next) || unnamedLine(next))) {
        r = next;
        continue;
      }
      const unnamed = unnamedLine(r);
      if (!unnamed) break;
      const line: EvalFundLine = { row: r, label: fieldAt(grid, r, unnamed.named) };
      readColumns(grid, r, cols, line);
      lines.push(line);
      r = unnamed.after;
      continue;
    }
    if (totalIndex < 0 && (labelIs(label.label, 'fund-total') || labelIs(label.label, 'amount-total'))) totalIndex = lines.length;
    const line: EvalFundLine = { row: r, label: fieldAt(grid, r, label.col) };
    readColumns(grid, r, cols, line);
    lines.push(line);
    lastRow = below(grid, r, label.col) - 1;
    r = lastRow + 1;
  }
  // 重庆's form names no line: the amounts stand right under the header, beside the block's label
  // merged down (部门预算执行情况 | 年初预算数 | … | 执行率(%), d-cq-kexuecheng-dept-2021).
  if (lines.length === 0) {
    // (Past a wholly blank row left under the header.)
    const unlabelled = unlabelledLine(grid, headerHits, cols, pastBlankRow(grid, lastRow + 1), firstAmount);
    if (!unlabelled) return null;
    lines.push(unlabelled);
    lastRow = unlabelled.row;
  }
  // 年度资金总额 is the total wherever it stands; without it, the first line is.
  const [total] = lines.splice(Math.max(0, totalIndex), 1);
  const funds: EvalFunds = { total, parts: lines };
  // Looked for only where no 分值 column gives the weight: a batch's thousand headers do not read their labels again.
  if (!cols.some(([key]) => key === 'weight')) {
    const declared = declaredWeight(grid, headerHits);
    if (declared !== undefined) funds.declaredWeight = declared;
  }
  return { funds, lastRow };
}

/**
 * The column of a text of the row's own left of the amounts, nothing else before them (its copy filled
 * across aside, and the block's side label filled down beside the lines when its merge was undone:
 * 资金投入情况(万元) on every line); -1 for none.
 */
function namedUnknown(grid: Grid, r: number, firstAmount: number): number {
  let first = grid.firstTextColumn(r);
  while (first >= 0 && first < firstAmount && r > 0 && grid.mergeAt(r, first) === undefined && grid.ownText(r, first) !== '' && grid.ownText(r, first) === grid.ownText(r - 1, first)) {
    let next = first + 1;
    while (next < firstAmount && grid.text(r, next) === '') next++;
    first = next < firstAmount ? next : -1;
  }
  if (first < 0 || first >= firstAmount || grid.master(r, first).row !== r) return -1;
  // Its merge across undone and filled: the same text again is no other.
  const own = grid.ownText(r, first);
  for (let c = (grid.mergeAt(r, first)?.right ?? first) + 1; c < firstAmount; c++) if (grid.text(r, c) !== '' && grid.ownText(r, c) !== own) return -1;
  return first;
}

/** A number (or a figure typed as text) in one of the line's amount columns. */
function hasAmount(grid: Grid, r: number, cols: readonly [Column, number][]): boolean {
  for (let i = 0; i < cols.length; i++) if (/^\s*[-+]?\d[\d,]*(\.\d+)?\s*(万元?|元|%)?\s*$/.test(grid.text(r, cols[i][1]))) return true;
  return false;
}

/**
 * A fund line's amounts, one a column; a weight typed as a share in Excel (10% kept as 0.1) as its
 * points. Indexed, as every loop over a batch's thousand tables: for…of over pairs makes objects while unoptimised.
 */
function readColumns(grid: Grid, r: number, cols: readonly [Column, number][], line: EvalFundLine): void {
  for (let i = 0; i < cols.length; i++) line[cols[i][0]] = cols[i][0] === 'weight' ? weightAt(grid, r, cols[i][1]) : amountAt(grid, r, cols[i][1]);
}

/**
 * The line under a header whose block label (left of the amounts) is merged down over it: the
 * block's total, when a cell in the header's columns holds something; null otherwise.
 */
function unlabelledLine(grid: Grid, headerHits: readonly Hit[], cols: readonly [Column, number][], r: number, firstAmount: number): EvalFundLine | null {
  const block = headerHits.find((h) => h.col < firstAmount && labelIs(h.label, 'fund-block'));
  if (!block || r >= grid.rowCount) return null;
  // Under the label: merged down, or its merge undone (left blank, or the label filled down).
  const under = grid.ownText(r, block.col);
  if (grid.master(r, block.col).row !== block.row && under !== '' && under !== grid.ownText(block.row, block.col)) return null;
  // Nothing else to the left of the amounts (no label of a line, no text the checker does not know).
  // A merge undone and filled down from the header is no text of the line's own.
  for (let c = block.col + 1; c < firstAmount; c++) if (grid.text(r, c) !== '' && grid.master(r, c).row === r && grid.ownText(r, c) !== grid.ownText(r - 1, c)) return null;
  if (!cols.some(([, c]) => grid.text(r, c) !== '')) return null;
  const line: EvalFundLine = { row: r, label: fieldAt(grid, block.row, block.col) };
  readColumns(grid, r, cols, line);
  return line;
}

/**
 * The budget line's points where the header names them instead of a 分值 column (襄阳's form): on the
 * block's label, 预算执行情况 (万元) (20 分), or in the score's formula, 得分(20分*执行率).
 */
function declaredWeight(grid: Grid, headerHits: readonly Hit[]): number | undefined {
  for (const h of headerHits) {
    const text = grid.text(h.row, h.col);
    if (labelIs(h.label, 'fund-block')) {
      const points = bareLabel(labelKey(text)).points;
      if (points !== undefined) return points;
    } else if (labelIs(h.label, 'score')) {
      const formula = /(\d+(?:\.\d+)?)分\s*[*×xX]\s*(?:预算)?执行率/.exec(text);
      if (formula) return Number(formula[1]);
    }
  }
  return undefined;
}

/**
 * The region self-evaluation's money as label | amount pairs, no header of columns: 预算数: | 2.38 |
 * 执行数: | 2.38 in one row (安居's, gg-sc-anju-2021-food-supervision-region-eval), or 转移支付预算数(A) |
 * 5.8万 | 预算执行率(B/A) | 100% over 转移支付执行数(B) | 5.8万 (遂宁's,
 * gg-sc-suining-jkq-2021-drug-cosmetic-device-region-eval). Read as the total line when both amounts
 * are numbers (a bare 万 after one is read off and reported); null otherwise.
 */
export function readPairedEvalFunds(grid: Grid, labels: LabelMap, top: number, bottom: number): { funds: EvalFunds; lastRow: number } | null {
  const executed = labels.first('executed', top, bottom);
  if (!executed) return null;
  const budget = labels.inRows(Math.max(top, lineOrBlankAbove(grid, executed.row, executed.col)), executed.row).find((h) => h.col <= executed.col && h !== executed && (labelIs(h.label, 'budget') || labelIs(h.label, 'budget-full')));
  if (!budget) return null;
  const budgetAmount = pairedAmount(grid, labels, budget);
  const executedAmount = pairedAmount(grid, labels, executed);
  if (!budgetAmount || !executedAmount || budgetAmount.reading.kind !== 'number' || executedAmount.reading.kind !== 'number') return null;
  const line: EvalFundLine = { row: budget.row, label: fieldAt(grid, budget.row, budget.col), budget: budgetAmount, executed: executedAmount };
  const rate = labels.inRows(budget.row, executed.row).find((h) => labelIs(h.label, 'rate'));
  const rateAmount = rate && pairedAmount(grid, labels, rate);
  if (rateAmount) line.rate = rateAmount;
  return { funds: { total: line, parts: [] }, lastRow: Math.max(below(grid, budget.row, budget.col), below(grid, executed.row, executed.col)) - 1 };
}

/** The cell right of a label, past blank cells of its row and the label's own filled copies, where no other label comes first. */
function pairedAmount(grid: Grid, labels: LabelMap, hit: Hit): AmountField | undefined {
  for (let c = rightOf(grid, hit.row, hit.col); c < grid.colCount; c = rightOf(grid, hit.row, c)) {
    // A merge over the label undone and filled (转移支付预算数(A) | 转移支付预算数(A) | 5.8万): its copy is no other label.
    if (isFilledCopy(grid, hit.row, c)) continue;
    if (labels.at(hit.row, c)) return undefined;
    if (grid.text(hit.row, c) !== '') return amountAt(grid, hit.row, c);
  }
  return undefined;
}
