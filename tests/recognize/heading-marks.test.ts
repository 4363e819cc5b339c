/**
 * A form's mark for a required field before its headings (*指标值, ＊项目名称, ★年度总体绩效目标, as 岳阳楼's
 * 整体绩效目标表 prints them), a note saying so after them (符号（必填）), or a colon typed after them
 * (指标类型：, 备注:): the table reads as without them, each finding where it was. Shown on published
 * tables whose reading a marked heading changed (a sub-heading, a goal column's heading, a 备注 column,
 * a bare 指标 over the categories, a trailer line ending the list, a graded form's headings).
 */
import path from 'path';
import labels from '../../src/core/lexicon/labels.json';
import { validateGrid } from '../../src/core/validate';
import { CORPUS_DIR, CorpusSheet, loadEntry, sheetToGrid } from '../support/corpus';

/** The lexicon's label words, their notes in brackets and spaces left out. */
const WORDS = new Set<string>();
for (const [kind, words] of Object.entries(labels as Record<string, unknown>)) {
  if (kind === '$comment' || typeof words !== 'object' || words === null) continue;
  for (const w of Object.keys(words)) WORDS.add(bare(w));
}
function bare(text: string): string {
  return text.replace(/[（(].*?[)）]/g, '').replace(/\s/g, '');
}
/** A label word, or a goal column's heading (实施期绩效目标: read by the column it heads, not as a label). */
const isLabel = (v: unknown): v is string => typeof v === 'string' && (WORDS.has(bare(v)) || /^(实施期|年度)绩效目标$/.test(bare(v)));

/**
 * Every label marked: in a header row (two labels or more, no figure in the row) and in the first
 * column (the form's left-hand labels: 项目名称, 年度总体目标, 说明).
 */
function marked(sheet: CorpusSheet, mark: string, after: boolean): CorpusSheet {
  const rows = sheet.rows.map((row) => {
    const cells = row ?? [];
    const header = cells.filter(isLabel).length >= 2 && !cells.some((v) => typeof v === 'number' || (typeof v === 'string' && /\d/.test(v)));
    return cells.map((v, c) => (isLabel(v) && (header || c === 0) ? (after ? v + mark : mark + v) : v));
  });
  return { ...sheet, rows };
}

const findings = (sheet: CorpusSheet): string[] => validateGrid(sheetToGrid(sheet)).flatMap((r) => r.findings.map((f) => `${f.code}@${f.cell}`)).sort();

describe.each([
  // *符号 | *单位(文字描述) under *预期指标值: the values' column (峰峰's).
  'bh-he-fengfeng-2021-court-transfer-funds-eval',
  // *备注 after *自评得分: the reasons' column of a score sheet (大英县总工会's).
  'k-sc-daying-zonggonghui-2020-score',
  // *指标 | *指标内容 | *指标值: 指标 heads the categories (the central sample's).
  'ac-zy-linye-nd-pest-forecast-sample-targets',
  // *其他需要说明事项, *说明 under the list: trailers, no category (永德's, 衡山's).
  'j-yn-yongde-2022-nutrition',
  'r-hn-hengshan-2020-grain-reserve-eval',
  // *实施期绩效目标, a goal column's heading (湘西's).
  'ak-hn-xiangxi-2023-special-school-meals-targets',
  // 指标类型： | 绩效指标： | 绩效目标： | 绩效标准： over 优 | 良 | 中 | 差 (海南's graded form).
  'zz-hi-planning-hall-2018-graded-targets',
])('%s with its headings marked', (id) => {
  const sheet = loadEntry(path.join(CORPUS_DIR, id)).table.sheets[0];
  const original = findings(sheet);
  it.each([
    ['*', false],
    ['＊', false],
    ['★', false],
    ['：', true],
    [':', true],
    ['（必填）', true],
  ] as const)('finds what it finds unmarked, marked %s', (mark, after) => {
    const changed = marked(sheet, mark, after);
    // The marking changed the sheet, and the findings did not move.
    expect(changed.rows.flat().some((v) => typeof v === 'string' && (after ? v.endsWith(mark) : v.startsWith(mark)))).toBe(true);
    expect(original.length).toBeGreaterThan(0);
    expect(findings(changed)).toEqual(original);
  });
});
