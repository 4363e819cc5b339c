import { CellProbe, Grid } from '../grid/grid';
import { canonicalCategory, getProfile, parentOf } from '../rules/profiles';
import { fold, isBlankOrNone, isWhite, labelKey, squeeze, unwrap } from '../grid/text';
import { CategoryField, CategoryRun, Indicator, IndicatorBlock, PlacedField, PlacedTarget } from '../model/table';
import { parseTarget } from '../model/target-value';
import { matchUnit } from '../model/units';
import { bareLabel, withoutRequiredMark } from '../lexicon/normalize';
import { amountAt, below, fieldAt, isFilledCopy, isFilledDown, leftPastBlank, lineAbove, pastBlank, pastBlankRow, rightOf, rightPastBlank, textRowFrom, weightAt } from './cells';
import { CellRange, parseA1, toA1 } from '../grid/address';
import { holdsNumber } from '../grid/numbers';
import { Hit, LabelMap } from './label-map';
import { BLOCK_END_WORDS, classifyLabel, Label, labelIs } from './labels';

export interface IndicatorHeader {
  row: number;
  /** false: a list of indicators without 一级/二级 columns (Chongqing's department form); level1 and level2 then point at the name column. */
  categorised: boolean;
  /**
   * A score sheet (评分表): criteria with a 得分 column (and mostly a 分值 one) and no target column,
   * scored against a standard (评分标准); `target` then points at the name column, and no row has a target.
   */
  criteria?: boolean;
  level1: number;
  level2: number;
  name: number;
  target: number;
  /** 调整指标值 beside the target column (重庆's form): a row's target where it holds one. */
  adjusted?: number;
  /** Self-evaluation columns: 实际完成值, 分值, 得分, 偏差原因; the Sichuan layout's 指标性质 and 度量单位. */
  actual?: number;
  weight?: number;
  score?: number;
  reason?: number;
  comparator?: number;
  unit?: number;
  hits: Hit[];
  /** 二级 read from a column no label names so (categoriesColumn). */
  borrowed?: boolean;
  /** Indicators as prose beside their 一级 (proseHeaderAt): `name` and `target` both point at the prose column. */
  prose?: boolean;
  /** A targets table graded in four bands (gradedHeaderAt): no 二级 column; `level2` points at the 一级's. */
  graded?: boolean;
  /** The 一级指标 heading's column, where the categories stand in another column under its merged area (categoriesUnder). */
  level1Heading?: number;
  /** The indicators' first row, when headings under the labels reach past them (expectedColumn). */
  firstRow?: number;
  /**
   * The categories written as rows of the names column, each over its own (宁夏's 项目绩效目标批复表: 项目 |
   * 指标值 | 绩效金额 over an indented tree of unit, project, 一级, 二级 and 三级; treeHeaderAt): `level1`
   * and `level2` point at the name column, and a row naming a category starts its run.
   */
  tree?: boolean;
  /**
   * Each project's indicators written into one cell under its 绩效目标 heading, by 【一级-二级】 headings and
   * 指标1:name(target) lines (安徽's 项目绩效目标和指标, its budget system's export; bracketedHeaderAt).
   */
  bracketed?: boolean;
  /**
   * Further sets of 二级 | 三级 | 目标值 in the header row, beside the one read as the table's (the
   * central form's 中期 set beside the 年度 one, unmarked; a list printed in two halves), under the
   * same 一级 column. A targets table's only: a self-evaluation's columns are not split so.
   */
  others?: IndicatorHeader[];
}

/** The 一级 | 二级 | 三级 | 目标值 (| 实际完成值 | 分值 | 得分 | 偏差原因) header row at a 一级指标 label, or null. */
export function indicatorHeaderAt(labels: LabelMap, heading: Hit): IndicatorHeader | null {
  const level1 = categoriesUnder(labels, heading);
  const header = headerFrom(labels, level1);
  // Pointed at where the heading stands, as the person reads it.
  if (header && level1 !== heading) header.level1Heading = heading.col;
  return header;
}

function headerFrom(labels: LabelMap, level1: Hit): IndicatorHeader | null {
  const row = headerHits(labels, level1);
  // Long-term and annual sets side by side (二级指标(长期) … 二级指标(年度) …): the year's set is the one checked.
  const level2s = row.filter((h) => labelIs(h.label, 'level2'));
  const level2 = level2s.find((h) => /年度|当年|本年/.test(labels.grid.text(h.row, h.col))) ?? level2s[0];
  const name = level2 && row.find((h) => h.col > level2.col && labelIs(h.label, 'level3'));
  const target = name && wholeYearTarget(labels.grid, row, name.col);
  if (!level2) return unheadedLevel2(labels, level1, row);
  if (!name) return twoLevelHeader(labels, level1, level2, row);
  if (!target) return scoreSheetHeader(labels.grid, level1, level2, name, row) ?? unlabelledTargetHeader(labels, level1, level2, name, row);
  const split = splitTarget(labels, target);
  const expected = split ?? expectedColumn(labels.grid, target);
  const header: IndicatorHeader = withOptionalColumns({ row: level1.row, categorised: true, level1: level1.col, level2: level2.col, name: name.col, target: expected?.col ?? target.col, hits: [level1, level2, name, target] }, row, labels.grid);
  if (expected) header.firstRow = expected.firstRow;
  if (split) {
    header.comparator = split.comparator;
    if (split.unit !== undefined) header.unit = split.unit;
    // The values under a unit's sub-heading (单位(文字描述)): no unit column of their own.
    else if (header.unit === split.col) delete header.unit;
    // A score folded by a weight share in the sub-heading row (自评得分 over 单项指标得分 | 权重占比(%) |
    // 单项指标折算得分, 成安's, both readings): the share is the weight, the folded score the score.
    const sub = split.subHeadings;
    let share: number | undefined;
    let folded: number | undefined;
    for (let c = name.col + 1; c < labels.grid.colCount; c++) {
      const text = labels.grid.ownText(sub, c);
      if (/权重占比/.test(text)) share = c;
      else if (/折算/.test(text) && text.includes('得分')) folded = c;
    }
    if (share !== undefined && folded !== undefined) {
      header.weight = share;
      header.score = folded;
    }
  }
  if (level2s.length > 1 && header.actual === undefined) {
    const others: IndicatorHeader[] = [];
    for (let i = 0; i < level2s.length; i++) {
      const other = level2s[i];
      if (other === level2) continue;
      const end = i + 1 < level2s.length ? level2s[i + 1].col : Infinity;
      // Its 三级 and 目标值 before the next set's 二级: none borrowed from the set after it.
      const otherName = row.find((h) => h.col > other.col && labelIs(h.label, 'level3'));
      const otherTarget = otherName && row.find((h) => h.col > otherName.col && h.col < end && labelIs(h.label, 'target'));
      if (otherName && otherTarget) others.push({ row: level1.row, categorised: true, level1: level1.col, level2: other.col, name: otherName.col, target: otherTarget.col, hits: [level1, other, otherName, otherTarget] });
    }
    if (others.length > 0) header.others = others;
  } else if (header.actual === undefined && !split && !expected) {
    // A period's targets and the year's side by side under one name column (周期指标值 | 本年度指标值: 和平's,
    // ag-gd-heping-2020-antiepidemic-bond-school-targets, three readings of four check both): the other column a set of its own.
    const chosen = header.target;
    const grid = labels.grid;
    const own = squeeze(grid.text(target.row, target.col));
    // Another heading, not the same one filled across when its merge was undone (当年度指标值 | 当年度指标值).
    const other = row.find((h) => h.col > name.col && h.col !== chosen && labelIs(h.label, 'target') && squeeze(grid.text(h.row, h.col)) !== own && PERIOD_OR_YEAR.test(squeeze(grid.text(h.row, h.col))));
    if (other && PERIOD_OR_YEAR.test(own)) {
      header.others = [{ row: level1.row, categorised: true, level1: level1.col, level2: level2.col, name: name.col, target: other.col, hits: [level1, level2, name, other] }];
    }
  }
  return header;
}
/** A target column's heading naming its span: the period's (周期, 实施期, 中长期) or the year's (本年度, 当年). */
const PERIOD_OR_YEAR = /周期|实施期|中长期|长期|中期|本年度|年度|当年/;

/**
 * The target column after the names: the whole year's where a half year's stands first (半年(程)指标值 |
 * 全年(程)指标值, 镇江's, z-js-zhenjiang-2024-pearl-buck-park), else the first.
 */
function wholeYearTarget(grid: Grid, row: readonly Hit[], nameCol: number): Hit | undefined {
  let first: Hit | undefined;
  for (let i = 0; i < row.length; i++) {
    const h = row[i];
    if (h.col <= nameCol || !labelIs(h.label, 'target')) continue;
    if (first === undefined) {
      first = h;
      if (!grid.text(h.row, h.col).includes('半年')) return h;
    } else if (/全年|年度/.test(grid.text(h.row, h.col))) return h;
  }
  return first;
}

/**
 * 指标值 over two columns headed 2021年实际实现值 | 预期2022年实现值 (黄石's 批复表,
 * v-hb-huangshi-2022-party-school-training): last year's result beside the year's target; the
 * target is the column its heading expects, and the indicators start under the headings.
 * Otherwise none.
 */
function expectedColumn(grid: Grid, target: Hit): { col: number; firstRow: number } | null {
  // Its area: merged, filled across once the merge was undone, or (merges dropped) the blank
  // header cells after it with a heading under them.
  const merge = grid.mergeAt(target.row, target.col);
  const under = headingsRow(grid, (merge?.bottom ?? target.row) + 1);
  if (under >= grid.rowCount) return null;
  let right = merge?.right ?? target.col;
  if (merge === undefined) {
    while (right + 1 < grid.colCount && (isFilledCopy(grid, target.row, right + 1) || (grid.text(target.row, right + 1) === '' && grid.ownText(under, right + 1) !== ''))) right++;
  }
  if (right === target.col) return null;
  for (let c = target.col; c <= right; c++) {
    const heading = squeeze(fold(grid.ownText(under, c)));
    if (EXPECTED_HEADING.test(heading) && !RESULT_HEADING.test(heading)) return { col: c, firstRow: below(grid, under, c) };
  }
  return null;
}
const EXPECTED_HEADING = /预期|目标|计划/;

