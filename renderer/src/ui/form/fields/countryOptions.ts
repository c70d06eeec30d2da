import { formatCountry } from '../../format/countryName';
import { countries } from '../../../../../shared/reference';
import type { SelectOption } from './SelectField';

/** Every country of the reference list, named in the user's language (as the explanations name it) and sorted by that name. */
export function countryOptions(locale: string): SelectOption[] {
  const collator = new Intl.Collator(locale);
  return Object.keys(countries)
    .map((code) => ({ value: code, label: `${formatCountry(code, locale)} (${code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
