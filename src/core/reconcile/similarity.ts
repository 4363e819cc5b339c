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
  const counts = charCounts(a);
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
  const contained = x.includes(y) || y.includes(x) ? CONTAINED : 0;
  const shared = dice(x, y);
  // (shared + edit) / 2 cannot reach NEAR when too few characters are shared: no edit distance for
  // unrelated names, which a folder of a thousand tables compares by the million.
  if (!contained && shared < 2 * NEAR - 1) return Math.round((shared / 2) * 1000) / 1000;
  const length = Math.max([...x].length, [...y].length);
  const edit = 1 - editDistance(x, y) / length;
  return Math.round(Math.max(contained, (shared + edit) / 2) * 1000) / 1000;
}

/**
 * Names indexed by their characters, to find those that may be alike a name without comparing it
 * with every one: `nameSimilarity` reaches a floor only for names with the same numbers that share
 * enough characters (its two parts, dice and edit, are both bounded by the characters shared) or
 * that contain one another. A batch of this year's targets and last year's results, a thousand of each,
 * is paired without a million comparisons.
 */
export class NameIndex {
  private readonly lengths: number[] = [];
  /**
   * For each character, among the names of the same numbers (names whose numbers differ are never
   * alike: 第3号项目 is not looked at for 任务4): the names holding it and how many times, as pairs
   * (position, count).
   */
  private readonly postings = new Map<string, number[]>();
  /** Characters shared with the name being looked up, by position; all 0 between lookups. */
  private readonly shared: Int32Array;

  constructor(names: readonly string[]) {
    this.shared = new Int32Array(names.length);
    names.forEach((name, i) => {
      const x = comparableName(name);
      const counts = charCounts(x);
      this.lengths.push(x === '' ? 0 : [...x].length);
      const numbers = numbersOf(x);
      for (const [ch, n] of counts) {
        const key = `${numbers} ${ch}`;
        const list = this.postings.get(key);
        if (list) list.push(i, n);
        else this.postings.set(key, [i, n]);
      }
    });
  }

  /**
   * Positions, in order, of the names that may be as alike `name` as `floor`: every one that is,
   * and some that are not (`nameSimilarity` decides).
   */
  mayReach(name: string, floor: number): number[] {
    const x = comparableName(name);
    const out: number[] = [];
    // Nothing left to compare is alike only nothing left.
    if (x === '') return this.lengths.flatMap((n, i) => (n === 0 ? [i] : []));
    const numbers = numbersOf(x);
    const length = [...x].length;
    // Only the names sharing a character are visited (none other can be near), each once.
    const { shared } = this;
    const touched: number[] = [];
    for (const [ch, n] of charCounts(x)) {
      const list = this.postings.get(`${numbers} ${ch}`);
      if (!list) continue;
      for (let k = 0; k < list.length; k += 2) {
        const i = list[k];
        if (shared[i] === 0) touched.push(i);
        shared[i] += Math.min(n, list[k + 1]);
      }
    }
    touched.sort((a, b) => a - b);
    // Similarities are rounded to thousandths: one just under the floor may be rounded up to it.
    const least = floor - 0.001;
    for (const i of touched) {
      const other = this.lengths[i];
      const common = shared[i];
      shared[i] = 0;
      // Containing one another: every character of the shorter one shared.
      const contained = CONTAINED >= floor && common === Math.min(length, other);
      // The edit part is at most shared / longer: each character of the longer name not shared costs an edit.
      const most = ((2 * common) / (length + other) + common / Math.max(length, other)) / 2;
      if (contained || most >= least) out.push(i);
    }
    return out;
  }
}

/** Lists up to this long are compared name by name: an index of their characters would cost more. */
const FEW_NAMES = 64;

/**
 * The items of `list` (in list order) whose texts may be as alike a name as a floor: a short list
 * whole, a long one through a NameIndex of it made when first asked. `nameSimilarity` decides.
 */
export function nearAmong<T>(list: readonly T[], textOf: (item: T) => string): (name: string, floor: number) => readonly T[] {
  let index: NameIndex | undefined;
  return (name, floor) => {
    if (list.length <= FEW_NAMES) return list;
    index ??= new NameIndex(list.map(textOf));
    return index.mayReach(name, floor).map((k) => list[k]);
  };
}

/** What a name inside the other is worth, however short (`nameSimilarity`). */
const CONTAINED = 0.75;

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
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
