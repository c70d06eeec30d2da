import type { CaseFile, Custody, Nationality, SentenceTransfer, TransferInstrument as ModelTransferInstrument } from '../../model';
import { BELGIUM, partyConfirmed, transferInstruments, type CalendarDate, type TransferInstrumentData } from '../../reference';
import { periodUnitTerm, term, terms } from '../../explanations';
import { assessmentSummary, type AppliedBasis, type Assessment } from '../assessment';
import { startOfPeriodEndingOn } from '../deadlines/calendarArithmetic';
import { foreignNationalities } from '../nationalityFacts';
import { ruleCheck, verdictOf, type RuleCheck, type Verdict } from '../ruleCheck';
import { allowsWithoutConsent, transferRouteFor } from './transferRoute';

/** The outcome of `assessTransferEligibility` for one state of nationality. */
export interface TransferEligibility extends Assessment<'sentence_transfer'> {
  /** The state that would take over the sentence (null: none identified). */
  administeringState: string | null;
  /** Whether the route relies on a without-consent basis (null: not determined). */
  withoutConsent: boolean | null;
  /** The id to record on a SentenceTransfer (shared/model), when a basis applies. */
  modelInstrument: ModelTransferInstrument | null;
  /** The same assessment for the person's other nationalities (dual nationals). */
  alternatives: TransferEligibility[];
}

const ets112 = transferInstruments.ets_112;

function basisOf(instrument: TransferInstrumentData): AppliedBasis & { id: TransferInstrumentData['id'] } {
  return { id: instrument.id, title: instrument.title, legalBasis: instrument.legalBasis, verified: instrument.inForceVerified };
}

function modelInstrumentOf(instrument: TransferInstrumentData, viaFlight: boolean): ModelTransferInstrument | null {
  switch (instrument.id) {
    case 'ets_112':
      return 'ETS_112';
    case 'ets_167':
      return viaFlight ? 'ETS_167_ART_2' : 'ETS_167_ART_3';
    case 'be_al_2010':
      return 'BE_AL_2010';
    case 'be_xk_2010':
      return 'BE_XK_2010';
    case 'be_br_2009':
      return 'BE_BR_2009';
    case 'fd_2008_909':
      return 'FD_2008_909';
    case 'cets_222':
      return null;
  }
}

/** The sentence-transfer record for this state, if a request exists (latest first). */
function transferRecordFor(caseFile: Pick<CaseFile, 'sentenceTransfers'>, state: string): SentenceTransfer | undefined {
  return caseFile.sentenceTransfers
    .filter((transfer) => transfer.administeringState === state && transfer.status !== 'withdrawn')
    .sort((a, b) => (a.requestReceivedOn ?? a.createdAt).localeCompare(b.requestReceivedOn ?? b.createdAt))
    .at(-1);
}

/**
 * TST-1: nationality of the administering state (ETS 112 Art. 3(1)(a); Albania's
 * declaration). "Eligible once proven" is said only where an instrument links the states:
 * without one, proving the nationality changes nothing.
 */
function nationalityCheck(nationality: Nationality | null, state: string, statelessResident: boolean, routeExists: boolean): RuleCheck {
  const legalBasis = 'ETS 112 Art. 3(1)(a)';
  if (statelessResident) {
    return ruleCheck({
      id: 'TST-1',
      kind: 'condition',
      status: 'met',
      variant: 'stateless_resident',
      legalBasis: `${legalBasis}; declaration of ${state}`,
      verified: true,
      facts: { stateless: true, permanentResidenceCountry: state },
      params: { state },
    });
  }
  const status = nationality?.status ?? null;
  const facts = { nationality: state, nationalityStatus: status };
  if (status === 'proven') {
    return ruleCheck({ id: 'TST-1', kind: 'condition', status: 'met', legalBasis, verified: true, facts, params: { state } });
  }
  return ruleCheck({
    id: 'TST-1',
    kind: 'condition',
    status: 'unknown',
    variant: status === 'prima_facie' ? 'prima_facie' : 'claimed',
    legalBasis,
    verified: true,
    facts,
    params: { state },
    toChange: routeExists ? true : 'no_route',
  });
}

