// Who took part in an event, read from its trigger's own clause: the people, countries and
// organisations of the sentence less those named only in a stretch that speaks of them without
// reporting them in the event (a fronted "Highlighting the role of …", a relative clause, a
// trailing participle, a quotation, the citation of a source), less outlets and possessors.
import type { AnnotatedDocument, CountryMention, OrganizationMention, PersonMention, Sentence, Token } from '../../annotated-document.ts';
import type { EventType, Span } from '../../../record/schema.ts';
import { countryMentionsIn, documentDyad } from '../../countries-in.ts';
import type { SentenceLayers } from './sentence-layers.ts';
import { TIME_APART } from './vocabulary.ts';
import { isRecalledInPassing, recalledPhrase } from './recalled-happenings.ts';

export interface Participants {
  persons: number[];
  countries: string[];
  organizations: string[];
}

const CITED_SOURCE_BEFORE = /\baccording to\b[^,.;]*$/i;

/** People named in a stretch of a sentence, except those cited as sources ("according to Kremlin aide X"). */
export function personsIn(doc: AnnotatedDocument, mentions: readonly PersonMention[], from: number, to: number): number[] {
  const found: number[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > to || found.includes(m.person)) continue;
    if (CITED_SOURCE_BEFORE.test(doc.text.slice(Math.max(from, m.start - 60), m.start))) continue;
    found.push(m.person);
  }
  return found;
}

/** "Highlighting the role of …, the ministers …": an opening participle clause, up to its comma. */
const OPENING_PARTICIPLE = /^\s*[A-Z][a-z]+ing\b[^,;]*[,;]/;
/** ", who praised …", ", which …": a relative clause, up to the next comma. */
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,;]*/g;
/** ", welcoming …", ", stressing …": a trailing participle clause says more about the subject, to the sentence's end. */
const TRAILING_PARTICIPLE = /,\s*(?!(?:including|during|following|according|regarding|concerning|excluding|notwithstanding)\b)[a-z]+ing\b[^;]*/g;
/**
 * ", News.Az reports, citing …", ", the ministry said", ", spokesman X said in a statement": the
 * source of the report, to the sentence's end; not where what was said follows ("…, X said in
 * Baku that A and B met").
 */
