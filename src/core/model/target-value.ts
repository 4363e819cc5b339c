import { fold, isBlankOrPlaceholder, isFormInstruction } from '../grid/text';
import { matchUnit, UnitFamily } from './units';
import { memoByText } from '../memo';

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'between';

interface Base {
  /** The target as typed. */
  text: string;
}

export interface QuantityTarget extends Base {
  kind: 'quantity';
  comparator: Comparator;
  value: number;
  /** Upper bound of a `90%-95%` range. */
  max?: number;
  /** Unit as normalised (`%`, `万元`, `平方米`), `万` kept as typed so the slip can be reported. */
  unit: string | null;
  family: UnitFamily | null;
}

export interface RelativeTarget extends Base {
  kind: 'relative';
  direction: 'up' | 'down';
  value: number | null;
  unit: string | null;
}

export interface FrequencyTarget extends Base {
  kind: 'frequency';
  period: string;
  comparator: Comparator;
  count: number | null;
}

export type TargetValue =
  | (Base & { kind: 'empty' })
  | (Base & { kind: 'not-applicable' })
  | QuantityTarget
  | RelativeTarget
  | FrequencyTarget
  | (Base & { kind: 'date' })
  | (Base & { kind: 'qualitative' })
  | (Base & { kind: 'compound'; parts: TargetValue[] });

const NOT_APPLICABLE = /^(不适用|不涉及|无此项)$/;

/** Comparator words, longest first so that 不低于 wins over 低于. */
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不少于', '>='], ['不低于', '>='], ['不小于', '>='], ['大于等于', '>='], ['大于或等于', '>='], ['至少', '>='], ['>=', '>='], ['≥', '>='], ['≧', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['小于等于', '<='], ['小于或等于', '<='], ['至多', '<='], ['最多', '<='], ['<=', '<='], ['≤', '<='], ['≦', '<='], ['控制在', '<='],
  ['大于', '>'], ['超过', '>'], ['高于', '>'], ['多于', '>'], ['>', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'], ['<', '<'],
  ['等于', '='], ['达到', '='], ['=', '='],
];
const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='], ['以上', '>='], ['(含)以上', '>='], ['或以上', '>='],
  ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['内', '<='],
];
const COMPARATOR_PATTERN = new RegExp(
  PREFIX_COMPARATORS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\<>=]/g, '\\$&')).join('|'),
  'g',
);

/**
 * Whether a text is a comparator and nothing else (≥, 不低于, 大于等于: a 指标性质 column's cell),
 * after folding (＞ is >).
 */
export function isComparator(text: string): boolean {
  return COMPARATOR_WORDS.has(text);
}
const COMPARATOR_WORDS: ReadonlySet<string> = new Set(PREFIX_COMPARATORS.map(([w]) => w).filter((w) => w !== '达到' && w !== '控制在'));

