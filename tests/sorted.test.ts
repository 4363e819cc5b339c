import fc from 'fast-check';
import { firstAtLeast } from '../src/core/sorted';

describe('firstAtLeast', () => {
  const rows = [2, 4, 4, 7, 9];
  test.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 3],
    [9, 4],
    [10, 5],
  ])('in [2, 4, 4, 7, 9], the first at least %i is at %i', (least, index) => {
    expect(firstAtLeast(rows.length, (i) => rows[i], least)).toBe(index);
  });

  test('none in an empty list', () => {
    expect(firstAtLeast(0, () => 0, 1)).toBe(0);
  });

  test('agrees with a scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 52 }), (xs, least) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = sorted.findIndex((x) => x >= least);
        expect(firstAtLeast(sorted.length, (i) => sorted[i], least)).toBe(scan < 0 ? sorted.length : scan);
      }),
    );
  });
});
