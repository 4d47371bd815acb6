// Stage: the country of people whose own mention does not state it, from the sentences that
// pair them with someone of known country. One accompanied by another is of the same side
// ("President A, accompanied by Foreign Minister B"). A readout names one side's country and
// not the other's ("Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro
// Vieira"): in an article about two countries, that person is of the other side, as is one met
// untitled ("negotiations with A") and one whose counterpart or host is of the first side ("his
// Mexican counterpart"). A country the person is said to travel to is never theirs ("President A
// left for Kenya"); when it is one of the article's two, the other is. A royal title belongs to
// the one monarchy of the two ("King Mohammed VI" beside Mauritania). A ministry, presidency or
// national outlet names its own officials by title alone ("Minister Kamikawa" in a readout of
// Japan's foreign ministry): a titled person still without a country is of the country the
// outlet names.
import { sentenceAt, tokenStartingAt, type AnnotatedDocument, type Person, type PersonMention, type TitleMention } from '../annotated-document.ts';
import { SpanIndex } from '../span-index.ts';
import type { Stage } from '../stage.ts';
import { documentDyad } from '../countries-in.ts';
import { travelDestinations } from '../travel-destinations.ts';
import { royalTitlesOf } from '../monarchies.ts';
import { mentionsBySentence, peopleOf } from '../people-by-sentence.ts';
import { ACCOMPANIMENT_CUES, COUNTERPART } from './people/vocabulary.ts';
import { followsContactWord } from './people/findings.ts';
import { phraseSource } from '../pattern-source.ts';

// "accompanied by Foreign Minister B", "joined by his deputy B": the cue, then at most four words before the name.
const ACCOMPANIED = new RegExp(`\\b(?:${ACCOMPANIMENT_CUES.join('|')})(?:\\s+[\\p{L}.'’-]+){0,4}?\\s+$`, 'iu');

// "A and B", "A, and President B", "Akhannouch and Ould Bilal Messoud" (a surname mention after the name's first words).
const AND_ALONE = /^,?\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/** Mentions that name one person: not a group ("both leaders", one span for several people) nor a pronoun, which are guesses. */
function singleMentions(doc: AnnotatedDocument): PersonMention[] {
  const people = new Map<string, number>();
  for (const m of doc.personMentions) people.set(`${m.start}:${m.end}`, (people.get(`${m.start}:${m.end}`) ?? 0) + 1);
  return doc.personMentions.filter((m) => m.via !== 'pronoun' && people.get(`${m.start}:${m.end}`) === 1).sort((a, b) => a.start - b.start);
}

/** Pairs of a person and the one accompanying them ("President A, joined by Prime Minister B"): the same side. */
function accompaniedPairs(doc: AnnotatedDocument, bySentence: readonly PersonMention[][]): [number, number][] {
  const pairs: [number, number][] = [];
  for (const mentions of bySentence) {
    mentions.forEach((m, k) => {
      const before = mentions[k - 1];
      if (before && before.person !== m.person && ACCOMPANIED.test(doc.text.slice(Math.max(before.end, m.start - 60), m.start))) pairs.push([before.person, m.person]);
    });
  }
  return pairs;
}

/** Each title's level of office (1 head of state, 2 head of government, …). */
type TitleLevels = ReadonlyMap<string, number>;

/** Whether two people hold the same office, or offices of one level at the top ("the Amir and President Erdogan", "Head of Government A and Prime Minister B"). */
function sameOffice(doc: AnnotatedDocument, levels: TitleLevels, a: number, b: number): boolean {
  const aRoles = doc.persons[a].roles;
  const bRoles = doc.persons[b].roles;
  const sameTitle = bRoles.some((r) => aRoles.some((k) => k.title === r.title || r.title.split(' ').pop() === k.title.split(' ').pop()));
  // Heads of state, or of government, of two states.
  const sameTopLevel = bRoles.some((r) => (levels.get(r.title) ?? 9) <= 2 && aRoles.some((k) => levels.get(k.title) === levels.get(r.title)));
  return sameTitle || sameTopLevel;
}

/** Whether two people hold offices that face each other across a border: the same office or level, or a President or Prime Minister met. */
function facingOffices(doc: AnnotatedDocument, levels: TitleLevels, known: number, unknown: number): boolean {
  return sameOffice(doc, levels, known, unknown) || doc.persons[unknown].roles.some((r) => r.title === 'President' || r.title === 'Prime Minister');
}

function setCountry(doc: AnnotatedDocument, person: number, country: string): void {
  doc.persons[person].country = country;
  for (const role of doc.persons[person].roles) role.country ??= country;
}

/** "President A, accompanied by Foreign Minister B": B is of A's country, and A of B's. */
function inferAccompanyingCountry(doc: AnnotatedDocument, pairs: readonly [number, number][], destinations: ReadonlyMap<number, ReadonlySet<string>>): void {
  for (const [a, b] of pairs) {
    const [from, to] = doc.persons[a].country ? [a, b] : [b, a];
    const country = doc.persons[from].country;
    if (country && !doc.persons[to].country && !destinations.get(to)?.has(country)) setCountry(doc, to, country);
  }
}

