import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model';
import { buildCaseFile, buildChild, buildDetentionPeriod, buildNationality, caseworker, otherSupervisor, supervisor } from '../arbitraries/caseFileBuilder';
import { expectExplained, run, succeeded, unmetIds } from './workflowTestKit';

const detentionInput = {
  centre: '127bis Steenokkerzeel',
  detentionType: 'return',
  publicOrder: false,
  startedOn: '2026-11-23',
  ground: 'risk_of_absconding',
  groundDescription: 'No fixed address; did not comply with the previous order to leave',
  alternativesConsidered: 'Reporting duty and ICAM coaching offered in September; the person did not attend',
};

function forcedPrep(overrides: Partial<CaseFile> = {}): CaseFile {
  return buildCaseFile({ stage: 'FORCED_PREP', nationalities: [buildNationality('AL', 'proven')], ...overrides });
}

describe('detain: families with minors, minors, grounds and alternatives, the Return Directive ceiling (RD Arts. 15, 17; Aliens Act Art. 74/9)', () => {
  it.each<[string, CaseFile, Record<string, unknown>, string[]]>([
    ['an adult alone, ground and alternatives recorded: detained', forcedPrep(), {}, []],
    [
      'a family with an accompanying minor child: refused (2024 proactive-return law; RD Art. 17)',
      forcedPrep({ familyLinks: [buildChild({ name: 'Ardit' })] }),
      {},
      ['no_minor_children'],
    ],
    [
      'a child recorded as minor without date of birth: still refused',
      forcedPrep({ familyLinks: [buildChild({ name: 'Dea', dateOfBirth: undefined, minor: true })] }),
      {},
      ['no_minor_children'],
    ],
    [
      'an adult child living with the person: allowed',
      forcedPrep({ familyLinks: [buildChild({ name: 'Erion', dateOfBirth: '2000-01-01', minor: false })] }),
      {},
      [],
    ],
    ['a minor child living abroad (not accompanying): allowed', forcedPrep({ familyLinks: [buildChild({ name: 'Sara', accompanying: false })] }), {}, []],
    ['the person is a minor: refused', forcedPrep({ person: { ...buildCaseFile().person, dateOfBirth: '2010-02-02' } }), {}, ['person_not_minor']],
    [
      'the date of birth is unknown: refused (unknown age is not "adult")',
      forcedPrep({ person: { ...buildCaseFile().person, dateOfBirth: undefined } }),
      {},
      ['person_age_known'],
    ],
    ['no ground recorded: refused (RD Art. 15(1))', forcedPrep(), { groundDescription: undefined }, ['input_groundDescription']],
    ['no alternatives considered: refused (RD Art. 15(1))', forcedPrep(), { alternativesConsidered: undefined }, ['input_alternativesConsidered']],
    ['already detained: refused', forcedPrep({ detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-11-01' })] }), {}, ['not_already_detained']],
    [
      'the 18-month Return Directive ceiling is spent over earlier titles, gaps included (Kadzoev): refused',
      forcedPrep({
        detentionPeriods: [
          buildDetentionPeriod({ startedOn: '2025-01-01', endedOn: '2025-08-31', endReason: 'released_at_maximum', publicOrder: true }),
          buildDetentionPeriod({ startedOn: '2025-09-15', endedOn: '2026-07-20', titleNumber: 2, endReason: 'released_other', publicOrder: true }),
        ],
      }),
      {},
      ['return_directive_ceiling'],
    ],
  ])('%s', (_label, caseFile, input, expected) => {
    const result = run('detain', caseFile, caseworker, { ...detentionInput, ...input });
    expect(unmetIds(result)).toEqual(expected);
    if (expected.length > 0) expectExplained(result);
  });

  it('records the detention title and the decision with its ground and alternatives', () => {
    const detained = succeeded(run('detain', forcedPrep(), caseworker, detentionInput));
    expect(detained.stage).toBe('DETAINED');
    expect(detained.detentionPeriods).toEqual([expect.objectContaining({ titleNumber: 1, startedOn: '2026-11-23', detentionType: 'return' })]);
    expect(detained.decisions.at(-1)).toMatchObject({
      type: 'detention',
      ground: 'risk_of_absconding',
      alternativesConsidered: detentionInput.alternativesConsidered,
      detentionPeriodId: detained.detentionPeriods[0]?.id,
    });
  });

  it('lists every unmet condition at once', () => {
    const result = run('detain', forcedPrep({ familyLinks: [buildChild()], person: { ...buildCaseFile().person, dateOfBirth: undefined } }), caseworker, {
      ...detentionInput,
      alternativesConsidered: undefined,
    });
    expect(unmetIds(result)).toEqual(['person_age_known', 'no_minor_children', 'input_alternativesConsidered']);
  });
});

describe('extendDetention (four eyes): never past the legal maximum of the title (Aliens Act Art. 7: 5 months, 8 on public-order grounds)', () => {
  function detained(publicOrder: boolean): CaseFile {
    return forcedPrep({ stage: 'DETAINED', detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-07-01', publicOrder })] });
  }

  it.each<[string, boolean, string, string[]]>([
    ['to 30 Nov 2026, within 5 months of 1 Jul', false, '2026-11-30', []],
    ['to 15 Dec 2026, past 5 months without a public-order ground: refused', false, '2026-12-15', ['detention_title_maximum']],
    ['to 15 Dec 2026 on public-order grounds (up to 8 months)', true, '2026-12-15', []],
    ['to 15 Mar 2027 even on public-order grounds: past 8 months, refused', true, '2027-03-15', ['detention_title_maximum']],
    ['to a date already past: refused', false, '2026-11-20', ['extension_in_future']],
  ])('%s', (_label, publicOrder, extendedUntil, expected) => {
    const result = run('extendDetention', detained(publicOrder), caseworker, { extendedUntil, ground: 'removal_in_progress' });
    expect(unmetIds(result)).toEqual(expected);
  });

  it('becomes an extension decision only once another supervisor approves', () => {
    const proposed = succeeded(run('extendDetention', detained(false), supervisor, { extendedUntil: '2026-11-30', ground: 'travel_document_delay' }));
    expect(proposed.decisions.some((decision) => decision.type === 'detention_extension')).toBe(false);
    const approved = succeeded(run('approvePendingAction', proposed, otherSupervisor, { approvalId: proposed.pendingApprovals[0]?.id }));
    expect(approved.decisions.at(-1)).toMatchObject({ type: 'detention_extension', extendedUntil: '2026-11-30' });
    expect(approved.stage).toBe('DETAINED');
  });

  it('is refused for a family with minor children', () => {
    expect(
      unmetIds(
        run('extendDetention', { ...detained(false), familyLinks: [buildChild()] }, caseworker, { extendedUntil: '2026-11-30', ground: 'removal_in_progress' }),
      ),
    ).toEqual(['no_minor_children']);
  });
});

describe('release', () => {
  it('release at the maximum is refused before the title reaches it, allowed after', () => {
    const early = forcedPrep({ stage: 'DETAINED', detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-09-01' })] });
    expect(unmetIds(run('releaseAtMaximum', early, caseworker))).toEqual(['detention_maximum_reached']);
    const late = forcedPrep({ stage: 'DETAINED', detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-06-01' })] });
    const released = succeeded(run('releaseAtMaximum', late, caseworker));
    expect(released.stage).toBe('RELEASED_MAX_DETENTION');
    expect(released.detentionPeriods[0]).toMatchObject({ endedOn: '2026-11-23', endReason: 'released_at_maximum' });
  });

  it('an ordinary release goes back to forced preparation', () => {
    const detained = forcedPrep({ stage: 'DETAINED', detentionPeriods: [buildDetentionPeriod({ startedOn: '2026-11-01' })] });
    const released = succeeded(run('releaseFromDetention', detained, caseworker, { releasedOn: '2026-11-22', reason: 'released_by_court' }));
    expect(released.stage).toBe('FORCED_PREP');
    expect(released.detentionPeriods[0]).toMatchObject({ endedOn: '2026-11-22', endReason: 'released_by_court' });
  });
});
