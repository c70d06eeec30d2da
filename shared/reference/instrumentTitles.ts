import type { DublinRegimeId } from './dublinTransferWindows';
import type { ReadmissionAgreementId } from './readmissionAgreements';
import type { TransferInstrumentId } from './transferInstruments';

/** Every legal instrument the rules name: transfer instruments, readmission agreements, Dublin regimes. */
export type InstrumentId = TransferInstrumentId | ReadmissionAgreementId | DublinRegimeId;

/** The languages of the interface. */
export type TitleLanguage = 'en' | 'fr' | 'nl' | 'sq';

/**
 * An instrument's title in each interface language. `official` lists the languages whose
 * title is the instrument's official one (an authentic text or an official translation:
 * the Council of Europe's English and French, the Belgian and Dutch official Dutch, the
 * EU's language versions); the others are faithful working translations.
 */
export interface LocalisedTitle {
  titles: Readonly<Record<TitleLanguage, string>>;
  official: readonly TitleLanguage[];
}

export const instrumentTitles: Readonly<Record<InstrumentId, LocalisedTitle>> = {
  ets_112: {
    titles: {
      en: 'Convention on the Transfer of Sentenced Persons (ETS No. 112)',
      fr: 'Convention sur le transfèrement des personnes condamnées (STE n° 112)',
      nl: 'Verdrag inzake de overbrenging van gevonniste personen (ETS nr. 112)',
      sq: 'Konventa për transferimin e personave të dënuar (ETS nr. 112)',
    },
    official: ['en', 'fr', 'nl'],
  },
  ets_167: {
    titles: {
      en: 'Additional Protocol to the Convention on the Transfer of Sentenced Persons (ETS No. 167)',
      fr: 'Protocole additionnel à la Convention sur le transfèrement des personnes condamnées (STE n° 167)',
      nl: 'Aanvullend Protocol bij het Verdrag inzake de overbrenging van gevonniste personen (ETS nr. 167)',
      sq: 'Protokolli shtesë i Konventës për transferimin e personave të dënuar (ETS nr. 167)',
    },
    official: ['en', 'fr', 'nl'],
  },
  cets_222: {
    titles: {
      en: 'Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons (CETS No. 222)',
      fr: 'Protocole portant amendement au Protocole additionnel à la Convention sur le transfèrement des personnes condamnées (STCE n° 222)',
      nl: 'Protocol tot wijziging van het Aanvullend Protocol bij het Verdrag inzake de overbrenging van gevonniste personen (CETS nr. 222)',
      sq: 'Protokolli që ndryshon Protokollin shtesë të Konventës për transferimin e personave të dënuar (CETS nr. 222)',
    },
    official: ['en', 'fr', 'nl'],
  },
  be_al_2010: {
    titles: {
      en: 'Agreement between Belgium and Albania on the transfer of sentenced persons (Brussels, 29 July 2010)',
      fr: "Accord entre la Belgique et l'Albanie sur le transfèrement des personnes condamnées (Bruxelles, 29 juillet 2010)",
      nl: 'Overeenkomst tussen België en Albanië inzake de overbrenging van gevonniste personen (Brussel, 29 juli 2010)',
      sq: 'Marrëveshja ndërmjet Belgjikës dhe Shqipërisë për transferimin e personave të dënuar (Bruksel, 29 korrik 2010)',
    },
    official: [],
  },
  be_xk_2010: {
    titles: {
      en: 'Convention between Belgium and Kosovo on the transfer of sentenced persons (Brussels, 18 June 2010)',
      fr: 'Convention entre la Belgique et le Kosovo sur le transfèrement des personnes condamnées (Bruxelles, 18 juin 2010)',
      nl: 'Verdrag tussen België en Kosovo inzake de overbrenging van gevonniste personen (Brussel, 18 juni 2010)',
      sq: 'Konventa ndërmjet Belgjikës dhe Kosovës për transferimin e personave të dënuar (Bruksel, 18 qershor 2010)',
    },
    official: [],
  },
  be_br_2009: {
    titles: {
      en: 'Convention between Belgium and Brazil on the transfer of sentenced persons (Brussels, 4 October 2009)',
      fr: 'Convention entre la Belgique et le Brésil sur le transfèrement des personnes condamnées (Bruxelles, 4 octobre 2009)',
      nl: 'Verdrag tussen België en Brazilië inzake de overbrenging van gevonniste personen (Brussel, 4 oktober 2009)',
      sq: 'Konventa ndërmjet Belgjikës dhe Brazilit për transferimin e personave të dënuar (Bruksel, 4 tetor 2009)',
    },
    official: [],
  },
  fd_2008_909: {
    titles: {
      en: 'Council Framework Decision 2008/909/JHA (mutual recognition of custodial sentences)',
      fr: 'Décision-cadre 2008/909/JAI du Conseil (reconnaissance mutuelle des peines privatives de liberté)',
      nl: 'Kaderbesluit 2008/909/JBZ van de Raad (wederzijdse erkenning van vrijheidsstraffen)',
      sq: 'Vendimi kuadër 2008/909/DPB i Këshillit (njohja e ndërsjellë e dënimeve me heqje lirie)',
    },
    official: ['en', 'fr', 'nl'],
  },
  eu_albania: {
    titles: {
      en: 'Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation',
      fr: "Accord entre la Communauté européenne et la République d'Albanie concernant la réadmission des personnes en séjour irrégulier",
      nl: 'Overeenkomst tussen de Europese Gemeenschap en de Republiek Albanië inzake de overname van personen die zonder vergunning op het grondgebied verblijven',
      sq: 'Marrëveshja ndërmjet Komunitetit Evropian dhe Republikës së Shqipërisë për ripranimin e personave që qëndrojnë pa autorizim',
    },
    official: ['en', 'fr', 'nl'],
  },
  benelux_kosovo: {
    titles: {
      en: 'Agreement between the Benelux States and Kosovo on the readmission of persons residing without authorisation',
      fr: 'Accord entre les États du Benelux et le Kosovo concernant la réadmission des personnes en séjour irrégulier',
      nl: 'Overeenkomst tussen de Benelux-Staten en Kosovo inzake de overname van personen die zonder vergunning verblijven',
      sq: 'Marrëveshja ndërmjet shteteve të Beneluksit dhe Kosovës për ripranimin e personave që qëndrojnë pa autorizim',
    },
    official: [],
  },
  dublin_iii: {
    titles: {
      en: 'Regulation (EU) No 604/2013 (Dublin III)',
      fr: 'Règlement (UE) n° 604/2013 (Dublin III)',
      nl: 'Verordening (EU) nr. 604/2013 (Dublin III)',
      sq: 'Rregullorja (BE) nr. 604/2013 (Dublini III)',
    },
    official: ['en', 'fr', 'nl'],
  },
  ammr_2024_1351: {
    titles: {
      en: 'Regulation (EU) 2024/1351 on asylum and migration management',
      fr: "Règlement (UE) 2024/1351 relatif à la gestion de l'asile et de la migration",
      nl: 'Verordening (EU) 2024/1351 betreffende asiel- en migratiebeheer',
      sq: 'Rregullorja (BE) 2024/1351 për menaxhimin e azilit dhe të migracionit',
    },
    official: ['en', 'fr', 'nl'],
  },
};

/** The English title of each instrument, as the explanation catalogue's `instrument` terms. */
export function englishInstrumentTitles(): Record<InstrumentId, string> {
  const entries = Object.entries(instrumentTitles) as [InstrumentId, LocalisedTitle][];
  return Object.fromEntries(entries.map(([id, title]) => [id, title.titles.en])) as Record<InstrumentId, string>;
}
