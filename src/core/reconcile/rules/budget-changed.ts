import { defineReconcileRule } from '../rule';
import { differ, inUnit, inUnitOf, inYuan } from '../compare';

export default defineReconcileRule({
  meta: {
    code: 'budget-changed',
    severity: 'warning',
    category: 'amounts',
    relations: ['self-evaluation-vs-targets'],
    docs: {
      'zh-CN': '自评表的年初预算数与批复的绩效目标表的年度资金总额不一致（按各表的金额单位换算后比较）。',
      'en-US': "The self-evaluation's opening budget (年初预算数) differs from the approved total (年度资金总额), compared in each table's unit.",
    },
    messages: {
      default: {
        'zh-CN': '年初预算数 {{typed}} 与批复的年度资金总额 {{approved}} 不一致',
        'en-US': 'The opening budget {{typed}} differs from the approved total {{approved}}',
      },
    },
  },
  check({ pair, report }) {
    const reviewed = pair.reviewed.table;
    const other = pair.others[0];
    const initial = reviewed.evalFunds?.total.initial;
    // A project's 年度资金总额; a department's 资金总额, or its tasks' 金额合计 where it has no fund block.
    const approved = other.table.funds?.total.amount ?? other.table.tasks?.totalRow?.total;
    const a = inYuan(initial, reviewed);
    const b = inYuan(approved, other.table);
    if (a === null || b === null || !initial || !approved || !differ(a, b)) return;
    report({
      cell: initial.cell,
      related: { table: other, cell: approved.cell },
      data: { typed: inUnitOf(a, reviewed), approved: inUnitOf(b, reviewed) },
      expected: inUnit(b, reviewed),
      actual: inUnit(a, reviewed),
    });
  },
});
