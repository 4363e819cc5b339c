import { CellRange, parseA1, rangeToA1 } from '../grid/address';
import { bareLabel } from '../lexicon/normalize';
import { Grid, textOrDate } from '../grid/grid';
import { centsOf, holdsNumber, readAmount } from '../grid/numbers';
import { fold, isBlankOrNone, isPageMark, labelKey, narrowed, squeeze, unwrap, withoutStop } from '../grid/text';
import { AmountField, Field, FundBlock, isSelfEvaluation, ItemisedAmount, PerformanceTable, TableKind } from '../model/table';
import { amountAt, below, fieldAt, isFilledCopy, isFilledDown, lastOfLines, leftPastBlank, lineOrBlankAbove, pastBlankRow, rightOf, rightPastBlank, rightPastCopies, typedAmount, valueRight, weightAt } from './cells';
import { allAmounts } from '../model/amounts';
import { dateAt, filingDate } from '../model/years';
import { isEvalFundHeader, readEvalFunds, readPairedEvalFunds } from './eval-funds';
import { readColumnFormulas, readRatioHeading } from './column-formulas';
import { readFragment } from './fragment';
import { pinyinCount, toSimplified, traditionalCount, withoutPinyin } from '../grid/traditional';
import { gradedHeaderAt } from './graded';
import { readFundBlock } from './fund-block';
import { readFundSplits } from './fund-splits';
import { bracketedHeaderAt, IndicatorHeader, indicatorHeaderAt, proseHeaderAt, readIndicatorBlock, sameColumns, treeHeaderAt, uncategorisedHeaderAt, unheadedLevel1At } from './indicator-block';
import { Hit, LabelMap } from './label-map';
import { classifyLabel, isTitleLabel, Label, labelIs } from './labels';
import { readTaskBlock } from './task-block';

type AnchorKind = 'title' | 'task-header' | 'fund' | 'eval-funds' | 'fund-makeup' | 'project-name' | 'department-line' | 'indicator-header';

interface Anchor {
  kind: AnchorKind;
  hit: Hit;
  indicatorHeader?: IndicatorHeader;
  /** An indicator header repeating the one above it in its table, columns and all (sameColumns). */
  repeat?: boolean;
}

/**
 * Finds every performance table on a sheet by its labels (found here unless given: the report
 * hands the same ones on to the diagnosis of a sheet without a table). Never throws on odd input:
 * a sheet without a table gives an empty list.
 */
export function recognizeSheet(grid: Grid, labels = new LabelMap(grid)): PerformanceTable[] {
  const tables: PerformanceTable[] = [];
  eachTable(grid, labels, (table) => tables.push(table));
  return tables;
}

/**
 * recognizeSheet one table at a time, in sheet order: each is handed on as soon as it is read, so a
 * caller that checks it and keeps only its findings lets it go before the next is read (a long sheet
 * of a thousand tables held them all while it was checked, and the collector copied them).
 */
export function eachTable(grid: Grid, labels: LabelMap, visit: (table: PerformanceTable) => void, tidied = false): void {
  // A sheet typed in full-width mode (２０２２年度, ≥９０％), with figures copied out of prose (372.29万元。), or
  // with a page's number left in its rows by a PDF's conversion (第 1 页，共 2 页, or a bare 2 alone in its
  // row): its texts read with half-width digits, without the stops, the page numbers blank, cells in place (once).
  const pageNumbers = tidied ? [] : labels.pageNumbers;
  const retyped = !tidied && (labels.wideDigits || labels.endStops || labels.pageMarks);
  if (retyped || pageNumbers.length > 0) {
    const texts = retyped ? grid.withTexts((text) => (isPageMark(text.trim()) ? '' : withoutStop(narrowed(text)))) : grid;
    const tidy = texts.withBlanks(pageNumbers);
    // Where the page numbers and marks stood: a list's page break on one sheet (readIndicatorBlock).
    const breaks = new Set(pageNumbers.map((c) => c.row));
    if (labels.pageMarks) labels.forEachText((text, row) => isPageMark(text.trim()) && breaks.add(row), 0, grid.rowCount - 1);
    eachTable(tidy, new LabelMap(tidy, breaks), visit, true);
    return;
  }
  const groups = groupAnchors(grid, findAnchors(labels));
  if (groups.length === 0) {
    // A sheet in traditional script (copied from a mirror site's page): read as simplified, cells in place.
    if (inTraditionalScript(labels)) {
      const simplified = grid.withTexts((text) => toSimplified(withoutPinyin(text)));
      eachTable(simplified, new LabelMap(simplified), visit, tidied);
      return;
    }
    // No anchor: perhaps a table graded in bands under headings no label names, or a list's tail, its header on the page before.
    // Graded tables one under another: each read up to the next one's header.
    const last = grid.rowCount - 1;
    let graded = gradedAnchor(labels, 0, last);
    if (graded) {
      let from = 0;
      while (graded) {
        const next = gradedAnchor(labels, graded.indicatorHeader!.firstRow!, last);
        const table = readTable(grid, labels, [graded], from, next ? next.hit.row - 1 : last);
        if (!table) break;
        visit(table);
        from = Math.max(table.lastRow, graded.indicatorHeader!.firstRow!) + 1;
        graded = next;
      }
      return;
    }
    const fragment = readFragment(grid, labels);
    if (fragment) visit(fragment);
    return;
  }
  let top = 0;
  // A page that opens with the tail of the table before it, then a table of its own (大英's 决算 pages):
  // the tail is read from the rows above the first table's labels.
  const first = groups[0][0].hit.row;
  const tail = first >= 2 ? readFragment(grid, labels, first - 1) : null;
  if (tail) {
    visit(tail);
    top = tail.lastRow + 1;
  }
  for (let i = 0; i < groups.length; i++) {
    const nextStart = i + 1 < groups.length ? groups[i + 1][0].hit.row : grid.rowCount;
    const unread: Anchor[] = [];
    let table = readTable(grid, labels, groups[i], top, nextStart - 1, unread);
    if (unread.length > 0) {
      // The list ended before a repeated header: that header starts a table of its own.
      const at = groups[i].indexOf(unread[0]);
      groups.splice(i + 1, 0, groups[i].slice(at).map((a) => ({ ...a, repeat: false })));
      groups[i] = groups[i].slice(0, at);
      table = readTable(grid, labels, groups[i], top, unread[0].hit.row - 1);
    }
    if (table) {
      top = table.lastRow + 1;
      visit(table);
    }
  }
}

function findAnchors(labels: LabelMap): Anchor[] {
  const anchors: Anchor[] = [];
  // Indexed and without a closure per label: a batch runs this once per table, mostly unoptimised.
  for (let i = 0; i < labels.hits.length; i++) {
    const hit = labels.hits[i];
    if (labels.crowded(hit.row)) continue;
    const label = hit.label;
    const count = anchors.length;
    if (isTitleLabel(label)) anchors.push({ kind: 'title', hit });
    else if (labelIs(label, 'project-name')) anchors.push({ kind: 'project-name', hit });
    // A report's cover line naming the department (部门(单位)名称: 岳阳市城市管理监督指挥中心, 湖南's 部门整体支出
    // 绩效评价自评报告, e-hn-yueyang-cgzx-2018): under its title, as a 项目名称 is under a project's.
    else if (label.valueInText !== undefined && labelIs(label, 'department-name')) anchors.push({ kind: 'department-line', hit });
    else if (labelIs(label, 'executed') && isEvalFundHeader(labels, hit)) anchors.push({ kind: 'eval-funds', hit });
    else if (labelIs(label, 'fund-total') || (labelIs(label, 'amount-total') && besideFundBlock(labels, hit))) anchors.push({ kind: 'fund', hit });
    else if (labelIs(label, 'fund-makeup')) anchors.push({ kind: 'fund-makeup', hit });
    else if (labelIs(label, 'task-name') && (hasAmountHeader(labels, hit) || contentBeside(labels, hit))) anchors.push({ kind: 'task-header', hit });
    else if (labelIs(label, 'level1')) {
      const indicatorHeader = indicatorHeaderAt(labels, hit);
      if (indicatorHeader) anchors.push({ kind: 'indicator-header', hit, indicatorHeader });
    } else if (labelIs(label, 'level2')) {
      const indicatorHeader = unheadedLevel1At(labels, hit);
      if (indicatorHeader) anchors.push({ kind: 'indicator-header', hit, indicatorHeader });
    } else if (labelIs(label, 'level3')) {
      const indicatorHeader = uncategorisedHeaderAt(labels, hit);
      if (indicatorHeader) anchors.push({ kind: 'indicator-header', hit, indicatorHeader });
    } else if (labelIs(label, 'target')) {
      const indicatorHeader = treeHeaderAt(labels, hit);
      if (indicatorHeader) anchors.push({ kind: 'indicator-header', hit, indicatorHeader });
    } else if (labelIs(label, 'indicator-block') || labelIs(label, 'goal')) {
      // A goal's label over the indicators in prose beside their 一级 (年度绩效总目标 | 产出指标 | …; 荆门's
      // 项目绩效目标申报表, ai-hb-jingmen-2022-relics-fund-targets) heads them as 部门整体支出年度绩效指标 does.
      const indicatorHeader = proseHeaderAt(labels, hit) ?? (labelIs(label, 'goal') ? bracketedHeaderAt(labels, hit) : null);
      if (indicatorHeader) anchors.push({ kind: 'indicator-header', hit, indicatorHeader });
    }
    // A filled-down copy of the anchor above is none of its own; asked of anchors only, the few
    // among a table's labels. Nor is an indicator header's label filled across (三级指标 | 三级指标, its merge
    // undone): read from the copy, the header's columns differ from its page's repeat, which then starts a table.
    if (anchors.length > count && (isFilledDown(labels.grid, hit.row, hit.col) || (anchors[anchors.length - 1].kind === 'indicator-header' && isFilledCopy(labels.grid, hit.row, hit.col)))) anchors.pop();
  }
  return anchors;
}

/**
 * The same block again to the right of a fund block, label | amount over the same lines (湖南's 自评报告:
 * 计划安排资金 | 170 | 实际到位资金 | 170 | 实际支出 | 179.6 | 结余 | 0, each over 其中:中央财政 / 省财政 /
 * 市财政 / 区财政 / 其它 and their amounts; am-hn-nanhu-2016-special-care-eval): each a block of its own.
 */
function blocksBeside(grid: Grid, labels: LabelMap, total: Hit, first: FundBlock): FundBlock[] {
  if (first.parts.length === 0 || first.total.amount === undefined) return [];
  const lineRow = parseA1(first.parts[0].label.cell).row;
  const lineText = first.parts[0].label.text;
  const out: FundBlock[] = [];
  for (let c = rightOf(grid, total.row, parseA1(first.total.amount.cell).col); c < grid.colCount; c = rightOf(grid, total.row, c)) {
    if (grid.ownText(lineRow, c) !== lineText || grid.ownText(total.row, c) === '') continue;
    const block = readFundBlock(grid, labels, { row: total.row, col: c, label: FUND_TOTAL })?.block;
    if (block && block.parts.length === first.parts.length) out.push(block);
  }
  return out;
}
const FUND_TOTAL: Label = { kinds: ['fund-total'] };

/**
 * The points a self-evaluation's indicator block is given on its own label left of the header
 * (年度绩效目标(80分), its bracket perhaps lost: 年度绩效目标98分), 黄石's 自评表, an-hb-huangshi-sanzhong-2023-campus-repair-eval).
 */
