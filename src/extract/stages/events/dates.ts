// Event dates: each date of a sentence to the trigger of its clause, and undated events to the
// date of the occasion the article reports.
import type { AnnotatedDocument, DateMention, EventCandidate, Sentence } from '../../annotated-document.ts';
import { openingSentences } from '../../annotated-document.ts';
import type { EventType, Span } from '../../../record/schema.ts';
import type { CueText } from '../../cue-matching.ts';
import { clauseOf, within, type SentenceLayers } from './sentence-layers.ts';
import { FORUM_HOSTING, speaksOfAnotherTime } from './vocabulary.ts';
import { saysFuture } from '../../dates/tense.ts';
import { isRecalledInPassing } from './recalled-happenings.ts';

/** A relative clause that does not open right after the trigger ("the meeting that took place" is the meeting's own). */
const LATER_RELATIVE_CLAUSE = /^\s*\S.*?\b(?:that|which|who|whom|whose|when)\b/is;
const TARGET_BEFORE = /\b(?:by|until|till|through|before|to)\s+$/i;
/** "announced the signing of", "confirmed the visit of": a happening that is the object of a report. */
const REPORTED_BEFORE = /\b(?:announced|reported|confirmed|disclosed|revealed)\s+(?:the|a|an|its|their)\s+$/i;
/** Dates at the head of a sentence ("On July 8, …", "Earlier today, …") set the time of the whole sentence. */
const FRONTED = /^\s*(?:on|earlier|later|in|at|by|this|last|on\s+the\s+\w+\s+of)?\s*$/i;
/** "Shortly after taking office in January, …": a fronted clause of time dates what the sentence goes on to report. */
const FRONTED_CLAUSE = /^\s*(?:(?:shortly|soon|just|right|immediately)\s+)?(?:after|following|upon|on|when|while|during|at\s+the\s+(?:end|close|conclusion)\s+of)\b[^,;:()]*$/i;
/** "At the end of the talks on March 10, …": the date is when the talks ended, not when they took place. */
const END_OF_BEFORE = /\b(?:at\s+the\s+(?:end|close|conclusion)\s+of|concluding)\s+(?:the\s+|these\s+|their\s+|its\s+)?$/i;

/** Types whose undated mentions take the date of the occasion the article reports. */
const OCCASION_TYPES = new Set<EventType>(['meeting', 'visit', 'call', 'signing', 'ratification', 'statement', 'commitment', 'inauguration']);

/** Each date of a sentence belongs to the nearest trigger in its clause, or, when fronted, to the whole sentence. */
export function assignDates(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, triggers: Span[], contentTrigger: Set<Span>): Map<Span, DateMention> {
  const text = doc.text.slice(sentence.start, sentence.end);
  const assigned = new Map<Span, DateMention>();
  // "to $15 billion by 2030", "until 2026": a deadline, not when the event happened.
  // "the first head of state visiting Tanzania since Samia was sworn in on March 19": when a period began, not when the event happened.
  const dates = layer.dates.filter((d) => !d.isPeriod && !TARGET_BEFORE.test(doc.text.slice(Math.max(sentence.start, d.start - 8), d.start)) && !startsAPeriod(doc, d, sentence));
  const ended = new Set(triggers.filter((t) => END_OF_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 30), t.start))));
  for (const date of dates) {
    const [clauseStart, clauseEnd] = clauseOf(text, date.start - sentence.start);
    // What was said or promised may carry its own time ("agreed to meet in March"): such a trigger owns only dates before it.
    // "The signing crowns an effort that began last summer": a date in a relative clause of another noun is that clause's.
    const clauseTriggers = triggers.filter((t) => !ended.has(t) && t.start - sentence.start >= clauseStart && t.start - sentence.start < clauseEnd && !(contentTrigger.has(t) && date.start > t.end) && !(date.start > t.end && LATER_RELATIVE_CLAUSE.test(doc.text.slice(t.end, date.start))));
    // "the agreement signed in Tashkent in July 2025 and agreed to hold …": a date ends the phrase before it, not the verb coordinated after it.
    const phraseBefore = clauseTriggers.some((t) => t.end <= date.start);
    const inClause = phraseBefore ? clauseTriggers.filter((t) => !(t.start >= date.end && COORDINATED_AFTER_DATE.test(doc.text.slice(date.end, t.start)))) : clauseTriggers;
    const before = text.slice(0, date.start - sentence.start);
    const fronted = FRONTED.test(before) || (inClause.length === 0 && FRONTED_CLAUSE.test(before));
    // "On December 22, the ministry announced the signing of …": a fronted date is the announcement's, not the reported happening's.
    const owners = inClause.length > 0 ? inClause : fronted ? triggers.filter((t) => !ended.has(t) && !REPORTED_BEFORE.test(doc.text.slice(Math.max(sentence.start, t.start - 30), t.start))) : [];
    const nearest = owners.sort((a, b) => Math.abs(a.start - date.start) - Math.abs(b.start - date.start))[0];
    if (!nearest) continue;
    const sameDistance = owners.filter((t) => Math.abs(t.start - date.start) === Math.abs(nearest.start - date.start));
    for (const owner of fronted && inClause.length === 0 ? owners : sameDistance) if (!assigned.has(owner)) assigned.set(owner, date);
    // "met in Vilnius on the occasion of the State Visit … on 5 July 2023": a happening within another shares its day.
    const within = inClause.filter((t) => !assigned.has(t) && !contentTrigger.has(t) && OCCASION_LINK.test(doc.text.slice(t.end, nearest.start)));
    for (const owner of within) assigned.set(owner, date);
  }
  // "preparations for the 2025 state visit": a year written before the event's noun is its year.
  for (const trigger of triggers) {
    const windowStart = Math.max(sentence.start, trigger.start - 12);
    const year = assigned.has(trigger) ? null : YEAR_BEFORE.exec(doc.text.slice(windowStart, trigger.start));
    if (!year) continue;
    const start = windowStart + year.index + year[0].lastIndexOf(year[1]);
    assigned.set(trigger, { start, end: start + year[1].length, text: year[1], value: year[1], isPeriod: false });
  }
  // "signed in March during the President's visit to Lima, where he met …": the happening a dated one
  // took place during, and what took place where it went, share its date.
  const ordered = [...triggers].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const [before, trigger] = [ordered[i - 1], ordered[i]];
    const date = assigned.get(before);
    if (!date || assigned.has(trigger) || contentTrigger.has(trigger) || date.start > trigger.start) continue;
    const between = doc.text.slice(before.end, trigger.start);
    if (ENCLOSING_AFTER.test(between) || PLACE_RELATIVE_AFTER.test(between)) assigned.set(trigger, date);
  }
  return assigned;
}

