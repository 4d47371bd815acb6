// Stage: organisations that no list can hold: government bodies read from their head words
// ("Ministry of Energy of Azerbaijan", "Azerbaijan's Cabinet of Ministers", "Moroccan National
// Office of Hydrocarbons and Mines (ONHYM)"), the outlets and sources a report cites
// ("Trend reports", "citing Akorda"), and acronyms used as names ("the AZAL plane crash").
import type { AnnotatedDocument, CountryMention, OrganizationMention, Sentence, Token } from '../annotated-document.ts';
import type { Span } from '../../record/schema.ts';
import { SpanIndex } from '../span-index.ts';
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { HeadIndex, type HeadMatch, MAX_PHRASE_TOKENS, isCapitalised, joinedToPrevious, lower } from '../phrases.ts';
import type { OrganizationKind } from '../../vocabulary/organizations.ts';
import { isDatelineWord } from '../dateline.ts';
import { mergeVariantNames } from '../organization-variants.ts';
import { lookupCountryName } from '../../vocabulary/countries.ts';
import { asMention, companyCandidates } from '../company-cues.ts';
import { descriptiveBodies, isInstrumentParty } from '../descriptive-bodies.ts';
import { canonicalTitle, findTitleMentions } from '../../vocabulary/titles.ts';
import { isEnglishWord } from './sentences-and-tokens.ts';

interface PatternsFile {
  heads: { [phrase: string]: OrganizationKind };
  media_before: string[];
  source_after: string[];
  not_organization_acronyms: string[];
  legal_suffixes: string[];
}

