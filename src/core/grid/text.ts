import { memoByText } from '../memo';

/**
 * Characters NFKC folding can change that people type in these tables: full-width forms,
 * ideographic and non-breaking spaces, compatibility symbols (㎡, ①, ²), and line breaks (one
 * may be a wrap). Text without any is returned as is, which keeps folding cheap on large sheets.
 */
export const FOLDABLE = /[\n\u00a0\u00b2\u00b3\u00b9\u2000-\u206f\u2150-\u218f\u2460-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]/;

/** FOLDABLE for one UTF-16 code unit, without making a string of it (a CJK character is a new string each time). */
export function isFoldable(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0xa0 ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0xb9 ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x2150 && c <= 0x218f) ||
    (c >= 0x2460 && c <= 0x24ff) ||
    c === 0x3000 ||
    (c >= 0x3200 && c <= 0x33ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe6f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/**
 * A full-width digit (０–９), as a Chinese input method in full-width mode (全角) types every number:
 * a sheet holding one has its numbers read through `narrowed`.
 */
export function hasWideDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

/**
 * The text with the full-width forms numbers are typed with made half-width: digits, Latin letters
 * (units: ｋｍ, ｍ２), ＋ － ． ／ ％ and ＜ ＝ ＞. Chinese punctuation (（）：，；) stays: every reader takes it as it is.
 */
export function narrowed(text: string): string {
  return WIDE_NUMBER_CHARS.test(text) ? text.replace(WIDE_NUMBER_CHARS_ALL, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)) : text;
}
const WIDE_NUMBER_CHARS = /[\uff05\uff0b\uff0d-\uff19\uff1c-\uff1e\uff21-\uff3a\uff41-\uff5a]/;
const WIDE_NUMBER_CHARS_ALL = new RegExp(WIDE_NUMBER_CHARS.source, 'g');

/**
 * Whether a text is a short one with a figure that ends the way a sentence does (372.29万元。, 95%；, 10次，):
 * copied out of a document's prose, the stop changes nothing of the figure.
 */
export function endsWithStop(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x3002 || last === 0xff1b || last === 59 || last === 0xff0c || last === 44 || last === 0x3001) && text.length <= STOPPED_MAX && STOPPED_FIGURE.test(text);
}
const STOPPED_MAX = 24;
/** A figure alone, with a comparator before it and a short unit after (≥90%, 372.29万元, 10次以上), then the stop: a sentence is no figure. */
const STOPPED_FIGURE = /^[≥≤><=＞＜＝]{0,2}\s*[-+]?\d[\d,]*(\.\d+)?\s*[^\d\s。；;，,、]{0,4}\s*[。；;，,、]+$/;

/**
 * Whether a text is a page's number and nothing else (第 1 页，共 2 页; 共2页 第1页; - 3 -; 第1页/共2页), or
 * a continued table's mark (续表, （续表）, 续上表): a printed page's header or footer a PDF's conversion
 * leaves in a table's rows, nothing of the table.
 */
