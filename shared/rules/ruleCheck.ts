/**
 * The explained result of an eligibility rule: every condition shown as met, not met or
 * unknown (missing data), with its legal basis, the facts it read and what would change
 * the outcome. Unknown is never treated as met.
 */
export type CheckStatus = 'met' | 'not_met' | 'unknown';

/**
 * How a check weighs on the verdict:
 * - `condition`: a legal condition; not met → not eligible, unknown → needs review;
 * - `formality`: something the file must contain before acting (an opinion on file, a
 *   copy of the measure); not met or unknown → needs review;
 * - `outcome`: the other state's or a court's decision; not met → not eligible,
 *   unknown (pending) leaves the verdict alone;
 * - `warning`: an indicative rule (e.g. FD 2008/909's optional refusal ground) that never
 *   blocks when not met; unknown still calls for review, since unknown is never met;
 * - `info`: context (e.g. the reintegration tier); always met.
 */
export type CheckKind = 'condition' | 'formality' | 'outcome' | 'warning' | 'info';

export type FactValue = string | number | boolean | null;

export interface RuleCheck {
  /** Stable id from domain.md §5(c), e.g. `TST-2` or `READM-1`. */
  id: string;
  kind: CheckKind;
  status: CheckStatus;
  /** i18n key of `text`; `params` fill its placeholders. */
  messageKey: string;
  /** English text for the caseworker. */
  text: string;
  params: Record<string, FactValue>;
  legalBasis: string;
  /** False when the legal value behind the check is not confirmed in a primary text. */
  verified: boolean;
  /** The facts of the case file the check read (null: missing). */
  facts: Record<string, FactValue>;
  /** What would change the outcome, when the check is not met or unknown. */
  toChange?: { messageKey: string; text: string };
}

export type Verdict = 'eligible' | 'not_eligible' | 'needs_review';

/** Combines the checks into a verdict; see CheckKind for the weight of each kind. */
export function verdictOf(checks: readonly RuleCheck[]): Verdict {
  const blocks = checks.some((check) => check.status === 'not_met' && (check.kind === 'condition' || check.kind === 'outcome'));
  if (blocks) return 'not_eligible';
  const open = checks.some(
    (check) =>
      ((check.kind === 'condition' || check.kind === 'warning') && check.status === 'unknown') ||
      (check.kind === 'formality' && check.status !== 'met'),
  );
  return open ? 'needs_review' : 'eligible';
}

/** Builds a check; keeps the message key scheme `rules.<id>.<status>` in one place. */
export function ruleCheck(input: {
  id: string;
  kind: CheckKind;
  status: CheckStatus;
  text: string;
  legalBasis: string;
  verified: boolean;
  facts: Record<string, FactValue>;
  params?: Record<string, FactValue>;
  toChange?: string;
  /** Distinguishes several messages for the same id and status. */
  variant?: string;
}): RuleCheck {
  const suffix = input.variant ? `${input.status}.${input.variant}` : input.status;
  const messageKey = `rules.${input.id}.${suffix}`;
  return {
    id: input.id,
    kind: input.kind,
    status: input.status,
    messageKey,
    text: input.text,
    params: input.params ?? {},
    legalBasis: input.legalBasis,
    verified: input.verified,
    facts: input.facts,
    ...(input.toChange ? { toChange: { messageKey: `${messageKey}.toChange`, text: input.toChange } } : {}),
  };
}