/** The row of sub-headings under a header's labels: the next, or the one after a wholly blank row left between. */
function headingsRow(grid: Grid, row: number): number {
  const next = textRowFrom(grid, row, 1);
  return next < 0 ? row : next;
}

/**
 * A target heading over its comparator, value and unit (预期指标值 over 符号 | | 单位(文字描述), 成安's
 * Hebei county form, xx-he-chengan-2020-centenarian-allowance-eval; merged, filled across or dropped):
 * the value is the column without a sub-heading, the indicators start under the sub-headings.
 */
function splitTarget(labels: LabelMap, target: Hit): { col: number; firstRow: number; subHeadings: number; comparator: number; unit?: number } | null {
  const { grid } = labels;
  const under = headingsRow(grid, below(grid, target.row, target.col));
  if (under >= grid.rowCount || !labels.is(under, target.col, 'comparator')) return null;
  // The indicators' first row: under the sub-headings' row, each maybe in lines a PDF's converter merged down.
  const first = below(grid, under, target.col);
  const own = grid.text(target.row, target.col);
  let value: number | undefined;
  let unit: number | undefined;
  let blank: number | undefined;
  // Column by column of the sub-headings' row, a merged one as one (each doubled, as a table pasted
  // from Word); past a blank column before the value or the unit (one inserted between every two).
  for (let c = rightOf(grid, under, target.col), step = 0; c < grid.colCount && step < 5; c = rightOf(grid, under, c), step++) {
    const head = grid.text(target.row, c);
    if (head !== '' && head !== own) break;
    if (labels.is(under, c, 'measure-unit')) {
      // Figures under it, no units: the values' column, the unit typed with them or left out (河北's 预期指标值
      // over 符号 | 单位(文字描述): >= | 5000, <= | 62.73, 文字描述 | 2021年12月31日前完成; 峰峰's,
      // bh-he-fengfeng-2021-court-transfer-funds-eval).
      // (A blank column before it, one inserted between every two, is no value column then.)
      if (value === undefined && holdsFigures(grid, first, c)) value = c;
      else unit = c;
      break;
    }
    if (grid.text(under, c) !== '') break;
    if (grid.text(first, c) === '') blank ??= c;
    else if (value === undefined) value = c;
    else break;
  }
  // An unfilled form's value column is blank all down: the first column without a sub-heading.
  value ??= blank;
  return value === undefined ? null : { col: value, firstRow: first, subHeadings: under, comparator: target.col, unit };
}
const RESULT_HEADING = /实际|完成/;

/** Of a column's first four cells from `top` down (a cell merged down over lines one), two hold a figure (5000, 62.73, 90%) and none a unit alone. */
function holdsFigures(grid: Grid, top: number, col: number): boolean {
  let figures = 0;
  for (let r = top, cells = 0; r < grid.rowCount && cells < 4; r = below(grid, r, col), cells++) {
    const text = squeeze(fold(grid.text(r, col)));
    if (holdsNumber(grid.cell(r, col)) || /^\d+(\.\d+)?%$/.test(text)) figures++;
    else if (text !== '' && matchUnit(text)?.length === text.length) return false;
  }
  return figures >= 2;
}

/**
 * 名称 (or 内容) typed alike under the three level headings, and nothing of an indicator's beside; or,
 * the level and name cells blank, short words without figures under the target and the columns after
 * it (龙岩's 新罗区 | 上杭县 | 漳平市 under 区域目标值, its merge dropped; kk-fj-longyan-2025-ethnic-fund-targets).
 */
function isSubHeadingRow(grid: Grid, row: number, header: IndicatorHeader): boolean {
  const t = grid.ownText(row, header.name).replace(/\s/g, '');
  const target = grid.ownText(row, header.target).trim();
  if ((t === '名称' || t === '内容') && grid.ownText(row, header.level1).replace(/\s/g, '') === t) return target === '' || target === grid.text(header.row, header.target).trim();
  if (t !== '' || grid.ownText(row, header.level1) !== '' || !isHeadingWord(target)) return false;
  const next = grid.ownText(row, header.target + 1).trim();
  return isHeadingWord(next);
}

/** A column sub-heading: a few words, no figure. */
function isHeadingWord(text: string): boolean {
  return text !== '' && text.length <= 10 && !/\d/.test(text);
}

/**
 * 一级指标 | (no heading) | 三级指标 | 指标值 (忠县's 自评表, aa-cq-zhongxian-tujing-2021-resettlement-road-eval):
 * the column between them holds the 二级, as two of its first cells show (a blank column beside it
 * passed). Read as the three levels.
 */
function unheadedLevel2(labels: LabelMap, level1: Hit, row: readonly Hit[]): IndicatorHeader | null {
  const { grid } = labels;
  const name = row.find((h) => labelIs(h.label, 'level3'));
  if (!name || name.col <= level1.col) return null;
  const top = below(grid, level1.row, level1.col);
  let col = -1;
  // The 一级 heading merged over the 二级 column too (忠县's sixth reading: 一级 指标 across B:C, no 二级指标
  // heading, aa-cq-zhongxian-tujing-2021-resettlement-road-eval-r6), or that merge undone and filled: the columns
  // under it are read as well.
  const merged = grid.mergeAt(level1.row, level1.col);
  for (let c = level1.col + 1; c < name.col; c = merged && c <= merged.right ? c + 1 : rightOf(grid, level1.row, c)) {
    if (grid.ownText(level1.row, c) !== '' && !isFilledCopy(grid, level1.row, c)) return null;
    if (holdsLevel2(grid, top, c)) {
      if (col >= 0) return null;
      col = c;
    } else if (!blankBelow(grid, top, c)) return null;
  }
  if (col < 0) return null;
  const target = row.find((h) => h.col > name.col && labelIs(h.label, 'target'));
  if (!target) return null;
  return withOptionalColumns({ row: level1.row, categorised: true, level1: level1.col, level2: col, name: name.col, target: target.col, hits: [level1, name, target] }, row, grid);
}

/**
 * 二级指标 | 三级指标 | 指标值 with no 一级指标 heading, the 一级's names standing under the blank cell left of
 * 二级指标 (长江禁捕's 自评表 as its sixth reading rebuilt it: 年度绩效目标1(80分) | (blank) | 二级指标 | 三级指标 |
 * 年初目标值(A) over 产出指标 | 数量指标 | 补贴渔船数, ss-hb-district-2020-fishing-ban-fuel-subsidy-eval-r6): that
 * column read as the 一级's, as under its heading.
 */
export function unheadedLevel1At(labels: LabelMap, level2: Hit): IndicatorHeader | null {
  const { grid } = labels;
  if (level2.col === 0 || labels.inRow(level2.row).some((h) => labelIs(h.label, 'level1'))) return null;
  const top = below(grid, level2.row, level2.col);
  let col = grid.master(level2.row, level2.col - 1).col;
  // Each column pasted in two, the blank heading's halves unmerged: the names' cells start at the first half.
  const under = grid.master(top, col).col;
  if (under < col && grid.text(level2.row, under) === '') col = under;
  // A heading over two rows (一级指标 above, 二级指标 under a merge) is the 一级 label's to read.
  const above = level2.row > 0 ? labels.at(level2.row - 1, col) : undefined;
  if (grid.text(level2.row, col) !== '' || (above && labelIs(above.label, 'level1'))) return null;
  // Its first name a 一级, or two of its first four (成本指标 first, as 财预〔2021〕101号's forms order them: 秀屿's).
  if (!firstNamesLevel1(grid, top, col) && !holdsKnown(grid, top, col, 1)) return null;
  return headerFrom(labels, { row: level2.row, col, label: LEVEL1_LABEL });
}
const LEVEL1_LABEL: Label = { kinds: ['level1'] };

/** A column with no text in its first twenty rows from `top` down (a blank column inserted in a table). */
function blankBelow(grid: Grid, top: number, col: number): boolean {
  for (let r = top; r < Math.min(grid.rowCount, top + 20); r++) if (grid.ownText(r, col) !== '') return false;
  return true;
}

/** Two of a column's first four texts from `top` down name a 二级 the profile knows. */
function holdsLevel2(grid: Grid, top: number, col: number): boolean {
  return holdsKnown(grid, top, col, 2);
}

/**
 * A 一级指标 heading merged across the block's side label and the 一级 column (忠县's fourth reading:
 * 一级指标 over A:B, 绩效指标 merged down column A beside 产出指标 in B): read at the column whose first
 * text under it names a 一级, where its own first column's does not.
 */
function categoriesUnder(labels: LabelMap, heading: Hit): Hit {
  const { grid } = labels;
  const area = grid.mergeAt(heading.row, heading.col);
  // Its merge undone: the next cell blank, or filled with the heading's copy.
  let right = area?.right ?? heading.col;
  if (area === undefined) while (right + 1 < grid.colCount && (isFilledCopy(grid, heading.row, right + 1) || grid.text(heading.row, right + 1) === '')) right++;
  if (right === heading.col) return heading;
  const top = below(grid, heading.row, heading.col);
  if (firstNamesLevel1(grid, top, heading.col)) return heading;
  for (let c = heading.col + 1; c <= right; c++) if (firstNamesLevel1(grid, top, c)) return { ...heading, col: c };
  return heading;
}

/** The first text from `top` down in a column, within a few rows, names a 一级 the profile knows. */
function firstNamesLevel1(grid: Grid, top: number, col: number): boolean {
  for (let r = top; r < Math.min(grid.rowCount, top + 3); r++) {
    const text = grid.ownText(r, col);
    if (text !== '') return namesCategory(text, 1);
  }
  return false;
}

/** A column's texts from `top` down, over twenty rows at most, are one or more, each a 一级 the profile knows. */
function onlyKnown(grid: Grid, top: number, col: number): boolean {
  let seen = 0;
  for (let r = top; r < Math.min(grid.rowCount, top + 20); r++) {
    const text = grid.ownText(r, col);
    if (text === '') continue;
    if (!namesCategory(text, 1)) return false;
    seen++;
  }
  return seen > 0;
}