function blockPoints(grid: Grid, labels: LabelMap, row: number, col: number, lastRow: number): { points: number; cell: string } | undefined {
  const master = grid.master(row, col);
  const hit = labels.at(master.row, master.col);
  if (hit) {
    if (!isBlockLabel(hit.label)) return undefined;
    const points = bareLabel(labelKey(grid.text(hit.row, hit.col))).points;
    return points === undefined ? undefined : { points, cell: grid.masterAddress(hit.row, hit.col) };
  }
  // Or the blocks numbered (施甸's 年度绩效目标1 (80分), nn-yn-shidian-2019-new-agri-entities-eval; 黄冈's
  // 年度绩效目标1(40分) over its rows and 年度绩效目标2(40分) over the next header's, p-hb-huanggang-2020-soil-monitoring-eval):
  // the indicators' points are the blocks' together, each to give its own.
  // Each number once: a label filled down its rows, or printed again over a page's repeated header, is the same block.
  const blocks = new Map<string, number | undefined>();
  for (let r = master.row; r <= lastRow; r++) {
    const m = grid.master(r, master.col);
    if (m.row !== r || m.col !== master.col) continue;
    const bare = bareLabel(labelKey(grid.text(r, m.col)));
    const number = NUMBERED_BLOCK.exec(bare.key);
    if (!number || !isBlockLabel(classifyLabel(bare.key.slice(0, number.index)))) {
      if (r === master.row) return undefined;
      continue;
    }
    blocks.set(number[1], blocks.get(number[1]) ?? bare.points);
  }
  let points = 0;
  for (const p of blocks.values()) {
    if (p === undefined) return undefined;
    points += p;
  }
  return { points, cell: grid.masterAddress(master.row, master.col) };
}
const NUMBERED_BLOCK = /(?<=[\u4e00-\u9fff])\s*(\d)\s*$/;

function isBlockLabel(label: Label | null): boolean {
  return label !== null && (labelIs(label, 'goal') || labelIs(label, 'indicator-block'));
}

/**
 * A targets form's 预算执行率权重 line above its indicators (四川's 预算执行率权重(%): | blank, 甘孜's,
 * s-sc-ganzi-2023-food-safety; 海南's 预算执行率权重: | 10%, i-hainan-provincial-2022-expo): the label and the cell
 * right of it, a share typed as text (10%) read as its points (shareTyped).
 */
function budgetWeightLine(grid: Grid, top: number, bottom: number): { label: Field; weight: AmountField } | undefined {
  let found: { label: Field; weight: AmountField } | undefined;
  grid.forEachCell(
    (row, col, cell) => {
      if (found || typeof cell.value !== 'string' || cell.value.length > 20 || !BUDGET_WEIGHT.test(labelKey(cell.value))) return;
      // Past the label's own filled copies (the line's merge undone and filled across it): blank beyond them.
      const at = rightPastCopies(grid, row, col);
      found = { label: fieldAt(grid, row, col), weight: at < grid.colCount ? shareTyped(weightAt(grid, row, at), 'points') : typedAmount(grid.address(row, col), '') };
    },
    top,
    bottom,
  );
  return found;
}

const BUDGET_WEIGHT = /^预算执行率权重(\(%\))?$/;

/** How far up a fund block's label may stand over its 合计 (项目资金情况 over 项目资金申请(万元) and its lines). */
const FUND_BLOCK_ROWS = 8;

/** 项目资金 (万元) | 合计 | 250 (百色's 公开表, o-gx-baise-2024-school-fund): the block's 合计 is its 年度资金总额. */
function besideFundBlock(labels: LabelMap, hit: Hit): boolean {
  const row = labels.inRow(hit.row);
  // Not the label filled down the block's rows once its merge was undone: beside it stand the block's lines.
  for (let i = 0; i < row.length && row[i].col < hit.col; i++) if (labelIs(row[i].label, 'fund-block') && !isFilledDown(labels.grid, row[i].row, row[i].col)) return true;
  // Or merged down over the block's rows from a row above (项目资金情况 over 项目资金申请(万元) | 合 计 | 40,
  // 岳阳楼区's 2017 申报表, ag-hn-yueyanglou-2017-floating-population-targets): its first 合计 only, the
  // 支出明细预算's 合计 further down the same merge being a breakdown of that total, no block of its own.
  // The merge undone, the label filled down its cells or left in its first: the same, up its column.
  const grid = labels.grid;
  for (let c = 0; c < hit.col; c++) {
    const m = grid.mergeAt(hit.row, c);
    let r = hit.row;
    if (m !== undefined) r = fundLabelMergedOver(labels, hit.row, c)?.top ?? hit.row;
    else while (r > 0 && hit.row - r < FUND_BLOCK_ROWS && (grid.ownText(r, c) === '' || isFilledDown(grid, r, c))) r--;
    if (r < hit.row && grid.ownText(r, c) !== '' && labels.is(r, c, 'fund-block')) return !labels.inRows(r, hit.row - 1).some((h) => labelIs(h.label, 'amount-total'));
  }
  return false;
}

/** The merged area of a fund block's label begun in column `col` above `row` and crossing it (项目资金情况 over its lines). */
function fundLabelMergedOver(labels: LabelMap, row: number, col: number): CellRange | undefined {
  const m = labels.grid.mergeAt(row, col);
  return m && m.left === col && m.top < row && labels.is(m.top, col, 'fund-block') ? m : undefined;
}

/**
 * 任务名称 | 主要内容 with no amount column, under 年度主要任务 (四川's county 部门整体支出绩效目标申报表, its money in the
 * 总体资金情况 block above: 泸县's, bg-sc-luxian-2024-culture-tourism-dept-targets): a department's task list all the same.
 */
function contentBeside(labels: LabelMap, hit: Hit): boolean {
  const row = labels.inRow(hit.row);
  const at = row.findIndex((h) => h.col > hit.col);
  if (at < 0 || !labelIs(row[at].label, 'task-content')) return false;
  for (let c = 0; c < hit.col; c++) if (MAIN_TASKS.test(labelKey(labels.grid.text(hit.row, c)))) return true;
  return false;
}
const MAIN_TASKS = /^(年度)?主要任务$/;

function hasAmountHeader(labels: LabelMap, hit: Hit): boolean {
  // Its row and the next two with text (a tall row a PDF's conversion split leaves lines with none), over seven rows at most.
  return labels.inRows(hit.row, lastOfLines(labels.grid, hit.row, 3, 7)).some(
    (h) =>
      h.col > hit.col &&
      (labelIs(h.label, 'budget') || labelIs(h.label, 'amount-total') || labelIs(h.label, 'amount-part')),
  );
}

/** Whether indicator header `b`, below `a`, repeats it, columns and all (a page break's copy), neither a long-term set's. */
function repeatsHeader(grid: Grid, a: Anchor, b: Anchor): boolean {
  return sameColumns(a.indicatorHeader!, b.indicatorHeader!) && !headsLongTerm(grid, a.indicatorHeader!) && !headsLongTerm(grid, b.indicatorHeader!);
}

/** Rows whose indicator header repeats the one before it. */
function repeatedHeaderRows(grid: Grid, anchors: readonly Anchor[]): ReadonlySet<number> {
  const rows = new Set<number>();
  let prev: Anchor | undefined;
  for (const a of anchors) {
    if (a.kind !== 'indicator-header') continue;
    if (prev && a.hit.row > prev.hit.row && repeatsHeader(grid, prev, a)) rows.add(a.hit.row);
    prev = a;
  }
  return rows;
}

/**
 * Splits anchors (in sheet order) into tables: a title or a repeated block starts the next table,
 * when it stands below the table's last anchor. One beside it, on the same row, stays in the table:
 * tables are read by rows, so one standing beside another is never a table of its own (read
 * across the same rows, it misread both; and a sheet of label words, thousands in a row, made
 * thousands of tables over the same rows, each read across them all).
 */
function groupAnchors(grid: Grid, anchors: Anchor[]): Anchor[][] {
  const groups: Anchor[][] = [];
  let current: Anchor[] | null = null;
  // The current table's kinds of anchor, and the row of its last.
  const kinds = new Set<AnchorKind>();
  let lastRow = -1;
  const repeated = repeatedHeaderRows(grid, anchors);
  for (const a of anchors) {
    const below = a.hit.row > lastRow;
    const last = current === null ? undefined : current[current.length - 1];
    // A label on a repeated header's row, left of its 一级指标 (项目名称 | 项目单位 | 预算数 over each project's
    // rows, 扎赉特旗's form printed over two pages): the header's copy, as the header is.
    if (below && a.kind !== 'indicator-header' && a.kind !== 'title' && last?.kind === 'indicator-header' && repeated.has(a.hit.row)) continue;
    if (below && a.kind === 'indicator-header' && last?.kind === 'indicator-header' && repeatsHeader(grid, last, a)) {
      current!.push({ ...a, repeat: true });
      lastRow = a.hit.row;
      continue;
    }
    // A label inside an indicator's name merged down over its lines (彭水's 年度预算资金总额 within 预算资金安排,
    // C7:C28, ll-cq-pengshui-2024-family-planning-transfer-eval) is part of that indicator, no table of its own.
    if (below && last?.kind === 'indicator-header' && a.kind !== 'indicator-header' && a.kind !== 'title' && insideMergedName(grid, last.indicatorHeader!, a.hit.row)) continue;
    const startsNew =
      current === null ||
      (below && a.kind === 'title' && (kinds.size > 1 || !kinds.has('title'))) ||
      // 收入构成 and 支出构成 are two groups of one block.
      (below && a.kind !== 'title' && ((kinds.has(a.kind) && a.kind !== 'fund-makeup') || kinds.has('indicator-header')));
    if (startsNew) {
      current = [];
      groups.push(current);
      kinds.clear();
    }
    current!.push(a);
    kinds.add(a.kind);
    lastRow = a.hit.row;
  }
  // Label words on their own (a 项目名称 in a list, a title with nothing under it) are not tables.
  // A form's title over its 项目名称 is a table, though the page was cut before any block (德化's, 乌恰's
  // 绩效目标申报表 stopping at 主管部门): nothing of it to check but what is missing.
  return groups.filter((g) => g.some((a) => a.kind === 'indicator-header' || a.kind === 'task-header' || a.kind === 'fund' || a.kind === 'eval-funds' || a.kind === 'fund-makeup') || (g.some((a) => a.kind === 'title') && g.some((a) => a.kind === 'project-name' || a.kind === 'department-line')));
}

/**
 * The row lies within a name cell merged down from an indicator's row under the header, or that
 * name typed again down its rows (the merge undone and filled).
 */
function insideMergedName(grid: Grid, header: IndicatorHeader, row: number): boolean {
  const m = grid.mergeAt(row, header.name);
  if (m) return m.top > header.row && m.top < row;
  return row > header.row + 1 && isFilledDown(grid, row, header.name);
}

/**
 * 长期绩效指标 or 中期 beside a header, left of its 一级: the project's long-term set, a list of its
 * own and not the year's going on under the same header (宁乡's form stacks 长期绩效指标 over
 * 年度绩效指标; _q-hn-ningxiang-batang-2021-infrastructure).
 */
function headsLongTerm(grid: Grid, header: IndicatorHeader): boolean {
  for (let c = 0; c < header.level1; c++) if (LONG_TERM.test(grid.text(header.row, c))) return true;
  return false;
}
const LONG_TERM = /长期|中期/;

