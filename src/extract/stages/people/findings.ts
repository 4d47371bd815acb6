// The people one sentence names: the holders of its titles (after a title, in apposition before
// or after it, coordinated after a plural title), names a person noun introduces (person-nouns.ts),
// and untitled names after a form of address, next to a reporting verb or after a word of meeting.
import type { AnnotatedDocument, CountryMention, Sentence, TitleMention } from '../../annotated-document.ts';
import { lower } from '../../phrases.ts';
import { countryMentionsIn } from '../../countries-in.ts';
import { SpanIndex } from '../../span-index.ts';
import { isEnglishWord } from '../sentences-and-tokens.ts';
import { ARTICLE, firstTokenAtOrAfter, isNameWord, readName, skipHonorifics, type NameSpan } from './names.ts';
import { CONTACT_OBJECT_VERBS, CONTACT_SUBJECT_VERBS, CONTACT_WORDS, NOT_NAMES, PARTICLES, REPORTING, SUFFIXES } from './vocabulary.ts';
import { findNamesAfterPersonNouns } from './person-nouns.ts';

const titleIndexes = new WeakMap<TitleMention[], SpanIndex<TitleMention>>();

function titleIndex(doc: AnnotatedDocument): SpanIndex<TitleMention> {
  let index = titleIndexes.get(doc.titles);
  if (!index) titleIndexes.set(doc.titles, (index = new SpanIndex(doc.titles)));
  return index;
}

/**
 * Countries that go with coordinated names one by one: stated with the title ("Presidents of
 * X and Y A and B"), or listed in the same order later in the sentence ("A and B … X-Y relations").
 */
function respectiveCountries(doc: AnnotatedDocument, sentence: Sentence, names: NameSpan[], fromTitle: string[]): (string | undefined)[] {
  if (fromTitle.length === names.length) return fromTitle;
  if (names.length < 2 || fromTitle.length > 0) return [];
  const afterNames = doc.tokens[names[names.length - 1].to - 1].end;
  const later: string[] = [];
  for (const c of countryMentionsIn(doc, afterNames, sentence.end)) if (!c.insideName && !later.includes(c.code)) later.push(c.code);
  return later.length === names.length ? later : [];
}

/** A role's canonical title and its title as written. */
export type RoleTitle = Pick<TitleMention, 'title' | 'written' | 'organization'>;

export interface PersonFinding {
  span: NameSpan;
  title?: RoleTitle;
  country?: string;
}

/** Adds a finding unless a name found before starts at the same token. */
function addFinding(found: PersonFinding[], taken: Set<number>, f: PersonFinding): void {
  if (taken.has(f.span.from)) return;
  for (let k = f.span.from; k < f.span.to; k++) taken.add(k);
  found.push(f);
}

