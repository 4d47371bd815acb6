// The briefing note on a pair of countries, worded and footnoted once, for every format to
// lay out: what it says and in which order lives here; brief-markdown.ts and brief-html.ts
// only decide how it looks. Footnotes are numbered in reading order, so the sections are
// built in the order they are printed.
import {
  type Citation, type DyadReport, EXPIRY_WARNING_DAYS, eventCitations, happenedBy, type InitiativeRow, type InstrumentRow,
  type MeetingSummary, type PersonRow, quarterOf,
} from '../query/dyad-report.ts';
import type { OfficeLevel } from '../query/office-level.ts';
import type { RoleOverTime } from '../record/knowledge.ts';
import {
  CONTACT_EVENT_TYPES, INITIATIVE_STATUS_MODEL, INSTRUMENT_STATUS_MODEL, OPEN_INSTRUMENT_STATUSES, SPOKEN_EVENT_TYPES, type StatusTone,
} from '../record/model.ts';
import type { DocumentReference, EventParticipant, KnowledgeEvent } from '../store/store.ts';
import { countryByCode } from '../vocabulary/countries.ts';
import { type Footnote, Footnotes } from './footnotes.ts';
import { readableDate, shortDate } from './readable-date.ts';

/** How many of the latest occasions, statements and meetings per person the note lists before "and N earlier". */
export const TIMELINE_LIMIT = 10;
export const STATEMENTS_PER_SIDE = 8;
export const MEETINGS_PER_PERSON = 5;
/** How many people, or else organizations, an entry names before "and N others". */
export const PEOPLE_LIMIT = 6;
export const ORGANIZATIONS_LIMIT = 3;
/** The quarters the sector table shows, the latest ones. */
export const SECTOR_QUARTERS = 8;

export const SECTION_TITLES = {
  timeline: 'Last meetings and visits',
  register: 'Instruments register',
  initiatives: 'Projects and initiatives',
  people: 'People on each side',
  statements: 'What each side said',
  sectors: 'Sectors by quarter',
  tone: 'Tone over time',
  places: 'Places',
  figures: 'Figures quoted',
  footnotes: 'Sources',
} as const;

/** The order in which the events of one occasion are named. */
const OCCASION_ORDER = ['visit', 'meeting', 'call', 'forum', 'signing', 'ratification', 'inauguration', 'incident', 'other'];

/** Statuses as the brief lists them: the furthest along first, then those that stopped, then the unreported. */
function listingOrder(statuses: readonly { name: string; tone: StatusTone }[]): string[] {
  const last: StatusTone[] = ['stopped', 'unknown'];
  return [...statuses].reverse().sort((a, b) => last.indexOf(a.tone) - last.indexOf(b.tone)).map((status) => status.name);
}
const STATUS_ORDER = listingOrder(INSTRUMENT_STATUS_MODEL.statuses);
const INITIATIVE_STATUS_ORDER = listingOrder(INITIATIVE_STATUS_MODEL.statuses);
const LEVEL_PHRASES: { [level in OfficeLevel]: string } = {
  1: 'at head-of-state level',
  2: 'at head-of-government level',
  3: 'at ministerial level',
  4: 'at the level of officials',
};

/** A sentence of the note and the footnotes that support it. */
export interface NoteText {
  /** A few words that say what the sentence is about, set in bold: "Last meeting". */
  lead?: string;
  text: string;
  notes: number[];
}

export interface CountrySide {
  code: string;
  name: string;
}

/** The events of one day (a visit, its talks, the signing that followed), or one undated event. */
export interface TimelineEntry {
  date: string;
  /** The event types with their formats: "Visit, Meeting (one-on-one, expanded), Signing". */
  what: string;
  who: string;
  where: string | null;
  /** The instruments and projects it concerned. */
  about: string | null;
  notes: number[];
}

export interface TimelineSection {
  /** The latest occasions that had happened by the as-of date, newest first. */
  recent: TimelineEntry[];
  /** Occasions older than `recent`, and the date of the oldest. */
  earlier: { count: number; since: string | null };
  /** Events dated after the as-of date, as reports before it announced them. */
  scheduled: TimelineEntry[];
  undated: TimelineEntry[];
  undatedMore: number;
}

