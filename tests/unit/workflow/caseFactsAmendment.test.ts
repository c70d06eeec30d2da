import { describe, expect, it } from 'vitest';
import { CaseFileSchema, type CaseFile } from '../../../shared/model';
import { caseFactsOf, type CaseFacts } from '../../../shared/workflow/actions/caseFactSections';
import {
  administrator,
  buildCaseFile,
  buildCustody,
  buildDocument,
  buildNationality,
  buildReadmissionRequest,
  caseworker,
  supervisor,
  testMeta,
} from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, today, unmetIds } from './workflowTestKit';

const residency = { ...testMeta(), status: 'irregular_stay' as const, from: '2025-05-05' };
const albanianCase = (overrides: Partial<CaseFile> = {}) =>
  buildCaseFile({
    nationalities: [buildNationality('AL', 'proven')],
    documents: [buildDocument({ number: 'BH4417203', scanReference: 'scan-001' })],
    residencyHistory: [residency],
    ...overrides,
  });

function amend<S extends keyof CaseFacts>(caseFile: CaseFile, section: S, change: (facts: CaseFacts[S]) => CaseFacts[S], reason?: string) {
  const facts = change(structuredClone(caseFactsOf(caseFile)[section]));
  return run('amendCaseFacts', caseFile, caseworker, { section, facts, ...(reason === undefined ? {} : { reason }) });
}

describe('amendCaseFacts: one part of the case facts, amended with the intake entries', () => {
  it('adds an alias as a new identity record, leaves the primary identity as it was, and records the new record in the event', () => {
    const caseFile = albanianCase();
    const result = amend(caseFile, 'identity', (facts) => ({
      ...facts,
      aliases: [{ familyName: 'Hoxhaj', givenNames: 'Ben', source: 'database', confidence: 'low' }],
    }));
    const amended = succeeded(result);
    expect(amended.version).toBe(caseFile.version + 1);
    expect(amended.identities).toHaveLength(2);
    expect(amended.identities[0]).toEqual(caseFile.identities[0]);
    const alias = amended.identities[1];
    expect(alias).toMatchObject({ familyName: 'Hoxhaj', givenNames: 'Ben', primary: false, source: 'database', version: 1, updatedBy: caseworker.userId });
    if (!result.ok || !alias) return;
    expect(result.event.action).toBe('amendCaseFacts');
    expect(result.event.changes).toEqual([{ path: `identities.${alias.id}`, before: null, after: alias }]);
    expect(result.event.reason).toBeUndefined();
    expect(result.event.legalBasis).toContain('2016/679');
    expect(CaseFileSchema.safeParse(amended).success).toBe(true);
  });

  it('corrects a residency status in place: same record, new version, the changed field before and after in the event', () => {
    const caseFile = albanianCase();
    const result = amend(caseFile, 'residency', (facts) => ({
      residencyHistory: facts.residencyHistory.map((entry) => ({ ...entry, status: 'asylum_rejected' as const })),
    }));
    const amended = succeeded(result);
    expect(amended.residencyHistory).toEqual([
      { ...residency, status: 'asylum_rejected', version: 2, updatedBy: caseworker.userId, updatedAt: expect.any(String) },
    ]);
    if (!result.ok) return;
    expect(result.event.changes).toHaveLength(1);
    const [change] = result.event.changes;
    expect(change?.path).toBe(`residencyHistory.${residency.id}`);
    expect(change?.before).toMatchObject({ status: 'irregular_stay', version: 1 });
    expect(change?.after).toMatchObject({ status: 'asylum_rejected', version: 2 });
    expect(result.event.legalBasis).toContain('Aliens Act');
  });

  it('keeps what the form does not show (a document scan, the document a name was read from, biometric references)', () => {
    const document = buildDocument({ number: 'BH4417203', scanReference: 'scan-001' });
    const caseFile = albanianCase({
      documents: [document],
      identities: [{ ...testMeta(), familyName: 'Hoxha', givenNames: 'Arben', primary: true, source: 'document', confidence: 'high', documentId: document.id }],
      person: { ...buildCaseFile().person, biometricReferences: [{ system: 'eurodac', externalId: 'BE-123' }] },
    });
    const withNumber = succeeded(amend(caseFile, 'documents', (facts) => ({ documents: facts.documents.map((entry) => ({ ...entry, number: 'BH4417204' })) })));
    expect(withNumber.documents[0]).toMatchObject({ id: document.id, number: 'BH4417204', scanReference: 'scan-001', version: 2 });
    const withLanguage = succeeded(amend(caseFile, 'identity', (facts) => ({ ...facts, person: { ...facts.person, languages: ['sq', 'it'] } })));
    expect(withLanguage.person.biometricReferences).toEqual([{ system: 'eurodac', externalId: 'BE-123' }]);
    expect(withLanguage.identities[0]?.documentId).toBe(document.id);
  });

  it('removes custody that was recorded by mistake, and records one that was missing', () => {
    const inCustody = albanianCase({ custody: buildCustody() });
    const released = amend(inCustody, 'custody', () => ({ inCustody: false }));
    expect(succeeded(released).custody).toBeUndefined();
    if (released.ok) expect(released.event.changes.map((change) => change.path)).toEqual(['custody']);
    const added = succeeded(
      amend(albanianCase(), 'custody', () => ({
        inCustody: true,
        custody: { prison: 'Prison de Haren', offences: [{ description: 'Theft', category: 'property' }], judgmentFinal: true },
      })),
    );
    expect(added.custody).toMatchObject({ prison: 'Prison de Haren', judgmentFinal: true, version: 1 });
  });

  it('is allowed in every open stage for caseworkers and supervisors, not on a closed case nor for an administrator', () => {
    const change = (facts: CaseFacts['residency']) => ({ residencyHistory: facts.residencyHistory.map((entry) => ({ ...entry, decisionReference: 'DVZ-1' })) });
    for (const stage of ['INTAKE', 'STATUS_ASSESSMENT', 'DETAINED', 'SUSPENDED', 'TST_REQUESTED'] as const) {
      expect(amend(albanianCase({ stage }), 'residency', change).ok, stage).toBe(true);
    }
    const facts = change(caseFactsOf(albanianCase()).residency);
    expect(run('amendCaseFacts', albanianCase(), supervisor, { section: 'residency', facts }).ok).toBe(true);
    expect(
      unmetIds(run('amendCaseFacts', albanianCase({ stage: 'CLOSED', closedOn: today, closureReason: 'other' }), caseworker, { section: 'residency', facts })),
    ).toEqual(['case_closed']);
    expect(unmetIds(run('amendCaseFacts', albanianCase(), administrator, { section: 'residency', facts }))).toEqual(['role']);
  });
});