/** The people a title names: after it ("Foreign Minister Jeyhun Bayramov", "Presidents A and B") or before it in apposition ("Erlan Akkenzhenov, Minister of Energy"). */
function readTitledNames(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, titles: TitleMention[], index: number, found: PersonFinding[], taken: Set<number>): void {
  const title = titles[index];
  const stacked = stackedBefore(titles, index);
  const countries = title.countries;
  const country = title.country ?? stacked.find((t) => t.country)?.country;
  let i = skipHonorifics(doc, firstTokenAtOrAfter(doc, title.nameFrom, sentence.tokenStart, sentence.tokenEnd), sentence.tokenEnd);
  // A comma, then the name: after its honorific ("the Minister for Foreign Affairs of Japan, Ms. Yoko Kamikawa"), or
  // a name that ends the phrase ("the President of the Republic of Uzbekistan, Shavkat Mirziyoyev, and …").
  if (doc.tokens[i]?.text === ',' && !title.plural) {
    const j = skipHonorifics(doc, i + 1, sentence.tokenEnd);
    if (j > i + 1 ? !hasOwnTitleAfter(doc, readName(doc, j, sentence, claimed)) : nameClosesApposition(doc, j, sentence, claimed)) i = j;
  }
  if (title.plural) {
    const names: NameSpan[] = [];
    const ownCountries: (string | undefined)[] = [];
    for (;;) {
      const name = readName(doc, i, sentence, claimed);
      if (!name) break;
      names.push(name);
      // "Foreign Ministers Elmer Ruiz of Peru and Ana Vaca of Bolivia": each name with its country.
      const own = countryMentionAfterName(doc, name);
      ownCountries.push(own?.code);
      const k = own ? firstTokenAtOrAfter(doc, own.end, name.to, sentence.tokenEnd) : name.to;
      const next = doc.tokens[k];
      if (k < sentence.tokenEnd && (next.text === ',' || lower(next) === 'and')) i = k + 1 + (lower(doc.tokens[k + 1] ?? next) === 'and' ? 1 : 0);
      else break;
    }
    if (names.length === 0) {
      const pairs = countryNamePairs(doc, sentence, claimed, title);
      if (pairs.length >= 2) for (const pair of pairs) addFinding(found, taken, { span: pair.name, title, country: pair.country });
      else for (const span of namesBeforePluralTitle(doc, sentence, claimed, title)) addFinding(found, taken, { span, title, country });
      return;
    }
    names.forEach((span, n) => addFinding(found, taken, { span, title, country: ownCountries[n] ?? respectiveCountries(doc, sentence, names, countries)[n] ?? country }));
    return;
  }
  const after = readName(doc, i, sentence, claimed);
  if (after) {
    addFinding(found, taken, { span: after, title, country: country ?? countryAfterName(doc, after) });
    for (const earlier of stacked) found.push({ span: after, title: earlier, country: earlier.country ?? country });
    return;
  }
  // Apposition: "Erlan Akkenzhenov, Minister of Energy of Kazakhstan" or "Ferdinand R. Marcos, Jr., President of …";
  // for stacked titles, before the first ("X, Deputy Prime Minister and Minister of Foreign Affairs of Y").
  const first = stacked[0] ?? title;
  const titleToken = firstTokenAtOrAfter(doc, first.start, sentence.tokenStart, sentence.tokenEnd);
  let k = titleToken - 1;
  // "Gopal Sigdel, Nepal's secretary …", "Pankaj Agarwal, the Indian power secretary": the nationality stands between.
  const nationality = countryMentionsIn(doc, Math.max(sentence.start, first.start - 40), first.start).at(-1);
  if (nationality && /^(?:'s?)?\s*(?:\p{Ll}+\s+)?$/u.test(doc.text.slice(nationality.end, first.start))) k = firstTokenAtOrAfter(doc, nationality.start, sentence.tokenStart, sentence.tokenEnd) - 1;
  while (k > sentence.tokenStart && (doc.tokens[k].pos === 'DET' || ARTICLE.test(doc.tokens[k].text))) k--;
  if (doc.tokens[k]?.text !== ',') return;
  const span = nameEndingAt(doc, sentence, claimed, k);
  if (span) {
    const known = found.find((f) => f.span.from === span.from);
    if (known && !known.title) Object.assign(known, { title, country });
    else if (known && (stacked.length > 0 || !ARTICLE.test(doc.tokens[titleToken - 1].text)) && !stackNamesOneAfter(doc, sentence, claimed, titles, index)) {
      // Another title of a person named before ("Crown Prince X, deputy premier and defence minister"; in a list of
      // titled names, "A, the Deputy Prime Minister …" is the next person's), or another of stacked titles: the
      // country stated with the last holds for all.
      found.push({ span: known.span, title, country });
      if (country) for (const f of found) if (f.span.from === span.from && !f.country) f.country = country;
    } else addFinding(found, taken, { span, title, country });
  }
}

/** The name that ends just before token `end` (a comma before an apposed title), "Marcos, Jr." with its suffix. */
function nameEndingAt(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, end: number): NameSpan | undefined {
  const before = end;
  if (end - 1 > sentence.tokenStart && SUFFIXES.has(lower(doc.tokens[end - 1]))) end -= doc.tokens[end - 2]?.text === ',' ? 2 : 1;
  let start = end;
  while (start > sentence.tokenStart && !claimed[start - 1] && (isNameWord(doc.tokens[start - 1]) || PARTICLES.has(doc.tokens[start - 1].text) || doc.tokens[start - 1].text === '-')) start--;
  while (start < end && (!isNameWord(doc.tokens[start]) || NOT_NAMES.has(lower(doc.tokens[start])) || skipHonorifics(doc, start, end) > start)) start = Math.max(start + 1, skipHonorifics(doc, start, end));
  const name = start < end ? readName(doc, start, sentence, claimed) : undefined;
  // "the floor of the House, the Chairman …": a personal name takes no article.
  if (name && ARTICLE.test(doc.tokens[name.from - 1]?.text ?? '')) return undefined;
  return name && name.to >= end ? { from: name.from, to: Math.max(name.to, before) } : undefined;
}

/** "The presidents of Mexico, A, and Guatemala, B": each country of a plural title followed by its holder in apposition. */
function countryNamePairs(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, title: TitleMention): { country: string; name: NameSpan }[] {
  const pairs: { country: string; name: NameSpan }[] = [];
  let country = title.countries.length === 1 ? title.country : undefined;
  let at = title.nameFrom;
  while (country) {
    const i = firstTokenAtOrAfter(doc, at, sentence.tokenStart, sentence.tokenEnd);
    if (doc.tokens[i]?.text !== ',') break;
    const name = readName(doc, i + 1, sentence, claimed);
    if (!name) break;
    pairs.push({ country, name });
    const end = doc.tokens[name.to - 1].end;
    const joiner = /^\s*,?\s*and\s+(?:the\s+)?/.exec(doc.text.slice(end, end + 12));
    const next = joiner ? countryMentionsIn(doc, end, end + 60).find((c) => c.start === end + joiner[0].length) : undefined;
    country = next?.code;
    at = next?.end ?? end;
  }
  return pairs;
}

/** "A and B, Advisers to the King": names coordinated before a plural title in apposition. */
function namesBeforePluralTitle(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, title: TitleMention): NameSpan[] {
  let k = firstTokenAtOrAfter(doc, title.start, sentence.tokenStart, sentence.tokenEnd) - 1;
  while (k > sentence.tokenStart && ARTICLE.test(doc.tokens[k].text)) k--;
  if (doc.tokens[k]?.text !== ',') return [];
  const names: NameSpan[] = [];
  for (;;) {
    const name = nameEndingAt(doc, sentence, claimed, k);
    if (!name) break;
    names.unshift(name);
    k = name.from - 1;
    if (!/^(?:,|and)$/.test(doc.tokens[k]?.lower ?? '')) break;
    if (doc.tokens[k].lower === ',' && doc.tokens[k - 1]?.lower === 'and') k--;
  }
  // A lone name before a plural title is a list's last item, not its members ("…, B, the Presidents").
  return names.length >= 2 ? names : [];
}

/** Whether the titles joined to this one end in a name of their own ("A, Deputy Prime Minister and Minister of Energy B"). */
function stackNamesOneAfter(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, titles: TitleMention[], index: number): boolean {
  let last = index;
  while (titles[last + 1]?.joinedToPrevious) last++;
  const at = skipHonorifics(doc, firstTokenAtOrAfter(doc, titles[last].nameFrom, sentence.tokenStart, sentence.tokenEnd), sentence.tokenEnd);
  return readName(doc, at, sentence, claimed) !== undefined;
}

/**
 * Whether a name of two words or more starts at token i and closes the phrase: a comma, "and", a
 * bracket or the sentence's end follows, and no title of its own after a comma ("A, Minister of X, B, Minister of Y").
 */
function nameClosesApposition(doc: AnnotatedDocument, i: number, sentence: Sentence, claimed: Uint8Array): boolean {
  const name = readName(doc, i, sentence, claimed);
  if (!name || name.to - name.from < 2) return false;
  if (name.to >= sentence.tokenEnd) return true;
  const next = doc.tokens[name.to];
  return !hasOwnTitleAfter(doc, name) && (/^(?:,|and|\.|\)|;)$/.test(next.lower) || REPORTING.has(next.lower));
}

/** "…, B, Minister of Y": a name followed by a comma and a title of its own, in a list of names and titles. */
function hasOwnTitleAfter(doc: AnnotatedDocument, name: NameSpan | undefined): boolean {
  if (!name || doc.tokens[name.to]?.text !== ',') return false;
  const after = doc.tokens[skipArticle(doc, name.to + 1)];
  return after !== undefined && titleIndex(doc).overlapping(after.start, after.end).some((t) => !t.plural);
}

function skipArticle(doc: AnnotatedDocument, i: number): number {
  return doc.tokens[i] && ARTICLE.test(doc.tokens[i].text) ? i + 1 : i;
}

/**
 * Whether the token at `i` comes right after a word of meeting and one of the prepositions
 * ("negotiations with Recep Tayyip Erdogan", "the reception of Miguel Díaz-Canel"): it names the one met.
 */
export function followsContactWord(doc: AnnotatedDocument, i: number, prepositions: ReadonlySet<string>): boolean {
  const preposition = doc.tokens[i - 1];
  const word = doc.tokens[i - 2];
  return preposition !== undefined && word !== undefined && prepositions.has(lower(preposition)) && CONTACT_WORDS.has(lower(word));
}

const MET_PREPOSITIONS = new Set(['with', 'by', 'of']);

/** "Vladimir Putin held talks with …": a name that opens a clause (the sentence, or after a comma or "and") before a verb of meeting. */
function opensContactClause(doc: AnnotatedDocument, sentence: Sentence, i: number, name: NameSpan): boolean {
  const next = doc.tokens[name.to];
  if (!next || !CONTACT_SUBJECT_VERBS.has(next.lower)) return false;
  if (i === sentence.tokenStart) return doc.tokens[i].pos === 'PROPN';
  return /^(?:,|and|while|as|when)$/.test(doc.tokens[i - 1].lower);
}

/**
 * Untitled names next to a reporting verb, after an honorific or after a word of meeting: "Misri
 * said", "said Vikram Misri", "Mr. Nadir Ali", "talks with Vikram Misri".
 */
function readUntitledNames(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, found: PersonFinding[], taken: Set<number>): void {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (taken.has(i) || claimed[i]) continue;
    const honorificEnd = skipHonorifics(doc, i, sentence.tokenEnd);
    const start = honorificEnd > i ? honorificEnd : i;
    const name = readName(doc, start, sentence, claimed);
    if (!name) continue;
    const prev = doc.tokens[i - 1];
    const next = doc.tokens[name.to];
    const reported = (next && REPORTING.has(lower(next))) || (prev && REPORTING.has(lower(prev)));
    const multiWord = name.to - name.from >= 2;
    // "the Cuban José Portal Miranda": a nationality word after the article describes a person.
    const nationality = honorificEnd === i && prev && claimed[i - 1] && ARTICLE.test(doc.tokens[i - 2]?.text ?? '')
      ? countryMentionsIn(doc, prev.start, prev.end).find((c) => c.form !== 'name')
      : undefined;
    // Not a body with a nationality ("the Philippine Coast Guard", "the Belarusian Minsk Tractor Works (MTW)"): its last word is no English word.
    const described = nationality && multiWord && !isEnglishWord(doc.tokens[name.to - 1].text) && next?.text !== '(';
    if (described) addFinding(found, taken, { span: name, country: nationality.code });
    else if ((honorificEnd > i) || (reported && multiWord && !(i === sentence.tokenStart && doc.tokens[i].pos !== 'PROPN'))) addFinding(found, taken, { span: name });
    // A body met is named in English words ("talks with Abu Dhabi Ports"); a person's surname is rarely one.
    else if (multiWord && (followsContactWord(doc, i, MET_PREPOSITIONS) || opensContactClause(doc, sentence, i, name) || CONTACT_OBJECT_VERBS.has(prev?.lower ?? '')) && !isEnglishWord(doc.tokens[name.to - 1].text)) addFinding(found, taken, { span: name });
    i = name.to - 1;
  }
}

