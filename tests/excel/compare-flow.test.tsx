/**
 * @jest-environment jsdom
 */
/**
 * 对照年初目标 in Excel (on the fake Excel): the pane reads the open sheet and another one through
 * the gateway, or a chosen file in the browser, and the comparison's findings become marks and
 * notes in the self-evaluation sheet, the approved sheet left as it was.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ExcelHost, OfficeApis } from '../../src/hosts/excel/excel-host';
import { NOTE_TAG } from '../../src/hosts/marks';
import { evalWith } from '../support/eval-cases';
import { fakeOffice, FakeWorkbook } from '../support/fake-excel';
import { approvedFor, evalCell, selfEvaluationTable } from '../support/reconcile-tester';
import { renderApp } from '../support/render-app';
import { findCell, toWorkbook, toXlsx } from '../support/tables';

globalThis.structuredClone ??= <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const lowered = selfEvaluationTable({ indicators: evalWith(0, { target: '≥80人次' }) });
const approved = approvedFor();
const approvedTarget = findCell(approved, '培训人次').replace(/^D/, 'F');
const TARGET = evalCell(0, 'target');

/** The pane over a fake Excel holding the self-evaluation and the approved sheet, compared sheet with sheet. */
async function compareSheets(api: string, url?: string): Promise<FakeWorkbook> {
  const book = FakeWorkbook.fromExcelJs(toWorkbook([lowered, approved]));
  await renderApp(new ExcelHost(fakeOffice(book, api, url) as unknown as OfficeApis));
  fireEvent.click(screen.getByTestId('compare-button'));
  fireEvent.click(screen.getByTestId('compare-from-sheet'));
  fireEvent.click(screen.getByTestId('compare-sheet-button'));
  await compared();
  return book;
}

async function compared(): Promise<void> {
  await waitFor(() => expect(screen.queryByTestId('comparison') ?? screen.queryByTestId('compare-problem')).not.toBeNull(), { timeout: 10_000 });
  await waitFor(() => expect(screen.getByTestId('validate-button')).not.toBeDisabled());
}

it('compares the self-evaluation with the approved sheet of the same workbook: a mark and a note at the target cell', async () => {
  const book = await compareSheets('1.18', 'https://contoso.sharepoint.com/项目/培训项目-2022.xlsx');

  const note = book.sheet('2022年度自评').notes.get(TARGET);
  expect(note).toBe(`${NOTE_TAG}\ntarget-changed: 指标“培训人次”的年度指标值“≥80人次”与批复目标“≥100人次”不一致`);
  expect(book.sheet('2022年度自评').conditionalFormats.length).toBeGreaterThan(0);
  expect(book.sheet('2022项目').conditionalFormats).toEqual([]);
  expect(book.sheet('2022项目').notes.size).toBe(0);
  expect(screen.getByTestId('finding-related').textContent).toBe(`对照单元格：培训项目-2022.xlsx 2022项目!${approvedTarget}`);
});

it('compares with a chosen file, read in the pane, and marks the open sheet', async () => {
  const book = FakeWorkbook.fromExcelJs(toWorkbook([lowered]));
  await renderApp(new ExcelHost(fakeOffice(book) as unknown as OfficeApis));
  fireEvent.click(screen.getByTestId('compare-button'));
  const bytes = new Uint8Array(await toXlsx([approved]));
  fireEvent.change(screen.getByTestId('compare-file-input'), { target: { files: [new File([bytes], '批复-2022.xlsx')] } });
  await compared();
  expect(book.sheet('2022年度自评').notes.get(TARGET)).toContain('target-changed: 指标“培训人次”');
  expect(screen.getByTestId('finding-related').textContent).toBe(`对照单元格：批复-2022.xlsx 2022项目!${approvedTarget}`);
});

it('marks without notes where Excel has no notes API, and says the messages are in the pane', async () => {
  const book = await compareSheets('1.13');
  expect(screen.getAllByTestId('finding').map((f) => [f.dataset.cell, f.dataset.code])).toContainEqual([TARGET, 'target-changed']);
  expect(book.sheet('2022年度自评').conditionalFormats.length).toBeGreaterThan(0);
  expect(book.sheet('2022年度自评').notes.size).toBe(0);
  expect(screen.getByTestId('marks-in-pane').textContent).toBe('此版本的 Excel 不支持批注，问题说明只显示在面板中。');
});

it('names a workbook never saved “本工作簿” in the other cell’s place', async () => {
  const book = await compareSheets('1.18', '');
  expect(screen.getByTestId('finding-related').textContent).toBe(`对照单元格：本工作簿 2022项目!${approvedTarget}`);
  expect(book.sheet('2022年度自评').notes.get(TARGET)).toContain('target-changed');
});