/** `unread` gets the repeated indicator headers the table's list ended before (readIndicatorBlock's `continued`). */
function readTable(grid: Grid, labels: LabelMap, anchors: Anchor[], top: number, bottom: number, unread?: Anchor[]): PerformanceTable | null {
  // No header of 一级 | 二级 | 三级 labels: perhaps a table graded in bands (优 | 良 | 中 | 差) under headings of its own.
  if (!anchors.some((a) => a.kind === 'indicator-header')) {
    const graded = gradedAnchor(labels, top, bottom);
    if (graded) anchors = [...anchors, graded];
  }
  const get = (k: AnchorKind): Anchor | undefined => anchors.find((a) => a.kind === k);
  const title = get('title');
  const taskHeader = get('task-header');
  const fund = get('fund');
  const indicatorAnchor = get('indicator-header');
  const evalFundsAnchor = get('eval-funds');
  // A 年度资金总额 line under a self-evaluation's fund header is that block's total, no sign of a
  // project: a department's reads 部门整体支出总额 there (y-hb-tongcheng-tanghu-2020-dept-eval).
  const projectFunds = fund !== undefined && !(evalFundsAnchor !== undefined && fund.hit.row > evalFundsAnchor.hit.row);
  // A list of projects, each with its indicators in its own cell (安徽's 项目绩效目标和指标), is a project's form.
  const project = projectFunds || get('project-name') !== undefined || indicatorAnchor?.indicatorHeader?.bracketed === true;
  const kind = tableKind(title?.hit.label, {
    tasks: taskHeader !== undefined,
    project,
    department: labels.first('department-name', top, bottom) !== undefined,
    evaluation:
      evalFundsAnchor !== undefined ||
      resultColumns(grid, labels, title?.hit.label, indicatorAnchor?.indicatorHeader, bottom) ||
      indicatorAnchor?.indicatorHeader?.criteria === true ||
      (title === undefined && labels.first('evaluation-line', top, bottom) !== undefined),
    weighedTargets: indicatorAnchor?.indicatorHeader !== undefined && isWeighedTargets(indicatorAnchor.indicatorHeader),
  });
  const firstBlockRow = minOf(anchors.filter((a) => a.kind !== 'title').map((a) => a.hit.row));
  const headerBottom = firstBlockRow - 1;
  const indicatorRow = indicatorAnchor ? indicatorAnchor.hit.row : bottom + 1;

  const table: PerformanceTable = {
    kind,
    sheet: grid.name,
    range: '',
    firstRow: minOf(anchors.map((a) => a.hit.row)),
    lastRow: maxOf(anchors.map((a) => below(grid, a.hit.row, a.hit.col) - 1)),
    fiscalYear: null,
    unit: null,
    forEachText(visit) {
      labels.forEachText(visit, table.firstRow, table.lastRow);
    },
  };
  const extend = (row: number): void => {
    table.lastRow = Math.max(table.lastRow, row);
  };
  if (title) table.title = fieldAt(grid, title.hit.row, title.hit.col);

  const blockUnits: (string | undefined)[] = [];
  table.name =
    kind === 'department-targets' || kind === 'department-self-evaluation'
      ? labeledValue(grid, labels, 'department-name', top, indicatorRow)
      : labeledValue(grid, labels, 'project-name', top, indicatorRow);
  table.supervisor = labeledValue(grid, labels, 'supervisor', top, indicatorRow);

  if (taskHeader) {
    const stop = Math.min(indicatorRow, labels.first('goal', taskHeader.hit.row + 1, bottom)?.row ?? indicatorRow);
    const reading = readTaskBlock(grid, labels, taskHeader.hit, bottom, stop);
    table.tasks = reading.block;
    blockUnits.push(reading.unit);
    extend(reading.lastRow);
  }
  const fundBlockUnits = (): (string | undefined)[] => labels.find('fund-block', top, indicatorRow).map((h) => h.label.unit);
  // Without a header of columns, the region form's money as label | amount pairs (遂宁's, 安居's).
  const evalFunds = evalFundsAnchor
    ? readEvalFunds(grid, labels, evalFundsAnchor.hit)
    : !fund && isSelfEvaluation(kind)
      ? readPairedEvalFunds(grid, labels, top, indicatorRow - 1)
      : null;
  if (evalFunds) {
    table.evalFunds = evalFunds.funds;
    extend(evalFunds.lastRow);
  }
  if (evalFundsAnchor || evalFunds) blockUnits.push(...fundBlockUnits());
  // A self-evaluation's 年度资金总额 line belongs to its fund block above, read with its columns.
  const funds = fund && !evalFundsAnchor ? readFundBlock(grid, labels, fund.hit) : null;
  if (funds) {
    table.funds = funds.block;
    blockUnits.push(funds.unit, ...fundBlockUnits());
    extend(funds.lastRow);
    for (const block of blocksBeside(grid, labels, fund!.hit, funds.block)) (table.innerFunds ??= []).push(block);
    // The money arrived beside the total on its line (实际到位资金(万元) | 398.88), past its label's filled copies or blank cells.
    const arrived = labels.inRow(fund!.hit.row).find((h) => h.col > fund!.hit.col && labelIs(h.label, 'funds-arrived'));
    const value = arrived && valueRight(grid, labels, arrived.row, arrived.col);
    if (value) {
      const { row, col } = parseA1(value.cell);
      table.fundsArrived = amountAt(grid, row, col);
    }
    // The block's label merged down beside its lines holds them all (项目资金情况 over 项目资金申请 and
    // 支出明细预算, 岳阳楼区's 申报表): the table goes on to its merge's end, though only the first 合计 is read.
    for (let c = 0; c < fund!.hit.col; c++) {
      const m = fundLabelMergedOver(labels, fund!.hit.row, c);
      if (m) extend(m.bottom);
    }
    // The central form sets the whole period's funds (中期资金总额) beside the year's.
    const midTerm = labels.first('mid-term-fund-total', top, indicatorRow - 1);
    const mid = midTerm ? readFundBlock(grid, labels, midTerm) : null;
    if (mid) {
      table.midTermFunds = mid.block;
      extend(mid.lastRow);
    }
  }

  const splits = readFundSplits(grid, labels, top, indicatorRow - 1);
  if (splits) {
    table.fundSplits = splits.splits;
    if (splits.total) table.fundSplitTotal = splits.total;
    extend(splits.lastRow);
  }

  const sums = readLabelledSums(grid, labels, table, Math.min(top, table.firstRow), indicatorRow - 1);
  if (sums.length > 0) table.sums = sums;

  const goalHit = goalLabel(grid, labels, top, indicatorRow - 1) ?? blockOfGoals(labels, top, indicatorRow - 1);
  if (goalHit) {
    // A department's only, where a goal is: the duties matter as what its goal must not merely repeat.
    const dutiesHit = kind === 'department-targets' || kind === 'department-self-evaluation' ? labels.first('duties', top, indicatorRow - 1) : undefined;
    const duties = dutiesHit && valueRight(grid, labels, dutiesHit.row, dutiesHit.col);
    if (duties) table.duties = duties;
    table.goalLabelCell = grid.masterAddress(goalHit.row, goalHit.col);
    table.goal = goalValue(grid, labels, goalHit);
    const actualLabel = labels.inRow(goalHit.row).find((h) => h.col > goalHit.col && labelIs(h.label, 'goal-actual')) ?? accountBesideExpected(grid, labels, goalHit);
    if (actualLabel) {
      const r = underHeading(grid, labels, actualLabel.row, actualLabel.col);
      if (r < grid.rowCount) table.goalActual = fieldAt(grid, r, actualLabel.col);
    } else {
      // 宁夏's form stacks them in the goal label's rows: 年初设定目标 | goal, then 年度总体目标完成情况综述 | account;
      // or 预期目标 | goal over 实际完成 | account (湖南's 自评报告 laid out so, 南湖's sixth reading:
      // am-hn-nanhu-2016-special-care-eval-r6).
      // The label's merge undone (filled down, or dropped: its next row's cell blank), the row under it still its.
      const last = below(grid, goalHit.row, goalHit.col) - 1;
      const next = goalHit.row + 1;
      const undone = last === goalHit.row && next < grid.rowCount && (grid.text(next, goalHit.col) === '' || isFilledDown(grid, next, goalHit.col));
      const underExpected = (h: Hit): boolean => labelIs(h.label, 'actual') && labels.is(goalHit.row, h.col, 'goal-expected');
      const stacked =
        last > goalHit.row
          ? labels.inRows(next, last).find((h) => h.col > goalHit.col && (labelIs(h.label, 'goal-actual') || underExpected(h)))
          : undone
            ? labels.inRow(next).find((h) => h.col > goalHit.col && underExpected(h))
            : undefined;
      if (stacked) table.goalActual = besideLabel(grid, labels, stacked);
      else if (table.goal) {
        // A bare 完成情况 beside the goal, its account right of it (普惠金融's 年度总体目标 | goal | 完成情况 |
        // account, both readings: nn-sc-nd-inclusive-finance-fund-eval). Only here: elsewhere the words head other things.
        // Past the goal's merge, undone and filled or dropped.
        let after = rightOf(grid, parseA1(table.goal.cell).row, parseA1(table.goal.cell).col);
        while (after < grid.colCount && (grid.text(goalHit.row, after) === '' || unwrap(grid.text(goalHit.row, after)) === table.goal.text)) after = rightOf(grid, goalHit.row, after);
        const at = after < grid.colCount && squeeze(grid.text(goalHit.row, after)) === '完成情况' ? after : -1;
        if (at >= 0) table.goalActual = valueRight(grid, labels, goalHit.row, at) ?? emptyBeside(grid, { row: goalHit.row, col: at, label: goalHit.label });
      }
    }
    const goalBottom = below(grid, goalHit.row, goalHit.col) - 1;
    const lines = table.goal && goalLinesBelow(grid, labels, goalHit, table.goal, table.goalActual, indicatorRow - 1);
    if (lines && lines.length > 0) table.goalLines = lines;
    extend(goalBottom);
    // The goal's text may stand under its label (预期目标 | 实际完成情况, 中期目标 | 年度目标): the table reaches it.
    for (const field of [table.goal, table.goalActual]) {
      if (!field) continue;
      const at = parseA1(field.cell);
      extend(grid.mergeAt(at.row, at.col)?.bottom ?? at.row);
    }
  }

  // A report's account of its year with no goal set beside it (湖南's 部门整体支出绩效评价自评报告: 年度部门(单位)
  // 总体运行情况及取得的成绩 | …, e-hn-yueyangxian-xinkai-2021): the goal's account all the same.
  if (!goalHit) {
    const account = labels.first('goal-actual', top, indicatorRow - 1);
    const text = account && valueRight(grid, labels, account.row, account.col);
    if (text) table.goalActual = text;
  }

  if (indicatorAnchor?.indicatorHeader) {
    const header = indicatorAnchor.indicatorHeader;
    const repeats = anchors.filter((a) => a.repeat);
    const reading = readIndicatorBlock(
      grid,
      labels,
      header,
      bottom,
      repeats.map((a) => a.indicatorHeader!),
    );
    if (reading.continued < repeats.length && unread) {
      unread.push(...repeats.slice(reading.continued));
      return null;
    }
    table.indicators = reading.block;
    extend(reading.lastRow);
    // A goal column's heading read as a goal label over the cell under it (湘西's unit line) is the column's too.
    const named = reading.block.indicators.find((i) => i.name.text !== '' || i.target.text !== '');
    if (named) {
      const beside = goalColumn(grid, header, named.row);
      if (beside && (!table.goal || table.goalLabelCell === beside.label)) {
        table.goalLabelCell = beside.label;
        table.goal = beside.goal;
      }
    }
    // Its label left of the 一级's column (merged across two, a Word table's), past a blank column inserted between.
    const labelCol = (grid.mergeAt(header.row, header.level1)?.left ?? header.level1) - 1;
    const declared = labelCol >= 0 ? blockPoints(grid, labels, header.row, leftPastBlank(grid, header.row, labelCol), reading.lastRow) : undefined;
    if (declared) table.indicators.declaredPoints = declared;
    if (!isSelfEvaluation(kind) && header.weight !== undefined) {
      const budgetWeight = budgetWeightLine(grid, top, header.row - 1);
      if (budgetWeight) table.budgetWeight = budgetWeight;
    }
    // Fund blocks written in an indicator's lines (彭水's 预算资金安排: four 年度预算资金总额 blocks, one per fund):
    // each held to its sum as any fund block.
    const inner = labels.find('fund-total', header.row + 1, reading.lastRow).filter((h) => insideMergedName(grid, header, h.row) || insideMergedName(grid, header, h.row + 1));
    for (const hit of inner) {
      const funds = readFundBlock(grid, labels, hit);
      if (!funds || funds.block.parts.length === 0) continue;
      (table.innerFunds ??= []).push(funds.block);
      if (funds.unit) blockUnits.push(funds.unit);
    }
    // Their unit written in the lines' own heading (计划生育转移支付资金合计(万元)) when the header gives none.
    if (table.innerFunds) blockUnits.push(unitInText(grid, table, header.row + 1, reading.lastRow + 1) ?? undefined);
    // A self-evaluation nothing else names the family of (a score sheet's title past a page's top):
    // 一级 naming the department (部门决策, 部门预算管理) make it a department's.
    if (!title && kind === 'project-self-evaluation' && !project && reading.block.runs.some((r) => r.level1.text.includes('部门'))) {
      table.kind = 'department-self-evaluation';
    }
    const others = header.others ?? [];
    for (let i = 0; i < others.length; i++) {
      const other = others[i];
      // The same set in each repeated header (a page break's, Word printing the header again) is read through.
      const otherRepeats: IndicatorHeader[] = [];
      for (const a of repeats) {
        const again = a.indicatorHeader!.others?.[i];
        if (again !== undefined && sameColumns(again, other)) otherRepeats.push(again);
      }
      // A set left wholly unfilled (a one-year project's 长期 columns) is no set of its own.
      const beside = readIndicatorBlock(grid, labels, other, bottom, otherRepeats);
      if (!beside.filled) continue;
      if (other.name === header.name) beside.block.sharesNames = true;
      (table.otherIndicators ??= []).push(beside.block);
      extend(beside.lastRow);
    }
    const label = reading.totalLabel;
    if (label) {
      const r = label.row;
      table.totalScore = {
        label: fieldAt(grid, r, label.col),
        weight: header.weight === undefined ? undefined : weightAt(grid, r, header.weight),
        score: header.score === undefined ? undefined : header.weight === undefined ? totalBeside(grid, labels, label, amountAt(grid, r, header.score)) : amountAt(grid, r, header.score),
      };
      extend(below(grid, r, label.col) - 1);
    } else if (header.weight !== undefined && holdsNumber(grid.cell(header.row, header.weight))) {
      // The columns' sums typed in the header's own row, beside 一级 | 二级 | 三级 (山东's 评价报告: 100 | 84
      // under 指标分值 | 评价得分): the table's typed total, as a 总分 row's would be.
      table.totalScore = {
        label: fieldAt(grid, header.row, header.level1),
        weight: weightAt(grid, header.row, header.weight),
        score: header.score === undefined ? undefined : amountAt(grid, header.row, header.score),
      };
    } else if (header.score !== undefined && (header.actual !== undefined || header.criteria)) {
      // No 总分 row: 宁夏's form gives the table's score in its header lines (自评得分 | 98).
      const typed = labels.inRows(top, header.row - 1).find((h) => labelIs(h.label, 'score') && HEADER_SCORE.test(labelKey(grid.text(h.row, h.col))));
      const value = typed && valueRight(grid, labels, typed.row, typed.col);
      if (value) {
        const at = parseA1(value.cell);
        const score = amountAt(grid, at.row, at.col);
        if (score.reading.kind === 'number') table.totalScore = { label: fieldAt(grid, typed.row, typed.col), score };
      }
    }
    const gradeHit = labels.first('grade', header.row, bottom);
    if (gradeHit) {
      table.grade = valueRight(grid, labels, gradeHit.row, gradeHit.col) ?? { text: '', cell: grid.masterAddress(gradeHit.row, rightOf(grid, gradeHit.row, gradeHit.col)) };
      extend(gradeHit.row);
    }
  }

  // Header lines above the first block: year, unit, title.
  const headerHits = labels.inRows(top, headerBottom);
  const columnYears = yearsHeadingColumns(headerHits);
  const yearHit = headerHits.find((h) => h.label.year !== undefined && !columnYears.includes(h));
  if (yearHit) {
    table.fiscalYear = yearHit.label.year!;
    table.fiscalYearCell = grid.address(yearHit.row, yearHit.col);
  } else {
    const fromText = yearInHeaderText(grid, top, headerBottom) ?? yearBesideLabel(grid, top, Math.min(indicatorRow, bottom + 1) - 1);
    const fromSheet = /((?:19|20)\d{2})/.exec(fold(grid.name));
    if (fromText) {
      table.fiscalYear = fromText.year;
      table.fiscalYearCell = fromText.cell;
    } else if (columnYears.length > 0 && headerHits.some((h) => labelIs(h.label, 'prior-years'))) {
      // 近两年收支金额 over 2021年 | 2022年: the two years before the table's.
      table.fiscalYear = Math.max(...columnYears.map((h) => h.label.year!)) + 1;
    } else if (fromSheet) table.fiscalYear = Number(fromSheet[1]);
    // No cell names the year here (the date is not it): next year's template writes it in its title.
    else if (kind === 'department-targets' || kind === 'project-targets') table.fiscalYear = yearFiled(grid, top, headerBottom);
    // Last, a name that starts with its year (2018年市级专项扶贫资金…, 南岳's form, q-hn-nanyue-2018-poverty-tourism).
    // No cell is the year's own: next year's template leaves the name as it is.
    const named = table.fiscalYear === null && table.name ? /^\s*((?:19|20)\d{2})\s*年/.exec(fold(table.name.text)) : null;
    if (named) table.fiscalYear = Number(named[1]);
    // Last of all, a goal set to its year's end (到2022年底,…; 忠县's region form, no year in its title,
    // ee-cq-zhongxian-2022-hog-county-reward, both readings). A year the goal merely names is not the
    // table's (2021年完成保鲜库…, j-xj-alar-2021-coldstore, both readings leave the year unknown).
    const yearEnd = table.fiscalYear === null && table.goal ? YEAR_END.exec(fold(table.goal.text)) : null;
    if (yearEnd) {
      table.fiscalYear = Number(yearEnd[1] ?? yearEnd[2]);
      table.fiscalYearCell = table.goal!.cell;
    }
    // Or a self-evaluation's account that opens with its year (2023年,通过开展项目现场踏勘…; 保山's 能源局,
    // aq-yn-baoshan-2023-energy-safety-eval): the year accounted for.
    const opens = table.fiscalYear === null && table.goalActual ? ACCOUNT_YEAR.exec(fold(table.goalActual.text)) : null;
    if (opens) {
      table.fiscalYear = Number(opens[1]);
      table.fiscalYearCell = table.goalActual!.cell;
    }
    // And a project's period of one calendar year above its indicators (起止时间 | 2022年1月—12月, 荆门's,
    // ai-hb-jingmen-2022-relics-fund-targets, among its fund lines): that year.
    // Else one a 时效 target sets (培训任务完成及时 | 2021.1.1-12.31, 吕梁's table of indicators alone,
    // ba-sx-lvliang-2021-caregiver-training-eval): the year the work is timed to.
    if (table.fiscalYear === null) {
      const period = oneYearPeriod(grid, top, Math.min(indicatorRow, bottom + 1) - 1) ?? oneYearTarget(table);
      if (period) {
        table.fiscalYear = period.year;
        table.fiscalYearCell = period.cell;
      }
    }
  }
  // A unit line above a row of numbers above the title heads that row's table, not this one (乐昌's
  // 附件1 in 元 above its 附件2 in 万元, on one sheet: vv-gd-lechang-2018-vocational-aid-targets-r3).
  const dataAbove = title ? lastNumberRow(grid, top, title.hit.row - 1) : top - 1;
  const unitHit = headerHits.find((h) => labelIs(h.label, 'unit-line') && h.row > dataAbove);
  const blockUnit = blockUnits.find((u) => u !== undefined);
  if (unitHit && blockUnit !== undefined && blockUnit !== unitHit.label.unit) {
    // The amounts' own heading says what they are in; the line above the table says otherwise: a slip in one.
    table.unit = blockUnit;
    table.unitLineConflict = { cell: grid.address(unitHit.row, unitHit.col), unit: unitHit.label.unit! };
  } else if (unitHit) {
    table.unit = unitHit.label.unit!;
    table.unitCell = grid.address(unitHit.row, unitHit.col);
  } else {
    table.unit = blockUnits.find((u) => u !== undefined) ?? unitInText(grid, table, top, indicatorRow) ?? unitFromAmounts(grid, table);
  }

  const formulaBlock = readColumnFormulas(grid, labels, top, indicatorRow - 1) ?? readRatioHeading(grid, labels, top, indicatorRow - 1);
  if (formulaBlock) {
    table.formulaBlock = formulaBlock;
    extend(formulaBlock.lastRow);
  }

  const stray = strayAmounts(grid, labels, table, top, indicatorRow - 1);
  if (stray.length > 0) table.strayAmounts = stray;
  const itemised = itemisedAmounts(grid, labels, table.firstRow, bottom);
  if (itemised.length > 0) table.itemised = itemised;

  // Header lines above the first anchor belong to the table; a table never starts below its anchors.
  table.firstRow = Math.min(table.firstRow, headerHits[0]?.row ?? table.firstRow);
  const range: CellRange = { top: table.firstRow, left: 0, bottom: table.lastRow, right: tableRight(grid, labels, table.firstRow, table.lastRow) };
  table.range = rangeToA1(range);
  return table;
}

