import type { Actor } from '../../../shared/model/actor';
import type { CaseFile } from '../../../shared/model/caseFile';
import type { CalendarDate } from '../../../shared/reference';
import { loadScenario, type ScenarioLoadResult } from '../../../shared/training/loadScenario';
import { rebaseScenario } from '../../../shared/training/rebaseScenario';
import { loadLibraryScenario, type ScenarioId } from '../../../shared/training/scenarioLibrary';
import { loadTrainingCases, type ScenarioLoadOutcome } from '../db/trainingWorkspace';
import { resetTrainingWorkspace } from '../db/workspaces';
import { replaceWorkspaceStore, workspaceStore } from './workspaceStore';

type LoadError = Extract<ScenarioLoadResult, { ok: false }>['error'];

function libraryCases(ids: readonly ScenarioId[], today: CalendarDate): CaseFile[] {
  return ids.flatMap((id) => {
    const loaded = loadLibraryScenario(id, today);
    // The shipped library is validated by its unit test; a broken entry is a build mistake.
    if (!loaded.ok) throw new Error(`Scenario ${id} does not load: ${loaded.error.message}`);
    return loaded.scenario.cases;
  });
}

/** Loads library scenarios, moved to the training clock's today, into the training workspace (audited import). */
export async function loadLibraryScenarios(actor: Actor, ids: readonly ScenarioId[], today: CalendarDate): Promise<ScenarioLoadOutcome> {
  return loadTrainingCases(actor, workspaceStore('training'), libraryCases(ids, today), `training scenarios ${ids.join(', ')}`, { eventPerCase: true });
}

/** Loads a scenario from a file's text: validated first (nothing written when it is refused). */
export async function loadScenarioFile(
  actor: Actor,
  text: string,
  fileName: string,
  today: CalendarDate,
): Promise<{ ok: true; outcome: ScenarioLoadOutcome } | { ok: false; error: LoadError }> {
  const loaded = loadScenario(text);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const outcome = await loadTrainingCases(
    actor,
    workspaceStore('training'),
    rebaseScenario(loaded.scenario, today).cases,
    `training scenario file ${fileName}`.slice(0, 200),
    { eventPerCase: true },
  );
  return { ok: true, outcome };
}

/** Wipes the training workspace and loads the chosen scenarios again; returns the milliseconds it took. */
export async function resetTrainingScenarios(actor: Actor, ids: readonly ScenarioId[], today: CalendarDate): Promise<{ cases: number; milliseconds: number }> {
  const started = performance.now();
  const cases = libraryCases(ids, today);
  const fresh = await resetTrainingWorkspace(actor, workspaceStore('training'), cases, {}, { eventPerCase: true });
  replaceWorkspaceStore(fresh);
  return { cases: cases.length, milliseconds: Math.round(performance.now() - started) };
}