/** TST-2: the judgment is final (ETS 112 Art. 3(1)(b); FD 2008/909 Art. 1(a)). */
function finalityCheck(custody: Custody, legalBasis: string): RuleCheck {
  const facts = { judgmentFinal: custody.judgmentFinal ?? null, judgmentDate: custody.judgmentDate ?? null };
  if (custody.judgmentFinal === true) return ruleCheck({ id: 'TST-2', kind: 'condition', status: 'met', legalBasis, verified: true, facts });
  if (custody.judgmentFinal === false) {
    return ruleCheck({ id: 'TST-2', kind: 'condition', status: 'not_met', legalBasis, verified: true, facts, toChange: true });
  }
  return ruleCheck({ id: 'TST-2', kind: 'condition', status: 'unknown', legalBasis, verified: true, facts, toChange: true });
}

/** TST-3: at least the minimum remainder when the request is received, or an indeterminate sentence (ETS 112 Art. 3(1)(c), 3(2)). */
function remainderCheck(
  custody: Custody,
  instrument: TransferInstrumentData,
  transfer: SentenceTransfer | undefined,
  asOf: CalendarDate,
  kind: 'condition' | 'warning',
): RuleCheck {
  const minimum = instrument.minimumRemainingSentence ?? ets112.minimumRemainingSentence;
  const legalBasis = minimum?.legalBasis ?? 'ETS 112 Art. 3(1)(c)';
  const verified = minimum?.verified ?? true;
  const referenceDate = transfer?.requestReceivedOn ?? asOf;
  const facts = {
    sentence: custody.sentence?.kind ?? null,
    expectedEnd: custody.expectedEnd ?? null,
    requestReceivedOn: transfer?.requestReceivedOn ?? null,
    referenceDate,
    exceptionalCaseRecorded: custody.exceptionalShortRemainder !== undefined,
  };
  if (custody.sentence?.kind === 'indeterminate') {
    return ruleCheck({ id: 'TST-3', kind, status: 'met', variant: 'indeterminate', legalBasis, verified, facts });
  }
  if (!minimum)
    return ruleCheck({
      id: 'TST-3',
      kind,
      status: 'met',
      variant: 'no_minimum',
      legalBasis: instrument.legalBasis,
      verified: instrument.inForceVerified,
      facts,
    });
  if (!custody.expectedEnd) {
    return ruleCheck({ id: 'TST-3', kind, status: 'unknown', legalBasis, verified, facts, toChange: true });
  }
  const lastArrival = startOfPeriodEndingOn(custody.expectedEnd, minimum);
  const period = { amount: minimum.amount, unit: periodUnitTerm(minimum.amount, minimum.unit) };
  const received = transfer?.requestReceivedOn !== undefined;
  if (referenceDate <= lastArrival) {
    return ruleCheck({
      id: 'TST-3',
      kind,
      status: 'met',
      variant: received ? 'at_receipt' : 'projected',
      legalBasis,
      verified,
      facts: { ...facts, lastArrival },
      params: received ? period : { ...period, lastArrival },
    });
  }
  const exceptional = custody.exceptionalShortRemainder;
  if (exceptional && instrument.exceptionalShorterRemainder?.value) {
    // ETS 112 Art. 3(2): both states must agree to the exception; the office's note alone is never enough.
    const agreed = exceptional.otherStateAgreedOn !== undefined;
    return ruleCheck({
      id: 'TST-3',
      kind,
      status: agreed ? 'met' : 'unknown',
      variant: agreed ? 'exceptional' : 'exceptional_pending',
      legalBasis: instrument.exceptionalShorterRemainder.legalBasis,
      verified: instrument.exceptionalShorterRemainder.verified,
      facts: { ...facts, lastArrival, otherStateAgreedOn: exceptional.otherStateAgreedOn ?? null },
      params: { ...period, reason: exceptional.reason },
      ...(agreed ? {} : { toChange: true }),
    });
  }
  return ruleCheck({
    id: 'TST-3',
    kind,
    status: 'not_met',
    variant: received ? 'at_receipt' : 'projected',
    legalBasis,
    verified,
    facts: { ...facts, lastArrival },
    params: { ...period, lastArrival },
    toChange: kind === 'warning' ? 'warning' : true,
  });
}