/**
 * The table's last column: the furthest its labels reach (their merged areas included), and on
 * from there while the next column holds anything in the table's rows (a 备注 column, amounts
 * under no label). A stray cell further right (a space at XFD1048576, a note typed far off) is no
 * part of it: a template made from the table would otherwise draw its form across 16,384 columns.
 */
function tableRight(grid: Grid, labels: LabelMap, top: number, bottom: number): number {
  let right = labels.reach(top, bottom);
  if (right >= grid.colCount - 1) return Math.max(0, grid.colCount - 1);
  // Columns right of the labels holding a value, each to the right edge of its merged area.
  const ends = new Map<number, number>();
  grid.forEachCell(
    (row, col) => {
      if (col > right) ends.set(col, Math.max(ends.get(col) ?? col, grid.mergeAt(row, col)?.right ?? col));
    },
    top,
    bottom,
  );
  for (let next = ends.get(right + 1); next !== undefined; next = ends.get(right + 1)) right = Math.max(right + 1, next);
  return Math.max(0, right);
}

/**
 * Whether the indicator header's 实际完成值 makes the table an evaluation. A table titled as the
 * year's targets (…绩效目标表, no 自评) on a form that carries the year-end columns, every one of
 * them blank, is the targets table set at the start of the year (vv-gd-lechang-2018-vocational-aid-targets):
 * nothing is to be reported yet.
 */
function resultColumns(grid: Grid, labels: LabelMap, title: Label | undefined, header: IndicatorHeader | undefined, bottom: number): boolean {
  if (header?.actual === undefined) return false;
  if (!title || !(labelIs(title, 'project-title') || labelIs(title, 'department-title'))) return true;
  const columns = [header.actual, header.score, header.reason].filter((c): c is number => c !== undefined);
  // Up to the next table's title, year line or indicator header, where a sheet holds more than one.
  const next = labels.inRows(header.row + 1, bottom).find((h) => isTitleLabel(h.label) || labelIs(h.label, 'year-line') || labelIs(h.label, 'level1'));
  const last = next ? next.row - 1 : bottom;
  // Two blank rows end the list, as they end its block: what follows is another table's (乐昌's 附件1
  // allocation, its amounts under this header's 实际完成值 column, stacked under a reading of 附件2).
  for (let row = header.row + 1, blank = 0; row <= last && blank < 2; row++) {
    blank = grid.firstTextColumn(row) < 0 ? blank + 1 : 0;
    // A cell's own text: not a line merged across the sheet (附件2 over the next table) nor the header's.
    for (const col of columns) if (grid.ownText(row, col) !== '') return true;
  }
  return false;
}

