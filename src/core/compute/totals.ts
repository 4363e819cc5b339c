import Big from 'big.js';
import { labelKey } from '../grid/text';
import { parseA1, rangeToA1 } from '../grid/address';
import { AmountField, PerformanceTable } from '../model/table';
import { Patch } from './patch';

/**
 * Which sum a total is. column: 金额合计 of a task column; row: a row's 总额 and its 其中; fund: 年度资金总额 and its 其中 lines;
 * tasks-fund: a department's tasks against its 资金总额 when no 合计 row adds them; task-part: a task
 * line named like a fund line (基本支出) against that line; group: a 小计 or a heading (一、基本支出)
 * against the tasks under it; sum: another 合计 row against the lines above it (收入构成, 支出构成);
 * formula: a column its heading gives as a sum or difference of others (小计 ④ = ①+②+③, ⑦=④-⑤).
 */
export type TotalRelation = 'column' | 'row' | 'fund' | 'tasks-fund' | 'task-part' | 'group' | 'sum' | 'formula';

export interface TotalCheck {
  relation: TotalRelation;
  total: AmountField;
  parts: AmountField[];
  /** Exact sum of the parts. */
  expected: number;
  /** The total as typed; null when the total cell is empty. */
  actual: number | null;
  /**
   * |expected − actual| with both kept to the cent (RULES.md): parts with more digits (万元
   * computed as =A1/10000) that add up to the total as shown are right.
   */
  difference: number;
  /** A formula column's heading formula (④=①+②+③) and its row's name. */
  formula?: { text: string; row: string; subtract: boolean };
  /** A fund block beside the first's, by its own label (湖南's 实际到位资金, 实际支出). */
  block?: string;
}

/**
 * An amount typed in another money unit than the table's (`1,000,000元` in a 万元 table): never summed as the
 * table's unit; unit-mismatch reports it, and its relations wait. 万 alone is 万元's slip, the same money.
 */
export function isForeign(table: PerformanceTable, a: AmountField | undefined): boolean {
  return a?.reading.kind === 'number' && a.reading.unit !== undefined && table.unit !== null && a.reading.unit !== table.unit && !(a.reading.unit === '万' && table.unit === '万元');
}

/**
 * Every arithmetic relation of a table, summed exactly. A relation is left out when a part or
 * the total cannot be read (that is reported on its own) or is a formula never calculated.
 */
