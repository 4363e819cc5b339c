/**
 * @jest-environment jsdom
 */
/**
 * The pane's own "校验工作表 / Validate sheet" over the Excel gateway (on the fake Excel): the round
 * trips a person waits for are those of the real flow, not of a helper that skips a step.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { ExcelHost, OfficeApis } from '../../src/hosts/excel/excel-host';
import { fakeOffice, FakeWorkbook } from '../support/fake-excel';
import { FIXTURE } from '../support/files';
import { renderApp } from '../support/render-app';

// jsdom has no structuredClone; the fake copies plain cell formats with it.
globalThis.structuredClone ??= <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

it('validates the seed table in at most 4 syncs (DESIGN.md), marks included', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  const book = FakeWorkbook.fromExcelJs(workbook);
  await renderApp(new ExcelHost(fakeOffice(book) as unknown as OfficeApis));
  book.syncs = 0;
  fireEvent.click(screen.getByTestId('validate-button'));
  await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(12));
  await waitFor(() => expect(screen.getByTestId('validate-button')).not.toBeDisabled());
  expect(book.syncs).toBeLessThanOrEqual(4);
  expect(book.sheet('2022年度').conditionalFormats.length).toBeGreaterThan(0);
});
