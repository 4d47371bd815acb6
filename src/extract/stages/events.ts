// Stage: events (meetings, visits, calls, signings, ratifications, statements, commitments,
// inaugurations, incidents, forums) with participants, date, place, format, stance, sectors
// and evidence. Several sentences reporting one meeting make one event.
import type {
  AnnotatedDocument, DateMention, EventCandidate, ForumMention, InstrumentMention, OrganizationMention, PersonMention, PlaceMention, Sentence,
} from '../annotated-document.ts';
import { openingSentences, sentenceAt } from '../annotated-document.ts';
import type { EventFormat, EventType, Span, Stance } from '../../record/schema.ts';
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { sectorsIn } from '../sector-cues.ts';
import { countriesIn, countryMentionsIn, documentDyad } from '../countries-in.ts';
import { CueAlternation, CueSet, CueText } from '../cue-matching.ts';

interface EventsFile {
  types: { [type: string]: { cameo?: string; triggers: string[] } };
  formats: { [format: string]: { for: EventType[]; cues: string[] } };
  stances: { [stance: string]: { cameo: string; cues: string[] } };
  forum_hosting: string[];
  weak_meeting_triggers: string[];
  other_time: string[];
}

const vocabulary = loadDataFile<EventsFile>('events.yaml');

/** A word or phrase of the vocabulary as a RegExp source: its words separated by any space. */
function cueSource(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Whole words or phrases, the longest first where two start at one word. */
function alternation(words: readonly string[]): CueAlternation {
  return new CueAlternation([...words].sort((a, b) => b.length - a.length).map(cueSource), '\\b');
}

/** Every trigger phrase in one pattern, and the event types each phrase may signal: one pass per sentence. */
const TYPES_OF_TRIGGER = new Map<string, EventType[]>();
for (const [type, v] of Object.entries(vocabulary.types)) {
  for (const t of v.triggers) TYPES_OF_TRIGGER.set(t.toLowerCase(), [...(TYPES_OF_TRIGGER.get(t.toLowerCase()) ?? []), type as EventType]);
}
const TRIGGER = alternation([...TYPES_OF_TRIGGER.keys()]);
const FORMATS = Object.entries(vocabulary.formats).map(([format, v]) => ({ format: format as EventFormat, types: v.for, cues: v.cues }));
/** Every format's cues in one set, so that one pass over a sentence tells which formats it cues. */
const FORMAT_CUES = new CueSet(FORMATS.flatMap((f) => f.cues.map(cueSource)), '\\b');
const FORMAT_OF_CUE = FORMATS.flatMap((f) => f.cues.map(() => f.format));

function formatsCued(sentence: CueText): Set<EventFormat> {
  return new Set(FORMAT_CUES.matchAll(sentence).map((m) => FORMAT_OF_CUE[m.cue]));
}

/** The formats of an event of a type, of those its sentence cues, in the order of the vocabulary. */
function formatsOf(type: EventType, cued: Set<EventFormat>): EventFormat[] {
  const formats: EventFormat[] = [];
  for (const f of FORMATS) if (f.types.includes(type) && cued.has(f.format)) formats.push(f.format);
  return formats;
}
const STANCE_OF_CUE = new Map<string, Stance>();
for (const [stance, v] of Object.entries(vocabulary.stances)) for (const cue of v.cues) if (!STANCE_OF_CUE.has(cue.toLowerCase())) STANCE_OF_CUE.set(cue.toLowerCase(), stance as Stance);
const STANCE_CUE = alternation([...STANCE_OF_CUE.keys()]);

/** The vocabulary entry a match stands for: its words in lower case with single spaces. */
function phraseOf(match: string): string {
  return match.toLowerCase().replace(/\s+/g, ' ');
}
const FORUM_HOSTING = alternation(vocabulary.forum_hosting);
const OTHER_TIME = alternation(vocabulary.other_time);
const TARGET_BEFORE = /\b(?:by|until|till|through|before|to)\s+$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|be|is|are)\s+$/i;
/** Dates at the head of a sentence ("On July 8, …", "Earlier today, …") set the time of the whole sentence. */
const FRONTED = /^\s*(?:on|earlier|later|in|at|by|this|last|on\s+the\s+\w+\s+of)?\s*$/i;