export function totalChecks(table: PerformanceTable): TotalCheck[] {
  const checks: TotalCheck[] = [];
  const foreign = (a: AmountField | undefined): boolean => isForeign(table, a);
  const push = (relation: TotalRelation, total: AmountField | undefined, parts: AmountField[], block?: string): void => {
    if (foreign(total) || parts.some(foreign)) return;
    const check = total && parts.length > 0 ? checkSum(relation, total, parts) : null;
    if (check && block !== undefined) check.block = block;
    if (check) checks.push(check);
  };
  const block = table.tasks;
  if (block) {
    // A 小计 column left blank in every task row beside their amounts (东莞展览馆's fifth reading,
    // i-guangdong-dongguan-2022-exhibition-r5) is one omission, reported where its 合计 row does not add up
    // across, not once a task.
    const totalsLeftOut = block.tasks.length > 1 && block.tasks.every((t) => t.total?.reading.kind === 'empty');
    if (!totalsLeftOut) for (const task of block.tasks) push('row', task.total, task.parts);
    // Subtotals and headings: across, like a task, and down, over their own tasks only.
    for (const g of block.groups) {
      if (g.kind === 'breakdown') continue;
      push('row', g.total, g.parts);
      const columns = [g.total, ...g.parts];
      columns.forEach((total, i) => {
        const parts = g.children.map((t) => (i === 0 ? t.total : t.parts[i - 1])).filter((a): a is AmountField => a !== undefined);
        if (parts.length > 0) push('group', total, parts);
      });
    }
    if (block.totalRow) {
      push('row', block.totalRow.total, block.totalRow.parts);
      const columns = [block.totalRow.total, ...block.totalRow.parts];
      columns.forEach((total, i) => {
        const parts = block.tasks.map((t) => (i === 0 ? t.total : t.parts[i - 1])).filter((a): a is AmountField => a !== undefined);
        push('column', total, parts);
      });
    }
  }
  if (table.funds) push('fund', table.funds.total.amount, table.funds.parts.map((p) => p.amount));
  if (table.midTermFunds) push('fund', table.midTermFunds.total.amount, table.midTermFunds.parts.map((p) => p.amount));
  for (const inner of table.innerFunds ?? []) push('fund', inner.total.amount, inner.parts.map((p) => p.amount), inner.total.label.text);
  for (const s of table.sums ?? []) for (const c of s.columns) push('sum', c.total, c.parts);
  // Without a 合计 row the fund block is what the tasks add up to (Fujian's 年度履职目标 under 资金总额).
  if (block && !block.totalRow && table.funds && block.columns.total !== undefined) {
    const named = new Map(table.funds.parts.map((p) => [labelKey(p.label.text).replace(/^其中[:,]?/, ''), p.amount]));
    let explained = false;
    for (let i = 0; i < block.tasks.length; i++) {
      const task = block.tasks[i];
      const part = task.total && task.texts?.map((t) => named.get(labelKey(t))).find((a) => a !== undefined);
      if (!part || !task.total) continue;
      const before = checks.length;
      push('task-part', task.total, [part]);
      if (checks.length > before && checks[checks.length - 1].difference !== 0) explained = true;
    }
    const amounts = block.tasks.map((t) => t.total).filter((a): a is AmountField => a !== undefined);
    if (!explained && amounts.length > 0) push('tasks-fund', table.funds.total.amount, amounts);
  }
  // A column its heading gives as a sum or a difference of others (Fujian's 资金结构), row by row.
  const fb = table.formulaBlock;
  if (fb) {
    for (const f of fb.formulas) {
      if (f.kind === 'ratio') continue;
      for (const row of fb.rows) {
        const total = row.cells.get(f.target)!;
        const parts = f.operands.map((c) => row.cells.get(c)!);
        if (foreign(total) || parts.some(foreign) || total.reading.kind === 'empty') continue;
        const check = f.kind === 'sum' ? checkSum('formula', total, parts) : checkDifference(total, parts[0], parts[1]);
        if (check) checks.push({ ...check, formula: { text: f.text, row: row.name.text, subtract: f.kind === 'difference' } });
      }
    }
  }
  // A self-evaluation's 年度资金总额 adds up its 其中 lines in every amount column.
  const evalFunds = table.evalFunds;
  if (evalFunds) {
    for (const column of ['initial', 'budget', 'executed'] as const) {
      const parts = evalFunds.parts.map((p) => p[column]).filter((a): a is AmountField => a !== undefined);
      push('fund', evalFunds.total[column], parts);
    }
  }
  return checks;
}

function checkSum(relation: TotalRelation, total: AmountField, parts: AmountField[]): TotalCheck | null {
  // A total given without any breakdown (every 其中 cell blank) is incomplete, not wrong.
  if (relation !== 'column' && parts.every((p) => p.reading.kind === 'empty')) return null;
  const t = total.reading;
  if (t.kind === 'invalid' || t.kind === 'uncalculated') return null;
  let cents = 0;
  let exact = t.kind !== 'number' || t.cents !== null;
  for (const p of parts) {
    const r = p.reading;
    if (r.kind === 'invalid' || r.kind === 'uncalculated') return null;
    if (r.kind === 'number') {
      if (r.cents === null) exact = false;
      else cents += r.cents;
    }
  }
  const actual = t.kind === 'number' ? t.value : null;
  if (exact) {
    // Integer hundredths: exact, and the common case.
    const actualCents = t.kind === 'number' ? t.cents! : 0;
    return { relation, total, parts, expected: cents / 100, actual, difference: Math.abs(cents - actualCents) / 100 };
  }
  // Some amount has more than two decimals: decimal arithmetic.
  let sum = new Big(0);
  for (const p of parts) if (p.reading.kind === 'number') sum = sum.plus(p.reading.value);
  const typed = new Big(actual ?? 0);
  const difference = sum.round(2, Big.roundHalfUp).minus(typed.round(2, Big.roundHalfUp)).abs();
  return { relation, total, parts, expected: Number(sum.toString()), actual, difference: Number(difference.toString()) };
}

