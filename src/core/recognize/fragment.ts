import { Grid } from '../grid/grid';
import { fold, squeeze } from '../grid/text';
import { matchUnit } from '../model/units';
import { isComparator } from '../model/target-value';
import { PerformanceTable, TableKind } from '../model/table';
import { rangeToA1 } from '../grid/address';
import { canonicalCategory, getProfile, parentOf, PROFILE_IDS } from '../rules/profiles';
import { amountAt, fieldAt, lastOfLines, rightOf, rightPastBlank, weightAt } from './cells';
import { IndicatorHeader, isTrailer, readIndicatorBlock } from './indicator-block';
import { LabelMap } from './label-map';
import { labelIs } from './labels';

/**
 * A sheet that starts inside an indicator list, its title and header on the page before (大英's
 * 部门决算 pages reprinted one page a time: y-sc-daying-2022-library-tail-eval, d-sc-dyrmt-tail-2020,
 * ss-sc-daying-2020-elderly-care-tail, each in both readings). Read only where nothing else was: the
 * columns are told by what they hold — a 二级 of the taxonomy beside a name within the first rows,
 * the 一级 left of it, then 指标性质 (≥ / = / 定性), the value, its unit, the result, weight and score.
 * What stood above the cut (goal, funds, totals, the first rows' categories) is not judged
 * (`fragment`; rules marked `wholeTable` skip it). Null for anything else.
 */
export function readFragment(grid: Grid, labels: LabelMap, bottom = grid.rowCount - 1): PerformanceTable | null {
  let top = 0;
  while (top <= bottom && grid.firstTextColumn(top) < 0) top++;
  if (top > bottom) return null;
  // Past a line alone above the list (a page's running head, a cover line 附件2): the list's first rows are what count.
  for (let k = 0; k < LINES_ALONE && top < bottom && textsIn(labels, top) === 1; k++) {
    top++;
    while (top <= bottom && grid.firstTextColumn(top) < 0) top++;
  }
  if (top > bottom) return null;
  // A header word in these rows means a table whose header was not read: the diagnosis says why.
  if (labels.inRows(0, bottom).some((h) => HEADER_LABELS.some((k) => labelIs(h.label, k)))) return null;
  const found = level2Column(labels, top);
  if (!found) return null;
  const { level2, name } = found;
  const { rows: body, total: totalRow } = bodyRows(grid, labels, top, bottom, level2, name);
  if (body.length < 2) return null;
  const header: IndicatorHeader = { row: top, firstRow: top, categorised: true, level1: level2 - 1, level2, name, target: name + 1, hits: [] };
  if (!valueColumns(grid, body, header, totalRow < 0 ? null : totalLine(grid, totalRow, name))) return null;
  const reading = readIndicatorBlock(grid, labels, header, bottom);
  if (reading.block.indicators.length < 2) return null;
  const kind: TableKind = header.actual === undefined ? 'project-targets' : 'project-self-evaluation';
  const lastRow = reading.lastRow;
  const right = Math.max(name, header.target, header.actual ?? 0, header.weight ?? 0, header.score ?? 0, header.reason ?? 0, header.unit ?? 0);
  const table: PerformanceTable = {
    kind,
    sheet: grid.name,
    range: rangeToA1({ top, left: 0, bottom: lastRow, right }),
    firstRow: top,
    lastRow,
    fiscalYear: null,
    unit: null,
    fragment: true,
    indicators: reading.block,
    forEachText(visit) {
      labels.forEachText(visit, top, lastRow);
    },
  };
  // The 合计 line under the list, below the cut as the list is: its score's cell is the table's total.
  const total = reading.totalLabel;
  if (total && header.score !== undefined) {
    table.totalScore = {
      label: fieldAt(grid, total.row, total.col),
      weight: header.weight === undefined ? undefined : weightAt(grid, total.row, header.weight),
      score: amountAt(grid, total.row, header.score),
    };
  }
  return table;
}

/** Lines of one cell each looked past above a tail's first row. */
const LINES_ALONE = 2;

/** How many cells of the row hold text of their own, counted up to 2 (from the label pass: no second walk of the cells). */
function textsIn(labels: LabelMap, row: number): number {
  let n = 0;
  labels.forEachText(
    () => {
      n++;
    },
    row,
    row,
  );
  return Math.min(n, 2);
}

