import { describe, expect, it } from 'vitest';
import { readmissionAgreements } from '../../../../shared/reference';
import { evidenceGrade, readmissionAgreementForCase, readmissionRequestViews } from '../../../../renderer/src/features/case-file/readmissionView';
import { userErrorMessage } from '../../../../renderer/src/ui/userErrorMessage';
import { ActionRefusedError, ConflictError } from '../../../../renderer/src/db/errors';
import { approvalInputLines } from '../../../../renderer/src/features/approvals/approvalInputLines';
import { pendingApprovalRows } from '../../../../renderer/src/features/approvals/pendingApprovalRows';
import { executeAction } from '../../../../shared/workflow';
import { formatsFor } from '../../../../renderer/src/ui/format/formats';
import { appI18next } from '../../i18n/appI18next';
import {
  buildCaseFile,
  buildDocument,
  buildNationality,
  buildOrderToLeave,
  buildReadmissionRequest,
  caseworker,
  supervisor,
} from '../../arbitraries/caseFileBuilder';

const euAlbania = readmissionAgreements.eu_albania;

describe('readmission request panel', () => {
  it('grades each document as the agreement does: original passport proof, copy prima facie, expired proof prima facie', () => {
    expect(evidenceGrade(euAlbania, buildDocument({ type: 'passport', form: 'original' }), '2026-11-23')).toBe('proof');
    expect(evidenceGrade(euAlbania, buildDocument({ type: 'passport', form: 'copy' }), '2026-11-23')).toBe('prima_facie');
    expect(evidenceGrade(euAlbania, buildDocument({ type: 'passport', form: 'original', validUntil: '2020-01-01' }), '2026-11-23')).toBe('prima_facie');
    expect(evidenceGrade(euAlbania, buildDocument({ type: 'birth_certificate', form: 'original' }), '2026-11-23')).toBe('prima_facie');
  });

  it('turns a silent request into "deemed accepted" after the reply period (EU–Albania: 14 calendar days from receipt)', () => {
    const passport = buildDocument({ number: 'BH1' });
    const request = buildReadmissionRequest({
      status: 'SENT',
      sentOn: '2026-11-05',
      receivedOn: '2026-11-06',
      sendCount: 1,
      evidenceDocumentIds: [passport.id],
    });
    const caseFile = buildCaseFile({ nationalities: [buildNationality('AL', 'proven')], documents: [passport], readmissionRequests: [request] });
    const [view] = readmissionRequestViews(caseFile, '2026-11-23');
    expect(view?.reply).toMatchObject({ state: 'deemed_accepted', dueDate: '2026-11-20', deemedAcceptedOn: '2026-11-21' });
    expect(view?.deemedAcceptanceDue).toBe(true);
    expect(view?.evidence).toEqual([{ documentId: passport.id, type: 'passport', number: 'BH1', grade: 'proof', attached: true }]);
    expect(view?.attachments.map((item) => item.item)).toEqual(['request_form', 'photo', 'fingerprints', 'document_copies']);
    const [awaiting] = readmissionRequestViews(caseFile, '2026-11-15');
    expect(awaiting?.reply.state).toBe('awaiting_reply');
    expect(awaiting?.deemedAcceptanceDue).toBe(false);
  });

  it("finds the agreement from the person's nationality, or none", () => {
    expect(readmissionAgreementForCase(buildCaseFile({ nationalities: [buildNationality('AL', 'claimed')] }))?.id).toBe('eu_albania');
    expect(readmissionAgreementForCase(buildCaseFile({ nationalities: [buildNationality('BR', 'proven')] }))).toBeUndefined();
  });
});

describe('errors the caseworker reads', () => {
  it('names who changed the case on a conflict and lists what the workflow refused; never a stack', () => {
    expect(
      userErrorMessage(new ConflictError({ caseId: 'c', expectedVersion: 1, actualVersion: 2, changedBy: 'An Peeters', changedAt: '2026-11-23T10:00:00Z' })),
    ).toEqual({ key: 'caseFile.errors.conflict', values: { changedBy: 'An Peeters', changedAt: '2026-11-23T10:00:00Z' } });
    expect(
      userErrorMessage(new ActionRefusedError({ actionId: 'x', unmet: [{ id: 'a', message: 'Record the nationality.', legalBasis: 'b' }] })).values.issues,
    ).toBe('Record the nationality.');
    expect(userErrorMessage(new TypeError('undefined is not a function'))).toEqual({ key: 'caseFile.errors.unexpected', values: {} });
  });
});

describe('approvals page', () => {
  it('lists a pending proposal that a different supervisor can approve, but not its proposer, its values in words', async () => {
    const atDecision = buildCaseFile({
      stage: 'RETURN_DECISION',
      nationalities: [buildNationality('AL', 'proven')],
      decisions: [
        buildOrderToLeave({
          departureDays: 0,
          shortenedPeriodGrounds: ['risk_of_absconding'],
          shortenedPeriodReasoning: 'No address',
          notifiedOn: '2026-11-20',
          decidedOn: '2026-11-20',
        }),
      ],
    });
    const now = new Date('2026-11-23T10:00:00Z');
    const proposed = executeAction('decideForcedReturn', atDecision, supervisor, now, { destinationCountry: 'AL', note: 'Two orders ignored' });
    if (!proposed.ok) throw new Error('refused');
    const [asProposer] = pendingApprovalRows([proposed.caseFile], supervisor, now);
    expect(asProposer?.option.canApprove).toBe(false);
    const [asOther] = pendingApprovalRows([proposed.caseFile], { userId: 'user-supervisor-2', displayName: 'Jan De Smet', role: 'supervisor' }, now);
    expect(asOther).toMatchObject({ reference: 'RC-2026-000001', personName: 'HOXHA Arben', option: { canApprove: true, canReject: true } });
    const t = (await appI18next()).getFixedT('sq');
    const formats = formatsFor('sq-AL', t);
    const lines = approvalInputLines(asOther?.option.approval.actionId ?? '', asOther?.option.approval.input ?? {}, formats, t);
    expect(lines.map(({ name, value }) => ({ name, value }))).toEqual([
      { name: 'destinationCountry', value: 'Shqipëri' },
      { name: 'note', value: 'Two orders ignored' },
    ]);
    expect(pendingApprovalRows([proposed.caseFile], caseworker, now)[0]?.option.canApprove).toBe(false);
  });
});
