import { Body1, Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { TableRef } from '../../core/reconcile/reconcile';
import { Finding, Severity } from '../../core/rules/rule';
import { CompareProblem, CompareSource, Comparison } from '../compare';
import { FindingList } from './FindingList';
import { useT } from './i18n-context';
import { FRAMED_PANEL } from './panel-style';
import { WORKBOOK_FILE_TYPES } from '../../hosts/workbook-host';

const useStyles = makeStyles({
  panel: FRAMED_PANEL,
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  hidden: { display: 'none' },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface ChooserProps {
  /** The open workbook's sheets and the active one (not offered: a table is not compared with itself). */
  sheets: readonly string[];
  activeSheet: string | null;
  busy: boolean;
  comparing: boolean;
  onCompare(source: CompareSource): void;
  /** A file the browser could not read at all. */
  onUnreadable(fileName: string, detail: string): void;
}

/** 对照年初目标: choose the approved table, a file or a sheet of this workbook. */
export function ComparePanel({ sheets, activeSheet, busy, comparing, onCompare, onUnreadable }: ChooserProps) {
  const t = useT();
  const styles = useStyles();
  const others = sheets.filter((s) => s !== activeSheet);
  const [from, setFrom] = useState<'file' | 'sheet'>('file');
  const [sheet, setSheet] = useState<string>('');
  const input = useRef<HTMLInputElement>(null);
  const chosenSheet = others.includes(sheet) ? sheet : (others[0] ?? '');

  const readFile = (file: File | undefined) => {
    if (!file) return;
    // FileReader rather than Blob.arrayBuffer(): older Office webviews lack the latter.
    const reader = new FileReader();
    reader.onload = () => onCompare({ kind: 'file', fileName: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => onUnreadable(file.name, String(reader.error));
    reader.readAsArrayBuffer(file);
  };

  return (
    <section className={styles.panel} aria-label={t('pane:compare')} data-testid="compare-panel">
      <Body1>{t('pane:compareIntro')}</Body1>
      <RadioGroup layout="horizontal" value={from} onChange={(_e, d) => setFrom(d.value as 'file' | 'sheet')} aria-label={t('pane:compare')}>
        <Radio value="file" label={t('pane:compareFromFile')} data-testid="compare-from-file" />
        <Radio value="sheet" label={t('pane:compareFromSheet')} data-testid="compare-from-sheet" disabled={others.length === 0} />
      </RadioGroup>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={WORKBOOK_FILE_TYPES}
        data-testid="compare-file-input"
        aria-label={t('pane:compareChooseFile')}
        onChange={(e) => {
          readFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      {from === 'file' ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} data-testid="compare-file-button" onClick={() => input.current?.click()} icon={comparing ? <Spinner size="tiny" /> : undefined}>
            {comparing ? t('pane:comparing') : t('pane:compareChooseFile')}
          </Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Field label={t('pane:compareSheetLabel')}>
            <Select value={chosenSheet} disabled={busy} data-testid="compare-sheet-select" onChange={(_e, d) => setSheet(d.value)}>
              {others.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            disabled={busy || chosenSheet === ''}
            data-testid="compare-sheet-button"
            onClick={() => onCompare({ kind: 'sheet', sheet: chosenSheet })}
            icon={comparing ? <Spinner size="tiny" /> : undefined}
          >
            {comparing ? t('pane:comparing') : t('pane:compareRun')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** A table as the comparison names it: kind, year, file and sheet. */
export function useDescribeTable(): (ref: TableRef) => string {
  const t = useT();
  return (ref) =>
    t('pane:comparisonTable', {
      kind: t(`common:kind.${ref.kind}`),
      year: ref.fiscalYear === null ? t('pane:yearUnknown') : t('pane:fiscalYear', { year: ref.fiscalYear }),
      file: ref.file,
      sheet: ref.sheet,
    });
}

function problemText(t: ReturnType<typeof useT>, describe: (ref: TableRef) => string, p: CompareProblem): string {
  switch (p.code) {
    case 'no-table':
      return t('pane:compareProblem.no-table', { sheet: p.sheet });
    case 'other-no-table':
      return t('pane:compareProblem.other-no-table', { source: p.source });
    case 'unreadable':
      return t('pane:compareProblem.unreadable', { source: p.source, reason: t(`file:failure.${p.reason}`, { detail: p.detail ?? '', what: '', size: '', max: '' }) });
    case 'unrelated':
      return t('pane:compareProblem.unrelated', { open: describe(p.open), other: describe(p.other) });
  }
}

interface ResultProps {
  comparison: Comparison;
  filter: Severity | 'all';
  onSelect(finding: Finding): void;
  busy: boolean;
}

/** What the comparison found: which tables, how they relate, how sure, and the findings. */
export function ComparisonResult({ comparison, filter, onSelect, busy }: ResultProps) {
  const t = useT();
  const styles = useStyles();
  const describe = useDescribeTable();
  if (comparison.problem) {
    return (
      <MessageBar intent="warning" data-testid="compare-problem" data-code={comparison.problem.code}>
        <MessageBarBody>{problemText(t, describe, comparison.problem)}</MessageBarBody>
      </MessageBar>
    );
  }
  const report = comparison.report!;
  return (
    <section className={styles.result} data-testid="comparison" data-relation={report.relation} aria-label={t('pane:comparisonTitle', { source: comparison.source })}>
      <h2 className={styles.heading}>{t('pane:comparisonTitle', { source: comparison.source })}</h2>
      <Text data-testid="comparison-relation">{t(`pane:comparisonRelation.${report.relation}`)}</Text>
      <Caption1 data-testid="comparison-reviewed">{t('pane:comparisonReviewed', { table: describe(report.reviewed) })}</Caption1>
      {report.others.map((o) => (
        <Caption1 key={`${o.file}|${o.sheet}|${o.range}`} data-testid="comparison-other">
          {t('pane:comparisonOther', { table: describe(o) })}
        </Caption1>
      ))}
      <Caption1 className={styles.muted} data-testid="comparison-confidence">
        {t('pane:comparisonConfidence', { confidence: report.confidence.toFixed(2) })}
      </Caption1>
      {!comparison.local && (
        <MessageBar intent="info" data-testid="comparison-elsewhere">
          <MessageBarBody>{t('pane:comparisonElsewhere', { file: report.reviewed.file })}</MessageBarBody>
        </MessageBar>
      )}
      <Text data-testid="comparison-count">{report.findings.length === 0 ? t('pane:comparisonAgree') : t('pane:comparisonCount', { count: report.findings.length })}</Text>
      {/* Cells of another file cannot be selected in this workbook. */}
      <FindingList findings={report.findings} filter={filter} onSelect={comparison.local ? onSelect : () => undefined} onFix={() => undefined} busy={busy} />
    </section>
  );
}