/** TST-6: dual criminality (ETS 112 Art. 3(1)(e)); a warning under FD 2008/909 (Art. 7). */
function dualCriminalityCheck(custody: Custody, instrument: TransferInstrumentData): RuleCheck {
  const rule = instrument.dualCriminalityRequired;
  const kind = rule.value ? 'condition' : 'warning';
  const facts = { dualCriminality: custody.dualCriminality ?? null };
  if (custody.dualCriminality === true) return ruleCheck({ id: 'TST-6', kind, status: 'met', legalBasis: rule.legalBasis, verified: rule.verified, facts });
  if (custody.dualCriminality === false) {
    return ruleCheck({
      id: 'TST-6',
      kind,
      status: 'not_met',
      legalBasis: rule.legalBasis,
      verified: rule.verified,
      facts,
      toChange: rule.value ? true : 'listed_offence',
    });
  }
  return ruleCheck({ id: 'TST-6', kind, status: 'unknown', legalBasis: rule.legalBasis, verified: rule.verified, facts, toChange: true });
}

/** TST-6 (agreement): both states agree; pending until the other state decides. */
function statesAgreementCheck(transfer: SentenceTransfer | undefined, instrument: TransferInstrumentData): RuleCheck {
  const rule = instrument.agreementOfBothStatesRequired;
  const facts = { transferStatus: transfer?.status ?? null, decidedOn: transfer?.decidedOn ?? null };
  if (transfer?.status === 'accepted' || transfer?.status === 'transferred') {
    return ruleCheck({ id: 'TST-6-AGREEMENT', kind: 'outcome', status: 'met', legalBasis: rule.legalBasis, verified: rule.verified, facts });
  }
  if (transfer?.status === 'refused') {
    return ruleCheck({
      id: 'TST-6-AGREEMENT',
      kind: 'outcome',
      status: 'not_met',
      ...(transfer.refusalReason ? { variant: 'reasoned', params: { reason: transfer.refusalReason } } : {}),
      legalBasis: rule.legalBasis,
      verified: rule.verified,
      facts,
      toChange: true,
    });
  }
  return ruleCheck({ id: 'TST-6-AGREEMENT', kind: 'outcome', status: 'unknown', legalBasis: rule.legalBasis, verified: rule.verified, facts, toChange: true });
}

interface ConsentAssessment {
  checks: RuleCheck[];
  instrument: TransferInstrumentData | null;
  withoutConsent: boolean | null;
  viaFlight: boolean;
}

