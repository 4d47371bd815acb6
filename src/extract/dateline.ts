// Datelines: the place in capitals that opens a wire or agency paragraph ("BAKU, April 4.",
// "NAIROBI, Sept 30 (Xinhua) --", "MOSCOW, March 21. /TASS/.").
import type { AnnotatedDocument, Token } from './annotated-document.ts';

/** Whether a token is the capitalised place word that opens a line as its dateline. */
export function isDatelineWord(doc: AnnotatedDocument, token: Token): boolean {
  if (!/^[A-Z][A-Z'-]{2,}$/.test(token.text)) return false;
  // A dateline opens its line: look back a few words only, never across the whole line.
  const window = doc.text.slice(Math.max(0, token.start - 40), token.start);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && token.start > 40) return false;
  const before = window.slice(newline + 1);
  if (!/^(?:[A-Z][A-Z'-]+[ -])*$/.test(before)) return false;
  return /^(?:[ -][A-Z][A-Z'-]+)*\s*(?:,|\(|\.|-{1,2}|–)/.test(doc.text.slice(token.end, token.end + 40));
}
