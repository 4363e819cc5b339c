/**
 * A table printed over pages and converted a worksheet a page (Acrobat's and WPS's "a worksheet for
 * each page"): read as one table, each finding on its own sheet (src/core/recognize/continued.ts,
 * SheetSequence in src/core/report/report.ts).
 */
import path from 'path';
import { parseA1, parseRange, rangeToA1, toA1 } from '../../src/core/grid/address';
import { Grid } from '../../src/core/grid/grid';
import { reportFileAndTables, reportSheet, SheetReport, SheetSequence, sheetsOfTable, tableOnSheet, tablesOnGrids } from '../../src/core/report/report';
import { nextYearTemplate } from '../../src/core/template/next-year';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { CLEAN_INDICATORS, IndicatorSpec, indicatorHeaderRow, printedOnOneSheet, printedPages, projectTable, SheetSpec, toGrid } from '../support/tables';
import { CLEAN_EVAL, selfEvaluationTable } from '../support/self-evaluation';
import { CORPUS_DIR, loadEntry, sheetToGrid } from '../support/corpus';
import { approvedFor } from '../support/reconcile-tester';
import { reconcileTables } from '../../src/core/reconcile/reconcile';

// The clean list with three mistakes past the break (row 12): a name of the first page again under
// the same 数量, a target left blank and a target without its unit; the first page holds 产出 only.
const INDICATORS: IndicatorSpec[] = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) =>
  i.name === '重点楼宇信息采集频次' ? { ...i, name: '展会支持对象数' } : i.name === '人才满意度' ? { ...i, target: '' } : i.name === '政策知晓率' ? { ...i, target: '80' } : i,
);
const TABLE = projectTable({ indicators: INDICATORS, sheet: '第1页' });
// Rows 0-based: the header at 9, 产出 at 10–16, 效益 at 17–21, 满意度 at 22–23.
const HEADER: [number, number] = [9, 9];

/** `sheet!code@cell` of every finding of the reports. */
const flat = (reports: readonly SheetReport[]): string[] => reports.flatMap((r) => r.findings.map((f) => `${f.sheet}!${f.code}@${f.cell}`)).sort();

/** The findings of the table on one sheet, each moved to where `place` puts its cell. */
function whole(place: (row: number) => { sheet: string; row: number }): string[] {
  return reportSheet(toGrid(TABLE))
    .flatMap((r) => r.findings)
    .map((f) => {
      const { row, col } = parseA1(f.cell);
      const at = place(row);
      return `${at.sheet}!${f.code}@${toA1(at.row, col)}`;
    })
    .sort();
}

const read = (specs: readonly SheetSpec[]): SheetReport[] => reportFileAndTables('pages.xlsx', specs.map(toGrid)).report.sheets;

