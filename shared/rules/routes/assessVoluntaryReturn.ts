import type { CaseFile } from '../../model';
import type { CalendarDate, ReintegrationTier } from '../../reference';
import type { Assessment } from '../assessment';
import { isEstablished, primaryNationality } from '../nationalityFacts';
import { ruleCheck, verdictOf, type RuleCheck } from '../ruleCheck';
import { reintegrationTierFor } from './reintegrationTier';
import { returnDestination, travelDocumentFor } from './returnFacts';

const volBasis = 'Fedasil / IOM assisted voluntary return programme; Directive 2008/115/EC Art. 7';

export interface VoluntaryReturnAssessment extends Assessment<'voluntary_return'> {
  destination: string | null;
  reintegrationTier: ReintegrationTier | null;
}

/** VOL (domain.md §5(c)): consent, a destination, a travel document; reintegration tier by the country's visa regime. */
export function assessVoluntaryReturn(caseFile: CaseFile, asOf: CalendarDate): VoluntaryReturnAssessment {
  const checks: RuleCheck[] = [];
  const operation = caseFile.returnOperation;
  const consentOn = operation?.kind === 'voluntary' ? operation.voluntaryReturnConsentOn : undefined;
  checks.push(
    consentOn
      ? ruleCheck({ id: 'VOL-1', kind: 'condition', status: 'met', text: `The person agreed to return voluntarily on ${consentOn}.`, legalBasis: volBasis, verified: false, facts: { voluntaryReturnConsentOn: consentOn }, params: { date: consentOn } })
      : ruleCheck({ id: 'VOL-1', kind: 'condition', status: 'unknown', text: 'No agreement to a voluntary return is recorded.', legalBasis: volBasis, verified: false, facts: { voluntaryReturnConsentOn: null }, toChange: 'Record the person\'s agreement (IOM/Fedasil form).' }),
  );

  const nationality = primaryNationality(caseFile);
  const destination = returnDestination(caseFile) ?? null;
  const destinationFacts = { destination, nationalityStatus: nationality?.status ?? null };
  checks.push(
    destination && nationality && isEstablished(nationality.status)
      ? ruleCheck({ id: 'VOL-2', kind: 'condition', status: 'met', text: `Destination ${destination}; nationality established.`, legalBasis: volBasis, verified: false, facts: destinationFacts, params: { destination } })
      : ruleCheck({ id: 'VOL-2', kind: 'condition', status: 'unknown', text: 'The country of return is not established.', legalBasis: volBasis, verified: false, facts: destinationFacts, toChange: 'Establish the nationality (proof or prima facie).' }),
  );

  const document = destination ? travelDocumentFor(caseFile, destination, asOf) : undefined;
  checks.push(
    document && document.source !== 'pending_request'
      ? ruleCheck({ id: 'VOL-3', kind: 'formality', status: 'met', variant: document.source, text: 'A travel document is available.', legalBasis: volBasis, verified: false, facts: { travelDocument: document.source } })
      : ruleCheck({ id: 'VOL-3', kind: 'formality', status: 'unknown', text: 'No valid travel document on file yet.', legalBasis: volBasis, verified: false, facts: { travelDocument: document?.source ?? null }, toChange: 'Obtain a travel document (IOM can help with the consulate).' }),
  );

  const tier = destination ? reintegrationTierFor(destination) : undefined;
  if (tier) {
    const texts: Record<ReintegrationTier, string> = {
      administrative_assistance_only: 'Visa-free Western Balkan country: IOM administrative assistance only, no regular reintegration.',
      reintegration_visa_free: 'Visa-free country: reintegration support, lower departure grant.',
      reintegration_visa_required: 'Visa country: reintegration support with the higher departure grant.',
    };
    checks.push(ruleCheck({ id: 'VOL-4', kind: 'info', status: 'met', variant: tier.tier, text: texts[tier.tier], legalBasis: tier.legalBasis, verified: tier.verified, facts: { destination, tier: tier.tier } }));
  }

  const verdict = verdictOf(checks);
  return {
    subject: 'voluntary_return', verdict,
    basis: { id: 'voluntary_return', title: 'Assisted voluntary return (Fedasil/IOM)', legalBasis: volBasis, verified: false },
    checks, assessedOn: asOf,
    summary: `Voluntary return: ${verdict.replace('_', ' ')}.`, summaryKey: `rules.route.voluntary.${verdict}`,
    destination, reintegrationTier: tier?.tier ?? null,
  };
}
