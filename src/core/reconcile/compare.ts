/** What the reconciliation rules compare: parsed targets, and amounts across tables' units. */
import { AmountField, PerformanceTable } from '../model/table';
import { TargetValue } from '../model/target-value';
import { fold, squeeze } from '../grid/text';

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The same target, however it is spaced or typed: `≥500人次` and `≥ 500 人次`, `100 %` and `100%`,
 * `＞90％` and `>90%`. Quantities compare comparator, value and unit; other targets their text.
 */
export function sameTarget(a: TargetValue, b: TargetValue): boolean {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    if (a.comparator !== b.comparator) return false;
    if (close(a.value, b.value) && close(a.max ?? a.value, b.max ?? b.value) && (a.unit ?? '') === (b.unit ?? '')) return true;
    // A rate typed as a fraction in one table (1, 0.95) and as a percentage in the other (100%, 95%).
    const fraction = (x: typeof a, y: typeof a): boolean => x.unit === null && y.unit === '%' && x.max === undefined && y.max === undefined && x.value <= 1.5 && close(x.value * 100, y.value);
    return fraction(a, b) || fraction(b, a);
  }
  if (a.kind === 'relative' && b.kind === 'relative') return a.direction === b.direction && a.value === b.value && (a.unit ?? '') === (b.unit ?? '');
  if (a.kind === 'frequency' && b.kind === 'frequency') return a.period === b.period && a.comparator === b.comparator && a.count === b.count;
  return squeeze(fold(a.text)) === squeeze(fold(b.text));
}

/** A target that says nothing to compare: blank, a placeholder, 不适用. */
export function isSilent(v: TargetValue): boolean {
  return v.kind === 'empty' || v.kind === 'not-applicable';
}

const YUAN: Record<string, number> = { 元: 1, 千元: 1e3, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 };

/**
 * An amount in 元: a unit typed in the cell (`150万`) first, else the table's declared unit; null
 * when the cell holds no number. A table that declares no unit is read in 万元, as the forms print.
 */
export function inYuan(field: AmountField | undefined, table: PerformanceTable): number | null {
  const r = field?.reading;
  if (!r || r.kind !== 'number') return null;
  const unit = r.unit ?? table.unit ?? '万元';
  return r.value * (YUAN[unit] ?? 1e4);
}

/** An amount in 元 as a number in a table's unit (万元 where it declares none), to six decimals. */
export function inUnit(yuan: number, table: PerformanceTable): number {
  return Math.round((yuan / (YUAN[table.unit ?? '万元'] ?? 1e4)) * 1e6) / 1e6;
}

/** An amount in 元 shown in a table's unit, as its readers expect: 63.8万元. */
export function inUnitOf(yuan: number, table: PerformanceTable): string {
  return `${inUnit(yuan, table)}${table.unit ?? '万元'}`;
}

/** Amounts in 元 differ by more than half a cent. */
export function differ(a: number, b: number): boolean {
  return Math.abs(a - b) >= 0.005;
}

/** `'[file]sheet'!A1`: how Excel names a cell in another workbook. */
export function externalRef(file: string, sheet: string, cell: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return `'[${base.replace(/'/g, "''")}]${sheet.replace(/'/g, "''")}'!${cell}`;
}
