/**
 * Whole cases walked through the workflow, one action at a time, exactly as the app runs
 * them (executeAction: guards, input checks, four eyes, one audit event per step). Each
 * walk starts from a bare intake case and records every case it passes through, so a test
 * can check the history and which guards each case met.
 */
import { expect } from 'vitest';
import type { Actor, AuditEvent, CaseFile } from '../../../shared/model';
import { executeAction } from '../../../shared/workflow';
import { buildCaseFile, caseworker, otherSupervisor, supervisor } from '../arbitraries/caseFileBuilder';

export interface WalkStep {
  actionId: string;
  actor: Actor;
  at: Date;
  before: CaseFile;
  after: CaseFile;
  event: AuditEvent;
}

export class CaseWalk {
  readonly steps: WalkStep[] = [];
  caseFile: CaseFile;
  at: Date;

  constructor(start: CaseFile, at: Date) {
    this.caseFile = start;
    this.at = at;
  }

  /** Every case of the walk, first to last, as each step saw it before acting and left it. */
  get cases(): { caseFile: CaseFile; at: Date }[] {
    return this.steps.flatMap((step) => [
      { caseFile: step.before, at: step.at },
      { caseFile: step.after, at: step.at },
    ]);
  }

  /** Moves the clock on by whole days (dates of later steps are given relative to it). */
  advanceDays(days: number): this {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
    return this;
  }

  /** The walk's calendar date (UTC noon keeps it the same day in Brussels). */
  get today(): string {
    return this.at.toISOString().slice(0, 10);
  }

  /** Runs one action; the test fails with every unmet condition if it is refused. */
  do(actionId: string, input: Record<string, unknown> = {}, actor: Actor = caseworker): this {
    const result = executeAction(actionId, this.caseFile, actor, this.at, input);
    if (!result.ok)
      expect.fail(
        `${actionId} was refused at ${this.caseFile.stage}: ${result.failure.unmet.map((condition) => `${condition.id}: ${condition.message}`).join('; ')}`,
      );
    this.steps.push({ actionId, actor, at: this.at, before: this.caseFile, after: result.caseFile, event: result.event });
    this.caseFile = result.caseFile;
    return this;
  }

  /** Proposes a four-eyes action as `proposer` and has another supervisor approve it. */
  withFourEyes(actionId: string, input: Record<string, unknown> = {}, proposer: Actor = caseworker, approver: Actor = supervisor): this {
    this.do(actionId, input, proposer);
    const approval = this.caseFile.pendingApprovals.filter((candidate) => candidate.status === 'pending' && candidate.actionId === actionId).at(-1);
    if (approval === undefined) expect.fail(`${actionId} did not wait for approval`);
    return this.do('approvePendingAction', { approvalId: approval.id }, approver);
  }

  /** The id of the newest readmission request. */
  get requestId(): string {
    const request = this.caseFile.readmissionRequests.at(-1);
    if (request === undefined) expect.fail('No readmission request on the case');
    return request.id;
  }
}

/** Noon UTC, 1 September 2026: after the walk's facts, so no input date is in the future. */
export const walkStart = new Date('2026-09-01T10:00:00.000Z');

export function bareIntakeCase(): CaseFile {
  return buildCaseFile({ openedOn: '2026-09-01' });
}

const albanianNationality = {
  person: { stateless: false },
  nationalities: [{ country: 'AL', status: 'proven', evidence: [{ kind: 'document', description: 'Albanian passport seen at the interview' }] }],
};
const albanianPassport = {
  documents: [
    {
      type: 'passport',
      number: 'BK1234567',
      issuingCountry: 'AL',
      validUntil: '2031-01-01',
      form: 'original',
      evidenceClass: 'proof',
      authenticity: 'genuine',
    },
  ],
};
const irregularStay = { residencyHistory: [{ status: 'irregular_stay', from: '2026-03-01', irregularStayKnownOn: '2026-08-20' }] };
const inCustody = {
  inCustody: true,
  custody: {
    prison: 'Prison de Haren',
    judgmentDate: '2026-02-10',
    judgmentFinal: true,
    offences: [{ description: 'Theft', category: 'property' }],
    sentence: { kind: 'determinate', years: 0, months: 10, days: 0 },
    sentenceStart: '2026-01-05',
    expectedEnd: '2026-11-05',
    consent: { status: 'refused', recordedOn: '2026-08-25', byLegalRepresentative: false },
  },
};

/** Intake facts an Albanian national needs for a return decision: nationality proven by passport, irregular stay. */
export function recordAlbanianFacts(walk: CaseWalk, options: { custody?: boolean } = {}): CaseWalk {
  walk.do('amendCaseFacts', { section: 'documents', facts: albanianPassport });
  walk.do('amendCaseFacts', { section: 'nationality', facts: albanianNationality, reason: 'Passport seen at the intake interview.' });
  walk.do('amendCaseFacts', { section: 'residency', facts: irregularStay });
  if (options.custody) walk.do('amendCaseFacts', { section: 'custody', facts: inCustody });
  return walk.do('startIdentification').do('completeIdentification');
}

