import { useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../../../shared/model/actor';
import type { CasePrintResult, PrintedCaseRecord } from '../../../db/casePrintRead';
import type { Workspace } from '../../../db/workspace';
import { caseRepository } from '../../../store/caseStore';
import type { PrintRouteRequest } from '../../../store/casePrintRoute';
import { now } from '../../../ui/clock';

export type CasePrintDocumentState =
  | { status: 'loading' }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown }
  | { status: 'tooMany'; count: number; cap: number }
  | { status: 'ready'; records: PrintedCaseRecord[]; generatedAt: Date };

/**
 * The cases of the print route, read once through the repository's print call (export
 * permission, audited). Not a live query: a PDF is a copy of the file as it stood when it
 * was generated, and each reading is one audited export (so it is read once per request,
 * even when React runs the effect twice).
 */
export function useCasePrintDocument(request: PrintRouteRequest, actor: Actor | undefined, workspace: Workspace): CasePrintDocumentState {
  const [state, setState] = useState<CasePrintDocumentState>(request.kind === 'invalid' ? { status: 'invalid' } : { status: 'loading' });
  const requested = useRef<string | undefined>(undefined);
  const key = `${workspace}:${actor?.userId ?? ''}:${JSON.stringify(request)}`;
  useEffect(() => {
    if (request.kind === 'invalid' || !actor || requested.current === key) return;
    requested.current = key;
    setState({ status: 'loading' });
    caseRepository(workspace)
      .readCasesForPrint(actor, { selection: request.selection, pseudonymised: request.pseudonymised })
      .then(
        (result: CasePrintResult) =>
          setState(
            result.status === 'ready'
              ? { status: 'ready', records: result.cases, generatedAt: now() }
              : { status: 'tooMany', count: result.count, cap: result.cap },
          ),
        (error: unknown) => setState({ status: 'failed', error }),
      );
  }, [actor, key, request, workspace]);
  return request.kind === 'invalid' ? { status: 'invalid' } : state;
}
