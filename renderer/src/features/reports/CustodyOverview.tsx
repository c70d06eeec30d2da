import { Alert, Anchor, Button, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createCustodyTransferAccumulator, type CustodyTransferOverview } from '../../../../shared/reports';
import { useCaseScan, type CaseScan } from '../../store/useCaseScan';
import type { WorkspaceStore } from '../../store/workspaceStore';
import { useFormats } from '../../ui/format';
import { exportFigureTable } from './exportFigureTable';
import { custodyBreakdowns, custodyMeasures, custodyRow, sortCustodyRows, type CustodySort, type CustodySortColumn } from './custodyTables';
import type { FigureRow } from './FigureTable';
import { FigureTable } from './FigureTable';
import { ScanProgress } from './ScanProgress';
import type { ReportContext } from './useReportContext';

/**
 * The custody-and-transfer overview on the report date: per nationality, persons in
 * custody, their residence, transfer eligibility (from the rules, never a stored copy) and
 * readmission route; sortable by any column, every count linked to its cases.
 */
export function CustodyOverview({ store, context }: { store: WorkspaceStore; context: ReportContext }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const words = useMemo(() => ({ t, formats }), [t, formats]);
  const [sort, setSort] = useState<CustodySort>({ column: 'inCustody', direction: 'desc' });
  const makeScan = (): CaseScan<CustodyTransferOverview> => {
    const accumulator = createCustodyTransferAccumulator(context.today, context.reportWorkspace);
    return { add: (rows) => accumulator.add(rows.map((row) => row.caseFile)), result: () => accumulator.result() };
  };
  const scan = useCaseScan(store, context.actor, `custody:${context.scanKey}`, makeScan);
  const overview = scan.result;
  const rows = useMemo(
    () =>
      overview ? [...sortCustodyRows(overview.rows, sort, words).map((row) => custodyRow(words, row, false)), custodyRow(words, overview.total, true)] : [],
    [overview, sort, words],
  );
  const breakdowns = useMemo(() => (overview ? custodyBreakdowns(overview, words) : []), [overview, words]);
  const [exported, setExported] = useState<'saved' | 'failed' | undefined>(undefined);

  if (scan.failed) {
    return (
      <Alert color="red" role="alert">
        {t('reports.failed')}
      </Alert>
    );
  }
  if (!overview) return <ScanProgress read={scan.read} total={scan.total} />;
  const choose = (column: CustodySortColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: column === 'nationality' ? 'asc' : 'desc' },
    );
  const headers: { column: CustodySortColumn; label: string }[] = [
    { column: 'nationality', label: t('reports.nationality') },
    ...custodyMeasures.map((measure) => ({ column: measure, label: t(`reports.custody.${measure}`) })),
  ];
  return (
    <Stack gap="lg" data-testid="custody-overview">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('reports.custody.intro', { asOf: formats.date(context.today) })}
        </Text>
        <Button
          variant="default"
          size="xs"
          onClick={() => {
            setExported(undefined);
            const table = {
              id: 'custodyTransferOverview',
              rowHeading: t('reports.nationality'),
              columns: headers.slice(1).map((header) => header.label),
              rows,
            };
            exportFigureTable(
              context.actor,
              context.workspace,
              table,
              { overview: 'custodyTransfer', asOf: context.today },
              `ercms-custody-transfer-${context.workspace}-${context.today}.csv`,
            ).then(
              (status) => setExported(status === 'saved' ? 'saved' : undefined),
              () => setExported('failed'),
            );
          }}
        >
          {t('reports.custody.export')}
        </Button>
      </Group>
      {exported === 'saved' && (
        <Text size="sm" role="status">
          {t('reports.custody.exported')}
        </Text>
      )}
      {exported === 'failed' && (
        <Alert color="red" role="alert">
          {t('reports.custody.exportFailed')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder captionSide="top" data-testid="figure-custody">
          <Table.Caption className="report-caption">{t('reports.custody.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {headers.map(({ column, label }) => (
                <Table.Th
                  key={column}
                  scope="col"
                  ta={column === 'nationality' ? 'left' : 'right'}
                  aria-sort={sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <UnstyledButton onClick={() => choose(column)} fw={600} fz="sm">
                    {label}
                    {sort.column === column ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 1 && rows[0]?.cells.every((cell) => cell.text === formats.number(0)) ? (
              <Table.Tr>
                <Table.Td colSpan={headers.length}>{t('reports.custody.none')}</Table.Td>
              </Table.Tr>
            ) : (
              rows.map((row) => <CustodyRow key={row.id} row={row} linkOf={context.linkOf} />)
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {breakdowns.map((table) => (
        <FigureTable
          key={table.id}
          testId={`figure-${table.id}`}
          caption={table.caption}
          rowHeading={table.rowHeading}
          columns={table.columns}
          rows={table.rows}
          empty={t('reports.custody.none')}
          linkOf={context.linkOf}
        />
      ))}
    </Stack>
  );
}

function CustodyRow({ row, linkOf }: { row: FigureRow; linkOf: ReportContext['linkOf'] }) {
  return (
    <Table.Tr data-row={row.id} fw={row.id === 'total' ? 600 : undefined}>
      <Table.Th scope="row" fw={row.id === 'total' ? 600 : 'normal'}>
        {row.header}
      </Table.Th>
      {row.cells.map((cell, index) => (
        <Table.Td key={index} ta="right" data-column={index}>
          {cell.link ? (
            <Anchor component={Link} to={linkOf(cell.link.key, cell.link.label)} aria-label={`${cell.text}: ${cell.link.label}`}>
              {cell.text}
            </Anchor>
          ) : (
            cell.text
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
