import type { CaseFile } from '../../model';
import type { CalendarDate, ReintegrationTier } from '../../reference';
import { assessmentSummary, type Assessment } from '../assessment';
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
      ? ruleCheck({
          id: 'VOL-1',
          kind: 'condition',
          status: 'met',
          legalBasis: volBasis,
          verified: false,
          facts: { voluntaryReturnConsentOn: consentOn },
          params: { date: consentOn },
        })
      : ruleCheck({
          id: 'VOL-1',
          kind: 'condition',
          status: 'unknown',
          legalBasis: volBasis,
          verified: false,
          facts: { voluntaryReturnConsentOn: null },
          toChange: true,
        }),
  );

  const nationality = primaryNationality(caseFile);
  const destination = returnDestination(caseFile) ?? null;
  const destinationFacts = { destination, nationalityStatus: nationality?.status ?? null };
  checks.push(
    destination && nationality && isEstablished(nationality.status)
      ? ruleCheck({ id: 'VOL-2', kind: 'condition', status: 'met', legalBasis: volBasis, verified: false, facts: destinationFacts, params: { destination } })
      : ruleCheck({ id: 'VOL-2', kind: 'condition', status: 'unknown', legalBasis: volBasis, verified: false, facts: destinationFacts, toChange: true }),
  );

  const document = destination ? travelDocumentFor(caseFile, destination, asOf) : undefined;
  checks.push(
    document && document.source !== 'pending_request'
      ? ruleCheck({
          id: 'VOL-3',
          kind: 'formality',
          status: 'met',
          variant: document.source,
          legalBasis: volBasis,
          verified: false,
          facts: { travelDocument: document.source },
        })
      : ruleCheck({
          id: 'VOL-3',
          kind: 'formality',
          status: 'unknown',
          legalBasis: volBasis,
          verified: false,
          facts: { travelDocument: document?.source ?? null },
          toChange: true,
        }),
  );

  const tier = destination ? reintegrationTierFor(destination) : undefined;
  if (tier) {
    checks.push(
      ruleCheck({
        id: 'VOL-4',
        kind: 'info',
        status: 'met',
        variant: tier.tier,
        legalBasis: tier.legalBasis,
        verified: tier.verified,
        facts: { destination, tier: tier.tier },
      }),
    );
  }

  const verdict = verdictOf(checks);
  return {
    subject: 'voluntary_return',
    verdict,
    basis: { id: 'voluntary_return', title: 'Assisted voluntary return (Fedasil/IOM)', legalBasis: volBasis, verified: false },
    checks,
    assessedOn: asOf,
    ...assessmentSummary(`rules.route.voluntary.${verdict}`),
    destination,
    reintegrationTier: tier?.tier ?? null,
  };
}
