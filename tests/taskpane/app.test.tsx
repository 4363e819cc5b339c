/**
 * @jest-environment jsdom
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FileHost } from '../../src/hosts/file/file-host';
import { HostError } from '../../src/hosts/workbook-host';
import { fixtureHost, renderApp, specHost } from '../support/render-app';
import { CLEAN_INDICATORS, departmentTable, indicatorHeaderRow, printedOnOneSheet, printedPages, projectTable, SheetSpec } from '../support/tables';
import { selfEvaluationTable } from '../support/self-evaluation';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { rangeToA1 } from '../../src/core/grid/address';

const summary = () => screen.getByTestId('summary');
const findings = () => screen.queryAllByTestId('finding');
const finding = (cell: string, code: string) => findings().find((f) => f.dataset.cell === cell && f.dataset.code === code)!;

async function validate(): Promise<void> {
  fireEvent.click(screen.getByTestId('validate-button'));
  await waitFor(() => expect(screen.getByTestId('validate-button')).not.toBeDisabled());
}

describe('task pane', () => {
  let host: FileHost;
  beforeEach(async () => {
    host = await fixtureHost();
  });

  it('validates the sheet: counts, grouped findings, table facts and marks on the host', async () => {
    await renderApp(host);
    await validate();
    expect([summary().dataset.errors, summary().dataset.warnings, summary().dataset.infos]).toEqual(['2', '9', '1']);
    expect(findings()).toHaveLength(12);
    expect(screen.getByTestId('table-facts').textContent).toBe('部门（单位）整体支出绩效目标表 · 2022 年度 · 单位：万元 · 21 项任务 · 52 个指标');
    // Errors come first, amounts before other categories.
    expect(findings()[0].dataset).toMatchObject({ cell: 'E28', code: 'total-mismatch', severity: 'error' });
    expect(host.marksOf('2022年度').map((f) => f.cell)).toContain('E28');
  });

  it('clicking a finding selects its cell in the workbook', async () => {
    await renderApp(host);
    await validate();
    fireEvent.click(within(finding('G57', 'unit-mismatch')).getAllByRole('button')[0]);
    await waitFor(() => expect(host.selected).toEqual({ sheet: '2022年度', cell: 'G57' }));
  });

  it('fixes a total after showing old → new, then re-validates', async () => {
    await renderApp(host);
    await validate();
    fireEvent.click(within(finding('E28', 'total-mismatch')).getByTestId('fix-button'));
    const row = await screen.findByTestId('fix-preview-row');
    expect(row.dataset.cell).toBe('E28');
    expect(row.textContent).toContain('44350');
    expect(row.textContent).toContain('=SUM(E7:E27)');
    fireEvent.click(screen.getByTestId('fix-confirm-button'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已修改 1 个单元格'));
    expect(host.workbook.getWorksheet('2022年度')!.getCell('E28').formula).toBe('SUM(E7:E27)');
    expect(findings().filter((f) => f.dataset.code === 'total-mismatch').map((f) => f.dataset.cell)).toEqual(['F28']);
  });

  it('fixes all totals in one batch', async () => {
    await renderApp(host);
    await validate();
    fireEvent.click(screen.getByTestId('fix-all-totals-button'));
    await waitFor(() => expect(screen.getAllByTestId('fix-preview-row').map((r) => r.dataset.cell)).toEqual(['E28', 'F28']));
    fireEvent.click(screen.getByTestId('fix-confirm-button'));
    await waitFor(() => expect(summary().dataset.errors).toBe('0'));
    expect(screen.getByTestId('fix-all-totals-button')).toBeDisabled();
  });

  it('says what it looks for when the sheet holds no table', async () => {
    await renderApp(specHost([{ name: '封面', rows: [['福田区部门预算'], ['2023年']], merges: [] }]));
    await validate();
    expect(screen.getByTestId('no-table').textContent).toContain('没有识别到绩效目标表');
    expect(screen.getByTestId('no-table').textContent).toContain('一级指标 / 二级指标 / 三级指标');
  });

  it('switches language from the settings, messages included, and keeps it in the workbook', async () => {
    await renderApp(host);
    await validate();
    expect(screen.getByTestId('validate-button').textContent).toBe('校验工作表');
    fireEvent.click(screen.getByTestId('settings-button'));
    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'en-US' } });
    await waitFor(() => expect(screen.getByTestId('validate-button').textContent).toBe('Validate sheet'));
    expect(within(finding('E28', 'total-mismatch')).getAllByRole('button')[0].textContent).toContain('Column total is 44,350.00');
    expect(await host.loadSettings()).toMatchObject({ lang: 'en-US' });
  });

  it('follows Office’s display language when the setting is automatic', async () => {
    await renderApp(host, 'en-GB');
    expect(screen.getByTestId('validate-button').textContent).toBe('Validate sheet');
  });

  it('switching a rule off removes its findings and its marks', async () => {
    await renderApp(host);
    await validate();
    fireEvent.click(screen.getByTestId('settings-button'));
    const vague = screen.getAllByTestId('rule-switch').find((s) => s.dataset.code === 'vague-target') ?? screen.getByRole('switch', { name: /vague-target/ });
    fireEvent.click(vague.tagName === 'INPUT' ? vague : within(vague).getByRole('switch'));
    await waitFor(() => expect(summary().dataset.warnings).toBe('4'));
    expect(host.marksOf('2022年度').some((f) => f.code === 'vague-target')).toBe(false);
  });

  it('filters by severity', async () => {
    await renderApp(host);
    await validate();
    fireEvent.click(screen.getByTestId('filter-info'));
    expect(findings().map((f) => f.dataset.code)).toEqual(['markup-in-text']);
    fireEvent.click(screen.getByTestId('filter-all'));
    expect(findings()).toHaveLength(12);
  });

  it('validates a whole workbook, listing sheets without a table as skipped', async () => {
    const wb = specHost([departmentTable({ sheet: '甲', grandTotal: { total: 1 } }), { name: '说明', rows: [['填报说明']], merges: [] }, departmentTable({ sheet: '乙' })]);
    await renderApp(wb);
    fireEvent.click(screen.getByTestId('validate-workbook-button'));
    await waitFor(() => expect(screen.getAllByTestId('sheet-results')).toHaveLength(3));
    const sections = screen.getAllByTestId('sheet-results');
    expect(sections.map((s) => s.dataset.sheet)).toEqual(['甲', '说明', '乙']);
    expect(within(sections[1]).getByTestId('sheet-skipped')).toBeTruthy();
    expect(within(sections[0]).getAllByTestId('finding').map((f) => f.dataset.cell)).toEqual(['E12']);
    expect(summary().dataset.errors).toBe('1');
  });

  it('validates a table printed a worksheet a page as one: the next sheet continues it, its findings under it', async () => {
    const indicators = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => (i.name === '人才满意度' ? { ...i, target: '' } : i));
    const wb = specHost(printedPages(projectTable({ indicators, sheet: '第1页' }), [12]));
    await renderApp(wb);
    fireEvent.click(screen.getByTestId('validate-workbook-button'));
    await waitFor(() => expect(screen.getAllByTestId('sheet-results')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('sheet-results');
    expect(within(second).getByTestId('sheet-continues').textContent).toBe('接续工作表“第1页”的表格（一页一个工作表），与它合并校验');
    expect(within(second).queryByTestId('sheet-skipped')).toBeNull();
    expect(within(second).getAllByTestId('finding').map((f) => `${f.dataset.code}@${f.dataset.cell}`)).toEqual(['missing-target@F12']);
    expect(within(first).queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByText('已校验 1 张表，0 个工作表跳过')).toBeTruthy();
    expect(wb.marksOf('第2页').map((f) => f.cell)).toEqual(['F12']);
  });

  it('says a hidden sheet is hidden, checks it, and reads it as no page of the table before it', async () => {
    const indicators = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => (i.name === '人才满意度' ? { ...i, target: '' } : i));
    const wb = specHost([...printedPages(projectTable({ indicators, sheet: '第1页' }), [12]), departmentTable({ sheet: '乙', grandTotal: { total: 1 } })]);
    wb.workbook.getWorksheet('第2页')!.state = 'hidden';
    wb.workbook.getWorksheet('乙')!.state = 'veryHidden';
    await renderApp(wb);
    fireEvent.click(screen.getByTestId('validate-workbook-button'));
    await waitFor(() => expect(screen.getAllByTestId('sheet-results')).toHaveLength(3));
    const [first, second, third] = screen.getAllByTestId('sheet-results');
    expect(within(first).queryByTestId('sheet-hidden')).toBeNull();
    expect(within(second).getByTestId('sheet-hidden').textContent).toBe('此工作表已隐藏：照常校验，标记在取消隐藏后可见');
    expect(within(second).queryByTestId('sheet-continues')).toBeNull();
    // Hidden, the second page continues nothing: read alone, the first page lacks the 一级 the second holds, and
    // the second is a tail of its own, its blank target found there.
    expect(within(first).getAllByTestId('finding').map((f) => `${f.dataset.code}@${f.dataset.cell}`)).toEqual(['missing-level1@B10']);
    expect(within(second).getAllByTestId('finding').map((f) => `${f.dataset.code}@${f.dataset.cell}`)).toEqual(['missing-target@F12']);
    // A hidden table is checked all the same, and marked.
    expect(within(third).getByTestId('sheet-hidden')).toBeTruthy();
    expect(within(third).getAllByTestId('finding').map((f) => `${f.dataset.code}@${f.dataset.cell}`)).toEqual(['total-mismatch@E12']);
    expect(wb.marksOf('乙').map((f) => f.cell)).toEqual(['E12']);
  });

  it('explains a refused write and leaves the sheet as it was', async () => {
    const refusing = await fixtureHost();
    refusing.applyPatches = async () => {
      throw new HostError('protected');
    };
    await renderApp(refusing);
    await validate();
    fireEvent.click(within(finding('E28', 'total-mismatch')).getByTestId('fix-button'));
    fireEvent.click(await screen.findByTestId('fix-confirm-button'));
    const error = await screen.findByTestId('host-error');
    expect(error.dataset.code).toBe('protected');
    expect(error.textContent).toContain('工作表受保护');
    expect(refusing.workbook.getWorksheet('2022年度')!.getCell('E28').value).toBe(44350);
  });

  it('moves through findings with the arrow keys', async () => {
    await renderApp(host);
    await validate();
    const rows = findings();
    const main = (i: number) => within(rows[i]).getAllByRole('button')[0];
    main(0).focus();
    fireEvent.keyDown(main(0), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(main(1));
    fireEvent.keyDown(main(1), { key: 'End' });
    expect(document.activeElement).toBe(main(rows.length - 1));
    fireEvent.keyDown(main(rows.length - 1), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(main(rows.length - 2));
    expect(main(0).getAttribute('aria-label')).toBe('E28 错误 金额合计为 44,350.00，各任务之和为 44,350.01（相差 0.01）');
  });

  it('clears marks', async () => {
    await renderApp(host);
    await validate();
    expect(host.marksOf('2022年度')).not.toHaveLength(0);
    await act(async () => {
      fireEvent.click(screen.getByTestId('clear-marks-button'));
    });
    await waitFor(() => expect(screen.getByTestId('notice')).toBeTruthy());
    expect(host.marksOf('2022年度')).toHaveLength(0);
  });
});

describe('task pane: next fiscal year', () => {
  /** The seed validated, and the template form open on its year field. */
  async function templateForm() {
    const host = await fixtureHost();
    await renderApp(host);
    await validate();
    fireEvent.click(screen.getByTestId('template-button'));
    return { host, year: (await screen.findByTestId('template-year')) as HTMLInputElement };
  }

  it('makes next year’s sheet beside this one and reports older years left alone', async () => {
    const { host, year } = await templateForm();
    expect(year.value).toBe('2023');
    fireEvent.click(screen.getByTestId('template-keep-targets'));
    fireEvent.click(screen.getByTestId('template-create'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已生成工作表“2023年度”，更新了 2 处年份'));
    expect(screen.getByTestId('notice').textContent).toContain('工作表已保护（无密码，可在“审阅”中撤消），另附“填报说明”');
    expect(screen.getByTestId('notice').textContent).toContain('B22 2019');
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(['2022年度', '2023年度', '填报说明']);
    expect(host.activeSheet).toBe('2023年度');
    const ws = host.workbook.getWorksheet('2023年度')!;
    expect(ws.getCell('E28').formula).toBe('SUM(E7:E27)');
    expect(ws.getCell('G32').value).toBe('8家');
    expect(ws.getCell('F7').value).toBeNull();
  });

  it('asks about a year that does not come after the table’s', async () => {
    const { year } = await templateForm();
    fireEvent.change(year, { target: { value: '2022' } });
    fireEvent.click(screen.getByTestId('template-create'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('请确认：源表为 2022 年度，模板年度 2022 并不在其后'));
    expect(screen.getByTestId('notice').textContent).toContain('更新了 0 处年份');
    expect(screen.getByTestId('notice').textContent).toContain('B22 2019');
  });

  it('says when the sheet holds nothing to make a template from', async () => {
    await renderApp(specHost([{ name: '封面', rows: [['封面']], merges: [] }]));
    fireEvent.click(screen.getByTestId('template-button'));
    fireEvent.click(await screen.findByTestId('template-create'));
    const error = await screen.findByTestId('host-error');
    expect(error.dataset.code).toBe('no-template-source');
  });

  it('says a table’s tail (no title or header) makes no template', async () => {
    const rows = [
      [null, '可持续影响指标', '重点(大)项目管理制度健全性', '良', '良'],
      ['满意度指标', '服务对象满意度指标', '项目业主满意度', '≥90%', '95%'],
    ];
    await renderApp(specHost([{ name: '第17页', rows, merges: [] }]));
    await validate();
    expect(screen.getByTestId('table-fragment').textContent).toContain('只检查了这些指标行');
    fireEvent.click(screen.getByTestId('template-button'));
    fireEvent.click(await screen.findByTestId('template-create'));
    const error = await screen.findByTestId('host-error');
    expect(error.dataset.code).toBe('template-from-tail');
  });
});

describe('task pane: next fiscal year from a table printed a worksheet a page', () => {
  // The project table cut after its 13th row, its rows of 效益 and 满意度 on the second page, as a PDF's converter writes it.
  const names = CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金').map((i) => i.name);
  const pagesHost = () => specHost([...printedPages(projectTable({ sheet: '第1页' }), [13]), { name: '说明', rows: [['填表说明']], merges: [] }]);

  for (const active of ['第1页', '第2页']) {
    it(`makes one sheet of the whole table from either page (${active} active), each row looking as on its own page`, async () => {
      const host = pagesHost();
      host.workbook.getWorksheet('第2页')!.getCell('G3').font = { italic: true };
      host.activate(active);
      await renderApp(host);
      fireEvent.click(screen.getByTestId('template-button'));
      fireEvent.change(await screen.findByTestId('template-year'), { target: { value: '2024' } });
      fireEvent.click(screen.getByTestId('template-create'));
      await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已生成工作表“2024年度”'));
      // Beside the table's first page, its 填报说明 after it.
      expect(host.workbook.worksheets.map((w) => w.name)).toEqual(['第1页', '2024年度', '填报说明', '第2页', '说明']);
      const [table] = recognizeSheet(await host.readSheet('2024年度'));
      expect(table.indicators?.indicators.map((i) => i.name.text)).toEqual(names);
      const ws = host.workbook.getWorksheet('2024年度')!;
      expect(ws.getCell('G16').font?.italic).toBe(true);
      expect(ws.getCell('G15').font?.italic).toBeFalsy();
    });
  }

  it('holds the indicator header once, from one sheet printing it again atop its second page', async () => {
    const whole = projectTable({ sheet: '表' });
    const header = indicatorHeaderRow(whole);
    const host = specHost([printedOnOneSheet(whole, 13, [header, header], [['第 1 页，共 2 页']])]);
    await renderApp(host);
    fireEvent.click(screen.getByTestId('template-button'));
    fireEvent.change(await screen.findByTestId('template-year'), { target: { value: '2024' } });
    fireEvent.click(screen.getByTestId('template-create'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已生成工作表“2024年度”'));
    const grid = await host.readSheet('2024年度');
    const [table] = recognizeSheet(grid);
    expect(table.indicators?.indicators.map((i) => i.name.text)).toEqual(names);
    // One header, the 一级 area the break split merged whole, no page's number.
    const texts: string[] = [];
    grid.forEachCell((_r, _c, cell) => texts.push(String(cell.value)));
    expect(texts.filter((t) => t === '一级指标')).toHaveLength(1);
    expect(texts.some((t) => t.includes('第 1 页'))).toBe(false);
    expect(grid.merges.map(rangeToA1)).toEqual(expect.arrayContaining(['B11:B17', 'A10:A24']));
  });

  it('reads only the sheets the table is printed on: the active one alone when its table closes on it, else on to the next table', async () => {
    const reads = async (specs: SheetSpec[], active: string): Promise<string[]> => {
      const host = specHost(specs);
      host.activate(active);
      const readSheet = jest.spyOn(host, 'readSheet');
      const readWorkbook = jest.spyOn(host, 'readWorkbook');
      await renderApp(host);
      fireEvent.click(screen.getByTestId('template-button'));
      fireEvent.click(await screen.findByTestId('template-create'));
      await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已生成工作表'));
      expect(readWorkbook).not.toHaveBeenCalled();
      const names = readSheet.mock.calls.map(([sheet]) => String(sheet));
      cleanup();
      return names;
    };
    const note = { name: '说明', rows: [['填表说明']], merges: [] };
    // A self-evaluation closed by its 总分 line.
    expect(await reads([selfEvaluationTable({ sheet: '自评' }), projectTable({ sheet: '乙' }), note], '自评')).toEqual(['自评']);
    // A targets table's list runs to its sheet's end: the next sheet, another project's table, tells.
    expect(await reads([projectTable({ sheet: '甲' }), projectTable({ sheet: '乙', projectName: '乙项目' }), note], '甲')).toEqual(['甲', '乙']);
    // A later page: back to the first, on to the table's end.
    const pages = printedPages(projectTable({ sheet: '第1页' }), [13, 18]);
    expect(await reads([{ ...note, name: '封面' }, ...pages, projectTable({ sheet: '乙', projectName: '乙项目' }), note], '第2页')).toEqual(['第2页', '第1页', '第3页', '乙']);
  });
});

describe('task pane: self-evaluation tables', () => {
  it('writes computed rates and scores back as fixes, formulas where the cells allow', async () => {
    const host = specHost([selfEvaluationTable({ rate: { value: 0.96, format: '0.00%' }, budgetScore: 10, totalScore: 99, grade: '良' })]);
    await renderApp(host);
    await validate();
    expect(findings().map((f) => `${f.dataset.code}@${f.dataset.cell}`)).toEqual(
      expect.arrayContaining(['rate-mismatch@G6', 'score-mismatch@H6', 'score-mismatch@H20', 'grade-mismatch@B21']),
    );
    expect(screen.getByTestId('table-facts').textContent).toContain('项目支出绩效自评表');
    fireEvent.click(screen.getByTestId('fix-all-totals-button'));
    await waitFor(() => expect(screen.getAllByTestId('fix-preview-row').map((r) => r.dataset.cell)).toEqual(['G6', 'H6', 'H20', 'B21']));
    fireEvent.click(screen.getByTestId('fix-confirm-button'));
    await waitFor(() => expect(summary().dataset.errors).toBe('0'));
    const ws = host.workbook.getWorksheet('2022年度自评')!;
    expect(ws.getCell('G6').formula).toBe('E6/D6');
    expect(ws.getCell('H6').formula).toBe('F6*MIN(1,E6/D6)');
    // The budget score was wrong too, so the 总分's fix is its computed value: right on its own as well.
    expect(ws.getCell('H20').value).toBe(97.1);
    expect(ws.getCell('B21').value).toBe('优');
  });
});
