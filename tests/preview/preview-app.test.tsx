/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { InProcessTransport } from '../../src/preview/in-process-transport';
import { Op, Requests } from '../../src/preview/protocol';
import { FIXTURE } from '../support/files';
import { LABEL, workbookStream, XF, xlsFile } from '../support/biff';

/** The in-process service, with a log of the requests the page made. */
class LoggingTransport extends InProcessTransport {
  readonly log: string[] = [];
  override async call<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    this.log.push(op);
    return super.call(op, args);
  }
}

/** The preview page with its workbook service on the test's thread (no worker in jsdom). */
async function openFixture(transport: InProcessTransport = new InProcessTransport()): Promise<void> {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp transport={transport} displayLanguage="zh-CN" />
    </FluentProvider>,
  );
  const file = new File([readFileSync(FIXTURE)], 'futian.xlsx');
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
  await waitFor(() => expect(screen.getByTestId('grid').dataset.sheet).toBe('2022年度'), { timeout: 10_000 });
}

const cell = (address: string) => screen.getAllByTestId('grid-cell').find((c) => c.dataset.address === address)!;

describe('preview page', () => {
  it('draws the sheet as Excel shows it: formatted numbers, merged areas spanned', async () => {
    await openFixture();
    await waitFor(() => expect(cell('E28')).toBeTruthy());
    expect(cell('E28').textContent).toBe('44,350.00');
    expect(cell('E7').textContent).toBe('350.00');
    // B31:B66 (产出) is one cell, 36 rows tall; C32 is covered and not drawn on its own.
    expect(cell('B31').textContent).toBe('产出');
    expect(cell('B31').style.height).toBe(`${36 * 22}px`);
    expect(screen.getAllByTestId('grid-cell').some((c) => c.dataset.address === 'C32')).toBe(false);
  });

  it('validates on opening and marks the cells; a finding selects its cell', async () => {
    await openFixture();
    await waitFor(() => expect(cell('E28').dataset.mark).toBe('error'), { timeout: 10_000 });
    expect(cell('G57').dataset.mark).toBe('warning');
    expect(cell('E7').dataset.mark).toBeUndefined();
    const finding = screen.getAllByTestId('finding').find((f) => f.dataset.cell === 'C82')!;
    fireEvent.click(within(finding).getAllByRole('button')[0]);
    await waitFor(() => expect(cell('C82').dataset.selected).toBe('true'));
    expect(screen.getByTestId('cell-status').textContent).toContain('其他满意度');
  });

  it('fetches a sheet from the worker once for the view and the pane, and again only after a fix', async () => {
    const transport = new LoggingTransport();
    await openFixture(transport);
    await waitFor(() => expect(cell('E28').dataset.mark).toBe('error'), { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('validate-button'));
    await waitFor(() => expect(screen.getByTestId('validate-button')).not.toBeDisabled());
    expect(transport.log.filter((op) => op === 'readSheet')).toHaveLength(1);

    const finding = screen.getAllByTestId('finding').find((f) => f.dataset.cell === 'E28' && f.dataset.code === 'total-mismatch')!;
    fireEvent.click(within(finding).getByTestId('fix-button'));
    fireEvent.click(await screen.findByTestId('fix-confirm-button'));
    await waitFor(() => expect(cell('E28').textContent).toBe('44,350.01'), { timeout: 10_000 });
    await waitFor(() => expect(cell('E28').dataset.mark).toBeUndefined());
    // The pane re-validates after the fix and the view redraws: one read serves both.
    expect(transport.log.filter((op) => op === 'readSheet')).toHaveLength(2);
  });

  it('explains a file it cannot open', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewApp transport={new InProcessTransport()} displayLanguage="en-US" />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File(['not a workbook'], 'notes.xlsx')] } });
    await waitFor(() => expect(screen.getByTestId('load-error').dataset.code).toBe('not-xlsx'));
    expect(screen.getByTestId('load-error').textContent).toBe('Cannot open notes.xlsx: not an Excel workbook (.xlsx, .xlsm or .xls)');
  });

  it('offers .xlsm, .xls and .csv files to choose, and opens an .xls as any workbook', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewApp transport={new InProcessTransport()} displayLanguage="en-US" />
      </FluentProvider>,
    );
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    expect(input.accept.split(',').filter((t) => t.startsWith('.'))).toEqual(['.xlsx', '.xlsm', '.xls', '.csv']);
    const xls = xlsFile(workbookStream([XF(0)], [{ name: '2021年', records: [LABEL(0, 0, '项目支出绩效目标表'), LABEL(2, 0, '项目名称'), LABEL(2, 1, '社区服务')] }]));
    fireEvent.change(input, { target: { files: [new File([xls as Uint8Array<ArrayBuffer>], '2021年绩效目标表.xls')] } });
    await waitFor(() => expect(cell('B3').textContent).toBe('社区服务'));
    expect(screen.queryByTestId('load-error')).toBeNull();
  });
});
