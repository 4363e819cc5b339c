import { AmountField, PerformanceTable } from './table';

/** Every amount cell of a table: task rows, the 金额合计 row, the fund block. */
export function allAmounts(table: PerformanceTable): AmountField[] {
  const out: AmountField[] = [];
  const add = (a: AmountField | undefined): void => {
    if (a) out.push(a);
  };
  const tasks = table.tasks?.tasks ?? [];
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    add(task.total);
    task.parts.forEach(add);
  }
  add(table.tasks?.totalRow?.total);
  table.tasks?.totalRow?.parts.forEach(add);
  for (const funds of [table.funds, table.midTermFunds]) {
    if (!funds) continue;
    add(funds.total.amount);
    funds.parts.forEach((p) => add(p.amount));
  }
  for (const line of table.evalFunds ? [table.evalFunds.total, ...table.evalFunds.parts] : []) {
    add(line.initial);
    add(line.budget);
    add(line.executed);
  }
  return out;
}