/** Targets with their points and nothing scored: a 分值 column, no 实际完成值 or 得分. */
function isWeighedTargets(header: IndicatorHeader): boolean {
  return header.weight !== undefined && header.actual === undefined && header.score === undefined && header.criteria !== true;
}

/**
 * The table family: from its title when it has one, else from the blocks it holds. A department
 * table always lists its tasks or names its department; anything else with indicators is a project's.
 */
function tableKind(title: Label | undefined, blocks: { tasks: boolean; project: boolean; department: boolean; evaluation: boolean; weighedTargets: boolean }): TableKind {
  // An evaluation's indicator sheet set before the year (绩效评价指标表: 目标值 | 分值, no result and no
  // fund lines, n-heb-ningjin-2019-stipend) holds the year's targets, whatever its title says.
  const unscored = blocks.weighedTargets && !blocks.evaluation;
  if (title) {
    if (labelIs(title, 'project-eval-title')) return unscored ? 'project-targets' : 'project-self-evaluation';
    if (labelIs(title, 'department-eval-title')) return unscored ? 'department-targets' : 'department-self-evaluation';
    if (labelIs(title, 'project-title')) return blocks.evaluation ? 'project-self-evaluation' : 'project-targets';
    if (labelIs(title, 'department-title')) return blocks.evaluation ? 'department-self-evaluation' : 'department-targets';
  }
  const department = blocks.tasks || (blocks.department && !blocks.project);
  if (blocks.evaluation) return department ? 'department-self-evaluation' : 'project-self-evaluation';
  return department ? 'department-targets' : 'project-targets';
}

function labeledValue(grid: Grid, labels: LabelMap, kind: 'department-name' | 'project-name' | 'supervisor', top: number, before: number): Field | undefined {
  const hit = labels.first(kind, top, before - 1);
  if (hit?.label.valueInText !== undefined) return { text: hit.label.valueInText, cell: grid.masterAddress(hit.row, hit.col) };
  return hit ? valueRight(grid, labels, hit.row, hit.col) : undefined;
}

/**
 * The goal's label among the header's: a title or section line alone in its row (部门整体绩效目标,
 * 年度绩效目标 over *年度绩效总目标 | goal, 浮梁's) heads the goal's label, it is not one, where another follows.
 */
function goalLabel(grid: Grid, labels: LabelMap, top: number, bottom: number): Hit | undefined {
  // Alone in its row, merged across it, filled across it once the merge was undone, or neither; a
  // 年度目标 heading a column beside 中期目标 (阳泉's) is a label. Looked at one by one: most tables have one.
  const alone = (h: Hit): boolean => {
    const own = grid.text(h.row, h.col);
    // Most goal labels have their goal beside them: no need to look along the row.
    const right = rightOf(grid, h.row, h.col);
    if (right < grid.colCount && grid.text(h.row, right) !== '' && grid.text(h.row, right) !== own) return false;
    let others = false;
    labels.forEachText((text) => (others ||= text !== own), h.row, h.row);
    return !others;
  };
  let hit = labels.first('goal', top, bottom);
  while (hit && alone(hit)) {
    // An alone one fills its row: the next one is below it.
    const next = labels.first('goal', hit.row + 1, bottom);
    if (!next) return hit;
    hit = next;
  }
  return hit;
}

/**
 * A group label filled down its undone merge (财政资金安排和使用情况 beside 宁德's 资金结构 lines, its
 * merge undone and filled, ff-fj-ningde-2020-earthquake-dept-eval): the rows it covers, as the merge did.
 */
function filledGroup(grid: Grid, row: number, col: number): CellRange | undefined {
  if (!isFilledDown(grid, row, col) || (row + 1 < grid.rowCount && isFilledDown(grid, row + 1, col))) return undefined;
  let top = row;
  while (top > 0 && isFilledDown(grid, top, col)) top--;
  return { top, left: col, bottom: row, right: col };
}

/**
 * The 总分 typed beside its label rather than under 得分 (总分(100分) | 100 | 自评等级 | 优, 保山's,
 * bb-yn-baoshan-2022-spring-festival-visits-eval): that number, where the 得分 column holds none. Only in
 * a form without a 分值 column, whose 总分 row could hold the weights' total there instead.
 */
function totalBeside(grid: Grid, labels: LabelMap, label: Hit, inColumn: AmountField): AmountField {
  if (inColumn.reading.kind === 'number') return inColumn;
  const beside = valueRight(grid, labels, label.row, label.col);
  if (!beside) return inColumn;
  const at = parseA1(beside.cell);
  const amount = withPoints(amountAt(grid, at.row, at.col));
  return amount.reading.kind === 'number' ? amount : inColumn;
}

/** A total typed with its points' unit, 99.55分 (黄石's 海绵城市 self-evaluation, gg-hb-huangshi-2022-sponge-city-application-eval): the number. */
function withPoints(field: AmountField): AmountField {
  if (field.reading.kind !== 'invalid') return field;
  const m = /^\s*(\d+(?:\.\d+)?)\s*分\s*$/.exec(field.reading.text);
  if (!m) return field;
  const value = Number(m[1]);
  return { cell: field.cell, reading: { kind: 'number', value, cents: centsOf(value), asText: true, formula: false, text: field.reading.text } };
}

/** A 年度目标 label further along the goal label's row, past a heading that is none (中期目标). */
function yearGoalInRow(grid: Grid, labels: LabelMap, hit: Hit): Hit | undefined {
  const row = labels.inRow(hit.row);
  for (let i = 0; i < row.length; i++) if (row[i].col > hit.col && labelIs(row[i].label, 'goal') && /年度|当年|本年/.test(grid.text(row[i].row, row[i].col))) return row[i];
  return undefined;
}

/**
 * 年度总体目标's text: beside the label, or under it when the label heads a column. When both
 * are blank, the empty cell beside the label, which is where the goal belongs.
 */
function goalValue(grid: Grid, labels: LabelMap, hit: Hit, nested = false): Field {
  // A self-evaluation heads its goal column 预期目标 (beside 实际完成情况): the goal is under it.
  const expected = labels.inRow(hit.row).find((h) => h.col > hit.col && labelIs(h.label, 'goal-expected')) ?? expectedUnder(grid, labels, hit);
  if (expected) {
    // The goal as adjusted during the year, where written, is the one in force (重庆's 全年(调整)绩效目标
    // beside 年初绩效目标 | 无, d-cq-kexuecheng-dept-2021-r3).
    const adjusted = labels.inRow(expected.row).find((h) => h.col > expected.col && labelIs(h.label, 'goal-adjusted'));
    const under = adjusted && below(grid, adjusted.row, adjusted.col);
    if (adjusted && under! < grid.rowCount && !isBlankOrNone(grid.text(under!, adjusted.col))) return fieldAt(grid, under!, adjusted.col);
    const r = underHeading(grid, labels, expected.row, expected.col);
    // A label under it (年初设定目标 over 年度总体目标完成情况综述, 宁夏's rows): the goal is beside it.
    if (r < grid.rowCount && labels.at(r, expected.col)) return besideLabel(grid, labels, expected);
    return fieldAt(grid, r < grid.rowCount ? r : expected.row, expected.col);
  }
  // 总体目标 | 年度目标 | goal, or the goal under 年度目标 (昭化's, 岳阳县's): the label beside it names the
  // goal (not the label again, filled across its undone merge).
  // Once: beside 年度目标 stands its account's label (年度总体目标完成情况, 南岳's), no goal of its own.
  // 总体目标 | 中期目标 | 年度目标 over their texts (青山's, b-qingshan-2020-education): the year's, wherever it stands in the row.
  // (Past a blank column inserted between them.)
  const inner = nested ? undefined : (labels.at(hit.row, rightPastBlank(grid, hit.row, hit.col, 1)) ?? yearGoalInRow(grid, labels, hit));
  if (inner && inner.row === hit.row && labelIs(inner.label, 'goal') && grid.text(inner.row, inner.col) !== grid.text(hit.row, hit.col)) {
    const year = goalValue(grid, labels, inner, true);
    return year.text.trim() === '' ? (oneYearMidTerm(grid, labels, hit, inner) ?? year) : year;
  }
  const right = valueRight(grid, labels, hit.row, hit.col);
  if (right) return right;
  const r = underHeading(grid, labels, hit.row, hit.col);
  if (r < grid.rowCount && !labels.at(r, hit.col) && grid.text(r, hit.col) !== '') return fieldAt(grid, r, hit.col);
  // A label after another heading in its row heads a column (中期目标 | 年度目标 over their texts,
  // 阳泉's): the empty cell under it is the goal's place.
  if (r < grid.rowCount && grid.firstTextColumn(hit.row) < hit.col && !labels.at(r, hit.col)) return fieldAt(grid, r, hit.col);
  return emptyBeside(grid, hit);
}

/**
 * The 中期目标 of a period of one year (中期目标(2023年—2023年) beside a blank 年度目标, 太**'s 城管 form,
 * aj-ah-tai-2023-enforcement-vehicles-targets): that year's goal, written once under the period's heading.
 */
function oneYearMidTerm(grid: Grid, labels: LabelMap, hit: Hit, year: Hit): Field | undefined {
  for (let c = hit.col + 1; c < year.col; c++) {
    const m = MID_TERM_ONE_YEAR.exec(squeeze(fold(grid.ownText(hit.row, c))));
    if (!m || m[1] !== m[2]) continue;
    const r = underHeading(grid, labels, hit.row, c);
    if (r < grid.rowCount && grid.ownText(r, c) !== '') return fieldAt(grid, r, c);
  }
  return undefined;
}
const MID_TERM_ONE_YEAR = /^中期目标\(?((?:19|20)\d{2})年?[-—–~至到]+((?:19|20)\d{2})年?\)?$/;

/**
 * A goal label heading a section of its own, alone in its row, over the goals' labels (绩效目标 across
 * the form, 年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况 under it, 忠县's 部门整体绩效自评表 of
 * 2024, ah-cq-zhongxian-2024-sci-assoc-dept-eval): the 预期目标 label of the row under it.
 */
function expectedUnder(grid: Grid, labels: LabelMap, hit: Hit): Hit | undefined {
  if (valueRight(grid, labels, hit.row, hit.col)) return undefined;
  // The row under it, or the one after a wholly blank row left between (not a blank area merged there).
  const next = below(grid, hit.row, hit.col);
  const r = grid.mergeAt(next, hit.col) === undefined ? pastBlankRow(grid, next) : next;
  return r < grid.rowCount ? labels.inRow(r).find((h) => h.col >= hit.col && labelIs(h.label, 'goal-expected')) : undefined;
}

/**
 * Under a goal's section line, the account's heading beside 预期目标 in the row below: 实际完成 (湖南's
 * 自评报告, 项目绩效定性目标及实施计划完成情况 over 预期目标 | 实际完成; aj-hn-yueyanglou-2016-deputies-home-report).
 */
function accountBesideExpected(grid: Grid, labels: LabelMap, hit: Hit): Hit | undefined {
  const expected = expectedUnder(grid, labels, hit);
  return expected && labels.inRow(expected.row).find((h) => h.col > expected.col && (labelIs(h.label, 'goal-actual') || labelIs(h.label, 'actual')));
}

/**
 * The row under a column's heading that holds its text: the next, or the one after a blank row left
 * between them (a form spaced by hand, or a PDF's conversion), where that one holds any text but a
 * label (the next block's heading under a blank goal, 湖南's 项目绩效定量目标(指标)及完成情况 once the
 * blank row's merges are gone: am-hn-nanhu-2016-special-care-eval).
 */
