import { describe, expect, it } from 'vitest';
import type { CaseFile, Custody } from '../../../shared/model';
import { ammrApplicationStart, dublinRegimeFor, euAlbaniaReadmission, readmissionAgreements } from '../../../shared/reference';
import { assessTransferEligibility } from '../../../shared/rules';
import { buildCaseFile, buildCustody, buildDocument, buildNationality, caseworker } from '../arbitraries/caseFileBuilder';
import { run, succeeded } from '../workflow/workflowTestKit';

describe('EU–Albania readmission agreement: each time limit cites its paragraph of Art. 10 (OJ L 124, 17.5.2005)', () => {
  it.each<[string, { legalBasis: string; verified: boolean }, string, boolean]>([
    // Art. 10(2), read in the Romanian version (CELEX 22005A0517(02)): reply within 14 calendar days.
    ['reply period', euAlbaniaReadmission.replyPeriod, 'Art. 10(2)', true],
    // Art. 10(2): a refusal must give reasons; no reply in time is approval.
    ['reasons for a refusal', euAlbaniaReadmission.refusalReasonsRequired, 'Art. 10(2)', true],
    ['silence is approval', euAlbaniaReadmission.silenceMeansAcceptance, 'Art. 10(2)', true],
    // Art. 10(3), same text: transfer within three months, extended for legal or practical obstacles.
    ['transfer period', euAlbaniaReadmission.transferPeriod, 'Art. 10(3)', true],
    ['transfer period extension', euAlbaniaReadmission.transferExtendableByObstacles, 'Art. 10(3)', true],
    // Art. 10(1): the one-year limit for third-country nationals; paragraph not read in the OJ text, so unverified.
    [
      'one-year limit for third-country nationals',
      euAlbaniaReadmission.thirdCountryNationalRequestLimit ?? { legalBasis: '', verified: true },
      'Art. 10(1)',
      false,
    ],
    [
      'extension of the one-year limit for obstacles',
      euAlbaniaReadmission.requestLimitExtendableByObstacles ?? { legalBasis: '', verified: true },
      'Art. 10(1)',
      false,
    ],
  ])('%s → %s', (_label, rule, paragraph, verified) => {
    expect(rule.legalBasis.endsWith(paragraph)).toBe(true);
    expect(rule.verified).toBe(verified);
  });
});

describe('each readmission action cites the agreement of the requested state', () => {
  const caseFor = (state: string): CaseFile =>
    buildCaseFile({
      stage: 'FORCED_PREP',
      nationalities: [buildNationality(state, 'proven')],
      documents: [buildDocument({ issuingCountry: state, validUntil: '2030-01-01' })],
    });

  it.each<[string, string, RegExp]>([
    // A request to Kosovo rests on the Benelux–Kosovo agreement (12 May 2011), not on the EU–Albania agreement.
    ['Kosovo', 'XK', /Benelux–Kosovo/],
    ['Albania', 'AL', /EC–Albania readmission agreement/],
  ])('%s: draft, evidence, sending, reply and obstacle events name its agreement', (_label, state, agreement) => {
    const drafted = run('draftReadmissionRequest', caseFor(state), caseworker, { requestedState: state, subject: 'own_national' });
    const draft = succeeded(drafted);
    const requestId = draft.readmissionRequests[0]?.id;
    const evidence = run('recordReadmissionEvidence', draft, caseworker, {
      requestId,
      evidenceDocumentIds: draft.documents.map((document) => document.id),
      attachments: { requestForm: true, photo: true, fingerprints: true, documentCopies: true },
    });
    const sent = run('sendReadmissionRequest', succeeded(evidence), caseworker, { requestId, sentOn: '2026-11-20', receivedOn: '2026-11-20' });
    const refusedWithoutReasons = run('recordReadmissionReply', succeeded(sent), caseworker, { requestId, outcome: 'rejected', receivedOn: '2026-11-22' });
    const accepted = run('recordReadmissionReply', succeeded(sent), caseworker, { requestId, outcome: 'accepted', receivedOn: '2026-11-22' });
    const obstacle = run('recordTransferObstacle', succeeded(accepted), caseworker, { requestId, description: 'No flights', from: '2026-11-22' });
    for (const result of [drafted, evidence, sent, accepted, obstacle]) {
      expect(result.ok && result.event.legalBasis).toMatch(agreement);
      expect(result.ok && result.event.legalBasis).not.toMatch(state === 'XK' ? /Albania/ : /Kosovo/);
    }
    expect(refusedWithoutReasons.ok ? '' : refusedWithoutReasons.failure.unmet[0]?.legalBasis).toMatch(agreement);
    if (state === 'AL') {
      expect(refusedWithoutReasons.ok ? '' : refusedWithoutReasons.failure.unmet[0]?.legalBasis).toMatch(/Art\. 10\(2\)$/);
      expect(accepted.ok && accepted.event.legalBasis).toMatch(/Art\. 10\(2\)$/);
      expect(obstacle.ok && obstacle.event.legalBasis).toMatch(/Art\. 10\(3\)$/);
    }
  });

  it('every agreement names its request, travel document and transfer provisions', () => {
    for (const agreement of Object.values(readmissionAgreements)) {
      for (const basis of [agreement.requestLegalBasis, agreement.travelDocumentLegalBasis, agreement.transferModalitiesLegalBasis])
        expect(basis.length).toBeGreaterThan(20);
    }
  });
});