/** TST-4 and TST-5 for a Council of Europe or bilateral route. */
function treatyConsent(
  custody: Custody,
  state: string,
  withConsent: TransferInstrumentData | null,
  withoutConsentInstrument: TransferInstrumentData | null,
): ConsentAssessment {
  const consent = custody.consent?.status ?? null;
  const facts = {
    consent,
    expulsionOrder: custody.expulsionOrder !== undefined,
    habituallyResidentInBelgiumAtArrest: custody.habituallyResidentInBelgiumAtArrest ?? null,
    fledToStateOfNationality: custody.fledToStateOfNationality ?? null,
  };
  // A missing or refused consent cites the consent condition, never the without-consent clause it would need instead.
  const consentBasis = (withConsent ?? withoutConsentInstrument ?? ets112).consentRequired;
  if (consent === 'given' && withConsent) {
    const basis = withConsent.consentRequired.legalBasis;
    return {
      checks: [
        ruleCheck({
          id: 'TST-4',
          kind: 'condition',
          status: 'met',
          variant: custody.consent?.byLegalRepresentative ? 'consent_representative' : 'consent',
          legalBasis: basis,
          verified: true,
          facts,
        }),
      ],
      instrument: withConsent,
      withoutConsent: false,
      viaFlight: false,
    };
  }
  const consentMissing = consent !== 'refused';
  if (!withoutConsentInstrument) {
    return {
      checks: [
        ruleCheck({
          id: 'TST-4',
          kind: 'condition',
          status: consentMissing ? 'unknown' : 'not_met',
          variant: 'no_without_consent_instrument',
          legalBasis: consentBasis.legalBasis,
          verified: consentBasis.verified,
          facts,
          params: { state },
          toChange: true,
        }),
      ],
      instrument: withConsent,
      withoutConsent: false,
      viaFlight: false,
    };
  }
  const instrument = withoutConsentInstrument;
  const flightRule = instrument.withoutConsent.find((rule) => rule.ground === 'fled_to_state_of_nationality');
  if (custody.fledToStateOfNationality === true && flightRule) {
    return {
      checks: [
        ruleCheck({
          id: 'TST-4',
          kind: 'condition',
          status: 'met',
          variant: 'fled',
          legalBasis: flightRule.legalBasis,
          verified: flightRule.verified,
          facts,
          params: { state },
        }),
      ],
      instrument,
      withoutConsent: true,
      viaFlight: true,
    };
  }
  const expulsionRule = instrument.withoutConsent.find((rule) => rule.ground === 'expulsion_order');
  if (!custody.expulsionOrder || !expulsionRule) {
    return {
      checks: [
        ruleCheck({
          id: 'TST-4',
          kind: 'condition',
          status: consentMissing ? 'unknown' : 'not_met',
          variant: 'no_expulsion_order',
          legalBasis: consentBasis.legalBasis,
          verified: consentBasis.verified,
          facts,
          params: { instrument: term('instrument', instrument.id) },
          toChange: true,
        }),
      ],
      instrument,
      withoutConsent: null,
      viaFlight: false,
    };
  }
  // Belgium does not apply ETS 167 Art. 3 to people habitually resident in Belgium when arrested.
  const exclusion = instrument.declarations.find(
    (declaration) => declaration.state === BELGIUM && declaration.effect === 'art3_not_applied_if_habitually_resident_at_arrest',
  );
  const stateExcludes = instrument.declarations.find((declaration) => declaration.state === state && declaration.effect === 'art3_not_applied');
  if (stateExcludes) {
    return {
      checks: [
        ruleCheck({
          id: 'TST-4',
          kind: 'condition',
          status: 'not_met',
          variant: 'state_declaration',
          legalBasis: stateExcludes.legalBasis,
          verified: stateExcludes.verified,
          facts,
          params: { state },
          toChange: true,
        }),
      ],
      instrument,
      withoutConsent: true,
      viaFlight: false,
    };
  }
  if (exclusion) {
    const resident = custody.habituallyResidentInBelgiumAtArrest;
    if (resident === true) {
      return {
        checks: [
          ruleCheck({
            id: 'TST-4',
            kind: 'condition',
            status: 'not_met',
            variant: 'habitual_residence',
            legalBasis: exclusion.legalBasis,
            verified: exclusion.verified,
            facts,
            toChange: true,
          }),
        ],
        instrument,
        withoutConsent: true,
        viaFlight: false,
      };
    }
    if (resident === undefined) {
      return {
        checks: [
          ruleCheck({
            id: 'TST-4',
            kind: 'condition',
            status: 'unknown',
            variant: 'habitual_residence',
            legalBasis: exclusion.legalBasis,
            verified: exclusion.verified,
            facts,
            toChange: true,
          }),
        ],
        instrument,
        withoutConsent: true,
        viaFlight: false,
      };
    }
  }
  const checks = [
    ruleCheck({
      id: 'TST-4',
      kind: 'condition',
      status: 'met',
      variant: 'expulsion_order',
      legalBasis: expulsionRule.legalBasis,
      verified: expulsionRule.verified,
      facts,
      params: { instrument: term('instrument', instrument.id) },
    }),
  ];
  return { checks, instrument, withoutConsent: true, viaFlight: false };
}

