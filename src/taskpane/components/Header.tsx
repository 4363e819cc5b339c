import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { TableSummary } from '../../core/report/report';
import { WorkbookInfo } from '../../hosts/workbook-host';
import { useT } from './i18n-context';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  facts: { color: tokens.colorNeutralForeground2 },
});

/** Workbook and sheet, and what was recognised: kind, fiscal year, money unit. */
export function Header({ info, sheet, table }: { info: WorkbookInfo | null; sheet: string | null; table: TableSummary | null }) {
  const t = useT();
  const styles = useStyles();
  const where = [info?.workbook, sheet ?? info?.activeSheet].filter(Boolean).join(' · ');
  return (
    <header className={styles.header} data-testid="header">
      <Subtitle2 as="h1">{t('pane:appName')}</Subtitle2>
      {where && <Caption1 className={styles.facts}>{where}</Caption1>}
      {table && (
        <Caption1 className={styles.facts} data-testid="table-facts">
          {[
            t(`common:kind.${table.kind}`),
            table.fiscalYear === null ? t('pane:yearUnknown') : t('pane:fiscalYear', { year: table.fiscalYear }),
            table.unit === null ? t('pane:unitUnknown') : t('pane:unit', { unit: table.unit }),
            table.kind === 'department-targets' ? t('pane:tasks', { count: table.tasks }) : null,
            t('pane:indicators', { count: table.indicators }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Caption1>
      )}
      {table?.fragment && (
        <Caption1 className={styles.facts} data-testid="table-fragment">
          {t('pane:fragment')}
        </Caption1>
      )}
    </header>
  );
}