// ", Advisors to the King": a plural title in apposition after two names makes them holders of one office, of one side.
const APPOSED_TITLE = /^\s*,\s+(?:the\s+)?$/;

/**
 * The two people a sentence pairs: its only two, or in a longer sentence two names joined by "and"
 * alone ("A and B co-chaired the session"), not two holders of one office ("A and B, Advisors to the King").
 */
function pairedPeople(doc: AnnotatedDocument, mentions: readonly PersonMention[], pluralTitles: SpanIndex<TitleMention>): [number, number][] {
  const people = peopleOf(mentions);
  if (people.length === 2) return [[people[0], people[1]]];
  const pairs: [number, number][] = [];
  mentions.forEach((m, k) => {
    const before = mentions[k - 1];
    if (!before || before.person === m.person || !AND_ALONE.test(doc.text.slice(before.end, m.start))) return;
    if (!pluralTitles.overlapping(m.end, m.end + 12).some((t) => t.start >= m.end && APPOSED_TITLE.test(doc.text.slice(m.end, t.start)))) pairs.push([before.person, m.person]);
  });
  return pairs;
}

// "negotiations with A", "received by A": the other party to the contact ("the reception of A" may name either).
const OTHER_PARTY_PREPOSITIONS = new Set(['with', 'by']);

/** The people named after a word of contact ("negotiations with Recep Tayyip Erdogan"): the other party to the contact. */
function metPeople(doc: AnnotatedDocument): Set<number> {
  const met = new Set<number>();
  for (const m of doc.personMentions) {
    const token = tokenStartingAt(doc, m.start);
    if (m.via === 'name' && token !== undefined && doc.tokens[token].start === m.start && followsContactWord(doc, token, OTHER_PARTY_PREPOSITIONS)) met.add(m.person);
  }
  return met;
}

/**
 * One paired with a person of one of the article's two countries is of the other when their
 * offices face each other, or when, untitled, they are the one met ("said at the end of
 * negotiations with Recep Tayyip Erdogan").
 */
function inferCounterpartCountry(doc: AnnotatedDocument, levels: TitleLevels, pairs: readonly [number, number][], accompanied: readonly [number, number][], met: ReadonlySet<number>, destinations: ReadonlyMap<number, ReadonlySet<string>>): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  const sameSide = (a: number, b: number) => accompanied.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  // A side found from a later pair may tell that of one paired earlier: the pairs are read again until none tells more.
  let remaining = pairs.filter(([a, b]) => !sameSide(a, b) && (!doc.persons[a].country || !doc.persons[b].country));
  for (let told = true; told; ) {
    told = false;
    remaining = remaining.filter(([a, b]) => {
      const known = doc.persons[a].country ? a : doc.persons[b].country ? b : undefined;
      if (known === undefined) return true;
      const unknown = known === a ? b : a;
      if (!doc.persons[unknown].country && tellsOtherSide(doc, dyad, levels, met, destinations, known, unknown)) told = true;
      return false;
    });
  }
}

/** Gives the unknown one of a pair the other side of the known one's, where the evidence holds; whether it did. */
function tellsOtherSide(doc: AnnotatedDocument, dyad: readonly string[], levels: TitleLevels, met: ReadonlySet<number>, destinations: ReadonlyMap<number, ReadonlySet<string>>, known: number, unknown: number): boolean {
  const knownCountry = doc.persons[known].country!;
  if (!dyad.includes(knownCountry)) return false;
  if (!facingOffices(doc, levels, known, unknown) && !(doc.persons[unknown].roles.length === 0 && met.has(unknown))) return false;
  const other = dyad.find((c) => c !== knownCountry)!;
  if (destinations.get(unknown)?.has(other)) return false;
  setCountry(doc, unknown, other);
  return true;
}

/**
 * "President A left for Kenya" in an article about Kenya and Uganda: one who travels to one of the
 * article's two countries, and to neither the other nor a third, comes from the other, unless a
 * sentence pairs them with someone of that other ("A held talks with Prime Minister B of Uganda").
 */
function inferTravellerCountry(doc: AnnotatedDocument, pairs: readonly [number, number][], destinations: ReadonlyMap<number, ReadonlySet<string>>): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  for (const [person, places] of destinations) {
    if (doc.persons[person].country || places.size !== 1) continue;
    const [destination] = places;
    const origin = dyad.find((c) => c !== destination);
    const facesOrigin = pairs.some((pair) => pair.includes(person) && doc.persons[pair[0] === person ? pair[1] : pair[0]].country === origin);
    if (origin && dyad.includes(destination) && !facesOrigin) setCountry(doc, person, origin);
  }
}

