import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { RoleSchema } from '../../../shared/model/actor';
import { awaitingApprovalsBadge, decidesApprovals } from '../../../renderer/src/features/approvals/awaitingApprovalsBadge';
import { appI18next } from '../i18n/appI18next';

let instance: i18n;

beforeAll(async () => {
  instance = await appI18next();
});

describe('the Approvals badge of the navigation', () => {
  it('is for supervisors, and for trainers in the training workspace only: caseworkers and administrators do not decide proposals', () => {
    expect(RoleSchema.options.filter((role) => decidesApprovals(role, 'production'))).toEqual(['supervisor']);
    expect(RoleSchema.options.filter((role) => decidesApprovals(role, 'training'))).toEqual(['supervisor', 'trainer']);
  });

  it('shows nothing while the count is unknown or nothing awaits a decision', () => {
    expect(awaitingApprovalsBadge(undefined, instance.t)).toBeUndefined();
    expect(awaitingApprovalsBadge(0, instance.t)).toBeUndefined();
  });

  it.each([
    ['en', 1, 'Approvals, 1 awaiting'],
    ['en', 3, 'Approvals, 3 awaiting'],
    ['nl', 3, 'Goedkeuringen, 3 in afwachting'],
    ['fr', 3, 'Approbations, 3 en attente'],
    ['sq', 12, 'Miratimet, 12 në pritje'],
  ])('names the link with the count (%s, %i)', async (language, count, name) => {
    await instance.changeLanguage(language);
    expect(awaitingApprovalsBadge(count, instance.t)).toEqual({ count, accessibleName: name });
  });
});
