import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from './i18n-context';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export interface TemplateChoice {
  year: number;
  keepAmounts: boolean;
  keepTargets: boolean;
}

/** Asks for the new fiscal year and what to carry over before writing the template sheet. */
export function TemplateDialog({ open, year, onCreate, onClose, busy }: { open: boolean; year: number; onCreate(choice: TemplateChoice): void; onClose(): void; busy: boolean }) {
  const t = useT();
  const styles = useStyles();
  const [choice, setChoice] = useState<TemplateChoice>({ year, keepAmounts: false, keepTargets: false });
  const valid = Number.isInteger(choice.year) && choice.year >= 1990 && choice.year <= 2100;
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface data-testid="template-dialog">
        <DialogBody>
          <DialogTitle>{t('pane:templateTitle')}</DialogTitle>
          <DialogContent className={styles.form}>
            <p>{t('pane:templateIntro')}</p>
            <Field label={t('pane:templateYear')} validationState={valid ? 'none' : 'error'}>
              <Input type="number" data-testid="template-year" value={String(choice.year)} onChange={(_e, d) => setChoice({ ...choice, year: Number(d.value) })} />
            </Field>
            <Checkbox data-testid="template-keep-amounts" label={t('pane:keepAmounts')} checked={choice.keepAmounts} onChange={(_e, d) => setChoice({ ...choice, keepAmounts: d.checked === true })} />
            <Checkbox data-testid="template-keep-targets" label={t('pane:keepTargets')} checked={choice.keepTargets} onChange={(_e, d) => setChoice({ ...choice, keepTargets: d.checked === true })} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('pane:cancel')}</Button>
            <Button appearance="primary" data-testid="template-create" disabled={!valid || busy} onClick={() => onCreate(choice)}>
              {t('pane:templateCreate')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