/** Two of a column's first four texts from `top` down name a category of that level the profile knows. */
function holdsKnown(grid: Grid, top: number, col: number, level: 1 | 2): boolean {
  let known = 0;
  let seen = 0;
  for (let r = top; r < grid.rowCount && seen < 4; r++) {
    const text = grid.ownText(r, col);
    if (text === '') continue;
    seen++;
    if (namesCategory(text, level) && ++known >= 2) return true;
  }
  return false;
}

/** The level of the legacy taxonomy's category a text names: 1 (产出指标), 2 (数量指标), or 0 for none. */
function categoryLevel(text: string): 0 | 1 | 2 {
  return namesCategory(text, 1) ? 1 : namesCategory(text, 2) ? 2 : 0;
}

/** A text naming a category of that level in the legacy taxonomy (产出指标 a 一级, 数量指标 a 二级). */
function namesCategory(text: string, level: 1 | 2): boolean {
  const legacy = getProfile('legacy');
  const category = canonicalCategory(legacy, text);
  return level === 1 ? legacy.taxonomy[category] !== undefined : parentOf(legacy, category) !== undefined;
}

/**
 * 一级指标 | 二级指标 | 目标值 with no 三级 in the row (鄂州's project form,
 * n-hb-ezhou-2022-office-building): the 一级 column holds the 二级 (数量指标, 质量指标, 成本指标) and
 * the 二级 column the indicators' names. Read as a 二级 standing for both levels (profiles' level1Of):
 * both categories from the 一级 column.
 */
function twoLevelHeader(labels: LabelMap, level1: Hit, level2: Hit, row: readonly Hit[]): IndicatorHeader | null {
  if (row.some((h) => labelIs(h.label, 'level3'))) return null;
  const target = row.find((h) => h.col > level2.col && labelIs(h.label, 'target'));
  if (!target) return null;
  // Only where the 一级 column does hold a 二级 (数量指标 under 一级指标): 产出指标 there, the names are
  // elsewhere (in a column no label names), and the table is not read.
  const { grid } = labels;
  const first = pastBlankRow(grid, below(grid, level1.row, level1.col));
  const legacy = getProfile('legacy');
  if (first >= grid.rowCount || parentOf(legacy, canonicalCategory(legacy, grid.text(first, level1.col))) === undefined) return null;
  return withOptionalColumns({ row: level1.row, categorised: true, level1: level1.col, level2: level1.col, name: level2.col, target: target.col, hits: [level1, level2, target] }, row, grid);
}

/**
 * 一级 | 二级 | 三级 (| 指标解释) | 西坪镇尧山村 | 桃舟乡吾培村 …: a fund passed down to several places,
 * each with its own target column and no 指标值 label over any (安溪's, r-fj-anxi-2022-small-water-works).
 * The first such column is read as the target, columns explaining the names (指标解释, 评分标准) passed;
 * only where no label follows the names (a 分值 there makes another kind of sheet) and the first row has
 * a value in it.
 */
function unlabelledTargetHeader(labels: LabelMap, level1: Hit, level2: Hit, name: Hit, row: readonly Hit[]): IndicatorHeader | null {
  // A comparator column (指标方向 | ≤ ≥ 是/否, 秀屿's, aa-fj-xiuyu-2025-flood-damage-repair) may stand before the places.
  const comparator = row.find((h) => h.col > name.col && labelIs(h.label, 'comparator'));
  if (row.some((h) => h.col > name.col && h !== comparator)) return null;
  const { grid } = labels;
  // Past one blank row a person left under the header (its lines too, converted from a PDF).
  const first = textRowFrom(grid, below(grid, level1.row, level1.col), 1);
  if (first < 0) {
    // The page cut right under the labels, before the target's heading (岳阳楼区's 2016 自评报告, its
    // 一级指标 | 二级指标 | 指标内容 the stored page's last line, aj-hn-yueyanglou-2016-deputies-home-report),
    // the sheet's end or two blank rows under them: a list with no rows, its target column the one after the names'.
    const next = rightOf(grid, name.row, name.col);
    return comparator || next >= grid.colCount ? null : { row: level1.row, categorised: true, level1: level1.col, level2: level2.col, name: name.col, target: next, hits: [level1, level2, name] };
  }
  for (let c = rightOf(grid, name.row, name.col); c < grid.colCount; c = rightOf(grid, name.row, c)) {
    const heading = squeeze(fold(grid.text(name.row, c)));
    if (heading === '' || EXPLANATION.test(heading) || c === comparator?.col) continue;
    if (grid.text(first, c) === '') return null;
    const header: IndicatorHeader = { row: level1.row, categorised: true, level1: level1.col, level2: level2.col, name: name.col, target: c, hits: [level1, level2, name] };
    if (comparator && comparator.col < c) {
      header.comparator = comparator.col;
      header.hits.push(comparator);
    }
    return header;
  }
  return null;
}

/** Columns beside the names that explain them (指标解释, 指标说明, 评分标准, 计算依据): no targets. */
const EXPLANATION = /解释|说明|标准|依据|口径|备注|方法/;

/**
 * 一级 | 二级 | 三级 | 评分标准 | 分值 | 自评得分 (| 扣分原因): a score sheet of the evaluation framework
 * (部门整体支出绩效评价评分表, k-hn-yueyang-shenji-2018-score), its rows criteria without targets. Some
 * print each weight in its name, 相关性(5分), and have a 得分 column only (m-sc-wanglu-2017-dept-score).
 */
function scoreSheetHeader(grid: Grid, level1: Hit, level2: Hit, name: Hit, row: readonly Hit[]): IndicatorHeader | null {
  const score = row.find((h) => h.col > name.col && labelIs(h.label, 'score'));
  if (!score) return null;
  const header: IndicatorHeader = { row: level1.row, categorised: true, criteria: true, level1: level1.col, level2: level2.col, name: name.col, target: name.col, hits: [level1, level2, name] };
  return withOptionalColumns(header, row, grid);
}

/**
 * A header of indicators without categories: 指标名称 with a target column right of it and no
 * 一级指标 in the row (Chongqing's 部门整体绩效自评表: 指标名称 | 计量单位 | 指标性质 | 年初指标值 …).
 */
export function uncategorisedHeaderAt(labels: LabelMap, name: Hit): IndicatorHeader | null {
  const inRow = labels.inRow(name.row);
  if (inRow.some((h) => labelIs(h.label, 'level1') || labelIs(h.label, 'level2'))) return null;
  const row = inRow.filter((h) => h.col > name.col);
  // A bare 指标 heads the names where nothing else does (重庆's 指标 | 指标权重 | … | 指标值); beside
  // 指标内容 it heads the categories (the central sample's 指标 | 指标内容 | 指标值 over 产出指标 …).
  if (bareLabel(labelKey(labels.grid.text(name.row, name.col))).key === '指标' && row.some((h) => labelIs(h.label, 'level3'))) return null;
  // 绩效目标 heading the column right of the names (海口's 2016 项目绩效目标表: 指标类型 | 指标名称 | 绩效目标 |
  // 绩效标准, ar-hi-haikou-2016-archives-compilation-targets): each row's target, not the table's goal.
  const target = row.find((h) => labelIs(h.label, 'target')) ?? (row[0] && row[0].col === rightPastBlank(labels.grid, name.row, name.col, 1) && labelIs(row[0].label, 'goal') ? row[0] : undefined);
  if (!target) return null;
  const spanned = spannedLevels(labels.grid, name);
  if (spanned) return withOptionalColumns({ row: name.row, categorised: true, level1: spanned.level1, level2: spanned.level2, name: name.col, target: target.col, hits: [name, target] }, row, labels.grid);
  const categories = categoriesColumn(labels.grid, name);
  const header: IndicatorHeader =
    categories === null
      ? { row: name.row, categorised: false, level1: name.col, level2: name.col, name: name.col, target: target.col, hits: [name, target] }
      : { row: name.row, categorised: true, borrowed: true, level1: categories, level2: categories, name: name.col, target: target.col, hits: [name, target] };
  return withOptionalColumns(header, row, labels.grid);
}

/**
 * A target heading over a column of names whose categories are rows of their own, a 一级's row, then a
 * 二级's, then the indicators under it (宁夏's 项目绩效目标批复表: 项目 | 指标值 | 绩效金额 over the unit,
 * the project, 产出指标, 成本指标(必填硬性指标) and its indicators, each indented one more space;
 * ad-nx-shizuishan-2020-cdc-vaccine-targets). Nothing in the header row names a level.
 */
export function treeHeaderAt(labels: LabelMap, target: Hit): IndicatorHeader | null {
  const { grid } = labels;
  if (target.col === 0 || labels.inRow(target.row).some((h) => labelIs(h.label, 'level1') || labelIs(h.label, 'level2') || labelIs(h.label, 'level3'))) return null;
  // The names' heading's first column, where it is merged across two (a Word table's column over Excel's narrower ones).
  const left = leftPastBlank(grid, target.row, target.col - 1);
  const name = grid.mergeAt(target.row, left)?.left ?? left;
  // The 一级's row, its 二级's right under it and an indicator under that (its target written or, in a
  // form to fill, blank), all in the first rows (the unit's and the project's lines may stand above them).
  let step = 0;
  for (let r = below(grid, target.row, target.col), seen = 0; r < grid.rowCount && seen < 8; r++) {
    const text = grid.ownText(r, name);
    if (text === '') continue;
    seen++;
    const written = grid.ownText(r, target.col) !== '';
    const level = categoryLevel(text);
    if (step === 0 && !written && level === 1) step = 1;
    else if (step === 1 && !written && level === 2) step = 2;
    else if (step === 2 && level === 0) return withOptionalColumns({ row: target.row, categorised: true, tree: true, level1: name, level2: name, name, target: target.col, hits: [target] }, labels.inRow(target.row), grid);
    else if (step > 0) return null;
  }
  return null;
}

/**
 * One heading merged over the columns before the names (福建's 2017 财政支出项目绩效目标表: 评价指标 over
 * 投入 / 产出 | 成本目标 / 数量目标 | 目标1, then 绩效内容 | 绩效标准 | 全年绩效目标;
 * kk-fj-taiwan-2017-subsidy-targets): its first column the 一级, its second the 二级, as two of the
 * second's first cells show.
 */
