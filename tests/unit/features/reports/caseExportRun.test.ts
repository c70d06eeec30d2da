import { afterEach, describe, expect, it } from 'vitest';
import { newPseudonymKey, utf8ByteOrderMark } from '../../../../shared/reports';
import type { CaseExportRequest, SecondHalfMessage } from '../../../../renderer/src/store/caseExportProtocol';
import { runCaseExport, runSecondHalf } from '../../../../renderer/src/store/caseExportRun';
import type { WorkspaceStore } from '../../../../renderer/src/db/workspaces';
import { generateCases } from '../../../bench/caseGenerator';
import { caseworker, openTestStore, supervisor } from '../../db/testStore';

let store: WorkspaceStore | undefined;
afterEach(() => store?.close());

const CASES = 240;

async function storeWithCases(): Promise<WorkspaceStore> {
  const opened = (store = openTestStore());
  await opened.cases.importCases(caseworker, generateCases(0, CASES, 7));
  return opened;
}

function request(overrides: Partial<CaseExportRequest> = {}): CaseExportRequest {
  return { format: 'csv', workspace: 'production', actor: supervisor, headers: {}, pseudonymised: false, asOf: '2026-12-01', ...overrides };
}

/** The export as the worker runs it; `twoHalves` reads the second half through `runSecondHalf`, here in the same thread. */
async function exported(opened: WorkspaceStore, asked: CaseExportRequest, twoHalves: boolean) {
  const secondHalves: CaseExportRequest[] = [];
  const messages: SecondHalfMessage['type'][] = [];
  const file = await runCaseExport({
    store: opened,
    request: asked,
    progress: () => undefined,
    twoHalvesFrom: twoHalves ? 2 : Number.POSITIVE_INFINITY,
    startSecondHalf(secondHalfRequest, onMessage) {
      secondHalves.push(secondHalfRequest);
      const post = (message: SecondHalfMessage) => {
        messages.push(message.type);
        onMessage(message);
      };
      void runSecondHalf(opened, secondHalfRequest, post).catch((error: unknown) => post({ type: 'failed', name: 'Error', message: String(error) }));
    },
  });
  return { file, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.content), secondHalves, messages };
}

describe('a CSV export read in two halves at once (the export worker and a second one)', () => {
  it('gives the same file as one worker: BOM and header once, every case once, in key order, the same SHA-256', async () => {
    const opened = await storeWithCases();
    const one = await exported(opened, request(), false);
    const two = await exported(opened, request(), true);
    expect(one.secondHalves).toEqual([]);
    expect(two.secondHalves).toHaveLength(1);
    expect(two.messages.filter((type) => type === 'lines').length).toBeGreaterThan(0);
    expect(two.messages.at(-1)).toBe('end');
    expect(one.file.rowCount).toBe(CASES);
    expect(two.file.rowCount).toBe(CASES);
    expect(two.text.split(utf8ByteOrderMark)).toHaveLength(2);
    expect(two.text).toBe(one.text);
    expect(two.file.sha256).toBe(one.file.sha256);
  });

  it('a pseudonymised export gives each person the same pseudonym in both halves', async () => {
    const opened = await storeWithCases();
    const pseudonymKey = newPseudonymKey();
    const one = await exported(opened, request({ pseudonymised: true, pseudonymKey }), false);
    const two = await exported(opened, request({ pseudonymised: true }), true);
    const again = await exported(opened, request({ pseudonymised: true, pseudonymKey }), true);
    expect(two.secondHalves[0]?.pseudonymKey).toBeInstanceOf(Uint8Array);
    expect(again.text).toBe(one.text);
    expect(two.file.rowCount).toBe(CASES);
  });

  it("keeps the list's filter in both halves", async () => {
    const opened = await storeWithCases();
    const listFilter = { stage: 'IDENTIFICATION' as const };
    const one = await exported(opened, request({ listFilter }), false);
    const two = await exported(opened, request({ listFilter }), true);
    expect(one.file.rowCount).toBeGreaterThan(0);
    expect(one.file.rowCount).toBeLessThan(CASES);
    expect(two.text).toBe(one.text);
  });
});
