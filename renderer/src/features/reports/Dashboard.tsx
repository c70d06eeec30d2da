import { Alert, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createDashboardAccumulator, type DashboardFigures, type ReportPeriod } from '../../../../shared/reports';
import type { CaseScan } from '../../store/useCaseScan';
import { useCaseScan } from '../../store/useCaseScan';
import type { WorkspaceStore } from '../../store/workspaceStore';
import { useFormats } from '../../ui/format';
import { dashboardTables } from './dashboardTables';
import { FigureChart } from './FigureChart';
import { FigureTable } from './FigureTable';
import { ScanProgress } from './ScanProgress';
import type { ReportContext } from './useReportContext';

/** The supervisors' dashboard for one period: every figure a table, every count a link to its cases. */
export function Dashboard({ store, period, context }: { store: WorkspaceStore; period: ReportPeriod; context: ReportContext }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const makeScan = (): CaseScan<DashboardFigures> => {
    const accumulator = createDashboardAccumulator(period, context.today, context.policy, context.reportWorkspace);
    return { add: (rows) => accumulator.add(rows.map((row) => row.caseFile)), result: () => accumulator.result() };
  };
  const scan = useCaseScan(store, context.actor, `dashboard:${context.scanKey}`, makeScan);
  const tables = useMemo(() => (scan.result ? dashboardTables(scan.result, { t, formats }) : []), [scan.result, t, formats]);

  if (scan.failed) {
    return (
      <Alert color="red" role="alert">
        {t('reports.failed')}
      </Alert>
    );
  }
  if (!scan.result) return <ScanProgress read={scan.read} total={scan.total} />;
  return (
    <Stack gap="lg" data-testid="dashboard">
      <Text size="sm" c="dimmed">
        {t('reports.computedFor', {
          from: formats.date(period.from),
          to: formats.date(period.to),
          asOf: formats.date(context.today),
          cases: formats.number(scan.read),
        })}
      </Text>
      {tables.map((table) => (
        <Stack key={table.id} gap="xs">
          <FigureTable
            testId={`figure-${table.id}`}
            caption={table.caption}
            rowHeading={table.rowHeading}
            columns={table.columns}
            rows={table.rows}
            empty={t('reports.noCases')}
            linkOf={context.linkOf}
          />
          {table.chart && <FigureChart rows={table.rows} columns={table.columns} chart={table.chart} testId={`chart-${table.id}`} />}
        </Stack>
      ))}
    </Stack>
  );
}