const vocabulary = loadDataFile<PatternsFile>('organization-patterns.yaml');
const VENUE_LIKE_HEADS = /^(?:Centre|Center)$/;
const RANK_WORDS = /^(?:Deputy|Vice|Chief|Acting|Senior|First|Assistant)$/;
const INSTRUMENT_HEADS = /^(?:Agreements?|Treaty|Memorandum|Protocol|Accord|Convention|Pact|Declaration|Charter)$/;
const MEETING_LIKE_HEADS = /^Congress$/;
const STATE_OWNER = /\b(?:Republic|National|Federal|State)\b/;
const FACILITY_HEADS = /^(?:Centre|Center|Institute)$/;
const FACILITY_CONTEXT = /\b(?:inaugurat\w*|opening|opened|built|build|construct\w*|foundation stone|groundbreaking)\b/i;
const LEGAL_SUFFIXES = new Set(vocabulary.legal_suffixes);
const HEADS = new HeadIndex<OrganizationKind>(Object.entries(vocabulary.heads));
const NOT_ACRONYMS = new Set(vocabulary.not_organization_acronyms);
const MEDIA_BEFORE = new RegExp(`^(?:the\\s+)?([A-Z][\\w.&'-]*(?:\\s+[A-Z][\\w.&'-]*){0,3})\\s+(?:${vocabulary.media_before.join('|')})\\b`);
/** "citing", "according to": a source word, its first letter of either case. */
const SOURCE_WORDS = vocabulary.source_after.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
const SOURCE_AFTER = new RegExp(`\\b(?:${SOURCE_WORDS})\\s+(?:the\\s+)?((?:[A-Z][\\w.&'-]*(?:'s)?[ ]+)*[A-Z][\\w.&'-]*(?:\\s+press\\s+(?:service|office))?)`, 'g');
const SENTENCE_STOP_AFTER_WORD = /[a-z]{3,}\.$/;
/** "according to Ana Ruiz, the President's adviser": a source followed by a title is a person. */
const TITLE_APPOSITION = /^,\s+(?:[\w'’.-]+\s+){0,6}?(?:Advis[oe]r|Minister|President|Secretary|Ambassador|Spokes(?:man|woman|person)|Director|Chair(?:man|woman)?|Envoy|Representative|Deputy|Head|CEO)\b/;

// Most sentences hold none of the words the two patterns above need: tested first, they spare the full match.
const MEDIA_VERB = new RegExp(vocabulary.media_before.join('|'));
const SOURCE_WORD = new RegExp(vocabulary.source_after.join('|'), 'i');
/** Either pattern's word: one search turns away the sentences that hold neither. */
const MEDIA_OR_SOURCE_WORD = new RegExp(`${MEDIA_VERB.source}|${SOURCE_WORDS}`);

const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const GOVERNMENT_SOURCE = /\b(?:press service|press office|ministry|office|service|cabinet|government|presidency)\b/i;

/** An acronym before a project noun names the project ("TANAP pipeline"), not an organisation. */
const PROJECT_AFTER = /^\s+(?:pipelines?|corridors?|projects?|routes?|cables?|railways?|lines?|programmes?|programs?|initiatives?)\b/i;

/** The spans a candidate body name must respect, indexed once per document. */
interface Claimed {
  countriesAndPlaces: SpanIndex<Span>;
  organizations: SpanIndex<Span>;
  countries: SpanIndex<CountryMention>;
}

function claimedSpans(doc: AnnotatedDocument): Claimed {
  return {
    countriesAndPlaces: new SpanIndex<Span>([...doc.countries, ...doc.places]),
    organizations: new SpanIndex<Span>(doc.organizations),
    countries: new SpanIndex(doc.countries),
  };
}

/** The claimed spans once this stage has added organisations: only they have changed. */
function withOrganizations(claimed: Claimed, doc: AnnotatedDocument): Claimed {
  return { ...claimed, organizations: new SpanIndex<Span>(doc.organizations) };
}

/** A candidate may hold a country or place ("Ministry of Energy of Azerbaijan") but not cut across one, nor repeat a known organisation. */
function overlapsAny(claimed: Claimed, start: number, end: number): boolean {
  return claimed.countriesAndPlaces.overlapping(start, end).some((m) => !(m.start >= start && m.end <= end))
    || claimed.organizations.overlaps(start, end);
}

function countryOf(claimed: Claimed, start: number, end: number): string | undefined {
  return claimed.countries.within(start - 14, end)[0]?.code;
}

/** "the Vietnamese company Thai Binh", "Indian state-owned firm X": a nationality, a few lower-case words, a company noun. */
const OWNER_LINK = /^(?:\s+[a-z][a-z-]*){0,2}\s+(?:company|firm|group|conglomerate|giant|operator|manufacturer|maker|producer|carrier|consortium|contractor|developer)\s+$/;
const OWNER_REACH = 48;

/** The country of the nationality that describes a company just before its name; it outweighs a country word inside the name ("Thai" of "Thai Binh"). */
function ownerBefore(doc: AnnotatedDocument, claimed: Claimed, start: number): string | undefined {
  const before = claimed.countries.within(start - OWNER_REACH, start).at(-1);
  return before && OWNER_LINK.test(doc.text.slice(before.end, start)) ? before.code : undefined;
}

/** "the Vietnamese company Thai Binh": a country word of another country inside a company's name is part of the name, not a mention of that country. */
function markForeignWordsOfName(claimed: Claimed, company: OrganizationMention): void {
  if (!company.country) return;
  for (const country of claimed.countries.within(company.start, company.end)) if (country.code !== company.country) country.insideName = true;
}

const COMPLEMENT_PREPOSITIONS = /^(?:of|for|on|in|to|with)$/;

/**
 * The number of tokens that join a body's head to a capitalised complement: "of", "for", "on"
 * and "in" ("Centre in Graphic Arts"), not before a day or month ("the Council on Monday"), or a capitalised
 * participle and its preposition ("Institute Specialized in Art"); 0 when none does.
 */
function complementLink(tokens: readonly Token[], at: number, limit: number): number {
  const word = tokens[at].text;
  if (word === 'of' || word === 'for') return 1;
  if (word === 'on' || word === 'in') return DAY_OR_MONTH.test(tokens[at + 1].text) ? 0 : 1;
  if (/^[A-Z][a-z]+ed$/.test(word) && at + 2 < limit && COMPLEMENT_PREPOSITIONS.test(tokens[at + 1].text)) return 2;
  return 0;
}

/**
 * "Chairman of the State Committee for National Security Kamchybek Tashiev": two or more
 * capitalised words that are no English words, after one that is, end a complement as the name
 * of the body's officer; returns where the complement [from, to) ends without them.
 */
function beforeHolderName(tokens: readonly Token[], claimed: Claimed, from: number, to: number): number {
  let k = to;
  while (k > from && isCapitalised(tokens[k - 1].text) && !isEnglishWord(tokens[k - 1].text) && !claimed.countriesAndPlaces.overlaps(tokens[k - 1].start, tokens[k - 1].end)) k--;
  return to - k >= 2 && k > from && isEnglishWord(tokens[k - 1].text) ? k : to;
}

/** Whether the words from token `first` to token `last` open with a title of office. */
function startsWithTitle(doc: AnnotatedDocument, first: Token | undefined, last: Token): boolean {
  return first !== undefined && findTitleMentions(doc.text.slice(first.start, last.end)).some((t) => t.start === 0);
}

/** Reads the name of a body around a head ("Cabinet of Ministers of the Kyrgyz Republic"), adding it when it holds; returns the token to read on after. */
function readBody(doc: AnnotatedDocument, sentence: Sentence, claimed: Claimed, head: HeadMatch<OrganizationKind>, i: number, found: OrganizationMention[]): number {
  const tokens = doc.tokens;
  let from = head.from;
  while (from > sentence.tokenStart && head.from - from < MAX_PHRASE_TOKENS) {
    const t = tokens[from - 1];
    // "(WIRE- Outlet News Agency)": a dash glued to the word before and spaced from the one after credits two outlets.
    if (t.text === '-' && tokens[from].start > t.end && tokens[from - 2]?.end === t.start) break;
    if (joinedToPrevious(tokens, from) || t.text === '-') { from--; continue; }
    // "Follow-up Committee": a lower-case word hyphened to the one before belongs to the name.
    if (from - 1 > sentence.tokenStart && joinedToPrevious(tokens, from - 1) && tokens[from - 2].text === '-') { from--; continue; }
    if (t.text === "'s" && from - 2 >= sentence.tokenStart && isCapitalised(tokens[from - 2].text)) { from--; continue; }
    if (isCapitalised(t.text) && t.pos !== 'DET' && t.pos !== 'PRON' && !(from - 1 === sentence.tokenStart && t.pos !== 'PROPN')) { from--; continue; }
    // "Volta Tractor Works (VTW) OJSC": the acronym a company defines sits inside its name.
    if (t.text === ')' && from - 3 >= sentence.tokenStart && tokens[from - 3].text === '(' && /^[A-Z]{2,8}$/.test(tokens[from - 2].text) && LEGAL_SUFFIXES.has(tokens[from].text)) { from -= 3; continue; }
    // "Heads of State and Government": an "and" joined to the head itself coordinates two nouns, it names no body.
    if ((t.text === 'and' || t.text === '&') && from !== head.from && from - 2 >= sentence.tokenStart && isCapitalised(tokens[from - 2].text) && !LEGAL_SUFFIXES.has(tokens[from - 2].text) && tokens[from - 2].pos !== 'DET') { from--; continue; }
    break;
  }
  let to = head.to;
  let link: number;
  while (to + 1 < sentence.tokenEnd && (link = complementLink(tokens, to, sentence.tokenEnd)) > 0) {
    let k = to + link;
    if (lower(tokens[k]) === 'the') k++;
    let words = 0;
    let owner: CountryMention | undefined;
    // "Ministry of Culture, Sports and Tourism": a comma goes on with the name only where an "and" closes the list.
    let firstComma = -1;
    let closedList = false;
    const capitalisedAt = (n: number) => n < sentence.tokenEnd && isCapitalised(tokens[n].text);
    while (k < sentence.tokenEnd && k - to < MAX_PHRASE_TOKENS && (isCapitalised(tokens[k].text) || tokens[k].text === '-' || ((tokens[k].text === 'and' || tokens[k].text === ',') && capitalisedAt(k + 1)))) {
      if (tokens[k].text === ',' && firstComma < 0) firstComma = k;
      if (tokens[k].text === 'and' && firstComma >= 0) closedList = true;
      // "Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov": the body's name ends with the country that owns it.
      owner = claimed.countries.within(tokens[k].start, tokens[k].end + 40).find((c) => c.start === tokens[k].start);
      if (owner) {
        while (k < sentence.tokenEnd && tokens[k].start < owner.end) k++;
        words++;
        break;
      }
      k++;
      words++;
    }
    if (firstComma >= 0 && !closedList) {
      k = firstComma;
      owner = undefined;
    }
    // "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi": an "and" before an office ends the body.
    for (let j = to + link; j < k; j++) {
      if (tokens[j].text === 'and' && startsWithTitle(doc, tokens[j + 1], tokens[k - 1])) {
        k = j;
        owner = undefined;
        break;
      }
    }
    if (!owner) k = beforeHolderName(tokens, claimed, to + link, k);
    if (words === 0 || k === to + link) break;
    // "Embassy in Lima" is a body and a place; "Centre in Graphic Arts" names the body's field.
    if (tokens[to + link - 1].text === 'in' && claimed.countriesAndPlaces.overlaps(tokens[to + link].start, tokens[k - 1].end)) break;
    to = k;
    if (owner) break;
  }
  if (to < sentence.tokenEnd && LEGAL_SUFFIXES.has(tokens[to].text)) to++;
  if (to - from < 2) return i;
  // "Deputy Chief Cabinet Secretary", "the Host Government Agreement": a rank before or an instrument noun after makes the words part of a title or an instrument's name.
  if (RANK_WORDS.test(tokens[from].text) || (to < sentence.tokenEnd && INSTRUMENT_HEADS.test(tokens[to].text))) return to - 1;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  if (overlapsAny(claimed, start, end)) return to - 1;
  const name = doc.text.slice(start, end);
  const acronym = /^\s*\(([A-Z][A-Za-z]{1,9})\)/.exec(doc.text.slice(end, end + 14))?.[1];
  // A centre is as often a building or a project: it is a body when it defines an acronym, names its purpose ("for …") or is a party to an instrument.
  if (VENUE_LIKE_HEADS.test(tokens[head.from].text) && !acronym && to === head.to && !isInstrumentParty(doc.text, start)) return to - 1;
  // A congress is a state's legislature ("Congress of the Republic", "Chile's National Congress"), or else a gathering, read as a forum.
  if (MEETING_LIKE_HEADS.test(tokens[head.from].text) && !STATE_OWNER.test(name) && !countryOf(claimed, start, end)) return to - 1;
  // "inaugurated the X Institute": an institute or centre being built or opened is a facility, read as an initiative.
  if (FACILITY_HEADS.test(tokens[head.from].text) && FACILITY_CONTEXT.test(doc.text.slice(sentence.start, sentence.end))) return to - 1;
  const withoutPossessive = name.replace(/^[A-Z][\w-]*'s\s+/, '');
  const aliases = [...(withoutPossessive !== name ? [withoutPossessive] : []), ...(acronym ? [acronym] : []), ...innerAcronymAliases(name)];
  const country = countryOf(claimed, start, end);
  found.push({ start, end, name, aliases, kind: head.value, ...(country ? { country } : {}) });
  return to - 1;
}

/** "Volta Tractor Works (VTW) OJSC" is also "Volta Tractor Works", "VTW OJSC" and "VTW". */
function innerAcronymAliases(name: string): string[] {
  const inner = /^(.+?)\s+\(([A-Z]{2,8})\)\s+(\S+)$/.exec(name);
  return inner ? [inner[1], `${inner[2]} ${inner[3]}`, inner[2]] : [];
}

function findBodies(doc: AnnotatedDocument, sentence: Sentence, claimed: Claimed): OrganizationMention[] {
  const tokens = doc.tokens;
  const found: OrganizationMention[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // A body's head is capitalised: most tokens are dismissed before any look-up.
    if (!isCapitalised(tokens[i].text)) continue;
    const head = HEADS.matchAt(tokens, i, sentence.tokenEnd) ?? (LEGAL_SUFFIXES.has(tokens[i].text) ? { value: 'company' as const, from: i, to: i + 1, plural: false } : undefined);
    if (!head || head.plural) continue;
    i = readBody(doc, sentence, claimed, head, i, found);
  }
  return found;
}

function findSources(doc: AnnotatedDocument, sentence: Sentence, claimed: Claimed): OrganizationMention[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: OrganizationMention[] = [];
  if (!MEDIA_OR_SOURCE_WORD.test(text)) return found;
  if (MEDIA_VERB.test(text)) {
    const clauses = text.split(/(?<=,)\s+/);
    let offset = 0;
    for (const clause of clauses) {
      const at = text.indexOf(clause, offset);
      offset = at + clause.length;
      const media = MEDIA_BEFORE.exec(clause);
      if (media) {
        const start = sentence.start + at + media[0].indexOf(media[1]);
        found.push({ start, end: start + media[1].length, name: media[1], aliases: [], kind: GOVERNMENT_SOURCE.test(media[1]) ? 'government' : 'media' });
      }
    }
  }
  if (SOURCE_WORD.test(text)) {
    for (const m of text.matchAll(SOURCE_AFTER)) {
      const start = sentence.start + m.index + m[0].length - m[1].length;
      if (TITLE_APPOSITION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      // "… via Kabul.": the sentence's full stop after a word is no part of the name ("Xinhua Ltd." keeps its own).
      const name = SENTENCE_STOP_AFTER_WORD.test(m[1]) ? m[1].slice(0, -1) : m[1];
      found.push({ start, end: start + name.length, name, aliases: [], kind: GOVERNMENT_SOURCE.test(name) ? 'government' : 'other' });
    }
  }
  return found.filter((o) => !overlapsAny(claimed, o.start, o.end) && !isPlace(claimed, o));
}

/** A name of two or more capitalised words: one that a cue found once is that body wherever else it is written. */
const MULTI_WORD_NAME = /^\p{Lu}[\p{L}\p{M}.&'-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'-]*)+$/u;

const LETTER_OR_MARK_BEFORE = /[\p{L}\p{M}]$/u;
const LETTER_OR_MARK_AFTER = /^[\p{L}\p{M}]/u;

/** Where a name stands in the text as a whole word (no letter or mark touching it), without overlap. */
function wholeWordOccurrences(text: string, name: string): number[] {
  const starts: number[] = [];
  let at = text.indexOf(name);
  while (at >= 0) {
    // Two code units either side hold the whole character next to the name, a surrogate pair too.
    const alone = !LETTER_OR_MARK_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_OR_MARK_AFTER.test(text.slice(at + name.length, at + name.length + 2));
    if (alone) starts.push(at);
    at = text.indexOf(name, alone ? at + name.length : at + 1);
  }
  return starts;
}

/**
 * "a Finnish newspaper Turun Sanomat … Turun Sanomat said on Monday": once a cue has shown that a
 * name is an organisation, its other occurrences are mentions of it, so that no later stage reads
 * them as a person or a place.
 */
function findRepeatedNames(doc: AnnotatedDocument, claimed: Claimed): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const names = new Map<string, OrganizationMention>();
  for (const o of doc.organizations) if (MULTI_WORD_NAME.test(o.name) && doc.text.slice(o.start, o.end) === o.name) names.set(o.name, o);
  for (const [name, o] of names) {
    for (const start of wholeWordOccurrences(doc.text, name)) {
      const end = start + name.length;
      if (overlapsAny(claimed, start, end) || found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, name, aliases: [...o.aliases], ...(o.kind ? { kind: o.kind } : {}), ...(o.country ? { country: o.country } : {}) });
    }
  }
  return found;
}

/** "via West Africa", "according to Tanzanian officials", "the Chinese company": a place or country names no body. */
function isPlace(claimed: Claimed, o: Span): boolean {
  return claimed.countriesAndPlaces.overlapping(o.start, o.end).some((m) => m.start <= o.start && m.end >= o.end);
}

function findCompanies(doc: AnnotatedDocument, sentence: Sentence, claimed: Claimed): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const c of [...companyCandidates(text, sentence.start), ...descriptiveBodies(text, sentence.start)]) {
    if (overlapsAny(claimed, c.start, c.end) || isPlace(claimed, c) || found.some((o) => o.start < c.end && c.start < o.end)) continue;
    const acronym = /^\s*\(([A-Z][A-Za-z]{1,9})\)/.exec(doc.text.slice(c.end, c.end + 14))?.[1];
    const country = ownerBefore(doc, claimed, c.start) ?? countryOf(claimed, c.start, c.end);
    found.push({ ...asMention(c), aliases: acronym ? [acronym] : [], ...(country ? { country } : {}) });
  }
  return found;
}

