import { describe, expect, it } from 'vitest';
import type { NationalityStatus } from '../../../shared/model';
import { buildCaseFile, buildNationality, caseworker } from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, unmetIds } from './workflowTestKit';

describe('startIdentification (office procedure: a case is about a named person)', () => {
  it('moves intake to identification when a primary identity is recorded', () => {
    expect(succeeded(run('startIdentification', buildCaseFile(), caseworker)).stage).toBe('IDENTIFICATION');
  });

  it('refuses without a primary identity', () => {
    const result = run('startIdentification', buildCaseFile({ identities: [] }), caseworker);
    expect(unmetIds(result)).toEqual(['identity_recorded']);
    expectExplained(result);
  });
});

describe('completeIdentification: leaving identification needs a proven or prima facie nationality (EU–Albania RA Arts. 2, 9, Annexes I–II)', () => {
  it.each<[string, NationalityStatus[], boolean]>([
    ['no nationality recorded', [], false],
    ['only a claimed nationality (a statement alone is not enough)', ['claimed'], false],
    ['a denied nationality', ['denied'], false],
    ['prima facie evidence (Annex II, e.g. a copy or a birth certificate)', ['prima_facie'], true],
    ['proof (Annex I, e.g. an original passport)', ['proven'], true],
    ['a dual national with one claimed and one proven nationality', ['claimed', 'proven'], true],
  ])('%s → allowed: %s', (_label, statuses, allowed) => {
    const caseFile = buildCaseFile({
      stage: 'IDENTIFICATION',
      nationalities: statuses.map((status, index) => buildNationality(index === 0 ? 'AL' : 'GR', status)),
    });
    const result = run('completeIdentification', caseFile, caseworker);
    expect(result.ok).toBe(allowed);
    if (allowed) expect(succeeded(result).stage).toBe('STATUS_ASSESSMENT');
    else {
      expect(unmetIds(result)).toEqual(['nationality_established']);
      expect(result.ok ? '' : result.failure.unmet[0]?.legalBasis).toContain('Annex');
    }
  });

  it('refuses at the wrong stage and says which stage it applies to', () => {
    const result = run('completeIdentification', buildCaseFile({ stage: 'INTAKE', nationalities: [buildNationality('AL', 'proven')] }), caseworker);
    expect(unmetIds(result)).toEqual(['stage']);
    expect(result.ok ? '' : result.failure.unmet[0]?.message).toContain('identification');
  });
});
