import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CASE_FILE_JSON_SCHEMA_PATH, CaseFileExportSchema, type Actor, type CaseFile } from '../../../shared/model';
import { addCalendarDays } from '../../../shared/rules/deadlines/calendarArithmetic';
import { assessPrisonLeaseModel, assessReturnRoutes, assessTransferEligibility, caseDeadlines, readmissionReplyStatus } from '../../../shared/rules';
import { availableActions, caseActions } from '../../../shared/workflow';
import {
  loadLibraryScenario,
  loadScenario,
  rebaseScenario,
  scenarioFileText,
  scenarioIds,
  scenarioToday,
  walkthroughs,
  type WalkthroughCheck,
} from '../../../shared/training';

const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(repositoryRoot, CASE_FILE_JSON_SCHEMA_PATH), 'utf8')) as object;
const trainer: Actor = { userId: 'user-trainer-demo', displayName: 'Training', role: 'trainer' };
const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);

/** What the rules compute for a check, in the same shape as the check itself. */
function computed(check: WalkthroughCheck, caseFile: CaseFile, asOf: string): WalkthroughCheck | string {
  switch (check.kind) {
    case 'transferEligibility': {
      const result = assessTransferEligibility(caseFile, asOf);
      return {
        kind: check.kind,
        verdict: result.verdict,
        ...('instrument' in check ? { instrument: result.modelInstrument } : {}),
        ...('withoutConsent' in check ? { withoutConsent: result.withoutConsent } : {}),
      };
    }
    case 'route':
      return { kind: check.kind, route: check.route, verdict: assessReturnRoutes(caseFile, asOf)[check.route].verdict };
    case 'reintegrationTier': {
      const tier = assessReturnRoutes(caseFile, asOf).voluntary.reintegrationTier;
      return tier ? { kind: check.kind, tier } : 'no tier';
    }
    case 'prisonLeaseModel': {
      const lease = assessPrisonLeaseModel(caseFile, asOf);
      expect(lease.policyModelOnly).toBe(true);
      return { kind: check.kind, verdict: lease.verdict };
    }
    case 'readmissionReply': {
      const [request] = caseFile.readmissionRequests;
      return request ? { kind: check.kind, state: readmissionReplyStatus(request, asOf).state } : 'no request';
    }
    case 'deadline': {
      const deadline = caseDeadlines(caseFile, asOf).find((candidate) => candidate.kind === check.deadline);
      return deadline ? { kind: check.kind, deadline: deadline.kind, state: deadline.state } : `no ${check.deadline} deadline`;
    }
    case 'actionRefused': {
      const action = availableActions(caseFile, trainer, new Date(`${asOf}T12:00:00+01:00`)).find((candidate) => candidate.id === check.action);
      const unmet = action?.unmet.find((condition) => condition.id === check.condition);
      return unmet
        ? { kind: check.kind, action: check.action, condition: unmet.id }
        : `${check.action}: ${action?.unmet.map((condition) => condition.id).join(', ') ?? 'not registered'}`;
    }
    case 'stage':
      return { kind: check.kind, stage: caseFile.stage };
  }
}