export interface RegisterEntry {
  name: string;
  kind: string;
  parties: string;
  period: string | null;
  status: string;
  signed: string | null;
  ratified: string | null;
  /** When its period ends, and how far that is from the as-of date: { date: "31 Dec 2026", remaining: "in 37 days" }. */
  expiry: { date: string; remaining: string } | null;
  expiringSoon: boolean;
  notes: number[];
}

export interface RegisterSection {
  /** Instruments to which both countries are parties, those expiring soon first. */
  rows: RegisterEntry[];
  /** Instruments the pair's reports mention without both being parties. */
  others: RegisterEntry[];
  warningDays: number;
}

export interface InitiativeEntry {
  name: string;
  kind: string;
  status: string;
  lastMovement: string | null;
  places: string | null;
  notes: number[];
}

export interface PersonEntry {
  name: string;
  roles: string[];
  /** Events of any type this person took part in. */
  eventCount: number;
  meetings: NoteText[];
  meetingsMore: number;
}

export interface PeopleSide extends CountrySide {
  people: PersonEntry[];
}

export interface StatementEntry {
  date: string;
  speaker: string;
  /** The stance, or for a commitment "commitment". */
  stance: string;
  quote: string;
  notes: number[];
}

export interface StatementGroup {
  /** A country's name, or "Both sides". */
  side: string;
  statements: StatementEntry[];
  earlier: number;
}

export interface SectorTable {
  quarters: string[];
  rows: { sector: string; counts: number[]; total: number }[];
  /** Earlier quarters with activity that the table leaves out. */
  earlierQuarters: number;
}

export interface TonePoint {
  date: string;
  goldstein: number;
  /** What the point is: "signing (CAMEO 057)". */
  label: string;
}

export interface ToneQuarter {
  quarter: string;
  events: number;
  mean: number;
  min: number;
  max: number;
}

export interface PlaceEntry {
  name: string;
  lat: number;
  lon: number;
  coordinates: string;
  events: number;
}

export interface FigureEntry {
  text: string;
  /** Who quoted it, and when: "News.Az, 3 March 2025". */
  quotedBy: string;
  notes: number[];
}

export interface SourceNote {
  number: number;
  outlet: string;
  date: string;
  title: string | null;
  /** The document's address when it is a web page, else its file or id. */
  address: string;
  /** A web address to link to: http(s) only. */
  link: string | null;
  sentence: string;
}

export interface BriefNote {
  countries: [CountrySide, CountrySide];
  /** "Azerbaijan – Kazakhstan" */
  title: string;
  asOf: string;
  asOfText: string;
  summary: NoteText[];
  timeline: TimelineSection;
  register: RegisterSection;
  initiatives: InitiativeEntry[];
  people: PeopleSide[];
  statements: StatementGroup[];
  sectors: SectorTable;
  tone: { points: TonePoint[]; quarters: ToneQuarter[] };
  places: PlaceEntry[];
  figures: FigureEntry[];
  footnotes: SourceNote[];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function countrySide(code: string): CountrySide {
  return { code, name: countryByCode(code)?.name ?? code };
}

function dateOf(event: KnowledgeEvent, format: (date: string) => string = readableDate): string {
  if (event.date !== null) return format(event.date);
  return event.dateText ? `undated (“${event.dateText}”)` : 'undated';
}

function describeType(event: KnowledgeEvent): string {
  return capitalised(event.type) + (event.format.length > 0 ? ` (${event.format.join(', ')})` : '');
}

/** The people among the participants; without people, the organizations; without those, the countries. */
function participantNames(participants: readonly EventParticipant[]): string {
  const limits: [string, number][] = [['person', PEOPLE_LIMIT], ['organization', ORGANIZATIONS_LIMIT], ['country', Infinity]];
  for (const [type, limit] of limits) {
    const names = [...new Set(participants.filter((participant) => participant.type === type).map((participant) => participant.name))];
    if (names.length > limit) return `${names.slice(0, limit).join(', ')} and ${names.length - limit} others`;
    if (names.length > 0) return names.join(', ');
  }
  return '—';
}

function distinct(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => Boolean(item)))];
}

