import Big from 'big.js';
import { GridCell } from './grid';
import { fold } from './text';

export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: Big; asText: boolean; formula: boolean; text?: string }
  /** A formula whose result the file does not carry (never calculated): its value is unknown. */
  | { kind: 'uncalculated'; formula: string }
  | { kind: 'invalid'; text: string };

const PLACEHOLDER = /^[-–—_*\/\\]+$|^(null|无|none)$/i;
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
    return Number.isFinite(v)
      ? { kind: 'number', value: new Big(v.toPrecision(15)), asText: false, formula: cell.formula !== undefined }
      : { kind: 'invalid', text: String(v) };
  }
  if (v === null || v === '') {
    return cell.formula ? { kind: 'uncalculated', formula: cell.formula } : { kind: 'empty' };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'TRUE' : 'FALSE' };
  const parsed = parseNumberText(v);
  if (parsed === 'empty') return { kind: 'empty' };
  if (parsed === null) return { kind: 'invalid', text: v.trim() };
  return { kind: 'number', value: parsed, asText: true, formula: false, text: v.trim() };
}

/** A number typed as text, or 'empty' for blanks and placeholders (`-`, `—`), or null. */
export function parseNumberText(text: string): Big | 'empty' | null {
  let s = fold(text).replace(/\s+/g, '');
  if (s === '' || PLACEHOLDER.test(s)) return 'empty';
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/(万元|元)$/, '');
  const m = TEXT_NUMBER.exec(s);
  if (!m || (m[3] === undefined && (m[4] === undefined || m[4] === '.'))) return null;
  // U+2212 is the minus sign of typeset text, pasted from documents.
  if (m[1] === '-' || m[1] === '\u2212') negative = !negative;
  const digits = `${(m[3] ?? '0').replace(/,/g, '')}${m[4] === '.' ? '' : (m[4] ?? '')}`;
  const value = new Big(digits);
  return negative ? value.neg() : value;
}

/** Plain number for reports (JSON `expected`/`actual`). */
export function toNumber(value: Big): number {
  return Number(value.toString());
}

/** `44,350.01`: thousands separators and the two decimals amounts are kept in. */
export function formatAmount(value: Big | number): string {
  const fixed = (typeof value === 'number' ? new Big(value.toPrecision(15)) : value).toFixed(2);
  const [int, dec] = fixed.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}
