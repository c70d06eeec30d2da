import type { z } from 'zod';
import type { Explanation, MessageKey, MessageParams } from '../explanations';
import type { ActionInputField } from './actionInputs';
import type { Actor, AuditEvent, CaseActionPermission, CaseFile, IsoDate, Role, Stage } from '../model';

/**
 * One condition an action needs and the case does not meet, in words a caseworker can
 * act on, with the rule it comes from. `id` is stable (tests, de-duplication); the words
 * are a catalogue message (shared/explanations) that each language translates.
 */
export interface UnmetCondition {
  id: string;
  /** Catalogue key of the message; absent only for a transitional English-only message. */
  messageKey?: MessageKey;
  /** Every value the message interpolates (`unmet()` always sets it; absent only on conditions built by hand). */
  params?: MessageParams;
  /** The message in English (logs, tests, fallback). */
  message: string;
  /** What would change it, when the condition comes from an eligibility check (reads the same params). */
  toChange?: { messageKey: MessageKey; text: string };
  legalBasis: string;
}

/** Why an action was refused: every unmet condition, never only the first. */
export interface GuardFailure {
  actionId: string;
  unmet: UnmetCondition[];
}

export type ActionResult = { ok: true; caseFile: CaseFile; event: AuditEvent } | { ok: false; failure: GuardFailure };

/** What a guard sees: the case as it is, who acts, and today's date in Brussels. */
export interface GuardContext {
  caseFile: CaseFile;
  actor: Actor;
  now: Date;
  /** The calendar date of `now` in Europe/Brussels: legal periods count these days. */
  today: IsoDate;
}

export interface ActionContext<Input> extends GuardContext {
  input: Input;
  /** A new record id for the given purpose (deterministic by default, see recordIds.ts). */
  newId: (purpose: string) => string;
}

/**
 * A condition on the case itself, checked before any input is given, so the UI can say why
 * an action is disabled. `factual` guards need a recorded fact (a nationality, a decision,
 * a date of birth) and must fail when that fact is missing: unknown never counts as met.
 */
export interface CaseGuard {
  id: string;
  factual: boolean;
  check: (context: GuardContext) => UnmetCondition[];
}

/** A condition on the input of an action (a ground for detention, a reason for rejection). */
export interface InputGuard<Input> {
  id: string;
  check: (context: ActionContext<Input>) => UnmetCondition[];
}

/** What an action's `perform` returns: the changed case (record meta is bumped by the runner). */
export interface Performed {
  caseFile: CaseFile;
  /** A reason the user gave (free text, kept as typed). */
  reason?: string;
  /** The workflow's own reason, worded from the catalogue (stored with its key and params). */
  reasonMessage?: Explanation;
  legalBasis?: string;
}

/** Stages an action applies to: a list, or every stage except CLOSED. */
export type StageScope = readonly Stage[] | 'any_open';

/**
 * A workflow action, registered once (Excalidraw style): the UI lists it with its label,
 * the runner checks its guards and performs it, the approval flow replays it.
 */
export interface ActionDefinition<Input> {
  id: string;
  /** i18n key of the button label. */
  labelKey: string;
  fromStages: StageScope;
  /** What the actor must be allowed (the role table, shared/model/permissions.ts, says which roles hold it). */
  permission: CaseActionPermission;
  /** The action becomes a pending approval that another supervisor must approve. */
  needsFourEyes: boolean;
  legalBasis: string;
  /** A record of fields (its input side too: forms and the workflow pass records). */
  inputSchema: z.ZodType<Input, Record<string, unknown>>;
  guards: readonly CaseGuard[];
  inputGuards: readonly InputGuard<Input>[];
  perform: (context: ActionContext<Input>) => Performed;
}

/** An action with its input type erased, as held in the registry. */
export interface RegisteredAction {
  id: string;
  labelKey: string;
  fromStages: StageScope;
  permission: CaseActionPermission;
  /** The roles holding `permission` (derived from the role table; what a refusal names). */
  requiredRoles: readonly Role[];
  needsFourEyes: boolean;
  legalBasis: string;
  guards: readonly CaseGuard[];
  /** The action's input schema (input type erased): the dialog validates with it before the workflow does. */
  inputSchema: z.ZodType<Record<string, unknown>, Record<string, unknown>>;
  /** What the caseworker fills in, read from `inputSchema` (see actionInputs.ts): the dialog is generated from it. */
  inputFields: readonly ActionInputField[];
  /** Parses the input; returns its JSON form or the unmet conditions (invalid or missing input, input guards). */
  checkInput: (
    context: GuardContext,
    input: unknown,
    newId: (purpose: string) => string,
  ) => { ok: true; input: Record<string, unknown> } | { ok: false; unmet: UnmetCondition[] };
  /** Performs the action on input already accepted by checkInput. */
  perform: (context: GuardContext, input: unknown, newId: (purpose: string) => string) => Performed;
}

/** How the UI lists an action for a case: enabled, or disabled with every reason. */
export interface AvailableAction {
  id: string;
  labelKey: string;
  needsFourEyes: boolean;
  requiredRoles: readonly Role[];
  /** The action belongs to the case's current stage (the UI may hide the others). */
  applicable: boolean;
  enabled: boolean;
  unmet: UnmetCondition[];
}

/** Options for running an action; by default new record ids are derived deterministically. */
export interface ActionOptions {
  newId?: (purpose: string) => string;
}