/** What opens a verb coordinated after a date: "… in July 2025 and agreed", "…, but postponed". */
const COORDINATED_AFTER_DATE = /^,?\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i;

/** "the 2025 state visit", "their 2019 talks": a year between a determiner and the event's noun. */
const YEAR_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+((?:19|20)\d{2})\s+$/i;

/** What links a happening to the occasion it is part of. */
const OCCASION_LINK = /\b(?:on\s+the\s+occasion\s+of|during|within|as\s+part\s+of|in\s+the\s+framework\s+of|on\s+the\s+sidelines\s+of)\b/i;

/** Words leading from a happening to the one it took place during, with no clause break after the link. */
const ENCLOSING_AFTER = /\b(?:during|on\s+the\s+occasion\s+of|within|as\s+part\s+of|in\s+the\s+framework\s+of|on\s+the\s+sidelines\s+of)\b[^,;:()]*$/i;
/** "… visit to Lima, where he met …": a relative clause of place opening right after the happening's phrase. */
const PLACE_RELATIVE_AFTER = /^[^;:()]*,\s*where\b[^,;:()]*$/i;

const REPORTING_BEFORE = /\b(?:since|until|by|said|says|stated|announced|reported|told)\s*$/i;

/** "since the clashes erupted on July 24": a date in a clause opened by "since" starts a period leading to the occasion. */
const SINCE_CLAUSE = /\bsince\b[^,;:()]*$/i;

function startsAPeriod(doc: AnnotatedDocument, date: DateMention, sentence: Sentence): boolean {
  return SINCE_CLAUSE.test(doc.text.slice(sentence.start, date.start));
}

/** "took place yesterday" with no publication date: the occasion has a day, only not one to be read. */
function unreadableLeadDate(doc: AnnotatedDocument, sentenceTexts: CueText[]): boolean {
  return openingSentences(doc, 2).some((s) => !speaksOfAnotherTime(sentenceTexts[s.index]) && doc.dates.some((d) => !d.isPeriod && d.value === null && within(d, s)));
}

/** The occasion's date, and whether the lead announces it as still to come ("will be held today"). */
interface Occasion {
  date: string | null;
  upcoming: boolean;
}

/** How long before publication the occasion a report is about may lie. */
const RECENT_DAYS = 62;

/** Whether a partial date's last day lies at most a couple of months before publication (any date, with none). */
function isRecent(date: string, published: string | null): boolean {
  if (published === null) return true;
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = day !== undefined ? Date.UTC(year, month - 1, day) : Date.UTC(year, month ?? 12, 0);
  return (Date.parse(published) - lastDay) / 86_400_000 <= RECENT_DAYS;
}

/** Whether the words of a clause before an offset in a sentence put what follows in the future. */
function futureBefore(doc: AnnotatedDocument, sentence: Sentence, offset: number): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  const [clauseStart] = clauseOf(text, offset - sentence.start);
  return saysFuture(text.slice(clauseStart, offset - sentence.start));
}

/** An event named by a noun after what was done at it is a happening the sentence recalls, not what it reports. */
function recalledInPassing(doc: AnnotatedDocument, e: EventCandidate): boolean {
  return isRecalledInPassing(doc, doc.sentences[e.sentence], e.trigger);
}

/**
 * The date of the occasion the article reports: a date in its opening sentence (the
 * dateline or lead), else its first dated event near the top.
 */