/** One sentence per source document, the first: enough to find the fact, and a short list of notes. */
function firstPerDocument(citations: readonly Citation[]): Citation[] {
  const byDocument = new Map<string, Citation>();
  for (const citation of citations) if (!byDocument.has(citation.document.id)) byDocument.set(citation.document.id, citation);
  return [...byDocument.values()];
}

/** A Goldstein value with its sign, and a true minus: "+3.4", "−0.4". */
export function signedValue(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)}`;
}

/** A source sentence in quotation marks, unless it already opens with one. */
export function quotation(sentence: string): string {
  return /^[“"«„]/.test(sentence) ? sentence : `“${sentence}”`;
}

/** Dated events grouped by day, in the order given: a visit, its talks and the signing that followed are one occasion. */
function occasions(events: readonly KnowledgeEvent[]): KnowledgeEvent[][] {
  const groups = new Map<string, KnowledgeEvent[]>();
  for (const event of events) groups.set(event.date ?? '', [...(groups.get(event.date ?? '') ?? []), event]);
  return [...groups.values()];
}

function timelineEntry(occasion: readonly KnowledgeEvent[], footnotes: Footnotes): TimelineEntry {
  const events = [...occasion].sort((a, b) => OCCASION_ORDER.indexOf(a.type) - OCCASION_ORDER.indexOf(b.type));
  const where = distinct([...events.map((event) => event.forum?.name), ...events.map((event) => event.place?.name)]);
  const about = distinct(events.flatMap((event) => [...event.instruments, ...event.initiatives].map((item) => capitalised(item.name))));
  return {
    date: dateOf(events[0], shortDate),
    what: distinct(events.map(describeType)).join(', '),
    who: participantNames(events.flatMap((event) => event.participants)),
    where: where.length > 0 ? where.join(', ') : null,
    about: about.length > 0 ? about.join('; ') : null,
    notes: footnotes.cite(events.flatMap(eventCitations)),
  };
}

function timelineSection(report: DyadReport, footnotes: Footnotes): TimelineSection {
  const events = report.timeline.filter((event) => !SPOKEN_EVENT_TYPES.has(event.type));
  const past = occasions(events.filter((event) => happenedBy(event, report.asOf)).reverse());
  const scheduled = occasions(events.filter((event) => event.date !== null && !happenedBy(event, report.asOf)));
  // Nothing says two undated events were one occasion: each is its own entry.
  const undated = events.filter((event) => event.date === null);
  const older = past.slice(TIMELINE_LIMIT);
  return {
    recent: past.slice(0, TIMELINE_LIMIT).map((occasion) => timelineEntry(occasion, footnotes)),
    earlier: { count: older.length, since: older.length > 0 ? readableDate(older.at(-1)![0].date!) : null },
    scheduled: scheduled.map((occasion) => timelineEntry(occasion, footnotes)),
    undated: undated.slice(0, TIMELINE_LIMIT).map((event) => timelineEntry([event], footnotes)),
    undatedMore: Math.max(0, undated.length - TIMELINE_LIMIT),
  };
}

function expiry(row: InstrumentRow): RegisterEntry['expiry'] {
  if (row.expires === null || row.daysToExpiry === null) return null;
  const days = Math.abs(row.daysToExpiry);
  const remaining = row.daysToExpiry > 0 ? `in ${plural(days, 'day')}` : row.daysToExpiry === 0 ? 'today' : `ended ${plural(days, 'day')} ago`;
  return { date: shortDate(row.expires), remaining };
}

function periodText(period: InstrumentRow['period']): string | null {
  if (!period || (!period.start && !period.end)) return null;
  return `${period.start ?? '…'}–${period.end ?? '…'}`;
}

function registerEntry(row: InstrumentRow, footnotes: Footnotes): RegisterEntry {
  return {
    name: capitalised(row.name),
    kind: row.kind,
    parties: row.parties.join(', '),
    period: periodText(row.period),
    status: row.status,
    signed: row.signed === null ? null : shortDate(row.signed),
    ratified: row.ratified === null ? null : shortDate(row.ratified),
    expiry: expiry(row),
    expiringSoon: row.expiringSoon,
    notes: footnotes.cite(firstPerDocument(row.citations)),
  };
}

function initiativeEntry(row: InitiativeRow, footnotes: Footnotes): InitiativeEntry {
  return {
    name: capitalised(row.name),
    kind: row.kind,
    status: row.status,
    lastMovement: row.lastMovement === null ? null : shortDate(row.lastMovement),
    places: row.places.length > 0 ? row.places.join(', ') : null,
    notes: footnotes.cite(firstPerDocument(row.citations)),
  };
}

function roleText(role: RoleOverTime): string {
  const office = [role.title, role.organization].filter(Boolean).join(', ');
  if (role.from === null) return `${office} (in undated reports)`;
  const span = role.to === null || role.to === role.from ? readableDate(role.from) : `${readableDate(role.from)} to ${readableDate(role.to)}`;
  return `${office} (reported ${span})`;
}

/** A person's meetings, one entry per day (a visit and its talks are one occasion), newest first, undated last. */
function meetingDays(person: PersonRow, eventsById: ReadonlyMap<string, KnowledgeEvent>): { date: string | null; events: KnowledgeEvent[] }[] {
  const days = new Map<string, { date: string | null; events: KnowledgeEvent[] }>();
  for (const { id } of person.events) {
    const event = eventsById.get(id);
    if (!event || !CONTACT_EVENT_TYPES.has(event.type)) continue;
    // Undated events cannot be told apart by day: each is its own entry.
    const key = event.date ?? event.id;
    days.set(key, { date: event.date, events: [...(days.get(key)?.events ?? []), event] });
  }
  return [...days.values()].sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (b.date ?? '').localeCompare(a.date ?? ''));
}

function personEntry(person: PersonRow, eventsById: ReadonlyMap<string, KnowledgeEvent>, footnotes: Footnotes): PersonEntry {
  const days = meetingDays(person, eventsById);
  return {
    name: person.name,
    roles: person.roles.map(roleText),
    eventCount: person.events.length,
    meetings: days.slice(0, MEETINGS_PER_PERSON).map(({ date, events }) => ({
      text: `${date === null ? 'undated' : readableDate(date)} (${[...new Set(events.map((event) => event.type))].join(', ')})`,
      notes: footnotes.cite(events.flatMap(eventCitations)),
    })),
    meetingsMore: Math.max(0, days.length - MEETINGS_PER_PERSON),
  };
}

function statementGroups(report: DyadReport, sides: readonly CountrySide[], footnotes: Footnotes): StatementGroup[] {
  const sidesOfPerson = new Map<string, Set<string>>();
  for (const side of sides) {
    for (const person of report.people[side.code] ?? []) {
      sidesOfPerson.set(person.id, (sidesOfPerson.get(person.id) ?? new Set()).add(side.name));
    }
  }
  const groups = new Map<string, KnowledgeEvent[]>([...sides.map((side): [string, KnowledgeEvent[]] => [side.name, []]), ['Both sides', []]]);
  const spoken = report.timeline.filter((event) => SPOKEN_EVENT_TYPES.has(event.type));
  // Newest first, undated last: the timeline is oldest first with the undated at its end.
  const ordered = [...spoken.filter((event) => event.date !== null).reverse(), ...spoken.filter((event) => event.date === null)];
  for (const event of ordered) {
    const speakers = new Set(event.participants.flatMap((participant) => [...(sidesOfPerson.get(participant.id) ?? [])]));
    groups.get(speakers.size === 1 ? [...speakers][0] : 'Both sides')!.push(event);
  }
  return [...groups].filter(([, events]) => events.length > 0).map(([side, events]) => ({
    side,
    statements: events.slice(0, STATEMENTS_PER_SIDE).map((event): StatementEntry => {
      const citations = eventCitations(event);
      return {
        date: dateOf(event),
        speaker: participantNames(event.participants),
        stance: event.type === 'commitment' ? 'commitment' : event.stance ?? 'statement',
        quote: citations[0]?.sentence ?? '',
        notes: footnotes.cite(citations),
      };
    }),
    earlier: Math.max(0, events.length - STATEMENTS_PER_SIDE),
  }));
}

function sectorTable(report: DyadReport): SectorTable {
  const allQuarters = [...new Set(report.sectors.map((activity) => activity.quarter))].sort();
  const quarters = allQuarters.slice(-SECTOR_QUARTERS);
  const rows = new Map<string, { sector: string; counts: number[]; total: number }>();
  for (const activity of report.sectors) {
    const column = quarters.indexOf(activity.quarter);
    if (column < 0) continue;
    const row = rows.get(activity.sector) ?? { sector: activity.sector, counts: quarters.map(() => 0), total: 0 };
    row.counts[column] += activity.events;
    row.total += activity.events;
    rows.set(activity.sector, row);
  }
  return {
    quarters,
    rows: [...rows.values()].sort((a, b) => b.total - a.total || a.sector.localeCompare(b.sector)),
    earlierQuarters: allQuarters.length - quarters.length,
  };
}

function toneSection(report: DyadReport): BriefNote['tone'] {
  const points = report.tone.map((point) => ({ date: point.date, goldstein: point.goldstein, label: `${point.type} (CAMEO ${point.cameo})` }));
  const byQuarter = new Map<string, number[]>();
  // Year-only dates cannot be placed in a quarter.
  for (const point of points.filter((p) => p.date.length >= 7)) byQuarter.set(quarterOf(point.date), [...(byQuarter.get(quarterOf(point.date)) ?? []), point.goldstein]);
  const quarters = [...byQuarter].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, values]) => ({
    quarter,
    events: values.length,
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  }));
  return { points, quarters };
}

function coordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`;
}

