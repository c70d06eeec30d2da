import type { CaseFile, IsoDate, Stage } from '../model';
import { verdictOf, type RuleCheck, type Verdict } from '../rules/ruleCheck';
import { assessReadmission } from '../rules/routes';
import { assessTransferEligibility } from '../rules/transfer';
import { currentResidencyStatus } from '../workflow/caseFacts';
import { accumulate, type CaseAccumulator } from './caseAccumulator';
import { groupOf } from './caseGrouping';
import { countsIn, type ReportWorkspace } from './reportPeriod';

/** The residence situations that give a right to be in Belgium (a permit, or the right to remain while an asylum claim is examined). */
const residenceRights = new Set(['valid_permit', 'asylum_pending']);

/** The counts of the overview a case can fall in (the figure keys of the case list name these). */
export type CustodyTransferMeasure =
  'inCustody' | 'noRightOfResidence' | 'residenceUnknown' | 'transferEligible' | 'transferNeedsReview' | 'transferNotEligible' | 'readmissionRoute';

/** Eligible persons under one instrument, with the person's consent or on a without-consent basis. */
export interface InstrumentCount {
  /** Reference-data id of the instrument (`ets_112`, `ets_167`, `be_al_2010`, `fd_2008_909`…). */
  instrument: string;
  withConsent: number;
  withoutConsent: number;
}

export interface CustodyTransferRow {
  /** Best-evidenced nationality, `stateless` or `unknown` (as the other reports group). */
  nationality: string;
  /** Persons in custody on `asOf`: a custody record not released by that day, case not closed. */
  inCustody: number;
  /** Of them, whose current residence status gives no right to be in Belgium. */
  noRightOfResidence: number;
  /** Of them, with no residence status recorded for `asOf` (never counted as "no right"). */
  residenceUnknown: number;
  transferEligible: number;
  /** The eligible ones by instrument and consent. */
  eligibleByInstrument: InstrumentCount[];
  transferNeedsReview: number;
  /**
   * Why they need review: persons per open check, keyed `<check id>:<status>` (e.g.
   * `TST-2:unknown` finality unknown, `TST-4:unknown` consent missing, `TST-3:not_met` less
   * than the minimum remainder where it only warns). A person with two open checks counts under both.
   */
  reviewReasons: Record<string, number>;
  transferNotEligible: number;
  /** Why they are not eligible: persons per blocking check (`TST-3:not_met` less than six months left, `TST-7:not_met` no instrument…). */
  notEligibleReasons: Record<string, number>;
  /** Persons in custody whose state has a readmission agreement that applies (READM-1 met). */
  readmissionRoute: number;
  /** Where each person in custody stands: cases per stage. */
  byStage: Partial<Record<Stage, number>>;
}

/** What the rules say of one person in custody (the one place the overview's rules are read). */
export interface CustodyTransferFacts {
  nationality: string;
  residence: 'right' | 'no_right' | 'unknown';
  transferVerdict: Verdict;
  /** Reference-data id of the instrument the leading assessment applies (null: none). */
  instrument: string | null;
  withoutConsent: boolean;
  reviewReasons: string[];
  notEligibleReasons: string[];
  readmissionRoute: boolean;
  stage: Stage;
}

/** A check's own weight, by the rules' one verdict rule: does it alone block, or leave the case open? */
const checkBlocks = (check: RuleCheck): boolean => verdictOf([check]) === 'not_eligible';
const checkLeavesOpen = (check: RuleCheck): boolean => verdictOf([check]) === 'needs_review';

function reasonKey(check: { id: string; status: string }): string {
  return `${check.id}:${check.status}`;
}

/**
 * The facts of the overview for one case, undefined when the person is not in custody on
 * `asOf` (no custody record, released by then, case closed, or a case of the other workspace). Computed
 * from the rules (`assessTransferEligibility`, `assessReadmission`), never a stored copy.
 */
export function custodyTransferFacts(caseFile: CaseFile, asOf: IsoDate, workspace: ReportWorkspace = 'live'): CustodyTransferFacts | undefined {
  const custody = caseFile.custody;
  if (!countsIn(caseFile, workspace) || caseFile.stage === 'CLOSED' || custody === undefined) return undefined;
  if (custody.releasedOn !== undefined && custody.releasedOn <= asOf) return undefined;
  const status = currentResidencyStatus(caseFile, asOf);
  const transfer = assessTransferEligibility(caseFile, asOf);
  const readmission = assessReadmission(caseFile, asOf);
  const unique = (keys: string[]) => [...new Set(keys)].sort();
  return {
    nationality: groupOf(caseFile, 'nationality'),
    residence: status === undefined ? 'unknown' : residenceRights.has(status.status) ? 'right' : 'no_right',
    transferVerdict: transfer.verdict,
    instrument: transfer.basis?.id ?? null,
    withoutConsent: transfer.withoutConsent === true,
    reviewReasons: transfer.verdict === 'needs_review' ? unique(transfer.checks.filter(checkLeavesOpen).map(reasonKey)) : [],
    notEligibleReasons: transfer.verdict === 'not_eligible' ? unique(transfer.checks.filter(checkBlocks).map(reasonKey)) : [],
    readmissionRoute: readmission.checks.some((check) => check.id === 'READM-1' && check.status === 'met'),
    stage: caseFile.stage,
  };
}

