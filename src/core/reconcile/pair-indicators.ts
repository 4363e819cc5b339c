/**
 * Pairs the indicators of two tables: the same 一级/二级/三级 first, then the same 三级 name under
 * other categories, then near names (`nameSimilarity`) with their confidence. A name with two
 * candidates about as near as each other is ambiguous: reported as such, never paired by guess.
 */
import { Indicator } from '../model/table';
import { AMBIGUITY_MARGIN, comparableName, NEAR, nameSimilarity } from './similarity';

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

/** 产出指标 / 产出 / 一、产出指标（50分） read alike. */
function categoryKey(text: string): string {
  return comparableName(text).replace(/[0-9]+分$/, '').replace(/指标$/, '');
}

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

export function pairIndicators(reviewedList: readonly Indicator[], otherList: readonly Indicator[]): IndicatorPairing {
  const reviewed = named(reviewedList);
  const others = named(otherList);
  const pairs: IndicatorPair[] = [];
  const taken = new Set<Indicator>();
  const done = new Set<Indicator>();

  // 1. Same categories and name; 2. same name anywhere, when it is the only one of that name on each side.
  const passes: ((i: Indicator) => string)[] = [fullKey, (i) => comparableName(i.name.text)];
  for (const key of passes) {
    const byKey = new Map<string, Indicator[]>();
    for (const o of others) if (!taken.has(o)) byKey.set(key(o), [...(byKey.get(key(o)) ?? []), o]);
    const wanted = new Map<string, Indicator[]>();
    for (const r of reviewed) if (!done.has(r)) wanted.set(key(r), [...(wanted.get(key(r)) ?? []), r]);
    for (const [k, rs] of wanted) {
      const os = byKey.get(k) ?? [];
      // Repeated names pair in order (the same list written twice in both tables).
      const n = key === fullKey ? Math.min(rs.length, os.length) : rs.length === 1 && os.length === 1 ? 1 : 0;
      for (let i = 0; i < n; i++) {
        pairs.push({ reviewed: rs[i], other: os[i], confidence: 1 });
        done.add(rs[i]);
        taken.add(os[i]);
      }
    }
  }

  // 3. Near names among what is left: a pair only when each is the other's clear best.
  const leftR = reviewed.filter((r) => !done.has(r));
  const leftO = others.filter((o) => !taken.has(o));
  const score = (r: Indicator, o: Indicator): number => {
    const s = nameSimilarity(r.name.text, o.name.text);
    // Another 一级 is another kind of indicator (产出 vs 效益): only an exact name crosses it.
    return level1Kind(r.level1.text) === level1Kind(o.level1.text) || s === 1 ? s : 0;
  };
  const ranked = (r: Indicator): { o: Indicator; s: number }[] =>
    leftO.map((o) => ({ o, s: score(r, o) })).filter((c) => c.s >= NEAR).sort((a, b) => b.s - a.s);
  const ambiguous: AmbiguousIndicator[] = [];
  for (const r of leftR) {
    const candidates = ranked(r).filter((c) => !taken.has(c.o));
    if (candidates.length === 0) continue;
    const [best, second] = candidates;
    const rivals = leftR.filter((x) => x !== r && !done.has(x) && score(x, best.o) >= best.s - AMBIGUITY_MARGIN);
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
