import { Caption1, Field, makeStyles, Select, shorthands, Switch, tokens } from '@fluentui/react-components';
import { PROFILE_IDS } from '../../core/rules/profiles';
import { RECONCILE_RULES } from '../../core/reconcile/registry';
import { RULES } from '../../core/rules/registry';
import { PaneSettings } from '../../hosts/workbook-host';
import { useT } from './i18n-context';
import { FRAMED_PANEL } from './panel-style';

const useStyles = makeStyles({
  panel: FRAMED_PANEL,
  rules: { display: 'flex', flexDirection: 'column', gap: 0, ...shorthands.borderStyle('none'), margin: 0, padding: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Profile, language and the rules switched on; saved in the workbook by the host. */
export function SettingsPanel({ settings, onChange, disabled }: { settings: PaneSettings; onChange(change: Partial<PaneSettings>): void; disabled: boolean }) {
  const t = useT();
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={t('pane:settings')} data-testid="settings-panel">
      <Field label={t('pane:profile')}>
        <Select value={settings.profile} disabled={disabled} data-testid="profile-select" onChange={(_e, d) => onChange({ profile: d.value as PaneSettings['profile'] })}>
          <option value="auto">{t('pane:profileAuto')}</option>
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(id === 'legacy' ? 'pane:profileLegacy' : 'pane:profileCb2021')}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('pane:language')}>
        <Select
          value={settings.lang}
          disabled={disabled}
          data-testid="language-select"
          onChange={(_e, d) => onChange({ lang: d.value as PaneSettings['lang'] })}
        >
          <option value="auto">{t('pane:languageAuto')}</option>
          <option value="zh-CN">中文（简体）</option>
          <option value="en-US">English</option>
        </Select>
      </Field>
      <fieldset className={styles.rules}>
        <legend>{t('pane:rules')}</legend>
        {[...RULES, ...RECONCILE_RULES].map(({ meta }) => (
          <Switch
            key={meta.code}
            label={`${meta.code} — ${t(`rules:${meta.code}.docs`)}`}
            checked={settings.rules[meta.code] !== false}
            disabled={disabled}
            data-testid="rule-switch"
            data-code={meta.code}
            onChange={(_e, d) => onChange({ rules: { ...settings.rules, [meta.code]: d.checked } })}
          />
        ))}
      </fieldset>
      <Caption1 className={styles.note}>{t('pane:settingsSaved')}</Caption1>
    </section>
  );
}
