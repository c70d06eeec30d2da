/**
 * Given names and family names of the nationalities the training caseload uses, as they
 * are written in the person's documents (Albanian and Kosovar names keep their ë and ç).
 * Combined at random they name fictitious people only.
 */
export interface NamePool {
  male: readonly [string, ...string[]];
  female: readonly [string, ...string[]];
  family: readonly [string, ...string[]];
  placesOfBirth: readonly [string, ...string[]];
  languages: readonly string[];
}

export const namePools = {
  AL: {
    male: ['Arbër', 'Ilir', 'Ermal', 'Gëzim', 'Dritan', 'Besnik', 'Klodian', 'Erion', 'Fatmir', 'Alban', 'Sokol', 'Endrit'],
    female: ['Mirela', 'Elona', 'Anisa', 'Blerina', 'Jonida', 'Ledia', 'Ermira', 'Dorina', 'Xhesika', 'Rezarta'],
    family: [
      'Hoxha',
      'Çela',
      'Dervishi',
      'Shehu',
      'Leka',
      'Marku',
      'Kola',
      'Prifti',
      'Gjoni',
      'Kapllani',
      'Muça',
      'Bregu',
      'Lleshi',
      'Xhaferri',
      'Hysa',
      'Dibra',
    ],
    placesOfBirth: ['Tiranë', 'Durrës', 'Shkodër', 'Elbasan', 'Vlorë', 'Fier', 'Korçë', 'Berat', 'Lushnjë', 'Kukës'],
    languages: ['sq'],
  },
  XK: {
    male: ['Blerim', 'Arbër', 'Valon', 'Driton', 'Faton', 'Agron', 'Labinot', 'Kushtrim', 'Shpëtim', 'Visar'],
    female: ['Drita', 'Valbona', 'Fjolla', 'Arjeta', 'Shqipe', 'Vjosa', 'Teuta', 'Lirije', 'Mimoza', 'Albulena'],
    family: ['Krasniqi', 'Gashi', 'Berisha', 'Morina', 'Shala', 'Hoti', 'Bytyçi', 'Kastrati', 'Rexhepi', 'Thaçi', 'Kryeziu', 'Zeqiri'],
    placesOfBirth: ['Prishtinë', 'Prizren', 'Pejë', 'Gjakovë', 'Ferizaj', 'Gjilan', 'Mitrovicë', 'Vushtrri'],
    languages: ['sq', 'sr'],
  },
  MA: {
    male: ['Youssef', 'Mohamed', 'Hamza', 'Karim', 'Anas', 'Mehdi', 'Ayoub', 'Rachid', 'Omar', 'Bilal'],
    female: ['Fatima Zahra', 'Khadija', 'Salma', 'Imane', 'Nadia', 'Houda', 'Sanae', 'Meryem'],
    family: ['El Amrani', 'Benali', 'El Idrissi', 'Bouzid', 'Ouali', 'Tahiri', 'Haddad', 'Chakir', 'Ziani', 'El Khattabi'],
    placesOfBirth: ['Tanger', 'Tétouan', 'Nador', 'Al Hoceïma', 'Casablanca', 'Oujda', 'Fès'],
    languages: ['ar', 'fr'],
  },
  AF: {
    male: ['Farid', 'Ahmad Shah', 'Mohammad Nabi', 'Jawad', 'Sayed', 'Hamid', 'Zabihullah', 'Mustafa', 'Naweed', 'Rahmatullah'],
    female: ['Mariam', 'Zahra', 'Fatima', 'Shabnam', 'Nilofar', 'Parwana'],
    family: ['Ahmadi', 'Haidari', 'Karimi', 'Rahimi', 'Sultani', 'Noori', 'Safi', 'Stanikzai', 'Wardak', 'Hashimi'],
    placesOfBirth: ['Herat', 'Kabul', 'Kunduz', 'Jalalabad', 'Ghazni', 'Mazar-i-Sharif'],
    languages: ['fa', 'ps'],
  },
  GE: {
    male: ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Zurab', 'Nikoloz', 'Tornike', 'Lasha', 'Beka'],
    female: ['Nino', 'Tamar', 'Mariam', 'Ketevan', 'Natia', 'Salome', 'Eka'],
    family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Maisuradze', 'Lomidze', 'Tsiklauri', 'Japaridze', 'Kvaratskhelia', 'Abashidze'],
    placesOfBirth: ['Tbilisi', 'Kutaisi', 'Batumi', 'Rustavi', 'Zugdidi', 'Gori'],
    languages: ['ka', 'ru'],
  },
  GN: {
    male: ['Mamadou Saliou', 'Alpha Oumar', 'Ibrahima', 'Thierno', 'Sékou', 'Ousmane', 'Amadou', 'Mohamed Lamine'],
    female: ['Fatoumata Binta', 'Mariama', 'Aïssatou', 'Kadiatou', 'Hawa', 'Oumou'],
    family: ['Camara', 'Diallo', 'Barry', 'Bah', 'Sylla', 'Condé', 'Touré', 'Keïta', 'Soumah', 'Kourouma'],
    placesOfBirth: ['Conakry', 'Kindia', 'Labé', 'Kankan', 'Mamou', 'Nzérékoré'],
    languages: ['fr', 'ff', 'sus'],
  },
  DZ: {
    male: ['Karim', 'Sofiane', 'Walid', 'Yacine', 'Nassim', 'Riad', 'Amine', 'Redouane'],
    female: ['Amel', 'Lynda', 'Sarah', 'Nesrine', 'Dalila'],
    family: ['Benaissa', 'Boudiaf', 'Khelifi', 'Mansouri', 'Belkacem', 'Saadi', 'Hamidi', 'Brahimi'],
    placesOfBirth: ['Oran', 'Alger', 'Annaba', 'Constantine', 'Sétif', 'Tlemcen'],
    languages: ['ar', 'fr', 'kab'],
  },
  ER: {
    male: ['Yonas', 'Filmon', 'Merhawi', 'Tesfalem', 'Abel', 'Dawit', 'Samuel'],
    female: ['Helen', 'Senait', 'Saba', 'Freweyni', 'Winta'],
    family: ['Tesfay', 'Gebremedhin', 'Haile', 'Kidane', 'Tekle', 'Berhane', 'Woldu', 'Ghebreyesus'],
    placesOfBirth: ['Asmara', 'Keren', 'Massawa', 'Mendefera', 'Barentu'],
    languages: ['ti', 'ar'],
  },
} as const satisfies Record<string, NamePool>;

export type NameCountry = keyof typeof namePools;