function spannedLevels(grid: Grid, name: Hit): { level1: number; level2: number } | null {
  if (name.col === 0) return null;
  const m = grid.mergeAt(name.row, name.col - 1);
  let left: number;
  if (m) {
    // Over the names' heading's rows (one, or two lines of a converted PDF's).
    if (m.right !== name.col - 1 || m.bottom !== below(grid, name.row, name.col) - 1) return null;
    left = m.left;
  } else {
    // The merge undone and filled (the heading typed again across its columns) or dropped (blank after it).
    left = name.col - 1;
    while (left > 0 && (isFilledCopy(grid, name.row, left) || grid.ownText(name.row, left) === '')) left--;
  }
  if (name.col - 1 - left < 1) return null;
  // Without the merge, its first column must show 一级 (投入, 产出) as well: a heading over blank cells
  // says nothing of what the columns after it hold (宁晋's 评价指标 | (no heading) | 指标名称).
  // (Or shows one and nothing else: a list of one 一级, its merge dropped, 宁德's 产出目标 over 数量目标 | 质量目标.)
  if (!m && !holdsKnown(grid, name.row + 1, left, 1) && !onlyKnown(grid, name.row + 1, left)) return null;
  // The 二级 in the first column after the 一级's that names them (past a blank column inserted there).
  for (let c = left + 1; c < name.col; c++) if (holdsLevel2(grid, name.row + 1, c)) return { level1: left, level2: c };
  return null;
}


/**
 * The column before the names, headed by something no label names (评价内容) and holding 二级
 * (质量指标, 时效指标, 成本指标) down its rows: 宁晋's 评价指标表, n-heb-ningjin-2019-stipend. Read as
 * a 二级 column standing for both levels, as twoLevelHeader's; two of its first cells must name a
 * 二级 the profile knows.
 */
function categoriesColumn(grid: Grid, name: Hit): number | null {
  // Past a blank column inserted between them.
  let col = name.col - 1;
  while (col > 0 && grid.ownText(name.row, col) === '' && grid.mergeAt(name.row, col) === undefined && grid.ownText(name.row + 1, col) === '') col--;
  // A heading merged across columns (each doubled, as a table pasted from Word) is read at its first;
  // so is one whose merge was undone, filled (its copies) or dropped (blank after it): 台胞's 评价指标 over
  // 成本目标 | 目标1, kk-fj-taiwan-2017-subsidy-targets-r5.
  col = grid.mergeAt(name.row, col)?.left ?? col;
  while (col > 0 && isFilledCopy(grid, name.row, col)) col--;
  if (col > 0 && grid.ownText(name.row, col) === '' && grid.mergeAt(name.row, col) === undefined && grid.ownText(name.row, col - 1) !== '') col--;
  if (col < 0 || grid.ownText(name.row, col) === '') return null;
  return holdsLevel2(grid, below(grid, name.row, name.col), col) ? col : null;
}

/**
 * The 指标性质 / 指标方向 column that holds ≥, ≤, 大于等于: 巴彦淖尔's form heads 正向 指标性质 and the
 * comparators 指标方向 (z-nm-bayannur-2024-port-land-eval), others the other way round. The first such
 * label where none shows a comparator under it.
 */
function comparatorColumn(grid: Grid | undefined, row: readonly Hit[], nameCol: number): Hit | undefined {
  let first: Hit | undefined;
  for (let i = 0; i < row.length; i++) {
    const h = row[i];
    if (h.col <= nameCol || !labelIs(h.label, 'comparator')) continue;
    first ??= h;
    if (grid === undefined) break;
    const r = below(grid, h.row, h.col);
    if (r < grid.rowCount && COMPARATOR_WORD.test(grid.text(r, h.col))) return h;
  }
  return first;
}

/**
 * Where a weight column's label is written: up from the header's row past blank cells (its merge
 * undone) and copies of the label (the merge undone and filled), as a reviewer points at it.
 */
function labelCell(labels: LabelMap, row: number, col: number): string {
  const { grid } = labels;
  let r = row;
  for (let k = 0; k < 3 && r > 0 && (grid.text(r, col) === '' || labels.is(r - 1, col, 'weight')); k++) r--;
  return labels.is(r, col, 'weight') ? grid.masterAddress(r, col) : grid.masterAddress(row, col);
}

function withOptionalColumns(header: IndicatorHeader, row: readonly Hit[], grid?: Grid): IndicatorHeader {
  const name = { col: header.name };
  const after = (kind: Parameters<typeof labelIs>[1]) => row.find((h) => h.col > name.col && labelIs(h.label, kind));
  const weight = after('weight');
  const score = after('score');
  const optional = { actual: after('actual'), weight, score, reason: after('reason') ?? remarksOfScores(grid, weight, score), comparator: comparatorColumn(grid, row, name.col), unit: after('measure-unit'), adjusted: after('target-adjusted') };
  for (const [key, hit] of Object.entries(optional) as [keyof typeof optional, Hit | undefined][]) {
    if (!hit) continue;
    header[key] = hit.col;
    header.hits.push(hit);
  }
  return header;
}

/**
 * A score sheet's 备注 after its 自评得分, where no column is headed for a reason: the only place a
 * deduction can be explained (大英县总工会's 评分表: 指标分值 | 指标解释 | 计分标准 | 自评得分 | 备注;
 * k-sc-daying-zonggonghui-2020-score).
 */
function remarksOfScores(grid: Grid | undefined, weight: Hit | undefined, score: Hit | undefined): Hit | undefined {
  if (!grid || !weight || !score) return undefined;
  // In the two columns after the scores' (past the columns their heading spans); its heading merged down
  // with the header's, or typed in the row above with the merge dropped (a copy's round trip).
  const above = score.row > 0 ? lineAbove(grid, score.row, score.col) : -1;
  for (let c = rightOf(grid, score.row, score.col), k = 0; c < grid.colCount && k < 2; c = rightOf(grid, score.row, c), k++) {
    const text = grid.text(score.row, c) || (above >= 0 ? grid.text(above, c) : '');
    if (bareLabel(labelKey(text)).key === '备注') return { row: score.row, col: c, label: REMARKS };
  }
  return undefined;
}

/** A 备注 read as the reason column's heading. */
const REMARKS: Label = { kinds: ['reason'] };

/**
 * The labels of a header that may take two rows: where the 一级指标 cell is merged down, each
 * column's lowest label in those rows (实际 over 完成值 read together as 实际完成值; 绩效 over 目标值
 * as 目标值). A one-row header is just its row.
 */
function headerHits(labels: LabelMap, level1: Hit): Hit[] {
  const { grid } = labels;
  const bottom = (grid.mergeAt(level1.row, level1.col)?.bottom ?? level1.row);
  if (bottom === level1.row) return withLabelsFromAbove(labels, level1, labels.inRow(level1.row).filter((h) => h.col > level1.col));
  const out: Hit[] = [];
  for (let c = level1.col + 1; c < grid.colCount; c++) {
    let found: Hit | undefined;
    const texts: string[] = [];
    for (let r = level1.row; r <= bottom; r++) {
      const m = grid.master(r, c);
      if (m.col !== c || (r > level1.row && m.row < r)) continue; // covered: counted where it starts
      const hit = labels.at(r, c);
      // A comparator under a label spread over several columns splits that label's columns (splitTarget): the label stays.
      if (hit && !(found && SUB_HEADING.some((k) => labelIs(hit.label, k)) && (grid.mergeAt(found.row, found.col)?.right ?? c) > c)) found = hit;
      const text = grid.ownText(m.row, m.col);
      if (text !== '') texts.push(text);
    }
    if (!found && texts.length > 1) {
      const label = classifyLabel(texts.join(''));
      if (label) found = { row: level1.row, col: c, label };
    }
    if (found) out.push(found);
  }
  // Labels above a header whose every cell is merged over its own lines (a converted PDF's), as above a one-row header.
  return withLabelsFromAbove(labels, level1, out);
}

/** Sub-headings that split a target's columns: its comparator and its unit. */
const SUB_HEADING = ['comparator', 'measure-unit'] as const;

/**
 * A one-row header under a row of labels merged down into it (Yunnan's 公开14表: 实际完成值 | 分值 |
 * 得分 | 偏差原因 each merged over both rows, 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 in the
 * second): those labels head their columns of this row too, placed where their areas start.
 */
function withLabelsFromAbove(labels: LabelMap, level1: Hit, row: Hit[]): Hit[] {
  const { grid } = labels;
  if (level1.row === 0) return row;
  // The same header with its merges gone (a CSV's round trip): each label in the row above, over
  // a blank cell here, when that row heads results (实际完成值) or weights and scores (a score
  // sheet's 指标分值 … 自评得分) and is the header's first row.
  // The line above: a row, or the first of a printed row's lines a PDF's conversion merged down.
  const above = lineAbove(grid, level1.row, level1.col);
  const second = above > 0 ? lineAbove(grid, above, level1.col) : -1;
  // Most headers have no label above them: nothing to look for (a batch reads a thousand headers).
  const heads = labels.inRow(above);
  if (heads.length === 0 && (second < 0 || labels.inRow(second).length === 0)) return row;
  const unmerged = heads.some((h) => labelIs(h.label, 'actual')) || (heads.some((h) => labelIs(h.label, 'weight')) && heads.some((h) => labelIs(h.label, 'score')));
  let out: Hit[] | null = null;
  // The labels of the two lines above, not every column: a sheet may be 16,384 columns wide.
  for (const h of labels.inRows(Math.max(0, second), above)) {
    if (h.col <= level1.col) continue;
    const area = grid.mergeAt(h.row, h.col);
    // Over a blank cell, or over the column's sum typed beside the level labels (山东's 评价报告: 评价指标 | 指标分值 |
    // 评价得分 over 一级 | 二级 | 三级 | 100 | 84, at-sd-xx-2018-land-acquisition-eval).
    // A merge over the label's own row only (its lines, or two columns, as a converted PDF merges every cell) is none down.
    const down =
      area && area.bottom >= level1.row
        ? area.top === h.row && area.left === h.col
        : unmerged && h.row === above && (grid.text(level1.row, h.col) === '' || holdsNumber(grid.cell(level1.row, h.col)));
    if (down) (out ??= [...row]).push({ row: level1.row, col: h.col, label: h.label });
  }
  return out ? out.sort((a, b) => a.col - b.col) : row;
}

