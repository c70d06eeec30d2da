import { instrumentTitles, type TitleLanguage } from '../reference/instrumentTitles';

/**
 * Legal bases are written once, in English, where the rule is (reference data, guards,
 * actions), and stored as such in the audit trail. The screen shows them in the reader's
 * language: this turns a citation into French, Dutch or Albanian. Instrument titles come
 * from the reference titles (instrumentTitles), the rest from the tables below: the names
 * of the instruments as each language cites them (official abbreviations: STE/ETS, CE/EG,
 * JAI/JBZ, CEDH/EVRM), article words, and the short comments some bases carry.
 * A citation not listed keeps its English words for what is not in the tables; the
 * citation test lists every basis of shared/ and fails on any English word left over.
 */

type Translations = readonly [en: string, fr: string, nl: string, sq: string];

/** Whole bases and comments, longest first (a longer phrase is replaced before its parts). */
const phrases: readonly Translations[] = [
  [
    'Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons',
    'Protocole portant amendement au Protocole additionnel à la Convention sur le transfèrement des personnes condamnées',
    'Protocol tot wijziging van het Aanvullend Protocol bij het Verdrag inzake de overbrenging van gevonniste personen',
    'Protokolli që ndryshon Protokollin shtesë të Konventës për transferimin e personave të dënuar',
  ],
  [
    'Additional Protocol to the Convention on the Transfer of Sentenced Persons',
    'Protocole additionnel à la Convention sur le transfèrement des personnes condamnées',
    'Aanvullend Protocol bij het Verdrag inzake de overbrenging van gevonniste personen',
    'Protokolli shtesë i Konventës për transferimin e personave të dënuar',
  ],
  [
    'Convention on the Transfer of Sentenced Persons',
    'Convention sur le transfèrement des personnes condamnées',
    'Verdrag inzake de overbrenging van gevonniste personen',
    'Konventa për transferimin e personave të dënuar',
  ],
  [
    'Convention between Belgium and Kosovo on the transfer of sentenced persons (Brussels,',
    'Convention entre la Belgique et le Kosovo sur le transfèrement des personnes condamnées (Bruxelles,',
    'Verdrag tussen België en Kosovo inzake de overbrenging van gevonniste personen (Brussel,',
    'Konventa ndërmjet Belgjikës dhe Kosovës për transferimin e personave të dënuar (Bruksel,',
  ],
  [
    'Convention between Belgium and Brazil on the transfer of sentenced persons (Brussels,',
    'Convention entre la Belgique et le Brésil sur le transfèrement des personnes condamnées (Bruxelles,',
    'Verdrag tussen België en Brazilië inzake de overbrenging van gevonniste personen (Brussel,',
    'Konventa ndërmjet Belgjikës dhe Brazilit për transferimin e personave të dënuar (Bruksel,',
  ],
  ['Strasbourg', 'Strasbourg', 'Straatsburg', 'Strasburg'],
  [
    ': transfer without consent where the sentence carries an expulsion or removal measure or any measure barring stay after release',
    " : transfèrement sans consentement lorsque la peine est assortie d'une mesure d'expulsion ou d'éloignement ou de toute mesure interdisant le séjour après la libération",
    ': overbrenging zonder instemming wanneer aan de straf een uitzettings- of verwijderingsmaatregel of een maatregel die verblijf na de invrijheidstelling verbiedt, verbonden is',
    ': transferim pa pëlqim kur dënimi shoqërohet me një masë dëbimi ose largimi ose me çdo masë që ndalon qëndrimin pas lirimit',
  ],
  [
    ": the person's opinion is taken into account (not binding) and a statement of it is on file",
    " : l'avis de la personne est pris en compte (sans lier) et une déclaration de celui-ci figure au dossier",
    ': met de mening van de persoon wordt rekening gehouden (niet bindend) en een verklaring ervan zit in het dossier',
    ': mendimi i personit merret parasysh (jo detyrues) dhe një deklaratë e tij ndodhet në dosje',
  ],
  [
    ': a copy of the expulsion or removal measure is on file',
    " : une copie de la mesure d'expulsion ou d'éloignement figure au dossier",
    ': een afschrift van de uitzettings- of verwijderingsmaatregel zit in het dossier',
    ': një kopje e masës së dëbimit ose largimit ndodhet në dosje',
  ],
  [
    ": transfer at the sentenced person's request or with their express consent",
    ' : transfèrement à la demande de la personne condamnée ou avec son consentement exprès',
    ': overbrenging op verzoek van de gevonniste persoon of met diens uitdrukkelijke instemming',
    ': transferim me kërkesë të personit të dënuar ose me pëlqimin e tij të shprehur',
  ],
  [
    ': transfer with or without consent',
    ' : transfèrement avec ou sans consentement',
    ': overbrenging met of zonder instemming',
    ': transferim me ose pa pëlqim',
  ],
  [
    ': both states must agree to the transfer',
    ' : les deux États doivent consentir au transfèrement',
    ': beide staten moeten met de overbrenging instemmen',
    ': të dy shtetet duhet të pranojnë transferimin',
  ],
  [': its text and the act of assent', " : son texte et la loi d'assentiment", ': de tekst ervan en de instemmingswet', ': teksti i saj dhe akti i miratimit'],
  [
    'practice of the Dutch Repatriation and Departure Service',
    'pratique du service néerlandais Rapatriement et Départ',
    'praktijk van de Dienst Terugkeer en Vertrek',
    'praktika e Shërbimit holandez të Riatdhesimit dhe Largimit',
  ],
  ['Council Decision 2005/809/EC', 'Décision 2005/809/CE du Conseil', 'Besluit 2005/809/EG van de Raad', 'Vendimi 2005/809/KE i Këshillit'],
  ['OJ L ', 'JO L ', 'PB L ', 'GZ L '],
  [
    'Benelux–Albania implementing protocol of',
    "protocole d'application Benelux–Albanie du",
    'uitvoeringsprotocol Benelux–Albanië van',
    'protokolli zbatues Beneluks–Shqipëri i',
  ],
  [
    'Benelux–Kosovo implementing protocol of',
    "protocole d'application Benelux–Kosovo du",
    'uitvoeringsprotocol Benelux–Kosovo van',
    'protokolli zbatues Beneluks–Kosovë i',
  ],
  [
    ' on the mutual recognition of judgments in criminal matters imposing custodial sentences',
    " concernant l'application du principe de reconnaissance mutuelle aux jugements en matière pénale prononçant des peines privatives de liberté",
    ' inzake de toepassing van het beginsel van wederzijdse erkenning op strafvonnissen waarbij vrijheidsstraffen zijn opgelegd',
    ' për njohjen e ndërsjellë të vendimeve penale që japin dënime me heqje lirie',
  ],
  [
    'agreements associating Iceland and Norway (2001), Switzerland (2004) and Liechtenstein (protocol of 2008), and the agreement with Denmark (2006)',
    "accords d'association de l'Islande et de la Norvège (2001), de la Suisse (2004) et du Liechtenstein (protocole de 2008), et accord avec le Danemark (2006)",
    'associatieovereenkomsten met IJsland en Noorwegen (2001), Zwitserland (2004) en Liechtenstein (protocol van 2008), en de overeenkomst met Denemarken (2006)',
    'marrëveshjet e asociimit të Islandës dhe Norvegjisë (2001), Zvicrës (2004) dhe Lihtenshtajnit (protokolli i 2008), dhe marrëveshja me Danimarkën (2006)',
  ],
  ['Treaty on European Union', "Traité sur l'Union européenne", 'Verdrag betreffende de Europese Unie', 'Traktati për Bashkimin Evropian'],
  [
    '; Albania is not a party to ETS 167',
    " ; l'Albanie n'est pas partie au STE 167",
    '; Albanië is geen partij bij ETS 167',
    '; Shqipëria nuk është palë e ETS 167',
  ],
  ['(article not read)', '(article non lu)', '(artikel niet gelezen)', '(neni nuk është lexuar)'],
  ['(on the model of ', '(sur le modèle du ', '(naar het model van ', '(sipas modelit të '],
  [': acceptance by silence', ' : acceptation tacite', ': stilzwijgende aanvaarding', ': pranim në heshtje'],
  [
    'Office procedure of the Immigration Office: warn when 75 % of a period has elapsed or 7 days remain',
    "Procédure interne de l'Office des étrangers : avertir lorsque 75 % d'un délai est écoulé ou qu'il reste 7 jours",
    'Interne procedure van de Dienst Vreemdelingenzaken: waarschuwen wanneer 75 % van een termijn verstreken is of nog 7 dagen resten',
    'Procedurë e brendshme e Zyrës së Imigracionit: paralajmërim kur ka kaluar 75 % e një afati ose mbeten 7 ditë',
  ],
  [
    'Office procedure of the Immigration Office (internal rule, not a statute)',
    "Procédure interne de l'Office des étrangers (règle interne, non une loi)",
    'Interne procedure van de Dienst Vreemdelingenzaken (interne regel, geen wet)',
    'Procedurë e brendshme e Zyrës së Imigracionit (rregull i brendshëm, jo ligj)',
  ],
  [
    'office procedure of the Immigration Office (a transfer is requested after its assessment)',
    "procédure interne de l'Office des étrangers (un transfèrement est demandé après son évaluation)",
    'interne procedure van de Dienst Vreemdelingenzaken (een overbrenging wordt gevraagd na de beoordeling ervan)',
    'procedurë e brendshme e Zyrës së Imigracionit (transferimi kërkohet pas vlerësimit të tij)',
  ],
  [
    'Four-eyes principle of the Immigration Office (internal control)',
    "Principe des quatre yeux de l'Office des étrangers (contrôle interne)",
    'Vierogenprincipe van de Dienst Vreemdelingenzaken (interne controle)',
    'Parimi i katër syve i Zyrës së Imigracionit (kontroll i brendshëm)',
  ],
  [
    'The readmission agreement with the requested state (EU–Albania agreement; Benelux–Kosovo agreement) and its Benelux implementing protocol',
    "L'accord de réadmission avec l'État requis (accord UE–Albanie ; accord Benelux–Kosovo) et son protocole d'application Benelux",
    'De overnameovereenkomst met de aangezochte staat (overeenkomst EU–Albanië; overeenkomst Benelux–Kosovo) en haar Benelux-uitvoeringsprotocol',
    'Marrëveshja e ripranimit me shtetin e kërkuar (marrëveshja BE–Shqipëri; marrëveshja Beneluks–Kosovë) dhe protokolli i saj zbatues i Beneluksit',
  ],
  [
    'The readmission agreement with the requested state and its implementing protocol (request procedure)',
    "L'accord de réadmission avec l'État requis et son protocole d'application (procédure de demande)",
    'De overnameovereenkomst met de aangezochte staat en haar uitvoeringsprotocol (aanvraagprocedure)',
    'Marrëveshja e ripranimit me shtetin e kërkuar dhe protokolli i saj zbatues (procedura e kërkesës)',
  ],
  [
    'Prison capacity abroad: Denmark–Kosovo model (policy model, no Belgian legal basis)',
    "Capacité carcérale à l'étranger : modèle Danemark–Kosovo (modèle de politique, sans base légale belge)",
    'Gevangeniscapaciteit in het buitenland: model Denemarken–Kosovo (beleidsmodel, geen Belgische rechtsgrond)',
    'Kapacitet burgu jashtë vendit: modeli Danimarkë–Kosovë (model politikash, pa bazë ligjore belge)',
  ],
  [
    'Denmark–Kosovo agreement on the use of Gjilan prison (2022) — policy model only; no Belgian legal basis',
    "Accord Danemark–Kosovo sur l'utilisation de la prison de Gjilan (2022) — modèle de politique uniquement ; sans base légale belge",
    'Overeenkomst Denemarken–Kosovo over het gebruik van de gevangenis van Gjilan (2022) — enkel beleidsmodel; geen Belgische rechtsgrond',
    'Marrëveshja Danimarkë–Kosovë për përdorimin e burgut të Gjilanit (2022) — vetëm model politikash; pa bazë ligjore belge',
  ],
  [
    'Policy model: Denmark–Kosovo prison lease treaty (2022); no Belgian legal basis',
    'Modèle de politique : traité Danemark–Kosovo de location de places de prison (2022) ; sans base légale belge',
    'Beleidsmodel: verdrag Denemarken–Kosovo over de huur van gevangeniscapaciteit (2022); geen Belgische rechtsgrond',
    'Model politikash: traktati Danimarkë–Kosovë për dhënien me qira të burgut (2022); pa bazë ligjore belge',
  ],
  [
    'Law of 17 May 2006 on the external legal status of sentenced persons',
    'Loi du 17 mai 2006 relative au statut juridique externe des personnes condamnées',
    'Wet van 17 mei 2006 betreffende de externe rechtspositie van de veroordeelden',
    'Ligji i 17 majit 2006 për statusin juridik të jashtëm të personave të dënuar',
  ],
  [
    'Law of 4 January 1974 on public holidays; Royal Decree of 18 April 1974',
    'Loi du 4 janvier 1974 relative aux jours fériés ; arrêté royal du 18 avril 1974',
    'Wet van 4 januari 1974 betreffende de feestdagen; koninklijk besluit van 18 april 1974',
    'Ligji i 4 janarit 1974 për festat zyrtare; dekreti mbretëror i 18 prillit 1974',
  ],
  [
    'Belgian Civil Code Art. 388 (minor: under 18); UN Convention on the Rights of the Child Art. 1',
    "Code civil belge art. 388 (mineur : moins de 18 ans) ; Convention des Nations unies relative aux droits de l'enfant art. 1",
    'Belgisch Burgerlijk Wetboek art. 388 (minderjarige: jonger dan 18); VN-Verdrag inzake de rechten van het kind art. 1',
    'Kodi Civil belg neni 388 (i mitur: nën 18 vjeç); Konventa e OKB-së për të drejtat e fëmijës neni 1',
  ],
  [
    'Treaty on European Union Art. 52; accession treaties',
    "Traité sur l'Union européenne art. 52 ; traités d'adhésion",
    'Verdrag betreffende de Europese Unie art. 52; toetredingsverdragen',
    'Traktati për Bashkimin Evropian neni 52; traktatet e aderimit',
  ],
  [
    'Return Directive ceiling (all titles together)',
    'Plafond de la directive retour (tous les titres ensemble)',
    'Maximum van de Terugkeerrichtlijn (alle titels samen)',
    'Kufiri i Direktivës së Kthimit (të gjithë titujt së bashku)',
  ],
  ['Enforcement of a criminal sentence', "Exécution d'une peine", 'Tenuitvoerlegging van een straf', 'Ekzekutimi i një dënimi penal'],
  ['Judgment (sentence imposed)', 'Jugement (peine prononcée)', 'Vonnis (opgelegde straf)', 'Aktgjykimi (dënimi i dhënë)'],
  [
    'Reference data: readmission agreements',
    'Données de référence : accords de réadmission',
    'Referentiegegevens: overnameovereenkomsten',
    'Të dhëna reference: marrëveshjet e ripranimit',
  ],
  [
    'Kosovo is not a party to ETS 112 or ETS 167',
    "Le Kosovo n'est pas partie au STE 112 ni au STE 167",
    'Kosovo is geen partij bij ETS 112 of ETS 167',
    'Kosova nuk është palë e ETS 112 as e ETS 167',
  ],
  [
    'IOM Belgium "administrative assistance" for visa-free Western Balkan nationals',
    'OIM Belgique : « assistance administrative » pour les ressortissants des Balkans occidentaux exemptés de visa',
    'IOM België: "administratieve bijstand" voor visumvrije onderdanen van de Westelijke Balkan',
    'IOM Belgjikë: "ndihmë administrative" për shtetasit e Ballkanit Perëndimor pa viza',
  ],
  [
    'Fedasil reintegration programme: administrative assistance only for visa-free Western Balkans nationals',
    'Programme de réintégration de Fedasil : assistance administrative seulement pour les ressortissants des Balkans occidentaux exemptés de visa',
    'Re-integratieprogramma van Fedasil: enkel administratieve bijstand voor visumvrije onderdanen van de Westelijke Balkan',
    'Programi i riintegrimit i Fedasil: vetëm ndihmë administrative për shtetasit e Ballkanit Perëndimor pa viza',
  ],
  [
    'Fedasil reintegration programme: reintegration support for visa-required nationalities',
    'Programme de réintégration de Fedasil : aide à la réintégration pour les nationalités soumises au visa',
    'Re-integratieprogramma van Fedasil: re-integratiesteun voor visumplichtige nationaliteiten',
    'Programi i riintegrimit i Fedasil: mbështetje për riintegrim për shtetësitë me detyrim vize',
  ],
  [
    'higher grant for visa countries',
    'aide plus élevée pour les pays soumis au visa',
    'hogere steun voor visumplichtige landen',
    'ndihmë më e lartë për vendet me viza',
  ],
  ['Fedasil reintegration programme', 'Programme de réintégration de Fedasil', 'Re-integratieprogramma van Fedasil', 'Programi i riintegrimit i Fedasil'],
  [
    'Fedasil / IOM reintegration policy',
    'Politique de réintégration de Fedasil / OIM',
    'Re-integratiebeleid van Fedasil / IOM',
    'Politika e riintegrimit e Fedasil / IOM',
  ],
  [
    'Fedasil / IOM assisted voluntary return programme',
    "Programme de retour volontaire assisté de Fedasil / de l'OIM",
    'Programma voor begeleide vrijwillige terugkeer van Fedasil / IOM',
    'Programi i kthimit vullnetar të asistuar i Fedasil / IOM',
  ],
  [
    'Fedasil/IOM assisted voluntary return',
    'retour volontaire assisté Fedasil/OIM',
    'begeleide vrijwillige terugkeer Fedasil/IOM',
    'kthim vullnetar i asistuar Fedasil/IOM',
  ],
  [
    'Belgian law of 2024 on proactive return',
    'Loi belge de 2024 sur le retour proactif',
    'Belgische wet van 2024 over proactieve terugkeer',
    'Ligji belg i vitit 2024 për kthimin proaktiv',
  ],
  [
    'as amended by the Law of 2024 on proactive return',
    'tel que modifié par la loi de 2024 sur le retour proactif',
    'zoals gewijzigd bij de wet van 2024 over proactieve terugkeer',
    'siç është ndryshuar me ligjin e vitit 2024 për kthimin proaktiv',
  ],
  ['(family units); ICAM coaching', '(unités familiales) ; accompagnement ICAM', '(gezinnen); ICAM-coaching', '(njësitë familjare); udhëzim ICAM'],
  [
    '(Regulation (EU) 2024/1351 for applications from 1 July 2026)',
    '(Règlement (UE) 2024/1351 pour les demandes à partir du 1er juillet 2026)',
    '(Verordening (EU) 2024/1351 voor verzoeken vanaf 1 juli 2026)',
    '(Rregullorja (BE) 2024/1351 për kërkesat nga 1 korriku 2026)',
  ],
  ['(application from 1 July 2026)', '(application à partir du 1er juillet 2026)', '(van toepassing vanaf 1 juli 2026)', '(zbatohet nga 1 korriku 2026)'],
  [
    '(applications registered before that date: Regulation (EU) No 604/2013)',
    '(demandes enregistrées avant cette date : Règlement (UE) n° 604/2013)',
    '(vóór die datum geregistreerde verzoeken: Verordening (EU) nr. 604/2013)',
    '(kërkesat e regjistruara para kësaj date: Rregullorja (BE) nr. 604/2013)',
  ],
  [
    ' on asylum and migration management (AMMR)',
    " relatif à la gestion de l'asile et de la migration",
    ' betreffende asiel- en migratiebeheer',
    ' për menaxhimin e azilit dhe të migracionit',
  ],
  [
    '(not verified for offences outside the list of 32: Art. 7(3))',
    '(non vérifié pour les infractions hors de la liste des 32 : art. 7(3))',
    '(niet gecontroleerd voor strafbare feiten buiten de lijst van 32: art. 7(3))',
    '(e paverifikuar për veprat jashtë listës së 32-ve: neni 7(3))',
  ],
  [
    ': consent of the executing state only where Art. 4(1)(c) applies',
    " : consentement de l'État d'exécution seulement lorsque l'art. 4(1)(c) s'applique",
    ': instemming van de tenuitvoerleggingsstaat enkel wanneer art. 4(1)(c) van toepassing is',
    ': pëlqimi i shtetit ekzekutues vetëm kur zbatohet neni 4(1)(c)',
  ],
  [
    '(not in force; provisional application between declaring states only, Art. 5)',
    '(pas en vigueur ; application provisoire seulement entre les États déclarants, art. 5)',
    '(niet in werking; voorlopige toepassing enkel tussen verklarende staten, art. 5)',
    '(nuk është në fuqi; zbatim i përkohshëm vetëm ndërmjet shteteve deklaruese, neni 5)',
  ],
  [
    ', which the Belgium–Albania agreement of 2010 supplements',
    ", que complète l'accord Belgique–Albanie de 2010",
    ', aangevuld door de overeenkomst België–Albanië van 2010',
    ', të cilin e plotëson marrëveshja Belgjikë–Shqipëri e vitit 2010',
  ],
  [
    ', applied to the Belgium–Albania agreement of 2010',
    ", appliqué à l'accord Belgique–Albanie de 2010",
    ', toegepast op de overeenkomst België–Albanië van 2010',
    ', i zbatuar për marrëveshjen Belgjikë–Shqipëri të vitit 2010',
  ],
  [
    '(practice of the Dutch Repatriation and Departure Service)',
    '(pratique du service néerlandais Rapatriement et Départ)',
    '(praktijk van de Dienst Terugkeer en Vertrek)',
    '(praktika e Shërbimit holandez të Riatdhesimit dhe Largimit)',
  ],
  [
    '(accurate personal data, rectification)',
    '(exactitude des données personnelles, rectification)',
    '(juiste persoonsgegevens, rectificatie)',
    '(saktësia e të dhënave personale, korrigjimi)',
  ],
  [
    '(return decision for an illegally staying third-country national)',
    '(décision de retour pour un ressortissant de pays tiers en séjour irrégulier)',
    '(terugkeerbesluit voor een illegaal verblijvende derdelander)',
    '(vendim kthimi për një shtetas të vendit të tretë në qëndrim të paligjshëm)',
  ],
  [
    '(right to remain pending examination)',
    "(droit de rester pendant l'examen)",
    '(recht om te blijven in afwachting van de behandeling)',
    '(e drejta për të qëndruar gjatë shqyrtimit)',
  ],
  [
    '(conditions for the transfer of sentenced persons)',
    '(conditions du transfèrement des personnes condamnées)',
    '(voorwaarden voor de overbrenging van gevonniste personen)',
    '(kushtet e transferimit të personave të dënuar)',
  ],
  [
    '(best interests of the child, family life)',
    "(intérêt supérieur de l'enfant, vie familiale)",
    '(belang van het kind, gezinsleven)',
    '(interesi më i lartë i fëmijës, jeta familjare)',
  ],
  [
    '(postponement of removal; suspensive appeal)',
    "(report de l'éloignement ; recours suspensif)",
    '(uitstel van de verwijdering; schorsend beroep)',
    '(shtyrja e largimit; ankimi pezullues)',
  ],
  ['(vulnerable persons)', '(personnes vulnérables)', '(kwetsbare personen)', '(personat e cenueshëm)'],
  ['(risk of absconding)', '(risque de fuite)', '(risico op onderduiken)', '(rreziku i arratisjes)'],
  ['(return decision)', '(décision de retour)', '(terugkeerbesluit)', '(vendimi i kthimit)'],
  ['(authorisation of stay)', '(autorisation de séjour)', '(machtiging tot verblijf)', '(autorizimi i qëndrimit)'],
  ['residence status', 'statut de séjour', 'verblijfsstatus', 'statusi i qëndrimit'],
  ['(party lists checked)', '(listes des parties vérifiées)', '(partijlijsten gecontroleerd)', '(listat e palëve të kontrolluara)'],
  ['(CETS 222 is not in force)', "(le STCE 222 n'est pas en vigueur)", '(CETS 222 is niet in werking)', '(CETS 222 nuk është në fuqi)'],
  ['bilateral agreements of Belgium', 'accords bilatéraux de la Belgique', 'bilaterale overeenkomsten van België', 'marrëveshjet dypalëshe të Belgjikës'],
  [': transfer within 3 months', ' : transfert dans les 3 mois', ': overdracht binnen 3 maanden', ': transferimi brenda 3 muajve'],
  [
    ': no reply means acceptance',
    ' : sans réponse, la demande est acceptée',
    ': geen antwoord geldt als aanvaarding',
    ': mungesa e përgjigjes do të thotë pranim',
  ],
  [': 14 calendar days', ' : 14 jours calendrier', ': 14 kalenderdagen', ': 14 ditë kalendarike'],
  [': release after 5 months', ' : libération après 5 mois', ': vrijlating na 5 maanden', ': lirimi pas 5 muajsh'],
  [': 2 months, extendable', ' : 2 mois, prolongeable', ': 2 maanden, verlengbaar', ': 2 muaj, i zgjatshëm'],
  [
    ': +2 months by the Immigration Office, +1 by the Minister',
    " : +2 mois par l'Office des étrangers, +1 par le ministre",
    ': +2 maanden door de Dienst Vreemdelingenzaken, +1 door de minister',
    ': +2 muaj nga Zyra e Imigracionit, +1 nga ministri',
  ],
  [': both states agree', ' : les deux États sont d’accord', ': beide staten stemmen in', ': të dy shtetet bien dakord'],
  ['(3rd–5th paragraphs)', '(alinéas 3 à 5)', '(derde tot vijfde lid)', '(paragrafët 3–5)'],
  ['3rd–5th paragraphs', 'alinéas 3 à 5', 'derde tot vijfde lid', 'paragrafët 3–5'],
  [', third paragraph', ', alinéa 3', ', derde lid', ', paragrafi i tretë'],
  ['(minor: under 18)', '(mineur : moins de 18 ans)', '(minderjarige: jonger dan 18)', '(i mitur: nën 18 vjeç)'],
  ['(definition of "national")', '(définition de « ressortissant »)', '(begrip "onderdaan")', '(përkufizimi i "shtetasit")'],
  ['(same lists)', '(mêmes listes)', '(dezelfde lijsten)', '(të njëjtat lista)'],
  ['(proof)', '(preuve)', '(bewijs)', '(provë)'],
  ['(prima facie)', '(commencement de preuve)', '(aannemelijk makend bewijs)', '(provë prima facie)'],
  [', as amended', ', tel que modifié', ', zoals gewijzigd', ', siç është ndryshuar'],
  [
    'contained in the instrument of ratification deposited on',
    "consignée dans l'instrument de ratification déposé le",
    'vervat in de akte van bekrachtiging neergelegd op',
    'në instrumentin e ratifikimit të depozituar më',
  ],
  ['Declaration of Belgium', 'Déclaration de la Belgique', 'Verklaring van België', 'Deklarata e Belgjikës'],
  ['Declaration of Ireland', "Déclaration de l'Irlande", 'Verklaring van Ierland', 'Deklarata e Irlandës'],
  ['Declaration of Türkiye', 'Déclaration de la Türkiye', 'Verklaring van Türkiye', 'Deklarata e Turqisë'],
  ['Declaration of Albania on', "Déclaration de l'Albanie relative au", 'Verklaring van Albanië bij', 'Deklarata e Shqipërisë për'],
  ['Belgian assent law of', "loi belge d'assentiment du", 'Belgische instemmingswet van', 'ligji belg i miratimit i'],
  ['ratifications exchanged', 'ratifications échangées le', 'bekrachtigingen uitgewisseld op', 'ratifikimet u shkëmbyen më'],
  ['Belgian law of', 'loi belge du', 'Belgische wet van', 'ligji belg i'],
  [
    'Aliens Act (Law of 15 December 1980)',
    'Loi sur les étrangers (loi du 15 décembre 1980)',
    'Vreemdelingenwet (wet van 15 december 1980)',
    'Ligji për të huajt (ligji i 15 dhjetorit 1980)',
  ],
  ['Aliens Act', 'Loi sur les étrangers', 'Vreemdelingenwet', 'Ligji për të huajt'],
  ['ECtHR Kabongo v Belgium', 'Cour EDH, Kabongo c. Belgique', 'EHRM, Kabongo t. België', 'GJEDNJ, Kabongo k. Belgjikës'],
  ['CJEU C-357/09 Kadzoev', 'CJUE, C-357/09, Kadzoev', 'HvJ EU, C-357/09, Kadzoev', 'GJBE, C-357/09, Kadzoev'],
  [
    'Council Framework Decision 2008/909/JHA',
    'Décision-cadre 2008/909/JAI du Conseil',
    'Kaderbesluit 2008/909/JBZ van de Raad',
    'Vendimi kuadër 2008/909/DPB i Këshillit',
  ],
  ['FD 2008/909/JHA', 'DC 2008/909/JAI', 'KB 2008/909/JBZ', 'VK 2008/909/DPB'],
  ['Directive 2008/115/EC', 'Directive 2008/115/CE', 'Richtlijn 2008/115/EG', 'Direktiva 2008/115/KE'],
  ['Directive 2013/32/EU', 'Directive 2013/32/UE', 'Richtlijn 2013/32/EU', 'Direktiva 2013/32/BE'],
  ['Regulation (EU) No ', 'Règlement (UE) n° ', 'Verordening (EU) nr. ', 'Rregullorja (BE) nr. '],
  ['Regulation (EU) ', 'Règlement (UE) ', 'Verordening (EU) ', 'Rregullorja (BE) '],
  ['(Eurodac)', '(Eurodac)', '(Eurodac)', '(Eurodac)'],
  ['Dublin III', 'Dublin III', 'Dublin III', 'Dublini III'],
  ['ECHR', 'CEDH', 'EVRM', 'KEDNJ'],
  [
    'Benelux–Kosovo readmission agreement and implementing protocol',
    "accord de réadmission Benelux–Kosovo et protocole d'application",
    'overnameovereenkomst Benelux–Kosovo en uitvoeringsprotocol',
    'marrëveshja e ripranimit Beneluks–Kosovë dhe protokolli zbatues',
  ],
  [
    'Benelux–Albania implementing protocol',
    "protocole d'application Benelux–Albanie",
    'uitvoeringsprotocol Benelux–Albanië',
    'protokolli zbatues Beneluks–Shqipëri',
  ],
  ['EU–Albania readmission agreement', 'accord de réadmission UE–Albanie', 'overnameovereenkomst EU–Albanië', 'marrëveshja e ripranimit BE–Shqipëri'],
  ['EC–Albania readmission agreement', 'accord de réadmission CE–Albanie', 'overnameovereenkomst EG–Albanië', 'marrëveshja e ripranimit KE–Shqipëri'],
  ['EU–Albania agreement', 'accord UE–Albanie', 'overeenkomst EU–Albanië', 'marrëveshja BE–Shqipëri'],
  ['Benelux–Kosovo agreement', 'accord Benelux–Kosovo', 'overeenkomst Benelux–Kosovo', 'marrëveshja Beneluks–Kosovë'],
  [
    'Belgium–Albania agreement of 2010',
    "l'accord Belgique–Albanie de 2010",
    'de overeenkomst België–Albanië van 2010',
    'marrëveshja Belgjikë–Shqipëri e vitit 2010',
  ],
  ['Belgium–Albania agreement 2010', 'accord Belgique–Albanie de 2010', 'overeenkomst België–Albanië van 2010', 'marrëveshja Belgjikë–Shqipëri e vitit 2010'],
  ['Belgium–Kosovo convention 2010', 'convention Belgique–Kosovo de 2010', 'verdrag België–Kosovo van 2010', 'konventa Belgjikë–Kosovë e vitit 2010'],
  ['readmission agreement', 'accord de réadmission', 'overnameovereenkomst', 'marrëveshja e ripranimit'],
  ['CETS No. 222', 'STCE n° 222', 'CETS nr. 222', 'CETS nr. 222'],
  ['ETS No. ', 'STE n° ', 'ETS nr. ', 'ETS nr. '],
  [': acceptance', ' : acceptation', ': aanvaarding', ': pranim'],
];