export function isPageMark(text: string): boolean {
  const first = text.charCodeAt(0);
  // By its first character first: read for every text of a sheet.
  if (text.length > 24) return false;
  // 第/共 open a page's number only with 页 in it: a table's 第1项任务… is no such text, and there may be thousands.
  if (first === 0x7b2c /* 第 */ || first === 0x5171 /* 共 */) return text.includes('页') && PAGE_MARK.test(text);
  return (first === 0x7eed /* 续 */ || first === 0xff08 /* （ */ || first === 40 || first === 45 || first === 0x2014 || first === 0xff0d || first === 80 || first === 112) && PAGE_MARK.test(text);
}
const PAGE_MARK = /^(第\s*\d+\s*页(\s*[,，、/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，、/／]?\s*第\s*\d+\s*页|[-—－]\s*\d+\s*[-—－]|page\s*\d+(\s*of\s*\d+)?|[（(]?\s*续\s*(上\s*)?表\s*\d*\s*[）)]?)$/i;

/**
 * Whether a text is a numbered table's caption (表1：湖北省残疾人事业宣传文化工作经费项目绩效目标, 附表1：,
 * 附表2 alone): a table of its own begins under it; a page it runs on to says 续表, never its number again.
 */
export function isTableCaption(text: string): boolean {
  return (text.charCodeAt(0) === 0x8868 /* 表 */ || text.charCodeAt(0) === 0x9644) /* 附 */ && TABLE_CAPTION.test(text);
}
const TABLE_CAPTION = /^附?表\s*[0-9一二三四五六七八九十]+\s*([:：]|$)/;

/** The text without such a stop (endsWithStop), and the space after it; others as they are. */
export function withoutStop(text: string): string {
  const end = text.trimEnd();
  return endsWithStop(end) ? end.replace(/[。；;，,、]+$/, '') : text;
}

/** White space as `trim()` and `\s` know it, for one code unit. */
export function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/**
 * Space or a zero-width mark (U+200B–U+200D, U+2060), which text copied from a web page carries and
 * trim() keeps: what a cell's text is trimmed of.
 */
export function isBlankMark(c: number): boolean {
  return isWhite(c) || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

/**
 * Folds the ways people type the same characters: full-width digits, letters and punctuation
 * become half-width (NFKC), ideographic spaces and non-breaking spaces become plain spaces, and
 * a line break between two Chinese characters goes: a long text converted from a PDF, or wrapped
 * by hand (Alt+Enter), breaks where the line was full, mid-word (城\n乡居民, 完成\n情况). A break
 * after a stop, a number or a bracket stays: it may part the lines of a list.
 */
export function fold(text: string): string {
  return FOLDABLE.test(text) ? folded(text) : text;
}

/** NFKC costs a call into ICU each time; a batch's thousand tables fold the same labels (（万元）, 其中：) again and again. */
const folded = memoByText(20_000, (text) =>
  text
    .normalize('NFKC')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(WRAP, ''),
);
const WRAP = /(?<=[\u4e00-\u9fff])[ \t]*\r?\n[ \t]*(?=[\u4e00-\u9fff])/g;

/**
 * The text with its wraps undone (a line break between two Chinese characters), nothing else
 * changed: a name, target or goal as the model keeps and the report quotes it (城乡居民, not 城\n乡居民).
 */
export function unwrap(text: string): string {
  return text.includes('\n') ? text.replace(WRAP, '') : text;
}

const SPACE = /\s/;

/** Text without any whitespace (tested first: most cells have none, and replacing allocates). */
export function squeeze(text: string): string {
  return SPACE.test(text) ? text.replace(/\s+/g, '') : text;
}

const PLACEHOLDER = /^([-–—_*/\\.。]+|null|none|n\/?a)$/i;

/**
 * Blank, or a placeholder standing where a value should be (RULES.md: `-`, `*`, `_`, `null`),
 * once folded and without spaces. 无 is not one here: for a target it means "not applicable".
 */
export function isBlankOrPlaceholder(text: string): boolean {
  // Most names and targets start with a Chinese character, which no blank or placeholder does.
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff) return false;
  const compact = squeeze(fold(text));
  return compact === '' || PLACEHOLDER.test(compact);
}

/** Blank, a placeholder, or 无 (none): an amount or a goal with nothing in it. */
export function isBlankOrNone(text: string): boolean {
  return isBlankOrPlaceholder(text) || squeeze(fold(text)) === '无';
}

/** A form's instruction left where a value belongs: 请填写…, 对照年度目标，说明…（100字以内）. */
export function isFormInstruction(text: string): boolean {
  const t = fold(text).trim();
  return /^请(填写|输入|选择|简要|说明)/.test(t) || /\(\d+字以内\)$/.test(t);
}

/** A label as a key: folded, with every space removed and a trailing colon dropped. */
export function labelKey(text: string): string {
  const key = squeeze(fold(text));
  return key.endsWith(':') ? key.replace(/:+$/, '') : key;
}

/** Folded, without spaces, lower case: names compared as equal (duplicate tasks, indicators). */
export function nameKey(text: string): string {
  if (!NAME_CHANGES.test(text)) return text;
  const key = squeeze(fold(text));
  return UPPER.test(key) ? key.toLowerCase() : key;
}

const UPPER = /[A-Z]/;
/** Anything nameKey would change: space, upper case, a foldable character. */
const NAME_CHANGES = new RegExp(`\\s|[A-Z]|${FOLDABLE.source}`);