const CITATION = /,\s*(?:(?:according\s+to|citing)\b|(?:the\s+)?(?:[\w.'&-]+\s+){1,8}(?:reports?|reported|says|said|writes|wrote|informs|informed|stated|told|quoted|announced)\b(?!\s+(?:that|to|it|they|he|she)\b)(?!\s+(?:in|on)\b[^]*\bthat\b)|(?:reports?|reported|said|says|writes|wrote|stated|told)\s+(?:the\s+)?[A-Z])[^]*$/g;
const ACCORDING_TO = /\baccording\s+to\b[^,;]*/gi;
const QUOTATION = /"[^"]*"/g;
/** "(participants from the Mongolian side: …)": a bracketed aside lists those present, not the parties; "(ECOWAS)" is a name's acronym. */
const BRACKETED = /\((?=[^()]*\s\S+\s)[^()]*\)/g;

/** "The meeting came three months after President A and President B held a summit": who acted months away, to the clause's end. */
const TIME_APART_CLAUSE = new RegExp(`${TIME_APART.source}[^;]*`, 'gi');

/** The asides' patterns, each with a character every match holds: a sentence without it is spared the pattern. */
const ASIDES: readonly [RegExp, string][] = [[RELATIVE_CLAUSE, ','], [TRAILING_PARTICIPLE, ','], [CITATION, ','], [ACCORDING_TO, ''], [QUOTATION, '"'], [BRACKETED, '('], [TIME_APART_CLAUSE, ' ']];

/** Stretches of a sentence (offsets into its text) whose names do not take part in an event reported outside them. */
export function asidesOf(text: string): [number, number][] {
  const asides: [number, number][] = [];
  const opening = OPENING_PARTICIPLE.exec(text);
  if (opening) asides.push([0, opening[0].length]);
  for (const [pattern, needed] of ASIDES) {
    if (!text.includes(needed)) continue;
    // exec() on the global pattern, not matchAll(), which copies the pattern for every sentence; no pattern matches the empty string.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) asides.push([m.index, m.index + m[0].length]);
  }
  return asides;
}

/** Each sentence's asides (offsets into the text), read once for all the triggers and cues of the sentence. */
const asidesBySentence = new WeakMap<SentenceLayers, Span[]>();

/** The stretches of a sentence whose names are not the trigger's: the asides that do not hold it. */
function excludedFor(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span): Span[] {
  let asides = asidesBySentence.get(layer);
  if (!asides) {
    asides = asidesOf(doc.text.slice(sentence.start, sentence.end)).map(([start, end]) => ({ start: sentence.start + start, end: sentence.start + end }));
    asidesBySentence.set(layer, asides);
  }
  return asides.filter((a) => !(a.start <= trigger.start && trigger.end <= a.end));
}

function inside(span: Span, stretches: readonly Span[]): boolean {
  return stretches.some((s) => s.start <= span.start && span.end <= s.end);
}

const APOSTROPHE = 0x27;
const POSSESSED_CONTACT = /^'s?\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|arrival|stay|meeting|talks|call)\b/i;

/** "President X's initiative": a possessor is not a participant, unless what is possessed is the event ("X's visit"). */
function isPossessorOnly(doc: AnnotatedDocument, mention: Span, trigger: Span): boolean {
  // Nearly no name is followed by an apostrophe: the others are spared the slice and the patterns.
  if (doc.text.charCodeAt(mention.end) !== APOSTROPHE) return false;
  const after = doc.text.slice(mention.end, mention.end + 40);
  if (!/^'s?\b/.test(after)) return false;
  // "signed during President X's visit": the one whose visit it was is there.
  if (POSSESSED_CONTACT.test(after)) return false;
  return !(trigger.start >= mention.end && trigger.start - mention.end <= 20);
}

/** Outlets report events and never take part in them. */
function isOutlet(doc: AnnotatedDocument, o: OrganizationMention): boolean {
  if (o.kind === 'media') return true;
  const agency = doc.dateline?.agency;
  return agency !== undefined && doc.text.slice(agency.start, agency.end) === o.name;
}

/** A word of a noun phrase: a noun, adjective, number, possessive or hyphen. */
function isNominal(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PART' || t.text === '-' || t.text === "'s";
}

/** The words of an incident's noun phrase ("the AZAL plane crash near Aktau", "Russian forces attacked"), as a span. */
function incidentPhrase(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): Span {
  const tokens: Token[] = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const at = tokens.findIndex((t) => t.start >= trigger.start);
  if (at < 0) return trigger;
  let first = at;
  // "Thai and Cambodian troops clashed": coordinated modifiers belong to the phrase.
  while (first > 0 && (isNominal(tokens[first - 1]) || (first > 1 && (tokens[first - 1].lower === 'and' || tokens[first - 1].text === ',') && isNominal(tokens[first - 2])))) first--;
  let last = at;
  // "attack on X", "clashes between X and Y", "attack at a concert hall in X": the incident's own complements.
  while (last + 1 < tokens.length && /^(?:on|against|between|in|at|near|of|along)$/.test(tokens[last + 1].lower)) {
    last++;
    while (last + 1 < tokens.length && (isNominal(tokens[last + 1]) || tokens[last + 1].pos === 'DET' || tokens[last + 1].lower === 'and')) last++;
  }
  return { start: tokens[first].start, end: tokens[last].end };
}

const COMPOUND_MODIFIER_AFTER = /^-\p{Ll}+\b/u;
const HYPHEN = 0x2d;

/** Whether a span lies within a scope and outside the stretches excluded from it. */
function keptIn(span: Span, scope: Span, excluded: readonly Span[]): boolean {
  return span.start >= scope.start && span.end <= scope.end && !inside(span, excluded);
}

/** A country named in a project's name ("the Uzbekistan-Afghanistan-Pakistan railway") is on its route; a side only when it is one of the article's pair. */
function isOnRoute(doc: AnnotatedDocument, layer: SentenceLayers, c: CountryMention): boolean {
  return inside(c, layer.projectNames) && !documentDyad(doc).includes(c.code);
}

/** "a China-brokered deal", "the US-led coalition": a third country in a compound modifier describes something else. */
function modifiesAnother(doc: AnnotatedDocument, c: CountryMention): boolean {
  return doc.text.charCodeAt(c.end) === HYPHEN && COMPOUND_MODIFIER_AFTER.test(doc.text.slice(c.end, c.end + 16)) && !documentDyad(doc).includes(c.code);
}

/**
 * The people, countries and organisations of a stretch of a sentence, less those of its asides.
 * What it asks of each mention is asked of module functions: closures made here would be made
 * (and, under tsx, named) on every call.
 */
function namedIn(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span, scope: Span): Participants {
  const excluded = excludedFor(doc, sentence, layer, trigger);
  const persons = personsIn(doc, layer.persons.filter((m) => keptIn(m, scope, excluded) && !isPossessorOnly(doc, m, trigger)), sentence.start, sentence.end);
  const countries: string[] = [];
  for (const c of countryMentionsIn(doc, sentence.start, sentence.end)) {
    if (!c.insideName && !countries.includes(c.code) && keptIn(c, scope, excluded) && !isOnRoute(doc, layer, c) && !modifiesAnother(doc, c)) countries.push(c.code);
  }
  const organizations: string[] = [];
  for (const o of layer.organizationMentions) if (!isOutlet(doc, o) && keptIn(o, scope, excluded) && !organizations.includes(o.name)) organizations.push(o.name);
  return { persons, countries, organizations };
}

/** Parliaments ratify: the one kind of national body that takes part in an event by itself. */
const LEGISLATURE = /\b(?:parliament|duma|senate|congress|assembly|majlis|kenesh|chamber|legislat\w*|federation council)\b/i;

/**
 * Which bodies take part: none where a person acts ("the minister of X's ministry met"); else
 * international organisations ("the ADB signed"), and a parliament that ratifies. A national
 * commission, cabinet or office is its country's instrument, and the country stands for it.
 */
function actingBodies(doc: AnnotatedDocument, layer: SentenceLayers, named: Participants, type: EventType): string[] {
  if (named.persons.length > 0) return [];
  return named.organizations.filter((name) => {
    const body = layer.organizationMentions.find((o) => o.name === name);
    return body?.kind === 'international' || (type === 'ratification' && LEGISLATURE.test(name));
  });
}

/** Acts done to a document or a project, whose passive names who did them ("inaugurated last March by both heads of state"). */
const AGENT_TYPES = new Set<EventType>(['signing', 'ratification', 'inauguration']);
const BY_AFTER = /^\s+(?:[\w'-]+\s+){0,4}?by\s/i;

/** The agents of a passive trigger ("signed in Lima by the Presidents of A and B"), when its by-phrase names any. */
function agentsOf(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span): Participants | undefined {
  const by = BY_AFTER.exec(doc.text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60)));
  if (!by) return undefined;
  const start = trigger.end + by[0].length;
  const [, clauseEnd] = clauseOfAgents(doc.text, start, sentence.end);
  const agents = namedIn(doc, sentence, layer, trigger, { start, end: clauseEnd });
  return agents.persons.length + agents.countries.length + agents.organizations.length > 0 ? agents : undefined;
}

/** The by-phrase runs to the end of its clause; a list of countries ("of A, B, and C") keeps its commas. */
function clauseOfAgents(text: string, start: number, end: number): [number, number] {
  const rest = text.slice(start, end);
  const stop = /(?:,\s+(?!and\b|[A-Z])|;|\(|\bwithin\b|\bduring\b|\bon\s+\w+day\b)/.exec(rest);
  return [start, stop ? start + stop.index : end];
}

/** Where the subject of a trigger's sentence ends: at its first verb, or at the trigger itself. */
function subjectEnd(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): number {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && doc.tokens[i].start < trigger.start; i++) if (doc.tokens[i].pos === 'VERB') return doc.tokens[i].start;
  return trigger.start;
}

/** ", which last met in 2019": a relative clause about a thing or a body, up to the trigger. */
const WHICH_BEFORE = /,\s+which\s+(?:[\w'-]+\s+){0,4}$/i;

/**
 * The people, countries and organisations of a "which" clause holding the trigger, with the body the
 * clause is about ("the Binational Commission, which last met in 2019"): not those of the sentence around it.
 */
function namedInWhichClause(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span): Participants | undefined {
  const before = doc.text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start);
  const which = WHICH_BEFORE.exec(before);
  if (!which) return undefined;
  const start = trigger.start - before.length + which.index;
  const stop = /[,;]|\band\b/.exec(doc.text.slice(trigger.end, sentence.end));
  const named = namedIn(doc, sentence, layer, trigger, { start, end: stop ? trigger.end + stop.index : sentence.end });
  const antecedent = layer.organizationMentions.find((o) => /^\s*$/.test(doc.text.slice(o.end, start)));
  if (antecedent && !named.organizations.includes(antecedent.name)) named.organizations.push(antecedent.name);
  return named;
}

/** The people, countries and organisations of a sentence that take part in the event of a trigger. */
export function participantsOf(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span, type: EventType): Participants {
  if (type !== 'incident') {
    const agents = AGENT_TYPES.has(type) ? agentsOf(doc, sentence, layer, trigger) : undefined;
    // "the partnership announced during the visit of A to Mauritius in March": the visit is A's, not the sentence's subjects'.
    const recalled = type !== 'forum' && isRecalledInPassing(doc, sentence, trigger) ? namedIn(doc, sentence, layer, trigger, recalledPhrase(doc, sentence, trigger)) : undefined;
    const named = agents ?? recalled ?? namedInWhichClause(doc, sentence, layer, trigger) ?? namedIn(doc, sentence, layer, trigger, sentence);
    // "Minister A requested the Vietnamese side's continued support": who takes a stance is its subject, named before the first verb.
    const speakers = type === 'statement' ? namedIn(doc, sentence, layer, trigger, { start: sentence.start, end: subjectEnd(doc, sentence, trigger) }).persons : [];
    return { ...named, ...(speakers.length > 0 ? { persons: speakers } : {}), organizations: actingBodies(doc, layer, named, type) };
  }
  // An incident involves what its own phrase names, or the country where it happened; only else the sentence's.
  const phrase = incidentPhrase(doc, sentence, trigger);
  const own = namedIn(doc, sentence, layer, trigger, phrase);
  if (own.persons.length + own.countries.length + own.organizations.length > 0) return own;
  const where = layer.places.find((p) => p.country && p.start >= phrase.start && p.end <= phrase.end)?.country;
  return where ? { ...own, countries: [where] } : namedIn(doc, sentence, layer, trigger, sentence);
}

const OPENING_ING_WORD = /^\w+ing\b/;
const OBJECT_BEFORE = /\b(?:with|to|from|met|received|hosted|welcomed)\s+(?:[\w'.,-]+\s+){0,5}$/i;
const SENTENCE_SUBJECT = /^(?:the\s+)?$/i;
const SIDE_BEFORE_CUE = /^\s+(?:side|delegation|government|authorities)\s+(?:(?:\w+ly|also)\s+)*$/i;

/**
 * Who made a statement: the people of its clause named before its cue, who stand for their
 * countries; else a country or body opening the sentence; undefined when no one speaks.
 */
/** "has drawn concerns from New Zealand", "praise from President X": the one the stance comes from, named right after its cue. */
const FROM_AFTER_CUE = /^\s+from\s+(?:the\s+)?$/i;

function speakerAfter(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, cue: Span): Participants | undefined {
  const person = layer.persons.find((m) => m.start >= cue.end && FROM_AFTER_CUE.test(doc.text.slice(cue.end, m.start)));
  if (person) return { persons: [person.person], countries: [], organizations: [] };
  const country = countryMentionsIn(doc, cue.end, sentence.end).find((c) => FROM_AFTER_CUE.test(doc.text.slice(cue.end, c.start)));
  return country ? { persons: [], countries: [country.code], organizations: [] } : undefined;
}

export function speakersOf(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, cue: Span, named: Participants): Participants | undefined {
  const text = doc.text.slice(sentence.start, sentence.end);
  // "X spoke with Y to thank him": the one spoken with, met or received is not the speaker.
  const speaking = layer.persons.filter((m) => named.persons.includes(m.person) && !OBJECT_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 50), m.start)));
  let persons = personsIn(doc, speaking, sentence.start, cue.start);
  // "Expressing concern over …, Ali Asadov thanked …": the speaker of a fronted clause follows its comma.
  if (persons.length === 0 && OPENING_ING_WORD.test(text)) {
    const comma = text.indexOf(',', cue.end - sentence.start);
    const after = comma >= 0 ? layer.persons.find((m) => m.start >= sentence.start + comma) : undefined;
    if (after) persons = [after.person];
  }
  if (persons.length > 0) return { persons, countries: [], organizations: [] };
  // "The EU expressed its concern …": a country or organisation opening the sentence speaks.
  const body = layer.organizationMentions.find((o) => o.start < cue.start && SENTENCE_SUBJECT.test(doc.text.slice(sentence.start, o.start)));
  // "… and the Sri Lanka delegation particularly thanked …": a country's side or delegation right before the cue speaks.
  const country = countryMentionsIn(doc, sentence.start, cue.start).find((c) => (c.form === 'name' && SENTENCE_SUBJECT.test(doc.text.slice(sentence.start, c.start))) || SIDE_BEFORE_CUE.test(doc.text.slice(c.end, cue.start)));
  if (!body && !country) return speakerAfter(doc, sentence, layer, cue);
  return { persons, countries: country ? [country.code] : [], organizations: body ? [body.name] : [] };
}

/** "held in Iran", "near the border with X": a country named as where something is, not whom a statement addresses. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|inside|within|across|throughout)\s+(?:the\s+)?$/i;

/**
 * Whom a statement is directed at: the people named and the countries named after its cue in the
 * cue's clause ("praised Azerbaijan for …", "thanked Olzhas Bektenov for Kazakhstan's response"),
 * outside asides, less the speakers and their countries, the possessors of something else
 * ("X's initiative") and the countries named as places. "The Kazakh side" is its country, not its leader.
 */
export function targetsOf(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, cue: Span, speakers: Participants): { persons: number[]; countries: string[] } {
  const text = doc.text.slice(sentence.start, sentence.end);
  // "Expressing concern over …, X thanked Y": a fronted clause's statement ends at its comma.
  const opening = OPENING_PARTICIPLE.exec(text);
  const clauseEnd = opening && cue.end - sentence.start <= opening[0].length ? opening[0].length : text.indexOf(';', cue.end - sentence.start);
  const end = clauseEnd < 0 ? sentence.end : sentence.start + clauseEnd;
  const asides = excludedFor(doc, sentence, layer, cue);
  const ownCountries = new Set([...speakers.countries, ...speakers.persons.map((p) => doc.persons[p].country)]);
  const named = layer.persons.filter((m) => (m.via === 'name' || m.via === 'surname') && !inside(m, asides) && !isPossessorOnly(doc, m, cue));
  const persons = personsIn(doc, named, cue.end, end).filter((p) => !speakers.persons.includes(p));
  const countries = countryMentionsIn(doc, cue.end, end)
    .filter((c) => !c.insideName && !inside(c, asides) && !LOCATIVE_BEFORE.test(doc.text.slice(Math.max(sentence.start, c.start - 20), c.start)))
    .map((c) => c.code);
  return { persons, countries: [...new Set(countries)].filter((code) => !ownCountries.has(code)) };
}

