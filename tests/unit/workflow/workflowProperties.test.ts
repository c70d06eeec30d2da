import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addHours } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditEventSchema, CaseFileExportSchema, CaseFileSchema, type Actor, type CaseFile } from '../../../shared/model';
import { availableActions, executeAction, workflowActions } from '../../../shared/workflow';
import { actorArbitrary, caseFileArbitrary } from '../arbitraries/caseFile';
import {
  buildCaseFile,
  buildDocument,
  buildFitness,
  buildNationality,
  buildNonRefoulement,
  buildOrderToLeave,
  otherSupervisor,
  supervisor,
  testMeta,
} from '../arbitraries/caseFileBuilder';
import { now, today } from './workflowTestKit';

const actionIds = workflowActions.map((action) => action.id);
const iso = (date: Date) => date.toISOString();
const inDays = (days: number) =>
  addDays(new Date(`${today}T12:00:00.000Z`), days)
    .toISOString()
    .slice(0, 10);

/** A plausible input for each action, so that random sequences get past input validation and exercise the guards. */
function inputFor(actionId: string, caseFile: CaseFile, variant: number): Record<string, unknown> {
  const requestId = caseFile.readmissionRequests[variant % Math.max(1, caseFile.readmissionRequests.length)]?.id ?? '00000000-0000-4000-8000-00000000abcd';
  const approvalId = caseFile.pendingApprovals.find((approval) => approval.status === 'pending')?.id ?? '00000000-0000-4000-8000-00000000dcba';
  const country = caseFile.nationalities[0]?.country ?? 'AL';
  switch (actionId) {
    case 'confirmDublinTransfer':
      return { transferredOn: today };
    case 'startTransferAssessment':
      return { instrument: variant % 2 === 0 ? 'BE_AL_2010' : 'ETS_112', administeringState: country, withoutConsent: variant % 2 === 0 };
    case 'recordTransferOutcome':
      return { outcome: (['accepted', 'refused', 'transferred'] as const)[variant % 3], on: today, refusalReason: 'Refused by the administering state' };
    case 'issueReturnDecision':
      return {
        decidedOn: today,
        notifiedOn: today,
        departureDays: variant % 2 === 0 ? 30 : 0,
        shortenedPeriodGrounds: ['public_order'],
        shortenedPeriodReasoning: 'Public order',
      };
    case 'startVoluntaryPreparation':
      return { carrier: 'iom', destinationCountry: country, voluntaryReturnConsentOn: today };
    case 'confirmVoluntaryDeparture':
    case 'confirmRemoval':
      return { departedAt: iso(addHours(now, -1)) };
    case 'decideForcedReturn':
      return { destinationCountry: country };
    case 'detain':
      return {
        centre: '127bis',
        detentionType: 'return',
        publicOrder: variant % 2 === 0,
        startedOn: today,
        ground: 'risk_of_absconding',
        groundDescription: 'No address',
        alternativesConsidered: 'Reporting refused',
      };
    case 'extendDetention':
      return { extendedUntil: inDays(20), ground: 'removal_in_progress' };
    case 'releaseFromDetention':
      return { releasedOn: today, reason: 'released_other' };
    case 'scheduleRemoval':
      return { scheduledDepartureAt: iso(addDays(now, 3)), carrier: 'police_escort', escorts: 2 };
    case 'recordRefusalToBoard':
      return { at: iso(addHours(now, -1)) };
    case 'cancelRemoval':
      return { reason: 'Flight cancelled' };
    case 'closeCase':
      return variant % 2 === 0 ? {} : { reason: 'other', note: 'Closed for the test' };
    case 'reopenCase':
      return { reason: 'New facts' };
    case 'suspendCase':
      return { reason: (['medical', 'suspensive_appeal', 'non_refoulement_review'] as const)[variant % 3], since: today };
    case 'recordAbsconding':
      return { since: today };
    case 'recordReappearance':
      return { on: today };
    case 'draftReadmissionRequest':
      return {
        requestedState: variant % 2 === 0 ? 'AL' : 'XK',
        subject: 'own_national',
        attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
        evidenceDocumentIds: caseFile.documents.map((document) => document.id),
      };
    case 'recordReadmissionEvidence':
      return {
        requestId,
        evidenceDocumentIds: caseFile.documents.map((document) => document.id),
        attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
      };
    case 'sendReadmissionRequest':
      return { requestId, sentOn: today, receivedOn: today };
    case 'recordReadmissionReceipt':
      return { requestId, receivedOn: today };
    case 'recordReadmissionReply':
      return { requestId, outcome: (['accepted', 'rejected', 'info_requested'] as const)[variant % 3], receivedOn: today, reasons: 'Reasons given' };
    case 'markReadmissionDeemedAccepted':
    case 'markTransferWindowExpired':
      return { requestId };
    case 'recordTravelDocument':
      return { requestId, travelDocument: { kind: 'laissez_passer', number: 'LP-9', issuer: 'Embassy', issuedOn: today, validUntil: inDays(180) } };
    case 'recordTransferObstacle':
      return { requestId, description: 'Hospitalised', from: today };
    case 'markReadmissionExecuted':
      return { requestId, executedOn: today };
    case 'withdrawReadmissionRequest':
      return { requestId, reason: 'Route changed' };
    case 'approvePendingAction':
    case 'withdrawPendingAction':
      return { approvalId };
    case 'rejectPendingAction':
      return { approvalId, reason: 'Not justified' };
    case 'recordNonRefoulementAssessment':
      return { destinationCountry: country, outcome: 'cleared', assessedOn: today, assessedBy: 'user-caseworker-1' };
    case 'recordFitnessToTravel':
      return { outcome: 'fit', assessedOn: today, assessedBy: 'Dr. V. Lambert' };
    case 'recordDublinRequest':
      return { memberState: 'DE', requestType: 'take_back', applicationLodgedOn: today, sentOn: today };
    case 'recordDublinReply':
      return { outcome: (['accepted_explicitly', 'accepted_implicitly', 'rejected'] as const)[variant % 3], on: today };
    // A residence status learned later: a new entry each time, so the amendment changes something.
    case 'amendCaseFacts':
      return {
        section: 'residency',
        facts: {
          residencyHistory: [
            ...caseFile.residencyHistory.map((entry) => ({ id: entry.id, status: entry.status, from: entry.from })),
            { status: 'irregular_stay', from: today, note: `Seen again (${variant})` },
          ],
        },
      };
    default:
      return {};
  }
}

