import rule from '../../src/core/rules/total-mismatch';
import { testRule } from '../support/rule-tester';
import { Cell, CLEAN_TASKS, departmentTable, findCell, projectTable, SheetSpec, TaskSpec, withCell } from '../support/tables';

/*
 * Default department layout (5 tasks): tasks in rows 7–11, 金额合计 in row 12; columns
 * E 总额 | F 财政拨款 | G 其他资金. Clean column sums: E 4,569.95, F 4,558.14, G 11.81.
 * With `grandTotal: null` there is no 金额合计 row, so a row's 总额 is the only relation.
 * Default project layout: D6 年度资金总额, D7 其中：财政拨款 (120.50), D8 其他资金 (30.00).
 */

/** CLEAN_TASKS with task i replaced by fields of `patch`. */
const tasksWith = (i: number, patch: Partial<TaskSpec>): TaskSpec[] => CLEAN_TASKS.map((t, k) => (k === i ? { ...t, ...patch } : t));

const money = (value: number, formula?: string) => ({ value, formula, format: '#,##0.00' });

// Two tasks adding up to 44,350.01, whose totals were computed by formulas in binary floating point.
const bigTasks: TaskSpec[] = [
  { name: '基本支出', fiscal: 44000, other: 0 },
  { name: '课题调研', fiscal: 350.01, other: 0 },
];
const formulaNoise = withCell(
  withCell(departmentTable({ tasks: bigTasks }), 'E9', money(44350.009999999995, '=SUM(E7:E8)')),
  'F9',
  money(44350.009999999995, '=SUM(F7:F8)'),
);


/**
 * 湖南's 部门整体支出绩效自评表 (dd-hn-hengshan-guantang-2023-dept-eval): 年度资金总额 (年初 861.1, 全年预算 and
 * 执行 2030.12) split two ways under it, 按收入性质分 in B (rows 6–10) and 按支出性质分 in E (rows 6–8).
 */
const hunanSplits = (income: Cell[], spending: Cell[]): SheetSpec => ({
  name: 'Sheet1',
  rows: [
    ['部门整体支出绩效自评表'],
    ['(2023年度)'],
    ['预算部门、单位名称', '贯塘乡人民政府'],
    ['年度预算申请(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分'],
    [null, '年度资金总额', 861.1, 2030.12, 2030.12, 10, '100%', 10],
    ...[0, 1, 2, 3, 4].map((i) => [null, income[i] ?? null, null, null, spending[i] ?? null]),
    ['年度总体目标', '预期目标', null, null, '实际完成情况'],
    [null, '完成乡镇各项监督检查工作12次', null, null, '完成监督检查12次'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '监督检查次数', '12次', '12次', 50, 50],
    ['效益指标', '社会效益指标', '群众满意度', '≥90%', '95%', 40, 40],
  ],
  merges: ['A4:A10', 'B6:D6', 'E6:H6', 'B7:D7', 'E7:H7', 'B8:D8', 'E8:H8', 'B9:D9', 'B10:D10', 'A11:A12'],
});
const INCOME = ['按收入性质分:2030.12', '其中: 一般公共预算:1325.68', '政府性基金拨款:118.82', '纳入专户管理的非税收入拨款:', '其他资金:585.62'];
/** 衡阳's 整体支出绩效目标表 laid across: 资金总额 | 按收入性质分 over four lines | 按支出性质分 over two, amounts a row lower. */
const acrossSplits = (basic: number): SheetSpec => ({
  name: 'Sheet1',
  rows: [
    ['整体支出绩效目标表'],
    ['金额单位:万元'],
    ['单位名称', '资金总额', '按收入性质分', null, null, null, '按支出性质分', null, '整体绩效目标', '部门整体支出年度绩效目标'],
    [null, null, '一般公共预算', '政府性基金拨款', '财政专户管理资金', '其他资金', '基本支出', '项目支出', null, '一级指标', '二级指标', '三级指标', '指标值'],
    ['衡阳市社会福利院', 1752.48, 1462.48, 200, null, 90, basic, 1052.1, '保障院内283名服务对象的基本生活', '产出指标', '数量指标', '供养人数', '283人'],
    [null, null, null, null, null, null, null, null, null, '效益指标', '社会效益指标', '服务对象满意度', '≥90%'],
  ],
  merges: ['A3:A4', 'B3:B4', 'C3:F3', 'G3:H3', 'I3:I4', 'J3:M3'],
});