/** Labels that head an indicator list: a sheet holding one has a header, read or not. */
const HEADER_LABELS = ['level1', 'level2', 'level3', 'target'] as const;

/**
 * How many lines from the sheet's first text a 二级 must show up in: a tail's first rows may sit under
 * categories above the cut. Lines, not rows: looked for over three rows a line at most.
 */
const FIRST_ROWS = 3;

/** Blank columns looked past between a 二级 and its names. */
const BLANK_COLUMNS = 2;

/** The 二级 column: a category of the taxonomy's second level with a name right of it, in the first rows. */
function level2Column(labels: LabelMap, top: number): { level2: number; name: number } | null {
  const { grid } = labels;
  const profiles = PROFILE_IDS.map((id) => getProfile(id));
  const found: { level2: number; name: number }[] = [];
  // Among the texts, not the cells: a row may be 16,384 columns wide.
  labels.forEachText((own, r, c) => {
    if (found.length > 0 || c < 1 || grid.isCovered(r, c)) return;
    const text = squeeze(own);
    if (!profiles.some((p) => parentOf(p, canonicalCategory(p, text)) !== undefined)) return;
    // Past a blank column a person inserted between the categories and the names.
    const name = rightPastBlank(grid, r, c, BLANK_COLUMNS);
    const beside = squeeze(grid.ownText(r, name));
    if (beside !== '' && !profiles.some((p) => canonicalCategory(p, beside) in p.taxonomy || parentOf(p, canonicalCategory(p, beside)) !== undefined)) found.push({ level2: c, name });
  }, top, lastOfLines(grid, top, FIRST_ROWS, 3 * FIRST_ROWS));
  return found[0] ?? null;
}

/**
 * The list's rows from the top, each with a name, or a category, written; and the 合计 or 总分 line
 * that ended them, -1 where a trailer, a blank line or the sheet's end did.
 */
function bodyRows(grid: Grid, labels: LabelMap, top: number, bottom: number, level2: number, name: number): { rows: number[]; total: number } {
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) {
    // A total (合计, 总分) or a trailer (评价结论) ends the list, its merge filled across the columns or not.
    if (r > top && isTotal(labels, r, name)) return { rows, total: r };
    if (r > top && isTrailer(grid, r, { level1: level2 - 1, name, target: name + 1 })) break;
    const written = [level2 - 1, level2, name].some((c) => grid.text(r, c) !== '');
    if (!written) {
      if (grid.firstTextColumn(r) < 0 && r + 1 < grid.rowCount && grid.text(r + 1, name) !== '') continue;
      break;
    }
    rows.push(r);
  }
  return { rows, total: -1 };
}

/** A 合计 or 总分 line: its label left of the names. */
function isTotal(labels: LabelMap, row: number, name: number): boolean {
  return labels.inRow(row).some((h) => h.col < name && (labelIs(h.label, 'total-score') || labelIs(h.label, 'grand-total')));
}

/**
 * The list's 合计 line at row `end`: the columns right of the names holding its numbers (the weights'
 * total, then the scores'), and the form's right edge as far as it shows, the line's merged areas
 * included (a trailer's merged areas below it too: 评价结论 | … written across the form's width).
 */
interface TotalLine {
  numbers: number[];
  right: number;
}
function totalLine(grid: Grid, end: number, name: number): TotalLine {
  const last = Math.min(grid.colCount, name + 1 + valueReach(grid, end, name));
  const numbers: number[] = [];
  for (let c = name + 1; c < last; c++) if (NUMBER.test(squeeze(grid.ownText(end, c)))) numbers.push(c);
  let right = -1;
  for (let r = end; r < Math.min(grid.rowCount, end + 1 + TRAILER_LINES); r++) {
    for (let c = 0; c < last; c++) {
      const area = grid.mergeAt(r, c);
      const edge = area ? area.right : grid.ownText(r, c) !== '' ? c : -1;
      if (edge > right) right = Math.min(edge, last - 1);
    }
  }
  return { numbers, right };
}

/** Lines under a total looked at for the form's width. */
const TRAILER_LINES = 2;

