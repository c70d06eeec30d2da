import type { CustodyTransferMeasure, CustodyTransferOverview, CustodyTransferRow } from '../../../../shared/reports';
import { countCell, type DashboardTable, type ReportWords } from './dashboardTables';
import type { FigureRow } from './FigureTable';

/** The overview's columns, in the order of the table. */
export const custodyMeasures: readonly CustodyTransferMeasure[] = [
  'inCustody',
  'noRightOfResidence',
  'residenceUnknown',
  'transferEligible',
  'transferNeedsReview',
  'transferNotEligible',
  'readmissionRoute',
];

export type CustodySortColumn = 'nationality' | CustodyTransferMeasure;

export interface CustodySort {
  column: CustodySortColumn;
  direction: 'asc' | 'desc';
}

/** The nationality's name in the interface language ("not established" when none is). */
export function nationalityName(words: ReportWords, code: string): string {
  if (code === 'stateless') return words.t('reports.stateless');
  return code === 'unknown' || code === '' ? words.t('reports.unknownNationality') : words.formats.country(code) || code;
}

/** The nationality rows in the chosen order (names compared in the interface language); ties by name. */
export function sortCustodyRows(rows: readonly CustodyTransferRow[], sort: CustodySort, words: ReportWords): CustodyTransferRow[] {
  const collator = new Intl.Collator(words.formats.locale);
  const byName = (a: CustodyTransferRow, b: CustodyTransferRow) =>
    collator.compare(nationalityName(words, a.nationality), nationalityName(words, b.nationality));
  const direction = sort.direction === 'asc' ? 1 : -1;
  const column = sort.column;
  return [...rows].sort((a, b) => (column === 'nationality' ? direction * byName(a, b) : direction * (a[column] - b[column]) || byName(a, b)));
}

/** A nationality's row (or the total's: nationality absent from its keys), every count linked to its cases. */
export function custodyRow(words: ReportWords, row: CustodyTransferRow, total: boolean): FigureRow {
  const header = total ? words.t('reports.custody.allNationalities') : nationalityName(words, row.nationality);
  return {
    id: total ? 'total' : row.nationality,
    header,
    cells: custodyMeasures.map((measure) =>
      countCell(
        words,
        row[measure],
        { figure: 'custodyTransfer', measure, ...(total ? {} : { nationality: row.nationality }) },
        `${words.t(`reports.custody.${measure}`)} · ${header}`,
      ),
    ),
  };
}

/** Why a transfer needs review or is refused, in words: the rule's own explanation of that check and status. */
export function reasonText(words: ReportWords, reason: string): string {
  const [id = '', status = ''] = reason.split(':');
  return words.t(`explanations.rules.${id}.${status}.text`, {
    defaultValue: words.t('reports.custody.reasonCode', { id, status: words.formats.enumLabel(status) }),
  });
}

/** The breakdowns of every nationality together: eligible by instrument and consent, review and refusal reasons. */
export function custodyBreakdowns(overview: CustodyTransferOverview, words: ReportWords): DashboardTable[] {
  const { t, formats } = words;
  const total = overview.total;
  const reasonRows = (reasons: Record<string, number>, measure: 'transferNeedsReview' | 'transferNotEligible'): FigureRow[] =>
    Object.entries(reasons)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([reason, count]) => {
        const header = reasonText(words, reason);
        return {
          id: reason,
          header,
          cells: [countCell(words, count, { figure: 'custodyTransfer', measure, reason }, `${t(`reports.custody.${measure}`)} · ${header}`)],
        };
      });
  return [
    {
      id: 'custodyInstruments',
      caption: t('reports.custody.byInstrumentCaption'),
      rowHeading: t('reports.custody.instrument'),
      columns: [t('reports.sentenceTransfers.withConsent'), t('reports.sentenceTransfers.withoutConsent')],
      rows: total.eligibleByInstrument.map((count) => {
        const header = formats.enumLabel(count.instrument, 'transferInstrument');
        return {
          id: count.instrument,
          header,
          cells: [
            countCell(
              words,
              count.withConsent,
              { figure: 'custodyTransfer', measure: 'transferEligible', instrument: count.instrument, withoutConsent: false },
              `${t('reports.custody.transferEligible')} · ${header} · ${t('reports.sentenceTransfers.withConsent')}`,
            ),
            countCell(
              words,
              count.withoutConsent,
              { figure: 'custodyTransfer', measure: 'transferEligible', instrument: count.instrument, withoutConsent: true },
              `${t('reports.custody.transferEligible')} · ${header} · ${t('reports.sentenceTransfers.withoutConsent')}`,
            ),
          ],
        };
      }),
    },
    {
      id: 'custodyReview',
      caption: t('reports.custody.reviewCaption'),
      rowHeading: t('reports.custody.reason'),
      columns: [t('reports.custody.persons')],
      rows: reasonRows(total.reviewReasons, 'transferNeedsReview'),
    },
    {
      id: 'custodyNotEligible',
      caption: t('reports.custody.notEligibleCaption'),
      rowHeading: t('reports.custody.reason'),
      columns: [t('reports.custody.persons')],
      rows: reasonRows(total.notEligibleReasons, 'transferNotEligible'),
    },
  ];
}
