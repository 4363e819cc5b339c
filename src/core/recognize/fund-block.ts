import { Grid } from '../grid/grid';
import { squeeze } from '../grid/text';
import { AmountField, FundBlock } from '../model/table';
import { amountAt, below, fieldAt, isFilledCopy, isFilledDown, pastBlank, rightOf, rightPastCopies, textRowFrom, typedAmount } from './cells';
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
    let valueRow = below(grid, total.row, total.col);
    if (valueRow >= grid.rowCount) return null;
    // Past a blank row left under the labels, toward the amounts.
    const next = textRowFrom(grid, valueRow, 1);
    if (next > valueRow && amountAt(grid, next, total.col).reading.kind === 'number') valueRow = next;
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
  // Nor has a total whose next cell is another heading (中央 | … | 合计(万元) | 执行数(万元), 广水's, amounts
  // in the row under them: xx-hb-guangshui-2021-rural-roads-eval): that row is no block's lines.
  // So has one whose next cell is a heading by its money unit in brackets (年度金额(提前下达):208万元 |
  // 资金使用情况(万元), 普惠金融's second reading, nn-sc-nd-inclusive-finance-fund-eval-rr).
  // The amount typed into its label, the label merged to the form's edge (资金总额:952.22 over B:E, 祁东's
  // 部门整体支出绩效目标表, x-hn-qidong-2024-cdc-dept-targets-r3): the label's own.
  const typed = total.label.amountInText;
  if (typed !== undefined && amountCol >= grid.colCount) return typedTotal(grid, total, typed);
  if (amountCol >= grid.colCount || labels.is(total.row, amountCol, 'budget') || labels.is(total.row, amountCol, 'executed') || HEADING_UNIT.test(grid.text(total.row, amountCol))) return null;
  // Nor a total left blank over a number: it heads the amounts' column (资金来源 | 资金总额 over 其中:财政拨款 | 500,
  // f-sn-chencang-2020), the sheet's edge right of it; nor one beside another column's heading over a
  // number (资金总额 | 实施期绩效目标 over 30 | …, a list of projects, 湘西州's 公开表, ak-hn-xiangxi-2023-special-school-meals-targets).
  const under = below(grid, total.row, total.col);
  const nextText = grid.text(total.row, amountCol);
  if (nextText === '' && under < grid.rowCount && amountAt(grid, under, total.col).reading.kind === 'number') return null;
  // The heading's merge down undone, filled or dropped: the number a row lower.
  let first = under;
  while (first < grid.rowCount && first - under < 2 && (grid.ownText(first, total.col) === '' || isFilledDown(grid, first, total.col))) first++;
  // A split of the year's money beside it (资金总额 | 按收入性质分, 衡阳's, ap-hn-hengyang-2025-welfare-home-dept-targets)
  // heads columns of its own: no amount of the total's.
  if (!/\d/.test(nextText) && (!labels.at(total.row, amountCol) || labels.is(total.row, amountCol, 'fund-split')) && first < grid.rowCount && amountAt(grid, first, total.col).reading.kind === 'number') return null;
  // The amount typed into its label (资金总额:704) beside a heading of other lines (按收入性质分, 南岳's 2017
  // 申报表 in its fourth reading, u-hn-nanyue-2017-school-dept-targets-r4): the label's own; no heading read as it.
  const amount = amountAt(grid, total.row, amountCol);
  if (typed !== undefined && amount.reading.kind === 'invalid' && !/\d/.test(nextText)) return typedTotal(grid, total, typed);
  const block: FundBlock = {
    total: { label: fieldAt(grid, total.row, total.col), amount },
    parts: [],
  };
  const used: Hit[] = [total];
  let lastRow = below(grid, total.row, total.col) - 1;
  const partIn = (r: number): Hit | undefined => labels.inRow(r).find((h) => h.col >= total.col - 1 && h.col < amountCol && labelIs(h.label, 'amount-part'));
  for (let r = lastRow + 1; r < grid.rowCount; ) {
    let part = partIn(r);
    // Past a blank row left between the lines, toward a line.
    const next = part ? r : textRowFrom(grid, r, 1);
    if (next > r) part = partIn((r = next));
    if (!part) break;
    // The part above filled down its undone merge (财政拨款 over its 小计 and lines, 镇江's,
    // z-js-zhenjiang-2024-pearl-buck-park): still that part, as the merge had it.
    if (r > total.row + 1 && isFilledDown(grid, r, part.col) && used[used.length - 1].col === part.col) {
      lastRow = r;
      r++;
      continue;
    }
    block.parts.push({ label: fieldAt(grid, r, part.col), amount: lineAmount(grid, r, amountCol) });
    used.push(part);
    lastRow = below(grid, r, part.col) - 1;
    r = lastRow + 1;
  }
  return { block, lastRow, unit: unitOf(used) };
}