export const CAMEO_BY_TYPE: { [type: string]: string | undefined } = Object.fromEntries(
  Object.entries(vocabulary.types).map(([type, v]) => [type, v.cameo]),
);
export const CAMEO_BY_STANCE: { [stance: string]: string } = Object.fromEntries(
  Object.entries(vocabulary.stances).map(([stance, v]) => [stance, v.cameo]),
);

/** Types whose undated mentions take the date of the occasion the article reports. */
const OCCASION_TYPES = new Set<EventType>(['meeting', 'visit', 'call', 'signing', 'ratification', 'statement', 'commitment', 'inauguration']);

function within(span: Span, sentence: Sentence): boolean {
  return span.start >= sentence.start && span.end <= sentence.end;
}

/** What each sentence holds, gathered once so that reading events stays linear in the article. */
interface SentenceLayers {
  persons: PersonMention[];
  organizations: string[];
  organizationMentions: OrganizationMention[];
  instruments: InstrumentMention[];
  initiatives: string[];
  forums: ForumMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** Names (forums, organisations, instruments, projects) in which a trigger word is part of the name. */
  names: Span[];
}

function addOnce<T>(list: T[], item: T): void {
  if (list[list.length - 1] !== item && !list.includes(item)) list.push(item);
}

/** The layers of the sentence that holds a span, or undefined when the span crosses sentences. */
function layerOf(doc: AnnotatedDocument, layers: SentenceLayers[], span: Span): SentenceLayers | undefined {
  const s = sentenceAt(doc, span.start);
  return within(span, doc.sentences[s]) ? layers[s] : undefined;
}

function layersBySentence(doc: AnnotatedDocument): SentenceLayers[] {
  const layers: SentenceLayers[] = doc.sentences.map(() => ({ persons: [], organizations: [], organizationMentions: [], instruments: [], initiatives: [], forums: [], dates: [], places: [], names: [] }));
  if (layers.length === 0) return layers;
  const at = (span: Span) => layerOf(doc, layers, span);
  for (const m of doc.personMentions) at(m)?.persons.push(m);
  for (const o of doc.organizations) {
    const layer = at(o);
    if (layer) { addOnce(layer.organizations, o.name); layer.names.push(o); layer.organizationMentions.push(o); }
  }
  for (const i of doc.instruments) for (const m of i.mentions) { const layer = at(m); if (layer) { if (!i.quoted) addOnce(layer.instruments, i); layer.names.push(m); } }
  for (const i of doc.initiatives) for (const m of i.mentions) { const layer = at(m); if (layer) { addOnce(layer.initiatives, i.name); layer.names.push(m); } }
  for (const f of doc.forums) for (const m of f.mentions) { const layer = at(m); if (layer) { addOnce(layer.forums, f); layer.names.push(m); } }
  for (const d of doc.dates) at(d)?.dates.push(d);
  for (const p of doc.places) at(p)?.places.push(p);
  return layers;
}

const CITED_SOURCE_BEFORE = /\baccording to\b[^,.;]*$/i;

/** People named in a stretch of a sentence, except those cited as sources ("according to Kremlin aide X"). */
function personsIn(doc: AnnotatedDocument, mentions: readonly PersonMention[], from: number, to: number): number[] {
  const found: number[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > to || found.includes(m.person)) continue;
    if (CITED_SOURCE_BEFORE.test(doc.text.slice(Math.max(from, m.start - 60), m.start))) continue;
    found.push(m.person);
  }
  return found;
}

function isClausePunctuation(character: string): boolean {
  return character === ',' || character === ';' || character === ':' || character === '(' || character === ')';
}

