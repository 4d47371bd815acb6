// Stage: people and their roles. Names are read from proper-noun patterns anchored on
// titles ("Foreign Minister Jeyhun Bayramov"), appositions ("Erlan Akkenzhenov, Minister of
// Energy of Kazakhstan"), coordinated names after a plural title ("Presidents Ilham Aliyev
// and Kassym-Jomart Tokayev"), honorifics, and reporting verbs ("said Vikram Misri").
// Nationality comes from possessives, demonyms and "of <country>" around the title.
import type { AnnotatedDocument, Person, Sentence, TitleMention, Token } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { isCapitalised, joinedToPrevious, lower } from '../phrases.ts';
import { countryMentionsIn, documentDyad } from '../countries-in.ts';
import { surname } from '../person-names.ts';
import { SpanIndex } from '../span-index.ts';
import { listedSides } from '../delegation-sides.ts';

const titleIndexes = new WeakMap<TitleMention[], SpanIndex<TitleMention>>();

function titleIndex(doc: AnnotatedDocument): SpanIndex<TitleMention> {
  let index = titleIndexes.get(doc.titles);
  if (!index) titleIndexes.set(doc.titles, (index = new SpanIndex(doc.titles)));
  return index;
}

interface PeopleFile {
  particles: string[];
  suffixes: string[];
  honorifics: string[];
  capital_honorifics: string[];
  reporting_verbs: string[];
  not_names: string[];
  counterpart_words: string[];
}

const vocabulary = loadDataFile<PeopleFile>('people.yaml');
const PARTICLES = new Set(vocabulary.particles);
const SUFFIXES = new Set(vocabulary.suffixes.map((s) => s.toLowerCase()));
const HONORIFICS = vocabulary.honorifics.map((h) => h.toLowerCase().split(' '));
const CAPITAL_HONORIFICS = new Set(vocabulary.capital_honorifics);
const REPORTING = new Set(vocabulary.reporting_verbs);
const NOT_NAMES = new Set(vocabulary.not_names.map((w) => w.toLowerCase()));
const COUNTERPART = new Set(vocabulary.counterpart_words);

const MAX_NAME_WORDS = 8;

interface NameSpan {
  from: number;
  to: number;
}

/** Tokens already claimed by a country, organization, place or title. */
function claimedTokens(doc: AnnotatedDocument): Uint8Array {
  const claimed = new Uint8Array(doc.tokens.length);
  const spans = [...doc.countries, ...doc.organizations, ...doc.places, ...doc.titles];
  if (spans.length === 0) return claimed;
  const sorted = spans.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (k < sorted.length && sorted[k][1] <= t.start) k++;
    for (let j = k; j < sorted.length && sorted[j][0] < t.end; j++) {
      if (sorted[j][0] <= t.start && t.end <= sorted[j][1]) claimed[i] = 1;
    }
  }
  return claimed;
}

const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'-]+$/u;
const CAPITALS_NAME_WORD = /^\p{Lu}{2,}$/u;
const INITIAL = /^[A-Z]\.$/;
const HAS_LOWER_ASCII = /[a-z]/;
const ARTICLE = /^(the|a)$/i;

function isNameWord(token: Token): boolean {
  // Every form starts with a capital: most tokens are dismissed on their first character.
  if (!isCapitalised(token.text)) return false;
  return CAPITALISED_NAME_WORD.test(token.text) || CAPITALS_NAME_WORD.test(token.text) || INITIAL.test(token.text);
}