function outletOf(document: DocumentReference): string {
  return document.outlet ?? document.source ?? 'unknown outlet';
}

function publicationDate(document: DocumentReference): string {
  return document.published === null ? 'date unknown' : readableDate(document.published);
}

function sourceNote(footnote: Footnote): SourceNote {
  const { document } = footnote;
  const link = document.source !== null && /^https?:\/\//i.test(document.source) ? document.source : null;
  return {
    number: footnote.number,
    outlet: outletOf(document),
    date: publicationDate(document),
    title: document.title,
    address: link ?? document.file ?? document.source ?? document.id,
    link,
    sentence: footnote.sentence,
  };
}

function meetingSentence(lead: string, meeting: MeetingSummary, footnotes: Footnotes): NoteText {
  const where = distinct([meeting.event.forum?.name, meeting.event.place?.name]).join(', ');
  return {
    lead,
    text: `${dateOf(meeting.event)}, ${meeting.event.type}${where ? ` in ${where}` : ''} ${LEVEL_PHRASES[meeting.level]}, with ${participantNames(meeting.event.participants)}.`,
    notes: footnotes.cite(eventCitations(meeting.event)),
  };
}

function countsByStatus(statuses: readonly string[], order: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([status, count]) => `${count} ${status}`).join(', ');
}

