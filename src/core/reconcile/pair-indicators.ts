/**
 * Pairs the indicators of two tables: the same 一级/二级/三级 first, then the same 三级 name under
 * other categories, then near names (`nameSimilarity`) with their confidence. A name with two
 * candidates about as near as each other is ambiguous: reported as such, never paired by guess.
 */
import { Indicator } from '../model/table';
import { groupBy } from '../group-by';
import { memoByText } from '../memo';
import { AMBIGUITY_MARGIN, comparableName, NEAR, nameSimilarity, nearAmong, numbersOf } from './similarity';

export interface IndicatorPair {
  reviewed: Indicator;
  other: Indicator;
  /** 1 for the same name; the names' similarity for a near pair. */
  confidence: number;
}

export interface AmbiguousIndicator {
  reviewed: Indicator;
  /** The other table's indicators it could be, nearest first. */
  candidates: Indicator[];
}

export interface IndicatorPairing {
  pairs: IndicatorPair[];
  /** In the reviewed table only. */
  added: Indicator[];
  /** In the other table only. */
  removed: Indicator[];
  ambiguous: AmbiguousIndicator[];
}

/** 产出指标 / 产出 / 一、产出指标（50分） read alike. Once per text: a batch's pairs name a few categories thousands of times. */
const categoryKey = memoByText(10_000, (text) => comparableName(text).replace(/[0-9]+分$/, '').replace(/指标$/, ''));

/** The kind of 一级 a category names: 满意度 under 服务对象满意度指标 is still 满意度. */
function level1Kind(text: string): string {
  const key = categoryKey(text);
  return ['满意度', '成本', '效益', '产出'].find((k) => key.includes(k)) ?? key;
}

function fullKey(ind: Indicator): string {
  return `${categoryKey(ind.level1.text)}\u0000${categoryKey(ind.level2.text)}\u0000${comparableName(ind.name.text)}`;
}

/** Indicators worth pairing: those with a name (an unnamed slot is the single-table rules' concern). */
function named(list: readonly Indicator[]): Indicator[] {
  return list.filter((i) => comparableName(i.name.text) !== '');
}

/**
 * The indicators of `list` (in list order) whose names may be as near a name as `floor`: those of
 * its numbers, and among many of them those an index of their characters finds (`nearAmong`).
 */
export function nearNames(list: readonly Indicator[], nameOf: (i: Indicator) => string): (name: string, floor: number) => readonly Indicator[] {
  const byNumbers = groupBy(list, (i) => numbersOf(nameOf(i)));
  const near = new Map<string, (name: string, floor: number) => readonly Indicator[]>();
  return (name, floor) => {
    const numbers = numbersOf(name);
    let inGroup = near.get(numbers);
    if (!inGroup) near.set(numbers, (inGroup = nearAmong(byNumbers.get(numbers) ?? [], nameOf)));
    return inGroup(name, floor);
  };
}

export function pairIndicators(reviewedList: readonly Indicator[], otherList: readonly Indicator[]): IndicatorPairing {
  const reviewed = named(reviewedList);
  const others = named(otherList);
  const pairs: IndicatorPair[] = [];
  const taken = new Set<Indicator>();
  const done = new Set<Indicator>();

  // 1. Same categories and name; 2. same name anywhere, when it is the only one of that name on each side.
  const passes: ((i: Indicator) => string)[] = [fullKey, (i) => comparableName(i.name.text)];
  for (const key of passes) {
    const byKey = groupBy(others.filter((o) => !taken.has(o)), key);
    const wanted = groupBy(reviewed.filter((r) => !done.has(r)), key);
    // forEach, not for…of with destructuring: a batch pairs hundreds of tables, mostly before this is optimised.
    wanted.forEach((rs, k) => {
      const os = byKey.get(k) ?? [];
      // Repeated names pair in order (the same list written twice in both tables).
      const n = key === fullKey ? Math.min(rs.length, os.length) : rs.length === 1 && os.length === 1 ? 1 : 0;
      for (let i = 0; i < n; i++) {
        pairs.push({ reviewed: rs[i], other: os[i], confidence: 1 });
        done.add(rs[i]);
        taken.add(os[i]);
      }
    });
  }

  // 3. Near names among what is left: a pair only when each is the other's clear best.
  const leftR = reviewed.filter((r) => !done.has(r));
  const leftO = others.filter((o) => !taken.has(o));
  // Scored by name: names repeat (完成率 under many 二级), and each two names are compared once.
  const ids = new Map<string, number>();
  const idOf = (i: Indicator): number => {
    const x = comparableName(i.name.text);
    let id = ids.get(x);
    if (id === undefined) ids.set(x, (id = ids.size));
    return id;
  };
  const left = [...leftR, ...leftO];
  const id = new Map(left.map((i) => [i, idOf(i)]));
  const texts = [...ids.keys()];
  const kind = new Map(left.map((i) => [i, level1Kind(i.level1.text)]));
  const similarity = new Map<number, number>();
  const score = (r: Indicator, o: Indicator): number => {
    const x = id.get(r)!;
    const y = id.get(o)!;
    const key = x * texts.length + y;
    let s = similarity.get(key);
    if (s === undefined) similarity.set(key, (s = nameSimilarity(texts[x], texts[y])));
    // Another 一级 is another kind of indicator (产出 vs 效益): only an exact name crosses it.
    return s === 1 || kind.get(r) === kind.get(o) ? s : 0;
  };
  // Names with other numbers score 0 (第3项 / 第4项): each name is compared only with those of its
  // numbers, in list order, and in a large group of them only with those that may be near it
  // (`NameIndex`). All with all took 18 s at 4,000 a side; within their numbers, still 45 s for
  // 4,000 names without numbers, now 3 s.
  const nameOf = (i: Indicator): string => texts[id.get(i)!];
  const nearO = nearNames(leftO, nameOf);
  const nearR = nearNames(leftR, nameOf);
  const ranked = (r: Indicator): { o: Indicator; s: number }[] =>
    nearO(nameOf(r), NEAR)
      .map((o) => ({ o, s: score(r, o) }))
      .filter((c) => c.s >= NEAR)
      .sort((a, b) => b.s - a.s);
  const ambiguous: AmbiguousIndicator[] = [];
  for (const r of leftR) {
    const candidates = ranked(r).filter((c) => !taken.has(c.o));
    if (candidates.length === 0) continue;
    const [best, second] = candidates;
    // A rival scores within the margin of best (≥ NEAR − margin > 0): it has best's numbers.
    const rivals = nearR(nameOf(best.o), best.s - AMBIGUITY_MARGIN).filter((x) => x !== r && !done.has(x) && score(x, best.o) >= best.s - AMBIGUITY_MARGIN);
    if ((second && best.s - second.s < AMBIGUITY_MARGIN) || rivals.length > 0) {
      ambiguous.push({ reviewed: r, candidates: candidates.filter((c) => c.s >= best.s - AMBIGUITY_MARGIN).map((c) => c.o) });
      continue;
    }
    pairs.push({ reviewed: r, other: best.o, confidence: best.s });
    done.add(r);
    taken.add(best.o);
  }
  const inAmbiguity = new Set(ambiguous.flatMap((a) => [a.reviewed, ...a.candidates]));
  return {
    pairs: pairs.sort((a, b) => a.reviewed.row - b.reviewed.row),
    added: reviewed.filter((r) => !done.has(r) && !inAmbiguity.has(r)),
    removed: others.filter((o) => !taken.has(o) && !inAmbiguity.has(o)),
    ambiguous,
  };
}
