import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Patch } from '../core/compute/patch';
import { Grid, HiddenSheet } from '../core/grid/grid';
import { SheetSequence, TableSummary, tableOnSheet } from '../core/report/report';
import { groupBy } from '../core/group-by';
import { nextYearTemplate, yearNotAfterSource } from '../core/template/next-year';
import { templateSource } from '../core/template/source';
import { isProfileId, profileFor } from '../core/rules/profiles';
import { Finding, Lang } from '../core/rules/rule';
import { isLang, translator } from '../core/i18n/i18n';
import { HostCapabilities, HostError, PaneSettings, PatchPreview, SheetFindings, WorkbookHost, WorkbookInfo } from '../hosts/workbook-host';
import { TablePair } from '../core/reconcile/pair-tables';
import { compare, CompareSource, Comparison, rerun } from './compare';

/** One sheet's result: its tables (none when skipped) and all their findings. */
export interface SheetOutcome {
  sheet: string;
  tables: TableSummary[];
  findings: Finding[];
  /** The sheet is a page of the table starting on the sheet named (a worksheet a page), checked with it. */
  continues?: string;
  /** The workbook hides the sheet: checked all the same, and said, as Excel shows none of its cells. */
  hidden?: HiddenSheet;
}

export type Busy = 'validate' | 'validate-workbook' | 'fix' | 'clear' | 'template' | 'compare' | null;

export interface PendingFix {
  patches: Patch[];
  preview: PatchPreview[];
}

export interface CheckerState {
  info: WorkbookInfo | null;
  capabilities: HostCapabilities | null;
  scope: 'sheet' | 'workbook' | null;
  outcomes: SheetOutcome[];
  busy: Busy;
  error: { code: string; detail?: string } | null;
  notice: { key: string; data?: Record<string, unknown> } | null;
  settings: PaneSettings;
  pendingFix: PendingFix | null;
  /** The last 对照年初目标: its pair and findings, or why there is none. */
  comparison: Comparison | null;
}

export const DEFAULT_SETTINGS: PaneSettings = { profile: 'auto', lang: 'auto', rules: {} };

/** Settings as stored in a workbook may be old or hand-edited: keep only what is valid. */
export function sanitizeSettings(raw: Partial<PaneSettings>): PaneSettings {
  return {
    profile: raw.profile === 'auto' || (typeof raw.profile === 'string' && isProfileId(raw.profile)) ? raw.profile : DEFAULT_SETTINGS.profile,
    lang: raw.lang === 'auto' || (typeof raw.lang === 'string' && isLang(raw.lang)) ? raw.lang : DEFAULT_SETTINGS.lang,
    rules: raw.rules && typeof raw.rules === 'object' ? { ...raw.rules } : {},
  };
}


