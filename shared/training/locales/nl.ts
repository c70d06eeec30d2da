import type { TrainingCatalogue } from './en';

/** Nederlandse teksten van de opleidingsomgeving (i18next-namespace `training`). */
export const trainingNl: TrainingCatalogue = {
  banner: 'OPLEIDING — fictieve gegevens',
  load: {
    not_json: 'Het bestand is geen JSON-bestand.',
    wrong_format: 'Het bestand is geen eRCMS-dossierbestand (formaat ercms-case-file/1).',
    invalid: 'Het bestand voldoet niet aan het eRCMS-dossierformaat.',
    not_training: 'Het bestand bevat echte dossiers. In de opleidingsomgeving kunnen alleen opleidingsdossiers worden geladen.',
    empty: 'Het bestand bevat geen dossier.',
  },
  preset: {
    mixed: 'Gemengd dossierbestand (alle fasen en trajecten)',
    albanianPrisoners: '307 Albanese onderdanen in Belgische gevangenissen, van wie 253 zonder verblijfsrecht',
    custodyAndTransfer: 'Gedetineerden van verschillende nationaliteiten (detentie en overbrenging)',
  },
  scenario: {
    'albania-transfer-9-months': {
      title: 'Albanese gedetineerde, nog 9 maanden: overbrenging zonder instemming',
      story:
        'Ilir Hoxha, een Albanees onderdaan zonder verblijfsrecht, zit in Haren een straf van drie jaar uit voor drugshandel. Een bevel om het grondgebied te verlaten verbiedt zijn verblijf na de vrijlating. Er resten nog negen maanden straf. Hij weigert een overbrenging: zijn broer woont in Gent.',
      teachingPoint:
        'Albanië is geen partij bij het Aanvullend Protocol van de Raad van Europa (ETS 167); daarom sloten België en Albanië in 2010 een eigen overeenkomst: een veroordeelde die verwijderd zal worden, kan zonder instemming worden overgebracht. Zijn mening moet worden opgetekend en een afschrift van de maatregel moet in het dossier zitten; er moeten nog minstens zes maanden resten wanneer Albanië het verzoek ontvangt.',
    },
    'albania-transfer-4-months': {
      title: 'Dezelfde gedetineerde, nog 4 maanden: niet in aanmerking',
      story: 'Hetzelfde dossier, maar er resten nog maar vier maanden straf. Hij heeft een geldige Albanese identiteitskaart, maar geen paspoort.',
      teachingPoint:
        'Met minder dan zes maanden resterende straf is niet voldaan aan de voorwaarden voor overbrenging. De dossierbehandelaar bereidt in de plaats daarvan de terugkeer bij de vrijlating voor: een volledig overnameverzoek aan Albanië (formulier, foto, vingerafdrukken, kopieën van documenten), zodat het reisdocument klaarligt op de dag dat hij de gevangenis verlaat.',
    },
    'kosovo-transfer': {
      title: 'Kosovaarse onderdaan in een Belgische gevangenis',
      story:
        'Blerim Krasniqi, een Kosovaar uit Gjakovë, zit in Lantin drie en een half jaar uit voor inbraken. Hij heeft een bevel om het grondgebied te verlaten en weigert een overbrenging.',
      teachingPoint:
        'Kosovo is geen partij bij de verdragen van de Raad van Europa inzake de overbrenging van gevonniste personen. In de plaats daarvan geldt de overeenkomst tussen België en Kosovo van 18 juni 2010, met of zonder instemming. De precieze datum van inwerkingtreding moet nog worden bevestigd; daarom vraagt de applicatie om een controle in plaats van "in aanmerking" te zeggen.',
    },
    'prison-capacity-abroad': {
      title: 'Gevangeniscapaciteit in het buitenland: alleen een beleidsmodel',
      story:
        'Youssef El Amrani, een Marokkaans onderdaan, zit in Marche-en-Famenne vier jaar uit voor diefstal met geweld en heeft een bevel om het grondgebied te verlaten. Het ministerie wil weten welke gedetineerden zouden passen in een regeling voor gevangeniscapaciteit in het buitenland, zoals de Deense huur in Kosovo.',
      teachingPoint:
        'De applicatie kan tonen of iemand past in het profiel van het Deens-Kosovaarse model (niet-EU-onderdaan, definitief vonnis, uitzettingsmaatregel, geen terrorisme of oorlogsmisdaden, geen ernstige psychische stoornis), maar België heeft daarvoor geen rechtsgrond: het resultaat is gemerkt als beleidsmodel, nooit als wettelijk traject.',
    },
    'voluntary-return-tiers': {
      title: 'Vrijwillige terugkeer met IOM: twee niveaus van re-integratie',
      story:
        'Twee uitgeprocedeerde asielzoekers kozen na begeleiding door IOM om naar huis te gaan: Mirela Çela uit Elbasan (Albanië) en Mamadou Saliou Camara uit Kindia (Guinee). Hun termijn om het land te verlaten werd verlengd terwijl IOM de reis boekt.',
      teachingPoint:
        'Beiden krijgen een georganiseerde terugkeer. Onderdanen van de visumvrije Westelijke Balkan krijgen alleen administratieve bijstand van IOM; onderdanen van een visumplichtig land zoals Guinee krijgen re-integratiesteun.',
    },
    'forced-return-detention': {
      title: 'Illegaal verblijf: van bevel om het grondgebied te verlaten tot verwijdering',
      story:
        'Giorgi Beridze, een Georgisch onderdaan, vertrok niet binnen de 30 dagen van zijn bevel om het grondgebied te verlaten. Hij werd betrapt op zwartwerk, een gedwongen terugkeer naar Georgië werd beslist en hij wordt vastgehouden in het gesloten centrum van Vottem.',
      teachingPoint:
        'Zodra de termijn voor vrijwillig vertrek verstreken is, kan de gedwongen terugkeer worden voorbereid. Vasthouding in een gesloten centrum duurt 2 maanden, kan met 2 maanden en daarna door de minister met 1 maand worden verlengd, en eindigt na 5 maanden. Voor de verwijdering zijn nodig: geen risico op refoulement, geen schorsend beroep, een controle van de reisgeschiktheid en een reisdocument.',
    },
    'family-with-minor': {
      title: 'Een gezin met een minderjarig kind: geen vasthouding',
      story:
        'Drita Gashi uit Ferizaj (Kosovo) en haar zoon Arbër van zes vertrokken niet nadat haar asielaanvraag was afgewezen. De termijn om het land te verlaten is verstreken.',
      teachingPoint:
        'Een gezin met minderjarige kinderen wordt nooit in een gesloten centrum vastgehouden. De alternatieven zijn ICAM-coaching, een gezinswoning (terugkeerwoning) en vrijwillige terugkeer; het belang van het kind wordt vóór elke verwijdering beoordeeld.',
    },
    'dublin-transfer': {
      title: 'Dublin: de overdrachtstermijn van 6 maanden',
      story: 'Farid Ahmadi vroeg asiel aan in België; Eurodac toont een eerdere aanvraag in Duitsland. Duitsland aanvaardde het terugnameverzoek.',
      teachingPoint:
        'De overdracht moet plaatsvinden binnen 6 maanden na de aanvaarding (of na de definitieve beslissing over een schorsend beroep); anders wordt België verantwoordelijk. Gevangenschap of onderduiken verlengt de termijn.',
    },
    'protection-other-member-state': {
      title: 'Bescherming in een andere EU-staat: geen Dublin',
      story: 'Yonas Tesfay, een Eritrees onderdaan, werd in Italië als vluchteling erkend en vroeg daarna opnieuw asiel aan in België.',
      teachingPoint:
        'Wie al bescherming heeft in een andere lidstaat, is geen Dublinzaak: de nieuwe aanvraag is niet-ontvankelijk en de terugkeer gaat naar die lidstaat op grond van de Terugkeerrichtlijn.',
    },
    'readmission-deemed-accepted': {
      title: 'Overname door Albanië: stilzwijgen is aanvaarding',
      story:
        'Ermal Dervishi uit Fier heeft alleen een kopie van een verlopen Albanese identiteitskaart. Het overnameverzoek kwam drie dagen geleden in Albanië aan.',
      teachingPoint:
        'Albanië moet antwoorden binnen 14 kalenderdagen na ontvangst. Zonder antwoord geldt het verzoek als aanvaard, en dan moet de overdracht binnen 3 maanden plaatsvinden (verlengd zolang een juridisch of praktisch beletsel duurt).',
    },
  },
  walkthrough: {
    'albania-transfer-9-months': {
      custody:
        'Definitief vonnis, straf van drie jaar: er resten negen maanden, meer dan de zes maanden die vereist zijn wanneer Albanië het verzoek ontvangt.',
      noConsent:
        'Hij weigert de overbrenging. Instemming is hier niet nodig: bij de straf hoort een bevel om het grondgebied te verlaten, en de overeenkomst tussen België en Albanië staat dan overbrenging zonder instemming toe.',
      verdict: 'Het oordeel: in aanmerking voor overbrenging zonder instemming op grond van de overeenkomst tussen België en Albanië van 2010.',
      opinion:
        'Zonder instemming moet zijn mening worden gehoord en opgeschreven, en moet een afschrift van het bevel in het dossier zitten: beide zijn aanwezig.',
      request: 'Stuur het verzoek naar Albanië. Beide staten moeten akkoord gaan vóór de overbrenging.',
    },
    'albania-transfer-4-months': {
      remainder: 'Er resten nog maar vier maanden straf.',
      verdict: 'Niet in aanmerking: er zouden minder dan zes maanden resten wanneer Albanië het verzoek ontvangt.',
      readmission:
        'Bereid in de plaats daarvan de terugkeer bij de vrijlating voor: het overnameverzoek aan Albanië is volledig en kan vóór de vrijlating worden verstuurd.',
      send: 'Stuur het overnameverzoek tijdig, zodat het reisdocument klaarligt op de dag van de vrijlating.',
    },
    'kosovo-transfer': {
      notCoe: 'Kosovo is geen lid van de Raad van Europa en geen partij bij zijn overbrengingsverdragen.',
      convention:
        'Het traject is de overeenkomst tussen België en Kosovo van 2010, die overbrenging zonder instemming toestaat. De applicatie vraagt om een controle omdat de datum van inwerkingtreding in de referentiegegevens nog niet bevestigd is.',
      review: 'Een jurist bevestigt de inwerkingtreding; daarna kan het oordeel "in aanmerking" worden.',
      request: 'Na bevestiging gaat het verzoek naar het Kosovaarse ministerie van Justitie.',
    },
    'prison-capacity-abroad': {
      profile:
        'De profielcontrole van het model voor gevangeniscapaciteit in het buitenland: ze vraagt een controle, omdat de afwezigheid van een ernstige psychische stoornis niet is vastgelegd.',
      noLegalBasis: 'Wijs op het label: dit is een beleidsmodel zonder Belgische rechtsgrond. Het telt nooit als wettelijk traject.',
      transfer:
        'De wettelijke trajecten worden apart beoordeeld: voor Marokko vraagt de overbrenging een controle (nationaliteit niet bewezen, verdragsstatus na te gaan).',
    },
    'voluntary-return-tiers': {
      counselling: 'Na de begeleiding door IOM stemde ze in met de terugkeer; met een geldig paspoort is de vrijwillige terugkeer klaar.',
      westernBalkans: 'Albanië is een visumvrij land van de Westelijke Balkan: alleen administratieve bijstand van IOM, geen gewone re-integratie.',
      visaRequired: 'Guinee is een visumplichtig land: hij krijgt re-integratiesteun.',
      extended: 'De termijn om het land te verlaten werd verlengd terwijl IOM de reis organiseert.',
      departed: 'Registreer hier het vertrek zodra IOM het bevestigt.',
    },
    'forced-return-detention': {
      periodOver: 'De termijn van 30 dagen voor vrijwillig vertrek is verstreken zonder vertrek.',
      detained:
        'De gedwongen terugkeer werd beslist en hij wordt vastgehouden; de beslissing tot vasthouding vermeldt de grond en waarom alternatieven niet volstonden.',
      twoMonths: 'De eerste titel van vasthouding van 2 maanden loopt binnenkort af: verleng hem of laat hem vrij.',
      extend: 'Een verlenging met 2 maanden door de Dienst Vreemdelingenzaken, daarna met 1 maand door de minister.',
      fiveMonths: 'Zet de klok 70 dagen vooruit: het maximum van 5 maanden komt dichtbij. Daarna moet hij worden vrijgelaten.',
      removable: 'Verwijdering is mogelijk: geen risico op refoulement, reisgeschiktheid gecontroleerd, geldig paspoort, geen schorsend beroep.',
      schedule: 'Plan de vlucht naar Tbilisi.',
      close: 'Sluit na de verwijdering het dossier af als verwijderd.',
    },
    'family-with-minor': {
      family: 'Ze reist met haar zoon van zes; zijn belang werd beoordeeld.',
      noDetention: 'Vasthouding wordt geweigerd: een gezin met minderjarige kinderen wordt nooit in een gesloten centrum vastgehouden.',
      alternatives: 'De alternatieven: ICAM-coaching, een gezinswoning (terugkeerwoning) en vrijwillige terugkeer.',
      forced: 'Een gedwongen terugkeer vraagt nog een controle van de reisgeschiktheid vóór de verwijdering.',
    },
    'dublin-transfer': {
      eurodac: 'Eurodac toont een eerdere aanvraag in Duitsland.',
      accepted: 'Duitsland aanvaardde het terugnameverzoek: de Dublinoverdracht kan doorgaan.',
      window: 'De overdrachtstermijn loopt 6 maanden vanaf de aanvaarding; daarna wordt België verantwoordelijk.',
      transfer: 'Bevestig de overdracht zodra ze heeft plaatsgevonden.',
    },
    'protection-other-member-state': {
      protected: 'Hij werd in Italië als vluchteling erkend.',
      notDublin: 'Dit is geen Dublinzaak: er is geen Dublinverzoek.',
      returnThere: 'De terugkeer gaat naar Italië, de lidstaat die bescherming verleende.',
    },
    'readmission-deemed-accepted': {
      request: 'Het verzoek kwam drie dagen geleden in Albanië aan; nog geen antwoord.',
      replyDeadline: 'Albanië heeft 14 kalenderdagen na ontvangst om te antwoorden.',
      moveClock: 'Zet de klok 15 dagen vooruit: zonder antwoord geldt het verzoek nu als aanvaard.',
      transferWindow: 'Vanaf de stilzwijgende aanvaarding moet de overdracht binnen 3 maanden plaatsvinden.',
      mark: 'Registreer de stilzwijgende aanvaarding; de terugkeer kan worden georganiseerd.',
    },
  },
};