/**
 * Columns right of the name, each told by what it holds in the list's rows: comparators alone are
 * 指标性质, a short unit word after numbers is 度量单位, the first other column the target, the next
 * the result, then two of numbers the weight and the score, and a text the reason. A 合计 line's
 * first number places the weight: the column just left of it is the result, the one right of it the
 * score, each though blank in every row — a slot left unfilled is what the check is for (大英's
 * ab-sc-daying-2021-social-insurance-eval: 完成值 and 得分 blank beside weights of 22.5). False when
 * no column holds a target.
 */
function valueColumns(grid: Grid, body: readonly number[], header: IndicatorHeader, total: TotalLine | null): boolean {
  const columns: number[] = [];
  // Within reach of the name: a stray cell far right (XFD1) must not make every row be read 16,000 columns wide.
  const reach = valueReach(grid, body[0], header.name);
  const end = Math.min(grid.colCount, header.name + 1 + reach);
  for (let c = header.name + 1; c < end; c++) if (body.some((r) => grid.ownText(r, c) !== '')) columns.push(c);
  const filled = (c: number): string[] => body.map((r) => squeeze(grid.ownText(r, c))).filter((t) => t !== '');
  const all = (c: number, test: RegExp): boolean => filled(c).every((t) => test.test(t));
  const numbers = (c: number): boolean => all(c, NUMBER);
  let i = 0;
  if (i < columns.length && filled(columns[i]).every((t) => QUALITY.test(t) || isComparator(fold(t)))) header.comparator = columns[i++];
  if (i >= columns.length) return false;
  header.target = columns[i++];
  if (i < columns.length && filled(columns[i]).every(isUnit) && filled(header.target).some((t) => /\d/.test(t))) header.unit = columns[i++];
  // The total's columns tell the slots: the result just left of the weight, the score right of it.
  // Not bounded by the sheet's width: a score column blank throughout may be past its last cell.
  const slots = total ? slotsAfter(grid, body[0], columns[i - 1], header.name + reach) : [];
  const at = total ? slots.indexOf(total.numbers[0]) : -1;
  if (total && at >= 1 && (at === 1 || columns.includes(slots[at - 1]))) {
    header.actual = slots[at - 1];
    header.weight = slots[at];
    // A self-evaluation's weight has its score beside it, whether the form's width shows or not.
    const next = slots[at + 1];
    if (next !== undefined && (total.numbers[1] === next || numbers(next))) header.score = next;
    // Text, or blank in every row within the form's width: its last column, 未完成原因分析.
    const reason = slots[header.score === undefined ? at + 1 : at + 2];
    if (reason !== undefined && (filled(reason).length === 0 ? reason <= total.right : !numbers(reason))) header.reason = reason;
    return true;
  }
  if (i < columns.length) header.actual = columns[i++];
  if (i + 1 < columns.length && numbers(columns[i]) && numbers(columns[i + 1])) {
    header.weight = columns[i++];
    header.score = columns[i++];
  }
  if (i < columns.length && !numbers(columns[i])) header.reason = columns[i];
  return true;
}

/**
 * The columns right of one, up to the form's right edge, each past its merged area (a column pasted
 * in two); a blank cell not merged is taken as wide as the cell before it (Word's paste merges only
 * the cells with text).
 */
function slotsAfter(grid: Grid, row: number, col: number, right: number): number[] {
  const slots: number[] = [];
  let width = rightOf(grid, row, col) - col;
  for (let c = col + width; c <= right; ) {
    slots.push(c);
    const area = grid.mergeAt(row, c);
    if (area || grid.ownText(row, c) !== '') width = rightOf(grid, row, c) - c;
    c += width;
  }
  return slots;
}

/** The most columns a tail's values take right of its name (指标性质 … 偏差原因 and a blank or two inserted). */
const VALUE_COLUMNS = 12;

/**
 * The columns a tail's values may take right of its name: VALUE_COLUMNS of the name's width (a Word
 * table's column pasted over two or three of Excel's, each cell merged across them).
 */
function valueReach(grid: Grid, row: number, name: number): number {
  return VALUE_COLUMNS * Math.max(1, rightOf(grid, row, name) - name);
}
/** 指标性质 saying what kind of indicator, where others write its comparator. */
const QUALITY = /^(定性|定量)$/;
/** A cell that is one known unit, whole (%, 人次, 万元): a result word (良, 好坏) is none. */
function isUnit(text: string): boolean {
  const folded = fold(text);
  return matchUnit(folded)?.length === folded.length;
}
const NUMBER = /^-?\d+(\.\d+)?$/;