describe('a table printed a worksheet a page', () => {
  it('is one table: the findings read whole, each on its own sheet, the next sheet said to continue the first', () => {
    const pages = printedPages(TABLE, [12]);
    const reports = read(pages);
    expect(reports.map((r) => [r.sheet, r.table?.indicators ?? null, r.continues])).toEqual([
      ['第1页', 14, undefined],
      ['第2页', null, '第1页'],
    ]);
    expect(reports[0].table!.range).toBe('A1:G12');
    const expected = whole((row) => (row < 12 ? { sheet: '第1页', row } : { sheet: '第2页', row: row - 12 }));
    expect(flat(reports)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['第2页!duplicate-indicator@D1', '第2页!missing-target@F12', '第2页!missing-unit@F8']));
    // Read alone, the first page lacks 效益 and the second is a table of no title, goal or money.
    expect(flat(reportSheet(toGrid(pages[0])))).toContain('第1页!missing-level1@B10');
  });

  it('names the first of a repeated name on the other sheet in the message, as a reference', () => {
    const reports = read(printedPages(TABLE, [12]));
    const repeat = reports[1].findings.find((f) => f.code === 'duplicate-indicator')!;
    expect(repeat.message).toContain("'第1页'!D11");
    expect(repeat.related).toBe("'第1页'!D11");
  });

  it('offers a fix on the sheet it writes, its formula over that sheet’s cells', () => {
    const wrongTotal = projectTable({ indicators: INDICATORS, sheet: '第1页', funds: { total: 160, parts: [['其中：财政拨款', 120.5], ['其他资金', 30]] } });
    const reports = read(printedPages(wrongTotal, [12]));
    const total = reports[0].findings.find((f) => f.code === 'total-mismatch')!;
    expect([total.sheet, total.cell, total.related]).toEqual(['第1页', 'D6', 'D7:D8']);
    expect(total.fix).toEqual([{ op: 'set-formula', sheet: '第1页', cell: 'D6', formula: '=SUM(D7:D8)', value: 150.5 }]);
  });

  it('reads the next page with its header printed again, as Word repeats it', () => {
    const reports = read(printedPages(TABLE, [17], HEADER));
    expect(reports.map((r) => r.continues ?? r.table?.indicators)).toEqual([14, '第1页']);
    expect(flat(reports)).toEqual(whole((row) => (row < 17 ? { sheet: '第1页', row } : { sheet: '第2页', row: row - 16 })));
  });

  it('reads past a page’s number at the foot and 续表 at the head', () => {
    const [first, second] = printedPages(TABLE, [17]);
    const footed = { ...first, rows: [...first.rows, [], ['第 1 页，共 2 页']] };
    const headed = { ...second, rows: [['续表'], ...second.rows], merges: second.merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 1))) };
    const reports = read([footed, headed]);
    expect(reports.map((r) => r.continues ?? r.table?.indicators)).toEqual([14, '第1页']);
    expect(flat(reports)).toEqual(whole((row) => (row < 17 ? { sheet: '第1页', row } : { sheet: '第2页', row: row - 16 })));
  });

  it.each([
    ['right under its indicator header', 10],
    ['right above its indicator header (the first page a table’s head, no list)', 9],
  ])('reads a table whose page breaks %s', (_, cut) => {
    const pages = printedPages(TABLE, [cut]);
    const reports = read(pages);
    expect(reports.map((r) => r.continues ?? r.table?.indicators)).toEqual([14, '第1页']);
    expect(flat(reports)).toEqual(whole((row) => (row < cut ? { sheet: '第1页', row } : { sheet: '第2页', row: row - cut })));
    // Alone, the first page has no list (a table of none, or no table) and the second no head.
    expect(reportSheet(toGrid(pages[0])).map((r) => r.table?.indicators ?? 0)).toEqual([0]);
  });

  it.each([
    // 浮梁's department form: its head (部门名称, 年度绩效总目标) is no table alone; its header and list on the next page.
    ['n-jx-fuliang-2026-forestry', 7],
    // 秀屿's: its header's row under the head, outside the table read alone (no list under it); the list on the next page.
    ['aa-fj-xiuyu-2025-flood-damage-repair', 5],
    // 巴彦淖尔's: its header the first page's last row; the next page's blank 一级, merged over its rows, is its own (a missing category), not the header's cell run on.
    ['z-nm-bayannur-2024-port-land-eval', 10],
    // 彭水's: its list's fund lines under an indicator read alone as tables of money, after a page ending with its header.
    ['ll-cq-pengshui-2024-family-planning-transfer-eval-rr', 4],
    // 甘孜's Sichuan export: its head names the project and its 整体目标 (a goal), no table alone.
    ['s-sc-ganzi-2023-food-safety', 6],
    // 扎赉特's: its first page only its title (表11 | 项目绩效目标表 | 单位:元).
    ['ae-nm-zhalaite-nd-procuratorate-project-targets', 3],
    // 大英's 2019 tail: its head is its money (预算执行情况) and its goals (预期目标 | 实际完成目标), its name line cut off.
    ['at-sc-daying-2019-traffic-enforcement-tail-eval', 5],
  ])('reads %s broken after its row %i, where its first page alone reads no list', (id, cut) => {
    const sheet = loadEntry(path.join(CORPUS_DIR, id)).table.sheets[0];
    const own = reportSheet(sheetToGrid(sheet));
    const pages = printedPages({ name: '第1页', rows: sheet.rows, merges: sheet.merges ?? [] }, [cut]);
    const reports = read(pages);
    expect(reports.map((r) => r.continues ?? r.table?.indicators)).toEqual([own[0].table!.indicators, '第1页']);
    const moved = own.flatMap((r) => r.findings).map((f) => {
      const { row, col } = parseA1(f.cell);
      return row < cut ? `第1页!${f.code}@${f.cell}` : `第2页!${f.code}@${toA1(row - cut, col)}`;
    });
    expect(flat(reports)).toEqual(moved.sort());
  });

  it('reads a page under a running head, the table’s title printed atop every page (页眉), as a page', () => {
    const [first, second] = printedPages(TABLE, [12]);
    const title = TABLE.rows[0].find((v) => typeof v === 'string') as string;
    const shifted = second.merges.map((m) => {
      const r = parseRange(m);
      return rangeToA1({ ...r, top: r.top + 1, bottom: r.bottom + 1 });
    });
    const headed: SheetSpec = { ...second, rows: [[title], ...second.rows], merges: ['A1:G1', ...shifted] };
    expect(read([first, headed]).map((r) => r.continues ?? r.table?.indicators)).toEqual([14, '第1页']);
    // Another table's title there is another table (below, a batch's next sheet).
    expect(read([first, { ...headed, rows: [['项目支出绩效自评表'], ...second.rows] }]).map((r) => r.continues)).toEqual([undefined, undefined]);
    // The same title over the header printed again is a table of its own: a batch of one form's score sheets, no
    // name on them, reads so (the corpus batch's readings of 寿县's and 旺苍's, one after another).
    const again = printedPages(TABLE, [12], HEADER)[1];
    const titledAgain: SheetSpec = { ...again, rows: [[title], ...again.rows], merges: ['A1:G1', ...again.merges.map((m) => rangeToA1({ ...parseRange(m), top: parseRange(m).top + 1, bottom: parseRange(m).bottom + 1 }))] };
    expect(read([first, titledAgain]).map((r) => r.continues)).toEqual([undefined, undefined]);
  });

  it('reads three pages, the middle one a tail of names under categories merged from the page before', () => {
    const reports = read(printedPages(TABLE, [12, 18]));
    expect(reports.map((r) => r.continues ?? r.table?.indicators)).toEqual([14, '第1页', '第1页']);
    expect(flat(reports)).toEqual(whole((row) => (row < 12 ? { sheet: '第1页', row } : row < 18 ? { sheet: '第2页', row: row - 12 } : { sheet: '第3页', row: row - 18 })));
  });

  it('reads two projects printed one after another over three pages, the second’s rest naming what the first names', async () => {
    // 甲 then 乙, the same indicators but 乙’s satisfaction target left blank, broken in 甲’s list and two rows further into 乙’s.
    const a = projectTable({ projectName: '甲项目' });
    const b = projectTable({ projectName: '乙项目', indicators: CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => (i.name === '人才满意度' ? { ...i, target: '' } : i)) });
    const shift = a.rows.length + 2;
    const moved = (m: string): string => {
      const r = parseRange(m);
      return rangeToA1({ ...r, top: r.top + shift, bottom: r.bottom + shift });
    };
    const both: SheetSpec = { name: '第1页', rows: [...a.rows, [], [], ...b.rows], merges: [...a.merges, ...b.merges.map(moved)] };
    const reports = read(printedPages(both, [14, shift + 16]));
    expect(reports.map((r) => [r.sheet, r.table?.name ?? r.continues, r.table?.indicators])).toEqual([
      ['第1页', '甲项目', 14],
      ['第2页', '第1页', undefined],
      ['第2页', '乙项目', 14],
      ['第3页', '第2页', undefined],
    ]);
    // 乙’s blank target on the third page, and nothing missing from either (no 效益 lost to a page break).
    expect(flat(reports)).toEqual(['第3页!missing-target@F8']);
    // A template from a page: the table beginning on it (乙 on the second page, 甲's end above it), else the one it continues.
    const pages = printedPages(both, [14, shift + 16]);
    const names = pages.map((p) => p.name);
    const chosen = async (active: number): Promise<[string | undefined, string[]]> => {
      const { table } = await tableOnSheet(names, active, async (i) => toGrid(pages[i]));
      return [table?.table.name?.text, table ? sheetsOfTable(table) : []];
    };
    expect(await Promise.all([0, 1, 2].map(chosen))).toEqual([
      ['甲项目', ['第1页', '第2页']],
      ['乙项目', ['第2页', '第3页']],
      ['乙项目', ['第2页', '第3页']],
    ]);
    // The second page twice (the end of 甲 and the start of 乙 again): a copy, whatever it names.
    expect(read([pages[0], pages[1], { ...pages[1], name: '第2页副本' }]).map((r) => r.continues)).toEqual([undefined, '第1页', undefined, undefined, undefined]);
  });

  it('keeps apart what is no next page: a table of its own, a copy of the page before, a closed list, a hidden sheet, a long sheet', () => {
    const [first, second] = printedPages(TABLE, [17]);
    // The next project's table, a sheet each (a batch).
    expect(read([first, projectTable({ sheet: '乙' })]).map((r) => r.continues)).toEqual([undefined, undefined]);
    // The second page twice: the copy names what the page before names.
    expect(read([first, second, { ...second, name: '第3页' }]).map((r) => r.continues)).toEqual([undefined, '第1页', undefined]);
    // A self-evaluation closed by its 总分 row, then another's tail in its columns.
    const renamed = CLEAN_EVAL.map((i) => ({ ...i, name: `其他${i.name}` }));
    const tail = printedPages(selfEvaluationTable({ indicators: renamed }), [14])[1];
    expect(read([selfEvaluationTable({ sheet: '自评' }), tail]).map((r) => r.continues)).toEqual([undefined, undefined]);
    // A hidden page, and a sheet of 300 rows with no table (an indicator library).
    const sequence = new SheetSequence();
    const hidden = [...sequence.add(toGrid(first)), ...sequence.add(new Grid({ ...toGrid(second).toInit(), state: 'hidden' })), ...sequence.end()];
    expect(hidden.map((r) => [r.continues, r.hidden])).toEqual([
      [undefined, undefined],
      [undefined, 'hidden'],
    ]);
    const library = { name: '指标库', rows: Array.from({ length: 300 }, (_, i) => [null, null, null, `指标${i}`, null, `${i}%`]), merges: [] };
    expect(read([first, library]).map((r) => r.continues)).toEqual([undefined, undefined]);
    // A table's head (its page broken above its header), then the same head again: no row of a list on it.
    const [head] = printedPages(TABLE, [9]);
    expect(read([head, { ...head, name: '第2页' }]).map((r) => r.continues)).toEqual([undefined, undefined]);
    // Two readings of 岳阳楼区's report, cut before its list, one a sheet (the bench's corpus batch): read under
    // the first, the second's rows run on as the first's, but no row of a list is on it.
    const report = (id: string, name: string) => ({ ...loadEntry(path.join(CORPUS_DIR, id)).table.sheets[0], name });
    const readings = [report('aj-hn-yueyanglou-2016-deputies-home-report', '甲'), report('aj-hn-yueyanglou-2016-deputies-home-report-r3', '乙')];
    expect(reportFileAndTables('batch.xlsx', readings.map(sheetToGrid)).report.sheets.map((r) => r.continues)).toEqual([undefined, undefined]);
  });

  it('keeps apart a batch’s next sheet that opens with a title, or fills a column the page before has not', () => {
    const [first] = printedPages(TABLE, [17]);
    // The next sheet's title over lines read under the list as its rows (湖北省公安厅's report after a project's table).
    const titled: SheetSpec = {
      name: '乙',
      rows: [['湖北省部门整体支出绩效自评表'], [null, '产出指标', '数量指标', '填报单位（盖章）：湖北省公安厅', '自评得分：', '86.45'], [null, null, null, '简要概述部门职能与职责', '负责全省治安管理']],
      merges: ['A1:G1'],
    };
    expect(read([first, titled]).map((r) => r.continues)).toEqual([undefined, undefined]);
    // Or under a numbered caption (湖北省's 表1：…项目绩效目标, after a department's head in the corpus batch).
    const captioned = { ...titled, rows: [['表1：湖北省残疾人事业宣传文化工作经费项目绩效目标'], ...titled.rows.slice(1)] };
    expect(read([first, captioned]).map((r) => r.continues)).toEqual([undefined, undefined]);
    expect(read([first, { ...titled, rows: titled.rows.slice(1), merges: [] }]).map((r) => r.continues)).toEqual([undefined, '第1页']);
    // Another project's self-evaluation tail, its result, points and score columns right of the targets table's last.
    const renamed = CLEAN_EVAL.map((i) => ({ ...i, name: `其他${i.name}` }));
    const tail = printedPages(selfEvaluationTable({ indicators: renamed }), [14])[1];
    expect(toGrid(tail).colCount).toBeGreaterThan(toGrid(first).colCount);
    expect(read([first, tail]).map((r) => r.continues)).toEqual([undefined, undefined]);
  });

  it.each([
    ['数量 (C11:C13) two rows on the first page, one on the second', 12, undefined],
    ['产出 (B11:B17) six rows on the first page, one on the second', 16, undefined],
    ['a break between two 二级 areas', 13, undefined],
    ['the header printed again on the second page', 17, [9, 9] as const],
  ])('makes next year’s template of the pages with the merged areas of the table on one sheet: %s', (_name, cut, repeat) => {
    const spec = projectTable({ sheet: '第1页' });
    const one = toGrid(spec);
    const found = tablesOnGrids(printedPages(spec, [cut], repeat).map((p) => toGrid(p))).find((t) => !t.table.fragment)!;
    expect(found.pages?.sheets).toEqual(['第1页', '第2页']);
    const merges = (s: { merges: string[] }) => [...s.merges].sort();
    expect(merges(nextYearTemplate(found.grid, found.table, { year: 2024 }, found.pages).spec)).toEqual(merges(nextYearTemplate(one, recognizeSheet(one)[0], { year: 2024 }).spec));
  });

  it('hands pairing the table read across the sheets, and not the next page’s part as a table of its own', () => {
    const { tables } = reportFileAndTables('pages.xlsx', printedPages(TABLE, [17]).map(toGrid));
    expect(tables.map((t) => [t.sheet, t.table.indicators?.indicators.length, t.pages?.sheets])).toEqual([['第1页', 14, ['第1页', '第2页']]]);
    // A sheet held open whose next sheet is another table: its table as read alone, then the next one's.
    const alone = reportFileAndTables('batch.xlsx', [toGrid(printedPages(TABLE, [17])[0]), toGrid(projectTable({ sheet: '乙' }))]).tables;
    expect(alone.map((t) => [t.sheet, t.table.indicators?.indicators.length, t.pages])).toEqual([
      ['第1页', 7, undefined],
      ['乙', 14, undefined],
    ]);
  });

  it('compares a table read across sheets with its pair, each cell on its own page', () => {
    // The approved 学员满意度 ≥95%, the self-evaluation's ≥90%: target-changed, at the self-evaluation's cell,
    // naming the approved target's; 学员满意度 is the last indicator, past the break at row 14 of either.
    const approved = approvedFor(CLEAN_EVAL.map((i) => (i.name === '学员满意度' ? { ...i, target: '≥95%' } : i)));
    const evaluation = selfEvaluationTable();
    const compared = (a: readonly SheetSpec[], b: readonly SheetSpec[]) => {
      const tables = [...reportFileAndTables('approved.xlsx', a.map(toGrid)).tables, ...reportFileAndTables('eval.xlsx', b.map(toGrid)).tables];
      const [pair] = reconcileTables(tables).pairs;
      return { pair, changed: pair.findings.filter((f) => f.code === 'target-changed') };
    };
    const whole = compared([approved], [evaluation]);
    expect(whole.changed).toHaveLength(1);
    const [cell, related] = [parseA1(whole.changed[0].cell), parseA1(whole.changed[0].relatedLocation!.cell)];
    expect(cell.row).toBeGreaterThanOrEqual(14);
    expect(related.row).toBeGreaterThanOrEqual(14);
    // The approved table over two sheets: every indicator paired, the one on the second page named there.
    const approvedPages = compared(printedPages(approved, [14]), [evaluation]);
    expect([approvedPages.pair.indicators.added, approvedPages.pair.indicators.removed]).toEqual([0, 0]);
    expect(approvedPages.pair.others[0]).toMatchObject({ sheet: '第1页', range: 'A1:G14', pages: ['第1页', '第2页'] });
    expect(approvedPages.changed.map((f) => [f.cell, f.relatedLocation])).toEqual([[whole.changed[0].cell, { file: 'approved.xlsx', sheet: '第2页', cell: toA1(related.row - 14, related.col) }]]);
    expect(approvedPages.changed[0].related).toBe(`'[approved.xlsx]第2页'!${toA1(related.row - 14, related.col)}`);
    // The self-evaluation over two sheets: the finding on its second page.
    const evaluationPages = compared([approved], printedPages(evaluation, [14]));
    expect(evaluationPages.changed.map((f) => [f.sheet, f.cell, f.relatedLocation!.cell])).toEqual([['第2页', toA1(cell.row - 14, cell.col), whole.changed[0].relatedLocation!.cell]]);
    expect(evaluationPages.pair.indicators.pairs.find((p) => p.name === '学员满意度')?.reviewed).toBe(`'第2页'!${toA1(parseA1(whole.pair.indicators.pairs.find((p) => p.name === '学员满意度')!.reviewed).row - 14, 3)}`);
  });
});

