// Vocabulary words as regular-expression sources: a data file's words are literal text, never patterns.

/** A word or phrase as a source that matches it literally ("U.S." matches only "U.S."). */
export function literalSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a source whose words any whitespace may separate ("prime minister" across a line break). */
export function phraseSource(phrase: string): string {
  return literalSource(phrase).replace(/ /g, '\\s+');
}