function summary(report: DyadReport, names: string, register: readonly InstrumentRow[], footnotes: Footnotes): NoteText[] {
  const asOf = readableDate(report.asOf);
  if (report.timeline.length === 0 && register.length === 0) return [{ text: `Nothing on ${names} is on record as of ${asOf}.`, notes: [] }];
  const past = report.timeline.filter((event) => happenedBy(event, report.asOf)).map((event) => event.date!);
  const scheduled = report.timeline.filter((event) => event.date !== null).length - past.length;
  const undated = report.timeline.filter((event) => event.date === null).length;
  const counts = [
    past.length > 0 ? `${past.length} dated (${readableDate(past[0])} to ${readableDate(past.at(-1)!)})` : '',
    scheduled > 0 ? `${scheduled} scheduled` : '',
    undated > 0 ? `${undated} undated` : '',
  ].filter(Boolean);
  const span = counts.length > 0 ? `: ${listed(counts)}` : '';
  const sentences: NoteText[] = [{
    text: `As of ${asOf}, ${plural(report.summary.documents, 'document')} report${report.summary.documents === 1 ? 's' : ''} ${plural(report.timeline.length, 'event')} between ${names}${span}.`,
    notes: [],
  }];
  if (report.lastMeeting) sentences.push(meetingSentence('Last meeting', report.lastMeeting, footnotes));
  if (report.highestLevelMeeting && report.highestLevelMeeting.event.id !== report.lastMeeting?.event.id) {
    sentences.push(meetingSentence('Highest-level meeting', report.highestLevelMeeting, footnotes));
  } else if (report.highestLevelMeeting) {
    sentences.push({ text: 'It is also the highest-level meeting on record.', notes: [] });
  }
  if (register.length > 0) {
    const open = register.filter((row) => OPEN_INSTRUMENT_STATUSES.has(row.status)).length;
    sentences.push({
      lead: 'Instruments',
      text: `${register.length} with both as parties: ${countsByStatus(register.map((row) => row.status), STATUS_ORDER)}; ${open} not yet in force.`,
      notes: [],
    });
  }
  const expiring = register.filter((row) => row.expiringSoon);
  if (expiring.length > 0) {
    sentences.push({
      lead: `Expiring within ${EXPIRY_WARNING_DAYS} days`,
      text: `${listed(expiring.map((row) => `${capitalised(row.name)} (${readableDate(row.expires!)})`))}.`,
      notes: footnotes.cite(expiring.flatMap((row) => firstPerDocument(row.citations))),
    });
  }
  if (report.initiatives.length > 0) {
    sentences.push({
      lead: 'Projects and initiatives',
      text: `${report.initiatives.length}: ${countsByStatus(report.initiatives.map((row) => row.status), INITIATIVE_STATUS_ORDER)}.`,
      notes: [],
    });
  }
  return sentences;
}

