import rule from '../../src/core/rules/stale-year';
import { RuleCase, testRule } from '../support/rule-tester';
import { parseRange, rangeToA1 } from '../../src/core/grid/address';
import { CLEAN_INDICATORS, CLEAN_TASKS, departmentTable, projectTable, SheetSpec, TaskSpec, withCell } from '../support/tables';

/*
 * 2022 tables: a year older than 2021 in their text is stale. Department task contents are in
 * B7–B11, the goal in B13, targets in G (from row 15); the project goal is in B9.
 */
const contentOf2ndTask = (content: string): TaskSpec[] => CLEAN_TASKS.map((t, k) => (k === 1 ? { ...t, content } : t));
const dept2022 = (content: string) => departmentTable({ year: 2022, tasks: contentOf2ndTask(content) });
/** The same text copied into two tasks' contents, under two headings (names) or one. */
const copiedInto2nd3rd = (name?: string) =>
  departmentTable({ year: 2022, tasks: CLEAN_TASKS.map((t, k) => (k === 1 || k === 2 ? { ...t, ...(name ? { name } : {}), content: '协助完成2018年度检查验收' } : t)) });
/** A blank column inserted after column A, between the task names and their contents. */
function blankColumnAfterA(spec: SheetSpec): SheetSpec {
  const rows = spec.rows.map((r) => (r.length > 1 ? [r[0], undefined, ...r.slice(1)] : [...r]));
  const merges = spec.merges.map((m) => {
    const a = parseRange(m);
    return rangeToA1({ top: a.top, bottom: a.bottom, left: a.left >= 1 ? a.left + 1 : a.left, right: a.right >= 1 ? a.right + 1 : a.right });
  });
  return { ...spec, rows, merges };
}

const notStale: RuleCase[] = [
  // A heading that is only a year names past figures on purpose (Hubei's 近两年收支金额: corpus f-hb-guangshui-2023).
  '2019年',
  '（2018年度）',
  // A year's actual figures beside this year's budget (鄂州's 项目预算成本构成: n-hb-ezhou-2022-office-building).
  '2020年实际执行数',
  '2019年决算数（万元）',
  '2021年结转项目续建',
  '2022年新增项目',
  '完成2022 年度目标',
  '根据福府规[2017]2号执行',
  '依据财预〔2021〕101号文件',
  '按深府办〔2018〕12号、【2019】3号通知执行',
  '2023年12月31日前完成验收',
  '2021年实际执行数的基础上完成', // last year cited, no deadline
  '对2021年底前建成的项目进行管护', // last year's works named, no deadline of this table
  '较2021年计划增加10%', // last year's plan compared with, not opening the clause
  '2021年完成建档1000份，今年计划再建500份', // last year's work cited, this year's plan
  '面向2035年远景目标',
  '编号20190年', // not a year: 2019 is followed by another digit
].map((content) => ({ name: `“${content}” in a 2022 table`, table: dept2022(content) }));

