import { AmountField, EvalFundLine, FundBlock, PerformanceTable } from './table';

/** Every amount cell of a table: task rows, the 金额合计 row, the fund block. */
export function allAmounts(table: PerformanceTable): AmountField[] {
  // Six rules and the recognizer ask, per table: plain indexed loops, no closures or spread arrays.
  const out: AmountField[] = [];
  const tasks = table.tasks?.tasks ?? [];
  for (let i = 0; i < tasks.length; i++) pushAmounts(out, tasks[i].total, tasks[i].parts);
  const totalRow = table.tasks?.totalRow;
  if (totalRow) pushAmounts(out, totalRow.total, totalRow.parts);
  if (table.funds) pushFunds(out, table.funds);
  if (table.midTermFunds) pushFunds(out, table.midTermFunds);
  const inner = table.innerFunds;
  if (inner) for (let i = 0; i < inner.length; i++) pushFunds(out, inner[i]);
  const evalFunds = table.evalFunds;
  if (evalFunds) {
    pushLine(out, evalFunds.total);
    for (let i = 0; i < evalFunds.parts.length; i++) pushLine(out, evalFunds.parts[i]);
  }
  // A formula block's amounts: every column a formula uses but the rates it gives.
  const fb = table.formulaBlock;
  if (fb) {
    const rates = new Set<number>();
    for (let i = 0; i < fb.formulas.length; i++) if (fb.formulas[i].kind === 'ratio') rates.add(fb.formulas[i].target);
    for (let i = 0; i < fb.rows.length; i++) for (const [col, a] of fb.rows[i].cells) if (!rates.has(col)) out.push(a);
  }
  const stray = table.strayAmounts;
  if (stray) for (let i = 0; i < stray.length; i++) out.push(stray[i]);
  return out;
}

function pushAmounts(out: AmountField[], total: AmountField | undefined, parts: readonly (AmountField | undefined)[]): void {
  if (total) out.push(total);
  for (let i = 0; i < parts.length; i++) if (parts[i]) out.push(parts[i]!);
}

function pushFunds(out: AmountField[], funds: FundBlock): void {
  if (funds.total.amount) out.push(funds.total.amount);
  for (let i = 0; i < funds.parts.length; i++) if (funds.parts[i].amount) out.push(funds.parts[i].amount);
}

function pushLine(out: AmountField[], line: EvalFundLine): void {
  if (line.initial) out.push(line.initial);
  if (line.budget) out.push(line.budget);
  if (line.executed) out.push(line.executed);
}
