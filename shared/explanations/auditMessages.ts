/**
 * English messages the workflow writes into the audit trail as the reason of an event it
 * words itself (a user's own reason stays free text). The event keeps the key and params
 * (AuditEvent.reasonMessage), so the case's history reads in the reader's language.
 */
export const auditMessages = {
  'audit.proposed': 'Proposed: awaits approval by another supervisor (four eyes).',
  'audit.approved': 'Approved the proposal made by {{proposer}}.',
} as const;
