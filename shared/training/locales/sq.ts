import type { TrainingCatalogue } from './en';

/** Tekstet shqip të hapësirës së trajnimit (hapësira e emrave i18next `training`). */
export const trainingSq: TrainingCatalogue = {
  banner: 'TRAJNIM — të dhëna fiktive',
  load: {
    not_json: 'Skedari nuk është skedar JSON.',
    wrong_format: 'Skedari nuk është skedar dosjesh eRCMS (formati ercms-case-file/1).',
    invalid: 'Skedari nuk përputhet me formatin e dosjeve eRCMS.',
    not_training: 'Skedari përmban dosje të vërteta. Në hapësirën e trajnimit mund të ngarkohen vetëm dosje trajnimi.',
    empty: 'Skedari nuk përmban asnjë dosje.',
  },
  preset: {
    mixed: 'Portofol i përzier (të gjitha fazat dhe rrugët)',
    albanianPrisoners: '307 shtetas shqiptarë në burgjet belge, 253 prej tyre pa të drejtë qëndrimi',
    custodyAndTransfer: 'Të burgosur të disa shtetësive (paraburgim dhe transferim)',
  },
  scenario: {
    'albania-transfer-9-months': {
      title: 'I burgosur shqiptar, edhe 9 muaj: transferim pa pëlqim',
      story:
        'Ilir Hoxha, shtetas shqiptar pa të drejtë qëndrimi, vuan në Haren një dënim tre-vjeçar për trafik narkotikësh. Një urdhër për largimin nga territori ia ndalon qëndrimin pas lirimit. I kanë mbetur nëntë muaj dënim. Ai refuzon transferimin: vëllai i tij jeton në Gent.',
      teachingPoint:
        'Shqipëria nuk është palë në Protokollin Shtesë të Këshillit të Evropës (ETS 167); prandaj Belgjika dhe Shqipëria lidhën në vitin 2010 marrëveshjen e tyre: një person i dënuar që do të largohet mund të transferohet pa pëlqimin e tij. Mendimi i tij duhet të regjistrohet dhe një kopje e masës duhet të jetë në dosje; kur Shqipëria merr kërkesën duhet të kenë mbetur të paktën gjashtë muaj dënim.',
    },
    'albania-transfer-4-months': {
      title: 'I njëjti i burgosur, edhe 4 muaj: nuk kualifikohet',
      story: 'E njëjta dosje, por kanë mbetur vetëm katër muaj dënim. Ai ka një kartë identiteti shqiptare të vlefshme, por jo pasaportë.',
      teachingPoint:
        'Me më pak se gjashtë muaj dënim të mbetur, kushtet e transferimit nuk plotësohen. Punonjësi përgatit në vend të kësaj kthimin në ditën e lirimit: një kërkesë të plotë ripranimi drejtuar Shqipërisë (formulari, fotoja, shenjat e gishtërinjve, kopjet e dokumenteve), që dokumenti i udhëtimit të jetë gati ditën kur ai del nga burgu.',
    },
    'kosovo-transfer': {
      title: 'Shtetas i Kosovës në një burg belg',
      story:
        'Blerim Krasniqi, kosovar nga Gjakova, vuan në Lantin tre vjet e gjysmë për vjedhje me thyerje. Ka urdhër për largimin nga territori dhe refuzon transferimin.',
      teachingPoint:
        'Kosova nuk është palë në konventat e Këshillit të Evropës për transferimin e personave të dënuar. Zbatohet në vend të tyre konventa ndërmjet Belgjikës dhe Kosovës e 18 qershorit 2010, me ose pa pëlqim. Data e saktë e hyrjes në fuqi mbetet për t’u konfirmuar; prandaj aplikacioni kërkon verifikim në vend që të thotë «kualifikohet».',
    },
    'prison-capacity-abroad': {
      title: 'Vende burgu jashtë vendit: vetëm një model politikash',
      story:
        'Youssef El Amrani, shtetas marokén, vuan në Marche-en-Famenne katër vjet për grabitje me dhunë dhe ka urdhër për largimin nga territori. Ministria pyet cilët të burgosur do t’i përshtateshin një marrëveshjeje për vende burgu jashtë vendit, si qiraja daneze në Kosovë.',
      teachingPoint:
        'Aplikacioni mund të tregojë nëse një person i përshtatet profilit të modelit Danimarkë–Kosovë (shtetas jashtë BE-së, dënim i formës së prerë, masë dëbimi, jo terrorizëm as krime lufte, pa çrregullim të rëndë mendor), por Belgjika nuk ka bazë ligjore për këtë: rezultati shënohet si model politikash, asnjëherë si rrugë ligjore.',
    },
    'voluntary-return-tiers': {
      title: 'Kthim vullnetar me IOM-in: dy nivele riintegrimi',
      story:
        'Dy azilkërkues të refuzuar zgjodhën të kthehen pas këshillimit nga IOM-i: Mirela Çela nga Elbasani (Shqipëri) dhe Mamadou Saliou Camara nga Kindia (Guine). Afati i tyre i largimit u zgjat ndërsa IOM-i rezervon udhëtimin.',
      teachingPoint:
        'Të dy kanë një kthim të organizuar. Shtetasit e Ballkanit Perëndimor pa regjim vizash marrin vetëm ndihmë administrative nga IOM-i; shtetasit e një vendi me regjim vizash, si Guineja, marrin mbështetje për riintegrim.',
    },
    'forced-return-detention': {
      title: 'Qëndrim i parregullt: nga urdhri për largim te largimi me detyrim',
      story:
        'Giorgi Beridze, shtetas gjeorgjian, nuk u largua brenda 30 ditëve të urdhrit për largimin nga territori. U gjet duke punuar pa leje, u vendos kthimi me detyrim në Gjeorgji dhe ai mbahet në qendrën e mbyllur të Vottem-it.',
      teachingPoint:
        'Sapo mbaron afati i largimit vullnetar, mund të përgatitet kthimi me detyrim. Mbajtja në një qendër të mbyllur zgjat 2 muaj, mund të zgjatet me 2 muaj dhe pastaj me 1 muaj nga ministri, dhe përfundon pas 5 muajsh. Për largimin duhen: asnjë rrezik refoulement-i, asnjë ankesë pezulluese, një kontroll i aftësisë për të udhëtuar dhe një dokument udhëtimi.',
    },
    'family-with-minor': {
      title: 'Një familje me një fëmijë të mitur: pa mbajtje',
      story:
        'Drita Gashi nga Ferizaj (Kosovë) dhe djali i saj Arbëri, gjashtë vjeç, nuk u larguan pasi iu refuzua kërkesa për azil. Afati i largimit ka mbaruar.',
      teachingPoint:
        'Një familje me fëmijë të mitur nuk mbahet kurrë në qendër të mbyllur. Alternativat janë këshillimi ICAM, një njësi familjare (shtëpi kthimi) dhe kthimi vullnetar; interesi më i lartë i fëmijës vlerësohet para çdo largimi.',
    },
    'dublin-transfer': {
      title: 'Dublini: afati 6-mujor i transferimit',
      story: 'Farid Ahmadi kërkoi azil në Belgjikë; Eurodac-u tregon një kërkesë të mëparshme në Gjermani. Gjermania pranoi kërkesën për rimarrje.',
      teachingPoint:
        'Transferimi duhet të bëhet brenda 6 muajve nga pranimi (ose nga vendimi përfundimtar për një ankesë pezulluese); përndryshe Belgjika bëhet përgjegjëse. Burgimi ose arratisja e zgjat afatin.',
    },
    'protection-other-member-state': {
      title: 'Mbrojtje në një shtet tjetër të BE-së: jo Dublin',
      story: 'Yonas Tesfay, shtetas eritrean, u njoh si refugjat në Itali dhe pastaj kërkoi përsëri azil në Belgjikë.',
      teachingPoint:
        'Një person që ka tashmë mbrojtje në një shtet tjetër anëtar nuk është rast Dublini: kërkesa e re është e papranueshme dhe kthimi bëhet drejt atij shteti anëtar sipas Direktivës së Kthimit.',
    },
    'readmission-deemed-accepted': {
      title: 'Ripranim në Shqipëri: heshtja do të thotë pranim',
      story:
        'Ermal Dervishi nga Fieri ka vetëm një kopje të një karte identiteti shqiptare të skaduar. Kërkesa për ripranim mbërriti në Shqipëri tri ditë më parë.',
      teachingPoint:
        'Shqipëria duhet të përgjigjet brenda 14 ditëve kalendarike nga marrja. Pa përgjigje, kërkesa quhet e pranuar, dhe transferimi duhet të bëhet pastaj brenda 3 muajve (zgjatur për sa kohë zgjat një pengesë ligjore ose praktike).',
    },
  },
  walkthrough: {
    'albania-transfer-9-months': {
      custody: 'Vendim i formës së prerë, dënim tre-vjeçar: kanë mbetur nëntë muaj, më shumë se gjashtë muajt që kërkohen kur Shqipëria merr kërkesën.',
      noConsent:
        'Ai refuzon transferimin. Pëlqimi nuk nevojitet këtu: dënimi shoqërohet me urdhër për largimin nga territori, dhe marrëveshja ndërmjet Belgjikës dhe Shqipërisë lejon atëherë transferimin pa pëlqim.',
      verdict: 'Vlerësimi: kualifikohet për transferim pa pëlqim sipas marrëveshjes ndërmjet Belgjikës dhe Shqipërisë të vitit 2010.',
      opinion: 'Pa pëlqim, mendimi i tij duhet të dëgjohet dhe të shkruhet, dhe një kopje e urdhrit për largim duhet të jetë në dosje: të dyja janë aty.',
      request: 'Dërgojeni kërkesën në Shqipëri. Të dy shtetet duhet të bien dakord para transferimit.',
    },
    'albania-transfer-4-months': {
      remainder: 'Kanë mbetur vetëm katër muaj dënim.',
      verdict: 'Nuk kualifikohet: kur Shqipëria të marrë kërkesën do të kenë mbetur më pak se gjashtë muaj.',
      readmission:
        'Përgatitni në vend të kësaj kthimin në ditën e lirimit: kërkesa për ripranim drejtuar Shqipërisë është e plotë dhe mund të dërgohet para lirimit.',
      send: 'Dërgojeni kërkesën për ripranim në kohë, që dokumenti i udhëtimit të jetë gati ditën e lirimit.',
    },
    'kosovo-transfer': {
      notCoe: 'Kosova nuk është anëtare e Këshillit të Evropës dhe as palë në konventat e tij për transferimin.',
      convention:
        'Rruga është konventa ndërmjet Belgjikës dhe Kosovës e vitit 2010, që lejon transferimin pa pëlqim. Aplikacioni kërkon verifikim sepse data e hyrjes në fuqi nuk është ende e konfirmuar në të dhënat e referencës.',
      review: 'Një jurist konfirmon hyrjen në fuqi; pastaj vlerësimi mund të bëhet «kualifikohet».',
      request: 'Pas konfirmimit, kërkesa shkon te Ministria e Drejtësisë e Kosovës.',
    },
    'prison-capacity-abroad': {
      profile:
        'Kontrolli i profilit të modelit të vendeve të burgut jashtë vendit: kërkon verifikim, sepse mungesa e një çrregullimi të rëndë mendor nuk është regjistruar.',
      noLegalBasis: 'Tregoni etiketën: ky është një model politikash pa bazë ligjore belge. Nuk llogaritet kurrë si rrugë ligjore.',
      transfer: 'Rrugët ligjore vlerësohen veçmas: për Marokun transferimi kërkon verifikim (shtetësia e paprovuar, statusi i traktatit për t’u verifikuar).',
    },
    'voluntary-return-tiers': {
      counselling: 'Pas këshillimit nga IOM-i ajo pranoi të kthehet; me një pasaportë të vlefshme kthimi vullnetar është gati.',
      westernBalkans: 'Shqipëria është vend i Ballkanit Perëndimor pa regjim vizash: vetëm ndihmë administrative nga IOM-i, pa riintegrim të rregullt.',
      visaRequired: 'Guineja është vend me regjim vizash: ai merr mbështetje për riintegrim.',
      extended: 'Afati i largimit u zgjat ndërsa IOM-i organizon udhëtimin.',
      departed: 'Regjistroni këtu largimin sapo ta konfirmojë IOM-i.',
    },
    'forced-return-detention': {
      periodOver: 'Afati 30-ditor për largim vullnetar mbaroi pa largim.',
      detained: 'U vendos kthimi me detyrim dhe ai mbahet; vendimi për mbajtjen shënon arsyen dhe pse alternativat nuk mjaftonin.',
      twoMonths: 'Titulli i parë i mbajtjes prej 2 muajsh mbaron së shpejti: zgjateni ose lironi.',
      extend: 'Një zgjatje prej 2 muajsh nga Zyra e të Huajve, pastaj prej 1 muaji nga ministri.',
      fiveMonths: 'Çojeni orën 70 ditë përpara: afrohet maksimumi prej 5 muajsh. Pas tij ai duhet të lirohet.',
      removable: 'Largimi është i mundur: asnjë rrezik refoulement-i, aftësia për të udhëtuar e kontrolluar, pasaportë e vlefshme, asnjë ankesë pezulluese.',
      schedule: 'Planifikoni fluturimin për në Tbilisi.',
      close: 'Pas largimit, mbylleni dosjen si të larguar.',
    },
    'family-with-minor': {
      family: 'Ajo udhëton me djalin e saj gjashtëvjeçar; interesi i tij më i lartë është vlerësuar.',
      noDetention: 'Mbajtja refuzohet: një familje me fëmijë të mitur nuk mbahet kurrë në qendër të mbyllur.',
      alternatives: 'Alternativat: këshillimi ICAM, një njësi familjare (shtëpi kthimi) dhe kthimi vullnetar.',
      forced: 'Një kthim me detyrim kërkon ende një kontroll të aftësisë për të udhëtuar para largimit.',
    },
    'dublin-transfer': {
      eurodac: 'Eurodac-u tregon një kërkesë të mëparshme në Gjermani.',
      accepted: 'Gjermania pranoi kërkesën për rimarrje: transferimi sipas Dublinit mund të bëhet.',
      window: 'Afati i transferimit zgjat 6 muaj nga pranimi; pas tij Belgjika bëhet përgjegjëse.',
      transfer: 'Konfirmoni transferimin sapo të jetë bërë.',
    },
    'protection-other-member-state': {
      protected: 'Ai u njoh si refugjat në Itali.',
      notDublin: 'Ky nuk është rast Dublini: nuk ka kërkesë Dublini.',
      returnThere: 'Kthimi bëhet drejt Italisë, shtetit anëtar që i dha mbrojtjen.',
    },
    'readmission-deemed-accepted': {
      request: 'Kërkesa mbërriti në Shqipëri tri ditë më parë; ende pa përgjigje.',
      replyDeadline: 'Shqipëria ka 14 ditë kalendarike nga marrja për t’u përgjigjur.',
      moveClock: 'Çojeni orën 15 ditë përpara: pa përgjigje, kërkesa tani quhet e pranuar.',
      transferWindow: 'Nga pranimi i heshtur, transferimi duhet të bëhet brenda 3 muajve.',
      mark: 'Regjistroni pranimin e heshtur; kthimi mund të organizohet.',
    },
  },
};