/** What a 指标性质 column holds when it is a comparator (Sichuan's form), not 定量 / 定性. */
const COMPARATOR_WORD = /^([≥≤><=＝≧≦]|大于|小于|等于|不低于|不高于|不少于|不超过)/;

/** Notes and sign-off lines that end a table: 注：…, 填报人, 联系电话 … */
const TRAILER_WORDS = BLOCK_END_WORDS;
const TRAILER = new RegExp(`^(${TRAILER_WORDS.join('|')})`);
/** First characters of the trailer words: most rows are ruled out without folding their text. */
const TRAILER_FIRST = new Set(TRAILER_WORDS.map((w) => w.charCodeAt(0)));

/** The first row under a header's labels (a label may span two rows). */
function rowAfter(grid: Grid, header: IndicatorHeader): number {
  return Math.max(header.firstRow ?? 0, ...header.hits.map((h) => below(grid, h.row, h.col)));
}

/**
 * The same header's columns again: a header repeated inside one list of indicators (a form's
 * 年度绩效目标1 / 年度绩效目标2 blocks, 黄冈's p-hb-huanggang-2020-soil-monitoring-eval; a Word
 * table's header row repeated on every printed page).
 */
export function sameColumns(a: IndicatorHeader, b: IndicatorHeader): boolean {
  return (
    a.categorised === b.categorised &&
    a.criteria === b.criteria &&
    a.level1 === b.level1 &&
    a.level2 === b.level2 &&
    a.name === b.name &&
    a.target === b.target &&
    a.actual === b.actual &&
    a.weight === b.weight &&
    a.score === b.score
  );
}

/** Whether `inner` is a merged area inside row `r`'s lines: `lines`' rows where the name is merged down, else `r` alone. */
function within(inner: CellRange | undefined, lines: CellRange | undefined, r: number): boolean {
  return inner !== undefined && inner.top >= (lines?.top ?? r) && inner.bottom <= (lines?.bottom ?? r);
}

/** Whether every text of the row is a label (a header's row). */
function isLabelRow(labels: LabelMap, r: number): boolean {
  let texts = 0;
  labels.forEachText(() => texts++, r, r);
  return texts > 0 && labels.inRow(r).length === texts;
}

/** A cell with no text of its own under a merged area begun above its row. */
function coveredFromAbove(probe: CellProbe, row: number): boolean {
  return probe.own === '' && probe.merge !== undefined && row > probe.merge.top;
}

/**
 * A row with no text of its own crossed by a merged area from a row above within the list (a PDF's
 * converter merges a tall row's cells with text, or some blank ones, down over its lines, and leaves
 * the rest unmerged): a lower line of that row, not a blank row of the list (鄂州's blank rows, 中江's
 * …… row, each in lines).
 */
function isLowerLine(grid: Grid, r: number, start: number, right: number): boolean {
  if (grid.firstTextColumn(r) >= 0) return false;
  for (let c = 0; c <= right && c < grid.colCount; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.top < r && m.top >= start) return true;
    if (m) c = m.right;
  }
  return false;
}

/** Whether row `r` holds a result, weight, score or reason of its own (not a merge's continuation). */
function ownEvaluation(grid: Grid, r: number, header: IndicatorHeader): boolean {
  for (const c of [header.actual, header.weight, header.score, header.reason]) if (c !== undefined && grid.ownText(r, c) !== '') return true;
  return false;
}

/**
 * A 绩效目标 heading over cells written as 【总体目标】 … 【产出指标-数量指标】 指标1:机柜数量(≥77台) … (黄山's 2025
 * 项目绩效目标和指标, au-ah-huangshan-2025-police-surveillance-room-targets): each project's indicators in its cell.
 */
export function bracketedHeaderAt(labels: LabelMap, hit: Hit): IndicatorHeader | null {
  const { grid } = labels;
  for (let r = below(grid, hit.row, hit.col), k = 0; r < grid.rowCount && k < 20; r++, k++) {
    const text = grid.ownText(r, hit.col);
    if (text.includes('【') && BRACKETED_HEADING.test(text)) return { row: hit.row, categorised: true, bracketed: true, level1: hit.col, level2: hit.col, name: hit.col, target: hit.col, hits: [hit] };
  }
  return null;
}
/** 【产出指标-数量指标】: a 一级 and its 二级 heading the lines under them. */
const BRACKETED_HEADING = /【\s*([^】\-—－]*?指标)\s*[-—－]\s*([^】]*?)\s*】/;
/** 指标1:机柜数量(≥77台): a name and its target in the brackets closing the line. */
const BRACKETED_ITEM = /^\s*指标\s*\d+\s*[:：]\s*(.*?)\s*(?:[(（]([^()（）]*)[)）])?\s*$/;

/** A bracketed cell with its targets taken out and its names kept (指标1:机柜数量(≥77台) → 指标1:机柜数量()): next year's form. */
export function withoutBracketedTargets(text: string): string {
  return text.replace(/^(\s*指标\s*\d+\s*[:：].*?[(（])[^()（）]*([)）]\s*)$/gm, '$1$2');
}

/** The indicators of every cell in the heading's column, each under the 【一级-二级】 above it in its cell. */
function readBracketedBlock(grid: Grid, header: IndicatorHeader, bottom: number): { block: IndicatorBlock; lastRow: number; filled: boolean; continued: number } {
  const indicators: Indicator[] = [];
  const runs: CategoryRun[] = [];
  let lastRow = header.row;
  let headings = 0;
  for (let r = header.row + 1; r <= bottom; r++) {
    const text = grid.ownText(r, header.name);
    if (text === '') continue;
    lastRow = r;
    if (!text.includes('【')) continue;
    const cell = toA1(r, header.name);
    let level1: CategoryField | null = null;
    let level2: CategoryField | null = null;
    // A line wrapped mid-word is one line; a break after 】, a figure or a stop parts two.
    for (const line of unwrap(text).split(/\r?\n/)) {
      if (line.includes('【')) {
        // Another heading (【总体目标】, 【项目概况】) ends the indicators under the last one.
        const heading = BRACKETED_HEADING.exec(line);
        level1 = level2 = null;
        if (heading) {
          // One run a heading: the cell holds them all, its address alone tells none apart.
          const at = `${cell}#${headings++}`;
          level1 = { text: heading[1], cell, runStart: at };
          level2 = { text: heading[2], cell, runStart: at };
        }
        continue;
      }
      const item = level1 && level2 ? BRACKETED_ITEM.exec(line) : null;
      if (!item || !level1 || !level2) continue;
      const target = item[2] ?? '';
      const indicator: Indicator = { row: r, level1, level2, name: new PlacedField(item[1], r, header.name), target: new PlacedTarget(target, r, header.name, parseTarget(target)) };
      indicators.push(indicator);
      const run = runs[runs.length - 1];
      if (run === undefined || run.level2 !== level2) runs.push({ level1, level2, first: indicator });
    }
  }
  const addr = grid.masterAddress(header.row, header.name);
  const block: IndicatorBlock = { header: { level1: addr, level2: addr, name: addr, target: addr }, indicators, categorised: true, bracketed: true, runs };
  return { block, lastRow, filled: true, continued: 0 };
}

/**
 * Reads indicator rows under the header until two blank rows, a trailer line or the block's end.
 * 一级/二级 read through vertical merges, and blank unmerged cells fill down from above; a new
 * 一级 run never inherits the previous 二级. `repeats`, the header's copies further down in sheet
 * order, are read through: the rows under each go on the same list, a blank category under one
 * going on with the run before it (a merged cell a page break split), a written one starting its own;
 * `continued` says how many the list reached (a list ending first leaves the rest their own tables).
 */
