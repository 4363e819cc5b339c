import TRADITIONAL from '../lexicon/traditional.json';

/**
 * Text in traditional script read as simplified, character by character (lexicon/traditional.json,
 * from OpenCC's table). Pages republished by mirror sites render the tables so (宣城's and 宣州's
 * 繁体加拼音 pages, 蔡甸's and 黄冈's document previews): a sheet copied from one keeps the script,
 * and every label, category and unit of it would otherwise go unread.
 */
let table: Map<number, string> | undefined;

function simplifiedOf(): Map<number, string> {
  if (table) return table;
  table = new Map();
  const chars = Array.from(TRADITIONAL.pairs);
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i].codePointAt(0)!, chars[i + 1]);
  return table;
}

/** The text with each traditional character replaced by its simplified one; the same string when it has none. */
export function toSimplified(text: string): string {
  const map = simplifiedOf();
  let out: string | null = null;
  let i = 0;
  for (const ch of text) {
    const to = map.get(ch.codePointAt(0)!);
    if (to !== undefined) out = (out ?? text.slice(0, i)) + to;
    else if (out !== null) out += ch;
    i += ch.length;
  }
  return out ?? text;
}

/**
 * Pinyin a mirror site writes after each character it converted (項(xiàng)目績(jī)效目標(biāo)表: the
 * stored pages of 宣州's, 宣城's and 海南's tables): dropped, a syllable with a tone mark only, so a
 * bracket of the table's own ((A), (万元), (%)) stays.
 */
export function withoutPinyin(text: string): string {
  return text.indexOf('(') < 0 && text.indexOf('（') < 0 ? text : text.replace(PINYIN, '$1');
}
const PINYIN = /([\u3400-\u9fff\uf900-\ufaff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;

/** How many characters of the text carry such pinyin: a page converted back to simplified may keep it. */
export function pinyinCount(text: string): number {
  return text.indexOf('(') < 0 && text.indexOf('（') < 0 ? 0 : (text.match(PINYIN)?.length ?? 0);
}

/** How many characters of the text are traditional forms (績, 標, 項): a sheet's script, told by its texts. */
export function traditionalCount(text: string): number {
  const map = simplifiedOf();
  let n = 0;
  for (const ch of text) if (map.has(ch.codePointAt(0)!)) n++;
  return n;
}