describe('amendCaseFacts refuses what the case file would refuse', () => {
  it('refuses an alias without a family name, a date that is not a date, and an unknown part', () => {
    const caseFile = albanianCase();
    const noName = amend(caseFile, 'identity', (facts) => ({
      ...facts,
      aliases: [{ familyName: '', givenNames: 'Ben', source: 'declared', confidence: 'low' }],
    }));
    expect(unmetIds(noName)).toEqual(['input_facts.aliases.0.familyName']);
    expectExplained(noName);
    const badDate = amend(caseFile, 'residency', (facts) => ({ residencyHistory: facts.residencyHistory.map((entry) => ({ ...entry, from: '31/02/2025' })) }));
    expect(unmetIds(badDate)).toEqual(['input_facts.residencyHistory.0.from']);
    expect(run('amendCaseFacts', caseFile, caseworker, { section: 'decisions', facts: {} }).ok).toBe(false);
    expect(run('amendCaseFacts', caseFile, caseworker, {}).ok).toBe(false);
  });

  it('refuses to save when nothing changed', () => {
    const result = amend(albanianCase(), 'nationality', (facts) => facts);
    expect(unmetIds(result)).toEqual(['facts_unchanged']);
    expectExplained(result);
  });

  it('refuses to remove a document that a readmission request cites as evidence', () => {
    const document = buildDocument({ number: 'AL-ID-778812' });
    const caseFile = albanianCase({ documents: [document], readmissionRequests: [buildReadmissionRequest({ evidenceDocumentIds: [document.id] })] });
    const result = amend(caseFile, 'documents', () => ({ documents: [] }));
    expect(unmetIds(result)).toEqual(['document_in_use']);
    expect(result.ok ? '' : result.failure.unmet[0]?.message).toContain('AL-ID-778812');
  });
});

describe('amendCaseFacts: a correction of identity or of an established nationality says why', () => {
  it('needs a reason to correct the primary name or the date of birth, and the event keeps it', () => {
    const caseFile = albanianCase();
    const rename = (facts: CaseFacts['identity']) => ({ ...facts, primaryName: { ...facts.primaryName, familyName: 'Hoxhaj' } });
    const withoutReason = amend(caseFile, 'identity', rename);
    expect(unmetIds(withoutReason)).toEqual(['correction_reason']);
    expectExplained(withoutReason);
    expect(unmetIds(amend(caseFile, 'identity', (facts) => ({ ...facts, person: { ...facts.person, dateOfBirth: '1990-06-17' } })))).toEqual([
      'correction_reason',
    ]);
    const withReason = amend(caseFile, 'identity', rename, 'Spelling as in the Albanian passport BH4417203');
    expect(succeeded(withReason).identities[0]).toMatchObject({ familyName: 'Hoxhaj', primary: true, version: 2 });
    if (withReason.ok) expect(withReason.event.reason).toBe('Spelling as in the Albanian passport BH4417203');
  });

  it('needs a reason to downgrade or remove an established nationality, not to add a claimed one', () => {
    const caseFile = albanianCase();
    expect(
      unmetIds(
        amend(caseFile, 'nationality', (facts) => ({
          ...facts,
          nationalities: facts.nationalities.map((entry) => ({ ...entry, status: 'claimed' as const })),
        })),
      ),
    ).toEqual(['correction_reason']);
    expect(unmetIds(amend(caseFile, 'nationality', (facts) => ({ ...facts, nationalities: [] })))).toEqual(['correction_reason']);
    const added = amend(caseFile, 'nationality', (facts) => ({
      ...facts,
      nationalities: [...facts.nationalities, { country: 'XK', status: 'claimed', evidence: [] }],
    }));
    expect(succeeded(added).nationalities.map((nationality) => nationality.country)).toEqual(['AL', 'XK']);
  });

  it('records who established a nationality and when, and clears it when the nationality is no longer established', () => {
    const caseFile = buildCaseFile({ nationalities: [buildNationality('AL', 'claimed')] });
    const established = succeeded(
      amend(
        caseFile,
        'nationality',
        (facts) => ({ ...facts, nationalities: facts.nationalities.map((entry) => ({ ...entry, status: 'proven' as const })) }),
        'Original passport examined',
      ),
    );
    expect(established.nationalities[0]).toMatchObject({ status: 'proven', verifiedBy: caseworker.userId, verifiedOn: today });
    const denied = succeeded(
      amend(
        established,
        'nationality',
        (facts) => ({ ...facts, nationalities: facts.nationalities.map((entry) => ({ ...entry, status: 'denied' as const })) }),
        'Passport found false',
      ),
    );
    expect(denied.nationalities[0]?.verifiedBy).toBeUndefined();
  });
});
