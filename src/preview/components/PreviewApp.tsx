import { Button, makeStyles, MessageBar, MessageBarBody, shorthands, Spinner, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDownload20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { DragEvent, RefObject, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import '../../core/i18n/common';
import { translator } from '../../core/i18n/i18n';
import { ReconciliationReport } from '../../core/reconcile/reconcile';
import '../../core/reconcile/registry';
import { Finding } from '../../core/rules/rule';
import '../../hosts/file/messages';
import { App } from '../../taskpane/components/App';
import { TranslateContext } from '../../taskpane/components/i18n-context';
import { resolveLang, sanitizeSettings } from '../../taskpane/use-checker';
import '../messages';
import { PreviewHost } from '../preview-host';
import { baseName, markedCopy, XLSX_TYPE } from '../format';
import { WORKBOOK_FILE_TYPES } from '../../hosts/workbook-host';
import { Transport } from '../protocol';
import { RemoteFailure } from '../transport';
import { ReconcilePanel } from './ReconcilePanel';
import { SheetView } from './SheetView';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  grow: { flexGrow: 1 },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  pane: { width: '400px', flexShrink: 0, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4 },
  drop: { ...shorthands.outline('3px', 'dashed', tokens.colorBrandStroke1), outlineOffset: '-6px' },
  hidden: { display: 'none' },
  message: { margin: tokens.spacingHorizontalL },
});