/**
 * 湖北's 部门整体绩效目标申报表 (bc-hb-huanggang-2023-child-welfare-dept-targets): 收入构成 and 支出构成, each closed
 * by a 合计 over its lines in 当年金额 | 占比 | 2021 | 2022; `income` is the 收入 合计 row's cells D…G.
 */
const hubeiMakeup = (income: Cell[]): SheetSpec => ({
  name: 'Sheet1',
  rows: [
    ['部门整体绩效目标申报表'],
    ['2023  年度'],
    [null, null, null, null, '单位:万元'],
    ['部门(单位) 名称', '黄冈市社会福利中心'],
    ['部门总体资金情况', '总体资金情况', null, '当年金额', '占比', '近两年收支金额'],
    [null, null, null, null, null, '2021', '2022'],
    [null, '收入构成', '财政拨款', 1780.51, { value: 1, format: '0%' }, 473.7, 1213.73],
    [null, null, '其他资金', 0, 0, 0, 0],
    [null, null, '合计', ...income],
    [null, '支出构成', '基本支出', 691.51, { value: 0.388, format: '0.0%' }, 473.7, 572.98],
    [null, null, '项目支出', 1089, { value: 0.612, format: '0.0%' }, 0, 640.75],
    [null, null, '合计', 1780.51, { value: 1, format: '0%' }, 473.7, 1213.73],
    ['部门职能概述', '收养社会孤弃儿童'],
    ['年度绩效目标', '保障孤弃儿童和“三无”人员的养育'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '收养儿童人数', '≥100人'],
    ['效益指标', '社会效益指标', '保障对象生活水平', '不低于上年'],
  ],
  merges: ['A5:A12', 'B5:C6', 'D5:D6', 'E5:E6', 'F5:G5', 'B7:B9', 'B10:B12'],
});
const share = { value: 1, format: '0%' };