/** Words left once the phrases are replaced; each as a whole word. */
const words: readonly Translations[] = [
  ['Arts.', 'art.', 'art.', 'nenet'],
  ['Art.', 'art.', 'art.', 'neni'],
  ['Annexes', 'annexes', 'bijlagen', 'shtojcat'],
  ['Annex', 'annexe', 'bijlage', 'shtojca'],
  ['and', 'et', 'en', 'dhe'],
];

const months = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
} as const;
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const column: Readonly<Record<Exclude<TitleLanguage, 'en'>, 1 | 2 | 3>> = { fr: 1, nl: 2, sq: 3 };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every instrument's English title with its title in the language (the reference titles are the one source). */
function titlePhrases(language: Exclude<TitleLanguage, 'en'>): [string, string][] {
  return Object.values(instrumentTitles).map((title) => [title.titles.en, title.titles[language]]);
}

/** A citation (a legal basis as the rules write it) in the reader's language. English is returned as it is. */
export function citationIn(basis: string, language: string): string {
  if (language !== 'fr' && language !== 'nl' && language !== 'sq') return basis;
  const index = column[language];
  let text = basis;
  for (const [english, translated] of titlePhrases(language)) text = text.split(english).join(translated);
  for (const entry of phrases) text = text.split(entry[0]).join(entry[index]);
  // "ETS 112" is "STE 112" in French; Dutch and Albanian keep the Council of Europe's English abbreviation.
  if (language === 'fr') text = text.replace(/\bETS (\d+)/g, 'STE $1').replace(/\bCETS (\d+)/g, 'STCE $1');
  for (const entry of words) text = text.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(entry[0])}(?![\\p{L}])`, 'gu'), entry[index]);
  text = text.replace(new RegExp(`\\b(\\d{1,2}) (${englishMonths.join('|')}) (\\d{4})\\b`, 'g'), (_, day: string, month: string, year: string) => {
    const name = months[language][englishMonths.indexOf(month)] ?? month;
    return `${day} ${name} ${year}`;
  });
  // French typography: a space before the semicolon and the colon.
  if (language === 'fr') text = text.replace(/(\S); /g, '$1 ; ').replace(/(\S): /g, '$1 : ');
  return text;
}

/**
 * English words a translated citation must not keep (the test of every basis in shared/
 * uses it), per language. Words English shares with French or Dutch ("Directive",
 * "Convention", "procedure", "Office") are not in the list.
 */
const englishOnly = [
  'Act',
  'Arts?\\.',
  'and',
  'of',
  'the',
  'on',
  'within',
  'means',
  'Regulation',
  'agreement',
  'Agreement',
  'Annex',
  'Annexes',
  'reply',
  'months?',
  'days?',
  'Law',
  'law',
  'policy',
  'not',
  'only',
  'for',
  'by',
  'to',
  'with',
  'from',
  'Belgian',
  'Declaration',
  'applies',
  'No',
  'between',
  'transfer',
  'Brussels',
  'January',
  'February',
  'April',
  'May',
  'June',
  'July',
  'August',
  'October',
  'December',
  'Sentenced',
  'Persons',
  'Protocol',
  'Additional',
];
/** Words of the list that are also words of the language (Dutch "Protocol", "of": or). */
const sharedWords: Readonly<Record<'fr' | 'nl' | 'sq', readonly string[]>> = { fr: [], nl: ['Protocol', 'of'], sq: [] };

export function englishCitationWords(language: 'fr' | 'nl' | 'sq'): RegExp {
  const list = englishOnly.filter((word) => !sharedWords[language].includes(word));
  return new RegExp(`\\b(${list.join('|')})\\b`);
}