/**
 * Forced path from custody: a sentenced Albanian national with no consent to a transfer,
 * an order to leave without a departure period (public order, reasoned), forced return
 * approved by another supervisor, detention at the end of the sentence, a readmission
 * request to Albania accepted with a laissez-passer, both removal assessments, a refusal
 * to board, a second removal, and the case closed as removed with four eyes.
 */
export function forcedWalkFromCustody(): CaseWalk {
  const walk = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart), { custody: true });
  walk.do('registerCustody');
  walk.do('issueReturnDecision', {
    decidedOn: walk.today,
    notifiedOn: walk.today,
    departureDays: 0,
    shortenedPeriodGrounds: ['public_order'],
    shortenedPeriodReasoning: 'Sentenced for theft; risk to public order.',
  });
  walk.withFourEyes('decideForcedReturn', { destinationCountry: 'AL', note: 'No departure period granted; no voluntary return sought.' });
  walk.do('draftReadmissionRequest', { requestedState: 'AL', subject: 'own_national', procedure: 'standard' });
  walk.do('recordReadmissionEvidence', {
    requestId: walk.requestId,
    evidenceDocumentIds: walk.caseFile.documents.map((document) => document.id),
    attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
  });
  walk.do('sendReadmissionRequest', { requestId: walk.requestId, sentOn: walk.today });
  walk.advanceDays(2).do('recordReadmissionReceipt', { requestId: walk.requestId, receivedOn: walk.today });
  walk.advanceDays(5).do('recordReadmissionReply', { requestId: walk.requestId, outcome: 'accepted', receivedOn: walk.today, reference: 'AL-2026-4471' });
  walk.do('recordTravelDocument', {
    requestId: walk.requestId,
    travelDocument: { kind: 'laissez_passer', number: 'LP-88812', issuer: 'Embassy of Albania, Brussels', issuedOn: walk.today, validUntil: '2027-03-01' },
  });
  walk.do('detain', {
    centre: '127bis Steenokkerzeel',
    detentionType: 'return',
    publicOrder: false,
    startedOn: walk.today,
    ground: 'risk_of_absconding',
    groundDescription: 'No address; refused to cooperate with the return.',
    alternativesConsidered: 'Reporting duty considered: no fixed address.',
  });
  walk.do('recordNonRefoulementAssessment', {
    destinationCountry: 'AL',
    outcome: 'cleared',
    assessedOn: walk.today,
    assessedBy: 'user-caseworker-1',
    countriesConsidered: ['AL'],
    reference: 'NR-2026-0193',
    reasoning: 'No protection claim; no individual risk raised at the hearing.',
  });
  walk.do('recordFitnessToTravel', {
    outcome: 'fit_with_conditions',
    assessedOn: walk.today,
    assessedBy: 'Dr. V. Lambert, closed centre doctor',
    validUntil: '2026-12-31',
    escortRequired: false,
    medicalNeeds: 'Insulin for the journey.',
  });
  walk.do('scheduleRemoval', {
    scheduledDepartureAt: new Date(walk.at.getTime() + 3 * 86_400_000).toISOString(),
    carrier: 'commercial_unescorted',
    flightNumber: 'SN2771',
    escorts: 0,
  });
  walk.advanceDays(3).do('recordRefusalToBoard', { at: walk.at.toISOString(), note: 'Refused to board at the gate.' });
  walk.do('scheduleRemoval', {
    scheduledDepartureAt: new Date(walk.at.getTime() + 7 * 86_400_000).toISOString(),
    carrier: 'police_escort',
    flightNumber: 'SN2771',
    escorts: 2,
  });
  walk.advanceDays(7).do('confirmRemoval', { departedAt: walk.at.toISOString() });
  walk.withFourEyes('closeAsRemoved', { note: 'Arrival in Tirana confirmed by the escort.' });
  return walk;
}

/** Voluntary path from irregular stay: 30 days to leave, IOM (or own means), departure confirmed, case closed as departed. */
export function voluntaryWalk(carrier: 'iom' | 'own_means' = 'iom'): CaseWalk {
  const walk = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
  walk.do('issueReturnDecision', { decidedOn: walk.today, notifiedOn: walk.today, departureDays: 30 });
  walk.advanceDays(3).do('startVoluntaryPreparation', { carrier, destinationCountry: 'AL', voluntaryReturnConsentOn: walk.today });
  walk.advanceDays(10).do('confirmVoluntaryDeparture', { departedAt: walk.at.toISOString() });
  return walk.do('closeCase', {});
}

/** The actors every guard is evaluated with (a guard on approvals depends on who looks). */
export const lookers: readonly Actor[] = [caseworker, supervisor, otherSupervisor];
