/** The application's sections, in the order of the navigation bar. */
export const navigationSections = [
  { path: '/cases', labelKey: 'nav.cases' },
  { path: '/intake', labelKey: 'nav.intake' },
  { path: '/approvals', labelKey: 'nav.approvals' },
  { path: '/reports', labelKey: 'nav.reports' },
  { path: '/training', labelKey: 'nav.training' },
  { path: '/settings', labelKey: 'nav.settings' },
] as const;
