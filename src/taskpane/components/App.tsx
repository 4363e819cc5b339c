import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  ToggleButton,
  Toolbar,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import '../../core/i18n/common';
import { translator } from '../../core/i18n/i18n';
import '../../core/rules/registry';
import '../../core/reconcile/registry';
import { Severity } from '../../core/rules/rule';
import { WorkbookHost } from '../../hosts/workbook-host';
import '../messages';
import { computedFixes, useChecker } from '../use-checker';
import { ComparePanel, ComparisonResult } from './ComparePanel';
import { FindingList } from './FindingList';
import { FixDialog } from './FixDialog';
import { Header } from './Header';
import { TranslateContext } from './i18n-context';
import { SettingsPanel } from './SettingsPanel';
import { TemplateDialog } from './TemplateDialog';
import { Summary } from './Summary';

const useStyles = makeStyles({
  app: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filters: { flexWrap: 'wrap' },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetHeading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: WorkbookHost;
  /** Office's display language (Office.context.displayLanguage) or the browser's. */
  displayLanguage?: string;
  /** Validate as soon as the pane opens (the ribbon's 校验工作表 button). */
  validateOnOpen?: boolean;
}

export function App({ host, displayLanguage, validateOnOpen }: AppProps) {
  const { state, lang, actions } = useChecker(host, displayLanguage);
  const t = useMemo(() => translator(lang), [lang]);
  const styles = useStyles();
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [compareOpen, setCompareOpen] = useState(false);
  const opened = useRef(false);

  useEffect(() => {
    if (validateOnOpen && !opened.current && state.info) {
      opened.current = true;
      void actions.validateSheet();
    }
  }, [validateOnOpen, state.info, actions]);

  const busy = state.busy !== null;
  const all = state.outcomes.flatMap((o) => o.findings);
  const fixes = computedFixes(state.outcomes);
  const checked = state.outcomes.filter((o) => o.tables.length > 0 || o.continues !== undefined);
  const single = state.scope === 'sheet' ? state.outcomes[0] : undefined;

  return (
    <TranslateContext.Provider value={t}>
      <main className={styles.app} lang={lang}>
        <Header info={state.info} sheet={single?.sheet ?? null} table={single?.tables[0] ?? null} />

        <div className={styles.actions}>
          <Button appearance="primary" data-testid="validate-button" disabled={busy} onClick={() => void actions.validateSheet()} icon={state.busy === 'validate' ? <Spinner size="tiny" /> : undefined}>
            {state.busy === 'validate' ? t('pane:validating') : t('pane:validateSheet')}
          </Button>
          <Button data-testid="validate-workbook-button" disabled={busy} onClick={() => void actions.validateWorkbook()} icon={state.busy === 'validate-workbook' ? <Spinner size="tiny" /> : undefined}>
            {t('pane:validateWorkbook')}
          </Button>
          <Button data-testid="fix-all-totals-button" disabled={busy || fixes.length === 0} onClick={() => void actions.requestFix(fixes)}>
            {t('pane:fixAllTotals')}
          </Button>
          <Button data-testid="clear-marks-button" disabled={busy} onClick={() => void actions.clearMarks()}>
            {t('pane:clearMarks')}
          </Button>
          <Button data-testid="template-button" disabled={busy} onClick={() => setTemplateOpen(true)}>
            {t('pane:template')}
          </Button>
          <ToggleButton data-testid="compare-button" checked={compareOpen} onClick={() => setCompareOpen((o) => !o)}>
            {t('pane:compare')}
          </ToggleButton>
          <ToggleButton data-testid="settings-button" checked={settingsOpen} onClick={() => setSettingsOpen((o) => !o)}>
            {t('pane:settings')}
          </ToggleButton>
        </div>

        {state.error && (
          <MessageBar intent="error" data-testid="host-error" data-code={state.error.code}>
            <MessageBarBody>{t(`pane:errors.${state.error.code}`, { detail: state.error.detail ?? '' })}</MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success" data-testid="notice">
            <MessageBarBody>{t(state.notice.key, state.notice.data)}</MessageBarBody>
          </MessageBar>
        )}
        {(state.scope || state.comparison?.report) && state.capabilities && !state.capabilities.notes && (
          <MessageBar intent="info" data-testid="marks-in-pane">
            <MessageBarBody>{t('pane:marksInPane')}</MessageBarBody>
          </MessageBar>
        )}

        {settingsOpen && <SettingsPanel settings={state.settings} onChange={(c) => void actions.updateSettings(c)} disabled={busy} />}

        {compareOpen && (
          <ComparePanel
            sheets={state.info?.sheets ?? []}
            activeSheet={state.info?.activeSheet ?? null}
            busy={busy}
            comparing={state.busy === 'compare'}
            onCompare={(source) => void actions.compareWith(source)}
            onUnreadable={actions.compareUnreadable}
          />
        )}
        {state.comparison && <ComparisonResult comparison={state.comparison} filter={filter} onSelect={actions.select} busy={busy} />}

        {state.scope === null && state.comparison === null && !busy && <Body1 className={styles.muted}>{t('pane:start')}</Body1>}

        {state.scope !== null && (
          <>
            {single && single.tables.length === 0 ? (
              <MessageBar intent="warning" data-testid="no-table">
                <MessageBarBody>
                  <Text weight="semibold">{t('pane:noTable')}</Text> {t('pane:noTableHint')}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <Summary findings={all} />
                {state.scope === 'workbook' && (
                  <Text className={styles.muted}>{t('pane:sheetsChecked', { tables: checked.reduce((n, o) => n + o.tables.length, 0), skipped: state.outcomes.length - checked.length })}</Text>
                )}
                <Toolbar aria-label={t('pane:filter')} className={styles.filters} size="small">
                  {(['all', 'error', 'warning', 'info'] as const).map((s) => (
                    <ToggleButton key={s} size="small" appearance="subtle" checked={filter === s} data-testid={`filter-${s}`} onClick={() => setFilter(s)}>
                      {s === 'all' ? t('pane:all') : t(`common:severity.${s}`)}
                    </ToggleButton>
                  ))}
                </Toolbar>
                {all.length === 0 && <Body1>{t('pane:noFindings')}</Body1>}
              </>
            )}
            {state.outcomes.map((o) =>
              state.scope === 'workbook' ? (
                <section key={o.sheet} className={styles.sheet} data-testid="sheet-results" data-sheet={o.sheet}>
                  <h2 className={styles.sheetHeading}>{o.sheet}</h2>
                  {o.hidden && (
                    <Text className={styles.muted} data-testid="sheet-hidden">
                      {t('pane:hiddenSheet')}
                    </Text>
                  )}
                  {o.continues !== undefined && (
                    <Text className={styles.muted} data-testid="sheet-continues">
                      {t('pane:continues', { sheet: o.continues })}
                    </Text>
                  )}
                  {o.tables.length === 0 && o.continues === undefined ? (
                    <Text className={styles.muted} data-testid="sheet-skipped">
                      {t('pane:skipped')}
                    </Text>
                  ) : (
                    <FindingList findings={o.findings} filter={filter} onSelect={actions.select} onFix={(p) => void actions.requestFix(p)} busy={busy} />
                  )}
                </section>
              ) : (
                <FindingList key={o.sheet} findings={o.findings} filter={filter} onSelect={actions.select} onFix={(p) => void actions.requestFix(p)} busy={busy} />
              ),
            )}
          </>
        )}

        {templateOpen && (
          <TemplateDialog
            open
            busy={busy}
            year={(single?.tables[0]?.fiscalYear ?? new Date().getFullYear()) + 1}
            onClose={() => setTemplateOpen(false)}
            onCreate={(choice) => {
              setTemplateOpen(false);
              void actions.makeTemplate(choice);
            }}
          />
        )}
        <FixDialog preview={state.pendingFix?.preview ?? null} busy={busy} onConfirm={() => void actions.confirmFix()} onCancel={actions.cancelFix} />
      </main>
    </TranslateContext.Provider>
  );
}