/** TST-5 and the BE–AL copy of the measure: formalities when consent is bypassed. */
function withoutConsentFormalities(custody: Custody, instrument: TransferInstrumentData, viaFlight: boolean): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const opinion = instrument.opinionRequiredWithoutConsent;
  if (opinion?.value && !viaFlight) {
    const facts = { opinionRecordedOn: custody.opinion?.recordedOn ?? null };
    checks.push(
      custody.opinion
        ? ruleCheck({ id: 'TST-5', kind: 'formality', status: 'met', legalBasis: opinion.legalBasis, verified: opinion.verified, facts })
        : ruleCheck({ id: 'TST-5', kind: 'formality', status: 'not_met', legalBasis: opinion.legalBasis, verified: opinion.verified, facts, toChange: true }),
    );
  }
  const copy = instrument.expulsionMeasureCopyRequired;
  if (copy?.value && custody.expulsionOrder) {
    const facts = { expulsionOrderCopyOnFile: custody.expulsionOrder.copyOnFile };
    checks.push(
      custody.expulsionOrder.copyOnFile
        ? ruleCheck({ id: 'TST-5-COPY', kind: 'formality', status: 'met', legalBasis: copy.legalBasis, verified: copy.verified, facts })
        : ruleCheck({ id: 'TST-5-COPY', kind: 'formality', status: 'not_met', legalBasis: copy.legalBasis, verified: copy.verified, facts, toChange: true }),
    );
  }
  return checks;
}

/** FD 2008/909 Art. 6: consent is not needed for the state of nationality where the person lives, will be deported to, or fled to. */
function euConsent(custody: Custody, state: string, instrument: TransferInstrumentData): ConsentAssessment {
  const consent = custody.consent?.status ?? null;
  const facts = {
    consent,
    expulsionOrder: custody.expulsionOrder !== undefined,
    fledToStateOfNationality: custody.fledToStateOfNationality ?? null,
    habituallyResidentInBelgiumAtArrest: custody.habituallyResidentInBelgiumAtArrest ?? null,
  };
  const rule = instrument.withoutConsent[0];
  const legalBasis = rule?.legalBasis ?? instrument.legalBasis;
  if (consent === 'given') {
    return {
      checks: [
        ruleCheck({ id: 'TST-EU-4', kind: 'condition', status: 'met', variant: 'consent', legalBasis: 'FD 2008/909/JHA Art. 6(1)', verified: true, facts }),
      ],
      instrument,
      withoutConsent: false,
      viaFlight: false,
    };
  }
  if (custody.expulsionOrder || custody.fledToStateOfNationality === true) {
    return {
      checks: [
        ruleCheck({
          id: 'TST-EU-4',
          kind: 'condition',
          status: 'met',
          variant: custody.expulsionOrder ? 'deported' : 'fled',
          legalBasis,
          verified: true,
          facts,
          params: { state },
        }),
      ],
      instrument,
      withoutConsent: true,
      viaFlight: custody.expulsionOrder === undefined,
    };
  }
  const livesElsewhere = custody.habituallyResidentInBelgiumAtArrest === true;
  return {
    checks: [
      ruleCheck({
        id: 'TST-EU-4',
        kind: 'condition',
        status: livesElsewhere && consent === 'refused' ? 'not_met' : 'unknown',
        legalBasis,
        verified: true,
        facts,
        params: { state },
        toChange: true,
      }),
    ],
    instrument,
    withoutConsent: null,
    viaFlight: false,
  };
}

function noCustodyAssessment(asOf: CalendarDate): TransferEligibility {
  const checks = [
    ruleCheck({ id: 'TST-0', kind: 'condition', status: 'not_met', legalBasis: 'ETS 112 Art. 2', verified: true, facts: { custody: false }, toChange: true }),
  ];
  return {
    subject: 'sentence_transfer',
    verdict: verdictOf(checks),
    basis: null,
    checks,
    assessedOn: asOf,
    ...assessmentSummary('rules.transfer.summary.noCustody'),
    administeringState: null,
    withoutConsent: null,
    modelInstrument: null,
    alternatives: [],
  };
}

function summaryOf(
  verdict: Verdict,
  state: string,
  basis: (AppliedBasis & { id: TransferInstrumentData['id'] }) | null,
): Pick<Assessment, 'summary' | 'summaryKey' | 'summaryParams'> {
  if (!basis) return assessmentSummary(verdict === 'needs_review' ? 'rules.transfer.summary.verifyParties' : 'rules.transfer.summary.noRoute', { state });
  return assessmentSummary(`rules.transfer.summary.${verdict}`, { state, instrument: term('instrument', basis.id) });
}

