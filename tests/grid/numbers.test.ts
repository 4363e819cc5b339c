/** Amounts in hundredths without strings: checked against the shortest decimal form they replace. */
import { centsOf, readAmount } from '../../src/core/grid/numbers';

/** The rule as first written: at most two decimals in the shortest decimal form. */
function centsByString(value: number): number | null {
  if (Math.abs(value) >= 9e13) return null;
  const s = String(value);
  const dot = s.indexOf('.');
  if (s.includes('e') || (dot >= 0 && s.length - dot - 1 > 2)) return null;
  return Math.round(value * 100);
}

test.each([
  [0.29, 29],
  [38.75, 3875],
  [0.1 + 0.2, null],
  [123456789.12, 12345678912],
  [123456789.125, null],
  [-0.07, -7],
  [1e-7, null],
  [89_999_999_999_999.98, 8_999_999_999_999_998],
  [90_000_000_000_000.5, null],
  [12, 1200],
  [Number.NaN, null],
  [Number.POSITIVE_INFINITY, null],
])('centsOf(%p) is %p', (value, cents) => {
  expect(centsOf(value)).toBe(cents);
});

test('centsOf agrees with the shortest decimal form on 200,000 values of every size', () => {
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const differ: number[] = [];
  for (let i = 0; i < 200_000; i++) {
    const scale = 10 ** Math.floor(random() * 16 - 3);
    const digits = i % 3 === 0 ? Math.round(random() * 1e6) / 100 : random();
    const value = (i % 2 ? -1 : 1) * digits * scale;
    if (centsOf(value) !== centsByString(value)) differ.push(value);
  }
  expect(differ).toEqual([]);
});

test('amounts keep 15 significant digits, as Excel does', () => {
  expect(readAmount({ value: 0.1 + 0.2 })).toMatchObject({ value: 0.3, cents: 30 });
  expect(readAmount({ value: 38.75 })).toMatchObject({ value: 38.75, cents: 3875 });
  expect(readAmount({ value: 1234567890123 + 0.46 + 1e-5 })).toMatchObject({ value: 1234567890123.46, cents: 123456789012346 });
});