export function readIndicatorBlock(
  grid: Grid,
  labels: LabelMap,
  header: IndicatorHeader,
  bottom: number,
  repeats: readonly IndicatorHeader[] = [],
): { block: IndicatorBlock; lastRow: number; totalLabel?: Hit; filled: boolean; continued: number } {
  if (header.prose) return readProseBlock(grid, header, bottom);
  if (header.bracketed) return readBracketedBlock(grid, header, bottom);
  let start = rowAfter(grid, header);
  // The header's labels filled down into the row under them (its merges undone and filled): still the header.
  while (start <= bottom && isFilledDown(grid, start, header.level1) && isFilledDown(grid, start, header.name)) start++;
  // A row of sub-headings naming what the columns hold (彭水's 名称 | 名称 | 名称 under 一级指标 | 二级指标 |
  // 三级指标, ll-cq-pengshui-2024-family-planning-transfer-eval): still the header.
  if (start <= bottom && header.categorised) {
    // (Past a wholly blank row left under the labels.)
    const sub = pastBlankRow(grid, start, bottom);
    if (isSubHeadingRow(grid, sub, header)) start = sub + 1;
  }
  let continued = 0;
  const indicators: Indicator[] = [];
  const slots = new Set<Indicator>();
  const runs: CategoryRun[] = [];
  let lastRow = start - 1;
  let blanks = 0;
  const scratch = (): CellProbe => ({ text: '', own: '', merge: undefined, row: 0, col: 0 });
  const [p1, p2, pName, pTarget, pActual] = [scratch(), scratch(), scratch(), scratch(), scratch()];
  let merge1: CellRange | undefined;
  let merge2: CellRange | undefined;
  let prev1: CategoryField | null = null;
  let prev2: CategoryField | null = null;
  // After a repeated header: the blank remainder of a category's merged cell the page break split.
  let resumed = false;
  // A page's number or 续表 read among the blank rows since the last row of the list.
  let pageFoot = false;
  let carried1: CellRange | undefined;
  let carried2: CellRange | undefined;

  const flat = header.categorised ? null : uncategorised(grid, header);
  // A tree's current 一级 and 二级 (treeHeaderAt): set by the rows naming them.
  let tree1: CategoryField | null = null;
  let tree2: CategoryField | null = null;
  let totalLabel: Hit | undefined;
  // The list's last column read (and one past it): how far a lower line's merged areas are looked for.
  const lastColumn = Math.max(header.target, header.actual ?? 0, header.weight ?? 0, header.score ?? 0, header.reason ?? 0) + 1;
  for (let r = start; r <= bottom; r++) {
    if (continued < repeats.length && r === repeats[continued].row) {
      const next = rowAfter(grid, repeats[continued++]);
      lastRow = next - 1;
      r = lastRow;
      // A category's cell the page break split (a Word table's merged cell goes on blank under the
      // repeated header): a blank category after the header is the run before it; a written one starts its own.
      merge1 = merge2 = undefined;
      resumed = true;
      blanks = 0;
      continue;
    }
    // The repeated header's first row, of labels only (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 over
    // 一级指标 | 二级指标 …, Yunnan's 公开14表, on every printed page): the header's, no indicator.
    if (
      continued < repeats.length &&
      r < repeats[continued].row &&
      r >= lineAbove(grid, repeats[continued].row, repeats[continued].level1) &&
      (isLabelRow(labels, r) || copiesHeaderLine(labels, header, repeats[continued], r))
    ) {
      lastRow = r;
      continue;
    }
    if (isTrailer(grid, r, header)) break;
    // A self-evaluation's 总分 row closes the indicators.
    const rowLabels = labels.inRow(r);
    totalLabel = rowLabels.length === 0 ? undefined : rowLabels.find((h) => h.col < header.name && (labelIs(h.label, 'total-score') || labelIs(h.label, 'grand-total')));
    if (totalLabel) break;
    const l1 = grid.probe(r, header.level1, p1);
    const l2 = grid.probe(r, header.level2, p2);
    const name = grid.probe(r, header.name, pName);
    // A criterion's target (no target column) is an empty one at its name.
    // The target as adjusted during the year, where the row holds one, is the target in force (重庆's 调整指标值).
    const target = header.criteria ? { ...NO_TARGET_PROBE, row: r, col: header.name } : adjustedTarget(grid, r, header) ?? grid.probe(r, header.target, pTarget);
    const own = l1.own !== '' || l2.own !== '' || name.own !== '' || target.own !== '';
    // A row under an indicator's name merged down into it that is no indicator of its own: a fund
    // block's line written in its target and result columns (彭水's 预算资金安排: 年度预算资金总额: |
    // 1084.25, 其中:中央补助 | 668 …, its third reading), read as that block's; or the lower part of a
    // row whose cells are all merged down (a table converted from a PDF or pasted from Word), nothing
    // of its own in any column read: the indicator above.
    // So is a row with nothing of its own whose target is merged down into it, its blank name left unmerged.
    if (
      (coveredFromAbove(name, r) && isInnerFundLine(labels, r, header.target, target.text)) ||
      ((coveredFromAbove(name, r) || coveredFromAbove(target, r)) && !own && !ownEvaluation(grid, r, header))
    ) {
      lastRow = r;
      continue;
    }
    // A category's lower paragraph, pasted from Word (a cell of two paragraphs put in two rows, the
    // row's other cells merged down over both: 服务对象 | 满意度指标, 产出指标 | (40-50)分): its text's end,
    // joined to the line above; the indicator is the one above.
    if (
      header.categorised &&
      !header.tree &&
      (l1.own !== '' || l2.own !== '') &&
      coveredFromAbove(name, r) &&
      coveredFromAbove(target, r) &&
      !ownEvaluation(grid, r, header) &&
      // The line above holds the category's first paragraph (its own row, or a tall row's lines merged down).
      (l1.own === '' || (prev1 !== null && grid.text(r - 1, header.level1) !== '')) &&
      (l2.own === '' || (prev2 !== null && grid.text(r - 1, header.level2) !== ''))
    ) {
      // A category typed again on the lower line (its merge undone and filled) is the same one, nothing to join.
      if (l1.own !== '' && !isFilledDown(grid, r, header.level1)) prev1!.text += l1.own;
      if (l2.own !== '' && !isFilledDown(grid, r, header.level2)) prev2!.text += l2.own;
      lastRow = r;
      continue;
    }
    // A merge from a row above (a category's or a name's run) or across from the left (text written over
    // the row); a blank cell merged over its own row's lines only (a PDF's conversion merges every cell of
    // a tall row) continues nothing (保山's unlabelled total row in two lines, aq-yn-baoshan-2023-energy-safety-eval).
    const inRun = (l2.merge !== undefined && l2.own === '' && (l2.merge.top < r || l2.merge.left < header.level2)) || (name.merge !== undefined && name.own === '' && (name.merge.top < r || name.merge.left < header.name));
    if (!own && !inRun) {
      // A lower line of the row above, its blank cells left unmerged: no blank row of its own.
      if (isLowerLine(grid, r, start, lastColumn)) continue;
      // A page's number or 续表 where a PDF's conversion to one sheet broke the list (read as blank): as
      // after a header printed again, a blank category under it is the run before it (a merged cell the
      // break split), and the page's foot ends nothing, its blank lines with it.
      if (labels.pageBreaks.has(r)) {
        merge1 = merge2 = undefined;
        resumed = true;
        pageFoot = true;
        continue;
      }
      // A page's number or 续表 further down the blank run (a foot of two blank lines or more above it) is
      // a foot as one read before the second blank row is: the list goes on under it.
      if (++blanks >= 2 && !(pageFoot && blanks <= PAGE_BREAK_ROWS) && !(blanks < PAGE_BREAK_ROWS && pageMarkAhead(grid, labels, r, Math.min(bottom, r + PAGE_BREAK_ROWS - blanks)))) {
        // Looked ahead by printed rows: a blank row a PDF's converter split in lines, its cells merged down, is one.
        let last = r;
        for (let i = 0; i <= MAX_GAP - blanks && last < bottom; i++) {
          last = below(grid, last, header.name);
          while (last < bottom && isLowerLine(grid, last, start, lastColumn)) last++;
        }
        if (!resumesAfter(grid, labels, header, r, Math.min(bottom, last)) && !repeatedAfter(grid, labels, lastRow, r, header, continued < repeats.length ? repeats[continued] : undefined)) break;
      }
      continue;
    }
    blanks = 0;
    pageFoot = false;
    if (header.tree) {
      // A row naming a category, no target beside it: the run it starts.
      const level = target.own !== '' ? 0 : categoryLevel(name.own);
      if (level !== 0) {
        const cell = toA1(r, header.name);
        const field: CategoryField = { text: name.own.trim(), cell, runStart: cell };
        const blank: CategoryField = { text: '', cell, runStart: cell };
        // A 一级 starts with its 二级 still to come; a 二级 with no 一级 above it has its 一级 missing there.
        if (level === 1) [tree1, tree2] = [field, blank];
        else [tree1, tree2] = [tree1 ?? blank, field];
        lastRow = r;
        continue;
      }
      // The tree's upper levels above its first category (the unit's line, the project's with its amount).
      if (tree1 === null) {
        lastRow = r;
        continue;
      }
    }

    // A blank category cell merged over this indicator's own lines only (across columns, or down a
    // tall row's lines, as a converted PDF or Word table merges every cell): blank as an unmerged
    // one is, filled down.
    if (l1.text === '' && within(l1.merge, name.merge, r)) l1.merge = undefined;
    if (l2.text === '' && within(l2.merge, name.merge, r)) l2.merge = undefined;
    if (resumed) {
      resumed = false;
      carried1 = l1.text === '' ? l1.merge : undefined;
      carried2 = l2.text === '' ? l2.merge : undefined;
    }
    const level1: CategoryField = tree1 ?? flat ?? (prev1 !== null && l1.merge !== undefined && l1.merge === carried1 ? prev1 : category(l1, prev1, merge1));
    const newLevel1 = prev1 === null || level1.runStart !== prev1.runStart;
    const level2: CategoryField = tree2 ?? flat ?? (!newLevel1 && prev2 !== null && l2.merge !== undefined && l2.merge === carried2 ? prev2 : category(l2, newLevel1 ? null : prev2, merge2));
    prev1 = level1;
    prev2 = level2;
    merge1 = l1.merge;
    merge2 = l2.merge;
    // The Sichuan layout splits a target into 指标性质 | 指标值 | 度量单位; read as one.
    // 指标性质 holds ≥ / = / ≤ in Sichuan's form, 定量 / 定性 in others: only a comparator is read.
    const comparatorText = header.comparator === undefined ? '' : grid.text(r, header.comparator);
    const comparator = comparatorText !== '' && COMPARATOR_WORD.test(comparatorText) ? comparatorText : '';
    const unit = header.unit === undefined ? '' : grid.text(r, header.unit);
    const targetText = target.text === '' ? '' : `${comparator}${withUnit(target.text, unit)}`;
    const indicator: Indicator = {
      row: r,
      level1,
      level2,
      name: new PlacedField(unwrap(name.text), name.row, name.col),
      target: new PlacedTarget(unwrap(target.text), target.row, target.col, parseTarget(targetText)),
    };
    if (unit !== '') indicator.unitColumn = fieldAt(grid, r, header.unit!);
    // A targets form weighing its indicators (四川's 权重(%), 海南's 权重*): each its points.
    if (header.weight !== undefined && header.actual === undefined && !header.criteria) indicator.weight = weightAt(grid, r, header.weight);
    if (header.actual !== undefined || header.criteria) {
      // A criterion has no result column: an empty one at its score.
      const actual = header.actual === undefined ? { ...NO_TARGET_PROBE, row: r, col: header.score! } : grid.probe(r, header.actual, pActual);
      const actualText = withUnit(actual.text, unit);
      indicator.evaluation = {
        actual: new PlacedTarget(unwrap(actual.text), actual.row, actual.col, parseTarget(actualText)),
        weight: header.weight === undefined ? undefined : weightAt(grid, r, header.weight),
        score: header.score === undefined ? undefined : amountAt(grid, r, header.score),
        reason: header.reason === undefined ? undefined : fieldAt(grid, r, header.reason),
      };
    }
    indicators.push(indicator);
    if (isEmptySlot(grid, r, header, name.text, target.text)) slots.add(indicator);
    lastRow = r;
  }
  if (header.categorised) writtenLower(grid, indicators);
  // In a filled table, a slot left empty (a category with nothing under it) or a template's filler
  // row (指标2：, ……) is nothing a reviewer checks; in a wholly unfilled block every slot is to fill.
  const kept = slots.size < indicators.length ? indicators.filter((i) => !slots.has(i)) : indicators;
  // Categories are read from every row, an empty slot's included: its 二级 is still written there.
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    const run = runs[runs.length - 1];
    if (run === undefined || run.level1 !== indicator.level1 || run.level2 !== indicator.level2) runs.push({ level1: indicator.level1, level2: indicator.level2, first: indicator });
  }

  const addr = (c: number): string => grid.masterAddress(header.row, c);
  const block: IndicatorBlock = {
    header: { level1: addr(header.level1Heading ?? header.level1), level2: addr(header.level2), name: addr(header.name), target: addr(header.target) },
    indicators: kept,
    categorised: header.categorised,
    runs,
  };
  // The form gives each target's unit a column (度量单位, 计量单位): a blank cell in it is a unit left out.
  if (header.unit !== undefined) block.header.unit = addr(header.unit);
  if (header.weight !== undefined) {
    // The label's own cell: in a two-row header (指标分值 merged down beside 一级指标 | 二级指标 under 绩效指标) it sits above the 一级's row.
    block.header.weight = labelCell(labels, header.hits.find((h) => h.col === header.weight && labelIs(h.label, 'weight'))?.row ?? header.row, header.weight);
  }
  if (header.criteria) block.criteria = true;
  if (header.borrowed) block.borrowedCategories = true;
  if (header.graded) block.graded = true;
  return {
    block,
    lastRow,
    totalLabel,
    filled: slots.size < indicators.length,
    continued,
  };
}

