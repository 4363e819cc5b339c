/**
 * The first of `count` entries sorted by a number (rows down a sheet) whose number is at least
 * `least`, by halving: `count` when none is. Label lookups and the inserts of a patched sheet use
 * it; a large sheet holds tens of thousands of entries, and a scan per lookup would be quadratic.
 */
export function firstAtLeast(count: number, numberOf: (i: number) => number, least: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (numberOf(mid) < least) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