function underHeading(grid: Grid, labels: LabelMap, row: number, col: number): number {
  const r = below(grid, row, col);
  return r + 1 < grid.rowCount && grid.firstTextColumn(r) < 0 && grid.mergeAt(r, col) === undefined && grid.firstTextColumn(r + 1) >= 0 && labels.inRow(r + 1).length === 0 ? r + 1 : r;
}

/**
 * The region form heads its goal block 年度目标完成情况 (a name other forms give the account) over
 * 预期目标 | 目标实际完成情况 in its row (安居's, 遂宁's): the block's label, when no goal label is found.
 */
function blockOfGoals(labels: LabelMap, top: number, bottom: number): Hit | undefined {
  for (const hit of labels.find('goal-actual', top, bottom)) {
    const row = labels.inRow(hit.row);
    const expected = row.find((h) => h.col > hit.col && labelIs(h.label, 'goal-expected'));
    if (expected && row.some((h) => h.col > expected.col && labelIs(h.label, 'goal-actual'))) return hit;
  }
  return undefined;
}

/**
 * The rows after a goal read under its column label, to the first blank goal or the next label (the
 * block's own label filled down is none): one goal each, its account beside it under its own label
 * (安居's 目标2 … 目标4). Only where goal and account stand in one row, each under its label: a goal
 * written over merged rows is one goal.
 */
function goalLinesBelow(grid: Grid, labels: LabelMap, block: Hit, goal: Field, actual: Field | undefined, bottom: number): { goal: Field; actual?: Field }[] | null {
  // A list numbers its goals (目标1:, 1., （1）), each line as the first: other text under a goal is no
  // goal of its own, but in the rows of a section the goal's heading stands in (三、目标完成情况 over
  // 年度预期目标 | 具体完成情况 and two lines, 成安's, xx-he-chengan-2020-centenarian-allowance-eval).
  // Asked first: most goals are not numbered.
  const style = numberingOf(goal.text);
  if (!actual) return null;
  const at = parseA1(goal.cell);
  const last = style === null ? sectionBottom(grid, block, at.row) : bottom;
  if (last === null) return null;
  const beside = actual ? parseA1(actual.cell) : null;
  if (!beside || beside.row !== at.row || beside.col <= at.col) return null;
  // Under a label: the row above holds one, in the goal's column (past a blank row left between).
  const heading = at.row > 1 && grid.firstTextColumn(at.row - 1) < 0 ? at.row - 2 : at.row - 1;
  if (heading < 0 || !labels.at(grid.master(heading, at.col).row, grid.master(heading, at.col).col)) return null;
  const width = grid.mergeAt(at.row, at.col)?.right ?? at.col;
  const lines: { goal: Field; actual?: Field }[] = [];
  for (let r = (grid.mergeAt(at.row, at.col)?.bottom ?? at.row) + 1; r <= Math.min(last, bottom); r++) {
    // Past a blank row left between two lines.
    if (r < Math.min(last, bottom) && grid.firstTextColumn(r) < 0 && grid.firstTextColumn(r + 1) >= 0) continue;
    if (grid.master(r, at.col).row !== r || labels.inRow(r).some((h) => h.col !== block.col || h.label !== block.label)) break;
    // A line across both columns is the next section's heading (青神's 2.项目实施内容及过程概述).
    const right = grid.mergeAt(r, at.col)?.right ?? at.col;
    if (right >= beside.col || (style === null ? right !== width || grid.text(r, at.col) === '' || headsLeft(grid, r, at.col) : numberingOf(grid.text(r, at.col)) !== style)) break;
    const own = grid.master(r, beside.col);
    lines.push({ goal: fieldAt(grid, r, at.col), actual: own.row === r && own.col === beside.col ? fieldAt(grid, r, beside.col) : undefined });
    // Line by line, a line merged down over two rows as one (a PDF's converter splits a tall row).
    r = grid.mergeAt(r, at.col)?.bottom ?? r;
  }
  return lines;
}

/**
 * A goal written in a column of its own left of the indicators, its heading in the header's rows
 * (单位代码 | 单位(专项)名称 | 资金总额 | 实施期绩效目标 | 一级指标 …: 湘西's 项目支出绩效目标表公开, every reading of
 * ak-hn-xiangxi-2023-special-school-meals-targets; 扎赉特旗's 年度绩效目标): the goal is its cell on the first
 * indicator's row, merged down beside the indicators or left blank.
 */
function goalColumn(grid: Grid, header: IndicatorHeader, firstRow: number): { label: string; goal: Field } | null {
  // The header's rows, each maybe a tall row a PDF's converter split in two and merged down (湘西's, rows in two):
  // the row above from its first line, the header's own to its last.
  let top = header.row > 0 ? (grid.mergeAt(header.row - 1, header.level1)?.top ?? header.row - 1) : 0;
  // (Past a blank row left between the header's rows.)
  if (top > 0 && grid.firstTextColumn(top) < 0 && grid.mergeAt(top, header.level1) === undefined) top = grid.mergeAt(top - 1, header.level1)?.top ?? top - 1;
  const bottom = grid.mergeAt(header.row, header.level1)?.bottom ?? header.row;
  for (let r = top; r <= header.row; r++) {
    for (let c = 0; c < header.level1; c++) {
      const heading = grid.mergeAt(r, c);
      // A heading of the column, ending above the indicators (not a block's side label merged down beside them).
      // Unmerged (its merge dropped), a heading above the header's row stands over a blank cell.
      const headsColumn = heading ? heading.top === r && heading.left === c && heading.bottom === bottom : r === header.row || grid.text(header.row, c) === '';
      if (!headsColumn || !GOAL_HEADING.test(bareLabel(labelKey(grid.ownText(r, c))).key)) continue;
      // Among a project's columns: its name or money stands left of it on the row (a side label 绩效目标
      // in the sheet's first column, its merge dropped, heads no column).
      // A 序号 column's number is neither.
      let project = false;
      for (let left = 0; left < c && !project; left++) project = grid.text(firstRow, left) !== '' && !SERIAL_HEADING.test(squeeze(grid.text(header.row, left)));
      if (!project) continue;
      const at = grid.mergeAt(firstRow, c);
      return { label: grid.address(r, c), goal: fieldAt(grid, at ? at.top : firstRow, at ? at.left : c) };
    }
  }
  return null;
}
/** A goal column's heading, plain: 实施期绩效目标, 年度绩效目标, 绩效目标 (no points, no second word). */
const GOAL_HEADING = /^(实施期|年度|项目)?(绩效)?目标$/;
/** A column of row numbers: 序号, 编号. */
const SERIAL_HEADING = /^(序号|编号)$/;

/**
 * Amounts whose parts the next filled cell of their row lists as name:amount pairs and nothing else
 * (岳阳's 自评报告, 二、项目支出明细情况: 418.02 | 主体工程款:395.06 管理费:22.97; as-hn-yueyang-2020-e-port-report),
 * from the table's first row to the last before the next table. By the text first: few cells hold a colon.
 */
function itemisedAmounts(grid: Grid, labels: LabelMap, top: number, bottom: number): ItemisedAmount[] {
  const found: ItemisedAmount[] = [];
  labels.forEachText(
    (text, row, col) => {
      if (text.indexOf(':') < 0 && text.indexOf('：') < 0) return;
      const partsCents = itemListCents(unwrap(text));
      if (partsCents === null) return;
      let c = col - 1;
      while (c >= 0 && grid.text(row, c) === '') c--;
      // An amount merged across and filled when the merge was undone (418.02 | 418.02): the first copy.
      while (c > 0 && isFilledCopy(grid, row, c)) c--;
      if (c < 0) return;
      // The amount may be merged across (418.02 over C:D): its value stands in the area's first cell.
      const at = grid.mergeAt(row, c);
      const r = at ? at.top : row;
      const left = at ? at.left : c;
      if (holdsNumber(grid.cell(r, left))) found.push({ amount: amountAt(grid, r, left), parts: fieldAt(grid, row, col), partsCents });
    },
    top,
    bottom,
  );
  return found;
}

/** The amounts' sum in cents of two name:amount pairs or more with nothing else but spaces and separators between them; null for any other text. */
function itemListCents(text: string): number | null {
  let pairs = 0;
  let cents = 0;
  for (const m of text.matchAll(ITEM_PAIR)) {
    pairs++;
    cents += Math.round(Number(m[1]) * 100);
  }
  return pairs >= 2 && text.replace(ITEM_PAIR, '').replace(/[\s,，;；、。]/g, '') === '' ? cents : null;
}
const ITEM_PAIR = /[\u4e00-\u9fa5（）()]{1,12}[:：]\s*(\d+(?:\.\d+)?)\s*(?:万元|元)?/g;

/**
 * Amounts typed with a bare 万 or 亿 beside a money label in the header lines (塘湖镇's 基本支出总额 |
 * 864.2万 | 项目支出总额 | 0, y-hb-tongcheng-tanghu-2020-dept-eval, both readings), where no block reads
 * them: the slip for 万元 is the same wherever the amount stands. By the value first: most header
 * cells hold no such text.
 */
function strayAmounts(grid: Grid, labels: LabelMap, table: PerformanceTable, top: number, bottom: number): AmountField[] {
  const out: AmountField[] = [];
  let read: Set<string> | null = null;
  // An amount typed into its label (年度资金总额:50万): its bare 万 a slip as anywhere.
  for (const hit of labels.inRows(top, bottom)) {
    const typed = hit.label.amountInText;
    if (typed === undefined || !endsInMultiplier(typed) || isFilledCopy(grid, hit.row, hit.col)) continue;
    out.push({ cell: grid.address(hit.row, hit.col), reading: readAmount({ value: typed }) });
  }
  labels.forEachText(
    (text, r, c) => {
      if (c === 0 || !endsInMultiplier(text) || !BARE_MULTIPLIER_AMOUNT.test(text)) return;
      // The label: the text just left of the value's cell, across a merge and past a blank column inserted.
      let lc = c - 1;
      if (lc > 0 && grid.text(r, lc) === '') lc--;
      const left = grid.master(r, lc);
      if (!MONEY_LABEL.test(squeeze(fold(grid.text(left.row, left.col))))) return;
      read ??= new Set(allAmounts(table).map((a) => a.cell));
      const amount = amountAt(grid, r, c);
      if (!read.has(amount.cell)) out.push(amount);
    },
    Math.max(0, top),
    bottom,
  );
  return out;
}
/** The last character but spaces is 万 or 亿: by code, as every header cell is asked. */
function endsInMultiplier(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  const code = i >= 0 ? text.charCodeAt(i) : 0;
  return code === 0x4e07 /* 万 */ || code === 0x4ebf /* 亿 */;
}
/** 864.2万, 1,200 亿: a number and a bare multiplier, nothing else. */
const BARE_MULTIPLIER_AMOUNT = /^\s*[\d,，]+(\.\d+)?\s*[万亿]\s*$/;
/** A label naming a sum of money: 基本支出总额, 项目资金, 预算金额 (a bracketed unit after it allowed). */
const MONEY_LABEL = /(总额|金额|资金|经费|支出|投资|拨款|预算|预算数)(\(万?元\))?[:：]?$/;

/** How a line is numbered (目标1:, 1., （1）, 一、), or null for none. */
/**
 * The last row of the section a goal's heading opens: a heading left of it merged down past the goal's
 * row, its merge undone and filled, or dropped (the cells under it blank). Null where none is.
 */
