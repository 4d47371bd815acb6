// Which country's side the people listed after "the Serbian delegation consists of …" or
// "participants from the Mongolian side: …" belong to: a sentence that lists a side's members
// gives each of them that side's country until the next side is named; "the delegation" without
// a country is the side named last, or that of the person it accompanies.
import type { AnnotatedDocument, Sentence } from '../../annotated-document.ts';
import { countryMentionsIn } from '../../countries-in.ts';
import type { PersonFinding } from './findings.ts';
import { knownPerson } from './registry.ts';
import { LISTING_CUES, SIDE_NOUNS } from './vocabulary.ts';
import { phraseSource } from '../../pattern-source.ts';

const SIDE_NOUN = SIDE_NOUNS.map(phraseSource).join('|');
// "Georgian Governmental delegation", "Kuwaiti side": up to two words between the nationality and the noun.
const NOUN_AFTER_COUNTRY = new RegExp(`^(?:'s?)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SIDE_NOUN})\\b`, 'iu');
// "the delegation of Peru".
const NOUN_BEFORE_COUNTRY = new RegExp(`\\b(?:${SIDE_NOUN})\\s+of\\s+(?:the\\s+)?$`, 'iu');
/**
 * What a sentence holds for either pattern above to match: a side's noun after a space, or before
 * "of". A sentence without one is spared both patterns, which would be tried at every country.
 */
const SIDE_NOUN_IN_SENTENCE = new RegExp(`\\s(?:${SIDE_NOUN})|(?:${SIDE_NOUN})\\s+of\\s`, 'iu');
const CUE = LISTING_CUES.map((c) => (/^\w/.test(c) ? `${phraseSource(c)}\\b` : phraseSource(c))).join('|');
// The cue follows the side, past a destination ("to Azerbaijan") and an aside (", led by X,", "(…)").
const LISTING_AFTER_SIDE = new RegExp(
  `^(?:\\s+(?:to|in|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?\\s*(?:\\([^)]*\\)\\s*)?(?:,[^,;:]{0,80},\\s*)?(?:,\\s*)?(?:(?:also|which|that|was|were|is|are|has\\s+been|had\\s+been)\\s+)*(?:${CUE})`,
  'iu',
);

export interface SideStart {
  /** Where the side's list begins: people named after this offset belong to the side. */
  from: number;
  country: string;
}

// "The delegation includes …", "accompanied by a high-level delegation comprising …": a side named without its country.
const UNQUALIFIED_SIDE = /\b(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:delegation|team)\b/giu;
/** The side's noun alone: a sentence without one is spared the pattern above, tried at every offset. */
const SIDE_WORD = /delegation|team/iu;

/** The country of the side named last in the document, for a later "the delegation" without one. */
const lastSides = new WeakMap<AnnotatedDocument, string>();

/**
 * A side named without a country: the side named last before in the document ("The Serbian
 * delegation … The delegation includes …"), else that of the person it accompanies, named before
 * it in the sentence ("Sultan X will be accompanied by a delegation comprising …").
 */
function unqualifiedSides(doc: AnnotatedDocument, sentence: Sentence, findings: PersonFinding[]): SideStart[] {
  const sides: SideStart[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (SIDE_WORD.test(text)) for (const m of text.matchAll(UNQUALIFIED_SIDE)) {
    const sideEnd = sentence.start + m.index + m[0].length;
    if (!LISTING_AFTER_SIDE.test(doc.text.slice(sideEnd, Math.min(sentence.end, sideEnd + 160)))) continue;
    const before = findings.filter((f) => doc.tokens[f.span.to - 1].end <= sentence.start + m.index);
    const accompanied = before.map((f) => f.country ?? knownPerson(doc, f.span)?.country).find((c) => c);
    const country = lastSides.get(doc) ?? accompanied;
    if (country) sides.push({ from: sideEnd, country });
  }
  return sides;
}

/** The sides a sentence names, in text order, and whether it lists their members. */
function namedSides(doc: AnnotatedDocument, sentence: Sentence): (SideStart & { listed: boolean })[] {
  const sides: (SideStart & { listed: boolean })[] = [];
  if (!SIDE_NOUN_IN_SENTENCE.test(doc.text.slice(sentence.start, sentence.end))) return sides;
  for (const country of countryMentionsIn(doc, sentence.start, sentence.end)) {
    if (country.insideName) continue;
    let sideEnd: number | undefined;
    const after = NOUN_AFTER_COUNTRY.exec(doc.text.slice(country.end, Math.min(sentence.end, country.end + 60)));
    if (after && (country.form !== 'name' || after[0].startsWith("'"))) sideEnd = country.end + after[0].length;
    else if (NOUN_BEFORE_COUNTRY.test(doc.text.slice(Math.max(sentence.start, country.start - 40), country.start))) sideEnd = country.end;
    if (sideEnd === undefined) continue;
    sides.push({ from: sideEnd, country: country.code, listed: LISTING_AFTER_SIDE.test(doc.text.slice(sideEnd, Math.min(sentence.end, sideEnd + 160))) });
  }
  return sides;
}

/** People listed as a side's members ("the Serbian delegation consists of …") without a country of their own take the side's. */
export function addSideCountries(doc: AnnotatedDocument, sentence: Sentence, findings: PersonFinding[]): void {
  const named = namedSides(doc, sentence);
  const listed = named.filter((side) => side.listed);
  const sides = named.length > 0 ? listed : unqualifiedSides(doc, sentence, findings);
  if (named.length > 0) lastSides.set(doc, named[named.length - 1].country);
  if (sides.length === 0) return;
  for (const f of findings) {
    if (f.country) continue;
    const start = doc.tokens[f.span.from].start;
    const side = sides.filter((s) => s.from <= start).at(-1);
    if (side) f.country = side.country;
  }
}