function assessForState(caseFile: CaseFile, custody: Custody, state: string, nationality: Nationality | null, asOf: CalendarDate): TransferEligibility {
  const statelessResident = nationality === null;
  const route = transferRouteFor(state, asOf);
  const transfer = transferRecordFor(caseFile, state);
  const checks: RuleCheck[] = [nationalityCheck(nationality, state, statelessResident, route.kind !== 'none')];
  let consent: ConsentAssessment;
  if (route.kind === 'none') {
    const unchecked = route.notFoundIn;
    checks.push(
      unchecked.length > 0
        ? ruleCheck({
            id: 'TST-7',
            kind: 'condition',
            status: 'unknown',
            variant: 'not_found_verify',
            legalBasis: unchecked.map((instrument) => instrument.partyListSource).join('; '),
            verified: false,
            facts: { state, listsNotComplete: unchecked.map((instrument) => instrument.id).join(', ') },
            params: {
              state,
              instruments: terms(
                'instrument',
                unchecked.map((instrument) => instrument.id),
              ),
            },
            toChange: true,
          })
        : ruleCheck({
            id: 'TST-7',
            kind: 'condition',
            status: 'not_met',
            variant: 'no_instrument',
            legalBasis: 'ETS 112, ETS 167 (party lists checked), bilateral agreements of Belgium, FD 2008/909/JHA (CETS 222 is not in force)',
            verified: true,
            facts: { state },
            params: { state },
            toChange: true,
          }),
    );
    const verdict = verdictOf(checks);
    return {
      subject: 'sentence_transfer',
      verdict,
      basis: null,
      checks,
      assessedOn: asOf,
      ...summaryOf(verdict, state, null),
      administeringState: state,
      withoutConsent: null,
      modelInstrument: null,
      alternatives: [],
    };
  }
  if (route.kind === 'eu') {
    checks.push(
      ruleCheck({
        id: 'TST-EU',
        kind: 'info',
        status: 'met',
        legalBasis: 'FD 2008/909/JHA Art. 26; Belgian law of 15 May 2012',
        verified: true,
        facts: { state, euMember: true },
        params: { state },
      }),
    );
    checks.push(finalityCheck(custody, 'FD 2008/909/JHA Art. 1(a)'));
    consent = euConsent(custody, state, route.instrument);
    checks.push(...consent.checks);
    if (consent.withoutConsent) checks.push(...withoutConsentFormalities(custody, route.instrument, consent.viaFlight));
    checks.push(remainderCheck(custody, route.instrument, transfer, asOf, 'warning'));
    checks.push(dualCriminalityCheck(custody, route.instrument));
  } else {
    consent = treatyConsent(custody, state, route.withConsent, route.withoutConsent);
    const instrument = consent.instrument ?? route.withConsent ?? route.withoutConsent ?? ets112;
    const inForce = [route.withConsent, route.withoutConsent]
      .filter((candidate): candidate is TransferInstrumentData => candidate !== null)
      .filter((candidate, index, all) => all.indexOf(candidate) === index);
    // Met only if the instrument and both states' party records are read in a source and dated: otherwise needs review.
    const partiesVerified = inForce.every(
      (candidate) =>
        candidate.inForceVerified &&
        [BELGIUM, state].every((party) => {
          const record = candidate.parties.find((entry) => entry.country === party);
          return record !== undefined && partyConfirmed(record);
        }),
    );
    const routeFacts = { state, withConsentInstrument: route.withConsent?.id ?? null, withoutConsentInstrument: route.withoutConsent?.id ?? null };
    const routeParams = {
      state,
      instruments: terms(
        'instrument',
        inForce.map((candidate) => candidate.id),
      ),
    };
    checks.push(
      partiesVerified
        ? ruleCheck({ id: 'TST-7', kind: 'info', status: 'met', legalBasis: instrument.legalBasis, verified: true, facts: routeFacts, params: routeParams })
        : ruleCheck({
            id: 'TST-7',
            kind: 'condition',
            status: 'unknown',
            variant: 'party_unconfirmed',
            legalBasis: instrument.legalBasis,
            verified: false,
            facts: routeFacts,
            params: routeParams,
            toChange: true,
          }),
    );
    checks.push(finalityCheck(custody, 'ETS 112 Art. 3(1)(b)'));
    checks.push(remainderCheck(custody, instrument, transfer, asOf, 'condition'));
    checks.push(...consent.checks);
    if (
      consent.withoutConsent &&
      consent.instrument &&
      allowsWithoutConsent(consent.instrument, consent.viaFlight ? 'fled_to_state_of_nationality' : 'expulsion_order')
    ) {
      checks.push(...withoutConsentFormalities(custody, consent.instrument, consent.viaFlight));
    }
    checks.push(dualCriminalityCheck(custody, instrument));
  }
  const instrument = consent.instrument ?? (route.kind === 'eu' ? route.instrument : (route.withConsent ?? route.withoutConsent ?? ets112));
  checks.push(statesAgreementCheck(transfer, instrument));
  const verdict = verdictOf(checks);
  const basis = basisOf(instrument);
  return {
    subject: 'sentence_transfer',
    verdict,
    basis,
    checks,
    assessedOn: asOf,
    ...summaryOf(verdict, state, basis),
    administeringState: state,
    withoutConsent: consent.withoutConsent,
    modelInstrument: modelInstrumentOf(instrument, consent.viaFlight),
    alternatives: [],
  };
}