/** The case file with every recorded fact removed: what is left is stage, people and bookkeeping. */
function withoutFacts(caseFile: CaseFile): CaseFile {
  const { custody: _custody, returnOperation: _operation, resumeStage: _resume, suspension: _suspension, abscondedSince: _since, ...rest } = caseFile;
  const { dateOfBirth: _dateOfBirth, permanentResidenceCountry: _residence, ...person } = caseFile.person;
  return {
    ...rest,
    person,
    identities: [],
    nationalities: [],
    documents: [],
    residencyHistory: [],
    sentenceTransfers: [],
    familyLinks: [],
    vulnerabilities: [],
    fitnessAssessments: [],
    nonRefoulementAssessments: [],
    decisions: [],
    appeals: [],
    detentionPeriods: [],
    readmissionRequests: [],
    transitRequests: [],
    dublinRequests: [],
    pendingApprovals: [],
  };
}

const fixturesFolder = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtureCases = readdirSync(fixturesFolder)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => CaseFileExportSchema.parse(JSON.parse(readFileSync(join(fixturesFolder, name), 'utf8'))).cases);

/** Realistic starting points that lead far into the workflow: the fixtures and a case at intake with everything on file. */
const wellDocumented = buildCaseFile({
  nationalities: [buildNationality('AL', 'proven')],
  documents: [buildDocument({ issuingCountry: 'AL', validUntil: '2031-01-01' })],
  residencyHistory: [{ ...testMeta(), status: 'irregular_stay', from: '2026-01-01' }],
  fitnessAssessments: [buildFitness('fit')],
  nonRefoulementAssessments: [buildNonRefoulement('AL')],
});
const returnDue = buildCaseFile({ ...wellDocumented, stage: 'RETURN_DECISION', decisions: [buildOrderToLeave({ notifiedOn: '2026-10-01' })] });
const startArbitrary = fc.oneof(caseFileArbitrary(), fc.constantFrom(...fixtureCases, wellDocumented, returnDue));

