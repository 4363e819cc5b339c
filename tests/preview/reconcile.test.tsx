/**
 * @jest-environment jsdom
 */
/**
 * The preview with two or more files: every recognised table reconciled in the workbook service
 * (through the worker protocol), the pairs, near candidates and unpaired tables listed, and the
 * findings marked on the reviewed sheet.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { InProcessTransport } from '../../src/preview/in-process-transport';
import { Op, Requests } from '../../src/preview/protocol';
import { evalWith } from '../support/eval-cases';
import { approvedFor, evalCell, selfEvaluationTable } from '../support/reconcile-tester';
import { departmentTable, findCell, toXlsx } from '../support/tables';

class LoggingTransport extends InProcessTransport {
  readonly log: string[] = [];
  override async call<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    this.log.push(op);
    return super.call(op, args);
  }
}

const lowered = selfEvaluationTable({ indicators: evalWith(0, { target: '≥80人次' }) });
const approved = approvedFor();
const approvedTarget = findCell(approved, '培训人次').replace(/^D/, 'F');
const TARGET = evalCell(0, 'target');

const xlsx = async (name: string, specs: Parameters<typeof toXlsx>[0]) => new File([new Uint8Array(await toXlsx(specs))], name);
const cell = (address: string) => screen.getAllByTestId('grid-cell').find((c) => c.dataset.address === address);

function renderPreview(transport = new InProcessTransport(), lang = 'zh-CN'): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp transport={transport} displayLanguage={lang} />
    </FluentProvider>,
  );
}

describe('preview with several files', () => {
  it('reconciles two files given at once, shows the reviewed one and marks the changed target', async () => {
    const transport = new LoggingTransport();
    renderPreview(transport);
    // The approved file first: the self-evaluation, whose table is reviewed, is still the one shown.
    const files = [await xlsx('approved-2022.xlsx', [approved]), await xlsx('self-evaluation-2022.xlsx', [lowered])];
    fireEvent.change(screen.getByTestId('file-input'), { target: { files } });
    await waitFor(() => expect(screen.getAllByTestId('reconcile-pair')).toHaveLength(1), { timeout: 10_000 });
    expect(screen.getByTestId('file-name').textContent).toBe('self-evaluation-2022.xlsx');
    expect(screen.getByTestId('files-loaded').textContent).toBe('已打开 2 个文件：self-evaluation-2022.xlsx、approved-2022.xlsx');
    expect(transport.log).toContain('reconcile');

    const pair = screen.getByTestId('reconcile-pair');
    expect(pair.dataset.relation).toBe('self-evaluation-vs-targets');
    expect(pair.textContent).toContain('自评表对照批复的年度绩效目标表，名称相似度 1.00');
    expect(within(pair).getByTestId('reconcile-reviewed').textContent).toBe('检查：项目支出绩效自评表，2022 年度，位于 self-evaluation-2022.xlsx 2022年度自评');
    expect(within(pair).getByTestId('reconcile-other').textContent).toBe('对照：项目支出绩效目标表，2022 年度，位于 approved-2022.xlsx 2022项目');

    const changed = within(pair).getAllByTestId('finding').filter((f) => f.dataset.code === 'target-changed');
    expect(changed.map((f) => f.dataset.cell)).toEqual([TARGET]);
    expect(changed[0].textContent).toContain('指标“培训人次”的年度指标值“≥80人次”与批复目标“≥100人次”不一致');
    expect(within(changed[0]).getByTestId('finding-related').textContent).toBe(`对照单元格：approved-2022.xlsx 2022项目!${approvedTarget}`);

    await waitFor(() => expect(screen.getByTestId('grid').dataset.sheet).toBe('2022年度自评'));
    await waitFor(() => expect(cell(TARGET)?.dataset.mark).toBe('error'));
    fireEvent.click(within(changed[0]).getAllByRole('button')[0]);
    await waitFor(() => expect(cell(TARGET)?.dataset.selected).toBe('true'));
    expect(screen.getByTestId('cell-status').textContent).toBe(`${TARGET} · 指标“培训人次”的年度指标值“≥80人次”与批复目标“≥100人次”不一致`);
  });

  it('adds an approved file to the open self-evaluation', async () => {
    renderPreview();
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [await xlsx('self-evaluation-2022.xlsx', [lowered])] } });
    await waitFor(() => expect(screen.getByTestId('grid').dataset.sheet).toBe('2022年度自评'), { timeout: 10_000 });
    expect(screen.queryByTestId('reconciliation')).toBeNull();
    fireEvent.change(screen.getByTestId('add-file-input'), { target: { files: [await xlsx('approved-2022.xlsx', [approved])] } });
    await waitFor(() => expect(screen.getAllByTestId('reconcile-pair')).toHaveLength(1), { timeout: 10_000 });
    await waitFor(() => expect(cell(TARGET)?.dataset.mark).toBe('error'));
    expect(screen.getByTestId('file-name').textContent).toBe('self-evaluation-2022.xlsx');
  });

  it('shows another file when a finding of its table is chosen', async () => {
    renderPreview();
    const other = selfEvaluationTable({ name: '农村道路养护项目', indicators: evalWith(2, { target: '≥90%' }) });
    const files = [
      await xlsx('self-evaluation-2022.xlsx', [lowered]),
      await xlsx('approved-2022.xlsx', [approved]),
      await xlsx('roads-self-evaluation.xlsx', [other]),
      await xlsx('roads-approved.xlsx', [approvedFor(undefined, { name: '农村道路养护项目' })]),
    ];
    fireEvent.change(screen.getByTestId('file-input'), { target: { files } });
    await waitFor(() => expect(screen.getAllByTestId('reconcile-pair')).toHaveLength(2), { timeout: 10_000 });
    expect(screen.getByTestId('file-name').textContent).toBe('self-evaluation-2022.xlsx');
    const roads = screen.getAllByTestId('reconcile-pair').find((p) => p.dataset.reviewed === 'roads-self-evaluation.xlsx')!;
    const changed = within(roads).getAllByTestId('finding').find((f) => f.dataset.code === 'target-changed')!;
    expect(changed.dataset.cell).toBe(evalCell(2, 'target'));
    fireEvent.click(within(changed).getAllByRole('button')[0]);
    await waitFor(() => expect(screen.getByTestId('file-name').textContent).toBe('roads-self-evaluation.xlsx'));
    await waitFor(() => expect(cell(evalCell(2, 'target'))?.dataset.selected).toBe('true'));
    await waitFor(() => expect(cell(evalCell(2, 'target'))?.dataset.mark).toBe('error'));
    expect(cell(TARGET)?.dataset.mark).toBeUndefined();
  });

  it('lists tables with near candidates and tables in no pair, never pairing by guess', async () => {
    renderPreview();
    const files = [
      await xlsx('self-evaluation-2022.xlsx', [lowered]),
      await xlsx('approved-a.xlsx', [approved]),
      await xlsx('approved-b.xlsx', [approved]),
      await xlsx('department-2023.xlsx', [departmentTable({ year: 2023, sheet: '部门2023' })]),
    ];
    fireEvent.change(screen.getByTestId('file-input'), { target: { files } });
    await waitFor(() => expect(screen.getAllByTestId('reconcile-ambiguous')).toHaveLength(1), { timeout: 10_000 });
    expect(screen.queryAllByTestId('reconcile-pair')).toHaveLength(0);
    expect(screen.getByTestId('reconcile-no-pairs')).toBeTruthy();
    expect(screen.getByTestId('reconcile-ambiguous').textContent).toBe(
      '项目支出绩效自评表，2022 年度，位于 self-evaluation-2022.xlsx 2022年度自评：候选 项目支出绩效目标表，2022 年度，位于 approved-a.xlsx 2022项目；项目支出绩效目标表，2022 年度，位于 approved-b.xlsx 2022项目',
    );
    // The self-evaluation is listed once, with its candidates; the candidates and the department are in no pair.
    expect(screen.getAllByTestId('reconcile-unpaired').map((u) => u.textContent)).toEqual([
      '项目支出绩效目标表，2022 年度，位于 approved-a.xlsx 2022项目',
      '项目支出绩效目标表，2022 年度，位于 approved-b.xlsx 2022项目',
      '部门（单位）整体支出绩效目标表，2023 年度，位于 department-2023.xlsx 部门2023',
    ]);
    await waitFor(() => expect(screen.getByTestId('grid').dataset.sheet).toBe('2022年度自评'));
    expect(cell(TARGET)?.dataset.mark).toBeUndefined();
  });

  it('loads the readable files when one of them is not a workbook, and says which one', async () => {
    renderPreview(new InProcessTransport(), 'en-US');
    const files = [await xlsx('self-evaluation-2022.xlsx', [lowered]), new File(['not a workbook'], 'notes.xlsx'), await xlsx('approved-2022.xlsx', [approved])];
    fireEvent.change(screen.getByTestId('file-input'), { target: { files } });
    await waitFor(() => expect(screen.getAllByTestId('reconcile-pair')).toHaveLength(1), { timeout: 10_000 });
    expect(screen.getByTestId('load-error').textContent).toBe('Cannot open notes.xlsx: not an Excel workbook (.xlsx, .xlsm or .xls)');
    const changed = screen.getAllByTestId('finding').find((f) => f.dataset.code === 'target-changed' && f.closest('[data-testid="reconciliation"]'))!;
    expect(changed.textContent).toContain('Indicator “培训人次”: the target “≥80人次” differs from the approved “≥100人次”');
  });
});

describe('the JSON report of several files', () => {
  it('holds every file, the reconciliation and its counts, as validate gives them for a folder', async () => {
    const transport = new InProcessTransport();
    const bytes = async (spec: Parameters<typeof toXlsx>[0]): Promise<ArrayBuffer> => {
      const b = await toXlsx(spec);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    };
    await transport.call('open', { fileName: 'self-evaluation-2022.xlsx', bytes: await bytes([lowered]) });
    await transport.call('addFile', { fileName: 'approved-2022.xlsx', bytes: await bytes([approved]) });
    const report = await transport.call('report', { lang: 'zh-CN', profile: undefined, rules: {} });
    expect(report.files.map((f) => f.file)).toEqual(['self-evaluation-2022.xlsx', 'approved-2022.xlsx']);
    const [pair] = report.reconciliation!.pairs;
    expect(pair.findings.map((f) => [f.cell, f.code, f.related])).toEqual([[TARGET, 'target-changed', `'[approved-2022.xlsx]2022项目'!${approvedTarget}`]]);
    expect(report.summary).toMatchObject({ files: 2, tables: 2, pairs: 1, unpaired: 0 });
  });
});