const ACRONYM = /^[A-Z]{3,8}$/;
const CAPITALS = /^[A-Z]{2,}$/;
const CAPITALISED_WORD_BEFORE = /[A-Z][a-z]+\s+(?:&\s+)?$/;
/** "NPR 20 crore", "USD 5 million": a code before a figure is a currency or unit. */
const FIGURE_AFTER = /^\s*\d/;
/** "Photo: A. Name / POOL / AGENCY": words between slashes credit a photo. */
const SLASH_AROUND = /\/\s*$|^\s*\//;
/** "the security agreement GSOMIA": an acronym after an instrument noun names the instrument, there and wherever else it is used. */
const ACRONYM_AFTER_INSTRUMENT = /\b(?:[Aa]greement|[Tt]reaty|[Aa]ccord|[Pp]act|[Mm]emorandum|[Dd]eal|[Cc]onvention|[Pp]rotocol)\s+([A-Z]{3,8})\b/g;
const CAPITALISED_WORD_AFTER = /^\s+[A-Z][a-z]+/;

/** A run of capitals is a shouted heading ("READ ALSO:"), not a name. */
function inCapitalRun(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index];
  for (const n of [tokens[index - 1], tokens[index + 1]]) if (n && n.sentence === t.sentence && CAPITALS.test(n.text)) return true;
  return false;
}

