import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { KeyboardEvent, useState } from 'react';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { Patch } from '../../core/compute/patch';
import { RECONCILE_RULES } from '../../core/reconcile/registry';
import { Location } from '../../core/reconcile/reconcile';
import { RULES_BY_CODE } from '../../core/rules/registry';
import { Category, Finding, Severity } from '../../core/rules/rule';
import { useT } from './i18n-context';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CATEGORIES: readonly Category[] = ['amounts', 'scores', 'completeness', 'taxonomy', 'targets', 'text'];
/** Each code's category: the single-table rules' and the reconciliation rules'. */
const CATEGORY_OF: ReadonlyMap<string, Category> = new Map([...[...RULES_BY_CODE.values()].map((r) => r.meta), ...RECONCILE_RULES.map((r) => r.meta)].map((m) => [m.code, m.category]));

/** The other table's cell as a person reads it: 'file sheet!cell'. */
export function relatedPlace(l: Location): string {
  return `${l.file} ${l.sheet}!${l.cell}`;
}

/**
 * Findings listed at first, and added per click, in each group: a table left unfilled has tens of
 * thousands (37,000 blank targets took the pane ~8 s to draw as one list).
 */
export const FINDINGS_PAGE = 200;

const relatedOf = (f: Finding): Location | undefined => (f as Finding & { relatedLocation?: Location }).relatedLocation;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBlockEnd: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0, fontSize: tokens.fontSizeBase300 },
  category: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0 0` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  item: {
    flexGrow: 1,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXS,
  },
  itemText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  code: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  more: { alignSelf: 'flex-start' },
});

/** Up/Down (and Home/End) move between findings; Tab still reaches each fix button. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>): void {
  const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  const step = steps[e.key];
  if (step === undefined) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-finding-button]')];
  const current = items.findIndex((el) => el.contains(document.activeElement));
  if (items.length === 0 || current < 0) return;
  const next = Math.max(0, Math.min(items.length - 1, Number.isFinite(step) ? current + step : step < 0 ? 0 : items.length - 1));
  items[next].focus();
  e.preventDefault();
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = severity === 'error' ? ErrorCircle16Filled : severity === 'warning' ? Warning16Filled : Info16Filled;
  return <Icon className={styles[severity]} aria-hidden />;
}

interface Props {
  findings: readonly Finding[];
  filter: Severity | 'all';
  onSelect(finding: Finding): void;
  onFix(patches: Patch[]): void;
  busy: boolean;
}

/**
 * Findings grouped by severity, then category. Each is one row: its cell and message select the
 * cell in the workbook; a fix button appears where the finding carries a fix. Arrow keys move
 * between rows.
 */
export function FindingList({ findings, filter, onSelect, onFix, busy }: Props) {
  const t = useT();
  const styles = useStyles();
  // How many of each group are listed, for these findings: a new validation starts from one page again.
  const [shown, setShown] = useState<{ of: readonly Finding[]; counts: Record<string, number> }>({ of: findings, counts: {} });
  const counts = shown.of === findings ? shown.counts : {};
  const showMore = (group: string) => setShown({ of: findings, counts: { ...counts, [group]: (counts[group] ?? FINDINGS_PAGE) + FINDINGS_PAGE } });
  return (
    <div onKeyDown={moveFocus}>
      {SEVERITIES.filter((s) => filter === 'all' || s === filter).map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-label={t(`common:severity.${severity}`)}>
            <h2 className={styles.heading}>
              <SeverityIcon severity={severity} />
              {t(`common:severity.${severity}`)} ({ofSeverity.length})
            </h2>
            {CATEGORIES.map((category) => {
              const items = ofSeverity.filter((f) => CATEGORY_OF.get(f.code) === category);
              if (items.length === 0) return null;
              const group = `${severity}:${category}`;
              const listed = items.slice(0, counts[group] ?? FINDINGS_PAGE);
              return (
                <div key={category}>
                  <Caption1 as="h3" className={styles.category}>
                    {t(`common:category.${category}`)}
                  </Caption1>
                  <ul className={styles.list}>
                    {listed.map((f, i) => (
                      <li key={`${f.sheet}!${f.cell}:${f.code}:${i}`} className={styles.row} data-testid="finding" data-code={f.code} data-cell={f.cell} data-severity={f.severity} data-sheet={f.sheet}>
                        <Button appearance="subtle" className={styles.item} data-finding-button onClick={() => onSelect(f)} aria-label={`${f.cell} ${t(`common:severity.${f.severity}`)} ${f.message}`}>
                          <span className={styles.itemText}>
                            <Text>
                              <span className={styles.cell}>{f.cell}</span> {f.message}
                            </Text>
                            {relatedOf(f) && (
                              <Caption1 data-testid="finding-related">{t('pane:related', { place: relatedPlace(relatedOf(f)!) })}</Caption1>
                            )}
                            {f.hidden && <Caption1 data-testid="finding-hidden">{t(f.hidden === 'row' ? 'pane:hiddenRow' : 'pane:hiddenColumn')}</Caption1>}
                            <Caption1 className={styles.code}>{f.code}</Caption1>
                          </span>
                        </Button>
                        {f.fix && (
                          <Button size="small" data-testid="fix-button" disabled={busy} onClick={() => onFix(f.fix!)} aria-label={`${t('pane:fix')} ${f.cell}`}>
                            {t('pane:fix')}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                  {listed.length < items.length && (
                    <Button appearance="subtle" size="small" className={styles.more} data-testid="show-more" data-group={group} onClick={() => showMore(group)}>
                      {t('pane:showMore', { more: Math.min(FINDINGS_PAGE, items.length - listed.length), total: items.length })}
                    </Button>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
