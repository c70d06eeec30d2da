import { describe, expect, it } from 'vitest';
import { sectionsFor } from '../../../renderer/src/app/navigation';

const paths = (...args: Parameters<typeof sectionsFor>) => sectionsFor(...args).map((section) => section.path);

describe('navigation by role (shared/model/permissions.ts)', () => {
  it('shows an administrator, who reads but does not open cases, no "New case" and no Approvals', () => {
    expect(paths('administrator', 'production')).not.toContain('/intake');
    expect(paths('administrator', 'production')).not.toContain('/approvals');
    expect(paths('administrator', 'production')).toEqual(expect.arrayContaining(['/cases', '/reports', '/settings']));
  });

  it('shows a caseworker "New case" but not Approvals, which only those who decide proposals use', () => {
    expect(paths('caseworker', 'production')).toContain('/intake');
    expect(paths('caseworker', 'production')).not.toContain('/approvals');
  });

  it('shows a supervisor every section', () => {
    expect(paths('supervisor', 'production')).toEqual(['/cases', '/intake', '/approvals', '/reports', '/training', '/settings']);
  });
});