/** The first amount less the second against the total as typed, exactly (a blank as 0). */
function checkDifference(total: AmountField, from: AmountField, less: AmountField): TotalCheck | null {
  const t = total.reading;
  if (t.kind !== 'number' || [from, less].some((a) => a.reading.kind !== 'number' && a.reading.kind !== 'empty')) return null;
  if (from.reading.kind !== 'number') return null;
  const value = (a: AmountField): Big => new Big(a.reading.kind === 'number' ? a.reading.value : 0);
  const expected = value(from).minus(value(less));
  const difference = expected.round(2, Big.roundHalfUp).minus(new Big(t.value).round(2, Big.roundHalfUp)).abs();
  return { relation: 'formula', total, parts: [from, less], expected: Number(expected.toString()), actual: t.value, difference: Number(difference.toString()) };
}

/** The finding's `related` range and the patch that makes the total right. */
export function totalFix(sheet: string, check: TotalCheck, skipRows: ReadonlySet<number> = NO_ROWS): { related: string; fix: Patch[] } {
  const { relation, total, parts, expected } = check;
  const related = partsAddress(parts, skipRows);
  const list = parts.map((p) => p.cell).join(',');
  // Excel's SUM skips numbers typed as text, so a formula is only offered over real numbers.
  const textParts = parts.some((p) => p.reading.kind === 'number' && p.reading.asText);
  const formula = check.formula?.subtract
    ? `=${parts[0].cell}-${parts[1].cell}`
    : relation === 'formula'
      ? `=${parts.map((p) => p.cell).join('+')}`
      : related !== null
        ? sumFormula(relation, parts, related)
        : parts.length <= 255
          ? `=SUM(${list})`
          : null;
  const fix: Patch[] = [
    textParts || formula === null
      ? { op: 'set-value', sheet, cell: total.cell, value: expected }
      : { op: 'set-formula', sheet, cell: total.cell, formula, value: expected },
  ];
  return { related: related ?? list, fix };
}

const NO_ROWS: ReadonlySet<number> = new Set();

/**
 * `E7:E27` when the parts run down one column (blank rows between tasks hold nothing to add, but a
 * subtotal's row would be added twice) or along one row without gaps; null otherwise.
 */
function partsAddress(parts: AmountField[], skipRows: ReadonlySet<number>): string | null {
  const pos = parts.map((p) => parseA1(p.cell));
  const sameCol = pos.every((p, i) => p.col === pos[0].col && (i === 0 || p.row > pos[i - 1].row));
  const sameRow = pos.every((p, i) => p.row === pos[0].row && p.col === pos[0].col + i);
  if (!sameCol && !sameRow) return null;
  const last = pos[pos.length - 1];
  if (sameCol) for (const r of skipRows) if (r > pos[0].row && r < last.row) return null;
  return rangeToA1({ top: pos[0].row, left: pos[0].col, bottom: last.row, right: last.col });
}

function sumFormula(relation: TotalRelation, parts: AmountField[], range: string): string {
  // A row total of two or three cells reads best as an addition (=F7+G7), as people write it.
  if (relation === 'row' && parts.length <= 3) return `=${parts.map((p) => p.cell).join('+')}`;
  return `=SUM(${range})`;
}
