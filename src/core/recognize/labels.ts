import { fold, labelKey, unwrap } from '../grid/text';
import LEXICON from '../lexicon/labels.json';
import { bareLabel, withoutRequiredMark } from '../lexicon/normalize';
import { memoByText } from '../memo';

/** What a label cell says it is. */
export type LabelKind =
  | 'department-title'
  | 'project-title'
  | 'year-line'
  | 'unit-line'
  | 'department-name'
  | 'supervisor'
  | 'project-name'
  | 'task-name'
  | 'task-content'
  | 'budget'
  | 'amount-total'
  | 'amount-part'
  | 'grand-total'
  /** The department's duties (部门职能职责概述), which a year's goal must not merely repeat. */
  | 'duties'
  | 'goal'
  | 'indicator-block'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  /** A target as adjusted during the year (调整指标值), beside the year's first one: the one in force where filled. */
  | 'target-adjusted'
  | 'fund-block'
  | 'fund-total'
  /** A department's 收入构成 / 支出构成: lines of money by source or use, each group under its own 合计. */
  | 'fund-makeup'
  /** 湖南's department forms split the year's money two ways (按收入性质分 / 按支出性质分), each with its lines. */
  | 'fund-split'
  /** A heading over columns of the years before the table's (近两年收支金额: 2021年 | 2022年). */
  | 'prior-years'
  /** The central form's 中期资金总额: a project's funds over its whole period, beside the year's. */
  | 'mid-term-fund-total'
  /** The money that reached the project (实际到位资金), beside its planned total: what a 到位率 is scored on. */
  | 'funds-arrived'
  // Self-evaluation tables (绩效自评表)
  | 'project-eval-title'
  | 'department-eval-title'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'comparator'
  | 'measure-unit'
  | 'budget-initial'
  | 'budget-full'
  | 'executed'
  | 'rate'
  | 'total-score'
  | 'grade'
  | 'goal-expected'
  /** The goal as adjusted during the year (全年(调整)绩效目标), beside 年初绩效目标: the one in force where filled. */
  | 'goal-adjusted'
  | 'goal-actual'
  /**
   * A self-evaluation report's cover line, its value after the colon (评价类型:项目完成结果评价, 评价方式:部门(单位)
   * 绩效自评: 湖南's 绩效评价自评报告, whose title is on a page before): the table is an evaluation's.
   */
  | 'evaluation-line'
  /** Lines that end a table's blocks (评价结论, 项目负责人, 注): matched as prefixes, see `BLOCK_END_WORDS`. */
  | 'block-end';

export interface Label {
  /** Every meaning the text can have (合计 is a column header and a row label); context picks one. */
  kinds: readonly LabelKind[];
  /** Money unit given in the label itself: `预算金额（万元）`, `单位：万元`. */
  unit?: string;
  /** Fiscal year given in a title or year line. */
  year?: number;
  /** An amount typed into the label itself, after its colon (武川's 年度资金总额:50万). */
  amountInText?: string;
  /** A name typed into the label itself, after its colon or a gap (湖南's 自评报告 cover: 项目名称      代表之家). */
  valueInText?: string;
}

/** Synonyms, written as people write them (the lexicon); matched after folding (`labelKey`) and `bareLabel`. */
const SYNONYMS = new Map<string, LabelKind[]>();
for (const [kind, words] of Object.entries(LEXICON)) {
  if (kind.startsWith('$') || kind === 'block-end' || kind.startsWith('fund-source-')) continue;
  for (const w of Object.keys(words as Record<string, string>)) {
    const key = labelKey(w);
    SYNONYMS.set(key, [...(SYNONYMS.get(key) ?? []), kind as LabelKind]);
  }
}

// A fund line by its level of government and kind of money (自治区财政资金, 旗县财政资金): every pair.
for (const level of Object.keys(LEXICON['fund-source-level']))
  for (const kind of Object.keys(LEXICON['fund-source-kind'])) {
    const key = labelKey(level + kind);
    const kinds = SYNONYMS.get(key) ?? [];
    if (!kinds.includes('amount-part')) SYNONYMS.set(key, [...kinds, 'amount-part']);
  }

/** First characters of every label (synonyms, 其中, 单位/金额单位 lines, years): others are values. */
const FIRST_CHARS = new Set([...SYNONYMS.keys()].map((k) => k.charCodeAt(0)).concat([...'其单金资(0123456789一二三四五六七八九十*★※'].map((c) => c.charCodeAt(0))));

