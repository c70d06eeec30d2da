import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { AuditEvent, CaseFile } from '../../../shared/model';
import type { Actor } from '../../../shared/model/actor';
import type { Workspace } from '../db/workspace';
import { caseRepository } from './caseStore';
import type { CaseworkSession } from './useCaseworkSession';

export type CaseFileState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'loaded'; caseFile: CaseFile };

/** The case file as stored now (live: another window's change shows at once). Opening it is audited once. */
export function useCaseFile(caseId: string | undefined, session: CaseworkSession): CaseFileState {
  const { actor, workspace } = session;
  const caseFile = useLiveQuery(
    async () => (caseId && actor ? ((await caseRepository(workspace).find(actor, caseId)) ?? null) : null),
    [caseId, workspace, actor?.userId, actor?.role],
  );
  const viewed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!caseId || !actor || viewed.current === caseId) return;
    viewed.current = caseId;
    // Who looked at whose data is part of the audit trail; a failure here must not hide the case.
    void caseRepository(workspace)
      .open(actor, caseId)
      .catch(() => undefined);
  }, [actor, caseId, workspace]);
  if (caseFile === undefined) return { kind: 'loading' };
  if (caseFile === null) return { kind: 'missing' };
  return { kind: 'loaded', caseFile };
}

/** The audit events of one case, oldest first (live), read through the repository's permission check. */
export function useCaseEvents(caseId: string, actor: Actor | undefined, workspace: Workspace): AuditEvent[] {
  const events = useLiveQuery(async () => (actor ? caseRepository(workspace).auditEvents(actor, caseId) : []), [caseId, workspace, actor?.userId, actor?.role]);
  return (events ?? []).flatMap((event) => (event.caseId ? [{ ...event, caseId: event.caseId }] : []));
}