/**
 * The first 一级 written lower than its block's first row, inside the 二级 run that starts there,
 * and nothing merged over the rows above it (黄石's 产出指标 in the fourth row of 数量指标's five,
 * v-hb-huangshi-2022-party-school-training: a merged area's centred text, kept where it showed once
 * the merge was lost): the rows above are that 一级's.
 */
function writtenLower(grid: Grid, indicators: Indicator[]): void {
  const first = indicators[0]?.level1;
  if (first === undefined || first.text !== '') return;
  let j = 1;
  while (j < indicators.length && indicators[j].level1 === first) j++;
  // The same 二级 across the rows: merged over them, typed on each, or left blank on the 一级's row
  // (the merge dropped, its text in the first cell only).
  if (j === indicators.length) return;
  const level2At = parseA1(indicators[j].level2.cell);
  const blank2 = indicators[j].level2.text === '' && grid.mergeAt(level2At.row, level2At.col) === undefined;
  if (indicators[j].level2.text !== indicators[j - 1].level2.text && !blank2) return;
  const at = parseA1(first.cell);
  // Merged over the rows of more than one indicator: a 一级 left blank on purpose (a merge over one
  // indicator's own lines, as a converted PDF's every cell, is no such run).
  const blankArea = grid.mergeAt(at.row, at.col);
  if (blankArea !== undefined && indicators[1].row <= blankArea.bottom) return;
  const level1 = indicators[j].level1;
  for (let k = 0; k < j; k++) indicators[k].level1 = level1;
  // One 二级 run across the rows, as before the 一级 was met.
  const level2 = indicators[j].level2;
  for (let k = j; k < indicators.length && indicators[k].level2 === level2; k++) indicators[k].level2 = indicators[j - 1].level2;
}

/**
 * 部门整体支出年度绩效指标 | 产出指标 | prose (Hunan's 2017 部门整体支出绩效目标申报表: 南岳's,
 * u-hn-nanyue-2017-school-dept-targets, 质量指标:… one 二级 a row; 炎陵's, dd-hn-yanling-2017-transport-dept-targets,
 * 指标1…指标7 in one cell): the block label, a 一级 the profile knows right of it, and text right of that.
 */
export function proseHeaderAt(labels: LabelMap, hit: Hit): IndicatorHeader | null {
  const { grid } = labels;
  // Past a blank column inserted after the label.
  const level1 = pastBlank(grid, hit.row, rightOf(grid, hit.row, hit.col), grid.colCount);
  if (level1 >= grid.colCount) return null;
  const legacy = getProfile('legacy');
  if (!(canonicalCategory(legacy, grid.text(hit.row, level1)) in legacy.taxonomy)) return null;
  // Past a blank column inserted before the prose; the first column when all are blank (a template's).
  const beside = rightOf(grid, hit.row, level1);
  const next = pastBlank(grid, hit.row, beside, grid.colCount);
  const text = next < grid.colCount ? next : beside;
  if (text >= grid.colCount || labels.at(hit.row, text)) return null;
  // Left blank only under the form's own long label, or a goal's heading them (next year's template, its prose to write).
  const prose = grid.text(hit.row, text);
  if (squeeze(prose).length < 8 && !(prose === '' && (grid.text(hit.row, hit.col).includes('整体支出') || labelIs(hit.label, 'goal')))) return null;
  // A 二级 beside the 一级 (效益指标 | 生态效益指标 under a 绩效指标 label typed again after a Word page
  // break, a second reading of r-hn-hengshan-2020-grain-reserve-eval) is a row of a list, no prose.
  if (parentOf(legacy, canonicalCategory(legacy, prose)) !== undefined) return null;
  return { row: hit.row, categorised: true, prose: true, level1, level2: text, name: text, target: text, hits: [hit] };
}

/**
 * The prose rows from the label's own row down, while a known 一级 stands beside text: `二级:text`
 * gives its 二级 as the name and the rest as the target; otherwise the whole text is the target, a
 * list of 指标1… 指标2… in it compound.
 */
function readProseBlock(grid: Grid, header: IndicatorHeader, bottom: number): { block: IndicatorBlock; lastRow: number; filled: boolean; continued: number } {
  const legacy = getProfile('legacy');
  const indicators: Indicator[] = [];
  const runs: CategoryRun[] = [];
  const probe: CellProbe = { text: '', own: '', merge: undefined, row: 0, col: 0 };
  let prev1: CategoryField | null = null;
  let merge1: CellRange | undefined;
  let lastRow = header.row - 1;
  for (let r = header.row; r <= bottom; r++) {
    const text = grid.ownText(r, header.name);
    if (r > header.row && isTrailer(grid, r, header)) break;
    // The lower lines of a prose cell merged down over them (a converted PDF's): that row's.
    const area = text === '' ? grid.mergeAt(r, header.name) : undefined;
    if (area !== undefined && r > area.top && grid.ownText(r, header.level1) === '') {
      lastRow = r;
      continue;
    }
    const l1 = grid.probe(r, header.level1, probe);
    // A blank cell is a slot to write in while its 一级 goes on (a template's); else the list's end.
    if (text === '' && l1.own === '' && l1.merge === undefined) break;
    const level1 = category(l1, prev1, merge1);
    if (!(canonicalCategory(legacy, level1.text) in legacy.taxonomy)) break;
    prev1 = level1;
    merge1 = l1.merge;
    const cell = toA1(r, header.name);
    const item = PROSE_ITEM.exec(unwrap(text));
    const level2: CategoryField = { text: item ? item[1].trim() : '', cell, runStart: cell };
    const target = item ? item[2].trim() : unwrap(text);
    const items = target.split(PROSE_LIST).filter((part) => part.trim() !== '');
    const value = items.length > 1 ? { kind: 'compound' as const, text: target, parts: items.map((part) => parseTarget(part)) } : parseTarget(target);
    const indicator: Indicator = { row: r, level1, level2, name: new PlacedField(item ? item[1].trim() : '', r, header.name), target: new PlacedTarget(target, r, header.name, value) };
    indicators.push(indicator);
    const run = runs[runs.length - 1];
    if (run === undefined || run.level1 !== level1 || run.level2.text !== level2.text) runs.push({ level1, level2, first: indicator });
    lastRow = r;
  }
  const addr = (c: number): string => grid.masterAddress(header.row, c);
  const block: IndicatorBlock = {
    header: { level1: addr(header.level1), level2: addr(header.level2), name: addr(header.name), target: addr(header.target) },
    indicators,
    categorised: true,
    prose: true,
    runs,
  };
  return { block, lastRow, filled: true, continued: 0 };
}
/** 质量指标:… — a 二级 named before a colon. */
const PROSE_ITEM = /^\s*([^:：,，。;；]{1,10}指标)\s*[:：]([\s\S]*)$/;
/** 指标1…: 指标2… — items of a list, each starting at its 指标N. */
const PROSE_LIST = /(?=指标\s*\d)/;

/** Blank rows in a row a block may go on past, when a category follows them (see resumesAfter). */
const MAX_GAP = 3;
/** A category's name: 产出指标, 成本指标, 经济效益指标, 产出指标（50分）. */
const CATEGORY_NAME = /指标(\(.*\))?$/;

/**
 * Two blank rows end a block, unless the next row with text, by `last` (MAX_GAP blank rows in all),
 * names a category in the 一级 or 二级 column (no label there, such as a next table's 二级指标): an
 * unfilled slot's rows are blank to the last cell once the table's merged areas are gone (a CSV's
 * round trip; 鄂州's 时效指标 slots).
 */
function resumesAfter(grid: Grid, labels: LabelMap, header: IndicatorHeader, row: number, last: number): boolean {
  if (!header.categorised) return false;
  for (let next = row + 1; next <= last; next++) {
    if (grid.firstTextColumn(next) < 0) continue;
    for (const col of [header.level1, header.level2]) {
      const text = grid.ownText(next, col);
      if (text !== '' && !labels.at(next, col) && CATEGORY_NAME.test(squeeze(fold(text)))) return true;
    }
    return false;
  }
  return false;
}

/**
 * The list's header printed again a few rows on, nothing between but blank rows and a page's number or
 * 续表 (read as blank; `LabelMap.pageBreaks` says where they stood), one at least: a page break on a sheet
 * a PDF was converted to, the foot's blank lines and number, the next page's header. The list goes on
 * under it, however many blank rows the break left. Blank rows alone still end the list, the same header
 * under them a table of its own: a table whose first row leaves its 一级 blank looks the same there.
 */