testRule(rule, {
  valid: [
    { name: '湖北\'s 收入构成 and 支出构成 adding up, the 占比 column\'s 合计 a share (100%)', table: hubeiMakeup([1780.51, share, 473.7, 1213.73]) },
    {
      name: '湖南\'s two splits of the year\'s money, each its lines\' sum and the year\'s 2030.12',
      table: hunanSplits(INCOME, ['按支出性质分:2030.12', '其中:基本支出:900.47', '项目支出:1129.65']),
    },
    {
      name: 'a split with no amount typed, its lines (label | amount laid out in one cell each) adding up to the total',
      table: hunanSplits(['按收入性质分:', '其中: 一般公共预算:1325.68', '政府性基金拨款:118.82', '纳入专户管理的非税收入拨款:', '其他资金:585.62万元'], ['按支出性质分:', '基本支出:900.47\n项目支出:1129.65']),
    },
    {
      name: 'a split of the year\'s first budget (年初预算数 861.1) is a split of the year\'s money',
      table: hunanSplits(INCOME, ['按支出性质分:861.1', '其中:基本支出:800', '项目支出:61.1']),
    },
    { name: '衡阳\'s splits laid across, each adding up to 资金总额 1752.48', table: acrossSplits(700.38) },
    {
      // Issue 10: headings and subtotals are not tasks; the 合计 adds the leaves only.
      name: 'headings over their tasks and a 小计: each adds up, the 合计 over the leaves',
      table: departmentTable({
        tasks: [
          { name: '一、基本支出', fiscal: 300, other: 0 },
          { name: '人员经费', fiscal: 200, other: 0 },
          { name: '公用经费', fiscal: 100, other: 0 },
          { name: '二、项目支出', fiscal: 50, other: 0 },
          { name: '项目甲', fiscal: 30, other: 0 },
          { name: '项目乙', fiscal: 20, other: 0 },
          { name: '小计', fiscal: 50, other: 0 },
        ],
        grandTotal: { total: 350, fiscal: 350, other: 0 },
      }),
    },
    { name: 'a goal whose stated total its parts make', table: projectTable({ goal: '本项目共申请预算资金90万元。其中：30万元用于预算编制；30万元用于审计；30万元用于设计。' }) },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'department table without merged cells', table: departmentTable({ merges: false }) },
    { name: 'department table at a shifted origin', table: departmentTable({ origin: { row: 3, col: 2 } }) },
    {
      name: 'floating point: 0.1 + 0.2 is 0.3, and a column of 0.1, 0.7 is 0.8',
      table: departmentTable({
        tasks: [
          { name: '宣传资料印制', fiscal: 0.1, other: 0.2, total: 0.3 },
          { name: '场地租赁', fiscal: 0.7, other: 0.1, total: 0.8 },
        ],
        grandTotal: { total: 1.1, fiscal: 0.8, other: 0.3 },
      }),
    },
    { name: 'floating point: 金额合计 stored by =SUM as 44350.009999999995 is 44,350.01', table: formulaNoise },
    {
      name: 'floating point: project 年度资金总额 stored by =SUM as 0.30000000000000004',
      table: withCell(
        projectTable({ funds: { parts: [['其中：财政拨款', 0.1], ['其他资金', 0.2]] } }),
        'D6',
        money(0.1 + 0.2, '=SUM(D7:D8)'),
      ),
    },
    {
      name: 'parts with more than two decimals (万元 from 元) that match the total to the cent',
      table: departmentTable({
        tasks: [{ name: '平台运维', fiscal: 1.234567, other: 2.345678, total: 3.58 }],
        grandTotal: { total: 3.58, fiscal: 1.23, other: 2.35 },
      }),
    },
    {
      name: 'parts of 1.004 + 1.004 under a total of 2.01 (the exact sum 2.008 shows as 2.01)',
      table: departmentTable({ tasks: [{ name: '平台运维', fiscal: 1.004, other: 1.004, total: 2.01 }], grandTotal: null }),
    },
    { name: 'amounts typed as text with thousands separators are summed', table: departmentTable({ amountsAsText: 'thousands' }) },
    { name: 'amounts typed with full-width digits are summed', table: departmentTable({ amountsAsText: 'fullwidth' }) },
    { name: 'amounts typed as text with surrounding spaces are summed', table: departmentTable({ amountsAsText: 'spaces' }) },
    {
      name: 'project amounts typed as text with thousands separators',
      table: projectTable({ amountsAsText: 'thousands', funds: { parts: [['其中：财政拨款', 1120.5], ['其他资金', 30]] } }),
    },
    {
      name: 'empty 其他资金 counts as 0',
      table: departmentTable({
        tasks: [
          { name: '企业人才建设', fiscal: 350, other: null },
          { name: '综合信息服务平台', fiscal: 388.3, other: 11.7 },
        ],
      }),
    },
    {
      name: 'empty 其他资金 everywhere, its 金额合计 cell blank too',
      table: withCell(
        departmentTable({
          tasks: [
            { name: '企业人才建设', fiscal: 350, other: null },
            { name: '基本支出', fiscal: 3263.74, other: null },
          ],
        }),
        'G9',
        undefined,
      ),
    },
    {
      name: 'a placeholder “-” in 其他资金 counts as 0',
      table: departmentTable({ tasks: tasksWith(0, { other: '-', total: 350 }) }),
    },
    { name: 'project with an empty 其他资金 line', table: projectTable({ funds: { parts: [['其中：财政拨款', 120.5], ['其他资金', null]] } }) },
    {
      name: 'project with three 其中 lines that add up',
      table: projectTable({ funds: { parts: [['其中：财政拨款', 120.5], ['其他资金', 30], ['上年结转', 49.5]] } }),
    },
    {
      name: 'an unreadable part suppresses its row and column sums (amount-not-number reports it)',
      table: withCell(departmentTable(), 'F7', 'abc'),
    },
    {
      name: 'an unreadable total is not compared either',
      table: withCell(departmentTable(), 'E12', '#REF!'),
    },
    {
      name: 'an unreadable project part suppresses the 年度资金总额 check',
      table: withCell(projectTable(), 'D7', { value: '#REF!', formula: '=Sheet2!B3' }),
    },
    {
      name: 'a formula never calculated (no cached result) is not compared',
      table: withCell(departmentTable(), 'E12', { value: null, formula: '=SUM(E7:E11)' }),
    },
  ],
  invalid: [
    {
      // i-guangdong-dongguan-2022-exhibition-r5: every task's 小计 blank beside its 市财政拨款, the 合计's 小计 0.
      name: 'a 总额 column left blank in every task row: one finding, where the 合计 row does not add up across',
      table: departmentTable({
        tasks: [
          { name: '场馆日常运转人员经费', fiscal: 1166.1, other: null, total: null },
          { name: '场馆日常运转公用经费', fiscal: 83.4, other: null, total: null },
        ],
        grandTotal: { total: 0, fiscal: 1249.5, other: 0 },
      }),
      findings: [{ cell: 'E9', message: '总额为 0.00，与其中各项之和 1,249.50 不符' }],
    },
    {
      // bc-hb-huanggang-2023-child-welfare-dept-targets: the 合计's share copied across its amounts.
      name: 'a 合计 typed as a share (100%) where its lines are amounts',
      table: hubeiMakeup([share, share, share, 1213.73]),
      findings: [
        { cell: 'D9', message: '合计为 100%，其上各项之和为 1,780.51', expected: 1780.51, actual: 1 },
        { cell: 'F9', message: '合计为 100%，其上各项之和为 473.70' },
      ],
    },
    {
      // dd-hn-hengshan-guantang-2023-dept-eval, all four readings: 900.47 + 1025.20 = 1925.67.
      name: 'a split that is not the year\'s money (按支出性质分 1925.67 against 2030.12)',
      table: hunanSplits(INCOME, ['按支出性质分:1925.67', '其中:基本支出:900.47', '项目支出:1025.20']),
      findings: [{ cell: 'E6', related: 'E5', message: '“按支出性质分”为 1,925.67，与年度资金总额 2,030.12 不符（相差 104.45）', expected: 2030.12, actual: 1925.67 }],
    },
    {
      name: 'a split whose typed amount its lines do not make',
      table: hunanSplits(INCOME, ['按支出性质分:2030.12', '其中:基本支出:900.47', '项目支出:1025.20']),
      findings: [{ cell: 'E6', message: '“按支出性质分”为 2,030.12，其中各项之和为 1,925.67', expected: 1925.67, actual: 2030.12 }],
    },
    {
      name: 'a split laid across whose lines do not make 资金总额',
      table: acrossSplits(600.38),
      findings: [{ cell: 'G3', related: 'B5', message: '“按支出性质分”为 1,652.48，与年度资金总额 1,752.48 不符', expected: 1752.48, actual: 1652.48 }],
    },
    {
      name: 'a heading that its tasks do not make: reported on the heading, fixed over its own tasks',
      table: departmentTable({
        tasks: [
          { name: '一、基本支出', fiscal: 300, other: 0 },
          { name: '人员经费', fiscal: 200, other: 0 },
          { name: '公用经费', fiscal: 90, other: 0 },
          { name: '二、项目支出', fiscal: 50, other: 0 },
          { name: '项目甲', fiscal: 50, other: 0 },
        ],
        grandTotal: { total: 340, fiscal: 340, other: 0 },
      }),
      findings: [
        { cell: 'E7', message: '“一、基本支出”为 300.00，其下各任务之和为 290.00', expected: 290, actual: 300, fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'E7', formula: '=SUM(E8:E9)', value: 290 }] },
        { cell: 'F7', message: '“一、基本支出”为 300.00，其下各任务之和为 290.00' },
      ],
    },
    {
      name: 'a 合计 over leaves and subtotals alike is wrong, and its fix sums the leaves only',
      table: departmentTable({
        tasks: [
          { name: '项目甲', fiscal: 30, other: 0 },
          { name: '项目乙', fiscal: 20, other: 0 },
          { name: '小计', fiscal: 50, other: 0 },
          { name: '项目丙', fiscal: 10, other: 0 },
        ],
        grandTotal: { total: 110, fiscal: 110, other: 0 },
      }),
      findings: [
        { cell: 'E11', message: '金额合计为 110.00，各任务之和为 60.00', expected: 60, fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'E11', formula: '=SUM(E7,E8,E10)', value: 60 }] },
        { cell: 'F11', message: '金额合计为 110.00，各任务之和为 60.00' },
      ],
    },
    {
      // Corpus c-anhui-tangxi-weituo-2022: 89.97 in all, parts 30 + 30 + 29.99.
      name: 'a goal that states a total its listed parts do not make',
      table: projectTable({ goal: '本项目共完成预算资金89.97万元。其中：30万元用于预算编制；30万元用于审计；29.99万元用于设计。' }),
      findings: [{ cell: findCell(projectTable({ goal: '本项目共完成预算资金89.97万元。其中：30万元用于预算编制；30万元用于审计；29.99万元用于设计。' }), '本项目共完成预算资金89.97万元。其中：30万元用于预算编制；30万元用于审计；29.99万元用于设计。'), message: '文字中的总数 89.97万元 与其中所列各项之和 89.99万元 不符' }],
    },
    {
      // Corpus c-anhui-tangxi-weituo-2022: 89.97 in all, parts 30 + 30 + 29.99.
      name: 'a goal that states a total its listed parts do not make, a space before each unit (89.97 万元), as text converted from Word writes it',
      table: projectTable({ goal: '本项目共完成预算资金89.97 万元。其中：30 万元用于预算编制；30 万元用于审计；29.99 万元用于设计。' }),
      findings: [{ cell: findCell(projectTable({ goal: '本项目共完成预算资金89.97 万元。其中：30 万元用于预算编制；30 万元用于审计；29.99 万元用于设计。' }), '本项目共完成预算资金89.97 万元。其中：30 万元用于预算编制；30 万元用于审计；29.99 万元用于设计。'), message: '文字中的总数 89.97万元 与其中所列各项之和 89.99万元 不符' }],
    },
    {
      name: '金额合计 columns off by 0.01',
      table: departmentTable({ grandTotal: { total: 4569.94, fiscal: 4558.13 } }),
      findings: [
        {
          cell: 'E12',
          message: '金额合计为 4,569.94，各任务之和为 4,569.95（相差 0.01）',
          related: 'E7:E11',
          expected: 4569.95,
          actual: 4569.94,
          fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'E12', formula: '=SUM(E7:E11)', value: 4569.95 }],
        },
        {
          cell: 'F12',
          message: '金额合计为 4,558.13，各任务之和为 4,558.14（相差 0.01）',
          related: 'F7:F11',
          expected: 4558.14,
          actual: 4558.13,
          fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'F12', formula: '=SUM(F7:F11)', value: 4558.14 }],
        },
      ],
    },
    {
      name: 'a row’s 总额 ≠ 财政拨款 + 其他资金 (no 金额合计 row)',
      table: departmentTable({ tasks: tasksWith(1, { total: 400.01 }), grandTotal: null }),
      findings: [
        {
          cell: 'E8',
          message: '总额为 400.01，与其中各项之和 400.00 不符（相差 0.01）',
          related: 'F8:G8',
          expected: 400,
          actual: 400.01,
          fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'E8', formula: '=F8+G8', value: 400 }],
        },
      ],
    },
    {
      name: 'a row’s 总额 off carries into the 金额合计 row’s own 总额',
      table: departmentTable({ tasks: tasksWith(1, { total: 400.01 }) }),
      findings: [
        { cell: 'E8', message: '总额为 400.01', expected: 400, actual: 400.01 },
        {
          cell: 'E12',
          message: '总额为 4,569.96，与其中各项之和 4,569.95 不符（相差 0.01）',
          related: 'F12:G12',
          expected: 4569.95,
          actual: 4569.96,
          fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'E12', formula: '=F12+G12', value: 4569.95 }],
        },
      ],
    },
    {
      name: 'a row’s 总额 off, without merged cells',
      table: departmentTable({ merges: false, tasks: tasksWith(3, { total: 309.16 }), grandTotal: null }),
      findings: [{ cell: 'E10', related: 'F10:G10', expected: 309.17, actual: 309.16 }],
    },
    {
      name: 'a row’s 总额 left empty while its parts hold amounts',
      table: departmentTable({ tasks: [{ name: '企业人才建设', fiscal: 300, other: 50, total: null }], grandTotal: null }),
      findings: [
        {
          cell: 'E7',
          message: '总额为 —，与其中各项之和 350.00 不符',
          expected: 350,
          actual: null,
          fix: [{ op: 'set-formula', sheet: '2023年度', cell: 'E7', formula: '=F7+G7', value: 350 }],
        },
      ],
    },
    {
      // The 金额合计 row no longer adds up across either, but G12's own finding explains that.
      name: '金额合计 其他资金 left blank while the tasks have 其他资金: reported at G12 only',
      table: withCell(departmentTable(), 'G12', undefined),
      findings: [{ cell: 'G12', message: '金额合计为 —，各任务之和为 11.81', related: 'G7:G11', expected: 11.81, actual: null }],
    },
    {
      name: 'parts of 1.004 + 1.004 under a total of 2.00 (off by 0.01 as shown)',
      table: departmentTable({ tasks: [{ name: '平台运维', fiscal: 1.004, other: 1.004, total: 2 }], grandTotal: null }),
      findings: [{ cell: 'E7', message: '总额为 2.00，与其中各项之和 2.01 不符（相差 0.01）', expected: 2.008, actual: 2 }],
    },
    {
      name: 'text amounts with thousands separators: summed, and the fix sets a value, not a formula',
      table: departmentTable({ amountsAsText: 'thousands', tasks: [{ name: '基本支出', fiscal: 1200, other: 34.5, total: 1234 }], grandTotal: null }),
      findings: [
        {
          cell: 'E7',
          message: '总额为 1,234.00，与其中各项之和 1,234.50 不符（相差 0.50）',
          related: 'F7:G7',
          expected: 1234.5,
          actual: 1234,
          fix: [{ op: 'set-value', sheet: '2023年度', cell: 'E7', value: 1234.5 }],
        },
      ],
    },
    {
      name: 'one part typed as text is enough to make the fix a value',
      table: withCell(departmentTable({ tasks: [{ name: '基本支出', fiscal: 1200, other: 34.5, total: 1234 }], grandTotal: null }), 'F7', '1,200.00'),
      findings: [{ cell: 'E7', expected: 1234.5, actual: 1234, fix: [{ op: 'set-value', sheet: '2023年度', cell: 'E7', value: 1234.5 }] }],
    },
    {
      name: 'a text 金额合计 off breaks its row and its column: one finding, for the column',
      table: departmentTable({ amountsAsText: 'thousands', grandTotal: { total: 4558 } }),
      findings: [
        {
          cell: 'E12',
          message: '金额合计为 4,558.00，各任务之和为 4,569.95（相差 11.95）',
          related: 'E7:E11',
          expected: 4569.95,
          actual: 4558,
          fix: [{ op: 'set-value', sheet: '2023年度', cell: 'E12', value: 4569.95 }],
        },
      ],
    },
    {
      name: 'project 年度资金总额 ≠ its 其中 lines',
      table: projectTable({ funds: { total: 150, parts: [['其中：财政拨款', 120.5], ['其他资金', 30]] } }),
      findings: [
        {
          cell: 'D6',
          message: '年度资金总额为 150.00，其中各项之和为 150.50（相差 0.50）',
          related: 'D7:D8',
          expected: 150.5,
          actual: 150,
          fix: [{ op: 'set-formula', sheet: '2023项目', cell: 'D6', formula: '=SUM(D7:D8)', value: 150.5 }],
        },
      ],
    },
    {
      name: 'project 年度资金总额 off by 0.01 with three 其中 lines',
      table: projectTable({ funds: { total: 199.99, parts: [['其中：财政拨款', 120.5], ['其他资金', 30], ['上年结转', 49.5]] } }),
      findings: [
        {
          cell: 'D6',
          message: '（相差 0.01）',
          related: 'D7:D9',
          expected: 200,
          actual: 199.99,
          fix: [{ op: 'set-formula', sheet: '2023项目', cell: 'D6', formula: '=SUM(D7:D9)', value: 200 }],
        },
      ],
    },
    {
      name: 'project 年度资金总额 left empty',
      table: projectTable({ funds: { total: null, parts: [['其中：财政拨款', 120.5], ['其他资金', 30]] } }),
      findings: [{ cell: 'D6', message: '年度资金总额为 —', expected: 150.5, actual: null }],
    },
    {
      name: 'project amounts as text: the fix sets a value',
      table: projectTable({ amountsAsText: 'thousands', funds: { total: 1150, parts: [['其中：财政拨款', 1120.5], ['其他资金', 30]] } }),
      findings: [
        {
          cell: 'D6',
          message: '年度资金总额为 1,150.00，其中各项之和为 1,150.50',
          expected: 1150.5,
          actual: 1150,
          fix: [{ op: 'set-value', sheet: '2023项目', cell: 'D6', value: 1150.5 }],
        },
      ],
    },
  ],
});
