import { Grid } from '../../src/core/grid/grid';
import { eachTable, recognizeSheet } from '../../src/core/recognize/recognize';
import { validateGrid } from '../../src/core/validate';
import { reportSheet } from '../../src/core/report/report';
import { LabelMap, MAX_HEADER_LABELS } from '../../src/core/recognize/label-map';
import { CLEAN_TASKS, departmentTable, IndicatorSpec, projectTable, SheetSpec, stackedSpecs, toGrid } from '../support/tables';

const codes = (spec: SheetSpec) => validateGrid(toGrid(spec)).flatMap((r) => r.findings.map((f) => `${f.code}@${f.cell}`));

/** A table with one known defect: 一般管理事务's 其他资金 makes the column total 0.01 off. */
const offByCent = { grandTotal: { total: 4569.94, other: 11.8 } };

const ind = (l1: string, l2: string, name: string, target: string): IndicatorSpec => ({ l1, l2, name, target });

describe('layout robustness', () => {
  it('reads the same table at another origin, reporting at shifted cells', () => {
    expect(codes(departmentTable(offByCent))).toEqual(['total-mismatch@E12', 'total-mismatch@G12']);
    expect(codes(departmentTable({ ...offByCent, origin: { row: 4, col: 3 } }))).toEqual(['total-mismatch@H16', 'total-mismatch@J16']);
  });

  it('reads a table without any merged cell, filling 一级/二级 down', () => {
    const [table] = recognizeSheet(toGrid(departmentTable({ merges: false })));
    const inds = table.indicators!.indicators;
    expect(inds).toHaveLength(15);
    expect(inds.map((i) => i.level1.text)).toEqual([...Array(8).fill('产出'), ...Array(5).fill('效益'), '满意度', '满意度']);
    expect(inds[1].level2).toEqual({ text: '数量', cell: 'C15', runStart: 'C15' });
    expect(codes(departmentTable({ merges: false, ...offByCent }))).toEqual(['total-mismatch@E12', 'total-mismatch@G12']);
  });

  it('reads 一级/二级 typed again on every row as one run each, as merged ones are', () => {
    const [merged] = recognizeSheet(toGrid(departmentTable()));
    const [table] = recognizeSheet(toGrid(departmentTable({ repeatCategories: true })));
    const inds = table.indicators!.indicators;
    expect(inds.map((i) => [i.level1.text, i.level2.text])).toEqual(merged.indicators!.indicators.map((i) => [i.level1.text, i.level2.text]));
    // A run's rows share its first row's field; the runs are the merged table's.
    expect(inds[1].level2).toEqual({ text: '数量', cell: 'C15', runStart: 'C15' });
    expect(inds[3].level2).toBe(inds[0].level2);
    expect(inds[7].level1).toBe(inds[0].level1);
    expect(table.indicators!.runs.map((r) => [r.level1.cell, r.level2.cell])).toEqual(merged.indicators!.runs.map((r) => [r.level1.cell, r.level2.cell]));
    // The same 二级 text under the next 一级 starts a run of its own.
    const [again] = recognizeSheet(toGrid(departmentTable({ repeatCategories: true, indicators: [ind('产出', '其他', '甲', '1个'), ind('产出', '其他', '乙', '2个'), ind('效益', '其他', '丙', '3个')] })));
    expect(again.indicators!.runs.map((r) => [r.level1.cell, r.level2.cell])).toEqual([
      ['B15', 'C15'],
      ['B17', 'C17'],
    ]);
  });

  it.each(['thousands', 'fullwidth', 'spaces'] as const)('sums amounts typed as text (%s) exactly and flags them as text', (style) => {
    const spec = departmentTable({ amountsAsText: style });
    const found = validateGrid(toGrid(spec))[0].findings;
    expect(found.filter((f) => f.code !== 'number-as-text')).toEqual([]);
    // 5 tasks and the 金额合计 row, three amounts each.
    expect(found.filter((f) => f.code === 'number-as-text')).toHaveLength(18);
  });

  it('finds a mismatch among text amounts too', () => {
    expect(codes(departmentTable({ amountsAsText: 'thousands', ...offByCent })).filter((c) => c.startsWith('total'))).toEqual([
      'total-mismatch@E12',
      'total-mismatch@G12',
    ]);
  });

  it.each([
    ['目标值 → 指标值, 三级指标 → 指标内容', { 目标值: '指标值', 三级指标: '指标内容' }],
    ['half-width punctuation and spaces', { '部门（单位）名称': '部门(单位) 名称', '预算金额（万元）': '预算金额 (万元)', '其中：财政拨款': '其中:财政拨款', '其中：其他资金': '其中: 其他资金', 一级指标: '一级 指标' }],
    ['labels without 其中', { '其中：财政拨款': '财政拨款', '其中：其他资金': '其他资金', 金额合计: '合计' }],
    ['full-width colon after labels', { 年度总体目标: '年度总体目标：', 任务名称: ' 任务名称 ' }],
  ])('recognises label variants: %s', (_name, labels) => {
    const spec = departmentTable({ labels });
    const [table] = recognizeSheet(toGrid(spec));
    expect(table.kind).toBe('department-targets');
    expect(table.tasks!.tasks).toHaveLength(CLEAN_TASKS.length);
    expect(table.tasks!.totalRow).toBeDefined();
    expect(table.indicators!.indicators).toHaveLength(15);
    expect(codes(spec)).toEqual([]);
  });

  it('reads `2022 年度` with a space, and 单位 from the amount header when there is no 单位 line', () => {
    const spec = departmentTable({ year: 2022, unit: '元', indicators: [{ l1: '产出', l2: '数量', name: '活动场次', target: '3场' }] });
    const noUnitLine = { ...spec, rows: spec.rows.map((r, i) => (i === 2 ? [] : r)) };
    const [table] = recognizeSheet(toGrid(noUnitLine));
    expect(table.fiscalYear).toBe(2022);
    expect(table.unit).toBe('元');
  });

  it('skips an empty spacer column between label and amounts', () => {
    const spec = departmentTable({ spacerBefore: 4, ...offByCent });
    const [table] = recognizeSheet(toGrid(spec));
    expect(table.tasks!.columns).toEqual({ total: 5, parts: [6, 7] });
    expect(codes(spec)).toEqual(['total-mismatch@F12', 'total-mismatch@H12']);
  });

  it('reads a project table shifted, unmerged, with 指标内容', () => {
    const spec = projectTable({ origin: { row: 2, col: 1 }, merges: false, labels: { 三级指标: '指标内容' }, funds: { total: 150, parts: [['其中：财政拨款', 120.5], ['其他资金', 30]] } });
    const [result] = validateGrid(toGrid(spec));
    expect(result.table.kind).toBe('project-targets');
    expect(result.findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([['total-mismatch', 'E8', 150.5, 150]]);
  });

  it('reads a horizontal fund block', () => {
    const grid = Grid.fromValues('横向', [
      ['项目支出绩效目标表'],
      ['项目名称', '社区服务项目'],
      ['项目资金（万元）', '年度资金总额', '财政拨款', '其他资金'],
      [null, 100, 60, 30],
      ['年度目标', '完成社区服务。'],
      [null, '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出', '数量', '服务场次', '12场'],
      [null, '效益', '社会效益', '居民参与率', '≥60%'],
      [null, '满意度', '服务对象满意度', '居民满意度', '≥90%'],
    ]);
    const [result] = validateGrid(grid);
    expect(result.table.funds!.parts.map((p) => p.amount.cell)).toEqual(['C4', 'D4']);
    expect(result.findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([['total-mismatch', 'B4', 90, 100]]);
  });

  it('finds two tables stacked on one sheet, each with its own findings', () => {
    const a = projectTable({ projectName: '项目甲' });
    const b = projectTable({ projectName: '项目乙', origin: { row: a.rows.length + 2, col: 0 }, indicators: [{ l1: '产出', l2: '数量', name: '场次', target: '' }] });
    const rows = [...a.rows, [], [], ...b.rows.slice(a.rows.length + 2)];
    const results = validateGrid(Grid.fromValues('两个项目', rows, [...a.merges, ...b.merges]));
    expect(results.map((r) => r.table.name?.text)).toEqual(['项目甲', '项目乙']);
    expect(results[0].findings).toEqual([]);
    expect(results[1].findings.map((f) => f.code).sort()).toEqual(['missing-level1', 'missing-target']);
  });

  it('reads two tables side by side as the left one, with its findings only: blocks beside a table on its rows join it', () => {
    const left = projectTable({ projectName: '项目甲', indicators: [{ l1: '产出', l2: '数量', name: '场次', target: '' }] });
    const right = projectTable({ projectName: '项目乙', origin: { row: 0, col: 9 } });
    const rows = left.rows.map((row, r) => [...row, ...Array.from({ length: 9 - row.length }, () => null), ...(right.rows[r] ?? []).slice(9)]);
    const results = validateGrid(Grid.fromValues('并排', rows, [...left.merges, ...right.merges]));
    expect(results.map((r) => r.table.name?.text)).toEqual(['项目甲']);
    expect(results[0].findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(codes(left).sort());
  });

  it('reads no header in a row of more label words than any header holds, and says so; a table below it is read as alone', () => {
    const words = ['一级指标', '二级指标', '三级指标', '指标值'];
    const crowded = Array.from({ length: 240 }, (_, c) => words[c % words.length]);
    const [sheet] = reportSheet(Grid.fromValues('词表', [crowded, crowded]));
    expect(sheet.table).toBeNull();
    expect(sheet.unrecognised).toMatchObject({ code: 'label-list', cell: 'A1' });
    expect(sheet.unrecognised?.message).toContain('多于任何表头');
    const table = projectTable({ projectName: '项目甲', origin: { row: 3, col: 0 }, indicators: [{ l1: '产出', l2: '数量', name: '场次', target: '' }] });
    const rows = table.rows.map((row, r) => (r === 0 ? crowded : row));
    const results = validateGrid(Grid.fromValues('词表和表', rows, table.merges));
    expect(results.map((r) => r.table.name?.text)).toEqual(['项目甲']);
    expect(results[0].findings.map((f) => f.code).sort()).toEqual(['missing-level1', 'missing-target']);
    // Up to the limit, a row of label words may still be a header.
    const row = (n: number) => Array.from({ length: n }, (_, c) => words[c % words.length]);
    const labels = new LabelMap(Grid.fromValues('宽', [row(MAX_HEADER_LABELS), row(MAX_HEADER_LABELS + 1)]));
    expect([labels.crowded(0), labels.crowded(1)]).toEqual([false, true]);
  });

  it.each<[string, [number, number, string | number][], string]>([
    ['as written: the title and the labels reach G', [], 'G'],
    ['a stray text far right in one of its rows', [[16, 25, '备用']], 'G'],
    ['a stray text at the last column of the sheet, below the table', [[60, 16_383, ' x']], 'G'],
    ['an unlabelled column of notes next to it', [[14, 7, '备注一'], [15, 7, '备注二']], 'H'],
    ['an unlabelled column of numbers next to it', [[14, 7, 1], [15, 7, 2]], 'H'],
    ['notes one column apart from it', [[14, 8, '备注一']], 'G'],
  ])('ends the table at its own last column: %s', (_what, extra, right) => {
    const spec = departmentTable();
    const rows = spec.rows.map((r) => [...r]);
    for (const [r, c, text] of extra) (rows[r] ??= [])[c] = text;
    const [table] = recognizeSheet(Grid.fromValues(spec.name, rows, spec.merges));
    expect(table.range).toBe(`A1:${right}${table.lastRow + 1}`);
  });

  it('gives no table, not an exception, for sheets that hold none', () => {
    const sheets = [
      Grid.fromValues('空', []),
      Grid.fromValues('封面', [['福田区2023年部门预算'], ['编制单位：投资推广和企业服务中心']]),
      Grid.fromValues('清单', [['项目名称', '金额'], ['项目甲', 100]]),
      Grid.fromValues('只有标题', [['部门（单位）整体支出绩效目标表']]),
    ];
    for (const g of sheets) expect(validateGrid(g)).toEqual([]);
  });
});

describe('eachTable: a sheet a table at a time', () => {
  it('hands on the tables recognizeSheet finds, in sheet order, each before the next is read', () => {
    const grid = toGrid(stackedSpecs([departmentTable(offByCent), projectTable(), departmentTable({ grandTotal: { total: 4569.93, other: 11.79 } })], '汇总'));
    const whole = recognizeSheet(grid);
    expect(whole.map((t) => t.kind)).toEqual(['department-targets', 'project-targets', 'department-targets']);
    const labels = new LabelMap(grid);
    const handed: string[] = [];
    // Labels looked up since the table before was handed on: each table's own reading, none ahead.
    const read = jest.spyOn(labels, 'first');
    const lookups: number[] = [];
    eachTable(grid, labels, (table) => {
      handed.push(`${table.kind} ${table.range}`);
      lookups.push(read.mock.calls.length);
      read.mockClear();
    });
    read.mockRestore();
    expect(handed).toEqual(whole.map((t) => `${t.kind} ${t.range}`));
    expect(lookups.every((n) => n > 0)).toBe(true);
  });

  it('reportSheet gives the findings validateGrid gives, table by table', () => {
    const grid = toGrid(stackedSpecs([departmentTable(offByCent), projectTable()], '汇总'));
    expect(reportSheet(grid).map((s) => s.findings)).toEqual(validateGrid(grid).map((r) => r.findings));
    expect(reportSheet(grid).map((s) => s.table?.kind)).toEqual(['department-targets', 'project-targets']);
  });
});