/** Acronyms an article defines: in brackets ("the Economic Cooperation Organization (ECO)") or after an instrument noun. */
function definedAcronyms(text: string): Set<string> {
  const defined = new Set([...text.matchAll(/\(([^()]*)\)/g)].flatMap((m) => m[1].match(/\b[A-Z]{2,}\b/g) ?? []));
  for (const m of text.matchAll(ACRONYM_AFTER_INSTRUMENT)) defined.add(m[1]);
  return defined;
}

function findAcronyms(doc: AnnotatedDocument, claimed: Claimed): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  let defined: Set<string> | undefined;
  const tokens = doc.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index];
    // Every acronym starts with a capital A–Z: most tokens are dismissed on their first character.
    const first = t.text.charCodeAt(0);
    if (first < 65 || first > 90) continue;
    if (!ACRONYM.test(t.text) || NOT_ACRONYMS.has(t.text)) continue;
    // Many articles hold no acronym to read: the ones an article defines are gathered at its first.
    defined ??= definedAcronyms(doc.text);
    if (defined.has(t.text) || isDatelineWord(doc, t)) continue;
    if (inCapitalRun(tokens, index)) continue;
    if (CAPITALISED_WORD_BEFORE.test(doc.text.slice(Math.max(0, t.start - 20), t.start)) || CAPITALISED_WORD_AFTER.test(doc.text.slice(t.end, t.end + 20))) continue;
    if (PROJECT_AFTER.test(doc.text.slice(t.end, t.end + 24)) || doc.text.slice(Math.max(0, t.start - 1), t.end + 1).includes('-')) continue;
    const before = doc.text.slice(Math.max(0, t.start - 16), t.start);
    const after = doc.text.slice(t.end, t.end + 4);
    if (FIGURE_AFTER.test(after) || SLASH_AROUND.test(before) || SLASH_AROUND.test(after)) continue;
    // "HANOI, VIETNAM –": a country written in capitals is the country, never an organisation.
    if (lookupCountryName(t.text)) continue;
    if (overlapsAny(claimed, t.start, t.end)) continue;
    // "EAM", "FM": titles written as acronyms are read by the titles stage. Asked last, as it reads the word as a text of its own.
    if (canonicalTitle(t.text) !== undefined) continue;
    found.push({ start: t.start, end: t.end, name: t.text, aliases: [], kind: 'other' });
  }
  return found;
}