testRule(rule, {
  valid: [
    { name: 'clean 2022 department table', table: departmentTable({ year: 2022 }) },
    { name: 'clean 2022 project table', table: projectTable({ year: 2022 }) },
    { name: 'clean 2023 department table (its target says 2023年12月31日前)', table: departmentTable() },
    ...notStale,
    {
      name: 'a table whose fiscal year is unknown is not checked',
      table: withCell(departmentTable({ year: 2022, sheet: 'Sheet1', tasks: contentOf2ndTask('开展2019年度课题调研') }), 'A2', undefined),
    },
  ],
  invalid: [
    {
      // 原州's (ww-nx-yuanzhou-2022-seed-potato-eval D17, both readings).
      name: 'last year’s deadline: 2021年11月30日前完成资金支付 in a 2022 table',
      table: dept2022('2021年11月30日前完成资金支付'),
      findings: [{ cell: 'B8', message: '文字中出现 2021 年，本表为 2022 年度' }],
    },
    {
      // 阜康's (ad-xj-fukang-2023-survey-subsidy-eval B10): the deed a few words after the deadline, within its clause.
      name: 'last year’s deadline, the deed a few words on: 2021年12月31日前至少给120人发放补贴 in a 2022 table',
      table: dept2022('在2021年12月31日前至少给120人发放记账户补贴费'),
      findings: [{ cell: 'B8', message: '文字中出现 2021 年，本表为 2022 年度' }],
    },
    {
      // 大英's (ae-sc-daying-2023-resident-insurance-supervision-eval D5, both readings): last year's plan as this year's goal.
      name: 'a plan for last year opening its clause: 2021年医疗保障局计划使用财政资金45万元 in a 2022 table',
      table: dept2022('2021年医疗保障局计划使用财政资金45万元给聘用的14人发放工资'),
      findings: [{ cell: 'B8', message: '文字中出现 2021 年，本表为 2022 年度' }],
    },
    {
      name: 'after a stop: 开展监管。2021年拟购置设备3台',
      table: dept2022('开展监管。2021年拟购置设备3台'),
      findings: [{ cell: 'B8', actual: 2021 }],
    },
    {
      // 南充's (tt-sc-nanchong-2023-grain-for-green-eval C5, C6, both readings): the goal's sentence repeated under another heading.
      name: 'the same stale text under two headings is reported twice',
      table: copiedInto2nd3rd(),
      findings: [{ cell: 'B8' }, { cell: 'B9' }],
    },
    {
      // The heading is the text before it in its row, a blank cell between or not (南充's with a blank column inserted).
      name: 'under two headings with a blank column between headings and texts, twice',
      table: blankColumnAfterA(copiedInto2nd3rd()),
      findings: [{ cell: 'C8' }, { cell: 'C9' }],
    },
    {
      name: 'under one heading filled down, once',
      table: copiedInto2nd3rd('综合信息服务平台'),
      findings: [{ cell: 'B8' }],
    },
    {
      name: 'under one heading filled down, a blank column between, once',
      table: blankColumnAfterA(copiedInto2nd3rd('综合信息服务平台')),
      findings: [{ cell: 'C8' }],
    },
    {
      name: 'a year’s figures named in a sentence are still text: 参照2019年实际执行数编制',
      table: dept2022('参照2019年实际执行数编制'),
      findings: [{ cell: 'B8', message: '文字中出现 2019 年，本表为 2022 年度' }],
    },
    {
      name: 'a task content naming 2019年 in a 2022 table',
      table: dept2022('开展2019年度课题调研，形成调研报告'),
      findings: [
        {
          cell: 'B8',
          message: '文字中出现 2019 年，本表为 2022 年度',
          expected: '>= 2021',
          actual: 2019,
        },
      ],
    },
    {
      name: 'the fiscal year − 2 is already stale',
      table: dept2022('延续2020年工作'),
      findings: [{ cell: 'B8', actual: 2020, expected: '>= 2021' }],
    },
    {
      name: 'a space between the year and 年',
      table: dept2022('2019 年度项目'),
      findings: [{ cell: 'B8', actual: 2019 }],
    },
    {
      name: 'full-width digits',
      table: dept2022('２０１９年度课题'),
      findings: [{ cell: 'B8', actual: 2019 }],
    },
    {
      name: 'a document number beside a real stale year: the year still counts',
      table: dept2022('依据深府〔2019〕3号，巩固2018年成果'),
      findings: [{ cell: 'B8', actual: 2018, message: '2018 年' }],
    },
    {
      name: 'several stale years in one cell: one finding, the oldest',
      table: dept2022('2019年、2018年课题结项'),
      findings: [{ cell: 'B8', actual: 2018 }],
    },
    {
      name: 'stale years in two cells, in sheet order',
      table: departmentTable({ year: 2022, tasks: contentOf2ndTask('2019年课题'), goal: '完成2020年遗留任务。' }),
      findings: [
        { cell: 'B8', actual: 2019 },
        { cell: 'B13', actual: 2020 },
      ],
    },
    {
      name: 'a target copied from an old table',
      table: departmentTable({
        year: 2022,
        indicators: CLEAN_INDICATORS.map((i) => (i.name === '工作计划完成时间' ? { ...i, target: '2019年12月31日前' } : i)),
      }),
      findings: [{ cell: 'G21', actual: 2019, message: '2019' }],
    },
    {
      name: 'a 2023 table mentioning 2021年',
      table: departmentTable({ goal: '巩固2021年建设成果。' }),
      findings: [{ cell: 'B13', actual: 2021, expected: '>= 2022', message: '本表为 2023 年度' }],
    },
    {
      name: 'a project goal naming 2019年',
      table: projectTable({ year: 2022, goal: '延续2019年项目，保障平台运行。' }),
      findings: [{ cell: 'B9', actual: 2019, message: '文字中出现 2019 年，本表为 2022 年度' }],
    },
  ],
});