const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)/;
const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const RELATIVE = /(同比|较上年|比上年|环比)?(提高|提升|增长|增加|上升|增幅|增速|下降|降低|减少|缩短|压缩|降幅)(了)?(约)?/;
const DATE = /(\d{4}年(\d{1,2}月(\d{1,2}日)?)?|\d{1,2}月(\d{1,2}日)?|\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?)(底|末|中旬|上旬|下旬)?(前|之前|以前|内|完成|止)|年(底|末|中)(前|之前)?完成?|^((19|20)\d{2}年度?|\d{4}年\d{1,2}月(\d{1,2}日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(0?[1-9]|1[0-2])月份?(底|末)?)$/;
const FREQUENCY = /(每|一)(个)?(年度|年|半年|季度|季|月|周|星期|日|天|工作日|学期)/;

/**
 * Parses a 目标值 / 指标值 into comparator, number and unit, or a class (RULES.md, Target values).
 * Never throws: anything unreadable is qualitative. Each distinct text is parsed once and the
 * reading shared (never to be changed): targets repeat (100%, ≥95%) down a table and across a
 * batch, and the recognizer and the rules both read them; parsing them again cost a 20,000-row
 * self-evaluation's unit-mismatch rule ~25 ms.
 */
export const parseTarget: (raw: string) => TargetValue = memoByText<TargetValue>(100_000, readTarget);

function readTarget(raw: string): TargetValue {
  const text = raw.trim();
  const s = fold(text).replace(/\s+/g, ' ').trim();
  const compact = s.replace(/ /g, '');
  if (isBlankOrPlaceholder(compact) || isTemplatePlaceholder(compact)) return { kind: 'empty', text };
  if (NOT_APPLICABLE.test(compact)) return { kind: 'not-applicable', text };

  const parts = splitParts(compact);
  if (parts.length > 1) {
    const parsed = parts.map((p) => parseSingle(p, p));
    if (parsed.filter(hasNumber).length > 1) return { kind: 'compound', text, parts: parsed };
  } else if (CONJUNCTION.test(compact) && !compact.includes('之间')) {
    // 15次作业且总航时不少于30小时: two measures joined by 且, or by 和 (画册30本和《档案馆指南》1000: 海口's,
    // every reading of ar-hi-haikou-2016-archives-compilation-targets). ≥90%且≤100% is one range, not two;
    // so is 在90%和100%之间.
    const parsed = compact.split(CONJUNCTION).filter((p) => p !== '').map((p) => parseSingle(p, p));
    if (parsed.filter(hasNumber).length > 1 && !isRange(parsed)) return { kind: 'compound', text, parts: parsed };
  }
  return parseSingle(compact, text);
}

/** Words that join two requirements in one cell. */
const CONJUNCTION = /并且|同时|以及|且|和/;

/** A floor and a ceiling in the same unit (≥90%且≤100%): one target between them. */
function isRange(parts: TargetValue[]): boolean {
  if (parts.length !== 2 || parts[0].kind !== 'quantity' || parts[1].kind !== 'quantity') return false;
  const [a, b] = parts;
  const up = (c: Comparator): boolean => c === '>=' || c === '>';
  const down = (c: Comparator): boolean => c === '<=' || c === '<';
  return (a.unit ?? b.unit) === (b.unit ?? a.unit) && ((up(a.comparator) && down(b.comparator)) || (down(a.comparator) && up(b.comparator)));
}

const DIGIT = /\d/;
/** A percent sign with a figure right after it (a comparator between allowed). */
const RUN_TOGETHER = /%[≥≤<>=]?\d/;
const RUN_TOGETHER_AT = /(?<=%)(?=[≥≤<>=]?\d)/;
const LIST_MARK = /[;；，、,]/;

/** Words that stand where a value was to be written: 无, 待定, 暂无, 见附件. */
const TO_BE_FILLED = /^(无|待定|暂无|待补充|见附件|详见附件|另附)$/;

/**
 * A template's slot with no value in it: a unit or a comparator alone (`公里`, `万人`, `≥%`, `≥ 家`),
 * or an instruction. The number is what was never filled in.
 */
function isTemplatePlaceholder(compact: string): boolean {
  if (TO_BE_FILLED.test(compact)) return true;
  // An instruction starts with 请 or ends in （100字以内）.
  if ((compact.startsWith('请') || compact.endsWith(')')) && isFormInstruction(compact)) return true;
  // Comparators and a leading 万 hold no digit: a target with one is a value (most are).
  if (DIGIT.test(compact)) return false;
  const rest = compact.replace(COMPARATOR_PATTERN, '').replace(/^[≧≦]/, '').replace(/^[万亿千百]/, '');
  if (rest === '') return compact !== '';
  const unit = matchUnit(rest);
  return unit !== null && unit.length === rest.length;
}

function hasNumber(t: TargetValue): boolean {
  return t.kind === 'quantity' || (t.kind === 'relative' && t.value !== null) || (t.kind === 'frequency' && t.count !== null);
}

/**
 * Splits on list punctuation, but not on a thousands separator (`1,000`). Folding has turned `，`
 * into `,`, so only a comma between a digit and exactly three digits is kept: 4家，100家 is two parts.
 */
function splitParts(s: string): string[] {
  // Two figures run together, a share and the next (100%1000件: a rate and a count in one cell, as a
  // converter joins two cells' text; 蔡甸's fourth reading): each its own.
  if (RUN_TOGETHER.test(s)) return s.split(RUN_TOGETHER_AT).filter((p) => p !== '');
  if (!LIST_MARK.test(s)) return s === '' ? [] : [s];
  return (s.match(/(?:\d,(?=\d{3}(?!\d))|[^;；，、,])+/g) ?? [])
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Characters each class needs, tested before its full pattern: most targets are plain quantities. */
const MAY_BE_DATE = /[年月]|\d{4}[-/.]/;
const MAY_BE_RELATIVE = /[提增上下降减缩压]/;

/** A period: 2023.07-2024.01, 2023年7月—2024年1月. */
/**
 * A period from a date to a date: 2021.1.1-2021.12.31, 2021年3月-2022年11月, or its end without the year
 * (2021.1.1-12.31, 2021年1月1日-12月31日: 吕梁's 培训任务完成及时, ba-sx-lvliang-2021-caregiver-training-eval).
 */
const PERIOD = /^(19|20)\d{2}(?:[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)[-—–~～至到]+(?:(19|20)\d{2}(?:[.\-/]|年))?\d{1,2}(?:[.\-/]\d{1,2}|月(?:\d{1,2}日)?)?$/;

function parseSingle(s: string, text: string): TargetValue {
  if (MAY_BE_DATE.test(s) && (DATE.test(s) || PERIOD.test(s))) return { kind: 'date', text };
  const freq = (s.includes('每') || s.includes('一')) && FREQUENCY.exec(s);
  if (freq && /次|期|场|份|篇|回|轮/.test(s.slice(freq.index))) {
    const tail = s.slice(freq.index + freq[0].length);
    const countMatch = /(\d+|[零一二两三四五六七八九十]+)(次|期|场|份|篇|回|轮)/.exec(tail);
    const afterCount = countMatch ? tail.slice(countMatch.index + countMatch[0].length) : '';
    return {
      kind: 'frequency',
      text,
      period: freq[3],
      comparator: pickComparator(comparatorBefore(s, s.length), suffixComparator(afterCount)),
      count: countMatch ? readCount(countMatch[1]) : null,
    };
  }
  const rel = MAY_BE_RELATIVE.test(s) && RELATIVE.exec(s);
  if (rel) {
    const after = s.slice(rel.index + rel[0].length);
    const num = /^(\d+(?:\.\d+)?)/.exec(after);
    if (num) {
      const unit = matchUnit(after.slice(num[0].length));
      return {
        kind: 'relative',
        text,
        direction: /下降|降低|减少|缩短|压缩|降幅/.test(rel[2]) ? 'down' : 'up',
        value: Number(num[1]),
        unit: unit?.unit ?? null,
      };
    }
  }
  // A year named as the baseline (同比2022年销量显著提高, 较2022年增长: 宁夏福彩's) is no figure of the target.
  // Nor is an anniversary (中国共产党成立95周年: 海口's, every reading of ar-hi-haikou-2016-archives-compilation-targets).
  // A share spelled out, its figure in digits or words (达到百分之98, 百分之九十五以上).
  const spelled = s.includes('百分之') ? percentInWords(s, text) : null;
  if (spelled) return spelled;
  const named = s.includes('周年') ? s.replace(ANNIVERSARY, '') : s;
  const q = parseQuantity(named.includes('比') || named.includes('较') ? named.replace(BASELINE_YEAR, '') : named, text);
  if (q) return q;
  return durationInWords(s, text) ?? { kind: 'qualitative', text };
}

/**
 * A share spelled out (百分之百, 百分之九十五以上, 达到百分之98): a percentage as 95% is, its comparator from the
 * words around it. Only the whole of 百分之 and its number: 九成 and the like are left as words.
 */
function percentInWords(s: string, text: string): QuantityTarget | null {
  const at = s.indexOf('百分之');
  if (at < 0) return null;
  const m = /^百分之(\d+(?:\.\d+)?|百|一百|[零一二两三四五六七八九十]+)/.exec(s.slice(at));
  if (!m) return null;
  const value = m[1] === '百' || m[1] === '一百' ? 100 : /^\d/.test(m[1]) ? Number(m[1]) : readCount(m[1]);
  if (value === null) return null;
  const comparator = pickComparator(comparatorBefore(s, at), suffixComparator(s.slice(at + m[0].length)));
  return { kind: 'quantity', text, comparator, value, unit: '%', family: 'ratio' };
}

const BASELINE_YEAR = /(?:同比|相比|对比|较|比)\s*(?:19|20)\d{2}\s*年度?/g;
const ANNIVERSARY = /(?<=成立|建党|建国|建军|建校|建院|建馆|诞辰|解放|胜利|改革开放)\s*\d+\s*周年/g;

/**
 * A time limit counted in words (故障发生后一周内, 十个工作日内, 半个月以内; 金安's 土地确权 targets,
 * ao-ah-jinan-2023-land-rights-targets): a duration at most, as 7天内 is.
 */
function durationInWords(s: string, text: string): QuantityTarget | null {
  const m = s.includes('内') ? DURATION_IN_WORDS.exec(s) : null;
  if (!m) return null;
  const value = m[1] === '半' ? 0.5 : readCount(m[1]);
  const unit = m[2] === '星期' ? '周' : (m[2] === '工作日' || m[2] === '月') && m[0].includes('个') ? `个${m[2]}` : m[2];
  return value === null ? null : { kind: 'quantity', text, comparator: '<=', value, unit, family: 'time' };
}
const DURATION_IN_WORDS = /([一二两三四五六七八九十]+|半)个?(小时|工作日|自然日|天|日|周|星期|月|年)以?内/;

function readCount(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  if (token.length === 1) return CN_DIGITS[token] ?? null;
  // 十二, 二十, 二十四
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(token);
  if (!m) return null;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
}

function comparatorBefore(s: string, end: number): Comparator | null {
  let found: Comparator | null = null;
  COMPARATOR_PATTERN.lastIndex = 0;
  const head = s.slice(0, end);
  for (let m = COMPARATOR_PATTERN.exec(head); m; m = COMPARATOR_PATTERN.exec(head)) {
    found = PREFIX_COMPARATORS.find(([w]) => w === m![0])![1];
  }
  return found;
}

/** A bound word wins over 达到/等于, which only say "reach": 达到95%以上 is ≥ 95%. */
function pickComparator(prefix: Comparator | null, suffix: Comparator | null): Comparator {
  return prefix !== null && prefix !== '=' ? prefix : suffix ?? prefix ?? '=';
}

function suffixComparator(rest: string): Comparator | null {
  // Indexed: called for each target read, mostly unoptimised, where for…of over pairs makes objects.
  for (let i = 0; i < SUFFIX_COMPARATORS.length; i++) if (rest.startsWith(SUFFIX_COMPARATORS[i][0])) return SUFFIX_COMPARATORS[i][1];
  return null;
}

function parseQuantity(s: string, text: string): QuantityTarget | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  // A minus sign or 负 right before the number makes it negative (an actual value of −5).
  const negative = /(^|[^\d])[-\u2212]$|负$/.test(s.slice(0, m.index));
  let value = Number(m[1].replace(/,/g, '')) * (negative ? -1 : 1);
  let rest = s.slice(m.index + m[0].length);
  let unit: string | null = null;
  let family: UnitFamily | null = null;

  // 2万套 = 20000 套; 7600万 alone is a slip for 万元 and stays as typed.
  const mult = /^(万|亿)/.exec(rest);
  if (mult && !/^(万元|亿元|万人民币|亿人民币)/.test(rest)) {
    const u = matchUnit(rest.slice(1));
    if (u) {
      value *= mult[1] === '万' ? 1e4 : 1e8;
      unit = u.unit;
      family = u.family;
      rest = rest.slice(1 + u.length);
    } else {
      // No unit after 万: the unit is missing or 万元 was meant; the unit-mismatch rule says which.
      unit = mult[1];
      rest = rest.slice(1);
    }
  } else {
    const u = matchUnit(rest);
    if (u) {
      unit = u.unit;
      family = u.family;
      rest = rest.slice(u.length);
    }
  }

  // 18—54周岁: a dash of any width (吕梁's, ba-sx-lvliang-2021-caregiver-training-eval).
  const range = /^\s*(?:[-~～至到]|[—–]{1,2})\s*(\d+(?:\.\d+)?)(.*)$/.exec(rest);
  if (range) {
    let tail = range[2];
    if (unit === null) {
      const u = matchUnit(tail);
      if (u) {
        unit = u.unit;
        family = u.family;
        tail = tail.slice(u.length);
      }
    }
    return { kind: 'quantity', text, comparator: 'between', value, max: Number(range[1]), unit, family };
  }

  const comparator = pickComparator(comparatorBefore(s, m.index), suffixComparator(rest));
  return { kind: 'quantity', text, comparator, value, unit, family };
}
