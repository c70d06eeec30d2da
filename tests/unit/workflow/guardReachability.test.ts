import { describe, expect, it } from 'vitest';
import { workflowActions } from '../../../shared/workflow';
import { guardContext } from '../../../shared/workflow/runAction';
import { otherSupervisor, supervisor } from '../arbitraries/caseFileBuilder';
import { CaseWalk, bareIntakeCase, forcedWalkFromCustody, lookers, recordAlbanianFacts, voluntaryWalk, walkStart } from './caseWalks';

/**
 * No unreachable guard (issue 11, domain.md §5(b): every guard names a fact the caseworker
 * can record). Each walk below starts from a bare intake case and uses only registered
 * actions (the fact sections through amendCaseFacts); every guard of every registered
 * action must be met by some case some walk passes through. A new guard that no action can
 * satisfy fails this test until an action or a fact section records what it needs.
 */

function legalStayWalk(): CaseWalk {
  const walk = new CaseWalk(bareIntakeCase(), walkStart);
  walk.do('amendCaseFacts', {
    section: 'nationality',
    facts: { person: { stateless: false }, nationalities: [{ country: 'AL', status: 'proven', evidence: [{ kind: 'document', description: 'Passport' }] }] },
    reason: 'Passport seen.',
  });
  walk.do('amendCaseFacts', { section: 'residency', facts: { residencyHistory: [{ status: 'valid_permit', from: '2026-01-01', to: '2027-01-01' }] } });
  return walk.do('startIdentification').do('completeIdentification').do('recognizeLegalStay');
}

/** Dublin (Reg. 604/2013 Arts. 21, 22(7), 29): a request accepted and the transfer done; another rejected and the procedure ended. */
function dublinWalks(): CaseWalk[] {
  const request = (walk: CaseWalk) => ({ memberState: 'DE', requestType: 'take_back', applicationLodgedOn: '2026-03-02', sentOn: walk.today });
  const transferred = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
  transferred.do('recordDublinRequest', request(transferred)).do('startDublinProcedure');
  transferred.advanceDays(10).do('recordDublinReply', { outcome: 'accepted_explicitly', on: transferred.today });
  transferred.advanceDays(20).do('confirmDublinTransfer', { transferredOn: transferred.today });
  const rejected = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
  rejected.do('recordDublinRequest', request(rejected)).do('startDublinProcedure');
  rejected.advanceDays(10).do('recordDublinReply', { outcome: 'rejected', on: rejected.today }).do('recordDublinExpiry');
  return [transferred, rejected];
}

/** Transfer of a sentenced Albanian with consent (ETS 112 Art. 3): assessed, requested with four eyes, transferred. */
function sentenceTransferWalk(): CaseWalk {
  const walk = new CaseWalk(bareIntakeCase(), walkStart);
  walk.do('amendCaseFacts', {
    section: 'documents',
    facts: {
      documents: [{ type: 'passport', issuingCountry: 'AL', validUntil: '2031-01-01', form: 'original', evidenceClass: 'proof', authenticity: 'genuine' }],
    },
  });
  walk.do('amendCaseFacts', {
    section: 'nationality',
    facts: { person: { stateless: false }, nationalities: [{ country: 'AL', status: 'proven', evidence: [{ kind: 'document', description: 'Passport' }] }] },
    reason: 'Passport seen.',
  });
  walk.do('amendCaseFacts', { section: 'residency', facts: { residencyHistory: [{ status: 'irregular_stay', from: '2025-01-01' }] } });
  walk.do('amendCaseFacts', {
    section: 'custody',
    facts: {
      inCustody: true,
      custody: {
        prison: 'Prison de Haren',
        judgmentDate: '2026-01-10',
        judgmentFinal: true,
        offences: [{ description: 'Drug trafficking', category: 'drugs' }],
        sentence: { kind: 'determinate', years: 4, months: 0, days: 0 },
        sentenceStart: '2025-06-01',
        expectedEnd: '2029-06-01',
        dualCriminality: true,
        consent: { status: 'given', recordedOn: '2026-08-20', byLegalRepresentative: false },
      },
    },
  });
  walk.do('startIdentification').do('completeIdentification').do('registerCustody');
  walk.do('startTransferAssessment', { instrument: 'ETS_112', administeringState: 'AL', withoutConsent: false });
  walk.do('recordMentalHealthScreening', { outcome: 'no_serious_mental_disorder', screenedOn: walk.today, screenedBy: 'Dr. L. Peeters, prison psychiatrist' });
  walk.do('recordExceptionalShortRemainder', { reason: 'Serious illness; family in Tirana', otherStateAgreedOn: walk.today });
  walk.withFourEyes('requestSentenceTransfer', { requestSentOn: walk.today });
  return walk.advanceDays(60).do('recordTransferOutcome', { outcome: 'transferred', on: walk.today });
}

