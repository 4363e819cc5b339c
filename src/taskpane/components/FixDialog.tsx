import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { PatchPreview } from '../../hosts/workbook-host';
import { useT } from './i18n-context';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.borderBottom('1px', 'solid', tokens.colorNeutralStroke2),
    textAlign: 'start',
  },
});

/** What a fix will change, old → new, before anything is written. */
export function FixDialog({ preview, onConfirm, onCancel, busy }: { preview: PatchPreview[] | null; onConfirm(): void; onCancel(): void; busy: boolean }) {
  const t = useT();
  const styles = useStyles();
  return (
    <Dialog open={preview !== null} onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="fix-dialog">
        <DialogBody>
          <DialogTitle>{t('pane:fixTitle')}</DialogTitle>
          <DialogContent>
            <p>{t('pane:fixIntro')}</p>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.cell}>{t('pane:sheet')}</th>
                  <th className={styles.cell}>{t('pane:before')}</th>
                  <th className={styles.cell}>{t('pane:after')}</th>
                </tr>
              </thead>
              <tbody>
                {(preview ?? []).map((p) => (
                  <tr key={`${p.sheet}!${p.cell}`} data-testid="fix-preview-row" data-cell={p.cell}>
                    <td className={styles.cell}>
                      {p.sheet}!{p.cell}
                    </td>
                    <td className={styles.cell}>{p.before === '' ? t('pane:empty') : p.before}</td>
                    <td className={styles.cell}>{p.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t('pane:cancel')}
            </Button>
            <Button appearance="primary" data-testid="fix-confirm-button" disabled={busy} onClick={onConfirm}>
              {t('pane:fixApply')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
