import { describe, expect, it } from 'vitest';
import { approvalEffect } from '../../../renderer/src/features/approvals/approvalEffect';
import { approvalInputLines } from '../../../renderer/src/features/approvals/approvalInputLines';
import { formatsFor } from '../../../renderer/src/ui/format/formats';
import { executeAction } from '../../../shared/workflow';
import { buildCaseFile, buildNationality, buildOrderToLeave, caseworker, otherSupervisor } from '../arbitraries/caseFileBuilder';
import { appI18next } from '../i18n/appI18next';

const now = new Date('2026-11-23T10:00:00Z');

describe('the approval card words the proposal as the action declares it', () => {
  it('French: the country by name, the extension date in the locale, the ground by its label (never AL, 2027-05-02 or removal_in_progress)', async () => {
    const t = (await appI18next()).getFixedT('fr');
    const formats = formatsFor('fr-BE', t);
    const lines = approvalInputLines('extendDetention', { extendedUntil: '2027-05-02', ground: 'removal_in_progress', note: 'Vol prévu' }, formats, t);
    expect(lines.map((line) => `${line.label}: ${line.value}`)).toEqual(["Prolongée jusqu'au: 2 mai 2027", 'Motif: Éloignement en cours', 'Note: Vol prévu']);
    const forced = approvalInputLines('decideForcedReturn', { destinationCountry: 'AL' }, formats, t);
    expect(forced).toEqual([{ name: 'destinationCountry', label: 'Pays de retour', value: 'Albanie' }]);
  });
});

describe('approving is previewed with the workflow itself', () => {
  it('a forced return moves the case from RETURN_DECISION to FORCED_PREP on the forced route; the proposer cannot approve', () => {
    const atDecision = buildCaseFile({
      stage: 'RETURN_DECISION',
      nationalities: [buildNationality('AL', 'proven')],
      decisions: [buildOrderToLeave({ notifiedOn: '2026-10-01', departureDays: 30 })],
    });
    const proposed = executeAction('decideForcedReturn', atDecision, caseworker, now, { destinationCountry: 'AL' });
    if (!proposed.ok) throw new Error('refused');
    const approval = proposed.caseFile.pendingApprovals[0];
    if (!approval) throw new Error('no proposal');
    expect(approvalEffect(proposed.caseFile, approval, otherSupervisor, now)).toEqual({
      stageFrom: 'RETURN_DECISION',
      stageTo: 'FORCED_PREP',
      routeFrom: atDecision.route,
      routeTo: 'forced',
    });
    expect(approvalEffect(proposed.caseFile, approval, caseworker, now)).toBeUndefined();
  });
});
