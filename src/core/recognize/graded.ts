import { Grid } from '../grid/grid';
import { labelKey, squeeze } from '../grid/text';
import { bareLabel } from '../lexicon/normalize';
import { rightOf, rightPastBlank } from './cells';
import { IndicatorHeader } from './indicator-block';
import { LabelMap } from './label-map';

/**
 * A targets table graded in four bands instead of one value (河北's 2019 form, 邯郸's: 绩效指标分类 |
 * 绩效指标 | 绩效指标描述 | 绩效指标评价标准 over 优 | 良 | 中 | 差 | 评价标准确定依据,
 * ss-hb-handan-2019-subsistence-relief-targets, both readings; 海南's 2018: 指标类型 | 绩效指标 | 绩效目标 |
 * 绩效标准 over the same four bands). Found by its band row: the headings above it name the 一级 column
 * (…分类, …类型), the names (…指标) and, where there is one, the target (…目标, 指标值); without one the
 * 优 band is the target, the level that earns the full score. The form has no 二级 column. Null for
 * anything else.
 */
export function gradedHeaderAt(labels: LabelMap, top: number, bottom: number): IndicatorHeader | null {
  const { grid } = labels;
  // Among the sheet's texts, not its cells: a whole-row merge makes every row 16,384 columns wide.
  const bands: { row: number; col: number }[] = [];
  labels.forEachText((text, row, col) => {
    if (bands.length === 0 && squeeze(text) === '优' && bandsFrom(grid, row, col)) bands.push({ row, col });
  }, Math.max(top, 1), bottom);
  const found = bands[0];
  if (!found) return null;
  const heading = found.row - 1;
  let level1 = -1;
  let name = -1;
  let target = -1;
  for (let c = 0; c < found.col; c = rightOf(grid, heading, c)) {
    // Its words as a label's: a colon after it or a required field's mark before it read off (绩效目标：, *指标类型).
    const text = bareLabel(labelKey(grid.text(heading, c))).key;
    if (text === '' || EXPLANATION.test(text)) continue;
    if (level1 < 0 && LEVEL1.test(text)) level1 = c;
    else if (target < 0 && name >= 0 && TARGET.test(text)) target = c;
    else if (name < 0 && level1 >= 0 && NAME.test(text)) name = c;
  }
  if (level1 < 0 || name < 0) return null;
  return { row: heading, firstRow: found.row + 1, categorised: true, graded: true, level1, level2: level1, name, target: target < 0 ? found.col : target, hits: [] };
}

/** The row reads 优 | 良 | 中 | 差 from the 优 at `col` on (merged cells passed, and a blank column inserted between). */
function bandsFrom(grid: Grid, row: number, col: number): boolean {
  let at = col;
  for (const band of ['良', '中', '差']) {
    at = rightPastBlank(grid, row, at, 2);
    if (at >= grid.colCount || squeeze(grid.ownText(row, at)) !== band) return false;
  }
  return true;
}

const LEVEL1 = /(分类|类型|类别)$/;
const NAME = /指标(名称)?$/;
const TARGET = /(目标|目标值|指标值)$/;
/** Headings that explain a name (绩效指标描述, 指标解释) or give the standard's ground (评价标准确定依据). */
const EXPLANATION = /(描述|说明|解释|依据)$/;
