import { describe, expect, it } from 'vitest';
import { memberStatesCovered, memberStatesFor } from '../../../shared/reference';

/**
 * Issue 12 (fields that fit): "Member State concerned" offers the states the instrument
 * covers. Dublin: the 27 EU Member States (Denmark by its 2006 agreement) and Iceland,
 * Norway (2001 agreement), Switzerland (2004) and Liechtenstein (2008 protocol).
 * Protection elsewhere: Directive 2013/32/EU Art. 33(2)(a), another Member State of the EU.
 */
describe('the Member States an instrument covers', () => {
  it.each<[string, string, boolean, boolean]>([
    // [code, state, under Dublin, protection elsewhere]
    ['BE', 'Belgium', true, true],
    ['DK', 'Denmark (Dublin by agreement)', true, true],
    ['GR', 'Greece (ISO GR, EU usage EL)', true, true],
    ['IS', 'Iceland', true, false],
    ['LI', 'Liechtenstein', true, false],
    ['NO', 'Norway', true, false],
    ['CH', 'Switzerland', true, false],
    ['GB', 'United Kingdom (left the EU and Dublin on 31 Dec 2020)', false, false],
    ['AL', 'Albania', false, false],
    ['TR', 'Türkiye', false, false],
  ])('%s (%s)', (code, _name, dublin, protection) => {
    expect((memberStatesCovered.dublin.states as readonly string[]).includes(code)).toBe(dublin);
    expect((memberStatesCovered.protection_elsewhere.states as readonly string[]).includes(code)).toBe(protection);
  });

  it('31 Dublin states and 27 EU Member States, each list with its basis', () => {
    expect(memberStatesCovered.dublin.states).toHaveLength(31);
    expect(memberStatesCovered.protection_elsewhere.states).toHaveLength(27);
    expect(memberStatesCovered.protection_elsewhere.legalBasis).toContain('Directive 2013/32/EU Art. 33(2)(a)');
    // The association agreements were not read in their published text: the list is not verified.
    expect(memberStatesCovered.dublin.verified).toBe(false);
  });

  it.each<[string | undefined, number | undefined]>([
    ['dublin', 31],
    ['protection_other_member_state', 27],
    ['irregular_stay', undefined],
    [undefined, undefined],
  ])('a residence status %s offers %s states', (status, count) => {
    expect(memberStatesFor(status)?.states.length).toBe(count);
  });
});
