// Stage: events (meetings, visits, calls, signings, ratifications, statements, commitments,
// inaugurations, incidents, forums) with participants, date, place, format, stance, sectors
// and evidence. Several sentences reporting one meeting make one event.
import type { AnnotatedDocument, EventCandidate, Sentence } from '../annotated-document.ts';
import type { EventFormat, EventType, Stance } from '../../record/schema.ts';
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { SECTOR_CUES } from '../../record/sectors.ts';
import { countriesIn } from '../countries-in.ts';

interface EventsFile {
  types: { [type: string]: { cameo?: string; triggers: string[] } };
  formats: { [format: string]: string[] };
  stances: { [stance: string]: { cameo: string; cues: string[] } };
}

const vocabulary = loadDataFile<EventsFile>('events.yaml');

function alternation(words: string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`\\b(?:${sorted.join('|')})\\b`, 'gi');
}

const TRIGGERS = Object.entries(vocabulary.types).map(([type, v]) => ({ type: type as EventType, pattern: alternation(v.triggers) }));
const FORMATS = Object.entries(vocabulary.formats).map(([format, cues]) => ({ format: format as EventFormat, pattern: alternation(cues) }));
const STANCES = Object.entries(vocabulary.stances).map(([stance, v]) => ({ stance: stance as Stance, pattern: alternation(v.cues) }));
const SECTORS = [...SECTOR_CUES.entries()].map(([sector, cues]) => ({
  sector,
  pattern: new RegExp(`\\b(?:${cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`, 'i'),
}));

export const CAMEO_BY_TYPE: { [type: string]: string | undefined } = Object.fromEntries(
  Object.entries(vocabulary.types).map(([type, v]) => [type, v.cameo]),
);
export const CAMEO_BY_STANCE: { [stance: string]: string } = Object.fromEntries(
  Object.entries(vocabulary.stances).map(([stance, v]) => [stance, v.cameo]),
);

/** Types whose undated mentions take the date of the occasion the article reports. */
const OCCASION_TYPES = new Set<EventType>(['meeting', 'visit', 'call', 'signing', 'statement', 'commitment', 'press' as EventType]);

function sectorsOf(text: string): string[] {
  return SECTORS.filter((s) => s.pattern.test(text)).map((s) => s.sector);
}

function personsIn(doc: AnnotatedDocument, sentence: Sentence, before?: number): number[] {
  const found: number[] = [];
  for (const m of doc.personMentions) {
    if (m.start >= sentence.start && m.end <= sentence.end && (before === undefined || m.start < before) && !found.includes(m.person)) found.push(m.person);
  }
  return found;
}

function dateIn(doc: AnnotatedDocument, sentence: Sentence, near: number): { value: string | null; text: string } | undefined {
  let best: { value: string | null; text: string; distance: number } | undefined;
  for (const d of doc.dates) {
    if (d.isPeriod || d.start < sentence.start || d.end > sentence.end) continue;
    const distance = Math.abs(d.start - near);
    if (!best || distance < best.distance) best = { value: d.value, text: d.text, distance };
  }
  return best;
}

function placeIn(doc: AnnotatedDocument, sentence: Sentence): string | undefined {
  const place = doc.places.find((p) => p.start >= sentence.start && p.end <= sentence.end && /\b(?:in|at|to)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, p.start - 8), p.start)));
  return place?.name;
}