/** Cheap test on the first visible character, so values (most cells) are never folded. */
function mayBeLabel(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  const first = text.charCodeAt(i);
  // Full-width forms (（, １) and circled numbers (①) fold to the characters labels are keyed by.
  const folded = (first >= 0x2460 && first <= 0x24ff) || (first >= 0xff00 && first <= 0xffef) ? fold(text[i]).charCodeAt(0) : first;
  if (text.includes('表') || text.includes('报告')) return true;
  // Targets and amounts (100%, 95.5, 2023年12月) start with digits too: only numbering and years go on.
  if (first >= 48 && first <= 57) return numberedOrYear(text, i);
  return FIRST_CHARS.has(folded);
}

/**
 * Text starting with digits can only be a label as numbering (`1.`, `2、`, `3项目名称`: one or two
 * digits, then a mark or a Chinese character; `bareLabel`'s NUMBERING) or a year line (`2023`,
 * `2023年度`, `2023)`).
 */
function numberedOrYear(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const digits = j - from;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j === text.length) return digits === 4;
  const c = text.charCodeAt(j);
  if (digits === 4) return c === 0x5e74 /* 年 */ || c === 41 || c === 0xff09; /* ) ） */
  if (digits > 2) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  const next = text.charCodeAt(j + 1);
  const digitNext = next >= 48 && next <= 57;
  // 、 . , ) and their full-width forms; `1.5` and `1,000` are numbers.
  return c === 0x3001 || c === 41 || c === 0xff09 || ((c === 46 || c === 44 || c === 0xff0e || c === 0xff0c) && !digitNext);
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000;
}

const MONEY_UNIT = '(万元|亿元|千元|元)';
/** A key that may carry a required field's mark or note (tested first: most texts read here carry neither). */
const MAY_BE_MARKED = /^[*＊★☆※]|填\)/;
const UNIT_LINE = new RegExp(`^(金额|资金)?单位:${MONEY_UNIT}$`);
const YEAR_LINE = /^\(?((?:19|20)\d{2})\)?年度?\)?$/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})年度?/;

/**
 * A table's title: 绩效目标表 / 绩效目标申报表 / 绩效自评表 / 绩效评价自评报告, with the family
 * read from its words (整体支出 or 部门 → department; 项目 → project) and the year in it, if any.
 * Trailing brackets (`（2023年度）`, `(参考样表)（2024年度）`) do not hide the title word.
 */
function titleLabel(key: string): Label | null {
  // A title as a site publishes it: 2023年项目支出绩效目标表公开 (湘西's, ak-hn-xiangxi-2023-special-school-meals-targets).
  const core = key.replace(/(\([^()]*\))+$/, '').replace(/(?<=(表|报告))公开$/, '');
  // A table of how the targets were met (大英's 2019 项目绩效目标完成情况表, at-sc-daying-2019-police-car-upkeep-eval) is a self-evaluation.
  const evaluation = (/自评|评价/.test(core) || core.includes('目标完成情况')) && /(表|报告)$/.test(core);
  const targets = core.includes('绩效目标') && /表$/.test(core);
  if (!evaluation && !targets) return null;
  const year = YEAR_IN_TITLE.exec(key);
  const base = { year: year ? Number(year[1]) : undefined };
  // 专项资金预算绩效目标申报表 (南岳's, aa-hn-nanyue-2020-youth-center-fund): a special fund is a project's;
  // a fund's own table (生猪(牛羊)调出大县奖励资金区域绩效目标表, a transfer payment's, ee-cq-zhongxian-2022-hog-county-reward) is a project's too.
  const project = core.includes('项目') || core.includes('专项') || core.includes('资金') || core.includes('转移支付');
  // A transfer payment's 整体绩效 is the payment's as a whole (霍山县特殊教育补助资金转移支付整体绩效目标自评表,
  // ak-ah-huoshan-2024-special-education-eval): a project's, no department's.
  const department = core.includes('整体支出') || (core.includes('整体绩效') && !core.includes('转移支付')) || (!project && core.includes('部门'));
  if (department && !(project && !core.includes('整体'))) return { kinds: [evaluation ? 'department-eval-title' : 'department-title'], ...base };
  if (project) return { kinds: [evaluation ? 'project-eval-title' : 'project-title'], ...base };
  return null;
}

/**
 * Classifies one cell's text as a label, or null. `其中：` prefixes and a unit in parentheses
 * are read off first, so `其中：财政拨款` and `预算金额（万元）` match their plain forms.
 */