function repeatedAfter(grid: Grid, labels: LabelMap, lastRow: number, row: number, header: IndicatorHeader, repeat: IndicatorHeader | undefined): boolean {
  if (!repeat || repeat.row <= row || repeat.row - row > PAGE_BREAK_ROWS) return false;
  const above = lineAbove(grid, repeat.row, repeat.level1);
  let marked = false;
  for (let r = lastRow + 1; r < repeat.row; r++) {
    if (labels.pageBreaks.has(r)) marked = true;
    if (r > row && grid.firstTextColumn(r) >= 0 && !(r >= above && isLabelRow(labels, r)) && !copiesHeaderLine(labels, header, repeat, r)) return false;
  }
  return marked;
}
/** Whether a page's number or 续表 stands in the rows after `row` up to `last`, nothing but blank rows before it. */
function pageMarkAhead(grid: Grid, labels: LabelMap, row: number, last: number): boolean {
  for (let r = row + 1; r <= last; r++) {
    if (labels.pageBreaks.has(r)) return true;
    if (grid.firstTextColumn(r) >= 0) return false;
  }
  return false;
}
/**
 * Row `r`, above the repeated header's labels' row, is the same row of the header's own (a two-row
 * header's 绩效指标 | 指标分值 | 指标解释 over its 一级指标 row, printed again with it): texts and columns alike.
 */
function copiesHeaderLine(labels: LabelMap, header: IndicatorHeader, repeat: IndicatorHeader, r: number): boolean {
  const own = header.row - (repeat.row - r);
  if (own < 0 || own >= header.row || r >= repeat.row) return false;
  const texts = (row: number): string => {
    const out: string[] = [];
    labels.forEachText((text, _row, col) => out.push(`${col}:${text}`), row, row);
    return out.join('|');
  };
  const copy = texts(r);
  return copy !== '' && copy === texts(own);
}
/** Rows a page break leaves between a list's last row on a page and its header printed again on the next, at most. */
const PAGE_BREAK_ROWS = 8;

/** A fund line's label, a money heading (…(万元)) or a lone 其中: where an indicator's target would be. */
function isInnerFundLine(labels: LabelMap, row: number, col: number, text: string): boolean {
  if (text === '') return false;
  const hit = labels.at(row, col);
  if (hit && (labelIs(hit.label, 'fund-total') || labelIs(hit.label, 'amount-part') || labelIs(hit.label, 'amount-total') || labelIs(hit.label, 'fund-block'))) return true;
  return FUND_LINE_TEXT.test(squeeze(fold(text)));
}
const FUND_LINE_TEXT = /(\((万元|元)\)|^其中[:：]?|[:：])$/;

/** The row's 调整指标值, when the header has that column and the row fills it (not with a placeholder or 无); else null. */
function adjustedTarget(grid: Grid, r: number, header: IndicatorHeader): CellProbe | null {
  if (header.adjusted === undefined) return null;
  if (isBlankOrNone(grid.text(r, header.adjusted))) return null;
  return grid.probe(r, header.adjusted, { row: 0, col: 0, text: '', own: '', merge: undefined });
}

/** A 度量单位 belongs after a bare number (`100` + `人次`), never after words (不适用, 已完成). */
function withUnit(text: string, unit: string): string {
  // A 度量单位 holding digits (an export's date serial; full-width ones too) is no unit, nor is one left
  // a placeholder (湘西's -, after a date: 2023-12-31- read as a range). A figure ending
  // in its multiplier takes the unit after it (1亿 | 元: 1亿元, 保山's 能源局, aq-yn-baoshan-2023-energy-safety-eval).
  if (unit === '' || /\d/.test(fold(unit)) || isBlankOrNone(unit)) return text;
  const folded = fold(text);
  return /\d\s*$/.test(folded) || (/\d\s*[万亿]\s*$/.test(folded) && !/^\s*[万亿]/.test(unit)) ? `${text}${unit}` : text;
}

function category(probe: CellProbe, prev: CategoryField | null, prevMerge: CellRange | undefined): CategoryField {
  // Rows of one merged run share one field object: large tables have long runs.
  if (prev !== null && probe.merge !== undefined && probe.merge === prevMerge) return prev;
  // The same category typed again on the next row, neither cell merged (Sichuan's form, exports
  // that fill merged cells down): one run, as if merged; a wrong one is one finding, not one a row.
  if (prev !== null && probe.merge === undefined && prevMerge === undefined && probe.own !== '' && probe.text === prev.text) return prev;
  // So is the same category in the merged cell right under the last, each merged over its own row's lines
  // (a PDF's conversion prints a row in two: 黄石三中's 具体指标 twice, an-hb-huangshi-sanzhong-2023-campus-repair-eval).
  if (prev !== null && probe.merge !== undefined && prevMerge !== undefined && probe.own !== '' && probe.text === prev.text && probe.merge.top === prevMerge.bottom + 1 && probe.merge.left === prevMerge.left && probe.merge.right === prevMerge.right) return prev;
  // A blank run goes on over blank cells, merged or not (a PDF's converter merges each blank cell
  // down over its row's lines): one category missing, not one a row.
  if (prev !== null && prev.text === '' && probe.text === '') return prev;
  if (probe.merge !== undefined || probe.own !== '' || prev === null) {
    const cell = toA1(probe.row, probe.col);
    return { text: probe.text, cell, runStart: cell };
  }
  // Filled down, a blank run included: the person looks at the run's first cell.
  return prev;
}

/** A note line: its first text is left of the indicator names, or nothing is in the name and target columns. */
export function isTrailer(grid: Grid, row: number, header: Pick<IndicatorHeader, 'level1' | 'name' | 'target'>): boolean {
  const col = grid.firstTextColumn(row);
  if (col < 0) return false;
  // (A required field's mark before it read off: *其他需要说明事项.)
  const text = withoutRequiredMark(grid.ownText(row, col));
  const trailer = (TRAILER_FIRST.has(text.charCodeAt(0)) && TRAILER.test(squeeze(fold(text)))) || isApproval(text);
  if (!trailer) return false;
  return col <= header.level1 || (grid.ownText(row, header.name) === '' && grid.ownText(row, header.target) === '');
}

/**
 * A reviewer's sign-off line under the table, named by whoever reviews (财政部门支出股室初审意见 |
 * (盖章), 区扶贫办审核意见; 南岳's form, q-hn-nanyue-2018-poverty-tourism): matched at its end.
 */
function isApproval(text: string): boolean {
  // By its last character first (见, or a colon or space after it; 日 or a bracket): read for every row of a block.
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x65e5 /* 日 */ || last === 0xff09 || last === 41) {
    // Names end in a bracket too (开设课程数量(门)): only a line naming a seal or a signature is read further.
    return (text.includes('盖') || text.includes('签')) && SEAL_LINE.test(squeeze(fold(text)));
  }
  if (last !== 0x89c1 /* 见 */ && last !== 0xff1a && last !== 58 && !isWhite(last)) return false;
  const squeezed = squeeze(fold(text));
  return /(审核|初审|审查|审批|复核|评审|审定)意见[:：]?$/.test(squeezed) || SEAL_LINE.test(squeezed);
}
/**
 * A line to stamp and date: 财政资金管理科室(盖章) 年 月 日 under 黄石's 批复表
 * (v-hb-huangshi-2022-party-school-training); the date's 年 月 日 left without digits.
 */
const SEAL_LINE = /(盖章|签章|签字|签名)\)?[:：]?(年月日)?$/;

/** Names a template puts in rows to be filled: 指标1：, 指标2, ……, …… */
const FILLER_NAME = /^(指标\d*[:：]?|[.。…·]+|-+)$/;

/** First characters a filler can start with (指标1：, ……, --): other texts need no closer look. */
const FILLER_FIRST = new Set([...'指.。…·-－．'].map((c) => c.charCodeAt(0)));

/** By code unit, not text.trimStart()[0]: a name or target per row, and no string made for either. */
function mayBeFiller(text: string): boolean {
  let i = 0;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i < text.length && FILLER_FIRST.has(text.charCodeAt(i));
}

function isEmptySlot(grid: Grid, row: number, header: IndicatorHeader, name: string, target: string): boolean {
  if (name.length > 0 && name.length < 4 && name.trim() === '0' && isZeroFilled(grid, row, header, target)) return true;
  if (!isBlankOrFiller(target)) return false;
  if (name !== '' && (!mayBeFiller(name) || !FILLER_NAME.test(squeeze(fold(name))))) return false;
  // Self-evaluation rows may still hold a result or a score; a score of 0 alone scores nothing
  // (生态效益指标 | … | 0 left by 霍邱's evaluator, r-ah-huoqiu-2022-sci-envoy-eval), nor do the dots of a
  // row of …… merged across the table and filled (中江's B21:I21, d-sc-zhongjiang-water-2022-r7).
  for (const col of [header.actual, header.weight]) if (col !== undefined && !isBlankOrFiller(grid.ownText(row, col))) return false;
  const score = header.score === undefined ? '' : grid.ownText(row, header.score);
  return isBlankOrFiller(score) || /^\s*0+(\.0+)?\s*$/.test(score);
}

function isBlankOrFiller(text: string): boolean {
  return text === '' || (mayBeFiller(text) && FILLER_NAME.test(squeeze(text)));
}

/**
 * A row an export filled with zeros, 0 | 0.00% | 0 (重庆's 审批表 for the 成本 二级 it does not use,
 * x-cq-fengjie-2023-safety-reporting-reward): name, target and every number zero, as unused as a blank row.
 */
function isZeroFilled(grid: Grid, row: number, header: IndicatorHeader, target: string): boolean {
  if (!ZERO.test(target)) return false;
  for (const col of [header.actual, header.weight, header.score]) {
    const text = col === undefined ? '' : grid.ownText(row, col);
    if (text !== '' && !ZERO.test(text)) return false;
  }
  return true;
}
const ZERO = /^\s*0+(\.0+)?\s*[%％]?\s*$/;

/** What a score sheet's criteria have where a target would be: nothing. */
const NO_TARGET_PROBE: CellProbe = { text: '', own: '', merge: undefined, row: 0, col: 0 };

/** The one category field every indicator of an uncategorised list shares: blank, at the header's name cell. */
function uncategorised(grid: Grid, header: IndicatorHeader): CategoryField {
  const cell = grid.masterAddress(header.row, header.name);
  return { text: '', cell, runStart: cell };
}
