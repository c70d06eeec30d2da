/**
 * English messages of the workflow's unmet conditions (guards, input guards, scope and
 * four-eyes checks): what to record or do, in words a caseworker can act on. Keys are
 * `unmet.<message>`; several conditions may share a message.
 */
export const unmetMessages = {
  // Scope of every action (stage, role, four eyes)
  // The explanation shown on hover or focus of the "unverified" marker (terms.marker.unverified).
  'marker.unverified.explanation':
    'Not confirmed in the primary legal text: the value comes from a secondary source or practice and a jurist should check it before relying on it.',
  'unmet.known_action': '"{{action}}" is not an action of this version of the app.',
  'unmet.case_closed': 'The case is closed: a supervisor must reopen it first.',
  'unmet.stage': 'Not possible at the stage {{stage}}: this step applies at {{stages}}.',
  'unmet.role': 'Your role ({{role}}) cannot do this: it needs the role {{roles}}.',
  'unmet.role_trainer': 'Your role ({{role}}) cannot do this: it needs the role {{roles}} (trainers act on training cases only).',
  'unmet.already_pending': 'This action already awaits approval (proposed by {{proposer}}): approve, reject or withdraw it first.',
  'unmet.input_invalid': 'Fill in "{{field}}" correctly: {{problem}}.',
  'unmet.input_missing': 'Fill in "{{field}}": it is required.',
  'unmet.pending_approval_none': 'No action awaits approval on this case.',
  'unmet.pending_approval_not_found': 'This approval request was not found or has already been decided.',
  'unmet.not_proposer_all': 'You proposed every action awaiting approval here: another supervisor must decide (four eyes).',
  'unmet.not_proposer': 'You proposed this action: another supervisor must approve or reject it (four eyes).',
  'unmet.proposed_action_unknown': 'The proposed action "{{action}}" is unknown to this version of the app.',
  'unmet.own_pending_approval': 'You have no proposal awaiting approval on this case.',
  'unmet.own_approval': 'Only the proposer can withdraw a proposal; a supervisor can reject it.',

  // Dates given as input
  'unmet.date_not_future': 'The date cannot be in the future.',
  'unmet.consent_date_not_future': 'The date of consent cannot be in the future.',
  'unmet.departure_not_future': 'The departure cannot be in the future: confirm it once the person has left.',
  'unmet.decided_on_not_future': 'The decision date cannot be in the future.',
  'unmet.notified_after_decided': 'The notification date cannot be before the decision date.',
  'unmet.detention_start_not_future': 'The start of detention cannot be in the future.',
  'unmet.release_not_future': 'The release date cannot be in the future.',
  'unmet.extension_in_future': 'The extension must end after today.',
  'unmet.departure_in_future': 'The scheduled departure must be in the future.',
  'unmet.refusal_not_future': 'The refusal cannot be in the future.',
  'unmet.transferred_on_not_future': 'The transfer date cannot be in the future.',
  'unmet.sent_on_not_future': 'The sending date cannot be in the future.',
  'unmet.received_after_sent': 'Receipt cannot be before sending.',
  'unmet.received_on_not_future': 'The receipt date cannot be in the future.',
  'unmet.reply_not_future': 'The reply date cannot be in the future.',
  'unmet.obstacle_dates': 'The obstacle cannot end before it starts.',
  'unmet.assessed_on_not_future': 'The assessment date cannot be in the future.',
  'unmet.valid_until_after_assessment': 'The assessment cannot expire before the date it was made.',
  'unmet.request_limit_own_national':
    'The time limit and its extension concern requests for third-country nationals and stateless persons; a request for a national of the requested state can be sent at any time.',
  'unmet.request_limit_not_extendable': 'This agreement does not extend the request limit for obstacles.',
  'unmet.departure_days_short_stay':
    'The person is not authorised to stay over three months (e.g. a rejected asylum seeker or an expired short stay): grant more than {{minimum}} and fewer than {{maximum}} days, with reasons (fewer than {{minimum}} only on a listed ground).',
  'unmet.sent_after_application': 'The request cannot be sent before the application was lodged.',
  'unmet.suspension_not_future': 'The suspension cannot start in the future.',

  // Identification
  'unmet.identity_recorded': 'No primary identity is recorded: enter the name the person uses (as declared or read from a document) and mark it primary.',
  'unmet.nationality_established':
    'No nationality is established: record proof (e.g. an original passport or identity card) or prima facie evidence (e.g. a copy, a birth certificate, a language test) and set the nationality to proven or prima facie.',

  // Status assessment and return decision
  'unmet.valid_permit_recorded': 'No valid residence permit is recorded as current: add it to the residence history with its decision reference.',
  'unmet.stays_illegally_status_unknown':
    'The current residence status is not recorded: add it to the residence history (irregular stay, rejected asylum application, expired short stay…).',
  'unmet.stays_illegally_valid_permit': 'The person holds a valid residence permit: no return decision can be issued while it lasts.',
  'unmet.stays_illegally_protection_pending': 'An application for international protection is pending: the person may remain until it is decided.',
  'unmet.dublin_request_recorded': 'No Dublin take-charge or take-back request is recorded: record the request to the responsible Member State first.',
  'unmet.in_custody': 'No current imprisonment is recorded: enter the custody record (prison, judgment, sentence).',

  // Voluntary departure
  'unmet.order_to_leave_recorded': 'No order to leave the territory is recorded: issue the return decision first.',
  'unmet.order_to_leave_notified': 'The notification date of the order to leave is not recorded: the departure period runs from notification.',
  'unmet.order_to_leave_notified_none': 'No notified order to leave the territory is recorded: the departure period runs from notification.',
  'unmet.departure_period_none_granted': 'The order grants no period for voluntary departure (0 days): prepare a forced return, or extend the period first.',
  'unmet.departure_period_known': 'The end of the voluntary departure period cannot be computed from the order on file.',
  'unmet.departure_period_ended':
    'The voluntary departure period ended on {{date}}: extend it (illness, return being organised) before preparing a voluntary return.',
  'unmet.no_period_reasoned':
    'The order grants no departure period but its ground (risk of absconding, public order, national security, fraud…) and reasoning are not recorded.',
  'unmet.departure_period_over': 'The voluntary departure period runs until {{date}}: forced return can be prepared from the day after.',
  'unmet.departure_days_maximum': 'The departure period cannot exceed {{days}} days at the outset; grant an extension later if needed.',
  'unmet.departure_days_reasoned': 'A period shorter than {{days}} days must be reasoned: write the reasoning.',
  'unmet.departure_days_ground':
    'A period under {{days}} days (or none) needs a ground: risk of absconding, breached preventive measure, public order, national security or fraud.',
  'unmet.voluntary_operation_recorded': 'No voluntary return operation is recorded: record the carrier and destination first.',

  // Detention
  'unmet.person_age_known':
    'The date of birth is not recorded: it is needed to rule out the detention of a minor (record an estimate after an age assessment if unknown).',
  'unmet.person_not_minor': 'The person is a minor: a minor may not be held in a closed centre.',
  'unmet.no_minor_children':
    'The person lives in Belgium with minor children ({{children}}): families with minor children may not be held in a closed centre; consider a family unit or another alternative.',
  'unmet.return_directive_ceiling':
    'The person has spent {{days}} days in detention for this return: the ceiling of {{amount}} {{unit}} is reached, counting all detention titles.',
  'unmet.return_directive_ceiling_extension':
    'The extension would bring the total detention for this return to {{days}} days, beyond the Return Directive ceiling ({{ceiling}} days).',
  'unmet.currently_detained': 'No running detention title is recorded.',
  'unmet.detention_maximum_reached': 'The detention title allows detention until {{date}}: use "release" for an earlier release.',
  'unmet.not_already_detained': 'A detention title is already running: extend it instead.',
  'unmet.dublin_detention_in_dublin': 'Dublin detention applies only in the Dublin procedure.',
  'unmet.detention_title_maximum': 'The extension goes past the legal maximum of this detention title ({{date}}): release the person by then.',
  'unmet.detention_title_maximum_public_order':
    'The extension goes past the legal maximum of this detention title ({{date}}, public-order ground): release the person by then.',

  // Removal
  'unmet.no_pending_suspensive_appeal': 'A suspensive appeal is pending ({{appeals}}): removal must wait for the judgment.',
  'unmet.no_pending_suspensive_appeal_resume': 'The suspensive appeal is still pending: record the judgment before resuming.',
  'unmet.forced_return_decided': 'No approved forced return decision is recorded: propose one and have it approved by a supervisor.',
  'unmet.non_refoulement_missing': 'No non-refoulement assessment for {{destination}} is recorded: assess the risk on return before removal.',
  'unmet.non_refoulement_risk_identified':
    'The non-refoulement assessment for {{destination}} of {{date}} found a real risk: removal to that country is not possible.',
  'unmet.non_refoulement_under_review':
    'The non-refoulement assessment for {{destination}} of {{date}} is still under review: removal to that country is not possible yet.',
  'unmet.non_refoulement_reasoning': 'Give the reasons: a risk found, or a review still open, must be explained on file.',
  'unmet.fitness_conditions': 'Say which conditions apply (medical needs, medication, a medical escort): "fit with conditions" needs them on file.',
  'unmet.fit_to_travel_missing': 'No fitness-to-travel assessment is recorded: ask the doctor for one.',
  'unmet.fit_to_travel_unfit': 'The doctor found the person unfit to travel on {{date}}.',
  'unmet.fit_to_travel_expired': 'The fitness-to-travel assessment expired on {{date}}: ask for a new one.',
  'unmet.travel_document_or_readmission':
    'No valid travel document for {{destination}} and no accepted readmission request: obtain a passport or laissez-passer, or a readmission acceptance.',
  'unmet.departure_recorded': 'The departure is not recorded: confirm the removal with its date and time first.',
  'unmet.departure_recorded_readmission': "The person's departure is not recorded.",

  // Dublin
  'unmet.dublin_accepted': 'No Dublin request is recorded as accepted: record the acceptance (explicit, or implicit after the reply period) and its date.',
  'unmet.dublin_window_ended': 'The transfer period ended on {{date}}: responsibility has passed to Belgium; record the expiry instead.',
  'unmet.dublin_procedure_open': 'No Dublin request is recorded as rejected or accepted with an expired transfer period: the Dublin procedure is still open.',
  'unmet.dublin_procedure_running':
    'The transfer period runs until {{date}}: the case can leave the Dublin procedure only after that date or after a rejection.',
  'unmet.dublin_transfer_after_window': 'The transfer date is after the end of the transfer period ({{date}}).',

  // Sentence transfer
  'unmet.transfer_under_assessment': 'No transfer under assessment is recorded: open the assessment with the instrument and the administering state.',
  'unmet.administering_state_nationality':
    'The person is not recorded as a national of {{state}} (nor as a stateless permanent resident that state counts as a national): record the nationality first, or choose a state of nationality.',
  'unmet.transfer_instrument': 'For a transfer to {{state}} the rules identify {{instrument}} as the basis: choose that instrument.',
  'unmet.transfer_without_consent_basis':
    "The rules find the transfer possible only without the person's consent (the person has not consented): mark it as without consent.",
  'unmet.transfer_with_consent_basis': 'The person consented: the transfer rests on the consent, not on a without-consent basis. Untick "without consent".',
  'unmet.transfer_requested': 'No transfer request is recorded as sent: the outcome can be recorded only for a request.',
  'unmet.refusal_reason': 'Record the reason the administering state gave for refusing.',

  // Readmission
  'unmet.readmission_request_exists': 'The readmission request was not found on this case.',
  'unmet.readmission_request_status': 'The readmission request is {{status}}; this step applies to a request that is {{statuses}}.',
  'unmet.no_request_to_change_evidence': 'No readmission request is {{statuses}}: evidence can be changed only before sending.',
  'unmet.no_request_to_send': 'No readmission request is {{statuses}}: draft a request first.',
  'unmet.no_request_to_receive': 'No readmission request is {{statuses}}: send the request first.',
  'unmet.no_request_for_reply': 'No readmission request is {{statuses}}: a reply can be recorded only for a sent request.',
  'unmet.no_request_to_deem_accepted': 'No readmission request is {{statuses}}: only a sent request without reply can be deemed accepted.',
  'unmet.no_request_for_travel_document': 'No readmission request is {{statuses}}: a travel document follows an acceptance.',
  'unmet.no_request_for_obstacle': 'No readmission request is {{statuses}}: obstacles extend the transfer period of an accepted request.',
  'unmet.no_request_to_execute': 'No readmission request is {{statuses}}: only an accepted request can be executed.',
  'unmet.no_request_with_window': 'No readmission request is {{statuses}}: only an accepted request has a transfer period.',
  'unmet.no_request_to_withdraw': 'No readmission request is {{statuses}}: there is no open request to withdraw.',
  'unmet.agreement_exists':
    'Belgium has no readmission agreement with {{state}} in the reference data: use another route (voluntary return, travel document from the consulate).',
  'unmet.agreement_unknown': 'The request names no agreement known to the reference data.',
  'unmet.accelerated_procedure': '{{agreement}} has no accelerated procedure.',
  'unmet.nationality_evidence': 'The nationality of {{state}} is not established by proof or prima facie evidence.',
  'unmet.evidence_on_file': 'Some evidence documents are not on this case file.',
  'unmet.request_attachments': 'The request lacks {{missing}}.',
  'unmet.request_evidence': 'Attach at least one document that is proof or prima facie evidence of nationality.',
  'unmet.third_country_national_limit_unknown':
    "Record when the office learned of the irregular stay: a request for a third-country national must be sent within the agreement's limit from that date.",
  'unmet.third_country_national_limit_passed':
    'The limit for a third-country national request ran out on {{date}} (irregular stay known since {{since}}): record the legal or factual obstacle that prevented a timely request, if there was one; the limit runs on while it lasts.',
  'unmet.rejection_reasons': 'Record the reasons given: a refusal must be reasoned; ask for them if missing.',
  'unmet.receipt_recorded': 'The date the requested state received the request is not recorded: the reply period runs from receipt.',
  'unmet.reply_period_running': 'The requested state may reply until {{date}}: the request is deemed accepted from the next day.',
  'unmet.no_timely_reply': 'The requested state replied on {{date}}, within the period: record that reply instead.',
  'unmet.silence_means_acceptance': 'The reply period ended on {{date}}, but under this agreement silence is not acceptance: remind the requested state.',
  'unmet.deemed_accepted_from': 'The request counts as accepted from {{date}}.',
  'unmet.acceptance_recorded': 'The acceptance date is not recorded: the transfer period runs from it.',
  'unmet.transfer_window_running': 'The transfer period runs until {{date}}.',
  'unmet.transfer_window_ended': 'The transfer period ended on {{date}}: record the expiry, or record an obstacle that extends it.',

  // Suspension, absconding, closure
  'unmet.resume_stage_known': 'The stage to resume is not recorded: a supervisor must reassess the case.',
  'unmet.closure_reason_removed': 'Use "Close as removed", which a supervisor approves (four eyes).',
  'unmet.closure_reason_early': 'At this stage a case can be closed only as deceased, duplicate, left without verification or other: choose the reason.',
  'unmet.closure_note': 'Explain in a note why the case is closed before its outcome.',
} as const;