/** Reads a personal name starting at token i: "Kassym-Jomart Tokayev", "Ferdinand R. Marcos, Jr.", "KIHARA Minoru". */
function readName(doc: AnnotatedDocument, i: number, sentence: Sentence, claimed: Uint8Array): NameSpan | undefined {
  const tokens = doc.tokens;
  // A name starts with a name word: most tokens are dismissed here.
  if (i >= sentence.tokenEnd || !isNameWord(tokens[i])) return undefined;
  let k = i;
  let words = 0;
  let normalWords = 0;
  while (k < sentence.tokenEnd) {
    const t = tokens[k];
    if (claimed[k] || NOT_NAMES.has(lower(t))) break;
    // Longer runs of capitalised words are headings or lists, not one name.
    if (words >= MAX_NAME_WORDS) return undefined;
    if (isNameWord(t)) {
      words++;
      if (t.text.length > 2 && HAS_LOWER_ASCII.test(t.text)) normalWords++;
      k++;
      while (k + 1 < sentence.tokenEnd && tokens[k].text === '-' && joinedToPrevious(tokens, k) && /^[A-Z]/.test(tokens[k + 1].text)) k += 2;
      continue;
    }
    // "Hassan Shia' al-Amiri": an apostrophe that ends a transliterated word, the name going on after it.
    if (words > 0 && t.text === "'" && tokens[k - 1].end === t.start && k + 1 < sentence.tokenEnd && tokens[k + 1].start > t.end && (isNameWord(tokens[k + 1]) || PARTICLES.has(tokens[k + 1].text)) && !claimed[k + 1]) {
      k++;
      continue;
    }
    if (words > 0 && PARTICLES.has(t.text) && k + 1 < sentence.tokenEnd && isNameWord(tokens[k + 1]) && !claimed[k + 1]) {
      k++;
      continue;
    }
    // "al-Sisi", "el-Sheikh": a particle joined by a hyphen to the name after it.
    if (words > 0 && PARTICLES.has(t.text) && tokens[k + 1]?.text === '-' && k + 2 < sentence.tokenEnd && isNameWord(tokens[k + 2]) && joinedToPrevious(tokens, k + 2)) {
      k += 2;
      continue;
    }
    break;
  }
  if (words === 0 || normalWords === 0) return undefined;
  // "Marcos, Jr." and "Marcos Jr." keep their suffix.
  if (tokens[k]?.text === ',' && tokens[k + 1] && SUFFIXES.has(lower(tokens[k + 1]))) k += 2;
  else if (tokens[k] && SUFFIXES.has(lower(tokens[k]))) k++;
  const last = tokens[k - 1];
  if (INITIAL.test(last.text)) return undefined;
  return { from: i, to: k };
}

function nameText(doc: AnnotatedDocument, span: NameSpan): string {
  const raw = doc.text.slice(doc.tokens[span.from].start, doc.tokens[span.to - 1].end);
  // Surnames written in capitals ("KIHARA Minoru") are written as names.
  return raw.replace(/,\s*(Jr|Sr)\.?$/i, ' $1.').replace(/\b([A-Z])([A-Z]{2,})\b/g, (_, a: string, b: string) => a + b.toLowerCase()).replace(/\s+/g, ' ');
}

/** Honorifics by their first word, so that most tokens are dismissed with one look-up. */
const HONORIFICS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const words of HONORIFICS) HONORIFICS_BY_FIRST_WORD.set(words[0], [...(HONORIFICS_BY_FIRST_WORD.get(words[0]) ?? []), words]);

function skipHonorifics(doc: AnnotatedDocument, i: number, end: number): number {
  if (i >= end) return i;
  if (CAPITAL_HONORIFICS.has(doc.tokens[i].text)) return skipHonorifics(doc, i + 1, end);
  const honorifics = HONORIFICS_BY_FIRST_WORD.get(lower(doc.tokens[i]));
  if (honorifics === undefined) return i;
  for (const words of honorifics) {
    if (i + words.length <= end && words.every((w, n) => lower(doc.tokens[i + n]) === w)) return skipHonorifics(doc, i + words.length, end);
  }
  return i;
}

function firstTokenAtOrAfter(doc: AnnotatedDocument, offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (doc.tokens[i].start >= offset) return i;
  return to;
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
type RoleTitle = Pick<TitleMention, 'title' | 'written' | 'organization'>;

interface PersonFinding {
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
    for (;;) {
      const name = readName(doc, i, sentence, claimed);
      if (!name) break;
      names.push(name);
      const next = doc.tokens[name.to];
      if (next && (next.text === ',' || lower(next) === 'and')) i = name.to + 1 + (lower(doc.tokens[name.to + 1] ?? next) === 'and' ? 1 : 0);
      else break;
    }
    names.forEach((span, n) => addFinding(found, taken, { span, title, country: respectiveCountries(doc, sentence, names, countries)[n] ?? country }));
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
  let end = k;
  if (end - 1 > sentence.tokenStart && SUFFIXES.has(lower(doc.tokens[end - 1]))) end -= doc.tokens[end - 2]?.text === ',' ? 2 : 1;
  let start = end;
  while (start > sentence.tokenStart && (isNameWord(doc.tokens[start - 1]) || PARTICLES.has(doc.tokens[start - 1].text) || doc.tokens[start - 1].text === '-')) start--;
  while (start < end && (!isNameWord(doc.tokens[start]) || NOT_NAMES.has(lower(doc.tokens[start])) || skipHonorifics(doc, start, end) > start)) start = Math.max(start + 1, skipHonorifics(doc, start, end));
  const name = start < end ? readName(doc, start, sentence, claimed) : undefined;
  if (name && name.to >= end) {
    const span = { from: name.from, to: Math.max(name.to, end) };
    const known = found.find((f) => f.span.from === span.from);
    if (known && !known.title) Object.assign(known, { title, country });
    else if (known && stacked.length > 0) {
      // Another of the person's stacked titles: the country stated with the last holds for all.
      found.push({ span: known.span, title, country });
      if (country) for (const f of found) if (f.span.from === span.from && !f.country) f.country = country;
    } else addFinding(found, taken, { span, title, country });
  }
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

/** Untitled names next to a reporting verb or after an honorific: "Misri said", "said Vikram Misri", "Mr. Nadir Ali". */
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
    if ((honorificEnd > i) || (reported && multiWord && !(i === sentence.tokenStart && doc.tokens[i].pos !== 'PROPN'))) addFinding(found, taken, { span: name });
    i = name.to - 1;
  }
}