function candidate(doc: AnnotatedDocument, type: EventType, sentence: Sentence, trigger: { start: number; end: number }): EventCandidate {
  const date = dateIn(doc, sentence, trigger.start);
  const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  return {
    type,
    sentence: sentence.index,
    trigger,
    date: date?.value ?? null,
    dateText: date?.text,
    persons: personsIn(doc, sentence),
    countries: countriesIn(doc, sentence.start, sentence.end),
    organizations: doc.organizations.filter(inSentence).map((o) => o.name),
    place: placeIn(doc, sentence),
    instruments: doc.instruments.filter((i) => i.mentions.some(inSentence)).map((i) => i.name),
    initiatives: doc.initiatives.filter((i) => i.mentions.some(inSentence)).map((i) => i.name),
    forum: doc.forums.find((f) => f.mentions.some(inSentence))?.name,
    format: [],
    sectors: [],
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
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

/** Whether two mentions report the same happening. */
function sameHappening(a: EventCandidate, b: EventCandidate): boolean {
  if (a.type !== b.type) return false;
  if (a.date !== null && b.date !== null && a.date !== b.date) return false;
  switch (a.type) {
    case 'meeting':
    case 'visit':
    case 'call':
    case 'commitment':
    case 'incident':
      return a.persons.length === 0 || b.persons.length === 0 || a.persons.some((p) => b.persons.includes(p));
    case 'statement':
      return a.stance === b.stance && a.persons.join() === b.persons.join() && a.persons.length > 0;
    case 'signing':
    case 'ratification':
      return a.instruments.length > 0 && a.instruments.some((i) => b.instruments.includes(i));
    case 'inauguration':
      return a.initiatives.some((i) => b.initiatives.includes(i));
    default:
      return false;
  }
}

function findCandidates(doc: AnnotatedDocument): EventCandidate[] {
  const found: EventCandidate[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const seen = new Set<EventType>();
    for (const { type, pattern } of TRIGGERS) {
      for (const m of text.matchAll(pattern)) {
        if (seen.has(type)) break;
        const trigger = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        const event = candidate(doc, type, sentence, trigger);
        if ((type === 'signing' || type === 'ratification') && event.instruments.length === 0 && !/\b(?:agreements?|documents?|memorand|mous?|deals?|contracts?)\b/i.test(text)) continue;
        if (type === 'inauguration' && event.initiatives.length === 0) continue;
        if (type === 'visit' && event.persons.length === 0 && event.countries.length === 0) continue;
        seen.add(type);
        found.push(event);
      }
    }
    for (const { stance, pattern } of STANCES) {
      const m = pattern.exec(text);
      pattern.lastIndex = 0;
      if (!m) continue;
      const event = candidate(doc, 'statement', sentence, { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      event.stance = stance;
      const speakers = personsIn(doc, sentence, sentence.start + m.index);
      event.persons = speakers.length > 0 ? speakers : event.persons.slice(0, 2);
      if (event.persons.length === 0 && event.countries.length === 0) continue;
      found.push(event);
    }
    for (const forum of doc.forums) {
      if (!forum.mentions.some((s) => s.start >= sentence.start && s.end <= sentence.end)) continue;
      const event = candidate(doc, 'forum', sentence, forum.mentions[0]);
      event.forum = forum.name;
      event.date = forum.date ?? null;
      event.place = forum.place ?? event.place;
      found.push(event);
    }
  }
  return found;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc) {
    const events: EventCandidate[] = [];
    for (const c of findCandidates(doc)) {
      const sentenceText = doc.text.slice(c.evidence[0].start, c.evidence[0].end);
      c.format = FORMATS.filter((f) => (c.type === 'meeting' || c.type === 'visit' || c.type === 'call') && f.pattern.test(sentenceText)).map((f) => f.format);
      for (const f of FORMATS) f.pattern.lastIndex = 0;
      const twin = events.find((e) => sameHappening(e, c));
      if (twin) absorb(twin, c);
      else events.push(c);
    }
    // Undated mentions of the reported occasion take its date: "Following the meeting, agreements were signed."
    const occasion = events.find((e) => (e.type === 'meeting' || e.type === 'visit' || e.type === 'signing') && e.date !== null);
    const datelineDate = doc.sentences[0] && doc.dates.find((d) => !d.isPeriod && d.end <= doc.sentences[0].end && doc.sentences[0].end - doc.sentences[0].start < 60);
    const occasionDate = occasion?.date ?? datelineDate?.value ?? null;
    for (const e of events) {
      if (e.date === null && occasionDate !== null && OCCASION_TYPES.has(e.type) && !e.forum && !mentionsOtherTime(doc, e)) e.date = occasionDate;
    }
    attachSectors(doc, events);
    doc.events = events;
  },
};

/** A sentence that names a forum or another time ("last year") is not about the occasion. */
function mentionsOtherTime(doc: AnnotatedDocument, event: EventCandidate): boolean {
  const sentence = doc.sentences[event.sentence];
  const text = doc.text.slice(sentence.start, sentence.end);
  return doc.forums.some((f) => f.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end)) || /\b(?:last|previous|earlier|ago|next)\b/i.test(text);
}

/** Sector cues go to the events of their sentence; other sentences speak of the main event. */
function attachSectors(doc: AnnotatedDocument, events: EventCandidate[]): void {
  const main = events.find((e) => e.type === 'meeting') ?? events.find((e) => e.type === 'visit' || e.type === 'call') ?? events[0];
  for (const sentence of doc.sentences) {
    const sectors = sectorsOf(doc.text.slice(sentence.start, sentence.end));
    if (sectors.length === 0) continue;
    const owners = events.filter((e) => e.evidence.some((s) => s.start === sentence.start));
    for (const owner of owners.length > 0 ? owners : main ? [main] : []) owner.sectors = union(owner.sectors, sectors);
  }
}
