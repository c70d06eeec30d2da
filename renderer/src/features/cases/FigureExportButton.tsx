import { Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../shared/model/actor';
import { roleMay } from '../../../../shared/model/permissions';
import { caseExportColumns } from '../../../../shared/reports';
import type { Workspace } from '../../db/workspace';
import { useCaseExport } from '../../store/useCaseExport';
import type { Formats } from '../../ui/format/formats';
import type { CaseListFigure } from './caseListFigureFilter';

/**
 * Exports exactly the cases the figure filter shows (CSV, through the export worker), for
 * those who may export; the store refuses anyone else. The column headers are the Reports
 * page's (`reports.columns.*`): one set of words for every case export.
 */
export function FigureExportButton({ actor, workspace, figure, formats }: { actor: Actor; workspace: Workspace; figure: CaseListFigure; formats: Formats }) {
  const { t } = useTranslation();
  const { state, start, cancel } = useCaseExport(actor, workspace);
  if (!roleMay(actor.role, 'case.export', workspace)) return null;
  const running = state.status === 'running';
  const begin = () => {
    const headers = Object.fromEntries(caseExportColumns.map((column) => [column.id, t(`reports.columns.${column.id}`, { defaultValue: column.header })]));
    start({
      format: 'csv',
      filter: figure.filter,
      headers,
      pseudonymised: false,
      asOf: figure.filter.asOf,
      baseName: `ercms-cases-${workspace}-${figure.filter.key.figure}-${figure.filter.asOf}`,
    });
  };
  return (
    <Group gap="sm" data-testid="figure-export">
      <Button size="xs" variant="default" onClick={begin} disabled={running}>
        {t('cases.figureFilter.export')}
      </Button>
      {running && (
        <>
          <Progress w={160} value={state.total ? (state.read / state.total) * 100 : 0} aria-label={t('cases.figureFilter.exportProgress')} />
          <Button size="xs" variant="subtle" onClick={cancel}>
            {t('cases.figureFilter.exportCancel')}
          </Button>
        </>
      )}
      {state.status === 'saved' && (
        <Text size="sm" role="status">
          {t('cases.figureFilter.exported', { rows: formats.number(state.rowCount), file: state.fileName })}
        </Text>
      )}
      {state.status === 'failed' && (
        <Text size="sm" c="red" role="alert">
          {state.message}
        </Text>
      )}
    </Group>
  );
}