/** "King Mohammed VI" in a Morocco–Mauritania readout: a royal title of one of the article's two countries and not of the other is that country's. */
function inferMonarchCountry(doc: AnnotatedDocument, destinations: ReadonlyMap<number, ReadonlySet<string>>): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  doc.persons.forEach((person, index) => {
    if (person.country) return;
    const kingdoms = dyad.filter((code) => person.roles.some((r) => royalTitlesOf(code)?.includes(r.title)));
    if (kingdoms.length === 1 && !destinations.get(index)?.has(kingdoms[0])) setCountry(doc, index, kingdoms[0]);
  });
}

// "his Mexican counterpart", "her Kenyan hosts": a possessive, then a nationality before a counterpart word.
const POSSESSIVE_BEFORE = /\b(?:his|her)\s+$/i;
const COUNTERPART_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${[...COUNTERPART].map(phraseSource).join('|')})s?\\b`, 'i');

/**
 * "the reception of A to his Mexican counterpart": one whose counterpart or host is of one of the
 * article's two countries is of the other; the one meant by "his" is the person named last before it.
 */
function inferCounterpartOwnerCountry(doc: AnnotatedDocument, bySentence: readonly PersonMention[][]): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  for (const nationality of doc.countries) {
    if (nationality.insideName || !dyad.includes(nationality.code)) continue;
    if (!COUNTERPART_AFTER.test(doc.text.slice(nationality.end, nationality.end + 24))) continue;
    const possessive = POSSESSIVE_BEFORE.exec(doc.text.slice(Math.max(0, nationality.start - 8), nationality.start));
    if (!possessive) continue;
    const owner = bySentence[sentenceAt(doc, nationality.start)].filter((m) => m.end <= nationality.start - possessive[0].length).at(-1);
    if (owner && !doc.persons[owner.person].country) setCountry(doc, owner.person, dyad.find((c) => c !== nationality.code)!);
  }
}

/**
 * Officials the outlet's country titles without a country ("President William Ruto" in a Kenyan
 * paper): one with no title of another body ("President, Shell de Venezuela") and not sent to
 * that country. A country has one head of state and one head of government: such an office
 * another person of the country holds, or that two people without a country hold, is no evidence.
 */
function inferOutletCountry(doc: AnnotatedDocument, levels: TitleLevels, pairs: readonly [number, number][], destinations: ReadonlyMap<number, ReadonlySet<string>>): void {
  const country = doc.outletCountry;
  if (!country) return;
  const topLevel = (person: Person) => Math.min(...person.roles.map((r) => levels.get(r.title) ?? 9));
  const candidates = new Set<number>();
  doc.persons.forEach((person, index) => {
    if (!person.country && person.roles.length > 0 && !person.roles.some((r) => r.organization) && !destinations.get(index)?.has(country)) candidates.add(index);
  });
  // "Foreign Minister A held talks with Foreign Minister B": of two who face each other, at most one is the outlet's.
  for (const [a, b] of pairs) {
    if (candidates.has(a) && candidates.has(b) && sameOffice(doc, levels, a, b)) {
      candidates.delete(a);
      candidates.delete(b);
    }
  }
  // Holders of each head's level (1 of state, 2 of government) who are, or may be, of the country.
  const holders = new Map<number, number>();
  doc.persons.forEach((person, index) => {
    const level = topLevel(person);
    if (level <= 2 && (person.country === country || candidates.has(index))) holders.set(level, (holders.get(level) ?? 0) + 1);
  });
  for (const index of candidates) {
    const level = topLevel(doc.persons[index]);
    if (level > 2 || holders.get(level) === 1) setCountry(doc, index, country);
  }
}

export const personCountriesStage: Stage = {
  name: 'person-countries',
  requires: ['article', 'text', 'sentences', 'tokens', 'countries', 'places', 'outletCountry', 'titles', 'persons', 'personMentions'],
  assigns: ['persons'],
  run(doc) {
    const destinations = travelDestinations(doc);
    inferMonarchCountry(doc, destinations);
    const bySentence = mentionsBySentence(doc, singleMentions(doc));
    const accompanied = accompaniedPairs(doc, bySentence);
    inferAccompanyingCountry(doc, accompanied, destinations);
    inferCounterpartOwnerCountry(doc, bySentence);
    // Who each sentence pairs with whom, read once for the inferences below.
    const pluralTitles = new SpanIndex(doc.titles.filter((t) => t.plural));
    const pairs = bySentence.flatMap((mentions) => pairedPeople(doc, mentions, pluralTitles));
    const met = metPeople(doc);
    const levels: TitleLevels = new Map(doc.titles.map((t) => [t.title, t.level]));
    inferCounterpartCountry(doc, levels, pairs, accompanied, met, destinations);
    inferTravellerCountry(doc, pairs, destinations);
    inferOutletCountry(doc, levels, pairs, destinations);
    // Those the outlet's officials face are of the other side.
    inferCounterpartCountry(doc, levels, pairs, accompanied, met, destinations);
  },
};
