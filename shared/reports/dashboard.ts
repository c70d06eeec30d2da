import type { IsoDate } from '../model';
import { dueSoonPolicy as referenceDueSoonPolicy, type DueSoonPolicy } from '../reference';
import type { CaseAccumulator } from './caseAccumulator';
import { createDeadlineAccumulator, type DeadlineStatistics } from './deadlineStatistics';
import { createDepartureComplianceAccumulator, type DepartureCompliance } from './departureCompliance';
import { createDetentionAccumulator, type DetentionStatistics } from './detentionStatistics';
import { createPendingCasesAccumulator, type PendingStageRow } from './pendingCases';
import { createReadmissionAccumulator, type ReadmissionCountryRow } from './readmissionStatistics';
import type { ReportPeriod, ReportWorkspace } from './reportPeriod';
import { createReturnRateAccumulator, type ReturnRateRow } from './returnRate';
import { createSentenceTransferAccumulator, type SentenceTransferStatistics } from './sentenceTransferStatistics';
import { createVulnerableShareAccumulator, type VulnerableShare } from './vulnerableShare';

/**
 * Every figure of the supervisors' dashboard for one period. Each number links to its
 * cases through a figure key (figureKey.ts) built from where it sits, e.g. the row
 * `readmission[i]` and its column `deemedAccepted` → `{ figure: 'readmission', measure:
 * 'deemedAccepted', requestedState: row.requestedState }`, the overall return rate →
 * `{ figure: 'returnRate', measure: 'effectiveReturns', grouping: 'all', group: 'all' }`.
 */
export interface DashboardFigures {
  period: ReportPeriod;
  asOf: IsoDate;
  dueSoonPolicy: DueSoonPolicy;
  /** The workspace whose cases count (live: no demo case; training: only demo cases). */
  workspace: ReportWorkspace;
  /** Cases read (cases of the other workspace included, though they count in no figure). */
  casesRead: number;
  returnRate: {
    /** One row (group `all`), or none when no case counts. */
    overall: ReturnRateRow[];
    byNationality: ReturnRateRow[];
    /** By the case's route: voluntary, forced, readmission, dublin, sentence_transfer… */
    byRoute: ReturnRateRow[];
  };
  readmission: ReadmissionCountryRow[];
  detention: DetentionStatistics;
  deadlines: DeadlineStatistics;
  departure: DepartureCompliance;
  vulnerable: VulnerableShare;
  sentenceTransfers: SentenceTransferStatistics;
  pending: PendingStageRow[];
}

/**
 * The dashboard, chunk by chunk: the worker (or the page, for small stores) reads the
 * store in key-ordered pages and hands each page to `add`; `result` may be called at any
 * time (a progress view) and again at the end. Holds counts and, for medians, one number
 * per reply or detention episode: a few megabytes at 100,000 cases.
 */
export function createDashboardAccumulator(
  period: ReportPeriod,
  asOf: IsoDate,
  policy: DueSoonPolicy = referenceDueSoonPolicy,
  workspace: ReportWorkspace = 'live',
): CaseAccumulator<DashboardFigures> {
  const overall = createReturnRateAccumulator(period, asOf, 'all', workspace);
  const byNationality = createReturnRateAccumulator(period, asOf, 'nationality', workspace);
  const byRoute = createReturnRateAccumulator(period, asOf, 'route', workspace);
  const readmission = createReadmissionAccumulator(period, asOf, workspace);
  const detention = createDetentionAccumulator(period, asOf, workspace);
  const deadlines = createDeadlineAccumulator(asOf, policy, workspace);
  const departure = createDepartureComplianceAccumulator(period, asOf, workspace);
  const vulnerable = createVulnerableShareAccumulator(asOf, workspace);
  const sentenceTransfers = createSentenceTransferAccumulator(period, workspace);
  const pending = createPendingCasesAccumulator(asOf, workspace);
  const all: CaseAccumulator<unknown>[] = [
    overall,
    byNationality,
    byRoute,
    readmission,
    detention,
    deadlines,
    departure,
    vulnerable,
    sentenceTransfers,
    pending,
  ];
  let casesRead = 0;
  return {
    add(cases) {
      casesRead += cases.length;
      for (const accumulator of all) accumulator.add(cases);
    },
    result() {
      return {
        period,
        asOf,
        dueSoonPolicy: policy,
        workspace,
        casesRead,
        returnRate: { overall: overall.result(), byNationality: byNationality.result(), byRoute: byRoute.result() },
        readmission: readmission.result(),
        detention: detention.result(),
        deadlines: deadlines.result(),
        departure: departure.result(),
        vulnerable: vulnerable.result(),
        sentenceTransfers: sentenceTransfers.result(),
        pending: pending.result(),
      };
    },
  };
}
