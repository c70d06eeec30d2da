import { countryNameIn } from '../../../../shared/explanations';

/**
 * A country code named in the user's language, the same names as the explanations give
 * (bundled Albanian names where the engine has none). A missing code reads as empty.
 */
export function formatCountry(code: string | undefined, locale: string): string {
  return code ? countryNameIn(locale, code) : '';
}