/** Whether facts count in a measure (shared by the accumulator and `caseMatchesFigure`). */
export function factsCountIn(facts: CustodyTransferFacts, measure: CustodyTransferMeasure): boolean {
  switch (measure) {
    case 'inCustody':
      return true;
    case 'noRightOfResidence':
      return facts.residence === 'no_right';
    case 'residenceUnknown':
      return facts.residence === 'unknown';
    case 'transferEligible':
      return facts.transferVerdict === 'eligible';
    case 'transferNeedsReview':
      return facts.transferVerdict === 'needs_review';
    case 'transferNotEligible':
      return facts.transferVerdict === 'not_eligible';
    case 'readmissionRoute':
      return facts.readmissionRoute;
  }
}

const measures: readonly CustodyTransferMeasure[] = [
  'inCustody',
  'noRightOfResidence',
  'residenceUnknown',
  'transferEligible',
  'transferNeedsReview',
  'transferNotEligible',
  'readmissionRoute',
];

function emptyRow(nationality: string): CustodyTransferRow {
  return {
    nationality,
    inCustody: 0,
    noRightOfResidence: 0,
    residenceUnknown: 0,
    transferEligible: 0,
    eligibleByInstrument: [],
    transferNeedsReview: 0,
    reviewReasons: {},
    transferNotEligible: 0,
    notEligibleReasons: {},
    readmissionRoute: 0,
    byStage: {},
  };
}

export interface CustodyTransferOverview {
  asOf: IsoDate;
  /** One row per nationality, alphabetical. */
  rows: CustodyTransferRow[];
  /** Every nationality together (nationality `all`). */
  total: CustodyTransferRow;
}

/**
 * The custody-and-transfer overview, chunk by chunk: for each nationality, persons in
 * custody, without a right of residence, eligible for a transfer of the sentenced person
 * (by instrument, with or without consent), needing review and why, not eligible and why,
 * with a readmission route, and the stage of each.
 */
export function createCustodyTransferAccumulator(asOf: IsoDate, workspace: ReportWorkspace = 'live'): CaseAccumulator<CustodyTransferOverview> {
  const rows = new Map<string, CustodyTransferRow>();
  const total = emptyRow('all');
  const addTo = (row: CustodyTransferRow, facts: CustodyTransferFacts) => {
    for (const measure of measures) if (factsCountIn(facts, measure)) row[measure] += 1;
    if (facts.transferVerdict === 'eligible' && facts.instrument !== null) {
      const instrument = facts.instrument;
      let count = row.eligibleByInstrument.find((candidate) => candidate.instrument === instrument);
      if (count === undefined) {
        count = { instrument, withConsent: 0, withoutConsent: 0 };
        row.eligibleByInstrument.push(count);
      }
      if (facts.withoutConsent) count.withoutConsent += 1;
      else count.withConsent += 1;
    }
    for (const reason of facts.reviewReasons) row.reviewReasons[reason] = (row.reviewReasons[reason] ?? 0) + 1;
    for (const reason of facts.notEligibleReasons) row.notEligibleReasons[reason] = (row.notEligibleReasons[reason] ?? 0) + 1;
    row.byStage[facts.stage] = (row.byStage[facts.stage] ?? 0) + 1;
  };
  const copy = (row: CustodyTransferRow): CustodyTransferRow => ({
    ...row,
    eligibleByInstrument: row.eligibleByInstrument.map((count) => ({ ...count })).sort((a, b) => a.instrument.localeCompare(b.instrument)),
    reviewReasons: { ...row.reviewReasons },
    notEligibleReasons: { ...row.notEligibleReasons },
    byStage: { ...row.byStage },
  });
  return {
    add(cases) {
      for (const caseFile of cases) {
        const facts = custodyTransferFacts(caseFile, asOf, workspace);
        if (facts === undefined) continue;
        const row = rows.get(facts.nationality) ?? emptyRow(facts.nationality);
        rows.set(facts.nationality, row);
        addTo(row, facts);
        addTo(total, facts);
      }
    },
    result() {
      return { asOf, rows: [...rows.values()].map(copy).sort((a, b) => a.nationality.localeCompare(b.nationality)), total: copy(total) };
    },
  };
}

/** The overview over an array of cases (see `createCustodyTransferAccumulator`). */
export function custodyTransferOverview(cases: readonly CaseFile[], asOf: IsoDate, workspace: ReportWorkspace = 'live'): CustodyTransferOverview {
  return accumulate(createCustodyTransferAccumulator(asOf, workspace), cases);
}
