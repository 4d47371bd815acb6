// One folding for both sides of every vocabulary lookup, so "Türkiye", "Turkiye" and
// "TÜRKIYE" meet, and so do "People’s" and "People's".

// Letters that Unicode decomposition leaves whole but English text spells without the mark.
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ı', 'i'], ['ł', 'l'], ['ø', 'o'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'],
  ['æ', 'ae'], ['œ', 'oe'], ['ß', 'ss'], ['ə', 'a'], ['ħ', 'h'],
]);
const SPECIAL_LETTERS = /[ıłøđðþæœßəħ]/g;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BB\u02BC\u02BE\u02BF\u0060\u00B4\u2032]/g;
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;

/** Folds punctuation only: typographic apostrophes, quotes and dashes to ASCII. */
export function foldPunctuation(s: string): string {
  return s.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-');
}

/** Removes the marks that Unicode decomposition separates from their letters: "López" → "Lopez", case kept. */
export function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(MARKS, '');
}

/** Folds one token (no whitespace inside): lower case, no diacritics, ASCII punctuation. */
export function foldToken(token: string): string {
  // Most tokens in English news are plain ASCII, and lower-casing is all they need.
  if (/^[\x20-\x7E]*$/.test(token)) return token.toLowerCase();
  return withoutMarks(foldPunctuation(token))
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (letter) => LETTER_FOLDS.get(letter) ?? letter);
}

/** Lower case, diacritics removed, typographic apostrophes/quotes/dashes to ASCII, whitespace collapsed. */
export function foldText(s: string): string {
  return foldToken(s).replace(WHITESPACE, ' ').trim();
}
