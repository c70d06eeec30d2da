import { countries } from '../../../../../shared/reference';
import type { SelectOption } from './SelectField';

/** Every country of the reference list, named in the user's language and sorted by that name. */
export function countryOptions(locale: string): SelectOption[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(locale);
  return Object.keys(countries)
    .map((code) => ({ value: code, label: `${countryName(code, names)} (${code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export function countryName(code: string, names: Intl.DisplayNames | undefined): string {
  // Kosovo (XK) is a user-assigned code that some engines do not name.
  const name = names?.of(code);
  return name && name !== code ? name : code === 'XK' ? 'Kosovo' : code;
}
