import type { Role } from '../../../shared/model/actor';
import { roleMay, workspaceAllowed, type Workspace } from '../../../shared/model/permissions';

export interface NavigationSection {
  path: string;
  labelKey: string;
  /** Whether the role may use the section in this workspace (shared/model/permissions.ts): a section it may not use is not shown. */
  usableBy: (role: Role, workspace: Workspace) => boolean;
}

/** The application's sections, in the order of the navigation bar. */
export const navigationSections: readonly NavigationSection[] = [
  { path: '/cases', labelKey: 'nav.cases', usableBy: (role, workspace) => roleMay(role, 'case.read', workspace) },
  // Administrators read cases but do not open them: "New case" would only be refused at its last step.
  { path: '/intake', labelKey: 'nav.intake', usableBy: (role, workspace) => roleMay(role, 'case.open', workspace) },
  { path: '/approvals', labelKey: 'nav.approvals', usableBy: (role, workspace) => roleMay(role, 'case.approve', workspace) },
  { path: '/reports', labelKey: 'nav.reports', usableBy: (role, workspace) => roleMay(role, 'case.read', workspace) },
  { path: '/training', labelKey: 'nav.training', usableBy: (role) => workspaceAllowed(role, 'training') },
  { path: '/settings', labelKey: 'nav.settings', usableBy: () => true },
];

/** The sections a role may use in a workspace. */
export function sectionsFor(role: Role, workspace: Workspace): NavigationSection[] {
  return navigationSections.filter((section) => section.usableBy(role, workspace));
}

/** The section a path belongs to, if any (`/cases/123` belongs to `/cases`). */
export function sectionOfPath(pathname: string): NavigationSection | undefined {
  return navigationSections.find((section) => pathname === section.path || pathname.startsWith(`${section.path}/`));
}
