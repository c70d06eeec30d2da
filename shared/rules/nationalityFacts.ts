import type { CaseFile, Nationality, NationalityStatus } from '../model';
import { BELGIUM } from '../reference';

const strength: Record<NationalityStatus, number> = { proven: 3, prima_facie: 2, claimed: 1, denied: 0 };

/** Foreign nationalities on file, strongest evidence first; denied ones and Belgian nationality are left out. */
export function foreignNationalities(caseFile: Pick<CaseFile, 'nationalities'>): Nationality[] {
  const byCountry = new Map<string, Nationality>();
  for (const nationality of caseFile.nationalities) {
    if (nationality.status === 'denied' || nationality.country === BELGIUM) continue;
    const known = byCountry.get(nationality.country);
    if (!known || strength[nationality.status] > strength[known.status]) byCountry.set(nationality.country, nationality);
  }
  return [...byCountry.values()].sort((a, b) => strength[b.status] - strength[a.status] || a.country.localeCompare(b.country));
}

/** The nationality the case turns on: the best-evidenced foreign one. */
export function primaryNationality(caseFile: Pick<CaseFile, 'nationalities'>): Nationality | undefined {
  return foreignNationalities(caseFile)[0];
}

/** Proof or prima facie evidence: enough to leave identification and to ask for readmission. */
export function isEstablished(status: NationalityStatus): boolean {
  return status === 'proven' || status === 'prima_facie';
}
