/**
 * How a person is named on every screen: family name in capitals, then given names
 * ("HOXHA Ardit"), the order of identity documents, with no comma. A person with only a
 * family name is "HOXHA".
 */
export function personDisplayName(name: { familyName: string; givenNames: string }): string {
  return [name.familyName.toLocaleUpperCase(), name.givenNames.trim()].filter((part) => part.length > 0).join(' ');
}
