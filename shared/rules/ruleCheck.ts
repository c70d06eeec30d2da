import { englishMessages, explain, isMessageKey, placeholdersOf, withCountryTerms, type MessageKey, type MessageParams } from '../explanations';

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
  /** Catalogue key of `text` (shared/explanations); `params` fill its placeholders. */
  messageKey: MessageKey;
  /** English text for the caseworker (the catalogue's template, filled). */
  text: string;
  /** Every value `text` and `toChange` interpolate. */
  params: MessageParams;
  legalBasis: string;
  /** False when the legal value behind the check is not confirmed in a primary text. */
  verified: boolean;
  /** The facts of the case file the check read (null: missing). */
  facts: Record<string, FactValue>;
  /** What would change the outcome, when the check is not met or unknown; reads the same `params`. */
  toChange?: { messageKey: MessageKey; text: string };
}
export type Verdict = 'eligible' | 'not_eligible' | 'needs_review';

/** Combines the checks into a verdict; see CheckKind for the weight of each kind. */
export function verdictOf(checks: readonly RuleCheck[]): Verdict {
  const blocks = checks.some((check) => check.status === 'not_met' && (check.kind === 'condition' || check.kind === 'outcome'));
  if (blocks) return 'not_eligible';
  const open = checks.some(
    (check) =>
      ((check.kind === 'condition' || check.kind === 'warning') && check.status === 'unknown') || (check.kind === 'formality' && check.status !== 'met'),
  );
  return open ? 'needs_review' : 'eligible';
}

/** The catalogue key of a check's text: `rules.<id>.<status>[_<variant>].text`. */
export function ruleMessageKey(id: string, status: CheckStatus, variant?: string): string {
  return `rules.${id}.${variant ? `${status}_${variant}` : status}.text`;
}

function pick(params: MessageParams, names: readonly string[]): MessageParams {
  return Object.fromEntries(names.flatMap((name) => (params[name] === undefined ? [] : [[name, params[name]]])));
}

function templateKey(key: string): MessageKey {
  if (!isMessageKey(key)) throw new Error(`Message key "${key}" is not in the explanation catalogue`);
  return key;
}

/**
 * Builds a check; keeps the message key scheme in one place. The text and what would
 * change it come from the catalogue (shared/explanations), filled from `params` only:
 * `rules.<id>.<status>[_<variant>].text` and `….toChange` (or `….toChange_<variant>`).
 */
export function ruleCheck(input: {
  id: string;
  kind: CheckKind;
  status: CheckStatus;
  legalBasis: string;
  verified: boolean;
  facts: Record<string, FactValue>;
  params?: MessageParams;
  /** `true`: the key's `toChange` message; a string: its `toChange_<variant>` message. */
  toChange?: true | string;
  /** Distinguishes several messages for the same id and status. */
  variant?: string;
}): RuleCheck {
  // Codes of countries become country terms here too: `params` also fills what would change the outcome.
  const params = withCountryTerms(input.params ?? {});
  const textKey = templateKey(ruleMessageKey(input.id, input.status, input.variant));
  const toChangeKey =
    input.toChange === undefined ? undefined : templateKey(textKey.replace(/\.text$/, input.toChange === true ? '.toChange' : `.toChange_${input.toChange}`));
  const textNames = placeholdersOf(englishMessages[textKey]);
  const toChangeNames = toChangeKey === undefined ? [] : placeholdersOf(englishMessages[toChangeKey]);
  const unused = Object.keys(params).filter((name) => !textNames.includes(name) && !toChangeNames.includes(name));
  if (unused.length > 0) throw new Error(`Check "${textKey}" was given values its messages do not use: ${unused.join(', ')}`);
  const text = explain(textKey, pick(params, textNames));
  return {
    id: input.id,
    kind: input.kind,
    status: input.status,
    messageKey: text.key,
    text: text.text,
    params,
    legalBasis: input.legalBasis,
    verified: input.verified,
    facts: input.facts,
    ...(toChangeKey === undefined ? {} : { toChange: { messageKey: toChangeKey, text: explain(toChangeKey, pick(params, toChangeNames)).text } }),
  };
}