const stepArbitrary = fc.record({ actionId: fc.constantFrom(...actionIds), actor: actorArbitrary, variant: fc.nat(5) });

/** What the UI offers as enabled, less the amendment of facts: open in every stage, it would crowd out the steps that move the case. */
/** Actions that record a fact at any open stage without moving the case: always enabled, so a guided step would pick them too often. */
const factRecordings: readonly string[] = ['amendCaseFacts', 'recordNonRefoulementAssessment', 'recordFitnessToTravel'];

function enabledMoves(caseFile: CaseFile, actor: Actor) {
  return availableActions(caseFile, actor, now).filter((action) => action.enabled && !factRecordings.includes(action.id));
}

describe('workflow properties (fast-check)', () => {
  it('every successful action yields exactly one audit event, a valid case one version on, and a recorded change', () => {
    const succeededActions = new Set<string>();
    fc.assert(
      fc.property(startArbitrary, fc.array(fc.tuple(stepArbitrary, fc.boolean()), { maxLength: 15 }), (start, steps) => {
        let caseFile = start;
        let events = 0;
        for (const [randomStep, guided] of steps) {
          // Guided steps pick among the actions the UI would offer as enabled, so sequences go deep.
          const enabled = enabledMoves(caseFile, randomStep.actor);
          const step =
            guided && enabled.length > 0 ? { ...randomStep, actionId: enabled[randomStep.variant % enabled.length]?.id ?? randomStep.actionId } : randomStep;
          const result = executeAction(step.actionId, caseFile, step.actor, now, inputFor(step.actionId, caseFile, step.variant));
          if (!result.ok) {
            expect(result.failure.unmet.length).toBeGreaterThan(0);
            continue;
          }
          events += 1;
          succeededActions.add(step.actionId);
          expect(Array.isArray(result.event)).toBe(false);
          expect(AuditEventSchema.safeParse(result.event).success).toBe(true);
          expect(result.event).toMatchObject({ caseId: caseFile.id, action: step.actionId, actor: step.actor, at: now.toISOString() });
          expect(result.event.changes.length).toBeGreaterThan(0);
          expect(result.caseFile.version).toBe(caseFile.version + 1);
          const parsed = CaseFileSchema.safeParse(result.caseFile);
          expect(parsed.error?.issues ?? []).toEqual([]);
          caseFile = result.caseFile;
        }
        expect(caseFile.version).toBe(start.version + events);
      }),
      // A fixed seed keeps the non-vacuity count below reproducible.
      { numRuns: 250, seed: 20261123 },
    );
    // The random sequences must reach a good part of the workflow, or the property proves little.
    expect(succeededActions.size).toBeGreaterThan(actionIds.length / 2);
  });

  it('no action moves a closed case, except reopening by a supervisor (or a trainer, on a training case)', () => {
    fc.assert(
      fc.property(caseFileArbitrary(), actorArbitrary, fc.constantFrom(...actionIds), fc.nat(5), (generated, actor, actionId, variant) => {
        const closed: CaseFile = { ...generated, stage: 'CLOSED', closedOn: today, closureReason: 'other' };
        const result = executeAction(actionId, closed, actor, now, inputFor(actionId, closed, variant));
        if (result.ok) {
          expect(actionId).toBe('reopenCase');
          expect(actor.role === 'supervisor' || (actor.role === 'trainer' && closed.training)).toBe(true);
        } else {
          expect(result.failure.unmet.map((condition) => condition.id)).toEqual(expect.arrayContaining([actionId === 'reopenCase' ? 'role' : 'case_closed']));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('no factual guard passes on missing data', () => {
    fc.assert(
      fc.property(caseFileArbitrary(), actorArbitrary, (generated, actor) => {
        const bare = withoutFacts(generated);
        for (const action of workflowActions) {
          for (const guard of action.guards.filter((candidate) => candidate.factual)) {
            const unmet = guard.check({ caseFile: bare, actor, now, today });
            expect(unmet.length, `${action.id} / ${guard.id} passed on a case without facts`).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('no action whose guards need a fact is enabled on a case without facts', () => {
    fc.assert(
      fc.property(caseFileArbitrary(), actorArbitrary, fc.nat(5), (generated, actor, variant) => {
        const bare = withoutFacts(generated);
        for (const action of workflowActions.filter((candidate) => candidate.guards.some((guard) => guard.factual))) {
          expect(executeAction(action.id, bare, actor, now, inputFor(action.id, bare, variant)).ok, action.id).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the proposer can never approve their own four-eyes action, though another supervisor can', () => {
    let approvableByAnother = 0;
    const fourEyes = new Set(workflowActions.filter((action) => action.needsFourEyes).map((action) => action.id));
    fc.assert(
      fc.property(startArbitrary, fc.array(stepArbitrary, { maxLength: 15 }), (start, randomSteps) => {
        let caseFile = start;
        for (const randomStep of randomSteps) {
          const enabled = enabledMoves(caseFile, randomStep.actor);
          const actionId = enabled[randomStep.variant % Math.max(1, enabled.length)]?.id ?? randomStep.actionId;
          const result = executeAction(actionId, caseFile, randomStep.actor, now, inputFor(actionId, caseFile, randomStep.variant));
          if (!result.ok) continue;
          if (fourEyes.has(actionId)) {
            const proposal = result.caseFile.pendingApprovals.find((approval) => approval.status === 'pending' && approval.actionId === actionId);
            expect(proposal).toBeDefined();
            const approvalId = proposal?.id;
            // The proposer, even holding the supervisor role, is refused…
            const own = executeAction('approvePendingAction', result.caseFile, { ...randomStep.actor, role: 'supervisor' }, now, { approvalId });
            expect(own.ok).toBe(false);
            expect(own.ok ? [] : own.failure.unmet.map((condition) => condition.id)).toContain('not_proposer');
            // …while a supervisor who did not propose it may approve.
            const other = randomStep.actor.userId === supervisor.userId ? otherSupervisor : supervisor;
            if (executeAction('approvePendingAction', result.caseFile, other, now, { approvalId }).ok) approvableByAnother += 1;
          }
          caseFile = result.caseFile;
        }
      }),
      // A fixed seed keeps the non-vacuity count below reproducible (random sequences rarely reach an approval).
      { numRuns: 300, seed: 20261123 },
    );
    expect(approvableByAnother).toBeGreaterThan(0);
  });

  it('a proposal made in a random sequence is never approved by its proposer', () => {
    let approvals = 0;
    fc.assert(
      fc.property(startArbitrary, fc.array(stepArbitrary, { maxLength: 15 }), (start, randomSteps) => {
        let caseFile = start;
        for (const randomStep of randomSteps) {
          const enabled = enabledMoves(caseFile, randomStep.actor);
          const step = enabled.length > 0 ? { ...randomStep, actionId: enabled[randomStep.variant % enabled.length]?.id ?? randomStep.actionId } : randomStep;
          const result = executeAction(step.actionId, caseFile, step.actor, now, inputFor(step.actionId, caseFile, step.variant));
          if (!result.ok) continue;
          if (step.actionId === 'approvePendingAction') {
            const approved = result.caseFile.pendingApprovals.filter(
              (approval) =>
                approval.status === 'approved' && !caseFile.pendingApprovals.some((before) => before.id === approval.id && before.status === 'approved'),
            );
            for (const approval of approved) expect(approval.proposedBy.userId).not.toBe(step.actor.userId);
            approvals += approved.length;
          }
          caseFile = result.caseFile;
        }
      }),
      { numRuns: 250, seed: 1 },
    );
    expect(approvals).toBeGreaterThan(0);
  });
});