function occasionOf(doc: AnnotatedDocument, events: EventCandidate[], sentenceTexts: CueText[]): Occasion {
  // A bare year in the lead ("ties interrupted in 2019") dates the background, not the news.
  // "took place yesterday" with no publication date is a date too, only not one to be read.
  // The dates of a list of past happenings ("meetings in A on May 3, 2015 and in B on …") are theirs, not the news's.
  // Nor is the date of a happening recalled in passing ("agreements reached during the state visit of A in October").
  const listedDate = (d: DateMention, s: Sentence) => events.some((e) => e.sentence === s.index && e.date === d.value && (e.listed === true || recalledInPassing(doc, e)));
  const mayDateOccasion = (d: DateMention, s: Sentence) => !d.isPeriod && (d.value === null || d.value.length > 4) && within(d, s) && !startsAPeriod(doc, d, s) && !listedDate(d, s);
  const opening = openingSentences(doc, 2).find((s) => !speaksOfAnotherTime(sentenceTexts[s.index]) && doc.dates.some((d) => mayDateOccasion(d, s)));
  // "a joint statement said on Thursday" dates the report, not the occasion.
  const lead = opening && doc.dates.find((d) => mayDateOccasion(d, opening) && !REPORTING_BEFORE.test(doc.text.slice(Math.max(0, d.start - 12), d.start)));
  // The story's own day wins over the day it was filed; the filing day over a vaguer date ("which signed a treaty in 1997").
  if (lead?.value && (lead.value.length === 10 || !doc.dateline?.value)) return { date: lead.value, upcoming: futureBefore(doc, opening!, lead.start) };
  if (doc.dateline?.value) return { date: doc.dateline.value, upcoming: false };
  if (unreadableLeadDate(doc, sentenceTexts)) return { date: null, upcoming: false };
  const top = new Set(openingSentences(doc, 3).map((s) => s.index));
  // "The treaty was initially signed on April 18 last year" dates another time, not the occasion.
  // "following his visit in October 2010" in a report of 2012 recalls the past: a report's occasion is recent.
  // One of a list of dated happenings ("meetings in A on May 3, 2015 and in B on …") is a record of the past, not the news.
  const early = events.filter((e) => top.has(e.sentence) && e.date !== null && e.type !== 'statement' && e.listed !== true && !speaksOfAnotherTime(sentenceTexts[e.sentence]) && isRecent(e.date, doc.published) && !recalledInPassing(doc, e)).sort((a, b) => a.sentence - b.sentence);
  return { date: early[0]?.date ?? null, upcoming: false };
}

/** "will hold talks", "is to visit": the words of the trigger's clause before it put the happening after the occasion. */
export function stillToCome(doc: AnnotatedDocument, e: EventCandidate): boolean {
  return futureBefore(doc, doc.sentences[e.sentence], e.trigger.start);
}

/** The events kept (a forum only when dated or hosted), the undated ones given the date of the occasion the article reports. */
export function dateEvents(doc: AnnotatedDocument, events: EventCandidate[], layers: SentenceLayers[], sentenceTexts: CueText[]): EventCandidate[] {
  // Forums the article opens with are its occasion; a forum named later is another time.
  const top = new Set(openingSentences(doc, 3).map((s) => s.index));
  const occasionForums = new Set(doc.forums.filter((f) => top.has(f.sentence) && FORUM_HOSTING.test(sentenceTexts[f.sentence]) && !speaksOfAnotherTime(sentenceTexts[f.sentence])).map((f) => f.name));
  // A report that dates nothing of its own occasion reports the day it was published; a forum,
  // which has its own days, is not dated by that alone.
  const occasion = occasionOf(doc, events, sentenceTexts);
  const stated = occasion.date;
  const date = stated ?? (unreadableLeadDate(doc, sentenceTexts) ? null : doc.published);
  // "Six documents will be signed after the session" is a signing of the day in a report of the day ahead, a plan in any other.
  const kept = events.filter((e) => (e.type !== 'forum' || e.date !== null || FORUM_HOSTING.test(sentenceTexts[e.sentence])) && (e.scheduled !== true || (occasion.upcoming && (e.date === null || e.date === stated))));
  for (const e of kept) {
    if (e.date !== null || e.dateText !== undefined || date === null || (e.type === 'forum' && stated === null)) continue;
    const otherForum = layers[e.sentence].forums.some((f) => !occasionForums.has(f.name));
    // What is said or promised may name another time ("to launch it next year") and still be said at the occasion.
    const saidAtOccasion = e.type === 'statement' || e.type === 'commitment';
    if (e.type === 'forum' ? occasionForums.has(e.forum ?? '') : OCCASION_TYPES.has(e.type) && !otherForum && (saidAtOccasion || (!speaksOfAnotherTime(sentenceTexts[e.sentence]) && (occasion.upcoming || !stillToCome(doc, e))))) e.date = date;
  }
  // A forum the article reports as its occasion took place on the occasion's date.
  for (const e of kept) {
    const forum = e.type === 'forum' && e.date !== null ? doc.forums.find((f) => f.name === e.forum) : undefined;
    if (forum && forum.date === undefined) forum.date = e.date ?? undefined;
  }
  return kept;
}
