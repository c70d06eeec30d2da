import type { TFunction } from 'i18next';
import type { DashboardFigures, FigureKey, ReturnRateRow } from '../../../../shared/reports';
import type { Formats } from '../../ui/format';
import type { FigureCell, FigureRow } from './FigureTable';

/** One table of the dashboard: what FigureTable shows. */
export interface DashboardTable {
  id: string;
  /** Columns (by index) drawn as bars beside the table, when a chart helps. */
  chart?: number[];
  caption: string;
  rowHeading: string;
  columns: string[];
  rows: FigureRow[];
}

export interface ReportWords {
  t: TFunction;
  formats: Formats;
}

/** A count of cases (or records) with the link to its cases; the label names it in the "filtered by" chip. */
export function countCell(words: ReportWords, value: number, key: FigureKey, label: string): FigureCell {
  return { text: words.formats.number(value), value, link: { key, label } };
}

/** A share as a percentage; "not applicable" when there is nothing to divide by (never a misleading 0 %). */
export function rateCell(words: ReportWords, value: number | undefined): FigureCell {
  if (value === undefined) return { text: words.t('reports.notApplicable') };
  return { text: new Intl.NumberFormat(words.formats.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value) };
}

/** A number of days (a median, a longest stay; the heading says days), or "not applicable". */
export function daysCell(words: ReportWords, value: number | undefined): FigureCell {
  if (value === undefined) return { text: words.t('reports.notApplicable') };
  return { text: words.formats.number(Math.round(value * 10) / 10) };
}

/** Words for a coded value from the translation that already names it, else the code humanised. */
function coded(words: ReportWords, prefix: string, code: string): string {
  return words.t(`${prefix}.${code}`, { defaultValue: words.formats.enumLabel(code) });
}

export function routeName(words: ReportWords, route: string): string {
  return coded(words, 'cases.routes', route);
}

export function stageName(words: ReportWords, stage: string): string {
  return coded(words, 'caseFile.stages', stage);
}

function returnRateRows(
  words: ReportWords,
  rows: readonly ReturnRateRow[],
  grouping: 'all' | 'nationality' | 'route',
  headerOf: (group: string) => string,
): FigureRow[] {
  const { t } = words;
  const measures = ['returnDecisions', 'effectiveReturns', 'voluntaryReturns', 'forcedReturns'] as const;
  return rows.map((row) => {
    const header = headerOf(row.group);
    return {
      id: `${grouping}:${row.group}`,
      header,
      cells: [
        ...measures.map((measure) =>
          countCell(words, row[measure], { figure: 'returnRate', measure, grouping, group: row.group }, `${t(`reports.returnRate.${measure}`)} · ${header}`),
        ),
        rateCell(words, row.returnRate),
      ],
    };
  });
}

