import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../shared/model/actor';
import type { CaseloadOptions } from '../../../shared/training/caseloadGenerator';
import { loadTrainingCases } from '../db/trainingWorkspace';
import type { CaseloadMessage, CaseloadRequest } from './caseloadProtocol';
import { workspaceStore } from './workspaceStore';

export type CaseloadSeedingState =
  | { status: 'idle' }
  | { status: 'running'; stored: number; total: number }
  | { status: 'done'; stored: number; milliseconds: number }
  | { status: 'cancelled'; stored: number }
  | { status: 'failed'; message: string };

const CHUNK_SIZE = 2000;

/**
 * Seeds a generated caseload into the training workspace: the worker generates chunk by
 * chunk, the page stores each through the audited import and reports progress; cancel
 * stops after the chunk being stored (what is stored stays, as a reset clears it).
 */
export function useCaseloadSeeding(actor: Actor | undefined) {
  const [state, setState] = useState<CaseloadSeedingState>({ status: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  const stored = useRef(0);
  useEffect(() => () => worker.current?.terminate(), []);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
    setState({ status: 'cancelled', stored: stored.current });
  }, []);

  const start = useCallback(
    (options: CaseloadOptions) => {
      if (!actor) return;
      worker.current?.terminate();
      const running = new Worker(new URL('./caseloadGenerator.worker.ts', import.meta.url), { type: 'module' });
      worker.current = running;
      stored.current = 0;
      const started = performance.now();
      setState({ status: 'running', stored: 0, total: 0 });
      const ask = (request: CaseloadRequest) => running.postMessage(request);
      const fail = (message: string) => {
        running.terminate();
        if (worker.current === running) worker.current = undefined;
        setState({ status: 'failed', message });
      };
      running.onmessage = (event: MessageEvent<CaseloadMessage>) => {
        const message = event.data;
        if (worker.current !== running) return;
        if (message.type === 'failed') return fail(message.message);
        if (message.type === 'done') {
          running.terminate();
          worker.current = undefined;
          setState({ status: 'done', stored: stored.current, milliseconds: Math.round(performance.now() - started) });
          return;
        }
        void loadTrainingCases(
          actor,
          workspaceStore('training'),
          message.cases,
          `generated caseload ${options.preset}, seed ${String(options.seed)}, cases ${message.from + 1}–${message.to}`,
        ).then(
          (outcome) => {
            if (worker.current !== running) return;
            stored.current += outcome.added;
            setState({ status: 'running', stored: message.to, total: message.total });
            ask({ type: 'next' });
          },
          (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
        );
      };
      running.onerror = (event) => fail(event.message);
      ask({ type: 'start', options, chunkSize: CHUNK_SIZE });
    },
    [actor],
  );

  return { state, start, cancel };
}
