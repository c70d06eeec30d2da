/** English texts of the training workspace (i18next namespace `training`). */
export const trainingEn = {
  banner: 'TRAINING — fictitious data',
  load: {
    not_json: 'The file is not a JSON file.',
    wrong_format: 'The file is not an eRCMS case file (format ercms-case-file/1).',
    invalid: 'The file does not match the eRCMS case file format.',
    not_training: 'The file holds real cases. Only training cases can be loaded into the training workspace.',
    empty: 'The file holds no case.',
  },
  preset: {
    mixed: 'Mixed caseload (all stages and routes)',
    albanianPrisoners: '307 Albanian nationals in Belgian prisons, 253 of them without a right of residence',
    custodyAndTransfer: 'Prisoners of many nationalities (custody and transfer)',
  },
  scenario: {
    'albania-transfer-9-months': {
      title: 'Albanian prisoner, 9 months left: transfer without consent',
      story:
        'Ilir Hoxha, an Albanian national without a right of residence, serves a three-year sentence in Haren for drug trafficking. An order to leave bars his stay after release. Nine months of the sentence remain. He refuses a transfer: his brother lives in Ghent.',
      teachingPoint:
        'Albania is not a party to the Council of Europe Additional Protocol (ETS 167), so Belgium and Albania signed their own agreement in 2010: a sentenced person facing removal can be transferred without consent. His opinion must be recorded and a copy of the measure must be on file; at least six months must remain when Albania receives the request.',
    },
    'albania-transfer-4-months': {
      title: 'The same prisoner, 4 months left: not eligible',
      story: 'The same case, but only four months of the sentence remain. He has a valid Albanian identity card but no passport.',
      teachingPoint:
        'Under six months remaining, the transfer conditions are not met. The caseworker prepares the return at release instead: a complete readmission request to Albania (form, photo, fingerprints, document copies) so that the travel document is ready on the day he leaves prison.',
    },
    'kosovo-transfer': {
      title: 'Kosovo national in a Belgian prison',
      story:
        'Blerim Krasniqi, a Kosovo national from Gjakovë, serves three and a half years in Lantin for burglaries. He has an order to leave and refuses a transfer.',
      teachingPoint:
        'Kosovo is not a party to the Council of Europe conventions on the transfer of sentenced persons. The Belgium–Kosovo convention of 18 June 2010 applies instead, with or without consent. Its exact date of entry into force is still to be confirmed, so the app asks for review rather than saying "eligible".',
    },
    'prison-capacity-abroad': {
      title: 'Prison capacity abroad: a policy model only',
      story:
        'Youssef El Amrani, a Moroccan national, serves four years in Marche-en-Famenne for robbery with violence and has an order to leave. The ministry asks which prisoners would fit a prison-capacity-abroad arrangement like Denmark’s lease in Kosovo.',
      teachingPoint:
        'The app can show whether a person fits the profile of the Denmark–Kosovo model (non-EU national, final sentence, expulsion order, no terrorism or war crimes, no serious mental disorder), but Belgium has no legal basis for it: the result is labelled as a policy model, never as a legal route.',
    },
    'voluntary-return-tiers': {
      title: 'Voluntary return with IOM: two reintegration tiers',
      story:
        'Two rejected asylum seekers chose to go home after IOM counselling: Mirela Çela from Elbasan (Albania) and Mamadou Saliou Camara from Kindia (Guinea). Their departure period was extended while IOM books the journey.',
      teachingPoint:
        'Both get an organised return. Nationals of the visa-free Western Balkans receive IOM administrative assistance only; nationals of a visa-required country such as Guinea receive reintegration support.',
    },
    'forced-return-detention': {
      title: 'Irregular stay: from order to leave to removal',
      story:
        'Giorgi Beridze, a Georgian national, did not leave within the 30 days of his order to leave. He was found working without a permit, a forced return to Georgia was decided and he is held in the closed centre of Vottem.',
      teachingPoint:
        'Once the departure period has run out, forced return can be prepared. Detention in a closed centre lasts 2 months, can be extended by 2 months and then by 1 by the Minister, and ends after 5 months. Removal needs non-refoulement cleared, no suspensive appeal, a fitness-to-travel check and a travel document.',
    },
    'family-with-minor': {
      title: 'A family with a minor child: no detention',
      story:
        'Drita Gashi from Ferizaj (Kosovo) and her son Arbër, aged six, did not leave after her asylum application was rejected. The departure period has ended.',
      teachingPoint:
        'A family with minor children is never held in a closed centre. The alternatives are ICAM coaching, a family unit (return home) and voluntary return; the child’s best interests are assessed before any removal.',
    },
    'dublin-transfer': {
      title: 'Dublin: the 6-month transfer window',
      story: 'Farid Ahmadi applied for asylum in Belgium; Eurodac shows an earlier application in Germany. Germany accepted the take-back request.',
      teachingPoint:
        'The transfer must take place within 6 months of acceptance (or of the final decision on a suspensive appeal); otherwise Belgium becomes responsible. Imprisonment or absconding extends the window.',
    },
    'protection-other-member-state': {
      title: 'Protection in another EU state: not Dublin',
      story: 'Yonas Tesfay, an Eritrean national, was recognised as a refugee in Italy and then applied again in Belgium.',
      teachingPoint:
        'A person who already has protection in another Member State is not a Dublin case: the new application is inadmissible and the return goes to that Member State under the Return Directive.',
    },
    'readmission-deemed-accepted': {
      title: 'Readmission to Albania: silence means acceptance',
      story: 'Ermal Dervishi from Fier has only a copy of an expired Albanian identity card. The readmission request reached Albania three days ago.',
      teachingPoint:
        'Albania must reply within 14 calendar days of receipt. Without a reply the request counts as accepted, and the transfer must then take place within 3 months (extended while a legal or practical obstacle lasts).',
    },
  },
  walkthrough: {
    'albania-transfer-9-months': {
      custody: 'Final judgment, three-year sentence: nine months remain, more than the six months required when Albania receives the request.',
      noConsent:
        'He refuses the transfer. Consent is not needed here: the sentence comes with an order to leave, and the Belgium–Albania agreement allows transfer without consent in that case.',
      verdict: 'The verdict: eligible for transfer without consent under the Belgium–Albania agreement of 2010.',
      opinion: 'Without consent, his opinion must be heard and written down, and a copy of the order to leave must be on file: both are here.',
      request: 'Send the request to Albania. Both states must agree before the transfer.',
    },
    'albania-transfer-4-months': {
      remainder: 'Only four months of the sentence remain.',
      verdict: 'Not eligible: less than six months would remain when Albania receives the request.',
      readmission: 'Instead, prepare the return at release: the readmission request to Albania is complete and can be sent before release.',
      send: 'Send the readmission request in time so that the travel document is ready on the day of release.',
    },
    'kosovo-transfer': {
      notCoe: 'Kosovo is not a member of the Council of Europe and not a party to its transfer conventions.',
      convention:
        'The route is the Belgium–Kosovo convention of 2010, which allows transfer without consent. The app asks for review because the date of entry into force is not yet confirmed in the reference data.',
      review: 'A lawyer confirms the entry into force; then the verdict can become eligible.',
      request: 'Once confirmed, the request goes to the Kosovo Ministry of Justice.',
    },
    'prison-capacity-abroad': {
      profile: 'The profile check of the prison-capacity-abroad model: it needs review, because the absence of a serious mental disorder is not recorded.',
      noLegalBasis: 'Point out the label: this is a policy model with no Belgian legal basis. It never counts as a legal route.',
      transfer: 'The legal routes are assessed separately: for Morocco the transfer needs review (nationality not proven, treaty status to verify).',
    },
    'voluntary-return-tiers': {
      counselling: 'After IOM counselling she consented to return; with a valid passport the voluntary return is ready.',
      westernBalkans: 'Albania is a visa-free Western Balkans country: IOM administrative assistance only, no regular reintegration.',
      visaRequired: 'Guinea is a visa-required country: he receives reintegration support.',
      extended: 'The departure period was extended while IOM organises the journey.',
      departed: 'When IOM confirms the departure, record it here.',
    },
    'forced-return-detention': {
      periodOver: 'The 30-day voluntary departure period has ended without departure.',
      detained: 'Forced return was decided and he is detained; the detention decision records the ground and why alternatives did not suffice.',
      twoMonths: 'The first detention title of 2 months ends soon: extend it or release him.',
      extend: 'An extension of 2 months by the Immigration Office, then 1 month by the Minister.',
      fiveMonths: 'Move the clock forward 70 days: the 5-month maximum comes close. After it he must be released.',
      removable: 'Removal is possible: non-refoulement cleared, fitness to travel checked, valid passport, no suspensive appeal.',
      schedule: 'Schedule the flight to Tbilisi.',
      close: 'After the removal, close the case as removed.',
    },
    'family-with-minor': {
      family: 'She travels with her six-year-old son; his best interests were assessed.',
      noDetention: 'Detention is refused: a family with minor children is never held in a closed centre.',
      alternatives: 'The alternatives: ICAM coaching, a family unit (return home), and voluntary return.',
      forced: 'A forced return still needs a fitness-to-travel check before removal.',
    },
    'dublin-transfer': {
      eurodac: 'Eurodac shows an earlier application in Germany.',
      accepted: 'Germany accepted the take-back request: the Dublin transfer can go ahead.',
      window: 'The transfer window runs 6 months from acceptance; after it, Belgium becomes responsible.',
      transfer: 'Confirm the transfer when it has taken place.',
    },
    'protection-other-member-state': {
      protected: 'He was recognised as a refugee in Italy.',
      notDublin: 'This is not a Dublin case: there is no Dublin request.',
      returnThere: 'The return goes to Italy, the Member State that granted protection.',
    },
    'readmission-deemed-accepted': {
      request: 'The request reached Albania three days ago; no reply yet.',
      replyDeadline: 'Albania has 14 calendar days from receipt to reply.',
      moveClock: 'Move the clock forward 15 days: without a reply, the request now counts as accepted.',
      transferWindow: 'From the deemed acceptance, the transfer must take place within 3 months.',
      mark: 'Record the deemed acceptance; the return can be organised.',
    },
  },
};

export type TrainingCatalogue = typeof trainingEn;