function findPeopleInSentence(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array): PersonFinding[] {
  const found: PersonFinding[] = [];
  const titles = titleIndex(doc).within(sentence.start, sentence.end);
  const taken = new Set<number>();
  for (let index = 0; index < titles.length; index++) readTitledNames(doc, sentence, claimed, titles, index, found, taken);
  readUntitledNames(doc, sentence, claimed, found, taken);
  return found;
}

/** "President Sadyr Japarov of Kyrgyzstan": the country right after a titled name. */
function countryAfterName(doc: AnnotatedDocument, name: NameSpan): string | undefined {
  const end = doc.tokens[name.to - 1].end;
  const tail = /^,?\s+of\s+(?:the\s+)?/.exec(doc.text.slice(end, end + 12));
  if (!tail) return undefined;
  return countryMentionsIn(doc, end, end + 60).find((c) => c.start === end + tail[0].length && c.form === 'name')?.code;
}

/** Titles the titles stage joined to this one ("Deputy Prime Minister and Foreign Minister X"): the same person's. */
function stackedBefore(titles: TitleMention[], index: number): TitleMention[] {
  const stack: TitleMention[] = [];
  for (let k = index; k > 0 && titles[k].joinedToPrevious && stack.length < 4; k--) stack.unshift(titles[k - 1]);
  return stack;
}

/** "counterpart": a person of the other side holding the same title as the sentence's first titled person. */
function counterpartTitle(doc: AnnotatedDocument, findings: PersonFinding[], sentence: Sentence, span: NameSpan): RoleTitle | undefined {
  let counterpart = false;
  for (let k = Math.max(sentence.tokenStart, span.from - 3); k < span.from && !counterpart; k++) counterpart = COUNTERPART.has(lower(doc.tokens[k]));
  if (!counterpart) return undefined;
  // Whose counterpart: the titled person named before in the sentence, else the first titled person of the article.
  const role = findings.find((f) => f.title && f.span.from < span.from)?.title ?? doc.persons.find((p) => p.roles.length > 0)?.roles[0];
  // The same office, which the other side may name otherwise ("External Affairs Minister" and his "counterpart"): its canonical title.
  return role ? { title: role.title, written: role.title } : undefined;
}

/** The country of a nationality word just before a name ("his Kazakh counterpart Murat Nurtleu"). */
function nationalityBefore(doc: AnnotatedDocument, sentence: Sentence, name: NameSpan): string | undefined {
  const start = doc.tokens[name.from].start;
  return countryMentionsIn(doc, Math.max(sentence.start, start - 40), start).find((c) => start - c.end < 16 && c.form !== 'name')?.code;
}

/** Other names of the sentence that a counterpart word makes holders of the same title ("his Kazakh counterpart Murat Nurtleu"). */
function addCounterparts(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, findings: PersonFinding[]): void {
  const named = new Set<number>();
  for (const f of findings) for (let k = f.span.from; k < f.span.to; k++) named.add(k);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (named.has(i) || claimed[i]) continue;
    const name = readName(doc, i, sentence, claimed);
    if (!name) continue;
    const title = counterpartTitle(doc, findings, sentence, name);
    if (title) findings.push({ span: name, title, country: nationalityBefore(doc, sentence, name) });
    i = name.to - 1;
  }
}

/** People listed as a side's members ("the Serbian delegation consists of …") without a country of their own take the side's. */
function addSideCountries(doc: AnnotatedDocument, sentence: Sentence, findings: PersonFinding[]): void {
  const sides = listedSides(doc, sentence);
  if (sides.length === 0) return;
  for (const f of findings) {
    if (f.country) continue;
    const start = doc.tokens[f.span.from].start;
    const side = sides.filter((s) => s.from <= start).at(-1);
    if (side) f.country = side.country;
  }
}

/**
 * The two holders of one national office in an article about two countries are its two sides:
 * when one is of one country of the pair and the other's country is not stated, the other is of
 * the other country ("President Ilham Aliyev … President Tokayev").
 */
function inferOtherSide(doc: AnnotatedDocument): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  const levels = new Map(doc.titles.map((t) => [t.title, t.level]));
  const holders = new Map<string, Person[]>();
  for (const person of doc.persons) {
    for (const role of person.roles) if ((levels.get(role.title) ?? 9) <= 3) holders.set(role.title, [...(holders.get(role.title) ?? []), person]);
  }
  for (const pair of holders.values()) {
    if (pair.length !== 2) continue;
    const known = pair.find((p) => p.country !== undefined && dyad.includes(p.country));
    const other = pair.find((p) => p !== known);
    if (!known || !other || other.country) continue;
    other.country = dyad.find((c) => c !== known.country);
  }
}

