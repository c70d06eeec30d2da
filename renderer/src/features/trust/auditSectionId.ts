/** The id of the audit section on the settings page: the warning bar links to it. */
export const AUDIT_SECTION_ID = 'audit-verification';
