import { describe, expect, it } from 'vitest';
import { countryOptions } from '../../../renderer/src/ui/form/fields/countryOptions';
import { countries } from '../../../shared/reference';

describe('countryOptions', () => {
  it('lists every reference country once, named in the language with its code', () => {
    const options = countryOptions('fr');
    expect(options).toHaveLength(Object.keys(countries).length);
    expect(options.find((option) => option.value === 'BE')?.label).toBe('Belgique (BE)');
    expect(options.find((option) => option.value === 'XK')?.label).toMatch(/^Kosovo \(XK\)$/);
  });

  it('names countries in Albanian from the bundled names, as the explanations do', () => {
    expect(countryOptions('sq').find((option) => option.value === 'AL')?.label).toBe('Shqipëri (AL)');
  });

  it('sorts by the name in the language', () => {
    const labels = countryOptions('nl').map((option) => option.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('nl').compare));
  });
});
