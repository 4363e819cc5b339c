import fc from 'fast-check';
import { firstOccurrences, hashOf } from '../src/core/first-seen';

/** The same answer from a Map: what the function must equal. */
function byMap(groups: readonly number[], texts: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((text, i) => {
    const key = `${groups[i]}\u0000${text}`;
    const at = seen.get(key);
    if (at !== undefined) return at;
    seen.set(key, i);
    return -1;
  });
}

describe('firstOccurrences', () => {
  test.each([
    ['nothing', [], [], []],
    ['one key', [0], ['满意度'], [-1]],
    ['a repeat points at the first, however many come after', [0, 0, 0, 0], ['满意度', '完成率', '满意度', '满意度'], [-1, -1, 0, 0]],
    ['the same text in another group is not a repeat', [0, 1, 1, 0], ['满意度', '满意度', '满意度', '满意度'], [-1, -1, 1, 0]],
    ['an empty text repeats like any other', [2, 2], ['', ''], [-1, 0]],
  ])('%s', (_, groups, texts, expected) => {
    expect([...firstOccurrences(groups, texts)]).toEqual(expected);
  });

  test('a large list (dealt into many buckets) gives what a Map gives', () => {
    // 100,000 names of 30,000 kinds in 7 groups: repeats near and far, in every bucket.
    const texts: string[] = [];
    const groups: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const k = (i * 7919) % 30_000;
      texts.push(`第${k}项指标`);
      groups.push(k % 7 === 0 ? i % 7 : k % 7);
    }
    const got = firstOccurrences(groups, texts);
    expect([...got]).toEqual(byMap(groups, texts));
    expect(got.filter((x) => x >= 0).length).toBeGreaterThan(60_000);
  });

  test('two texts of the same hash are two keys', () => {
    // Found by trying: 32-bit hashes of a few hundred thousand texts are bound to meet.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const text = `指标${i}`;
      const h = hashOf(0, text);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, text];
      else seen.set(h, text);
    }
    const [a, b] = pair;
    expect(hashOf(0, a)).toBe(hashOf(0, b));
    expect([...firstOccurrences([0, 0, 0, 0], [a, b, b, a])]).toEqual([-1, -1, 1, 0]);
    // Past the few compared pairwise: looked up by hash.
    const fillers = Array.from({ length: 40 }, (_, i) => `其他${i}`);
    const texts = [a, b, ...fillers, b, a];
    expect([...firstOccurrences(new Array<number>(texts.length).fill(0), texts).slice(-2)]).toEqual([1, 0]);
  });

  test('any list gives what a Map gives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', '指标', '满意度', '完成率', 'a', 'A', '指标 ')), { maxLength: 300 }), (keys) => {
        const groups = keys.map(([g]) => g);
        const texts = keys.map(([, t]) => t);
        expect([...firstOccurrences(groups, texts)]).toEqual(byMap(groups, texts));
      }),
    );
  });
});
