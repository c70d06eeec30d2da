import type { CaseFileExport } from '../model';
import type { CalendarDate } from '../reference';
import { loadScenario, type ScenarioLoadResult } from './loadScenario';
import { rebaseScenario } from './rebaseScenario';
import { albaniaTransferFourMonths, albaniaTransferNineMonths } from './scenarios/albaniaPrisonTransfer';
import { dublinTransfer, protectionOtherMemberState } from './scenarios/dublinAndProtection';
import { familyWithMinor } from './scenarios/familyWithMinor';
import { forcedReturnDetention } from './scenarios/forcedReturnDetention';
import { kosovoTransfer } from './scenarios/kosovoPrisonTransfer';
import { prisonCapacityAbroad } from './scenarios/prisonCapacityAbroad';
import { readmissionDeemedAccepted } from './scenarios/readmissionDeemedAccepted';
import { voluntaryReturnTiers } from './scenarios/voluntaryReturn';

export const scenarioIds = [
  'albania-transfer-9-months',
  'albania-transfer-4-months',
  'kosovo-transfer',
  'prison-capacity-abroad',
  'voluntary-return-tiers',
  'forced-return-detention',
  'family-with-minor',
  'dublin-transfer',
  'protection-other-member-state',
  'readmission-deemed-accepted',
] as const;
export type ScenarioId = (typeof scenarioIds)[number];

/**
 * One scenario of the library: the case file document (format `ercms-case-file/1`, dates
 * relative to its `exportedAt` day) and the keys of its texts in the training catalogue
 * (`shared/training/locales`): `scenario.<id>.title`, `.story` and `.teachingPoint`.
 */
export interface ScenarioEntry {
  id: ScenarioId;
  titleKey: string;
  storyKey: string;
  teachingPointKey: string;
  /** The document as shipped (not validated yet: `loadLibraryScenario` validates it). */
  document: unknown;
}

const documents: Readonly<Record<ScenarioId, CaseFileExport>> = {
  'albania-transfer-9-months': albaniaTransferNineMonths,
  'albania-transfer-4-months': albaniaTransferFourMonths,
  'kosovo-transfer': kosovoTransfer,
  'prison-capacity-abroad': prisonCapacityAbroad,
  'voluntary-return-tiers': voluntaryReturnTiers,
  'forced-return-detention': forcedReturnDetention,
  'family-with-minor': familyWithMinor,
  'dublin-transfer': dublinTransfer,
  'protection-other-member-state': protectionOtherMemberState,
  'readmission-deemed-accepted': readmissionDeemedAccepted,
};

export const scenarioLibrary: readonly ScenarioEntry[] = scenarioIds.map((id) => ({
  id,
  titleKey: `scenario.${id}.title`,
  storyKey: `scenario.${id}.story`,
  teachingPointKey: `scenario.${id}.teachingPoint`,
  document: documents[id],
}));

export function isScenarioId(value: string): value is ScenarioId {
  return (scenarioIds as readonly string[]).includes(value);
}

/**
 * A scenario of the library, validated like an imported file and moved to the trainer's
 * `today` (see `rebaseScenario`). Pass the real today of the training clock when loading
 * or resetting; the time-travel control moves the clock afterwards, not the data.
 */
export function loadLibraryScenario(id: ScenarioId, today: CalendarDate): ScenarioLoadResult {
  const loaded = loadScenario(documents[id]);
  return loaded.ok ? { ok: true, scenario: rebaseScenario(loaded.scenario, today) } : loaded;
}

/** The scenario as the text of an `ercms-case-file/1` file (for "export scenario" or to give it to another office). */
export function scenarioFileText(id: ScenarioId): string {
  return `${JSON.stringify(documents[id], null, 2)}\n`;
}
