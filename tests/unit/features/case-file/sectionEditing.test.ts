import { describe, expect, it } from 'vitest';
import { CaseFileSchema } from '../../../../shared/model';
import { executeAction } from '../../../../shared/workflow';
import { amendmentDetails } from '../../../../renderer/src/features/case-file/editing/amendmentDetails';
import {
  SectionFormSchema,
  amendedSectionOf,
  amendmentInput,
  factsEditable,
  sectionFormValues,
} from '../../../../renderer/src/features/case-file/editing/sectionForm';
import { timelineEntries } from '../../../../renderer/src/features/case-file/timelineEntries';
import albania from '../../../fixtures/albania-custody-expulsion.json';
import { administrator, caseworker } from '../../arbitraries/caseFileBuilder';

const now = new Date('2026-11-23T10:00:00Z');
const albanian = CaseFileSchema.parse(albania.cases[0]);

describe('section editor form', () => {
  it('starts from the recorded facts of the one part, each entry with its record id, and passes its own schema unchanged', () => {
    const values = sectionFormValues(albanian, 'identity');
    expect(Object.keys(values)).toEqual(['identity']);
    expect(values.identity?.primaryName).toMatchObject({ id: albanian.identities[0]?.id, familyName: 'Hoxha' });
    expect(values.identity?.aliases.map((alias) => alias.familyName)).toEqual(['Hoxa']);
    expect(SectionFormSchema.safeParse(values).success).toBe(true);
    expect(sectionFormValues(albanian, 'custody').custody).toMatchObject({ inCustody: true, custody: { prison: 'Prison de Haren' } });
  });

  it('refuses a blank required field in the edited part, in the same terms as the intake', () => {
    const values = sectionFormValues(albanian, 'residency');
    const broken = { residency: { residencyHistory: (values.residency?.residencyHistory ?? []).map((entry) => ({ ...entry, from: '2025-02-31' })) } };
    const result = SectionFormSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['residency', 'residencyHistory', 0, 'from']);
  });

  it('turns a submitted form into the amendment input, with the reason only when one was given', () => {
    const values = SectionFormSchema.parse({ ...sectionFormValues(albanian, 'documents'), amendmentReason: 'Number misread' });
    expect(amendmentInput('documents', values)).toEqual({ section: 'documents', facts: values.documents, reason: 'Number misread' });
    expect(amendmentInput('family', values)).toBeUndefined();
    expect(amendmentInput('documents', SectionFormSchema.parse(sectionFormValues(albanian, 'documents')))).not.toHaveProperty('reason');
  });

  it('offers editing to a caseworker on an open case, not to an administrator nor on a closed case', () => {
    expect(factsEditable(albanian, caseworker, now)).toBe(true);
    expect(factsEditable(albanian, administrator, now)).toBe(false);
    expect(factsEditable({ ...albanian, stage: 'CLOSED', closedOn: '2026-11-20', closureReason: 'other' }, caseworker, now)).toBe(false);
    expect(factsEditable(albanian, undefined, now)).toBe(false);
  });
});

describe('an amendment in the history', () => {
  it('says in plain words which part was updated, and keeps the reason', () => {
    const values = SectionFormSchema.parse(sectionFormValues(albanian, 'residency'));
    const residencyHistory = (values.residency?.residencyHistory ?? []).map((entry) => ({ ...entry, status: 'asylum_rejected' as const }));
    const result = executeAction('amendCaseFacts', albanian, caseworker, now, {
      section: 'residency',
      facts: { residencyHistory },
      reason: 'Decision of the CGRS found',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(amendedSectionOf(result.event)).toBe('residency');
    expect(timelineEntries([result.event], result.caseFile)[0]).toMatchObject({
      sentenceKey: 'caseFile.timeline.did',
      whatKey: 'caseFile.factsAmended.residency',
      reason: 'Decision of the CGRS found',
    });
  });

  it('tells a change of the person record apart: statelessness is the nationality part, the rest is identity', () => {
    const person = albanian.person;
    const base = { id: '00000000-0000-4000-8000-000000000001', caseId: albanian.id, actor: caseworker, at: now.toISOString(), action: 'amendCaseFacts' };
    expect(amendedSectionOf({ ...base, changes: [{ path: 'person', before: person, after: { ...person, stateless: true } }] })).toBe('nationality');
    expect(amendedSectionOf({ ...base, changes: [{ path: 'person', before: person, after: { ...person, languages: ['sq'] } }] })).toBe('identity');
    expect(amendedSectionOf({ ...base, changes: [] })).toBeUndefined();
  });

  it('lists each changed fact with its label, its value before and after, and names an added record', () => {
    const values = SectionFormSchema.parse(sectionFormValues(albanian, 'residency'));
    const residencyHistory = (values.residency?.residencyHistory ?? []).map((entry) => ({ ...entry, status: 'asylum_rejected' as const }));
    const corrected = executeAction('amendCaseFacts', albanian, caseworker, now, { section: 'residency', facts: { residencyHistory } });
    if (!corrected.ok) expect.fail('the correction was refused');
    expect(amendmentDetails(corrected.event)).toEqual([
      {
        kind: 'changed',
        labelKey: 'intake.fields.residencyStatus',
        before: { kind: 'enum', key: 'intake.enums.residencyStatus.irregular_stay' },
        after: { kind: 'enum', key: 'intake.enums.residencyStatus.asylum_rejected' },
      },
    ]);
    const identity = SectionFormSchema.parse(sectionFormValues(albanian, 'identity')).identity;
    if (!identity) expect.fail('no identity part');
    const added = executeAction('amendCaseFacts', albanian, caseworker, now, {
      section: 'identity',
      facts: { ...identity, aliases: [...identity.aliases, { familyName: 'Hoxhaj', givenNames: '', source: 'database', confidence: 'low' }] },
    });
    if (!added.ok) expect.fail('the alias was refused');
    expect(amendmentDetails(added.event)).toEqual([
      { kind: 'added', recordKey: 'caseFile.edit.records.identity', summary: [{ kind: 'text', text: 'Hoxhaj' }, { kind: 'none' }] },
    ]);
    expect(timelineEntries([added.event], added.caseFile)[0]?.details).toHaveLength(1);
  });
});
