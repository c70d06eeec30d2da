import type { TrainingCatalogue } from './en';

/** Textes français de l’espace de formation (espace de noms i18next `training`). */
export const trainingFr: TrainingCatalogue = {
  banner: 'FORMATION — données fictives',
  load: {
    not_json: 'Le fichier n’est pas un fichier JSON.',
    wrong_format: 'Le fichier n’est pas un fichier de dossiers eRCMS (format ercms-case-file/1).',
    invalid: 'Le fichier ne respecte pas le format des dossiers eRCMS.',
    not_training: 'Le fichier contient de vrais dossiers. Seuls des dossiers de formation peuvent être chargés dans l’espace de formation.',
    empty: 'Le fichier ne contient aucun dossier.',
  },
  preset: {
    mixed: 'Portefeuille mixte (toutes les étapes et toutes les voies)',
    albanianPrisoners: '307 ressortissants albanais dans les prisons belges, dont 253 sans droit de séjour',
    custodyAndTransfer: 'Détenus de plusieurs nationalités (détention et transfèrement)',
  },
  scenario: {
    'albania-transfer-9-months': {
      title: 'Détenu albanais, encore 9 mois : transfèrement sans consentement',
      story:
        'Ilir Hoxha, ressortissant albanais sans droit de séjour, purge à Haren une peine de trois ans pour trafic de stupéfiants. Un ordre de quitter le territoire interdit son séjour après sa libération. Il lui reste neuf mois de peine. Il refuse le transfèrement : son frère vit à Gand.',
      teachingPoint:
        'L’Albanie n’est pas partie au Protocole additionnel du Conseil de l’Europe (STE 167) ; la Belgique et l’Albanie ont donc conclu leur propre convention en 2010 : une personne condamnée qui fait l’objet d’une mesure d’éloignement peut être transférée sans son consentement. Son avis doit être consigné et une copie de la mesure doit figurer au dossier ; il doit rester au moins six mois de peine lorsque l’Albanie reçoit la demande.',
    },
    'albania-transfer-4-months': {
      title: 'Le même détenu, encore 4 mois : non éligible',
      story: 'Le même dossier, mais il ne reste que quatre mois de peine. Il a une carte d’identité albanaise valide, mais pas de passeport.',
      teachingPoint:
        'Avec moins de six mois de peine restante, les conditions du transfèrement ne sont pas remplies. L’agent prépare plutôt le retour à la libération : une demande de réadmission complète à l’Albanie (formulaire, photo, empreintes digitales, copies des documents), pour que le document de voyage soit prêt le jour où il quitte la prison.',
    },
    'kosovo-transfer': {
      title: 'Ressortissant kosovar dans une prison belge',
      story:
        'Blerim Krasniqi, Kosovar de Gjakovë, purge à Lantin trois ans et demi pour des cambriolages. Il a un ordre de quitter le territoire et refuse le transfèrement.',
      teachingPoint:
        'Le Kosovo n’est pas partie aux conventions du Conseil de l’Europe sur le transfèrement des personnes condamnées. C’est la convention entre la Belgique et le Kosovo du 18 juin 2010 qui s’applique, avec ou sans consentement. Sa date exacte d’entrée en vigueur reste à confirmer ; l’application demande donc une vérification au lieu de dire « éligible ».',
    },
    'prison-capacity-abroad': {
      title: 'Places de prison à l’étranger : un modèle politique seulement',
      story:
        'Youssef El Amrani, ressortissant marocain, purge à Marche-en-Famenne quatre ans pour vol avec violence et a un ordre de quitter le territoire. Le ministère demande quels détenus correspondraient à un accord de places de prison à l’étranger comme la location danoise au Kosovo.',
      teachingPoint:
        'L’application peut montrer si une personne correspond au profil du modèle Danemark–Kosovo (ressortissant hors UE, condamnation définitive, mesure d’éloignement, ni terrorisme ni crimes de guerre, pas de trouble mental grave), mais la Belgique n’a aucune base légale pour cela : le résultat est étiqueté comme modèle politique, jamais comme voie légale.',
    },
    'voluntary-return-tiers': {
      title: 'Retour volontaire avec l’OIM : deux niveaux de réintégration',
      story:
        'Deux demandeurs d’asile déboutés ont choisi de rentrer après un accompagnement par l’OIM : Mirela Çela d’Elbasan (Albanie) et Mamadou Saliou Camara de Kindia (Guinée). Leur délai de départ a été prolongé pendant que l’OIM réserve le voyage.',
      teachingPoint:
        'Tous deux bénéficient d’un retour organisé. Les ressortissants des Balkans occidentaux exemptés de visa reçoivent seulement une assistance administrative de l’OIM ; les ressortissants d’un pays soumis au visa, comme la Guinée, reçoivent une aide à la réintégration.',
    },
    'forced-return-detention': {
      title: 'Séjour irrégulier : de l’ordre de quitter le territoire à l’éloignement',
      story:
        'Giorgi Beridze, ressortissant géorgien, n’est pas parti dans les 30 jours de son ordre de quitter le territoire. Il a été trouvé en train de travailler sans permis, un retour forcé vers la Géorgie a été décidé et il est maintenu au centre fermé de Vottem.',
      teachingPoint:
        'Une fois le délai de départ volontaire expiré, le retour forcé peut être préparé. La détention en centre fermé dure 2 mois, peut être prolongée de 2 mois puis d’1 mois par le ministre, et prend fin après 5 mois. L’éloignement exige l’absence de risque de refoulement, l’absence de recours suspensif, un contrôle de l’aptitude à voyager et un document de voyage.',
    },
    'family-with-minor': {
      title: 'Une famille avec un enfant mineur : pas de détention',
      story:
        'Drita Gashi, de Ferizaj (Kosovo), et son fils Arbër, six ans, ne sont pas partis après le rejet de sa demande d’asile. Le délai de départ a expiré.',
      teachingPoint:
        'Une famille avec des enfants mineurs n’est jamais maintenue en centre fermé. Les alternatives sont l’accompagnement ICAM, une maison de retour (unité familiale) et le retour volontaire ; l’intérêt supérieur de l’enfant est évalué avant tout éloignement.',
    },
    'dublin-transfer': {
      title: 'Dublin : le délai de transfert de 6 mois',
      story:
        'Farid Ahmadi a demandé l’asile en Belgique ; Eurodac montre une demande antérieure en Allemagne. L’Allemagne a accepté la demande de reprise en charge.',
      teachingPoint:
        'Le transfert doit avoir lieu dans les 6 mois de l’acceptation (ou de la décision définitive sur un recours suspensif) ; sinon, la Belgique devient responsable. L’emprisonnement ou la fuite prolonge le délai.',
    },
    'protection-other-member-state': {
      title: 'Protection dans un autre État de l’UE : pas Dublin',
      story: 'Yonas Tesfay, ressortissant érythréen, a été reconnu réfugié en Italie puis a demandé à nouveau l’asile en Belgique.',
      teachingPoint:
        'Une personne qui bénéficie déjà d’une protection dans un autre État membre n’est pas un cas Dublin : la nouvelle demande est irrecevable et le retour se fait vers cet État membre en vertu de la directive Retour.',
    },
    'readmission-deemed-accepted': {
      title: 'Réadmission vers l’Albanie : le silence vaut acceptation',
      story:
        'Ermal Dervishi, de Fier, n’a qu’une copie d’une carte d’identité albanaise expirée. La demande de réadmission est parvenue en Albanie il y a trois jours.',
      teachingPoint:
        'L’Albanie doit répondre dans les 14 jours calendrier suivant la réception. Sans réponse, la demande est réputée acceptée, et le transfert doit alors avoir lieu dans les 3 mois (prolongés tant que dure un obstacle juridique ou pratique).',
    },
  },
  walkthrough: {
    'albania-transfer-9-months': {
      custody: 'Jugement définitif, peine de trois ans : il reste neuf mois, plus que les six mois exigés lorsque l’Albanie reçoit la demande.',
      noConsent:
        'Il refuse le transfèrement. Le consentement n’est pas nécessaire ici : la peine s’accompagne d’un ordre de quitter le territoire, et la convention entre la Belgique et l’Albanie permet alors le transfèrement sans consentement.',
      verdict: 'Le verdict : éligible au transfèrement sans consentement en vertu de la convention entre la Belgique et l’Albanie de 2010.',
      opinion:
        'Sans consentement, son avis doit être entendu et consigné, et une copie de l’ordre de quitter le territoire doit figurer au dossier : les deux y sont.',
      request: 'Envoyez la demande à l’Albanie. Les deux États doivent être d’accord avant le transfèrement.',
    },
    'albania-transfer-4-months': {
      remainder: 'Il ne reste que quatre mois de peine.',
      verdict: 'Non éligible : il resterait moins de six mois lorsque l’Albanie recevrait la demande.',
      readmission: 'Préparez plutôt le retour à la libération : la demande de réadmission à l’Albanie est complète et peut être envoyée avant la libération.',
      send: 'Envoyez la demande de réadmission à temps pour que le document de voyage soit prêt le jour de la libération.',
    },
    'kosovo-transfer': {
      notCoe: 'Le Kosovo n’est pas membre du Conseil de l’Europe ni partie à ses conventions de transfèrement.',
      convention:
        'La voie est la convention entre la Belgique et le Kosovo de 2010, qui permet le transfèrement sans consentement. L’application demande une vérification parce que la date d’entrée en vigueur n’est pas encore confirmée dans les données de référence.',
      review: 'Un juriste confirme l’entrée en vigueur ; le verdict peut alors devenir « éligible ».',
      request: 'Une fois la confirmation obtenue, la demande part au ministère kosovar de la Justice.',
    },
    'prison-capacity-abroad': {
      profile:
        'Le contrôle de profil du modèle de places de prison à l’étranger : il demande une vérification, car l’absence de trouble mental grave n’est pas enregistrée.',
      noLegalBasis: 'Montrez l’étiquette : il s’agit d’un modèle politique sans base légale belge. Il ne compte jamais comme voie légale.',
      transfer:
        'Les voies légales sont évaluées séparément : pour le Maroc, le transfèrement demande une vérification (nationalité non prouvée, statut conventionnel à vérifier).',
    },
    'voluntary-return-tiers': {
      counselling: 'Après l’accompagnement par l’OIM, elle a consenti au retour ; avec un passeport valide, le retour volontaire est prêt.',
      westernBalkans:
        'L’Albanie est un pays des Balkans occidentaux exempté de visa : seulement une assistance administrative de l’OIM, pas de réintégration ordinaire.',
      visaRequired: 'La Guinée est un pays soumis au visa : il reçoit une aide à la réintégration.',
      extended: 'Le délai de départ a été prolongé pendant que l’OIM organise le voyage.',
      departed: 'Enregistrez ici le départ dès que l’OIM le confirme.',
    },
    'forced-return-detention': {
      periodOver: 'Le délai de 30 jours pour le départ volontaire a expiré sans départ.',
      detained: 'Le retour forcé a été décidé et il est maintenu ; la décision de maintien indique le motif et pourquoi les alternatives ne suffisaient pas.',
      twoMonths: 'Le premier titre de détention de 2 mois arrive bientôt à échéance : prolongez-le ou libérez-le.',
      extend: 'Une prolongation de 2 mois par l’Office des étrangers, puis d’1 mois par le ministre.',
      fiveMonths: 'Avancez l’horloge de 70 jours : le maximum de 5 mois approche. Ensuite, il doit être libéré.',
      removable: 'L’éloignement est possible : pas de risque de refoulement, aptitude à voyager contrôlée, passeport valide, pas de recours suspensif.',
      schedule: 'Planifiez le vol vers Tbilissi.',
      close: 'Après l’éloignement, clôturez le dossier comme éloigné.',
    },
    'family-with-minor': {
      family: 'Elle voyage avec son fils de six ans ; son intérêt supérieur a été évalué.',
      noDetention: 'La détention est refusée : une famille avec des enfants mineurs n’est jamais maintenue en centre fermé.',
      alternatives: 'Les alternatives : l’accompagnement ICAM, une maison de retour (unité familiale) et le retour volontaire.',
      forced: 'Un retour forcé exige encore un contrôle de l’aptitude à voyager avant l’éloignement.',
    },
    'dublin-transfer': {
      eurodac: 'Eurodac montre une demande antérieure en Allemagne.',
      accepted: 'L’Allemagne a accepté la demande de reprise en charge : le transfert Dublin peut avoir lieu.',
      window: 'Le délai de transfert court 6 mois à partir de l’acceptation ; ensuite, la Belgique devient responsable.',
      transfer: 'Confirmez le transfert une fois qu’il a eu lieu.',
    },
    'protection-other-member-state': {
      protected: 'Il a été reconnu réfugié en Italie.',
      notDublin: 'Ce n’est pas un cas Dublin : il n’y a pas de demande Dublin.',
      returnThere: 'Le retour se fait vers l’Italie, l’État membre qui a accordé la protection.',
    },
    'readmission-deemed-accepted': {
      request: 'La demande est parvenue en Albanie il y a trois jours ; pas encore de réponse.',
      replyDeadline: 'L’Albanie a 14 jours calendrier à partir de la réception pour répondre.',
      moveClock: 'Avancez l’horloge de 15 jours : sans réponse, la demande est désormais réputée acceptée.',
      transferWindow: 'À partir de l’acceptation tacite, le transfert doit avoir lieu dans les 3 mois.',
      mark: 'Enregistrez l’acceptation tacite ; le retour peut être organisé.',
    },
  },
};