describe('the scenario library', () => {
  it.each(scenarioIds)('%s validates against the published JSON Schema and the zod schema, as training cases only', (id) => {
    const document = JSON.parse(scenarioFileText(id)) as unknown;
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(CaseFileExportSchema.safeParse(document).success).toBe(true);
    const loaded = loadScenario(scenarioFileText(id));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const caseFile of loaded.scenario.cases) {
      expect(caseFile.training).toBe(true);
      expect(caseFile.reference).toMatch(/^TRN-\d{4}-9\d{5}$/);
    }
  });

  it('gives every case its own reference and id across the library', () => {
    const cases = scenarioIds.flatMap((id) => (JSON.parse(scenarioFileText(id)) as { cases: { id: string; reference: string }[] }).cases);
    expect(new Set(cases.map((caseFile) => caseFile.reference)).size).toBe(cases.length);
    expect(new Set(cases.map((caseFile) => caseFile.id)).size).toBe(cases.length);
  });

  /** The scenario's own today, month ends, a leap day, and dates spread over two years: the verdicts must not depend on the day loaded. */
  const loadDays = ['2026-11-23', '2027-01-31', '2028-02-29', ...Array.from({ length: 8 }, (_, index) => addCalendarDays('2026-11-23', 37 + index * 89))];

  it.each(scenarioIds.flatMap((id) => loadDays.map((today) => [id, today] as const)))(
    '%s: the verdicts its walkthrough announces are the ones the rules compute (today %s)',
    (id, today) => {
      const loaded = loadLibraryScenario(id, today);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const steps = walkthroughs[id].steps.filter((step) => step.expect !== undefined);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const expectation = step.expect;
        if (!expectation) continue;
        const caseFile = loaded.scenario.cases[expectation.caseIndex ?? 0];
        expect(caseFile, `${id}/${step.id}: case`).toBeDefined();
        if (!caseFile) continue;
        const asOf = addCalendarDays(today, expectation.afterDays ?? 0);
        expect(computed(expectation.check, caseFile, asOf), `${id}/${step.id}`).toEqual(expectation.check);
      }
    },
  );

  it('points walkthrough actions at registered workflow actions', () => {
    const actionIds = new Set(caseActions.map((action) => action.id));
    const targets = scenarioIds.flatMap((id) => walkthroughs[id].steps.map((step) => step.target)).filter((target) => target.startsWith('action:'));
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(actionIds.has(target.slice('action:'.length)), target).toBe(true);
  });

  it('keeps internal references out of the legal bases shown to the audience', () => {
    for (const id of scenarioIds) {
      for (const step of walkthroughs[id].steps) expect(step.legalBasis ?? '').not.toMatch(/\[S\d+\]|\[V\d+\]|domain\.md|§5/);
    }
  });
});

describe('rebaseScenario', () => {
  it('moves every date by the same number of days, so the story keeps its distances', () => {
    const loaded = loadLibraryScenario('readmission-deemed-accepted', '2026-11-23');
    if (!loaded.ok) throw new Error('scenario did not load');
    const moved = rebaseScenario(loaded.scenario, '2027-03-10');
    expect(scenarioToday(moved)).toBe('2027-03-10');
    const [before] = loaded.scenario.cases;
    const [after] = moved.cases;
    expect(before?.readmissionRequests[0]?.receivedOn).toBe('2026-11-20');
    expect(after?.readmissionRequests[0]?.receivedOn).toBe('2027-03-07');
    expect(after?.person.dateOfBirth).toBe(addCalendarDays(before?.person.dateOfBirth ?? '', 107));
    expect(after?.createdAt.slice(0, 10)).toBe(addCalendarDays(before?.createdAt.slice(0, 10) ?? '', 107));
  });
});

describe('loadScenario', () => {
  it('refuses text that is not JSON, another format, an invalid case and real cases, with a reason', () => {
    expect(loadScenario('{ not json')).toMatchObject({ ok: false, error: { code: 'not_json', messageKey: 'load.not_json' } });
    const document = JSON.parse(scenarioFileText('kosovo-transfer')) as { format: string; cases: Record<string, unknown>[] };
    expect(loadScenario({ ...document, format: 'ercms-case-file/2' })).toMatchObject({ ok: false, error: { code: 'wrong_format' } });
    const [first] = document.cases;
    const invalid = loadScenario({ ...document, cases: [{ ...first, stage: 'NOT_A_STAGE' }] });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!invalid.ok) expect(invalid.error.issues.some((issue) => issue.path === 'cases.0.stage')).toBe(true);
    expect(loadScenario({ ...document, cases: [{ ...first, training: false }] })).toMatchObject({ ok: false, error: { code: 'not_training' } });
    expect(loadScenario({ ...document, cases: [{ ...first, reference: 'RC-2026-000123' }] })).toMatchObject({ ok: false, error: { code: 'not_training' } });
    expect(loadScenario({ ...document, cases: [] })).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});