export const organizationsStage: Stage = {
  name: 'organizations',
  requires: ['text', 'sentences', 'tokens', 'dateline', 'countries', 'places', 'organizations'],
  assigns: ['organizations', 'countries'],
  run(doc) {
    const fromVocabulary = claimedSpans(doc);
    for (const sentence of doc.sentences) for (const body of findBodies(doc, sentence, fromVocabulary)) doc.organizations.push(body);
    const afterBodies = withOrganizations(fromVocabulary, doc);
    for (const sentence of doc.sentences) for (const company of findCompanies(doc, sentence, afterBodies)) {
      doc.organizations.push(company);
      markForeignWordsOfName(afterBodies, company);
    }
    const withBodies = withOrganizations(fromVocabulary, doc);
    for (const sentence of doc.sentences) for (const source of findSources(doc, sentence, withBodies)) doc.organizations.push(source);
    // Appended one by one: spreading a list of thousands into push() overflows the call stack.
    for (const acronym of findAcronyms(doc, withOrganizations(fromVocabulary, doc))) doc.organizations.push(acronym);
    for (const repeated of findRepeatedNames(doc, withOrganizations(fromVocabulary, doc))) doc.organizations.push(repeated);
    doc.organizations.sort((a, b) => a.start - b.start);
    mergeVariantNames(doc.organizations, doc.text, fromVocabulary.countries);
  },
};
