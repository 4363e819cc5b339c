/** Amounts in hundredths without strings: checked against the shortest decimal form they replace. */
import Big from 'big.js';
import { centsOf, formatAmount, readAmount } from '../../src/core/grid/numbers';

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

describe('formatAmount', () => {
  it.each([
    [0, '0.00'],
    [-0, '0.00'],
    [-0.004, '-0.00'],
    [5, '5.00'],
    [1234.5, '1,234.50'],
    [-1234.5, '-1,234.50'],
    [44350.01, '44,350.01'],
    [1234567.891, '1,234,567.89'],
    [0.005, '0.01'],
    [-0.005, '-0.01'],
    [1.005, '1.01'],
    [2.675, '2.68'],
    [1e21, '1,000,000,000,000,000,000,000.00'],
    [1e-7, '0.00'],
    [123456789012.12, '123,456,789,012.12'],
    [Infinity, 'Infinity'],
    [NaN, 'NaN'],
  ])('%p → %s', (value, shown) => {
    expect(formatAmount(value)).toBe(shown);
  });

  it('writes what Big rounding half up gives, on numbers of every shape', () => {
    const big = (v: number): string => {
      const [int, dec] = new Big(v).toFixed(2, Big.roundHalfUp).split('.');
      return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
    };
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      const scale = 10 ** Math.floor(next() * 14 - 4);
      const decimals = Math.floor(next() * 5);
      const v = Math.round((next() - 0.3) * scale * 10 ** decimals) / 10 ** decimals;
      expect([v, formatAmount(v)]).toEqual([v, big(v)]);
    }
  });
});

// An amount's breakdown noted in brackets after it (望城's 资金总额 | 500万元(其中上级资金220万元),
// bg-hn-wangcheng-2018-disability-employment-targets): the amount is the figure before the note.
test.each<[string, number | null, string | undefined]>([
  ['500万元(其中上级资金220万元)', 500, '万元'],
  ['500（含结转资金20万元）', 500, undefined],
  ['120万元(包括中央补助80万元)', 120, '万元'],
  ['(1,000.00)', -1000, undefined],
  ['500万元(暂定)', null, undefined],
  ['(其中上级资金220万元)', null, undefined],
])('readAmount(%p) reads %p %p', (text, value, unit) => {
  const r = readAmount({ value: text });
  if (value === null) expect(r.kind).toBe('invalid');
  else expect(r).toMatchObject({ kind: 'number', value, asText: true, ...(unit ? { unit } : {}) });
  if (value !== null && !unit) expect((r as { unit?: string }).unit).toBeUndefined();
});