/** Suspension, absconding, a proposal withdrawn, detention extended and released at the legal maximum. */
function crossCuttingWalk(): CaseWalk {
  const walk = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
  walk.do('issueReturnDecision', {
    decidedOn: walk.today,
    notifiedOn: walk.today,
    departureDays: 0,
    shortenedPeriodGrounds: ['risk_of_absconding'],
    shortenedPeriodReasoning: 'Absconded twice before.',
  });
  walk.do('suspendCase', { reason: 'medical', since: walk.today }).do('resumeCase', {});
  walk.do('recordAbsconding', { since: walk.today }).advanceDays(1).do('recordReappearance', { on: walk.today });
  walk.do('decideForcedReturn', { destinationCountry: 'AL' }, supervisor);
  const proposal = walk.caseFile.pendingApprovals.at(-1);
  walk.do('withdrawPendingAction', { approvalId: proposal?.id ?? '', reason: 'Wrong destination.' }, supervisor);
  walk.withFourEyes('decideForcedReturn', { destinationCountry: 'AL' }, supervisor, otherSupervisor);
  walk.do('detain', {
    centre: '127bis Steenokkerzeel',
    detentionType: 'return',
    publicOrder: false,
    startedOn: walk.today,
    ground: 'risk_of_absconding',
    groundDescription: 'Absconded twice.',
    alternativesConsidered: 'Reporting duty failed before.',
  });
  walk.advanceDays(55).do('extendDetention', { extendedUntil: '2027-01-01', ground: 'travel_document_delay' }, supervisor);
  walk.advanceDays(100);
  return walk.do('releaseAtMaximum', {});
}

/** The readmission request's other outcomes: information requested and sent again, deemed accepted by silence, an obstacle, the transfer period over, a withdrawal. */
function readmissionWalks(): CaseWalk[] {
  const start = () => {
    const walk = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
    walk.do('draftReadmissionRequest', { requestedState: 'AL', subject: 'own_national', procedure: 'standard' });
    walk.do('recordReadmissionEvidence', {
      requestId: walk.requestId,
      evidenceDocumentIds: walk.caseFile.documents.map((document) => document.id),
      attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
    });
    return walk.do('sendReadmissionRequest', { requestId: walk.requestId, sentOn: walk.today, receivedOn: walk.today });
  };
  const deemed = start();
  deemed.advanceDays(20).do('markReadmissionDeemedAccepted', { requestId: deemed.requestId });
  deemed.do('recordTransferObstacle', { requestId: deemed.requestId, description: 'No flights during the strike.', from: deemed.today, to: '2026-10-05' });
  deemed.advanceDays(200).do('markTransferWindowExpired', { requestId: deemed.requestId });
  const executed = start();
  executed.advanceDays(3).do('recordReadmissionReply', { requestId: executed.requestId, outcome: 'accepted', receivedOn: executed.today });
  executed.do('issueReturnDecision', { decidedOn: executed.today, notifiedOn: executed.today, departureDays: 30 });
  executed.do('startVoluntaryPreparation', { carrier: 'iom', destinationCountry: 'AL', voluntaryReturnConsentOn: executed.today });
  executed.advanceDays(5).do('confirmVoluntaryDeparture', { departedAt: executed.at.toISOString() });
  executed.do('markReadmissionExecuted', { requestId: executed.requestId, executedOn: executed.today });
  const withdrawn = start();
  withdrawn.do('withdrawReadmissionRequest', { requestId: withdrawn.requestId, reason: 'The person left.' });
  // A third-country national who came through Albania: an obstacle extends the one-year request limit (EU–Albania RA Art. 10(1)).
  const thirdCountry = recordAlbanianFacts(new CaseWalk(bareIntakeCase(), walkStart));
  thirdCountry.do('draftReadmissionRequest', { requestedState: 'AL', subject: 'third_country_national', procedure: 'standard' });
  thirdCountry.do('recordRequestObstacle', { requestId: thirdCountry.requestId, description: 'Hospitalised', from: thirdCountry.today });
  return [deemed, executed, withdrawn, thirdCountry];
}

describe('every guard of every registered action can be met through actions from a bare intake case', () => {
  const walks: CaseWalk[] = [
    forcedWalkFromCustody(),
    voluntaryWalk(),
    legalStayWalk(),
    ...dublinWalks(),
    sentenceTransferWalk(),
    crossCuttingWalk(),
    ...readmissionWalks(),
  ];
  const guards = new Map(workflowActions.flatMap((action) => action.guards.map((guard) => [guard.id, guard] as const)));
  const metSomewhere = new Set<string>();
  for (const walk of walks) {
    for (const { caseFile, at } of walk.cases) {
      for (const actor of lookers) {
        const context = guardContext(caseFile, actor, at);
        for (const [id, guard] of guards) if (guard.check(context).length === 0) metSomewhere.add(id);
      }
    }
  }

  it('the walks cover the guards of every action (a new guard must join a walk)', () => {
    expect(guards.size).toBeGreaterThan(30);
  });

  it.each([...guards.keys()])('%s is met on some case reached by actions', (id) => {
    expect(metSomewhere.has(id)).toBe(true);
  });

  it('every registered action is run by some walk (no action is a dead end)', () => {
    const run = new Set(walks.flatMap((walk) => walk.steps.map((step) => step.actionId)));
    const never = workflowActions
      .map((action) => action.id)
      .filter((id) => !run.has(id) && !['rejectPendingAction', 'reopenCase', 'cancelRemoval', 'releaseFromDetention'].includes(id));
    expect(never).toEqual([]);
  });
});
