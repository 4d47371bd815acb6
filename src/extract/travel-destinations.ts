// Where people are said to go: "President A left for Kenya", "B's state visit to Peru", "C
// arrived in Lima". The place of a visit is not the visitor's country, which the stages that
// infer a person's country from the article's two sides must not give.
import type { AnnotatedDocument, PlaceMention, Sentence, Token } from './annotated-document.ts';
import type { Span } from '../record/schema.ts';
import { lower } from './phrases.ts';
import { countryMentionsIn } from './countries-in.ts';
import { SpanIndex } from './span-index.ts';
import { WordShapeFilter } from '../vocabulary/word-shape-filter.ts';
import { TRAVEL_CUES } from './stages/people/vocabulary.ts';

// A visit may take its destination as object ("visited Kenya"); other cues need a preposition ("left for Kenya").
const VISIT = /^visit(?:s|ed|ing)?$/;
// At most four words between the cue and the preposition ("jetted out of the country for Kenya", "a two-day State Visit to Peru").
const TO_DESTINATION = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:to|for|in)\s+(?:the\s+)?$/u;
const NO_WORDS = /^\s+(?:the\s+)?$/;
// "A met B within his two-day official visit to X": the possessive is the clause's subject's, the first person named;
// not in a relative clause ("B, who was on his visit to X") nor before a verb ("his invitation to visit X").
const SUBJECTS_OWN = /\b(?:his|her)\s+(?:(?!to\b)[\p{L}-]+\s+){0,3}$/iu;
const RELATIVE = /\b(?:who|whose)\b/i;
const COORDINATED_VERB_BEFORE = /^\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?$/i;
// "the visit of President A to Cuba", "a trip by B", "a visit from C": the traveller named after the cue, past their title.
const VISITOR_AFTER = /^\s+(?:of|by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;
// "Indonesia received a visit from A", "Kenya hosted the visit by B": the host country, subject of the sentence, before the visit.
const HOST_BEFORE = /^\s+(?:also\s+)?(?:received|hosted|welcomed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** The country that receives a visit named after it ("Indonesia received a visit from A"). */
function hostBefore(doc: AnnotatedDocument, sentence: Sentence, cue: Token): string | undefined {
  const host = countryMentionsIn(doc, Math.max(sentence.start, cue.start - 60), cue.start).filter((c) => c.form === 'name' && !c.insideName).at(-1);
  return host && HOST_BEFORE.test(doc.text.slice(host.end, cue.start)) ? host.code : undefined;
}

/** The country of the place named just after a travel cue, if any: a country by name or a city of a known country. */
function destinationAfter(doc: AnnotatedDocument, places: SpanIndex<PlaceMention>, sentence: Sentence, cueEnd: number, visit: boolean): string | undefined {
  const reaches = (place: Span) => {
    const between = doc.text.slice(cueEnd, place.start);
    // "a state visit following his visit to X": the destination is the nearer cue's.
    const nearerCue = between.split(/\s+/).some((word) => TRAVEL_CUES.has(word.toLowerCase()));
    return !nearerCue && (TO_DESTINATION.test(between) || (visit && NO_WORDS.test(between)));
  };
  const limit = Math.min(sentence.end, cueEnd + 80);
  // "visiting Kenya's President": a possessive names a nationality, not a destination.
  const country = countryMentionsIn(doc, cueEnd, limit).find((c) => c.form === 'name' && !c.insideName && !/^['’]s\b/.test(doc.text.slice(c.end, c.end + 3)));
  if (country && reaches(country)) return country.code;
  const city = places.within(cueEnd, limit).find((p) => p.kind === 'city' && p.country);
  return city && reaches(city) ? city.country : undefined;
}

const cuesOfTokens = new WeakMap<readonly Token[], number[]>();
/** The cues by shape: most words need no look-up (which would hash them). */
const CUE_SHAPES = new WordShapeFilter(TRAVEL_CUES);

/** The tokens that are travel cues, found once for a document's tokens: the people and person-countries stages both ask. */
function travelCues(tokens: readonly Token[]): number[] {
  let cues = cuesOfTokens.get(tokens);
  if (!cues) {
    cues = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = lower(tokens[i]);
      if (CUE_SHAPES.mayContain(word) && TRAVEL_CUES.has(word)) cues.push(i);
    }
    cuesOfTokens.set(tokens, cues);
  }
  return cues;
}

/**
 * For each person (index into `persons`), the countries the text sends them to: the person named
 * after "of", "by" or "from" a travel cue travels (to the country that received them, if no destination follows),
 * else the nearest named before it in its sentence, the sentence's first after "his".
 */
export function travelDestinations(doc: AnnotatedDocument): Map<number, Set<string>> {
  const destinations = new Map<number, Set<string>>();
  const people = new SpanIndex([...doc.personMentions]);
  const places = new SpanIndex(doc.places);
  for (const i of travelCues(doc.tokens)) {
    const cue = doc.tokens[i];
    const sentence = doc.sentences[cue.sentence];
    const visitor = people.within(cue.end, Math.min(sentence.end, cue.end + 60)).find((m) => VISITOR_AFTER.test(doc.text.slice(cue.end, m.start)));
    const before = people.within(sentence.start, cue.start);
    const nearest = before.at(-1);
    let traveller = visitor ?? nearest;
    if (!traveller) continue;
    // "A met B and visited X": the verb after "and" is A's, the subject's, not the object's named just before it.
    if (!visitor && COORDINATED_VERB_BEFORE.test(doc.text.slice(traveller.end, cue.start))) {
      if (before[0] === traveller) continue;
      traveller = before[0];
    }
    if (!visitor && SUBJECTS_OWN.test(doc.text.slice(Math.max(sentence.start, cue.start - 50), cue.start)) && !RELATIVE.test(doc.text.slice(traveller.end, cue.start))) traveller = before[0];
    const destination = destinationAfter(doc, places, sentence, visitor?.end ?? cue.end, !visitor && VISIT.test(lower(cue))) ?? (visitor && hostBefore(doc, sentence, cue));
    if (!destination) continue;
    if (!destinations.has(traveller.person)) destinations.set(traveller.person, new Set());
    destinations.get(traveller.person)!.add(destination);
  }
  return destinations;
}
