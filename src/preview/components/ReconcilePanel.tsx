import { Body1, Button, Caption1, makeStyles, shorthands, Spinner, Text, tokens } from '@fluentui/react-components';
import { PairReport, ReconciliationReport } from '../../core/reconcile/reconcile';
import { Finding } from '../../core/rules/rule';
import { useDescribeTable } from '../../taskpane/components/ComparePanel';
import { FindingList } from '../../taskpane/components/FindingList';
import { useT } from '../../taskpane/components/i18n-context';
import { PANEL_COLUMN } from '../../taskpane/components/panel-style';

const useStyles = makeStyles({
  panel: { ...PANEL_COLUMN, ...shorthands.borderBottom('1px', 'solid', tokens.colorNeutralStroke2) },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  pair: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlockEnd: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  report: ReconciliationReport | null;
  busy: boolean;
  /** The file shown in the sheet view. */
  shown: string;
  /** Shows a finding's cell, switching to its file first when another one is shown. */
  onSelect(file: string, finding: Finding): void;
}

/**
 * The preview's reconciliation across the files loaded: each pair (relation, tables, confidence)
 * with its findings, the tables with near candidates and those in no pair.
 */
export function ReconcilePanel({ report, busy, shown, onSelect }: Props) {
  const t = useT();
  const styles = useStyles();
  const describe = useDescribeTable();
  const key = (r: { file: string; sheet: string; range: string }) => `${r.file}|${r.sheet}|${r.range}`;
  // A table with near candidates is in no pair too; it is listed once, with its candidates.
  const undecided = new Set(report?.ambiguous.map((a) => key(a.table)) ?? []);
  const unpaired = report?.unpaired.filter((u) => !undecided.has(key(u))) ?? [];
  const pairLine = (p: PairReport) => t('preview:reconcilePair', { relation: t(`pane:comparisonRelation.${p.relation}`), confidence: p.confidence.toFixed(2) });
  return (
    <section className={styles.panel} data-testid="reconciliation" aria-label={t('preview:reconcileTitle')}>
      <h2 className={styles.heading}>{t('preview:reconcileTitle')}</h2>
      {!report ? (
        <Spinner size="tiny" label={t('preview:reconciling')} />
      ) : (
        <>
          {report.pairs.length === 0 && <Body1 data-testid="reconcile-no-pairs">{t('preview:reconcileNoPairs')}</Body1>}
          {report.pairs.map((p, i) => (
            <div key={i} className={styles.pair} data-testid="reconcile-pair" data-relation={p.relation} data-reviewed={p.reviewed.file}>
              <Text weight="semibold">{pairLine(p)}</Text>
              <Caption1 data-testid="reconcile-reviewed">{t('preview:reconcileReviewed', { table: describe(p.reviewed) })}</Caption1>
              {p.others.map((o) => (
                <Caption1 key={`${o.file}|${o.sheet}|${o.range}`} data-testid="reconcile-other">
                  {t('preview:reconcileOther', { table: describe(o) })}
                </Caption1>
              ))}
              <Caption1 className={styles.muted}>{p.findings.length === 0 ? t('preview:reconcileAgree') : t('preview:reconcileFindings', { count: p.findings.length })}</Caption1>
              {p.reviewed.file !== shown && p.findings.length > 0 && (
                <Button size="small" disabled={busy} data-testid="reconcile-show" onClick={() => onSelect(p.reviewed.file, p.findings[0])}>
                  {t('preview:reconcileShow')}
                </Button>
              )}
              <FindingList findings={p.findings} filter="all" onSelect={(f) => onSelect(p.reviewed.file, f)} onFix={() => undefined} busy={busy} />
            </div>
          ))}
          {report.ambiguous.length > 0 && (
            <>
              <h3 className={styles.subheading}>{t('preview:reconcileAmbiguous')}</h3>
              <ul className={styles.list}>
                {report.ambiguous.map((a, i) => (
                  <li key={i} data-testid="reconcile-ambiguous">
                    <Caption1>{t('preview:reconcileCandidates', { table: describe(a.table), candidates: a.candidates.map(describe).join('；') })}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
          {unpaired.length > 0 && (
            <>
              <h3 className={styles.subheading}>{t('preview:reconcileUnpaired')}</h3>
              <ul className={styles.list}>
                {unpaired.map((u) => (
                  <li key={key(u)} data-testid="reconcile-unpaired">
                    <Caption1>{describe(u)}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
