import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, RenderResult, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/components/App';
import { FileHost } from '../../src/hosts/file/file-host';
import { WorkbookHost } from '../../src/hosts/workbook-host';
import { FIXTURE } from './files';
import { SheetSpec, toWorkbook } from './tables';

export async function fixtureHost(): Promise<FileHost> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  return new FileHost(wb, 'futian-2022-department-targets.xlsx');
}

export function specHost(specs: SheetSpec[], name = 'test.xlsx'): FileHost {
  return new FileHost(toWorkbook(specs), name);
}

/** Renders the pane and waits until it has described the workbook, as it does on opening. */
export async function renderApp(host: WorkbookHost, displayLanguage = 'zh-CN'): Promise<RenderResult> {
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} displayLanguage={displayLanguage} />
    </FluentProvider>,
  );
  const { workbook } = await host.describe();
  await waitFor(() => expect(screen.getByTestId('header').textContent).toContain(workbook));
  return result;
}