function sectionBottom(grid: Grid, block: Hit, goalRow: number): number | null {
  for (let c = 0; c < block.col; c++) {
    if (grid.ownText(block.row, c) === '') continue;
    // Filled down from above: the section began higher, as a merge from above would say.
    if (isFilledDown(grid, block.row, c)) return null;
    const merge = grid.mergeAt(block.row, c);
    if (merge) return merge.top === block.row && merge.bottom > goalRow ? merge.bottom : null;
    let r = block.row + 1;
    while (r < grid.rowCount && (isFilledDown(grid, r, c) || grid.text(r, c) === '')) r++;
    return r - 1 > goalRow ? r - 1 : null;
  }
  return null;
}

/** Whether a row has a heading of its own left of a column (2.项目实施内容及过程概述, 大英's next part): not merged or filled down into it. */
function headsLeft(grid: Grid, row: number, col: number): boolean {
  for (let c = 0; c < col; c++) if (grid.ownText(row, c) !== '' && grid.master(row, c).row === row && !isFilledDown(grid, row, c)) return true;
  return false;
}

function numberingOf(text: string): string | null {
  const m = /^\s*(目标\s*[0-9０-９一二三四五六七八九十]+|[(（][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+\s*[.．、]|[一二三四五六七八九十]+\s*[、.．])/.exec(text);
  return m ? m[1].replace(/[0-9０-９一二三四五六七八九十\s]+/g, '#') : null;
}

/** The text beside a label, or the empty cell beside it where the text belongs. */
function besideLabel(grid: Grid, labels: LabelMap, hit: Hit): Field {
  return valueRight(grid, labels, hit.row, hit.col) ?? emptyBeside(grid, hit);
}

/**
 * The empty cell right of a label (the label's own at the sheet's edge): where its text belongs. Past a column
 * with no text of its own in any row (a blank column inserted in the table, 南湖's sixth reading so changed,
 * am-hn-nanhu-2016-special-care-eval-r6~blank-column): the table's next column is the value's.
 */
function emptyBeside(grid: Grid, hit: Hit): Field {
  let c = rightOf(grid, hit.row, hit.col);
  while (c + 1 < grid.colCount && grid.mergeAt(hit.row, c) === undefined && isBlankColumn(grid, c)) c = rightOf(grid, hit.row, c);
  return { text: '', cell: grid.masterAddress(hit.row, c < grid.colCount ? c : hit.col) };
}

/**
 * No text of its own in any row: asked only where a label's value is empty, each column once per sheet (a long
 * sheet of a thousand tables asks it of the same few columns a thousand times).
 */
function isBlankColumn(grid: Grid, col: number): boolean {
  let known = blankColumns.get(grid);
  if (!known) blankColumns.set(grid, (known = new Map()));
  let blank = known.get(col);
  if (blank === undefined) {
    blank = true;
    for (let r = 0; r < grid.rowCount && blank; r++) if (grid.ownText(r, col) !== '') blank = false;
    known.set(col, blank);
  }
  return blank;
}
const blankColumns = new WeakMap<Grid, Map<number, boolean>>();

/**
 * Different years side by side in a row: headings of columns (近两年收支金额: 2021年 | 2022年), not the
 * table's year. One year written again across a row is a year line filled over its merged area.
 */
function yearsHeadingColumns(hits: readonly Hit[]): Hit[] {
  const years = hits.filter((h) => labelIs(h.label, 'year-line'));
  return years.filter((h) => years.some((o) => o.row === h.row && o.label.year !== h.label.year));
}

/**
 * The year a targets table is for, from the day it was filed (填报日期：2022年12月18日), when nothing
 * else names it: targets are set while next year's budget is drawn up, from the summer on, and
 * filed again once it is approved, early in its year. So July to December → the next year.
 */
function yearFiled(grid: Grid, top: number, bottom: number): number | null {
  let found: number | null = null;
  grid.forEachCell(
    (row, col, cell) => {
      const value = found === null ? textOrDate(cell) : null;
      if (value === null || value.length > 40) return;
      const filed = filingDate(value);
      if (!filed) return;
      let date = filed.date;
      // The label alone, its date in the cell beside it.
      if (!date && filed.label.length === value.trim().length) {
        const c = rightOf(grid, row, col);
        if (c < grid.colCount) date = dateAt(grid.text(row, c));
      }
      if (date) found = date.year + (date.month >= 7 ? 1 : 0);
    },
    top,
    bottom,
  );
  return found;
}

/**
 * A sheet's texts hold traditional characters, or a mirror site's pinyin, enough to be in that rendering
 * (績效指標, 項目名稱, 项(xiàng)目): asked of
 * a sheet where no table's label was found, so a simplified table quoting a traditional word is never
 * converted, and converted once, it has none left.
 */
function inTraditionalScript(labels: LabelMap): boolean {
  let count = 0;
  labels.forEachText((text) => {
    if (count < TRADITIONAL_ENOUGH) count += traditionalCount(text) + pinyinCount(text);
  }, 0, labels.grid.rowCount - 1);
  return count >= TRADITIONAL_ENOUGH;
}
const TRADITIONAL_ENOUGH = 4;

/** The last row of top..bottom holding a number of its own; top − 1 for none. */
function lastNumberRow(grid: Grid, top: number, bottom: number): number {
  let last = top - 1;
  grid.forEachCell(
    (row, _col, cell) => {
      if (holdsNumber(cell)) last = row;
    },
    top,
    bottom,
  );
  return last;
}

/** A graded table's header (gradedHeaderAt) as an anchor: its headings carry no label of their own. */
function gradedAnchor(labels: LabelMap, top: number, bottom: number): Anchor | null {
  const header = gradedHeaderAt(labels, top, bottom);
  return header && { kind: 'indicator-header', hit: { row: header.row, col: header.level1, label: GRADED_LABEL }, indicatorHeader: header };
}
const GRADED_LABEL: Label = { kinds: ['level1'] };
/**
 * A header cell holding a period of one calendar year: 2022年1月—12月, 2022年1月1日至2022年12月31日, 2022.1-2022.12,
 * 2016年1月起至2016年12月止, 2020年元月起至2020年12月止;
 * or, beside 起止时间, a year's first day alone (岳阳楼区's 自评报告: 项目起止时间 | 2016年1月1日, its end
 * left out; aj-hn-yueyanglou-2016-deputies-home-report).
 */
function oneYearPeriod(grid: Grid, top: number, bottom: number): { year: number; cell: string } | null {
  let found: { year: number; cell: string } | null = null;
  grid.forEachCell(
    (row, col, cell) => {
      // Spaced out as typed over a printed form's blanks (2017年    1   月起至      2017    年   12    月止, 汨罗's).
      // A date typed into the cell (2016年1月1日, stored as a number) as it shows.
      const value = found ? null : textOrDate(cell);
      if (value === null || value.length > 80) return;
      const text = squeeze(fold(value));
      if (text.length > 40) return;
      const m = ONE_YEAR.exec(text);
      if (m && (m[2] === undefined || m[2] === m[1])) found = { year: Number(m[1]), cell: grid.address(row, col) };
      const start = m ? null : YEAR_START.exec(text);
      if (start && col > 0) {
        const label = squeeze(grid.text(row, leftPastBlank(grid, row, col - 1)));
        if (PERIOD_LABEL.test(label) || (START_LABEL.test(label) && endsYearInRow(grid, row, col, start[1]))) found = { year: Number(start[1]), cell: grid.address(row, col) };
      }
    },
    top,
    bottom,
  );
  return found;
}
/** A 时效 target of one calendar year (培训任务完成及时 | 2021.1.1-12.31, 吕梁's): that year. */
function oneYearTarget(table: PerformanceTable): { year: number; cell: string } | null {
  for (const ind of table.indicators?.indicators ?? []) {
    if (ind.target.value.kind !== 'date') continue;
    const m = ONE_YEAR.exec(squeeze(fold(ind.target.text)));
    if (m && (m[2] === undefined || m[2] === m[1])) return { year: Number(m[1]), cell: ind.target.cell };
  }
  return null;
}

const ONE_YEAR = /^((?:19|20)\d{2})(?:[年.\-/]0?1月?|年元月)(?:[.\-/]?0?1日?)?起?[-—–~至到]+(?:((?:19|20)\d{2})[年.\-/])?12月?(?:[.\-/]?31日?)?止?$/;
const ACCOUNT_YEAR = /^\s*((?:19|20)\d{2})\s*年度?\s*[,，、]/;
const YEAR_START = /^((?:19|20)\d{2})(?:年0?1月0?1日|[.\-/]0?1[.\-/]0?1)$/;
const PERIOD_LABEL = /起止(?:时间|日期|年限)|实施(?:时间|期限|周期)/;
// Or under 开始时间 with the same year's last day under 结束时间 in its row (上海's 财政支出项目绩效目标申报表:
// 开始时间 | 2019/1/1 | 结束时间 | 2019/12/31, both readings of as-sh-tongzhou-2019-nonparty-talent-targets).
const START_LABEL = /开始(?:实施)?(?:时间|日期)$/;
const YEAR_LAST_DAY = /^((?:19|20)\d{2})(?:年12月31日|[.\-/]12[.\-/]31)$/;

/** The year's last day typed right of `col` in the row, after a label of its end. */
function endsYearInRow(grid: Grid, row: number, col: number, year: string): boolean {
  for (let c = col + 1; c < grid.colCount; c++) {
    const m = YEAR_LAST_DAY.exec(squeeze(fold(grid.text(row, c))));
    if (m) return m[1] === year && /(结束|完成|截止)(?:时间|日期)$/.test(squeeze(grid.text(row, leftPastBlank(grid, row, c - 1))));
  }
  return false;
}
// Or a deadline in its year's last month, past a goal's number (目标1:2022年12月30日前实现工程完工, 罗湖's 瓶改管
// 自评表, an-gd-luohu-2022-gas-pipe-bond-eval).
const YEAR_END = /^(?:\D{0,4}到\s*((?:19|20)\d{2})\s*年\s*(?:底|末)|(?:目标\s*\d{1,2}\s*[:：、.]\s*)?(?:于|在)?((?:19|20)\d{2})\s*年\s*12\s*月(?:\s*\d{1,2}\s*日)?\s*(?:前|之前|底))/;

const BARE_YEAR = /^\s*\(?(?:19|20)\d{2}\)?\s*年?度?\s*\)?\s*$/;
const YEAR_LABEL = /^(项目|预算|所属|实施|填报)?年(份|度)[:：]?$/;

/** A year's label with the year in the cell right of it, in the table's lines above its indicators (项目年份 | 2017, 苏州's, bc-js-suzhou-2017-green-space-eval). */
function yearBesideLabel(grid: Grid, top: number, bottom: number): { year: number; cell: string } | null {
  let found: { year: number; cell: string } | null = null;
  grid.forEachCell(
    (row, col, cell) => {
      if (found || typeof cell.value !== 'string' || cell.value.length > 8 || !YEAR_LABEL.test(squeeze(fold(cell.value)))) return;
      const next = rightOf(grid, row, col);
      const year = next < grid.colCount ? /^\s*((?:19|20)\d{2})\s*年?度?\s*$/.exec(String(grid.cell(row, next).value ?? '')) : null;
      if (year) found = { year: Number(year[1]), cell: grid.address(row, next) };
    },
    top,
    bottom,
  );
  return found;
}

function yearInHeaderText(grid: Grid, top: number, bottom: number): { year: number; cell: string } | null {
  // `2022年度` anywhere in a short header line; failing that, a title's `2023年…` (its first year).
  let found: { year: number; cell: string } | null = null;
  let title: { year: number; cell: string } | null = null;
  grid.forEachCell(
    (row, col, cell) => {
      const value = found ? null : textOrDate(cell);
      if (value === null || value.length > 60) return;
      const text = fold(value).trim();
      // A year on its own is a year line, read as a label (or, beside others, a column's heading).
      if (BARE_YEAR.test(text)) return;
      const m = /((?:19|20)\d{2})\s*年度/.exec(text) ?? /(?:年度|预算年度|填报年度)\s*[:：]\s*((?:19|20)\d{2})/.exec(text);
      if (m && text.length <= 40) found = { year: Number(m[1]), cell: grid.address(row, col) };
      else if (!title && !/日期|时间/.test(text)) {
        // Not a date's year, its month spaced out over a printed form's blanks (2014年 5 月起至 2015 年 12 月止).
        const t = /^\D{0,12}((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/.exec(text);
        if (t) title = { year: Number(t[1]), cell: grid.address(row, col) };
      }
    },
    top,
    bottom,
  );
  return found ?? title;
}
const FORMAT_UNIT = /"(万元|亿元|千元|元)"/;
const UNIT_IN_LINE = /单位[:：]\s*(万元|亿元|千元|元)(?![\u4e00-\u9fff])/;
// Its closing bracket may be lost (年度预算申请(万元, 贯塘's, dd-hn-hengshan-guantang-2023-dept-eval).
const UNIT_BEHIND_LABEL = /[(（]\s*(万元|亿元|千元|元)\s*[)）]?\s*$/;
/**
 * An amount typed with its unit beside a header label (项目金额 | 164万元, v-hb-huangshi-2022-party-school-training),
 * or after it and a colon (金额:100 万元, 澧县's 申报表, bd-hn-lixian-2021-eco-assessment-targets); 元 alone may be a
 * standard per head.
 */
const AMOUNT_WITH_UNIT = /^\s*(?:[^\d:：]{1,8}[:：]\s*)?\d[\d,]*(?:\.\d+)?\s*(万元|亿元|千元)\s*$/;

/** A 单位：万元 inside a longer line (`填报单位：（盖章） 单位：万元`), or any label above the indicators ending in （万元）. */
function unitInText(grid: Grid, table: PerformanceTable, top: number, indicatorRow: number): string | null {
  let found: string | null = null;
  grid.forEachCell(
    (row, col, cell) => {
      if (found || typeof cell.value !== 'string' || cell.value.length > 60) return;
      // Folded: a line wrapped mid-word (单位:万\n元) is whole again.
      const text = fold(cell.value);
      const declared = UNIT_IN_LINE.exec(text) ?? UNIT_BEHIND_LABEL.exec(text) ?? unitBeside(grid, row, col, text);
      const m = declared ?? AMOUNT_WITH_UNIT.exec(text);
      if (!m) return;
      found = m[1];
      // Where the unit is declared (资金结构(万元)), not an amount typed with one.
      if (declared) table.unitCell = grid.address(row, col);
    },
    Math.min(top, table.firstRow),
    Math.max(table.firstRow, indicatorRow - 1),
  );
  return found;
}

/** 金额单位: | 万元 in two cells (成安's second reading, xx-he-chengan-2020-centenarian-allowance-eval-rr). */
function unitBeside(grid: Grid, row: number, col: number, text: string): RegExpExecArray | null {
  if (!UNIT_LABEL_ALONE.test(text)) return null;
  // Past a blank column inserted between them.
  const c = rightPastBlank(grid, row, col, 2);
  // Spaced out as a form converted from Word writes it (万 元).
  return c < grid.colCount ? MONEY_UNIT_ALONE.exec(squeeze(grid.text(row, c))) : null;
}
const UNIT_LABEL_ALONE = /^\s*(金额)?单位\s*[:：]\s*$/;
const MONEY_UNIT_ALONE = /^\s*(万元|亿元|千元|元)\s*$/;

/** The amounts themselves: their number formats (`0.00"万元"`) or a unit typed after them (`10000万元`). */
function unitFromAmounts(grid: Grid, table: PerformanceTable): string | null {
  for (const a of allAmounts(table)) {
    const p = parseA1(a.cell);
    const cell = grid.cell(p.row, p.col);
    // Full-width digits (１００００万元, as a Chinese input method types them) read as ASCII ones.
    const m = FORMAT_UNIT.exec(cell.format ?? '') ?? (typeof cell.value === 'string' ? /\d\s*(万元|亿元|千元|元)\s*$/.exec(fold(cell.value)) : null);
    if (m) return m[1];
  }
  return null;
}

/** Least and greatest of a list of any length (a sheet may hold thousands of title cells in a row: no spread). */
function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** A score label that, beside a number in the header lines, is the table's whole score. */
const HEADER_SCORE = /^(自评)?(总)?得分$/;

const SUM_WORD = /^(合计|小计|总计)$/;
const GRAND_TOTAL_WORD = /^(合计|总计)$/;
/** A line that sums others of the group: 财政资金小计, 其他资金小计. */
const SUBTOTAL = /小计$/;
/** Columns whose 合计 is no sum of the lines above it. */
const NOT_SUMMED = /率|占比|比例|比重|得分|分值|权重/;

/**
 * 合计 rows the blocks above did not read: lines labelled in one column, a 合计 under them, and
 * amounts beside (收入构成: 财政拨款 / 其他资金 / 合计). The lines are those of the 合计's group (the
 * merged label left of it) or, without one, the labelled rows right above it. Rate and share
 * columns are left out: their 合计 is no sum.
 */
function readLabelledSums(grid: Grid, labels: LabelMap, table: PerformanceTable, top: number, bottom: number): NonNullable<PerformanceTable['sums']> {
  const taken = new Set<number>();
  for (const t of table.tasks?.tasks ?? []) taken.add(t.row);
  if (table.tasks?.totalRow) taken.add(table.tasks.totalRow.row);
  for (const g of table.tasks?.groups ?? []) taken.add(g.row);
  for (const line of table.evalFunds ? [table.evalFunds.total, ...table.evalFunds.parts] : []) taken.add(line.row);
  const out: NonNullable<PerformanceTable['sums']> = [];
  for (const hit of labels.inRows(top, bottom)) {
    if (taken.has(hit.row)) continue;
    if (!SUM_WORD.test(labelKey(grid.text(hit.row, hit.col)))) continue;
    const group = hit.col > 0 ? (grid.mergeAt(hit.row, hit.col - 1) ?? filledGroup(grid, hit.row, hit.col - 1)) : undefined;
    let first = hit.row;
    // The group's area ends with the total's line (one row, or two of a converted PDF's).
    if (group && group.bottom === below(grid, hit.row, hit.col) - 1 && group.top < hit.row) first = group.top;
    // Upwards while the column holds labels (a number there is no label), up to a 合计 above: it
    // closes a group of its own (收入构成's, over 支出构成's when their merged labels are gone); and
    // up to the block's header, a row of column labels (鄂州's 项目预算成本构成 | 金额 | 测算依据 …).
    // Each line above read at its first row, merged down over two or not (a PDF's tall row in two
    // lines), past a blank row left between two.
    else
      for (
        let above = lineOrBlankAbove(grid, first, hit.col);
        above >= top &&
        grid.ownText(above, hit.col) !== '' &&
        !taken.has(above) &&
        !holdsNumber(grid.cell(above, hit.col)) &&
        !GRAND_TOTAL_WORD.test(labelKey(grid.text(above, hit.col))) &&
        !headsColumns(labels, above, hit.col);
        above = lineOrBlankAbove(grid, first, hit.col)
      )
        first = above;
    const lines: number[] = [];
    for (let r = first; r < hit.row; r++) if (grid.ownText(r, hit.col) !== '') lines.push(r);
    const rows = summedLines(grid, hit.col, lines);
    if (rows.length < 2) continue;
    const columns: { total: AmountField; parts: AmountField[] }[] = [];
    for (let c = rightOf(grid, hit.row, hit.col); c < grid.colCount; c = rightOf(grid, hit.row, c)) {
      const total = shareTyped(amountAt(grid, hit.row, c));
      if (total.reading.kind !== 'number') continue;
      if (NOT_SUMMED.test(columnHeading(grid, first, c, top))) continue;
      const parts = rows.map((r) => amountAt(grid, r, c));
      if (parts.some((p) => p.reading.kind === 'invalid' || p.reading.kind === 'uncalculated')) continue;
      if (!parts.some((p) => p.reading.kind === 'number')) continue;
      // A share's total (100%) is left out, unless its lines are amounts: then it is a share typed where their
      // sum belongs (黄冈's 合计 | 100% under 当年金额 1780.51 + 0, bc-hb-huanggang-2023-child-welfare-dept-targets).
      if (isShare(total) && (parts.some(isShare) || !parts.some((p) => p.reading.kind === 'number' && p.reading.value > 1))) continue;
      columns.push({ total, parts });
    }
    if (columns.length > 0) out.push({ label: fieldAt(grid, hit.row, hit.col), columns });
  }
  return out;
}

/**
 * A share typed as text (100%, 10%: as a budget system exports the cell) read as the number it shows:
 * a fraction where an amount stands, as a percentage-formatted 1 is, so a 合计 typed 100% under amounts
 * is caught whether the sheet holds numbers or text; its points where a weight stands (预算执行率权重 | 10%).
 * Any other reading as it is.
 */
function shareTyped(a: AmountField, as: 'fraction' | 'points' = 'fraction'): AmountField {
  const r = a.reading;
  const m = r.kind === 'invalid' ? SHARE_TEXT.exec(squeeze(fold(r.text))) : null;
  if (!m || r.kind !== 'invalid') return a;
  const value = as === 'points' ? Number(m[1]) : Number(m[1]) / 100;
  return { ...a, reading: { kind: 'number', value, cents: centsOf(value), asText: true, formula: false, text: r.text } };
}
const SHARE_TEXT = /^(\d+(?:\.\d+)?)\s*%$/;

/** An amount typed or formatted as a percentage. */
function isShare(a: AmountField): boolean {
  return a.reading.kind === 'number' && ((a.reading.format ?? '').includes('%') || /%\s*$/.test(a.reading.text ?? ''));
}

/** A row of labels right of the lines' column heading the amounts' columns: the block's header, no line of it. */
function headsColumns(labels: LabelMap, row: number, col: number): boolean {
  const hits = labels.inRow(row);
  for (let i = 0; i < hits.length; i++) if (hits[i].col > col && (labelIs(hits[i].label, 'budget') || labelIs(hits[i].label, 'executed') || labelIs(hits[i].label, 'budget-full') || labelIs(hits[i].label, 'budget-initial'))) return true;
  return false;
}

/**
 * The lines a total adds up: with subtotals among them (财政资金小计, 其他资金小计), the subtotals and
 * the lines no subtotal covers, not the subtotals' own lines again. A subtotal heads the lines under
 * it when no line with an amount comes before the first (Fujian's 资金结构: 财政资金小计 over ①②③,
 * under a heading row), else it closes the lines above it, and lines after the last are the total's own.
 */
function summedLines(grid: Grid, col: number, lines: number[]): number[] {
  const isSubtotal = (r: number): boolean => SUBTOTAL.test(labelKey(grid.text(r, col)));
  const subtotals = lines.filter(isSubtotal);
  if (subtotals.length === 0) return lines;
  const first = subtotals[0];
  if (!lines.some((r) => r < first && hasNumber(grid, r, col))) return subtotals;
  const last = subtotals[subtotals.length - 1];
  return [...subtotals, ...lines.filter((r) => r > last)];
}

/** A number in the row right of the column: a line with amounts, not a heading. */
function hasNumber(grid: Grid, row: number, col: number): boolean {
  for (let c = col + 1; c < grid.colCount; c++) if (holdsNumber(grid.cell(row, c))) return true;
  return false;
}

/** The nearest text above the lines in a column: its heading (当年金额, 占比). */
function columnHeading(grid: Grid, below: number, col: number, top: number): string {
  for (let r = below - 1; r >= Math.max(top, below - 4); r--) {
    const t = grid.text(r, col);
    if (t !== '') return t;
  }
  return '';
}
