import rule from '../../src/core/rules/amount-not-number';
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
    { name: 'clean department table', table: dept },
    { name: 'clean project table', table: project },
    { name: 'placeholder “-” is a blank, not an error', table: withCell(dept, 'G7', '-') },
    { name: 'placeholder “—” is a blank, not an error', table: withCell(dept, 'G8', '—') },
    { name: 'placeholder “/” is a blank, not an error', table: withCell(dept, 'G9', '/') },
    { name: 'placeholder “无” is a blank, not an error', table: withCell(dept, 'G10', '无') },
    { name: 'an empty cell', table: withCell(dept, 'G11', undefined) },
    { name: 'a cell of spaces', table: withCell(dept, 'G11', '   ') },
    { name: 'amounts typed as text with thousands separators', table: departmentTable({ amountsAsText: 'thousands' }) },
    { name: 'amounts typed with full-width digits', table: departmentTable({ amountsAsText: 'fullwidth' }) },
    { name: 'amounts typed with surrounding spaces', table: projectTable({ amountsAsText: 'spaces' }) },
    { name: 'an accounting negative is a number (negative-amount reports it)', table: withCell(dept, 'F7', '(1,000.00)') },
    { name: 'a currency sign and a trailing 万元', table: withCell(withCell(dept, 'F7', '¥350.00'), 'E7', '350.00万元') },
    { name: 'a formula with its cached result', table: withCell(dept, 'E7', { value: 350, formula: '=F7+G7' }) },
    { name: 'a formula never calculated is unknown, not invalid', table: withCell(dept, 'E12', { value: null, formula: '=SUM(E7:E11)' }) },
    { name: 'project placeholder “-” in 其他资金', table: withCell(project, 'D8', '-') },
    { name: 'text outside the amount columns is not an amount', table: withCell(dept, 'B7', 'abc') },
    { name: 'a blank total over a line with its amount is total-mismatch’s', table: withCell(project, 'D6', undefined) },
  ],
  invalid: [
    {
      // 乐昌's and 巫溪's (vv-gd-lechang-2018-vocational-aid-targets C8, vv-cq-wuxi-2025-rural-housing-targets D6).
      name: 'the project’s money left out: 年度资金总额 blank, its lines blank or text',
      table: withCell(withCell(withCell(project, 'D6', undefined), 'D7', '参见附件1具体金额'), 'D8', undefined),
      findings: [
        { cell: 'D6', message: '“年度资金总额”未填写金额，其中各项也没有金额' },
        { cell: 'D7', message: '金额“参见附件1具体金额”不是数字' },
      ],
    },
    {
      name: 'letters in 财政拨款',
      table: withCell(dept, 'F7', 'abc'),
      findings: [{ cell: 'F7', message: '金额“abc”不是数字', actual: 'abc' }],
    },
    {
      name: 'an error value left by a broken formula',
      table: withCell(dept, 'E8', { value: '#REF!', formula: '=Sheet2!B3+G8' }),
      findings: [{ cell: 'E8', message: '金额“#REF!”不是数字', actual: '#REF!' }],
    },
    {
      name: 'a boolean TRUE',
      table: withCell(dept, 'G9', true),
      findings: [{ cell: 'G9', message: '金额“TRUE”不是数字', actual: 'TRUE' }],
    },
    {
      name: 'a word where the amount belongs, trimmed in the report',
      table: withCell(dept, 'F10', '  待定 '),
      findings: [{ cell: 'F10', message: '金额“待定”不是数字', actual: '待定' }],
    },
    {
      name: 'an approximate amount',
      table: withCell(dept, 'F11', '约246.94'),
      findings: [{ cell: 'F11', actual: '约246.94' }],
    },
    {
      name: 'the 金额合计 row is checked too',
      table: withCell(dept, 'E12', '#VALUE!'),
      findings: [{ cell: 'E12', actual: '#VALUE!' }],
    },
    {
      name: 'several bad cells, in sheet order',
      table: withCell(withCell(dept, 'G11', 'n/a?'), 'F7', 'abc'),
      findings: [
        { cell: 'F7', actual: 'abc' },
        { cell: 'G11', actual: 'n/a?' },
      ],
    },
    {
      name: 'project 年度资金总额 as an error value',
      table: withCell(project, 'D6', { value: '#DIV/0!', formula: '=D7/0' }),
      findings: [{ cell: 'D6', message: '#DIV/0!', actual: '#DIV/0!' }],
    },
    {
      name: 'project 财政拨款 as words',
      table: withCell(project, 'D7', '见附表'),
      findings: [{ cell: 'D7', message: '金额“见附表”不是数字', actual: '见附表' }],
    },
  ],
});
