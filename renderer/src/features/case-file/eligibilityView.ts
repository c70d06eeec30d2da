import type { CaseFile } from '../../../../shared/model';
import { assessReturnRoutes, assessTransferEligibility, type Assessment, type RuleCheck } from '../../../../shared/rules';
import type { ExplainedMessage } from '../../i18n/explanationText';

export interface EligibilitySection {
  /** i18n key suffix of the section title. */
  id: 'transfer' | 'voluntary' | 'forced' | 'readmission' | 'dublin' | 'protectionMemberState';
  assessment: Assessment;
  /** Transfer only: whether the route relies on a without-consent basis (null: not determined). */
  withoutConsent?: boolean | null;
}

/**
 * The eligibility panel: the transfer-of-sentenced-person assessment (only when the person
 * is in custody) and each return route, all assessed by shared/rules on the same day.
 */
export function eligibilitySections(caseFile: CaseFile, today: string): EligibilitySection[] {
  const routes = assessReturnRoutes(caseFile, today);
  const sections: EligibilitySection[] = [];
  if (caseFile.custody) {
    const transfer = assessTransferEligibility(caseFile, today);
    sections.push({ id: 'transfer', assessment: transfer, withoutConsent: transfer.withoutConsent });
  }
  sections.push(
    { id: 'voluntary', assessment: routes.voluntary },
    { id: 'forced', assessment: routes.forced },
    { id: 'readmission', assessment: routes.readmission },
    { id: 'dublin', assessment: routes.dublin },
    { id: 'protectionMemberState', assessment: routes.protectionMemberState },
  );
  return sections;
}

/** The element id of a section in the eligibility panel (the header's answer links to it). */
export function eligibilitySectionElementId(id: string): string {
  return `eligibility-${id}`;
}

export function verdictColour(verdict: Assessment['verdict']): string {
  return verdict === 'eligible' ? 'green' : verdict === 'not_eligible' ? 'red' : 'yellow';
}

/** An assessment's one-line summary, to word in the user's language. */
export function summaryMessage(assessment: Assessment): ExplainedMessage {
  return { messageKey: assessment.summaryKey, params: assessment.summaryParams, text: assessment.summary };
}

/** What a check found, to word in the user's language. */
export function checkMessage(check: RuleCheck): ExplainedMessage {
  return { messageKey: check.messageKey, params: check.params, text: check.text };
}

/** What would change a check's outcome (it reads the check's values). */
export function checkToChangeMessage(check: RuleCheck, toChange: NonNullable<RuleCheck['toChange']>): ExplainedMessage {
  return { messageKey: toChange.messageKey, params: check.params, text: toChange.text };
}
