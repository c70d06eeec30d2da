import type { CaseFile, SentenceTransfer, TransferInstrument } from '../../model';
import { transferInstruments, type TransferInstrumentData } from '../../reference';
import type { CaseGuard, UnmetCondition } from '../types';
import { unmet } from './condition';
import { describePeriod, periodEnd } from './legalCalendar';

/**
 * Conditions to request a transfer of a sentenced person (domain.md §5(c) TST-1…TST-6).
 * They read the instrument chosen on the case; shared/rules/assessTransferEligibility gives
 * the full explained assessment, this guard only blocks a request that cannot stand.
 */

const instrumentData: Readonly<Record<TransferInstrument, TransferInstrumentData>> = {
  ETS_112: transferInstruments.ets_112,
  ETS_167_ART_2: transferInstruments.ets_167,
  ETS_167_ART_3: transferInstruments.ets_167,
  BE_AL_2010: transferInstruments.be_al_2010,
  BE_XK_2010: transferInstruments.be_xk_2010,
  FD_2008_909: transferInstruments.fd_2008_909,
};

const ets112 = 'ETS 112 Art. 3(1)';

export function transferUnderAssessment(caseFile: CaseFile): SentenceTransfer | undefined {
  return caseFile.sentenceTransfers.find((transfer) => transfer.status === 'assessing');
}

export const transferRequestConditions: CaseGuard = {
  id: 'transfer_request_conditions',
  factual: true,
  check: ({ caseFile, today }) => {
    const failures: UnmetCondition[] = [];
    const transfer = transferUnderAssessment(caseFile);
    const custody = caseFile.custody;
    if (transfer === undefined) {
      failures.push(unmet('transfer_instrument_chosen', 'No transfer under assessment is recorded: choose the instrument (ETS 112, ETS 167, Belgium–Albania 2010, Belgium–Kosovo 2010, FD 2008/909) and the administering state.', 'domain.md §5(c) TST-7'));
    }
    if (custody === undefined) {
      failures.push(unmet('custody_recorded', 'No custody record: enter the judgment and the sentence.', ets112));
      return failures;
    }
    const data = transfer === undefined ? undefined : instrumentData[transfer.instrument];

    // TST-1: nationality of the administering state, proven.
    if (transfer !== undefined) {
      const proven = caseFile.nationalities.some((nationality) => nationality.country === transfer.administeringState && nationality.status === 'proven');
      const statelessResident = caseFile.person.stateless && caseFile.person.permanentResidenceCountry === transfer.administeringState && (data?.parties.some((party) => party.country === transfer.administeringState && party.nationalIncludesStatelessPermanentResidents === true) ?? false);
      if (!proven && !statelessResident) {
        failures.push(unmet('administering_state_nationality', `The person's nationality of ${transfer.administeringState} is not proven: record proof of nationality (e.g. an original passport).`, `${ets112}(a)`));
      }
    }
    // TST-2: final judgment. Unknown is not met.
    if (custody.judgmentFinal !== true) {
      failures.push(unmet('judgment_final', custody.judgmentFinal === undefined ? 'Whether the judgment is final is not recorded: check with the court registry and record it.' : 'The judgment is not final: a transfer can be requested once it is.', `${ets112}(b)`));
    }
    // TST-3: remaining sentence.
    const minimum = data?.minimumRemainingSentence ?? transferInstruments.ets_112.minimumRemainingSentence;
    if (custody.sentence === undefined) {
      failures.push(unmet('sentence_recorded', 'The sentence is not recorded: enter its length (or indeterminate) and the expected end date.', `${ets112}(c)`));
    } else if (custody.sentence.kind === 'determinate' && minimum !== null && custody.exceptionalShortRemainder === undefined) {
      if (custody.expectedEnd === undefined) {
        failures.push(unmet('sentence_recorded', 'The expected end of the sentence is not recorded: it is needed to check the minimum remaining sentence.', minimum.legalBasis));
      } else if (custody.expectedEnd < periodEnd(today, minimum)) {
        failures.push(unmet('remaining_sentence', `Less than ${describePeriod(minimum)} of the sentence remain (expected end ${custody.expectedEnd}): a transfer needs at least that much when the request is received, unless an exceptional shorter remainder is recorded.`, `${minimum.legalBasis}; ETS 112 Art. 3(2)`));
      }
    }
    // TST-4 / TST-5: consent, or a without-consent basis with the person's opinion on file.
    if (transfer !== undefined) {
      if (!transfer.withoutConsent) {
        if (custody.consent?.status !== 'given') {
          failures.push(unmet('consent', 'The person\'s consent is not recorded: record it, or choose a without-consent basis (ETS 167, Belgium–Albania 2010, Belgium–Kosovo 2010, FD 2008/909).', `${ets112}(d)`));
        }
      } else {
        if (data !== undefined && data.withoutConsent.length === 0) {
          failures.push(unmet('without_consent_basis', `${data.title} does not allow a transfer without consent.`, data.legalBasis));
        }
        if (transfer.instrument === 'ETS_167_ART_2') {
          if (custody.fledToStateOfNationality !== true) failures.push(unmet('without_consent_basis', 'ETS 167 Art. 2 needs a person who fled to the state of nationality: this is not recorded.', 'ETS 167 Art. 2'));
        } else if (custody.expulsionOrder === undefined) {
          failures.push(unmet('expulsion_order', 'No expulsion or removal measure is recorded: a transfer without consent needs one.', 'ETS 167 Art. 3(1); Belgium–Albania agreement 2010; Belgium–Kosovo convention 2010; FD 2008/909 Art. 4(1)'));
        } else if (data?.expulsionMeasureCopyRequired?.value === true && !custody.expulsionOrder.copyOnFile) {
          failures.push(unmet('expulsion_order_copy', 'A copy of the expulsion or removal measure must be on file.', data.expulsionMeasureCopyRequired.legalBasis));
        }
        if (transfer.instrument === 'ETS_167_ART_3' && custody.habituallyResidentInBelgiumAtArrest !== false) {
          failures.push(unmet('belgian_declaration', custody.habituallyResidentInBelgiumAtArrest === true ? 'The person was habitually resident in Belgium when arrested: Belgium does not apply ETS 167 Art. 3 then.' : 'Whether the person was habitually resident in Belgium when arrested is not recorded: Belgium does not apply ETS 167 Art. 3 if so.', 'ETS 167 Art. 3; Belgian declaration'));
        }
        if (data?.opinionRequiredWithoutConsent?.value === true && custody.opinion === undefined) {
          failures.push(unmet('opinion_recorded', 'The person\'s opinion on the transfer is not recorded: hear the person and record a statement of their opinion.', data.opinionRequiredWithoutConsent.legalBasis));
        }
      }
    }
    // TST-6: dual criminality.
    if ((data?.dualCriminalityRequired.value ?? true) && custody.dualCriminality !== true) {
      failures.push(unmet('dual_criminality', custody.dualCriminality === undefined ? 'Dual criminality is not recorded: check that the acts are an offence in the administering state too.' : 'The acts are not an offence in the administering state: no transfer.', `${ets112}(e)`));
    }
    return failures;
  },
};

export const transferRequested: CaseGuard = {
  id: 'transfer_requested',
  factual: true,
  check: ({ caseFile }) =>
    caseFile.sentenceTransfers.some((transfer) => transfer.status === 'requested' || transfer.status === 'accepted')
      ? []
      : [unmet('transfer_requested', 'No transfer request is recorded as sent: the outcome can be recorded only for a request.', `${ets112}(f)`)],
};