/** Hands a file to the browser's downloads. */
function offerDownload(fileName: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The reconciliation's findings on the shown file's sheets, to mark there. */
function findingsOf(report: ReconciliationReport | null, file: string): Finding[] {
  return (report?.pairs ?? []).filter((p) => p.reviewed.file === file).flatMap((p) => p.findings);
}

interface Props {
  transport: Transport;
  /** Workbook opened on arrival (the bundled example). */
  initial?: { url: string; fileName: string };
  displayLanguage?: string;
}

type Loading = { file: string } | null;
/** A file read in the page, on its way to the worker. */
type Chosen = { bytes: ArrayBuffer; fileName: string };
type LoadError = { file: string; code: string; detail?: string } | null;

/**
 * The preview: the sheet on the left, the same task pane as in Excel on the right, over a
 * workbook read from a file in a worker. Open (picker or drop), download the marked copy and
 * the JSON report.
 */
export function PreviewApp({ transport, initial, displayLanguage }: Props) {
  const styles = useStyles();
  const [host, setHost] = useState<PreviewHost | null>(null);
  const [opened, setOpened] = useState(0);
  const [loading, setLoading] = useState<Loading>(null);
  const [error, setError] = useState<LoadError>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const addInput = useRef<HTMLInputElement>(null);
  /** Every file loaded, the shown one first; two or more are reconciled. */
  const [files, setFiles] = useState<string[]>([]);
  const [reconciliation, setReconciliation] = useState<ReconciliationReport | null>(null);

  const subscribe = useCallback((l: () => void) => host?.subscribe(l) ?? (() => undefined), [host]);
  useSyncExternalStore(subscribe, () => host?.revision ?? -1);
  const settings = sanitizeSettings(host?.currentSettings ?? {});
  const lang = resolveLang(settings, displayLanguage);
  const t = translator(lang);
  const rulesKey = JSON.stringify(settings.rules);

  /** Switches the shown file (the pane and the sheet view follow it), with the pane's settings when `from` is given. */
  const adopt = useCallback(async (next: PreviewHost, from?: PreviewHost | null) => {
    // The pane's 生成下一年度模板 adds a sheet here and offers the template as a file.
    next.onTemplate = (name, template) => offerDownload(name, new Blob([template], { type: XLSX_TYPE }));
    if (from) await next.saveSettings(sanitizeSettings(from.currentSettings));
    setHost(next);
    setOpened((n) => n + 1);
  }, []);

  /**
   * Loads files: the first in place of those open (unless adding), the others beside it. With two
   * or more, the file whose table the first pair reviews is the one shown. A file that cannot be
   * read is said, and the others still load.
   */
  const load = useCallback(
    async (chosen: Chosen[], add: boolean) => {
      if (chosen.length === 0) return;
      setLoading({ file: chosen.map((c) => c.fileName).join('、') });
      setError(null);
      let shown: PreviewHost | null = add ? host : null;
      let names = add ? [...files] : [];
      try {
        for (const { bytes, fileName } of chosen) {
          try {
            if (!shown) shown = await PreviewHost.open(transport, bytes, fileName);
            else await PreviewHost.add(transport, bytes, fileName);
            names = [...names.filter((n) => n !== fileName), fileName];
          } catch (e) {
            const failure = e instanceof RemoteFailure ? e.error : { code: 'corrupt', detail: String(e) };
            setError({ file: fileName, code: failure.code, detail: failure.detail });
          }
        }
        if (!shown) return;
        if (names.length > 1) {
          const report = await transport.call('reconcile', { lang, rules: JSON.parse(rulesKey) as Record<string, boolean> });
          const reviewed = report.pairs[0]?.reviewed.file;
          if (reviewed && reviewed !== shown.fileName) shown = await PreviewHost.show(transport, reviewed);
        }
        // Files added to those open keep the pane's settings; files opened afresh start from their own.
        if (shown !== host) await adopt(shown, add ? host : null);
        setReconciliation(null);
        setFiles([shown.fileName, ...names.filter((n) => n !== shown!.fileName)]);
      } catch (e) {
        const failure = e instanceof RemoteFailure ? e.error : { code: 'corrupt', detail: String(e) };
        setError({ file: chosen[0].fileName, code: failure.code, detail: failure.detail });
      } finally {
        setLoading(null);
      }
    },
    [transport, host, files, lang, rulesKey, adopt],
  );

  // Two or more files: reconciled in the worker, again when the language or the rules change.
  useEffect(() => {
    if (!host) return;
    if (files.length < 2) {
      setReconciliation(null);
      return;
    }
    let live = true;
    void transport
      .call('reconcile', { lang, rules: JSON.parse(rulesKey) as Record<string, boolean> })
      .then((report) => {
        if (!live) return;
        setReconciliation(report);
        host.showReconciliation(findingsOf(report, host.fileName));
      })
      .catch((e: unknown) => {
        const failure = e instanceof RemoteFailure ? e.error : { code: 'corrupt', detail: String(e) };
        if (live) setError({ file: files.join('、'), code: failure.code, detail: failure.detail });
      });
    return () => {
      live = false;
    };
  }, [transport, host, files, lang, rulesKey]);

  /** A reconciliation finding: its cell selected, in its file (shown first if another is). */
  const selectFinding = useCallback(
    async (file: string, f: Finding) => {
      let shown = host;
      if (!shown) return;
      try {
        if (file !== shown.fileName) {
          const previous = shown;
          shown = await PreviewHost.show(transport, file);
          await adopt(shown, previous);
          setFiles((list) => [file, ...list.filter((n) => n !== file)]);
        }
        await shown.select(f.sheet, f.cell);
      } catch (e) {
        const failure = e instanceof RemoteFailure ? e.error : { code: 'corrupt', detail: String(e) };
        setError({ file, code: failure.code, detail: failure.detail });
      }
    },
    [host, transport, adopt],
  );

  // The example is fetched once, on arrival, whatever load closes over by then.
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!initial) return;
    void fetch(initial.url)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.arrayBuffer();
      })
      .then((bytes) => loadRef.current([{ bytes, fileName: initial.fileName }], false))
      .catch((e: unknown) => setError({ file: initial.fileName, code: 'unreadable', detail: String(e) }));
  }, [initial]);

  /** Reads the chosen files in the page; the first replaces what is open unless `add`. */
  const openFiles = (list: FileList | null | undefined, add = false) => {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    // FileReader rather than Blob.arrayBuffer(): older browsers on office PCs lack the latter.
    const read = (file: File) =>
      new Promise<Chosen | null>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve({ bytes: reader.result as ArrayBuffer, fileName: file.name });
        reader.onerror = () => {
          setError({ file: file.name, code: 'unreadable', detail: String(reader.error) });
          resolve(null);
        };
        reader.readAsArrayBuffer(file);
      });
    void Promise.all(chosen.map(read)).then((read) => load(read.filter((c): c is Chosen => c !== null), add));
  };

  const download = async (kind: 'workbook' | 'report') => {
    if (!host) return;
    if (kind === 'workbook') {
      const copy = markedCopy(host.fileName, t('preview:markedSuffix'));
      offerDownload(copy.name, new Blob([await host.annotatedWorkbook()], { type: copy.type }));
    } else offerDownload(`${baseName(host.fileName)}-${t('preview:reportSuffix')}.json`, new Blob([JSON.stringify(await host.jsonReport(settings, lang), null, 2)], { type: 'application/json' }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    openFiles(e.dataTransfer.files);
  };

  return (
    <div
      className={dragging ? `${styles.page} ${styles.drop}` : styles.page}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      lang={lang}
    >
      <header className={styles.bar}>
        <Subtitle1 as="h1">{t('preview:title')}</Subtitle1>
        <Text data-testid="file-name">{host?.fileName}</Text>
        {files.length > 1 && (
          <Text data-testid="files-loaded" size={200}>
            {t('preview:filesLoaded', { count: files.length, names: files.join('、') })}
          </Text>
        )}
        <span className={styles.grow} />
        <XlsxInput inputRef={input} className={styles.hidden} testId="file-input" label={t('preview:open')} onFiles={(f) => openFiles(f)} />
        <XlsxInput inputRef={addInput} className={styles.hidden} testId="add-file-input" label={t('preview:addFiles')} onFiles={(f) => openFiles(f, true)} />
        <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()} title={t('preview:drop')}>
          {t('preview:open')}
        </Button>
        <Button icon={<Add20Regular />} disabled={!host || loading !== null} data-testid="add-files-button" onClick={() => addInput.current?.click()} title={t('preview:addFilesHint')}>
          {t('preview:addFiles')}
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabled={!host} data-testid="download-workbook" onClick={() => void download('workbook')}>
          {t('preview:downloadWorkbook')}
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabled={!host} data-testid="download-report" onClick={() => void download('report')}>
          {t('preview:downloadReport')}
        </Button>
      </header>
      {loading && (
        <MessageBar className={styles.message} data-testid="loading">
          <MessageBarBody>
            <Spinner size="tiny" label={t('preview:loading', { file: loading.file })} />
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" className={styles.message} data-testid="load-error" data-code={error.code}>
          <MessageBarBody>{t('preview:loadError', { file: error.file, reason: t(`file:failure.${error.code}`, { detail: error.detail ?? '' }) })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        <div className={styles.sheet}>{host ? <SheetView host={host} /> : <Text className={styles.message}>{t('preview:noWorkbook')}</Text>}</div>
        <aside className={styles.pane}>
          {host && files.length > 1 && (
            <TranslateContext.Provider value={t}>
              <ReconcilePanel report={reconciliation} busy={loading !== null} shown={host.fileName} onSelect={(file, f) => void selectFinding(file, f)} />
            </TranslateContext.Provider>
          )}
          {host && <App key={opened} host={host} displayLanguage={displayLanguage} validateOnOpen />}
        </aside>
      </div>
    </div>
  );
}

/** A hidden picker of workbook files (.xlsx, .xlsm, .xls), opened by a button; cleared after each pick so the same file can be picked again. */
function XlsxInput(props: { inputRef: RefObject<HTMLInputElement>; className: string; testId: string; label: string; onFiles: (files: FileList | null) => void }) {
  return (
    <input
      ref={props.inputRef}
      className={props.className}
      type="file"
      accept={WORKBOOK_FILE_TYPES}
      multiple
      data-testid={props.testId}
      aria-label={props.label}
      onChange={(e) => {
        props.onFiles(e.currentTarget.files);
        e.currentTarget.value = '';
      }}
    />
  );
}
