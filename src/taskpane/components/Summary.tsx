import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { countSeverities } from '../../core/report/report';
import { Finding } from '../../core/rules/rule';
import { useT } from './i18n-context';

const useStyles = makeStyles({
  summary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Error / warning / info counts, as badges and as data attributes tests can read. */
export function Summary({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const styles = useStyles();
  const c = countSeverities(findings);
  return (
    <div className={styles.summary} data-testid="summary" data-errors={c.errors} data-warnings={c.warnings} data-infos={c.infos} role="status">
      <Badge appearance="filled" color="danger" aria-hidden>
        {c.errors}
      </Badge>
      <Badge appearance="filled" color="warning" aria-hidden>
        {c.warnings}
      </Badge>
      <Badge appearance="filled" color="informative" aria-hidden>
        {c.infos}
      </Badge>
      <Text>{t('pane:summary', { ...c })}</Text>
    </div>
  );
}
