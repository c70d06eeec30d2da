/**
 * Folding for search keys. Caseworkers type names the way they hear them, without the
 * Albanian and other diacritics: "hoxhe" must find "Hoxhë", "cela" must find "Çela".
 * NFD splits a letter from its combining marks, which are then dropped; the few letters
 * that do not decompose (ß, ø, ł, đ, ı…) are mapped by hand.
 */
const nonDecomposingLetters: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøłđðıæœþ]/g, (letter) => nonDecomposingLetters[letter] ?? letter);
}

/** The words of a name, folded: "Ardit Hoxhë-Çela" → ["ardit", "hoxhe", "cela"]. */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}