const verdictRank: Record<Verdict, number> = { eligible: 2, needs_review: 1, not_eligible: 0 };

/**
 * Can the sentence be transferred to the person's state of nationality, and under which
 * instrument? Follows domain.md §5(c) TST-1…TST-7 and TST-EU: FD 2008/909 for EU
 * nationals; the Belgium–Albania agreement (2010) and the Belgium–Kosovo convention (2010);
 * otherwise ETS 112, and ETS 167 without consent subject to Belgium's declaration. Each
 * nationality is assessed; the best outcome leads and the others are `alternatives`.
 */
export function assessTransferEligibility(caseFile: CaseFile, asOf: CalendarDate): TransferEligibility {
  const custody = caseFile.custody;
  if (!custody) return noCustodyAssessment(asOf);
  const candidates: { state: string; nationality: Nationality | null }[] = foreignNationalities(caseFile).map((nationality) => ({
    state: nationality.country,
    nationality,
  }));
  // Albania counts stateless permanent residents as nationals (its declaration on ETS 112).
  const residence = caseFile.person.permanentResidenceCountry;
  if (caseFile.person.stateless && residence && !candidates.some((candidate) => candidate.state === residence)) {
    const declares = Object.values(transferInstruments).some((instrument) =>
      instrument.parties.some((party) => party.country === residence && party.nationalIncludesStatelessPermanentResidents === true),
    );
    if (declares) candidates.push({ state: residence, nationality: null });
  }
  if (candidates.length === 0) {
    const checks = [
      ruleCheck({
        id: 'TST-1',
        kind: 'condition',
        status: 'unknown',
        variant: 'none',
        legalBasis: 'ETS 112 Art. 3(1)(a)',
        verified: true,
        facts: { nationalities: 0, stateless: caseFile.person.stateless },
        toChange: true,
      }),
    ];
    return {
      subject: 'sentence_transfer',
      verdict: verdictOf(checks),
      basis: null,
      checks,
      assessedOn: asOf,
      ...assessmentSummary('rules.transfer.summary.nationalityUnknown'),
      administeringState: null,
      withoutConsent: null,
      modelInstrument: null,
      alternatives: [],
    };
  }
  const assessed = candidates.map((candidate) => assessForState(caseFile, custody, candidate.state, candidate.nationality, asOf));
  const ranked = [...assessed].sort((a, b) => verdictRank[b.verdict] - verdictRank[a.verdict]);
  const [best, ...others] = ranked;
  if (!best) return noCustodyAssessment(asOf);
  return { ...best, alternatives: others };
}
