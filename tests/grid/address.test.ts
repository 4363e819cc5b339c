/**
 * A1 addresses read by hand (`parseA1`, `isA1`): the same answers as the pattern they replaced,
 * `^\$?([A-Za-z]{1,3})\$?(\d{1,7})$` after trimming, on listed cases and on random strings.
 */
import fc from 'fast-check';
import { columnIndex, isA1, parseA1, parseRange, toA1 } from '../../src/core/grid/address';

/** The pattern-based reading this replaced, kept here as the reference. */
function byPattern(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

const read = (address: string): { row: number; col: number } | null => {
  try {
    return parseA1(address);
  } catch {
    return null;
  }
};

test.each<[string, { row: number; col: number } | null]>([
  ['A1', { row: 0, col: 0 }],
  ['$B$12', { row: 11, col: 1 }],
  ['b12', { row: 11, col: 1 }],
  [' XFD1048576 ', { row: 1048575, col: 16383 }],
  ['AA7', { row: 6, col: 26 }],
  ['$E5', { row: 4, col: 4 }],
  ['E$5', { row: 4, col: 4 }],
  ['ABCD1', null],
  ['A12345678', null],
  ['A', null],
  ['12', null],
  ['$$A1', null],
  ['A$$1', null],
  ['A1:B2', null],
  ['A1 B', null],
  ['', null],
  ['Ａ1', null],
  ['A１', null],
])('%j', (address, expected) => {
  expect(read(address)).toEqual(expected);
  expect(isA1(address)).toBe(expected !== null);
  expect(byPattern(address)).toEqual(expected);
});

test('reads every string as the pattern did', () => {
  const chars = fc.constantFrom(...'$AZaz bB09 1\t:Ａ１-'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 14 }).map((cs) => cs.join('')), (s) => {
      expect(read(s)).toEqual(byPattern(s));
      expect(isA1(s)).toBe(byPattern(s) !== null);
    }),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
      expect(parseA1(toA1(row, col))).toEqual({ row, col });
      expect(parseRange(`'Sheet 1'!${toA1(row, col)}:A1`)).toEqual({ top: 0, left: 0, bottom: row, right: col });
    }),
  );
});