/** Every table of the dashboard, in the order the page shows them. */
export function dashboardTables(figures: DashboardFigures, words: ReportWords): DashboardTable[] {
  const { t, formats } = words;
  const returnColumns = [
    t('reports.returnRate.returnDecisions'),
    t('reports.returnRate.effectiveReturns'),
    t('reports.returnRate.voluntaryReturns'),
    t('reports.returnRate.forcedReturns'),
    t('reports.returnRate.rate'),
  ];
  const measureHeading = t('reports.measure');
  const numberHeading = [t('reports.number')];
  const single = (id: string, header: string, cell: FigureCell): FigureRow => ({ id, header, cells: [cell] });

  const readmissionMeasures = ['sent', 'accepted', 'deemedAccepted', 'rejected', 'pending', 'overdue'] as const;
  const detention = figures.detention;
  const deadlines = figures.deadlines;
  const departure = figures.departure;
  const vulnerable = figures.vulnerable;
  const transfers = figures.sentenceTransfers;

  return [
    {
      id: 'returnRateByRoute',
      chart: [0, 1],
      caption: t('reports.returnRate.byRouteCaption'),
      rowHeading: t('reports.route'),
      columns: returnColumns,
      rows: [
        ...returnRateRows(words, figures.returnRate.overall, 'all', () => t('reports.allCases')),
        ...returnRateRows(words, figures.returnRate.byRoute, 'route', (route) => routeName(words, route)),
      ],
    },
    {
      id: 'returnRateByNationality',
      caption: t('reports.returnRate.byNationalityCaption'),
      rowHeading: t('reports.nationality'),
      columns: returnColumns,
      rows: returnRateRows(words, figures.returnRate.byNationality, 'nationality', (code) => formats.country(code) || t('reports.unknownNationality')),
    },
    {
      id: 'readmission',
      chart: [0, 1, 2, 3, 4],
      caption: t('reports.readmission.caption'),
      rowHeading: t('reports.readmission.requestedState'),
      columns: [...readmissionMeasures.map((measure) => t(`reports.readmission.${measure}`)), t('reports.readmission.medianReplyDays')],
      rows: figures.readmission.map((row) => {
        const header = formats.country(row.requestedState);
        return {
          id: row.requestedState,
          header,
          cells: [
            ...readmissionMeasures.map((measure) =>
              countCell(
                words,
                row[measure],
                { figure: 'readmission', measure, requestedState: row.requestedState },
                `${t(`reports.readmission.${measure}`)} · ${header}`,
              ),
            ),
            daysCell(words, row.medianReplyDays),
          ],
        };
      }),
    },
    {
      id: 'detention',
      caption: t('reports.detention.caption'),
      rowHeading: measureHeading,
      columns: numberHeading,
      rows: [
        single(
          'episodesEnded',
          t('reports.detention.episodesEnded'),
          countCell(words, detention.episodesEnded, { figure: 'detention', measure: 'episodesEnded' }, t('reports.detention.episodesEnded')),
        ),
        single('medianLength', t('reports.detention.medianLength'), daysCell(words, detention.medianLengthDays)),
        single('maximumLength', t('reports.detention.maximumLength'), daysCell(words, detention.maximumLengthDays)),
        single(
          'releasesAtMaximum',
          t('reports.detention.releasesAtMaximum'),
          countCell(words, detention.releasesAtMaximum, { figure: 'detention', measure: 'releasesAtMaximum' }, t('reports.detention.releasesAtMaximum')),
        ),
        single(
          'refusalsToBoard',
          t('reports.detention.refusalsToBoard'),
          countCell(words, detention.refusalsToBoard, { figure: 'detention', measure: 'refusalsToBoard' }, t('reports.detention.refusalsToBoard')),
        ),
        single(
          'detainedOn',
          t('reports.detention.detainedOn'),
          countCell(words, detention.detainedOn, { figure: 'detention', measure: 'detainedOn' }, t('reports.detention.detainedOn')),
        ),
      ],
    },
    {
      id: 'deadlines',
      caption: t('reports.deadlines.caption', { days: deadlines.windowDays }),
      rowHeading: t('reports.deadlines.kind'),
      columns: [t('reports.deadlines.overdue'), t('reports.deadlines.dueSoon', { days: deadlines.windowDays })],
      rows: [
        {
          id: 'cases',
          header: t('reports.deadlines.cases'),
          cells: [
            countCell(
              words,
              deadlines.casesWithOverdue,
              { figure: 'deadlines', measure: 'overdue' },
              `${t('reports.deadlines.overdue')} · ${t('reports.deadlines.cases')}`,
            ),
            countCell(
              words,
              deadlines.casesWithDueWithinWindow,
              { figure: 'deadlines', measure: 'dueSoon' },
              `${t('reports.deadlines.dueSoon', { days: deadlines.windowDays })} · ${t('reports.deadlines.cases')}`,
            ),
          ],
        },
        ...deadlines.byKind.map((row) => {
          const header = coded(words, 'caseFile.deadlines', row.kind);
          return {
            id: row.kind,
            header,
            cells: [
              countCell(words, row.overdue, { figure: 'deadlines', measure: 'overdue', kind: row.kind }, `${t('reports.deadlines.overdue')} · ${header}`),
              countCell(
                words,
                row.dueWithinWindow,
                { figure: 'deadlines', measure: 'dueSoon', kind: row.kind },
                `${t('reports.deadlines.dueSoon', { days: deadlines.windowDays })} · ${header}`,
              ),
            ],
          };
        }),
      ],
    },
    {
      id: 'departure',
      caption: t('reports.departure.caption'),
      rowHeading: measureHeading,
      columns: numberHeading,
      rows: [
        ...(['periodsEnded', 'leftInTime'] as const).map((measure) =>
          single(
            measure,
            t(`reports.departure.${measure}`),
            countCell(words, departure[measure], { figure: 'departure', measure }, t(`reports.departure.${measure}`)),
          ),
        ),
        single('complianceRate', t('reports.departure.complianceRate'), rateCell(words, departure.complianceRate)),
        ...(['absconded', 'suspended'] as const).map((measure) =>
          single(
            measure,
            t(`reports.departure.${measure}`),
            countCell(words, departure[measure], { figure: 'departure', measure }, t(`reports.departure.${measure}`)),
          ),
        ),
      ],
    },
    {
      id: 'vulnerable',
      caption: t('reports.vulnerable.caption'),
      rowHeading: measureHeading,
      columns: numberHeading,
      rows: [
        ...(['openCases', 'vulnerableCases'] as const).map((measure) =>
          single(
            measure,
            t(`reports.vulnerable.${measure}`),
            countCell(words, vulnerable[measure], { figure: 'vulnerable', measure }, t(`reports.vulnerable.${measure}`)),
          ),
        ),
        single('share', t('reports.vulnerable.share'), rateCell(words, vulnerable.share)),
        single(
          'withMinorChildren',
          t('reports.vulnerable.withMinorChildren'),
          countCell(words, vulnerable.withMinorChildren, { figure: 'vulnerable', measure: 'withMinorChildren' }, t('reports.vulnerable.withMinorChildren')),
        ),
        ...Object.entries(vulnerable.byCategory).map(([category, count]) => {
          const header = coded(words, 'intake.enums.vulnerability', category);
          return single(
            `category:${category}`,
            header,
            countCell(
              words,
              count ?? 0,
              { figure: 'vulnerable', measure: 'vulnerableCases', category },
              `${t('reports.vulnerable.vulnerableCases')} · ${header}`,
            ),
          );
        }),
      ],
    },
    {
      id: 'sentenceTransfers',
      caption: t('reports.sentenceTransfers.caption'),
      rowHeading: measureHeading,
      columns: numberHeading,
      rows: [
        single(
          'requested',
          t('reports.sentenceTransfers.requested'),
          countCell(words, transfers.requested, { figure: 'sentenceTransfer', measure: 'requested' }, t('reports.sentenceTransfers.requested')),
        ),
        single(
          'withConsent',
          t('reports.sentenceTransfers.withConsent'),
          countCell(words, transfers.byConsent.withConsent, { figure: 'sentenceTransfer', measure: 'withConsent' }, t('reports.sentenceTransfers.withConsent')),
        ),
        single(
          'withoutConsent',
          t('reports.sentenceTransfers.withoutConsent'),
          countCell(
            words,
            transfers.byConsent.withoutConsent,
            { figure: 'sentenceTransfer', measure: 'withoutConsent' },
            t('reports.sentenceTransfers.withoutConsent'),
          ),
        ),
        ...Object.entries(transfers.byOutcome)
          .filter(([, count]) => count > 0)
          .map(([status, count]) => {
            const header = t(`reports.sentenceTransfers.status.${status}`, { defaultValue: formats.enumLabel(status) });
            return single(
              `status:${status}`,
              header,
              countCell(words, count, { figure: 'sentenceTransfer', measure: 'requested', status }, `${t('reports.sentenceTransfers.requested')} · ${header}`),
            );
          }),
      ],
    },
    {
      id: 'pending',
      chart: [0],
      caption: t('reports.pending.caption'),
      rowHeading: t('reports.stage'),
      columns: [t('reports.pending.open'), ...ageBandIds.map((band) => t(`reports.pending.ageBand.${band}`))],
      rows: figures.pending.map((row) => {
        const header = stageName(words, row.stage);
        return {
          id: row.stage,
          header,
          cells: [
            countCell(words, row.open, { figure: 'pending', stage: row.stage }, `${t('reports.pending.open')} · ${header}`),
            ...ageBandIds.map((ageBand) =>
              countCell(words, row.byAge[ageBand], { figure: 'pending', stage: row.stage, ageBand }, `${t(`reports.pending.ageBand.${ageBand}`)} · ${header}`),
            ),
          ],
        };
      }),
    },
  ];
}

const ageBandIds = ['up_to_30_days', 'up_to_90_days', 'up_to_180_days', 'up_to_365_days', 'over_365_days'] as const;
