// Which country's side the people listed after "the Serbian delegation consists of …" or
// "participants from the Mongolian side: …" belong to: a sentence that lists a side's members
// gives each of them that side's country until the next side is named.
import type { AnnotatedDocument, Sentence } from '../../annotated-document.ts';
import { countryMentionsIn } from '../../countries-in.ts';
import type { PersonFinding } from './findings.ts';
import { LISTING_CUES, SIDE_NOUNS } from './vocabulary.ts';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const SIDE_NOUN = SIDE_NOUNS.map(escape).join('|');
// "Georgian Governmental delegation", "Kuwaiti side": up to two words between the nationality and the noun.
const NOUN_AFTER_COUNTRY = new RegExp(`^(?:'s?)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SIDE_NOUN})\\b`, 'iu');
// "the delegation of Peru".
const NOUN_BEFORE_COUNTRY = new RegExp(`\\b(?:${SIDE_NOUN})\\s+of\\s+(?:the\\s+)?$`, 'iu');
const CUE = LISTING_CUES.map((c) => (/^\w/.test(c) ? `${escape(c)}\\b` : escape(c))).join('|');
// The cue follows the side, past a destination ("to Azerbaijan") and an aside (", led by X,", "(…)").
const LISTING_AFTER_SIDE = new RegExp(
  `^(?:\\s+(?:to|in|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?\\s*(?:\\([^)]*\\)\\s*)?(?:,[^,;:]{0,80},\\s*)?(?:(?:also|which|that|was|were|is|are|has\\s+been|had\\s+been)\\s+)*(?:${CUE})`,
  'iu',
);

export interface SideStart {
  /** Where the side's list begins: people named after this offset belong to the side. */
  from: number;
  country: string;
}

/** The sides a sentence lists members of, in text order. */
function listedSides(doc: AnnotatedDocument, sentence: Sentence): SideStart[] {
  const sides: SideStart[] = [];
  for (const country of countryMentionsIn(doc, sentence.start, sentence.end)) {
    if (country.insideName) continue;
    let sideEnd: number | undefined;
    const after = NOUN_AFTER_COUNTRY.exec(doc.text.slice(country.end, Math.min(sentence.end, country.end + 60)));
    if (after && (country.form !== 'name' || after[0].startsWith("'"))) sideEnd = country.end + after[0].length;
    else if (NOUN_BEFORE_COUNTRY.test(doc.text.slice(Math.max(sentence.start, country.start - 40), country.start))) sideEnd = country.end;
    if (sideEnd === undefined) continue;
    if (LISTING_AFTER_SIDE.test(doc.text.slice(sideEnd, Math.min(sentence.end, sideEnd + 160)))) sides.push({ from: sideEnd, country: country.code });
  }
  return sides;
}

/** People listed as a side's members ("the Serbian delegation consists of …") without a country of their own take the side's. */
export function addSideCountries(doc: AnnotatedDocument, sentence: Sentence, findings: PersonFinding[]): void {
  const sides = listedSides(doc, sentence);
  if (sides.length === 0) return;
  for (const f of findings) {
    if (f.country) continue;
    const start = doc.tokens[f.span.from].start;
    const side = sides.filter((s) => s.from <= start).at(-1);
    if (side) f.country = side.country;
  }
}
