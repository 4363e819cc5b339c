/**
 * How alike two names are, from 0 to 1, for pairing what people rename between tables: the same
 * characters in another order (雾炮车降尘抑尘服务 / 雾炮车抑尘降尘服务), a word added or dropped
 * (市民满意度 / 满意度). Names are compared as `nameKey` folds them. Different numbers in two names
 * (第3项 / 第4项, 2023年 / 2024年 aside) make them different things, whatever else they share.
 */
import { nameKey } from '../grid/text';
import { memoByText } from '../memo';

/**
 * Years, brackets and their notes, numbering: what changes between editions of the same name. A
 * folder of a thousand tables compares each name many times: each is normalised once.
 */
export const comparableName: (text: string) => string = memoByText(50_000, (text) => normalise(text));

function normalise(text: string): string {
  return nameKey(text)
    .replace(/(19|20)\d{2}年度?/g, '')
    // Budget and organisation codes (部门预算编码 901001033) written beside a name.
    .replace(/\d{6,}/g, '')
    .replace(/\([^()]*\)|（[^（）]*）|【[^【】]*】|\[[^[\]]*\]/g, '')
    .replace(/^([0-9]+[.、)]|[一二三四五六七八九十]+[、.])/, '')
    .replace(/[-_—:：,，、.。;；"“”'‘’《》]/g, '');
}

/** Shared characters, as a multiset: 2·|A∩B| / (|A|+|B|). */
function dice(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(ch, n - 1);
    }
  }
  const total = [...a].length + [...b].length;
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Edit distance (insert, delete, substitute) over characters; names are short. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}

/** Numbers that tell things apart: digits, and ordinals in words (第二, 二期, 三号, 一中). */
const NUMBERS = /\d+(?:\.\d+)?|第[一二三四五六七八九十百零]+|[一二三四五六七八九十百零]+(?=[期号批届中小标段])/g;

/**
 * The numbers of a name once compared (`comparableName`), in order: two names whose numbers differ
 * are never alike, so names can be grouped by them before any pair is compared.
 */
export const numbersOf: (comparable: string) => string = memoByText(50_000, (x) => (x.match(NUMBERS) ?? []).join('|'));

/** 1 for the same name once compared as `comparableName`; near 1 for near names; 0 for unrelated. */
export function nameSimilarity(a: string, b: string): number {
  const x = comparableName(a);
  const y = comparableName(b);
  if (x === y) return 1;
  if (x === '' || y === '') return 0;
  if (numbersOf(x) !== numbersOf(y)) return 0;
  // One name inside the other (满意度 in 市民满意度) is a near name, however short.
  const contained = x.includes(y) || y.includes(x) ? 0.75 : 0;
  const shared = dice(x, y);
  // (shared + edit) / 2 cannot reach NEAR when too few characters are shared: no edit distance for
  // unrelated names, which a folder of a thousand tables compares by the million.
  if (!contained && shared < 2 * NEAR - 1) return Math.round((shared / 2) * 1000) / 1000;
  const length = Math.max([...x].length, [...y].length);
  const edit = 1 - editDistance(x, y) / length;
  return Math.round(Math.max(contained, (shared + edit) / 2) * 1000) / 1000;
}

/** Below this, two indicator names are different things (inside two tables already paired): 培训合格率 and 培训覆盖率 (0.6) measure two things. */
export const NEAR = 0.65;
/**
 * Below this, two table names are different projects: 农村公路养护项目 and 城市道路养护项目 share
 * half their characters (0.63) and are not one project renamed; 雾炮车降尘抑尘服务 and
 * 雾炮车抑尘降尘服务 (0.89) are.
 */
export const TABLE_NEAR = 0.7;
/** Two candidates closer than this to each other are ambiguous: neither is chosen. */
export const AMBIGUITY_MARGIN = 0.05;