describe('a consent check that is not met cites the consent condition, not a without-consent clause', () => {
  const sentenced = (state: string, custody: Partial<Custody>): CaseFile =>
    buildCaseFile({
      stage: 'TST_ASSESSMENT',
      nationalities: [buildNationality(state, 'proven')],
      custody: buildCustody({
        judgmentFinal: true,
        sentence: { kind: 'determinate', years: 3, months: 0, days: 0 },
        expectedEnd: '2028-07-23',
        dualCriminality: true,
        habituallyResidentInBelgiumAtArrest: false,
        ...custody,
      }),
    });

  it.each<[string, CaseFile, string, RegExp]>([
    // Belgium–Brazil convention (2009): transfer only at the person's request or with express consent.
    ['Brazil, consent refused', sentenced('BR', { consent: { status: 'refused', byLegalRepresentative: false } }), 'not_met', /express consent/],
    // Albania: the BE–AL agreement supplements ETS 112; without an expulsion measure, consent (ETS 112 Art. 3(1)(d)) is what is missing.
    [
      'Albania, consent not asked, no expulsion measure',
      sentenced('AL', { consent: { status: 'not_asked', byLegalRepresentative: false } }),
      'unknown',
      /^ETS 112 Art\. 3\(1\)\(d\)/,
    ],
    [
      'Albania, consent refused, no expulsion measure',
      sentenced('AL', { consent: { status: 'refused', byLegalRepresentative: false } }),
      'not_met',
      /^ETS 112 Art\. 3\(1\)\(d\)/,
    ],
    // Georgia (ETS 112 and ETS 167), no expulsion order: ETS 112 Art. 3(1)(d).
    [
      'Georgia, consent refused, no expulsion order',
      sentenced('GE', { consent: { status: 'refused', byLegalRepresentative: false } }),
      'not_met',
      /^ETS 112 Art\. 3\(1\)\(d\)/,
    ],
  ])('%s', (_label, caseFile, status, basis) => {
    const tst4 = assessTransferEligibility(caseFile, '2026-11-23').checks.find((check) => check.id === 'TST-4');
    expect(tst4?.status).toBe(status);
    expect(tst4?.legalBasis).toMatch(basis);
    expect(tst4?.legalBasis).not.toMatch(/without consent where the sentence carries/);
  });
});

describe('the start of Regulation (EU) 2024/1351 is reference data with its basis', () => {
  it('applies from 1 July 2026 (Art. 85); earlier applications stay under Dublin III (Art. 84(2))', () => {
    expect(ammrApplicationStart).toMatchObject({ date: '2026-07-01', verified: true });
    expect(ammrApplicationStart.legalBasis).toContain('Art. 85');
    expect(dublinRegimeFor('2026-06-30').id).toBe('dublin_iii');
    expect(dublinRegimeFor(ammrApplicationStart.date).id).toBe('ammr_2024_1351');
  });
});
