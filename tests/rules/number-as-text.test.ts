import rule from '../../src/core/rules/number-as-text';
import { testRule } from '../support/rule-tester';
import { departmentTable, projectTable, withCell } from '../support/tables';

/*
 * Department amounts: E 总额 | F 财政拨款 | G 其他资金, tasks in rows 7–11, 金额合计 in row 12.
 * Project amounts: D6 年度资金总额, D7 财政拨款, D8 其他资金.
 */
const dept = departmentTable();
const project = projectTable();

testRule(rule, {
  valid: [
    // The unit typed after the number is the table's own (corpus b-qingshan-2020-education): nothing to report.
    { name: 'amounts typed with the table’s unit: 10000万元', table: projectTable({ funds: { total: '10000万元', parts: [['其中：财政拨款', '10000万元']] } }) },
    { name: 'clean department table: real numbers', table: dept },
    { name: 'clean project table: real numbers', table: project },
    { name: 'a real number with a formula', table: withCell(dept, 'E7', { value: 350, formula: '=F7+G7', format: '#,##0.00' }) },
    { name: 'a real number in General format', table: withCell(dept, 'F8', 388.3) },
    { name: 'a real zero', table: withCell(dept, 'G7', 0) },
    { name: 'placeholder “-” is not a number typed as text', table: withCell(dept, 'G7', '-') },
    { name: 'an empty cell', table: withCell(dept, 'G7', undefined) },
    { name: 'text that is not a number (amount-not-number reports it)', table: withCell(dept, 'F7', 'abc') },
    { name: 'a number typed as text outside the amount columns', table: withCell(dept, 'B7', '1,000.00') },
  ],
  invalid: [
    {
      name: 'thousands separators',
      table: withCell(dept, 'F9', '3,263.74'),
      findings: [{ cell: 'F9', message: '金额“3,263.74”是文本格式，按 3,263.74 计算' }],
    },
    {
      name: 'full-width digits',
      table: withCell(dept, 'F7', '３５０．００'),
      // Quoted as read: the sheet's digits half-width.
      findings: [{ cell: 'F7', message: '金额“350.00”是文本格式，按 350.00 计算' }],
    },
    {
      name: 'surrounding spaces, trimmed in the report',
      table: withCell(dept, 'G8', '  11.70 '),
      findings: [{ cell: 'G8', message: '金额“11.70”是文本格式' }],
    },
    {
      name: 'a zero typed as text',
      table: withCell(dept, 'G7', '0'),
      findings: [{ cell: 'G7', message: '按 0.00 计算' }],
    },
    {
      name: 'a currency sign',
      table: withCell(dept, 'F7', '¥350.00'),
      findings: [{ cell: 'F7', message: '金额“¥350.00”是文本格式，按 350.00 计算' }],
    },
    {
      name: 'an accounting negative',
      table: withCell(dept, 'F7', '(1,000.00)'),
      findings: [{ cell: 'F7', message: '按 -1,000.00 计算' }],
    },
    {
      name: 'the 金额合计 row',
      table: withCell(dept, 'E12', '4,569.95'),
      findings: [{ cell: 'E12', message: '按 4,569.95 计算' }],
    },
    {
      name: 'a formula returning text (=TEXT(…)) is still text to SUM',
      table: withCell(dept, 'E7', { value: '350.00', formula: '=TEXT(F7+G7,"0.00")' }),
      findings: [{ cell: 'E7', message: '金额“350.00”是文本格式' }],
    },
    {
      name: 'a whole project fund block typed as text, in sheet order',
      table: projectTable({ amountsAsText: 'thousands', funds: { parts: [['其中：财政拨款', 1120.5], ['其他资金', 30]] } }),
      findings: [
        { cell: 'D6', message: '金额“1,150.50”是文本格式' },
        { cell: 'D7', message: '金额“1,120.50”是文本格式' },
        { cell: 'D8', message: '金额“30.00”是文本格式' },
      ],
    },
    {
      name: 'project 其他资金 with spaces',
      table: withCell(project, 'D8', ' 30 '),
      findings: [{ cell: 'D8', message: '金额“30”是文本格式，按 30.00 计算' }],
    },
  ],
});
