// A plural contact noun followed by a list of dates ("five meetings have been held: in Lima on
// May 3, 2014; in Quito on June 4, 2016", "his visits to Accra in 2011 and 2016") reports one
// happening a date; a counted plural without such a list ("five meetings have been held since
// 2014") reports none of them.
import type { AnnotatedDocument, DateMention, EventCandidate, Sentence } from '../../annotated-document.ts';
import type { Span } from '../../../record/schema.ts';
import { countryMentionsIn } from '../../countries-in.ts';
import type { SentenceLayers } from './sentence-layers.ts';

const PLURAL_CONTACT = /(?:visits|meetings)$/i;
/** "five meetings", "several presidential visits": a number of happenings, a word between. */
const COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous|multiple|dozens\s+of)\s+(?:[\w-]+\s+)?$/i;
const LOCATIVE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;

function isPluralContact(doc: AnnotatedDocument, event: EventCandidate): boolean {
  return (event.type === 'visit' || event.type === 'meeting') && PLURAL_CONTACT.test(doc.text.slice(event.trigger.start, event.trigger.end));
}

/** Whether a plural contact noun is counted ("five similar meetings"): a tally, not a happening. */
export function isCountedContact(doc: AnnotatedDocument, sentence: Sentence, event: EventCandidate): boolean {
  return isPluralContact(doc, event) && COUNT_BEFORE.test(doc.text.slice(Math.max(sentence.start, event.trigger.start - 40), event.trigger.start));
}

/** The dates after a trigger that run as one list: no verb comes between one and the next ("…, 2014; and in B on …"). */
function listedDates(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span): DateMention[] {
  const dates = layer.dates.filter((d) => !d.isPeriod && d.value !== null && d.start > trigger.end);
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const list: DateMention[] = [];
  for (const date of dates) {
    const previous = list[list.length - 1];
    if (previous && tokens.some((t) => t.start >= previous.end && t.end <= date.start && t.pos === 'VERB')) break;
    list.push(date);
  }
  return list;
}

function placeIn(doc: AnnotatedDocument, layer: SentenceLayers, start: number, end: number): string | undefined {
  return layer.places.find((p) => p.start >= start && p.end <= end && LOCATIVE_BEFORE.test(doc.text.slice(Math.max(start, p.start - 8), p.start)))?.name;
}

/**
 * One event for each listed date, each with the place named in its own stretch of the list.
 * The people named in each stretch take part in its happening when every stretch names someone
 * ("the visits of A … in 2019 and B … in 2021"); else all share the event's participants.
 */
export function splitByDates(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, event: EventCandidate): EventCandidate[] {
  if (!isPluralContact(doc, event)) return [event];
  const dates = listedDates(doc, sentence, layer, event.trigger);
  if (dates.length < 2) return [event];
  const stretches = dates.map((date, i) => ({ date, start: i === 0 ? event.trigger.end : dates[i - 1].end, end: i === dates.length - 1 ? sentence.end : date.end }));
  const ownPersons = stretches.map(({ start, end }) => [...new Set(layer.persons.filter((m) => m.start >= start && m.end <= end && event.persons.includes(m.person)).map((m) => m.person))]);
  const eachNamesSomeone = ownPersons.every((persons) => persons.length > 0);
  const places = stretches.map(({ start, end }) => placeIn(doc, layer, start, end));
  return stretches.map(({ date, start, end }, i) => {
    const countries = [...new Set(countryMentionsIn(doc, start, end).filter((c) => !c.insideName).map((c) => c.code))];
    const participants = eachNamesSomeone ? { persons: ownPersons[i], countries: countries.length > 0 ? countries : event.countries } : { persons: event.persons, countries: event.countries };
    const place = places.some((p) => p !== undefined) ? places[i] : event.place;
    return { ...event, ...participants, date: date.value, dateText: date.text, place, listed: true };
  });
}
