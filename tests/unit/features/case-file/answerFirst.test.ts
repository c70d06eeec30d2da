import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../../../../shared/model';
import { nextDeadline } from '../../../../shared/rules';
import { caseHeaderView } from '../../../../renderer/src/features/case-file/caseHeaderView';
import { eligibilitySections } from '../../../../renderer/src/features/case-file/eligibilityView';
import { headerDeadline } from '../../../../renderer/src/features/case-file/headerDeadline';
import { routeAnswers } from '../../../../renderer/src/features/case-file/routeAnswers';
import { birthLine } from '../../../../renderer/src/features/case-file/birthLine';
import albania from '../../../fixtures/albania-custody-expulsion.json';
import { buildCaseFile, buildCustody, buildNationality } from '../../arbitraries/caseFileBuilder';

const today = '2026-11-23';
const albanian = CaseFileSchema.parse(albania.cases[0]);

/** An Afghan national with 12 months of a determinate sentence left: no instrument links Belgium with Afghanistan. */
const afghan = buildCaseFile({
  stage: 'IN_CUSTODY',
  nationalities: [buildNationality('AF', 'proven')],
  custody: buildCustody({
    judgmentDate: '2025-05-01',
    sentenceStart: '2025-05-01',
    judgmentFinal: true,
    sentence: { kind: 'determinate', years: 2, months: 6, days: 0 },
    expectedEnd: '2027-11-23',
  }),
});

describe('the case header: next deadline', () => {
  it('never announces the last day for a transfer request when no transfer route is open (Afghan national)', () => {
    const sections = eligibilitySections(afghan, today);
    expect(sections.find((section) => section.id === 'transfer')?.assessment.basis).toBeNull();
    // The rule alone still picks it: the header is what must leave it out.
    expect(nextDeadline(afghan, today)?.kind).toBe('sentence_transfer_request_arrival');
    expect(headerDeadline(afghan, today, sections)?.kind).toBe('sentence_end');
    expect(caseHeaderView(afghan, today).urgentDeadline?.kind).not.toBe('sentence_transfer_request_arrival');
  });

  it('announces it while the transfer route is open (Albanian national, BE–AL agreement)', () => {
    expect(headerDeadline(albanian, today, eligibilitySections(albanian, today))?.kind).toBe('sentence_transfer_request_arrival');
  });
});

describe('the case header: the answer first', () => {
  it('gives a verdict per route that applies, with its basis, and says the transfer needs no consent', () => {
    const answers = routeAnswers(eligibilitySections(albanian, today));
    expect(answers.map((answer) => answer.id)).toEqual(['transfer', 'voluntary', 'forced', 'readmission']);
    expect(answers[0]).toMatchObject({ verdict: 'eligible', basisId: 'be_al_2010', consent: 'without' });
    expect(answers.find((answer) => answer.id === 'readmission')?.basisId).toBe('eu_albania');
    expect(answers.find((answer) => answer.id === 'forced')?.consent).toBeUndefined();
  });

  it('says no legal basis applies, and nothing about consent, where no route exists', () => {
    const [transfer] = routeAnswers(eligibilitySections(afghan, today));
    expect(transfer).toMatchObject({ id: 'transfer', basisId: null, consent: undefined });
  });

  it('leaves out Dublin and protection elsewhere until something is on file, and the transfer without custody', () => {
    expect(routeAnswers(eligibilitySections(buildCaseFile(), today)).map((answer) => answer.id)).toEqual(['voluntary', 'forced', 'readmission']);
  });
});

describe('missing facts read as missing', () => {
  it('writes the birth line without a place called "unknown"', () => {
    expect(birthLine({ dateOfBirth: '1990-11-17' })).toEqual({ key: 'caseFile.sections.birthDateOnly', date: '1990-11-17' });
    expect(birthLine({ dateOfBirth: '1990-11-17', placeOfBirth: ' ' }).key).toBe('caseFile.sections.birthDateOnly');
    expect(birthLine({ dateOfBirth: '1990-11-17', placeOfBirth: 'Shkodër' })).toEqual({ key: 'caseFile.sections.birth', date: '1990-11-17', place: 'Shkodër' });
    expect(birthLine({ placeOfBirth: 'Herat' })).toEqual({ key: 'caseFile.sections.birthPlaceOnly', place: 'Herat' });
    expect(birthLine({}).key).toBe('caseFile.sections.birthNone');
  });
});