export function resolveLang(settings: PaneSettings, displayLanguage: string | undefined): Lang {
  if (settings.lang !== 'auto') return settings.lang;
  return (displayLanguage ?? 'zh-CN').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

/** Codes whose fixes are arithmetic the checker can redo: totals, rates, scores, the grade. */
const COMPUTED = new Set(['total-mismatch', 'rate-mismatch', 'score-mismatch', 'grade-mismatch']);

/** Every computed-cell fix among the outcomes, deduplicated by cell (a total may fail two relations). */
export function computedFixes(outcomes: readonly SheetOutcome[]): Patch[] {
  const byCell = new Map<string, Patch>();
  for (const o of outcomes) {
    for (const f of o.findings) {
      if (!COMPUTED.has(f.code) || !f.fix) continue;
      for (const p of f.fix) if (!byCell.has(`${p.sheet}!${p.cell}`)) byCell.set(`${p.sheet}!${p.cell}`, p);
    }
  }
  return [...byCell.values()];
}

/**
 * The pane's state and actions over a WorkbookHost. Grids of the last run are kept, so a change
 * of language, profile or rules re-checks without reading the workbook again.
 */
export function useChecker(host: WorkbookHost, displayLanguage?: string) {
  const [state, setState] = useState<CheckerState>({
    info: null,
    capabilities: null,
    scope: null,
    outcomes: [],
    busy: null,
    error: null,
    notice: null,
    settings: DEFAULT_SETTINGS,
    pendingFix: null,
    comparison: null,
  });
  const grids = useRef<Grid[]>([]);
  /** The compared pair, kept to reconcile again in another language or with other rules. */
  const compared = useRef<{ source: string; pair: TablePair; workbook: string } | null>(null);
  const comparisonRef = useRef<Comparison | null>(null);
  comparisonRef.current = state.comparison;
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  const lang = resolveLang(state.settings, displayLanguage);

  useEffect(() => {
    let live = true;
    void Promise.all([host.describe(), host.capabilities(), host.loadSettings()])
      .then(([info, capabilities, stored]) => {
        if (live) setState((s) => ({ ...s, info, capabilities, settings: sanitizeSettings(stored) }));
      })
      .catch((e: unknown) => {
        if (live) setState((s) => ({ ...s, error: errorOf(e) }));
      });
    return () => {
      live = false;
    };
  }, [host]);

  const check = useCallback(
    (sheetGrids: Grid[], settings: PaneSettings): SheetOutcome[] => {
      const options = { profile: profileFor(settings.profile), lang: resolveLang(settings, displayLanguage), rules: settings.rules };
      // In order, so that a table printed one page a sheet is read as one table.
      const sequence = new SheetSequence(options);
      const bySheet = groupBy([...sheetGrids.flatMap((grid) => sequence.add(grid)), ...sequence.end()], (r) => r.sheet);
      return sheetGrids.map((grid) => {
        const own = bySheet.get(grid.name) ?? [];
        const outcome: SheetOutcome = {
          sheet: grid.name,
          tables: own.flatMap((r) => (r.table ? [r.table] : [])),
          findings: own.flatMap((r) => r.findings),
        };
        const continues = own.find((r) => r.continues !== undefined)?.continues;
        if (continues !== undefined) outcome.continues = continues;
        if (grid.state) outcome.hidden = grid.state;
        return outcome;
      });
    },
    [displayLanguage],
  );

  /** Marks the outcomes' sheets that hold tables (and clears marks of those that no longer do). */
  const mark = useCallback(
    async (outcomes: SheetOutcome[], comparison: Comparison | null = comparisonRef.current) => {
      await host.showFindings(withComparison(outcomes, comparison));
    },
    [host],
  );

  const run = useCallback(
    async (busy: Exclude<Busy, null>, work: () => Promise<Partial<CheckerState>>) => {
      setState((s) => ({ ...s, busy, error: null, notice: null }));
      try {
        const patch = await work();
        setState((s) => ({ ...s, ...patch, busy: null }));
      } catch (e) {
        setState((s) => ({ ...s, busy: null, pendingFix: null, error: errorOf(e) }));
      }
    },
    [],
  );

  const validateSheet = useCallback(
    (sheet?: string) =>
      run('validate', async () => {
        // One call: in Excel the names come with the read, so a validation is 4 round trips.
        const { info, grid } = await host.describeAndRead(sheet);
        grids.current = [grid];
        const outcomes = check(grids.current, settingsRef.current);
        await mark(outcomes);
        return { info, scope: 'sheet', outcomes };
      }),
    [host, check, mark, run],
  );

  const validateWorkbook = useCallback(
    () =>
      run('validate-workbook', async () => {
        const [info, all] = await Promise.all([host.describe(), host.readWorkbook()]);
        grids.current = all;
        const outcomes = check(all, settingsRef.current);
        await mark(outcomes);
        return { info, scope: 'workbook', outcomes };
      }),
    [host, check, mark, run],
  );

  /** Re-reads what was last checked, after the workbook changed (a fix was applied). */
  const revalidate = useCallback(async (): Promise<Partial<CheckerState>> => {
    const fresh = state.scope === 'workbook' ? await host.readWorkbook() : await Promise.all(grids.current.map((g) => host.readSheet(g.name)));
    grids.current = fresh;
    const outcomes = check(fresh, settingsRef.current);
    await mark(outcomes);
    return { outcomes };
  }, [host, check, mark, state.scope]);

  const clearMarks = useCallback(
    () =>
      run('clear', async () => {
        await host.clearMarks();
        compared.current = null;
        return { notice: { key: 'pane:cleared' }, comparison: null };
      }),
    [host, run],
  );

  const select = useCallback(
    (f: Finding) => {
      host.select(f.sheet, f.cell).catch((e: unknown) => setState((s) => ({ ...s, error: errorOf(e) })));
    },
    [host],
  );

  const requestFix = useCallback(
    (patches: Patch[]) =>
      run('fix', async () => {
        const preview = await host.previewPatches(patches);
        return { pendingFix: { patches, preview } };
      }),
    [host, run],
  );

  const confirmFix = useCallback(() => {
    const pending = state.pendingFix;
    if (!pending) return Promise.resolve();
    return run('fix', async () => {
      await host.applyPatches(pending.patches);
      const refreshed = await revalidate();
      return { ...refreshed, pendingFix: null, notice: { key: 'pane:fixed', data: { count: pending.patches.length } } };
    });
  }, [host, run, revalidate, state.pendingFix]);

  const cancelFix = useCallback(() => setState((s) => ({ ...s, pendingFix: null })), []);

  const updateSettings = useCallback(
    (change: Partial<PaneSettings>) =>
      run(state.busy ?? 'validate', async () => {
        const settings = sanitizeSettings({ ...settingsRef.current, ...change });
        settingsRef.current = settings;
        await host.saveSettings(settings);
        const c = compared.current;
        const comparison = c ? rerun(c.source, c.pair, c.workbook, { lang: resolveLang(settings, displayLanguage), rules: settings.rules }) : comparisonRef.current;
        const outcomes = grids.current.length === 0 ? [] : check(grids.current, settings);
        // The compared sheet's marks are re-worded too, with its validation findings when it was validated.
        const reviewed = comparison?.local && comparison.report ? comparison.report.reviewed.sheet : null;
        const marked = reviewed === null || outcomes.some((o) => o.sheet === reviewed) ? outcomes : [...outcomes, { sheet: reviewed, tables: [], findings: [] }];
        if (marked.length > 0) await mark(marked, comparison);
        return grids.current.length === 0 ? { settings, comparison } : { settings, outcomes, comparison };
      }),
    [host, run, check, mark, state.busy, displayLanguage],
  );

  /**
   * 对照年初目标: the open sheet's table against a chosen file's or sheet's; the reviewed table's
   * findings are marked with the sheet's own and listed in the pane. Bad input (not a workbook,
   * no table, tables that do not relate) is a one-line problem, never an error.
   */
  const compareWith = useCallback(
    (source: CompareSource) =>
      run('compare', async () => {
        const settings = settingsRef.current;
        const { info, grid } = await host.describeAndRead();
        // A workbook never saved has no file name yet.
        const workbook = info.workbook || translator(resolveLang(settings, displayLanguage))('pane:thisWorkbook');
        const { comparison, pair } = await compare(
          { workbook, grid, source, readSheet: (sheet) => host.readSheet(sheet) },
          { lang: resolveLang(settings, displayLanguage), rules: settings.rules },
        );
        compared.current = pair ? { source: comparison.source, pair, workbook } : null;
        // Marks: the reviewed sheet's validation findings (if it was validated) and the comparison's.
        const previous = comparisonRef.current;
        const sheets = new Set([previous, comparison].flatMap((c) => (c?.local && c.report ? [c.report.reviewed.sheet] : [])));
        const outcomes = state.outcomes.filter((o) => sheets.has(o.sheet));
        // The previous comparison's sheet, when it is no longer reviewed and holds no validated findings, is cleared.
        for (const sheet of sheets) if (!outcomes.some((o) => o.sheet === sheet)) outcomes.push({ sheet, tables: [], findings: [] });
        if (sheets.size > 0) await mark(outcomes, comparison);
        return { info, comparison };
      }),
    [host, run, mark, displayLanguage, state.outcomes],
  );

  /** Next fiscal year's sheet from the active sheet's table, written next to it. */
  const makeTemplate = useCallback(
    (options: { year: number; keepAmounts: boolean; keepTargets: boolean }) =>
      run('template', async () => {
        // The active sheet's first whole table, read across the sheets it was printed on where it was
        // printed a worksheet a page (as validating the workbook reads it), those sheets only. A table's
        // tail (its header on a page before) has no title or header to carry over.
        const { activeSheet, sheets } = await host.describe();
        const { table: onGrid, onSheet } = await tableOnSheet(sheets, sheets.indexOf(activeSheet), (i) => host.readSheet(sheets[i]));
        if (!onGrid) return { error: { code: onSheet ? 'template-from-tail' : 'no-template-source', detail: activeSheet } };
        // Its indicator header printed again mid-list (a PDF converted to one sheet) left out.
        const found = templateSource(onGrid);
        const settings = settingsRef.current;
        const result = nextYearTemplate(found.grid, found.table, { ...options, profile: profileFor(settings.profile), lang: resolveLang(settings, displayLanguage) }, found.pages);
        const sheet = await host.addSheet(result.spec);
        const older = result.olderYears.map((o) => `${o.cell} ${o.year}`).join('、');
        // A year not after the source's, most likely a slip in the year typed, is said first.
        const key = yearNotAfterSource(result, options.year) ? (older ? 'pane:templateMadeNotAfterOlder' : 'pane:templateMadeNotAfter') : older ? 'pane:templateMadeOlder' : 'pane:templateMade';
        return { notice: { key, data: { sheet, changed: result.changes.length, older, source: result.sourceYear, year: options.year } } };
      }),
    [host, run, displayLanguage],
  );

  /** A chosen file the browser could not read at all: said as the comparison's problem. */
  const compareUnreadable = useCallback((fileName: string, detail: string) => {
    compared.current = null;
    setState((s) => ({ ...s, comparison: { source: fileName, report: null, local: false, problem: { code: 'unreadable', source: fileName, reason: 'unreadable', detail } } }));
  }, []);

  const actions = useMemo(
    () => ({ validateSheet, validateWorkbook, clearMarks, select, requestFix, confirmFix, cancelFix, updateSettings, makeTemplate, compareWith, compareUnreadable }),
    [validateSheet, validateWorkbook, clearMarks, select, requestFix, confirmFix, cancelFix, updateSettings, makeTemplate, compareWith, compareUnreadable],
  );
  return { state, lang, actions };
}

/**
 * Each outcome's findings, with the comparison's added on the sheet it reviewed (when that sheet is
 * in this workbook). Only the outcomes' sheets are marked again: another sheet's marks stay as they are.
 */
export function withComparison(outcomes: readonly SheetOutcome[], comparison: Comparison | null): SheetFindings[] {
  const extra = comparison?.local && comparison.report ? comparison.report.findings : [];
  return outcomes.map((o) => ({ sheet: o.sheet, findings: [...o.findings, ...extra.filter((f) => f.sheet === o.sheet)] }));
}

function errorOf(e: unknown): { code: string; detail?: string } {
  if (e instanceof HostError) return { code: e.code, detail: e.detail };
  return { code: 'failed', detail: e instanceof Error ? e.message : String(e) };
}
