// Stage: within-document coreference of people. Surname-only mentions ("Asadov"), title
// mentions without a name ("the Kazakh minister", "the Azerbaijani leader"), plural titles
// ("the PMs", "both leaders"), forms of address without a name ("His Highness") and a
// sentence-initial "He"/"She" each get a span that points to the person they mean.
import { sentenceAt, type AnnotatedDocument, type PersonMention, type TitleMention } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { countryMentionsIn } from '../countries-in.ts';
import { SpanIndex } from '../span-index.ts';
import { nameUsedAlone } from '../person-names.ts';
import { mentionsBySentence, peopleOf } from '../people-by-sentence.ts';
import { royalTitlesOf } from '../monarchies.ts';
import { HONORIFICS } from './people/vocabulary.ts';

/** "both leaders", "the two presidents", and "the leaders" alone (not "the leaders of …", which says whose). */
const GROUP_WORDS = /\b(?:(?:both|the two)\s+(leaders|presidents|ministers|sides' leaders|heads of (?:state|government)|prime ministers|premiers|foreign ministers|counterparts)|the\s+(leaders)(?!\s+(?:of|from)\b))\b/gi;
const PRONOUN = /^(He|She|They)\b/;
const STARTS_WITH_CAPITAL = /^[A-Z]/;
const HYPHEN_OR_APOSTROPHE_AFTER = /^[-']/;
const LETTER = /\p{L}/u;
const LEADER_AFTER = /^\s+(?:leader|head of state|head of government|side|delegation|counterpart)\b/i;

/** Whether a held title answers to a title mention: the same, or a generic noun of it ("the ministers", "the Secretary"). */
function titleAnswers(held: string, mentioned: string): boolean {
  if (held === mentioned) return true;
  return !mentioned.includes(' ') && ` ${held} `.includes(` ${mentioned} `);
}

/** "the Head of State", "the head of government": generic names of the offices of a level. */
const OFFICE_OF_LEVEL = new Map([['Head of State', 1], ['Head of Government', 2]]);

/** People a title can mean: the same or a more specific title (any head of state for "the Head of State"), and the same country when stated. */
function holders(doc: AnnotatedDocument, title: TitleMention, levels: ReadonlyMap<string, number>): number[] {
  const matches: number[] = [];
  const level = OFFICE_OF_LEVEL.get(title.title);
  const answers = (held: string) => titleAnswers(held, title.title) || (level !== undefined && levels.get(held) === level);
  doc.persons.forEach((p, index) => {
    if (p.roles.some((r) => answers(r.title)) && (!title.country || !p.country || p.country === title.country)) matches.push(index);
  });
  const sameCountry = matches.filter((i) => title.country && doc.persons[i].country === title.country);
  return sameCountry.length > 0 ? sameCountry : matches;
}

/** The mentions this stage adds, and the characters of the text that some person mention covers. */
class AddedMentions {
  readonly list: PersonMention[] = [];
  /** One flag per character of the text: a span is taken when any of its characters is. */
  private readonly taken: Uint8Array;

  constructor(doc: AnnotatedDocument) {
    this.taken = new Uint8Array(doc.text.length);
    for (const m of doc.personMentions) this.take(m);
  }

  isTaken(start: number, end: number): boolean {
    for (let at = start; at < end; at++) if (this.taken[at] === 1) return true;
    return false;
  }

  add(m: PersonMention): void {
    this.list.push(m);
    this.take(m);
  }

  private take(m: PersonMention): void {
    this.taken.fill(1, m.start, m.end);
  }
}

/** Names a person is called by alone: the surname, and the first name when no one else of the article bears it. */
function namesUsedAlone(doc: AnnotatedDocument): Map<string, number> {
  const firstNameCount = new Map<string, number>();
  for (const person of doc.persons) {
    const first = person.name.split(' ')[0];
    firstNameCount.set(first, (firstNameCount.get(first) ?? 0) + 1);
  }
  const personByName = new Map<string, number>();
  const remember = (name: string, index: number) => {
    if (name.length >= 2 && STARTS_WITH_CAPITAL.test(name) && !personByName.has(name)) personByName.set(name, index);
  };
  for (let index = 0; index < doc.persons.length; index++) {
    const name = doc.persons[index].name;
    const surname = nameUsedAlone(name);
    const first = name.split(' ')[0];
    remember(surname, index);
    if (name.includes(' ') && firstNameCount.get(first) === 1 && first !== surname) remember(first, index);
  }
  return personByName;
}

/** Surnames, and a leading name used alone ("Xi" for Xi Jinping, "Abiy" for Abiy Ahmed) when no one else bears it. */
function addNamesUsedAlone(doc: AnnotatedDocument, added: AddedMentions): void {
  const personByName = namesUsedAlone(doc);
  if (personByName.size === 0) return;
  for (const token of doc.tokens) {
    // Every name above starts with a capital A–Z: other tokens need no look-up.
    const first = token.text.charCodeAt(0);
    if (first < 65 || first > 90) continue;
    const person = personByName.get(token.text);
    if (person === undefined || HYPHEN_OR_APOSTROPHE_AFTER.test(doc.text.charAt(token.end)) || added.isTaken(token.start, token.end)) continue;
    added.add({ start: token.start, end: token.end, person, via: 'surname' });
  }
  // Hyphenated surnames ("Amir-Abdollahian") are several tokens: they are looked for in the text.
  for (const [name, person] of personByName) {
    if (!name.includes('-')) continue;
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
      if (!added.isTaken(at, at + name.length) && !LETTER.test(doc.text.charAt(at + name.length))) added.add({ start: at, end: at + name.length, person, via: 'surname' });
    }
  }
}

/** "the Kazakh minister", "the PMs": a title without a name, for the people who hold it. */
function addTitleMentions(doc: AnnotatedDocument, added: AddedMentions): void {
  const named = new SpanIndex([...doc.personMentions, ...added.list]);
  const holdersOf = new Map<string, number[]>();
  const firstMention = new Map<number, number>();
  for (const m of [...doc.personMentions, ...added.list]) if (!firstMention.has(m.person) || m.start < firstMention.get(m.person)!) firstMention.set(m.person, m.start);
  const levels = titleLevels(doc);
  const ownCountry = doc.outletCountry;
  for (const title of doc.titles) {
    if (added.isTaken(title.start, title.end)) continue;
    // A title with a name just after it is that name's ("President Tokayev"), already read by the people stage.
    if (named.overlapping(title.end, title.end + 40).some((m) => m.start >= title.end)) continue;
    const key = `${title.title}|${title.country ?? ''}`;
    if (!holdersOf.has(key)) holdersOf.set(key, holders(doc, title, levels));
    const people = holdersOf.get(key)!;
    if (people.length === 0) continue;
    // Of several people a singular title can mean, the one the report is about: named first
    // ("Secretary Blinken met Foreign Secretary Cleverly … The Secretary highlighted …").
    const protagonist = people.filter((p) => (firstMention.get(p) ?? Infinity) < title.start).sort((a, b) => firstMention.get(a)! - firstMention.get(b)!)[0];
    // "the ministers" means the holders already named, not one named further on ("… The two ministers witnessed … Prime Minister X is expected …").
    const introduced = title.plural ? people.filter((p) => (firstMention.get(p) ?? Infinity) < title.start) : [];
    const meant = title.plural ? (introduced.length > 0 ? introduced : people) : people.length === 1 ? (isAnotherHolder(doc, title, people[0], ownCountry) ? [] : people) : protagonist === undefined ? [] : [protagonist];
    // "the Tajik President": the nationality word belongs to the mention.
    const nationality = countryMentionsIn(doc, Math.max(0, title.start - 40), title.start).find((c) => title.start - c.end <= 1);
    for (const person of meant) {
      added.add({ start: nationality?.start ?? title.start, end: title.end, person, via: 'title' });
      // "the Kazakh President" tells the nationality of the one President it can mean, unless the sentence goes on to name
      // that President ("as Nepal's prime minister …, Prime Minister Narendra Modi": one office, two holders).
      if (!title.plural && title.country && !doc.persons[person].country && meant.length === 1 && people.length === 1 && !namedLaterInSentence(doc, person, title)) doc.persons[person].country = title.country;
    }
  }
}

/**
 * Whether a bare singular title means someone other than its one named holder: "The Prime Minister
 * spoke to Prime Minister Donald Tusk" (the holder named later in its sentence), or, in a
 * government's own readout, its own office-holder when the one named is of another country.
 */
function isAnotherHolder(doc: AnnotatedDocument, title: TitleMention, person: number, ownCountry: string | undefined): boolean {
  if (title.country) return false;
  if (namedLaterInSentence(doc, person, title)) return true;
  const country = doc.persons[person].country;
  // A monarchy's agency's "the President" is the republic's: the outlet's country has no such office.
  const ownHasNone = ownCountry !== undefined && title.level === 1 && royalTitlesOf(ownCountry)?.includes(title.title) === false;
  return ownCountry !== undefined && country !== undefined && country !== ownCountry && !ownHasNone;
}

/** Whether a person is named by name after a title, in the title's sentence. */
function namedLaterInSentence(doc: AnnotatedDocument, person: number, title: TitleMention): boolean {
  const sentence = doc.sentences[sentenceAt(doc, title.start)];
  return doc.personMentions.some((m) => m.person === person && m.via !== 'title' && m.start >= title.end && m.end <= sentence.end);
}

/** The level of each title the article names. */
function titleLevels(doc: AnnotatedDocument): Map<string, number> {
  return new Map(doc.titles.map((t) => [t.title, t.level]));
}

/** The people by rank, highest first: the level of their highest title (9 for a title the article does not rank). */
function peopleByRank(doc: AnnotatedDocument): { i: number; level: number }[] {
  const levels = titleLevels(doc);
  const ranked = doc.persons.map((p, i) => {
    let level = 99;
    for (const r of p.roles) level = Math.min(level, levels.get(r.title) ?? 9);
    return { i, level };
  });
  return ranked.sort((a, b) => a.level - b.level);
}

/** "the Azerbaijani leader", "the Kazakh side": the highest-ranking person of that country; "both leaders": the two highest. */
function addLeaderMentions(doc: AnnotatedDocument, added: AddedMentions): void {
  const leaders = peopleByRank(doc);
  const named = new SpanIndex(doc.personMentions);
  for (const country of doc.countries) {
    if (country.form === 'name') continue;
    const after = LEADER_AFTER.exec(doc.text.slice(country.end, country.end + 24));
    if (!after) continue;
    // "his Kazakh counterpart Olzhas Bektenov": the name that follows is the one meant.
    const end = country.end + after[0].length;
    if (named.overlapping(end, end + 4).some((m) => m.start >= end)) continue;
    const own = leaders.find((l) => doc.persons[l.i].country === country.code);
    if (own) added.add({ start: country.start, end: country.end + after[0].length, person: own.i, via: 'title' });
  }
  if (leaders.length === 0) return;
  const bySentence = mentionsBySentence(doc, [...doc.personMentions, ...added.list]);
  const levels = titleLevels(doc);
  for (const m of doc.text.matchAll(GROUP_WORDS)) {
    for (const person of pairMeant(doc, bySentence, leaders, levels, (m[1] ?? m[2]).toLowerCase(), m.index)) added.add({ start: m.index, end: m.index + m[0].length, person, via: 'title' });
  }
}

/** The office level a group noun names ("both presidents", "the two heads of government"), if it names one. */
function levelOfGroup(noun: string): number | undefined {
  if (/^(?:presidents|heads of state)$/.test(noun)) return 1;
  if (/^(?:prime ministers|premiers|heads of government)$/.test(noun)) return 2;
  return undefined;
}

/**
 * "The two leaders", "both sides' leaders": the pair already introduced, the first two people named
 * together before the mention; "both presidents", "the two heads of government": the two most
 * senior holders of that office already introduced.
 */
function pairMeant(doc: AnnotatedDocument, bySentence: PersonMention[][], leaders: { i: number; level: number }[], levels: ReadonlyMap<string, number>, noun: string, at: number): number[] {
  const introduced = new Set<number>();
  for (const m of doc.personMentions) if (m.start < at) introduced.add(m.person);
  const level = levelOfGroup(noun);
  if (level !== undefined) {
    const holders = leaders.filter((l) => introduced.has(l.i) && doc.persons[l.i].roles.some((r) => levels.get(r.title) === level));
    if (holders.length >= 2) return holders.slice(0, 2).map((l) => l.i);
  }
  if (noun === 'leaders' || noun === "sides' leaders" || noun === 'counterparts' || level !== undefined) {
    const before = bySentence.filter((mentions) => mentions.length > 0 && mentions[0].start < at);
    const pair = openingPair(doc, before);
    if (pair.length === 2) return pair;
  }
  return leaders.filter((l) => introduced.has(l.i)).slice(0, 2).map((l) => l.i);
}

/** "His Highness", "Her Majesty", "His Excellency": forms of address, from the honorifics of people.yaml. */
const FORM_OF_ADDRESS = new RegExp(
  `\\b(?:${HONORIFICS.filter((words) => words[0] === 'his' || words[0] === 'her').map((words) => words.join('\\s+')).join('|')})\\b`,
  'gi',
);
/** What may stand between a form of address and the name it introduces: "His Highness Sheikh Mohamed …". */
const BEFORE_NAME = /^\s+(?:[A-Z][a-z]+\s+)?$/;

/**
 * "His Highness and the Indonesian President witnessed …": a form of address without a name is the
 * one person the article addressed so ("President His Highness Sheikh Mohamed bin Zayed"), when
 * it addressed only one so.
 */
function addFormsOfAddress(doc: AnnotatedDocument, added: AddedMentions): void {
  const named = new SpanIndex([...doc.personMentions, ...added.list]);
  const addressed = new Map<string, Set<number>>();
  const bare: { start: number; end: number; form: string }[] = [];
  for (const m of doc.text.matchAll(FORM_OF_ADDRESS)) {
    const end = m.index + m[0].length;
    const form = m[0].toLowerCase().replace(/^her\b/, 'his').replace(/\s+/g, ' ');
    const person = named.overlapping(end, end + 30).find((p) => p.start >= end && BEFORE_NAME.test(doc.text.slice(end, p.start)))?.person;
    if (person === undefined) bare.push({ start: m.index, end, form });
    else addressed.set(form, (addressed.get(form) ?? new Set()).add(person));
  }
  for (const b of bare) {
    const people = addressed.get(b.form);
    if (people?.size === 1 && !added.isTaken(b.start, b.end)) added.add({ start: b.start, end: b.end, person: [...people][0], via: 'title' });
  }
}

/** A sentence-initial "He", "She" or "They": the people of the sentence before. */
function addPronouns(doc: AnnotatedDocument, added: AddedMentions): void {
  const bySentence = mentionsBySentence(doc, [...doc.personMentions, ...added.list]);
  for (let s = 1; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const m = PRONOUN.exec(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)));
    if (!m) continue;
    const inPrevious = bySentence[s - 1];
    const people = peopleOf(inPrevious);
    // "He"/"She" is the previous sentence's first person; "They" its people when there are
    // several, else the pair the article opened with.
    const meant = m[1] === 'They' ? (people.length >= 2 ? people : openingPair(doc, bySentence)) : people.length > 0 ? [inPrevious[0].person] : [];
    for (const person of meant) {
      const mention: PersonMention = { start: sentence.start, end: sentence.start + m[0].length, person, via: 'pronoun' };
      added.add(mention);
      bySentence[s].unshift(mention);
    }
  }
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  requires: ['text', 'sentences', 'tokens', 'countries', 'outletCountry', 'titles', 'persons', 'personMentions'],
  assigns: ['personMentions'],
  run(doc) {
    const added = new AddedMentions(doc);
    addNamesUsedAlone(doc, added);
    addTitleMentions(doc, added);
    addLeaderMentions(doc, added);
    addFormsOfAddress(doc, added);
    addPronouns(doc, added);
    for (const m of added.list) doc.personMentions.push(m);
    doc.personMentions.sort((a, b) => a.start - b.start);
  },
};

/** The first two people named together in one sentence: the sides of the reported contact. */
function openingPair(doc: AnnotatedDocument, bySentence: PersonMention[][]): number[] {
  for (const mentions of bySentence) {
    const people = peopleOf(mentions);
    if (people.length >= 2) return people.slice(0, 2);
  }
  return [];
}