export function findPeopleInSentence(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array): PersonFinding[] {
  const found: PersonFinding[] = [];
  const titles = titleIndex(doc).within(sentence.start, sentence.end);
  const taken = new Set<number>();
  for (let index = 0; index < titles.length; index++) readTitledNames(doc, sentence, claimed, titles, index, found, taken);
  for (const f of findNamesAfterPersonNouns(doc, sentence, claimed)) addFinding(found, taken, f);
  readUntitledNames(doc, sentence, claimed, found, taken);
  addRelativeClauseTitles(doc, titles, found);
  return found;
}

const RELATIVE_ROLE = /^,\s*who\s+(?:also\s+|is\s+also\s+|was\s+also\s+)?(?:serves|served|is|was|doubles|acts|also)\s+(?:also\s+)?(?:as\s+)?(?:the\s+)?(?:(?:country|nation|government)'s\s+)?/i;

/** "Vice President Ana Soto, who also serves as foreign minister": the relative clause's title is the person's too. */
function addRelativeClauseTitles(doc: AnnotatedDocument, titles: TitleMention[], found: PersonFinding[]): void {
  const seen = new Set<number>();
  for (const f of [...found]) {
    if (seen.has(f.span.from)) continue;
    seen.add(f.span.from);
    const end = doc.tokens[f.span.to - 1].end;
    const clause = RELATIVE_ROLE.exec(doc.text.slice(end, end + 60));
    if (!clause) continue;
    const title = titles.find((t) => t.start === end + clause[0].length && !t.plural);
    if (title) found.push({ span: f.span, title, country: title.country ?? f.country });
  }
}

/** "President Sadyr Japarov of Kyrgyzstan": the country right after a titled name. */
function countryAfterName(doc: AnnotatedDocument, name: NameSpan): string | undefined {
  return countryMentionAfterName(doc, name)?.code;
}

function countryMentionAfterName(doc: AnnotatedDocument, name: NameSpan): CountryMention | undefined {
  const end = doc.tokens[name.to - 1].end;
  const tail = /^,?\s+of\s+(?:the\s+)?/.exec(doc.text.slice(end, end + 12));
  if (!tail) return undefined;
  return countryMentionsIn(doc, end, end + 60).find((c) => c.start === end + tail[0].length && c.form === 'name');
}

/** Titles the titles stage joined to this one ("Deputy Prime Minister and Foreign Minister X"): the same person's. */
function stackedBefore(titles: TitleMention[], index: number): TitleMention[] {
  const stack: TitleMention[] = [];
  for (let k = index; k > 0 && titles[k].joinedToPrevious && stack.length < 4; k--) stack.unshift(titles[k - 1]);
  return stack;
}
