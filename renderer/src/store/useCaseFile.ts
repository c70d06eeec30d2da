import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { AuditEvent, CaseFile } from '../../../../shared/model';
import type { Workspace } from '../../db/workspace';
import { caseDatabase, caseRepository } from './caseStore';
import type { CaseworkSession } from './useSession';

export type CaseFileState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'loaded'; caseFile: CaseFile };

/** The case file as stored now (live: another window's change shows at once). Opening it is audited once. */
export function useCaseFile(caseId: string | undefined, session: CaseworkSession): CaseFileState {
  const { actor, workspace } = session;
  const row = useLiveQuery(async () => (caseId ? ((await caseDatabase(workspace).cases.get(caseId)) ?? null) : null), [caseId, workspace]);
  const viewed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!caseId || !actor || viewed.current === caseId) return;
    viewed.current = caseId;
    // Who looked at whose data is part of the audit trail; a failure here must not hide the case.
    void caseRepository(workspace).open(actor, caseId).catch(() => undefined);
  }, [actor, caseId, workspace]);
  if (row === undefined) return { kind: 'loading' };
  if (row === null) return { kind: 'missing' };
  return { kind: 'loaded', caseFile: row.caseFile };
}

/** The audit events of one case, oldest first (live). */
export function useCaseEvents(caseId: string, workspace: Workspace): AuditEvent[] {
  const events = useLiveQuery(
    () =>
      caseDatabase(workspace)
        .audit.where('[caseId+sequence]')
        .between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER])
        .toArray(),
    [caseId, workspace],
  );
  return (events ?? []).flatMap((event) => (event.caseId ? [{ ...event, caseId: event.caseId }] : []));
}
