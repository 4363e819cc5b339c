import { Button, makeStyles, MessageBar, MessageBarBody, shorthands, Spinner, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { DragEvent, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import '../../core/i18n/common';
import { translator } from '../../core/i18n/i18n';
import '../../hosts/file/messages';
import { App } from '../../taskpane/components/App';
import { resolveLang, sanitizeSettings } from '../../taskpane/use-checker';
import '../messages';
import { PreviewHost } from '../preview-host';
import { Transport } from '../protocol';
import { RemoteFailure } from '../transport';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file to the browser's downloads. */
function offerDownload(fileName: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

interface Props {
  transport: Transport;
  /** Workbook opened on arrival (the bundled example). */
  initial?: { url: string; fileName: string };
  displayLanguage?: string;
}

type Loading = { file: string } | null;
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

  const subscribe = useCallback((l: () => void) => host?.subscribe(l) ?? (() => undefined), [host]);
  useSyncExternalStore(subscribe, () => host?.revision ?? -1);
  const settings = sanitizeSettings(host?.currentSettings ?? {});
  const lang = resolveLang(settings, displayLanguage);
  const t = translator(lang);

  const open = useCallback(
    async (bytes: ArrayBuffer, fileName: string) => {
      setLoading({ file: fileName });
      setError(null);
      try {
        const next = await PreviewHost.open(transport, bytes, fileName);
        // The pane's 生成下一年度模板 adds a sheet here and offers the template as a file.
        next.onTemplate = (name, template) => offerDownload(name, new Blob([template], { type: XLSX }));
        setHost(next);
        setOpened((n) => n + 1);
      } catch (e) {
        const failure = e instanceof RemoteFailure ? e.error : { code: 'corrupt', detail: String(e) };
        setError({ file: fileName, code: failure.code, detail: failure.detail });
      } finally {
        setLoading(null);
      }
    },
    [transport],
  );

  useEffect(() => {
    if (!initial) return;
    void fetch(initial.url)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.arrayBuffer();
      })
      .then((bytes) => open(bytes, initial.fileName))
      .catch((e: unknown) => setError({ file: initial.fileName, code: 'unreadable', detail: String(e) }));
  }, [initial, open]);

  const openFile = (file: File | undefined) => {
    if (!file) return;
    // FileReader rather than Blob.arrayBuffer(): older browsers on office PCs lack the latter.
    const reader = new FileReader();
    reader.onload = () => void open(reader.result as ArrayBuffer, file.name);
    reader.onerror = () => setError({ file: file.name, code: 'unreadable', detail: String(reader.error) });
    reader.readAsArrayBuffer(file);
  };

  const download = async (kind: 'workbook' | 'report') => {
    if (!host) return;
    const base = host.fileName.replace(/\.xlsx$/i, '');
    if (kind === 'workbook') offerDownload(`${base}-${t('preview:markedSuffix')}.xlsx`, new Blob([await host.annotatedWorkbook()], { type: XLSX }));
    else offerDownload(`${base}-${t('preview:reportSuffix')}.json`, new Blob([JSON.stringify(await host.jsonReport(settings, lang), null, 2)], { type: 'application/json' }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    openFile(e.dataTransfer.files[0]);
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
        <span className={styles.grow} />
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={`.xlsx,${XLSX}`}
          data-testid="file-input"
          aria-label={t('preview:open')}
          onChange={(e) => {
            openFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()} title={t('preview:drop')}>
          {t('preview:open')}
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
        <aside className={styles.pane}>{host && <App key={opened} host={host} displayLanguage={displayLanguage} validateOnOpen />}</aside>
      </div>
    </div>
  );
}