function bindsBoth(row: InstrumentRow, countries: readonly [string, string]): boolean {
  return countries.every((code) => row.parties.includes(code));
}

/** The note for a report; every sentence taken from a source is footnoted to it. */
export function briefNote(report: DyadReport): BriefNote {
  const footnotes = new Footnotes();
  const countries: [CountrySide, CountrySide] = [countrySide(report.countries[0]), countrySide(report.countries[1])];
  const names = `${countries[0].name} and ${countries[1].name}`;
  const register = report.instruments.filter((row) => bindsBoth(row, report.countries));
  const eventsById = new Map(report.timeline.map((event) => [event.id, event]));

  const summaryText = summary(report, names, register, footnotes);
  const timeline = timelineSection(report, footnotes);
  const registerSection: RegisterSection = {
    rows: register.map((row) => registerEntry(row, footnotes)),
    others: report.instruments.filter((row) => !bindsBoth(row, report.countries)).map((row) => registerEntry(row, footnotes)),
    warningDays: EXPIRY_WARNING_DAYS,
  };
  const initiatives = report.initiatives.map((row) => initiativeEntry(row, footnotes));
  const people = countries.map((side) => ({ ...side, people: (report.people[side.code] ?? []).map((person) => personEntry(person, eventsById, footnotes)) }));
  const statements = statementGroups(report, countries, footnotes);
  const figures = report.figures.map((figure): FigureEntry => ({
    text: figure.text,
    quotedBy: `${outletOf(figure.source.document)}, ${publicationDate(figure.source.document)}`,
    notes: footnotes.cite([figure.source]),
  }));

  return {
    countries,
    title: `${countries[0].name} – ${countries[1].name}`,
    asOf: report.asOf,
    asOfText: readableDate(report.asOf),
    summary: summaryText,
    timeline,
    register: registerSection,
    initiatives,
    people,
    statements,
    sectors: sectorTable(report),
    tone: toneSection(report),
    places: report.places.map((place) => ({ ...place, coordinates: coordinates(place.lat, place.lon) })),
    figures,
    footnotes: footnotes.list().map(sourceNote),
  };
}