describe('a table printed over pages and converted to one sheet, its header printed again atop the next page', () => {
  const WHOLE = projectTable({ sheet: '表' });
  const HEADER = indicatorHeaderRow(WHOLE);
  const oneSheet = (cut: number, between: (string | null)[][]): SheetSpec => printedOnOneSheet(WHOLE, cut, [HEADER, HEADER], between);
  const read = (spec: SheetSpec) => reportSheet(toGrid(spec)).map((r) => `${r.table?.indicators}:${r.findings.map((f) => `${f.code}@${f.cell}`).join(',')}`);
  const FOOT = '第 1 页，共 2 页';

  it.each([
    ['nothing between', []],
    ['the page’s number', [[FOOT]]],
    ['a blank row and the page’s number', [[], [FOOT]]],
    ['the page’s number and a blank row', [[FOOT], []]],
    ['a blank row, 续表', [[], ['续表']]],
    ['blank rows round a bare number', [[], ['- 1 -'], []]],
    ['two blank rows and the page’s number', [[], [], [FOOT]]],
    ['the page’s number under the list’s middle column', [[], [null, null, null, FOOT], []]],
  ])('reads one list, with no finding, across the break: %s', (_name, between) => {
    // Broken inside 产出 (its 二级 成本 the next page's first) and between 产出 and 效益.
    for (const cut of [18, 17]) expect(read(oneSheet(cut, between))).toEqual(['14:']);
  });

  it.each([
    ['the page’s number', [[FOOT]]],
    ['a blank row and the page’s number', [[], [FOOT]]],
    ['the page’s number and a blank row', [[FOOT], []]],
    ['a blank row, 续表', [[], ['续表']]],
    ['two blank rows and the page’s number', [[], [], [FOOT]]],
    ['three blank rows, the page’s number and a blank row', [[], [], [], [FOOT], []]],
    ['two blank rows and 续表', [[], [], ['续表']]],
  ])('reads one list, with no finding, across a page’s foot with no header after it: %s', (_name, between) => {
    // Broken inside 数量 and 产出 (their blank rest merged on the next page) and between 产出 and 效益.
    for (const cut of [12, 17]) expect(read(printedOnOneSheet(WHOLE, cut, undefined, between))).toEqual(['14:']);
  });

  it('reads blank rows alone as the list’s end, the header under them a table of its own', () => {
    // No page's number: two tables (as a table whose first row leaves its 一级 blank, stacked under another, reads).
    expect(read(oneSheet(17, [[], []]))).toEqual(['7:missing-level1@B10', '7:missing-level1@B20']);
    expect(read(oneSheet(18, [[], [], [], []]))).toHaveLength(2);
  });
});