/** A total whose amount is typed into its label (资金总额:704): no lines of its own. */
function typedTotal(grid: Grid, total: Hit, typed: string): FundBlockReading {
  const amount = typedAmount(grid.address(total.row, total.col), typed);
  return { block: { total: { label: fieldAt(grid, total.row, total.col), amount }, parts: [] }, lastRow: below(grid, total.row, total.col) - 1, unit: unitOf([total]) };
}

/**
 * Label | amount pairs, two or more to a row, the total's first: each part's amount is the cell
 * right of its label, on the total's row and the rows under it that hold parts.
 */
function readPairs(grid: Grid, labels: LabelMap, total: Hit, beside: number): FundBlockReading {
  const parts: Hit[] = [];
  // A label's merge across undone and filled leaves copies of it: no part of their own (安溪's 其中:财政拨款 over
  // D4:E4, r-fj-anxi-2022-small-water-works-r4, its merges filled), the amount right of the last copy.
  const partsIn = (r: number): Hit[] => labels.inRow(r).filter((h) => (r > total.row || h.col > total.col) && labelIs(h.label, 'amount-part') && !isFilledCopy(grid, h.row, h.col));
  const amountRightOf = (h: Hit): AmountField => {
    let c = rightOf(grid, h.row, h.col);
    while (c < grid.colCount && isFilledCopy(grid, h.row, c)) c = rightOf(grid, h.row, c);
    return amountAt(grid, h.row, c);
  };
  let lastRow = total.row;
  for (let r = total.row; r < grid.rowCount; r++) {
    const row = partsIn(r);
    if (row.length === 0) {
      // Rows with no text of their own (the lower lines of a row a PDF's conversion split, its cells
      // merged down over them; a blank row left between), three at most: the pairs go on under them.
      const next = textRowFrom(grid, r, 3);
      if (next > r && partsIn(next).length > 0) {
        r = next - 1;
        continue;
      }
      break;
    }
    parts.push(...row);
    lastRow = r;
  }
  return {
    block: {
      total: { label: fieldAt(grid, total.row, total.col), amount: amountAt(grid, total.row, beside) },
      parts: parts.map((h) => ({ label: fieldAt(grid, h.row, h.col), amount: amountRightOf(h) })),
    },
    lastRow,
    unit: unitOf([total, ...parts]),
  };
}

/**
 * A line's amount. The line may split its amount cell by level (地方资金 | 市: | … | 县: | …, 乐昌's,
 * vv-gd-lechang-2018-vocational-aid-targets): a prompt ending in a colon is no amount; the line holds
 * what is typed after the prompts, added up.
 */
function lineAmount(grid: Grid, row: number, col: number): AmountField {
  if (!PROMPT.test(grid.text(row, col))) return amountAt(grid, row, col);
  const typed: AmountField[] = [];
  let first: AmountField | undefined;
  for (let c = col; c < grid.colCount; c = rightOf(grid, row, c)) {
    if (!PROMPT.test(grid.text(row, c))) continue;
    // The prompt's cell may hold its value's room too (市: merged over two columns, 县: next).
    const next = rightOf(grid, row, c);
    if (next >= grid.colCount || PROMPT.test(grid.text(row, next))) continue;
    const amount = amountAt(grid, row, next);
    first ??= amount;
    if (amount.reading.kind !== 'empty') typed.push(amount);
  }
  if (typed.length < 2) return typed[0] ?? first ?? { cell: grid.masterAddress(row, col), reading: { kind: 'empty' } };
  let cents = 0;
  for (const a of typed) {
    // Text where a number belongs is reported as it stands; finer than cents is read alone.
    if (a.reading.kind !== 'number' || a.reading.cents === null) return a;
    cents += a.reading.cents;
  }
  return { cell: typed[0].cell, reading: { kind: 'number', value: cents / 100, cents, asText: false, formula: false } };
}
const HEADING_UNIT = /\D[(（]\s*(万元|亿元|千元|元)\s*[)）]\s*$/;
const PROMPT = /^[\p{Script=Han}]{1,4}[:：]$/u;

