import rule from '../../src/core/rules/negative-amount';
import { testRule } from '../support/rule-tester';
import { CLEAN_INDICATORS, departmentTable, projectTable, withCell } from '../support/tables';

/*
 * Department amounts: E 总额 | F 财政拨款 | G 其他资金, tasks from row 7, then 金额合计.
 * Project amounts: D6 年度资金总额, D7 财政拨款, D8 其他资金.
 */
const dept = departmentTable();

testRule(rule, {
  valid: [
    { name: 'clean department table', table: dept },
    { name: 'clean project table', table: projectTable() },
    { name: 'zero amounts', table: departmentTable({ tasks: [{ name: '基本支出', fiscal: 0, other: 0 }] }) },
    { name: 'a zero typed as text', table: withCell(dept, 'G7', '0.00') },
    { name: 'an accounting zero “(0.00)” is not below zero', table: withCell(dept, 'G7', '(0.00)') },
    { name: 'placeholder dashes are blanks, not minus signs', table: withCell(withCell(dept, 'G7', '-'), 'G8', '—') },
    {
      name: 'a falling target (下降 5%, -5%) is not an amount',
      table: departmentTable({
        indicators: [...CLEAN_INDICATORS, { l1: '产出', l2: '成本', name: '单位成本变动', target: '-5%' }],
        goal: '公用经费较上年下降5%，即-12.50万元。',
      }),
    },
  ],
  invalid: [
    {
      name: 'a negative task amount, carried into its row total',
      table: departmentTable({
        tasks: [
          { name: '退回资金', fiscal: -5, other: 0 },
          { name: '基本支出', fiscal: 10, other: 0 },
        ],
      }),
      findings: [
        { cell: 'E7', message: '金额 -5.00 为负数', actual: -5 },
        { cell: 'F7', message: '金额 -5.00 为负数', actual: -5 },
      ],
    },
    {
      name: 'an accounting negative typed as text',
      table: withCell(dept, 'F7', '(1,000.00)'),
      findings: [{ cell: 'F7', message: '金额 -1,000.00 为负数', actual: -1000 }],
    },
    {
      name: 'a minus sign typed as text',
      table: withCell(dept, 'G8', '-11.70'),
      findings: [{ cell: 'G8', message: '-11.70', actual: -11.7 }],
    },
    {
      name: 'a full-width minus sign',
      table: withCell(dept, 'G8', '－１１．７０'),
      findings: [{ cell: 'G8', actual: -11.7 }],
    },
    {
      name: 'a negative 金额合计',
      table: withCell(dept, 'G12', -11.81),
      findings: [{ cell: 'G12', message: '金额 -11.81 为负数', actual: -11.81 }],
    },
    {
      name: 'a negative project 其他资金',
      table: projectTable({ funds: { parts: [['其中：财政拨款', 120.5], ['其他资金', -30]] } }),
      findings: [{ cell: 'D8', message: '金额 -30.00 为负数', actual: -30 }],
    },
    {
      name: 'a negative project 年度资金总额',
      table: withCell(projectTable(), 'D6', { value: -150.5, format: '#,##0.00' }),
      findings: [{ cell: 'D6', actual: -150.5 }],
    },
  ],
});
