import type { Verdict } from '../../../../shared/rules';
import type { ExplainedMessage } from '../../i18n/explanationText';
import { summaryMessage, type EligibilitySection } from './eligibilityView';

/** One line of the header's answer: can this route be used, why, and under which instrument. */
export interface RouteAnswer {
  id: EligibilitySection['id'];
  verdict: Verdict;
  summary: ExplainedMessage;
  /** Reference-data id of the instrument applied (its short citation is an i18n key), null when none applies. */
  basisId: string | null;
  /** English title of the instrument, shown when no short citation is known. */
  basisTitle: string | null;
  basisVerified: boolean;
  /** Transfer only: `with` or `without` the person's consent, when the route settles it. */
  consent: 'with' | 'without' | undefined;
}

/**
 * Routes that exist only once something is on file: a Dublin request, a protection status
 * granted by another Member State. Without it they are no answer, only noise.
 */
const routesNeedingARecord: ReadonlySet<EligibilitySection['id']> = new Set(['dublin', 'protectionMemberState']);

/** The case header's answer: a line per route that applies to this case, in the eligibility panel's order. */
export function routeAnswers(sections: readonly EligibilitySection[]): RouteAnswer[] {
  return sections
    .filter((section) => !(routesNeedingARecord.has(section.id) && section.assessment.basis === null))
    .map(({ id, assessment, withoutConsent }) => ({
      id,
      verdict: assessment.verdict,
      summary: summaryMessage(assessment),
      basisId: assessment.basis?.id ?? null,
      basisTitle: assessment.basis?.title ?? null,
      basisVerified: assessment.basis?.verified ?? false,
      // Said only once a basis applies: "without consent" of a route that does not exist would mislead.
      consent:
        id === 'transfer' && assessment.basis !== null && withoutConsent !== null && withoutConsent !== undefined
          ? withoutConsent
            ? 'without'
            : 'with'
          : undefined,
    }));
}
