import Big from 'big.js';
import { GridCell } from './grid';
import { fold, isBlankOrNone, squeeze } from './text';

export type AmountReading =
  | { kind: 'empty' }
  | {
      kind: 'number';
      /** The decimal a person typed, to Excel's 15 significant digits. */
      value: number;
      /** The amount in integer hundredths when it has at most two decimals, else null. */
      cents: number | null;
      asText: boolean;
      formula: boolean;
      text?: string;
      /** The cell's number format, where it has one (`0.00%`). */
      format?: string;
      /** A money unit typed after the number (`10000万元` → 万元, `150万` → 万). */
      unit?: string;
    }
  /** A formula whose result the file does not carry (never calculated): its value is unknown. */
  | { kind: 'uncalculated'; formula: string }
  | { kind: 'invalid'; text: string };

const TEXT_NUMBER = /^([-+\u2212])?(¥|￥|\$)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d*)?$/;

/**
 * Reads an amount: numeric cells, and numbers typed as text with thousands separators,
 * full-width digits, spaces, currency signs or accounting negatives `(1,000.00)`.
 * Numbers keep 15 significant digits, as Excel does, so floating-point noise
 * (44350.009999999995) reads as the decimal a person typed.
 */
export function readAmount(cell: GridCell): AmountReading {
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    const value = to15Digits(v);
    const reading: AmountReading = { kind: 'number', value, cents: centsOf(value), asText: false, formula: cell.formula !== undefined };
    if (cell.format) reading.format = cell.format;
    return reading;
  }
  if (v === null || v === '') {
    return cell.formula ? { kind: 'uncalculated', formula: cell.formula } : { kind: 'empty' };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'TRUE' : 'FALSE' };
  const parsed = parseNumberText(v);
  if (parsed === 'empty') return { kind: 'empty' };
  if (parsed === null) return { kind: 'invalid', text: v.trim() };
  if (!Number.isFinite(parsed)) return { kind: 'invalid', text: v.trim() };
  const value = to15Digits(parsed);
  const reading: AmountReading = { kind: 'number', value, cents: centsOf(value), asText: true, formula: false, text: v.trim() };
  const unit = AMOUNT_UNIT.exec(withoutPartsNote(squeeze(fold(v))));
  if (unit) reading.unit = unit[1];
  return reading;
}

/**
 * A number, whether the cell holds one or text that reads as one (`2,489.40`, `100`: a budget
 * system's export, or a sheet pasted from a web page, stores every number as text); blanks and
 * placeholders (`-`, 无) are none, and so is a code typed as text: nine digits or more and nothing
 * else (部门预算编码 | 409001007, 联系电话 | 13477628097), no amount.
 */
export function holdsNumber(cell: GridCell): boolean {
  const v = cell.value;
  return typeof v === 'number' || (typeof v === 'string' && !CODE.test(v) && typeof parseNumberText(v) === 'number');
}
const CODE = /^\s*\d{9,}\s*$/;

/** 15 significant digits, as Excel keeps; the largest doubles stay as they are rather than overflow. */
function to15Digits(v: number): number {
  // An amount in whole hundredths below 10^13 has fewer than 15 significant digits: most amounts.
  if (Math.abs(v) < 1e13 && Math.round(v * 100) / 100 === v) return v;
  const rounded = Number(v.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : v;
}

/**
 * Integer hundredths of an amount with at most two decimals (the shortest decimal form decides,
 * so 0.29 is 29 although 0.29 × 100 is 28.999…); null for more decimals or beyond exact integers.
 */
export function centsOf(value: number): number | null {
  if (!(Math.abs(value) < 9e13)) return null;
  // k / 100 gives back the value exactly when its shortest decimal form has at most two decimals
  // (the division rounds to the nearest double, which that form names): no string needed.
  const cents = Math.round(value * 100);
  return cents / 100 === value ? cents : null;
}

/** A money unit typed after an amount (`10000万元`, `150万`): read off, and kept on the reading. */
const AMOUNT_UNIT = /(万元|亿元|千元|元|万)$/;

/** A number typed as text, or 'empty' for blanks and placeholders (`-`, `—`), or null. */
export function parseNumberText(text: string): number | 'empty' | null {
  let s = squeeze(fold(text));
  // A blank, a placeholder or 无 (none) in an amount cell means nothing was spent there.
  if (isBlankOrNone(s)) return 'empty';
  s = withoutPartsNote(s);
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(AMOUNT_UNIT, '');
  const m = TEXT_NUMBER.exec(s);
  if (!m || (m[3] === undefined && (m[4] === undefined || m[4] === '.'))) return null;
  // U+2212 is the minus sign of typeset text, pasted from documents.
  if (m[1] === '-' || m[1] === '\u2212') negative = !negative;
  const digits = `${(m[3] ?? '0').replace(/,/g, '')}${m[4] === '.' ? '' : (m[4] ?? '')}`;
  const value = Number(digits);
  return negative ? -value : value;
}


/**
 * An amount's breakdown noted in brackets after it (资金总额 | 500万元(其中上级资金220万元), 望城's 2018 申报表,
 * bg-hn-wangcheng-2018-disability-employment-targets): the amount is the figure before it. Folded text.
 */
function withoutPartsNote(s: string): string {
  return s.charCodeAt(s.length - 1) === 41 /* ) */ ? s.replace(PARTS_NOTE, '') : s;
}
const PARTS_NOTE = /(?<=\d|元|万)\((其中|含|包括)[^()]*\)$/;

/** A number as String writes one with at most two decimals and no exponent: nothing to round. */
const AT_MOST_CENTS = /^-?\d+(?:\.\d{1,2})?$/;

/** `44,350.01`: thousands separators and the two decimals amounts are kept in (rounded half up, in decimal). */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Most amounts have two decimals at most: padded as written, where Big (~4 µs a call, every
  // total-mismatch finding three) would give the same.
  const written = String(value);
  const fixed = AT_MOST_CENTS.test(written) ? withCents(written) : new Big(value).toFixed(2, Big.roundHalfUp);
  const [int, dec] = fixed.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

function withCents(written: string): string {
  const dot = written.indexOf('.');
  return dot < 0 ? `${written}.00` : written.length - dot === 2 ? `${written}0` : written;
}