/** The clause around an offset: between punctuation, looked for within a bounded distance. */
function clauseOf(text: string, offset: number): [number, number] {
  const limit = 400;
  let start = offset;
  while (start > 0 && offset - start < limit && !isClausePunctuation(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && end - offset < limit && !isClausePunctuation(text[end])) end++;
  return [start, end];
}

/** Each date of a sentence belongs to the nearest trigger in its clause, or, when fronted, to the whole sentence. */
function assignDates(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, triggers: Span[], contentTrigger: Set<Span>): Map<Span, DateMention> {
  const text = doc.text.slice(sentence.start, sentence.end);
  const assigned = new Map<Span, DateMention>();
  // "to $15 billion by 2030", "until 2026": a deadline, not when the event happened.
  const dates = layer.dates.filter((d) => !d.isPeriod && !TARGET_BEFORE.test(doc.text.slice(Math.max(sentence.start, d.start - 8), d.start)));
  for (const date of dates) {
    const [clauseStart, clauseEnd] = clauseOf(text, date.start - sentence.start);
    // What was said or promised may carry its own time ("agreed to meet in March"): such a trigger owns only dates before it.
    const inClause = triggers.filter((t) => t.start - sentence.start >= clauseStart && t.start - sentence.start < clauseEnd && !(contentTrigger.has(t) && date.start > t.end));
    const fronted = FRONTED.test(text.slice(0, date.start - sentence.start));
    const owners = inClause.length > 0 ? inClause : fronted ? triggers : [];
    const nearest = owners.sort((a, b) => Math.abs(a.start - date.start) - Math.abs(b.start - date.start))[0];
    if (!nearest) continue;
    const sameDistance = owners.filter((t) => Math.abs(t.start - date.start) === Math.abs(nearest.start - date.start));
    for (const owner of fronted && inClause.length === 0 ? owners : sameDistance) if (!assigned.has(owner)) assigned.set(owner, date);
  }
  return assigned;
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|to)\s+(?:the\s+)?$/i;

function placeIn(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers): string | undefined {
  const place = layer.places.find((p) => LOCATIVE_BEFORE.test(doc.text.slice(Math.max(sentence.start, p.start - 8), p.start)));
  return place?.name;
}

function candidate(doc: AnnotatedDocument, type: EventType, sentence: Sentence, layer: SentenceLayers, trigger: Span, date: DateMention | undefined): EventCandidate {
  return {
    type,
    sentence: sentence.index,
    trigger,
    date: date?.value ?? null,
    dateText: date?.text,
    persons: personsIn(doc, layer.persons, sentence.start, sentence.end),
    countries: countriesIn(doc, sentence.start, sentence.end),
    organizations: [...layer.organizations],
    place: placeIn(doc, sentence, layer),
    instruments: layer.instruments.map((i) => i.name),
    initiatives: [...layer.initiatives],
    forum: layer.forums[0]?.name,
    format: [],
    sectors: [],
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

function insideName(layer: SentenceLayers, start: number, end: number): boolean {
  return layer.names.some((n) => n.start <= start && end <= n.end);
}

interface Trigger {
  type: EventType;
  span: Span;
  stance?: Stance;
}

const DOCUMENT_WORDS = /\b(?:agreements?|documents?|memorand\w*|mous?|deals?|contracts?|treat(?:y|ies)|protocols?)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
const OPENING_ING_WORD = /^\w+ing\b/;
const SENTENCE_SUBJECT = /^(?:the\s+)?$/i;

function insideCommitment(triggers: readonly Trigger[], offset: number): boolean {
  for (const t of triggers) if (t.type === 'commitment' && t.span.start <= offset && offset < t.span.end) return true;
  return false;
}

/** The triggers of a sentence: its trigger phrases, a type once, then one stance cue a clause. */
function triggersIn(sentence: Sentence, layer: SentenceLayers, words: CueText): Trigger[] {
  const text = words.text;
  const triggers: Trigger[] = [];
  const seen = new Set<EventType>();
  for (const m of TRIGGER.matchAll(words)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m.text.length };
    if (insideName(layer, span.start, span.end)) continue;
    for (const type of TYPES_OF_TRIGGER.get(phraseOf(m.text)) ?? []) {
      if (seen.has(type)) continue;
      seen.add(type);
      triggers.push({ type, span });
    }
  }
  const stanceMatches = STANCE_CUE.matchAll(words);
  if (stanceMatches.length === 0) return triggers;
  // One stance a clause: the first cue is the speaker's verb ("praised Kazakhstan's support for …" is praise);
  // the cues come in text order. A promise ("reaffirming their intent to …") is a commitment, not also a statement of intent.
  const clauses = new Set<number>();
  for (const m of stanceMatches) {
    const at = sentence.start + m.index;
    if (PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || insideCommitment(triggers, at)) continue;
    const [clauseStart] = clauseOf(text, m.index);
    if (clauses.has(clauseStart)) continue;
    clauses.add(clauseStart);
    triggers.push({ type: 'statement', stance: STANCE_OF_CUE.get(phraseOf(m.text))!, span: { start: at, end: at + m.text.length } });
  }
  return triggers;
}

/** The event a trigger reports, with its participants, or undefined when the sentence does not bear it out. */
function eventOfTrigger(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, text: string, trigger: Trigger, date: DateMention | undefined): EventCandidate | undefined {
  const { type, span, stance } = trigger;
  const event = candidate(doc, type, sentence, layer, span, date);
  if (THE_BEFORE.test(doc.text.slice(Math.max(sentence.start, span.start - 5), span.start))) event.definite = true;
  if (type === 'signing' || type === 'ratification') {
    const here = layer.instruments;
    if (here.length > 0 && here.every((i) => i.status === 'proposed' || i.status === 'negotiating')) return undefined;
    if (here.length === 0 && !DOCUMENT_WORDS.test(text)) return undefined;
    // "agreements were signed on X, Y, and the ratification of Z": the ratification is of Z alone.
    const ratified = here.filter((i) => i.status === 'ratified');
    if (type === 'ratification' && ratified.length > 0) event.instruments = ratified.map((i) => i.name);
    for (const i of here) for (const party of i.parties) if (!event.countries.includes(party)) event.countries.push(party);
  }
  if (type === 'inauguration' && event.initiatives.length === 0) return undefined;
  if ((type === 'visit' || type === 'call') && event.persons.length === 0) return undefined;
  if (type === 'statement') {
    event.stance = stance;
    event.persons = personsIn(doc, layer.persons, sentence.start, span.start);
    // "Expressing concern over …, Ali Asadov thanked …": the speaker of a fronted clause follows its comma.
    if (event.persons.length === 0 && OPENING_ING_WORD.test(text)) {
      const comma = text.indexOf(',', span.end - sentence.start);
      const after = comma >= 0 ? layer.persons.find((m) => m.start >= sentence.start + comma) : undefined;
      if (after) event.persons = [after.person];
    }
    // "The EU expressed its concern …": a country or organisation opening the sentence speaks.
    if (event.persons.length === 0) {
      const body = layer.organizationMentions.find((o) => o.start < span.start && SENTENCE_SUBJECT.test(doc.text.slice(sentence.start, o.start)));
      const country = countryMentionsIn(doc, sentence.start, span.start).find((c) => c.form === 'name' && SENTENCE_SUBJECT.test(doc.text.slice(sentence.start, c.start)));
      if (!body && !country) return undefined;
      event.countries = country ? [country.code] : [];
      event.organizations = body ? [body.name] : [];
    }
  }
  return event;
}

function forumEvent(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, forum: ForumMention): EventCandidate {
  const event = candidate(doc, 'forum', sentence, layer, forum.mentions[0], undefined);
  event.forum = forum.name;
  event.date = forum.date ?? null;
  event.place = forum.place ?? event.place;
  // The host country takes part in what it hosts.
  const host = layer.places.find((p) => p.name === event.place)?.country;
  if (host && !event.countries.includes(host)) event.countries.push(host);
  return event;
}

function findCandidates(doc: AnnotatedDocument, layers: SentenceLayers[], sentenceTexts: CueText[]): EventCandidate[] {
  const found: EventCandidate[] = [];
  // Captions come last, so that what the body reports sets an event's date and place when both speak of it.
  for (const sentence of [...doc.sentences.filter((s) => s.aside !== 'caption'), ...doc.sentences.filter((s) => s.aside === 'caption')]) {
    const layer = layers[sentence.index];
    const words = sentenceTexts[sentence.index];
    const triggers = triggersIn(sentence, layer, words);
    if (triggers.length > 0) {
      const spans = triggers.map((t) => t.span);
      const dates = assignDates(doc, sentence, layer, spans, new Set(triggers.filter((t) => t.type === 'statement' || t.type === 'commitment').map((t) => t.span)));
      for (const trigger of triggers) {
        const event = eventOfTrigger(doc, sentence, layer, words.text, trigger, dates.get(trigger.span));
        if (event) found.push(event);
      }
    }
    for (const forum of layer.forums) found.push(forumEvent(doc, sentence, layer, forum));
  }
  return found;
}

function union<T>(a: T[], b: T[]): T[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

function absorb(into: EventCandidate, other: EventCandidate): void {
  into.persons = union(into.persons, other.persons);
  into.countries = union(into.countries, other.countries);
  into.organizations = union(into.organizations, other.organizations);
  into.instruments = union(into.instruments, other.instruments);
  into.initiatives = union(into.initiatives, other.initiatives);
  into.format = union(into.format, other.format);
  if (into.date === null && other.date !== null) {
    into.date = other.date;
    into.dateText = other.dateText;
  }
  into.place ??= other.place;
  if (!into.evidence.some((e) => e.start === other.evidence[0].start)) into.evidence.push(...other.evidence);
}

const WEAK_MEETING = alternation(vocabulary.weak_meeting_triggers);

/** A meeting read only from "discussed"/"reviewed": it may be any contact already reported. */
function isWeak(doc: AnnotatedDocument, event: EventCandidate): boolean {
  const trigger = doc.text.slice(event.trigger.start, event.trigger.end);
  if (WEAK_MEETING.first(trigger)?.text.length !== trigger.length) return false;
  // "talks were held between …" reports talks; "the talks" refers back to them.
  return !/^talks$/i.test(trigger) || event.definite === true;
}

/** Whether two mentions report the same happening. */
function sameHappening(a: EventCandidate, b: EventCandidate): boolean {
  if (a.type !== b.type) return false;
  if (a.date !== null && b.date !== null && a.date !== b.date) return false;
  const sharePersons = a.persons.length === 0 || b.persons.length === 0 || a.persons.some((p) => b.persons.includes(p));
  switch (a.type) {
    case 'meeting':
      // "The meeting was attended by …" speaks of the meeting already reported.
      return sharePersons || b.definite === true;
    case 'visit':
    case 'call':
    case 'commitment':
    case 'incident':
      return sharePersons;
    case 'statement':
      return a.stance === b.stance && a.persons.some((p) => b.persons.includes(p));
    case 'signing':
    case 'ratification':
      // A mention without named instruments ("10 documents were signed") is the same signing as a named one.
      return a.instruments.length === 0 || b.instruments.length === 0 || a.instruments.some((i) => b.instruments.includes(i));
    case 'inauguration':
      return a.initiatives.some((i) => b.initiatives.includes(i)) || sharePersons;
    case 'forum':
      return a.forum === b.forum;
    default:
      return false;
  }
}

const REPORTING_BEFORE = /\b(?:since|until|by|said|says|stated|announced|reported|told)\s*$/i;

/**
 * The date of the occasion the article reports: a date in its opening sentence (the
 * dateline or lead), else its first dated event near the top.
 */
function occasionDate(doc: AnnotatedDocument, events: EventCandidate[], sentenceTexts: CueText[]): string | null {
  const opening = openingSentences(doc, 2).find((s) => !OTHER_TIME.test(sentenceTexts[s.index]) && doc.dates.some((d) => !d.isPeriod && d.value !== null && within(d, s)));
  // "a joint statement said on Thursday" dates the report, not the occasion.
  const lead = opening && doc.dates.find((d) => !d.isPeriod && d.value !== null && within(d, opening) && !REPORTING_BEFORE.test(doc.text.slice(Math.max(0, d.start - 12), d.start)));
  // The story's own day wins over the day it was filed; the filing day over a vaguer date ("which signed a treaty in 1997").
  if (lead?.value && (lead.value.length === 10 || !doc.dateline?.value)) return lead.value;
  if (doc.dateline?.value) return doc.dateline.value;
  const top = new Set(openingSentences(doc, 3).map((s) => s.index));
  const early = events.filter((e) => top.has(e.sentence) && e.date !== null && e.type !== 'statement').sort((a, b) => a.sentence - b.sentence);
  return early[0]?.date ?? null;
}

/** The candidates as events: mentions of one happening merged, weak meetings folded into the contact the article reports. */
function mergeCandidates(doc: AnnotatedDocument, found: EventCandidate[], sentenceTexts: CueText[]): EventCandidate[] {
  const events: EventCandidate[] = [];
  const weak = new Set(found.filter((c) => c.type === 'meeting' && isWeak(doc, c)));
  // Contacts first, so that "the talks" later folds into the call or visit however the article is ordered.
  const candidates = [...found.filter((c) => !weak.has(c)), ...weak];
  const hasContact = candidates.some((c) => c.type === 'call' || c.type === 'visit' || (c.type === 'meeting' && !weak.has(c)));
  const formatsBySentence: Set<EventFormat>[] = [];
  for (const c of candidates) {
    // "They discussed …" in a call's readout is that call, not another meeting.
    if (weak.has(c) && hasContact) {
      const main = events.find((e) => e.type === 'call' || e.type === 'meeting' || e.type === 'visit');
      if (main) {
        absorb(main, { ...c, date: null, persons: [], countries: [], organizations: [], place: undefined });
        continue;
      }
    }
    const cued = (formatsBySentence[c.sentence] ??= formatsCued(sentenceTexts[c.sentence]));
    c.format = formatsOf(c.type, cued);
    // A caption's date yields to the body's: a caption of an event the body reports shows that event.
    const twin = events.find((e) => sameHappening(e, doc.sentences[c.sentence].aside === 'caption' ? { ...c, date: null } : c));
    if (twin) absorb(twin, c);
    else events.push(c);
  }
  return events;
}

/** The events kept (a forum only when dated or hosted), the undated ones given the date of the occasion the article reports. */
function dateEvents(doc: AnnotatedDocument, events: EventCandidate[], layers: SentenceLayers[], sentenceTexts: CueText[]): EventCandidate[] {
  // Forums the article opens with are its occasion; a forum named later is another time.
  const top = new Set(openingSentences(doc, 3).map((s) => s.index));
  const occasionForums = new Set(doc.forums.filter((f) => top.has(f.sentence) && FORUM_HOSTING.test(sentenceTexts[f.sentence]) && !OTHER_TIME.test(sentenceTexts[f.sentence])).map((f) => f.name));
  const date = occasionDate(doc, events, sentenceTexts);
  const kept = events.filter((e) => e.type !== 'forum' || e.date !== null || FORUM_HOSTING.test(sentenceTexts[e.sentence]));
  for (const e of kept) {
    if (e.date !== null || e.dateText !== undefined || date === null) continue;
    const otherForum = layers[e.sentence].forums.some((f) => !occasionForums.has(f.name));
    // What is said or promised may name another time ("to launch it next year") and still be said at the occasion.
    const saidAtOccasion = e.type === 'statement' || e.type === 'commitment';
    if (e.type === 'forum' ? occasionForums.has(e.forum ?? '') : OCCASION_TYPES.has(e.type) && !otherForum && (saidAtOccasion || !OTHER_TIME.test(sentenceTexts[e.sentence]))) e.date = date;
  }
  // A forum the article reports as its occasion took place on the occasion's date.
  for (const e of kept) {
    const forum = e.type === 'forum' && e.date !== null ? doc.forums.find((f) => f.name === e.forum) : undefined;
    if (forum && forum.date === undefined) forum.date = e.date ?? undefined;
  }
  return kept;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc) {
    const layers = layersBySentence(doc);
    // Each sentence's words are found once for the triggers, stances, formats, sectors and times read over it.
    const sentenceTexts = doc.sentences.map((s) => new CueText(doc.text.slice(s.start, s.end)));
    const events = mergeCandidates(doc, findCandidates(doc, layers, sentenceTexts), sentenceTexts);
    const kept = dateEvents(doc, events, layers, sentenceTexts);
    // "The sides agreed …": with no one named, the parties are the article's two countries; an event with no one at all is dropped.
    const dyad = documentDyad(doc);
    for (const e of kept) if (e.persons.length === 0 && e.countries.length === 0 && (e.type === 'signing' || e.type === 'meeting' || e.type === 'commitment')) e.countries = [...dyad];
    const withParticipants = kept.filter((e) => e.persons.length + e.countries.length + e.organizations.length > 0);
    attachSectors(doc, withParticipants, layers, sentenceTexts);
    doc.events = withParticipants;
  },
};

/** Sector cues go to the events of their sentence; other sentences speak of the main event. */
function attachSectors(doc: AnnotatedDocument, events: EventCandidate[], layers: SentenceLayers[], sentenceTexts: CueText[]): void {
  const main = events.find((e) => e.type === 'meeting') ?? events.find((e) => e.type === 'visit' || e.type === 'call') ?? events[0];
  const bodies = layers.map((l) => l.organizationMentions);
  const ownersBySentence = new Map<number, EventCandidate[]>();
  for (const e of events) for (const s of e.evidence) ownersBySentence.set(s.start, [...(ownersBySentence.get(s.start) ?? []), e]);
  for (const sentence of doc.sentences) {
    const sectors = sectorsIn(sentenceTexts[sentence.index], sentence.start, bodies[sentence.index]);
    if (sectors.length === 0) continue;
    const owners = ownersBySentence.get(sentence.start) ?? [];
    for (const owner of owners.length > 0 ? owners : main ? [main] : []) owner.sectors = union(owner.sectors, sectors);
  }
}
