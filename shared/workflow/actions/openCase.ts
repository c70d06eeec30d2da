import { term, terms, type InputProblem, termMessages } from '../../explanations';
import {
  CaseFileSchema,
  roleMay,
  rolesGranted,
  workspaceOfReference,
  type Actor,
  type AuditEvent,
  type CaseActionPermission,
  type CaseFile,
  type Role,
  type Workspace,
} from '../../model';
import { diffCaseFiles } from '../caseDiff';
import { officeProcedure, say, unmet } from '../guards/condition';
import { derivedRecordId } from '../recordIds';
import type { ActionResult, UnmetCondition } from '../types';

/** The new case as the intake builds it: everything but what the store allocates when it opens it. */
export type NewCase = Omit<CaseFile, 'reference' | 'office' | 'training'>;

/** What the store allocates inside the write that opens the case, and hands to the action. */
export interface CaseOpening {
  /** The next reference of the workspace's series (shared/model/caseReference.ts). */
  reference: string;
  /** The office of the settings (`settings.office`). */
  office: string;
  workspace: Workspace;
}

/**
 * An action that creates a case instead of changing one. It has no stage to start from and
 * no dialog in the case file (the intake runs it), so it is registered apart from the case
 * actions (registry.ts `creationActions`), with the same parts: permission, guards, one
 * audit event, a legal basis.
 */
export interface CreationAction {
  id: string;
  labelKey: string;
  permission: CaseActionPermission;
  requiredRoles: readonly Role[];
  legalBasis: string;
  /** A pure function of the new case, what the store allocated, the actor and the time. */
  perform: (newCase: NewCase, opening: CaseOpening, actor: Actor, now: Date) => ActionResult;
}

const legalBasis = officeProcedure;

function roleConditions(actor: Actor, workspace: Workspace): UnmetCondition[] {
  if (roleMay(actor.role, openCase.permission, workspace)) return [];
  const key = actor.role === 'trainer' ? 'unmet.role_trainer' : 'unmet.role';
  return [unmet('role', say(key, { role: term('role', actor.role), roles: terms('role', openCase.requiredRoles, 'or') }), legalBasis)];
}

/** Each schema issue of the composed case, as the conditions of any other action's input. */
function caseFileConditions(caseFile: CaseFile): UnmetCondition[] {
  const parsed = CaseFileSchema.safeParse(caseFile);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'caseFile';
    const problem: InputProblem = issue.code in termMessages.inputProblem ? (issue.code as InputProblem) : 'other';
    return unmet(`input_${field}`, say('unmet.input_invalid', { field, problem: term('inputProblem', problem) }), legalBasis);
  });
}

/**
 * Opens a case: the intake's facts, numbered in the workspace's series, at the office of the
 * settings, at stage INTAKE, version 1, with one audit event whose changes are the whole new
 * case (record level, caseDiff.ts). Caseworkers and supervisors open cases; trainers in the
 * training workspace only; administrators do not (the role table).
 */
export const openCase: CreationAction = {
  id: 'openCase',
  labelKey: 'workflow.action.openCase',
  permission: 'case.open',
  requiredRoles: rolesGranted('case.open'),
  legalBasis,
  perform(newCase, opening, actor, now) {
    // The store allocates from the workspace's series: anything else is a fault of the caller, not of the case.
    if (workspaceOfReference(opening.reference) !== opening.workspace) {
      throw new Error(`The reference ${opening.reference} is not of the ${opening.workspace} series; nothing was saved.`);
    }
    const at = now.toISOString();
    const caseFile: CaseFile = {
      ...newCase,
      reference: opening.reference,
      office: opening.office,
      training: opening.workspace === 'training',
      createdAt: at,
      updatedAt: at,
      updatedBy: actor.userId,
      version: 1,
    };
    const stage =
      newCase.stage === 'INTAKE'
        ? []
        : [unmet('stage', say('unmet.stage', { stage: term('stage', newCase.stage), stages: terms('stage', ['INTAKE'], 'or') }), legalBasis)];
    const conditions = [...roleConditions(actor, opening.workspace), ...stage, ...caseFileConditions(caseFile)];
    if (conditions.length > 0) return { ok: false, failure: { actionId: openCase.id, unmet: conditions } };
    const event: AuditEvent = {
      id: derivedRecordId(caseFile, 'audit_event'),
      caseId: caseFile.id,
      actor,
      at,
      action: openCase.id,
      changes: diffCaseFiles(undefined, caseFile),
      legalBasis,
    };
    return { ok: true, caseFile, event };
  },
};