export function classifyLabel(text: string): Label | null {
  if (text.length > 120) return null;
  if (!mayBeLabel(text)) return null;
  return labelOf(text);
}

/** The same labels head every table of a batch (项目名称, 一级指标, 指标值): each text is read once. */
const labelOf = memoByText<Label | null>(50_000, (text) => readLabel(text));

function readLabel(text: string): Label | null {
  let key = labelKey(text);
  const title = titleLabel(key);
  if (title) return title;
  const named = text.length <= 80 ? INLINE_NAME.exec(unwrap(text)) : null;
  if (named) {
    const kinds = SYNONYMS.get(labelKey(named[1]));
    if (kinds && kinds.some((k) => k === 'project-name' || k === 'supervisor' || k === 'department-name')) return { kinds, valueInText: named[2] };
  }
  // Past a title, a label is short: longer text is a value (a goal, a task's content).
  if (text.length > 40) return null;
  const unitLine = UNIT_LINE.exec(key);
  if (unitLine) return { kinds: ['unit-line'], unit: unitLine[2] };
  const yearLine = YEAR_LINE.exec(key);
  if (yearLine) return { kinds: ['year-line'], year: Number(yearLine[1]) };

  // A form's mark for a required field before a label with its note (*单位(文字描述), 峰峰's form so marked).
  const exact = SYNONYMS.get(key) ?? (MAY_BE_MARKED.test(key) ? SYNONYMS.get(withoutRequiredMark(key)) : undefined);
  if (exact) return { kinds: exact };
  const bare = bareLabel(key);
  const unit = bare.unit;
  key = bare.key;
  const part = /^其中[:,]?/.exec(key);
  if (part) {
    key = bareLabel(key.slice(part[0].length)).key;
    if (key === '') return null;
    return SYNONYMS.get(key)?.includes('amount-part') ? { kinds: ['amount-part'], unit } : null;
  }
  const kinds = SYNONYMS.get(key);
  if (kinds) return { kinds, unit };
  // A money label with its amount typed after the colon (年度资金总额:50万, 武川's,
  // jj-nm-wuchuan-2021-minority-village-farm): the label, the amount kept for its unit.
  // By the colon first (the key is folded: ： is :): most texts read here are names and targets without one.
  const colon = key.indexOf(':');
  if (colon > 1 && SYNONYMS.get(key.slice(0, colon))?.includes('evaluation-line')) return { kinds: ['evaluation-line'] };
  const inline = colon > 1 ? INLINE_AMOUNT.exec(key) : null;
  const money = inline && SYNONYMS.get(bareLabel(inline[1]).key);
  return money && money.some((k) => k === 'fund-total' || k === 'amount-part' || k === 'budget' || k === 'fund-split') ? { kinds: money, amountInText: inline[2] } : null;
}

/**
 * 项目名称:岳阳县农村公路养护, 主管部门       汨罗市交通运输局, 部门(单位)名称: 岳阳市城市管理监督指挥中心: a name's
 * label and the name in one cell, after a colon or a gap of spaces (湖南's 财政支出项目绩效评价自评报告 cover
 * lines, each merged across the form).
 */
const INLINE_NAME = /^[ \t\u3000]*(项目名称|主管部门|部门[(（]单位[)）]名称|部门名称)[ \t\u3000]*(?:[:：][ \t\u3000]*|[ \t\u3000]{2,})(\S[^\n]*?)[ \t\u3000]*$/;

/** 年度资金总额:50万: a label, a colon, a number with a money unit or multiplier. */
const INLINE_AMOUNT = /^(.{2,12}?)[:：]([\d.,]+(?:万元|万|亿元|亿|元)?)$/;

export function labelIs(label: Label | null | undefined, kind: LabelKind): boolean {
  return label !== null && label !== undefined && label.kinds.includes(kind);
}

const TITLE_KINDS: readonly LabelKind[] = ['department-title', 'project-title', 'department-eval-title', 'project-eval-title'];

/** A table's title (绩效目标表, 绩效自评表), of either family. */
export function isTitleLabel(label: Label | null | undefined): boolean {
  return TITLE_KINDS.some((k) => labelIs(label, k));
}

/** Words that start a note, a conclusion or a signature line: no indicator or task follows them in its block. */
export const BLOCK_END_WORDS: readonly string[] = Object.keys(LEXICON['block-end']).map(labelKey);