/**
 * The amount column: the first non-empty cell right of the label (past its filled copies); with the
 * total left blank, that of the first of its lines with something typed (下达资金总额 | (blank) over 其中:中央财政补助 |
 * | 参见附件1, its merges undone: vv-cq-wuxi-2025-rural-housing-targets; 乐昌's 地方资金 | 市: | 县: under a blank
 * 中央资金, a blank column inserted after the labels); else the cell right beside it.
 */
function amountColumn(grid: Grid, labels: LabelMap, label: Hit): number {
  const first = filledRight(grid, labels, label.row, label.col);
  if (first.filled) return first.col;
  // The first of its lines with something typed right of it (乐昌's 地方资金 | 市: | 县:, 中央资金 above it blank too).
  for (let r = below(grid, label.row, label.col), n = 0; r < grid.rowCount && n < 3; r = below(grid, r, label.col), n++) {
    const part = labels.inRow(r).find((h) => h.col >= label.col - 1 && h.col <= label.col && labelIs(h.label, 'amount-part'));
    if (!part) break;
    const line = filledRight(grid, labels, part.row, part.col);
    if (line.filled) {
      if (line.col > label.col) return line.col;
      break;
    }
  }
  // Past a blank column inserted before the blank amount's merged cell (年度金额 | | (merged, blank)).
  const past = pastBlank(grid, label.row, first.col, grid.colCount);
  return past < grid.colCount && grid.text(label.row, past) === '' ? past : first.col;
}

/** The first non-empty cell right of a label, by merged areas, past its filled copies; else the cell right beside it. */
function filledRight(grid: Grid, labels: LabelMap, row: number, col: number): { col: number; filled: boolean } {
  const first = rightPastCopies(grid, row, col);
  const top = grid.mergeAt(row, col)?.top ?? row;
  for (let c = first; c < grid.colCount; c = rightOf(grid, row, c)) {
    // A cell merged down from above the line (彭水's 需提供的支撑材料 over a whole criterion's rows, its
    // fund lines' amounts left blank: ll-cq-pengshui-2024-family-planning-transfer-eval-r6) is another column's text.
    if ((grid.mergeAt(row, c)?.top ?? row) < top) continue;
    // A heading past blank cells (年度资金总额 | | | 金额(万元), its merge undone: o-sc-zhaohua-2021-leprosy) is the one beside it.
    if (labels.at(row, c)) return { col: labels.is(row, c, 'budget') || labels.is(row, c, 'executed') ? c : first, filled: false };
    if (isLineNumber(grid, row, c)) continue;
    if (grid.text(row, c) !== '' || grid.cell(row, c).formula !== undefined) return { col: c, filled: true };
  }
  return { col: first, filled: false };
}

/**
 * A cell under a 行次 / 栏次 heading holds the form's line number (年度资金总额 | 1 | 52.8, the 2024
 * transfer-payment self-evaluation's export: yy-sc-mingshan-2024-forestry-reform-transfer-eval), never an amount.
 */
function isLineNumber(grid: Grid, row: number, col: number): boolean {
  for (let r = row - 1; r >= Math.max(0, row - LINE_NUMBER_REACH); r--) {
    // Past the numbers under the heading (a 列次 row numbering the columns, the lines above).
    const text = squeeze(grid.text(r, col));
    if (text !== '' && !/^\d+$/.test(text)) return LINE_NUMBER_HEADING.test(text);
  }
  return false;
}
/** How far above a line its column's heading may stand (a header of two rows, and lines above it). */
const LINE_NUMBER_REACH = 6;
const LINE_NUMBER_HEADING = /^(行次|栏次|行号)$/;

function unitOf(hits: Hit[]): string | undefined {
  return hits.find((h) => h.label.unit)?.label.unit;
}