export const peopleStage: Stage = {
  name: 'people',
  run(doc) {
    const claimed = claimedTokens(doc);
    for (const sentence of doc.sentences) {
      const findings = findPeopleInSentence(doc, sentence, claimed);
      addCounterparts(doc, sentence, claimed, findings);
      addSideCountries(doc, sentence, findings);
      for (const f of findings) addPerson(doc, f);
    }
    inferOtherSide(doc);
  },
};

const titleAsWord = new Map<string, RegExp>();

/** Whether a title is a more general form of another, standing whole in it ("Secretary" in "Secretary of State"). */
function generalises(general: string, specific: string): boolean {
  if (general === specific) return false;
  let pattern = titleAsWord.get(general);
  if (!pattern) titleAsWord.set(general, (pattern = new RegExp(`(^|\\s)${general}(\\s|$)`)));
  return pattern.test(specific);
}

/** "Secretary" and "Secretary of State" for one person are one role: the specific title is kept. */
function addRole(person: Person, { title, written, organization }: RoleTitle, country: string | undefined): void {
  if (person.roles.some((r) => r.title === title || generalises(title, r.title))) return;
  person.roles = person.roles.filter((r) => !generalises(r.title, title));
  person.roles.push({ title, written, ...(country ? { country } : {}), ...(organization ? { organization } : {}) });
}

/** Looks people up by full name, surname and given name, so that adding one costs no scan of all. */
class PersonRegistry {
  private readonly byName = new Map<string, number>();
  private readonly bySurname = new Map<string, number[]>();
  private readonly byGivenName = new Map<string, number[]>();
  private readonly byNamePart = new Map<string, number[]>();

  constructor(private readonly persons: Person[]) {}

  private static push(map: Map<string, number[]>, key: string, index: number): void {
    const list = map.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    map.set(key, list);
  }

  remember(index: number): void {
    const person = this.persons[index];
    for (const name of [person.name, ...person.aliases]) if (!this.byName.has(name)) this.byName.set(name, index);
    PersonRegistry.push(this.bySurname, surname(person.name), index);
    if (person.name.includes(' ')) PersonRegistry.push(this.byGivenName, person.name.split(' ')[0], index);
    for (const part of person.name.split(' ')) if (part.length >= 3 && /^\p{Lu}/u.test(part)) PersonRegistry.push(this.byNamePart, part, index);
  }

  find(name: string): number {
    // "Soto Jr." alone is the surname of "Pedro Soto Jr.".
    const words = name.replace(/\s+(Jr|Sr)\.?$/i, '').split(' ');
    const exact = this.byName.get(name);
    if (exact !== undefined) return exact;
    const sameSurname = this.bySurname.get(surname(name)) ?? [];
    if (words.length === 1 && sameSurname.length > 0) return sameSurname[0];
    // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a lone given name of one person named before.
    const byGiven = this.byGivenName.get(name) ?? [];
    if (words.length === 1 && byGiven.length === 1) return byGiven[0];
    // "President Lula" after "Luiz Inácio Lula da Silva": a lone name that is a part of one person's name.
    const byPart = this.byNamePart.get(name) ?? [];
    if (words.length === 1 && byPart.length === 1) return byPart[0];
    return sameSurname.find((i) => this.persons[i].name.split(' ')[0] === words[0] || !this.persons[i].name.includes(' ')) ?? -1;
  }
}

const registries = new WeakMap<Person[], PersonRegistry>();

function addPerson(doc: AnnotatedDocument, finding: PersonFinding): void {
  const name = nameText(doc, finding.span);
  const start = doc.tokens[finding.span.from].start;
  const end = doc.tokens[finding.span.to - 1].end;
  const words = name.split(' ');
  let registry = registries.get(doc.persons);
  if (!registry) registries.set(doc.persons, (registry = new PersonRegistry(doc.persons)));
  let index = registry.find(name);
  let person: Person;
  if (index < 0) {
    person = { name, aliases: [], roles: [], firstMention: { start, end } };
    index = doc.persons.push(person) - 1;
  } else {
    person = doc.persons[index];
    if (words.length > person.name.split(' ').length) {
      person.aliases.push(person.name);
      person.name = name;
    } else if (name !== person.name && !person.aliases.includes(name)) person.aliases.push(name);
  }
  registry.remember(index);
  if (finding.country && !person.country) person.country = finding.country;
  if (finding.title) addRole(person, finding.title, finding.country);
  doc.personMentions.push({ start, end, person: index, via: words.length === 1 ? 'surname' : 'name' });
}
