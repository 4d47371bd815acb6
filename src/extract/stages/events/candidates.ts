// One candidate event per trigger of each sentence, with what its sentence names, and one per forum.
import { tokenStartingAt, type AnnotatedDocument, type DateMention, type EventCandidate, type ForumMention, type InstrumentMention, type Sentence } from '../../annotated-document.ts';
import type { EventType, Span } from '../../../record/schema.ts';
import type { CueText } from '../../cue-matching.ts';
import { countryMentionsIn, documentDyad } from '../../countries-in.ts';
import { clauseOf, within, type SentenceLayers } from './sentence-layers.ts';
import { phraseOf, TRAVEL_TRIGGERS, type SentenceCues } from './vocabulary.ts';
import { triggersIn, type Trigger } from './triggers.ts';
import { participantsOf, speakersOf, targetsOf } from './participants.ts';
import { assignDates, stillToCome } from './dates.ts';
import { isCountedContact, splitByDates } from './listed-happenings.ts';
import { opensIncludedList } from '../../instruments/grouped-lists.ts';
import { LIST_ONLY, instrumentHeadAt, isCountNoun } from '../../instruments/vocabulary.ts';

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
    ...participantsOf(doc, sentence, layer, trigger, type),
    place: placeIn(doc, sentence, layer),
    instruments: layer.instruments.map((i) => i.name),
    initiatives: [...layer.initiatives],
    forum: layer.forums[0]?.name,
    format: [],
    sectors: [],
    evidence: [{ start: sentence.start, end: sentence.end }],
  };
}

/**
 * "would be treated", "could sign", "must be ratified", "expected to be signed", "expected to witness the signing", "once both parliaments ratify it":
 * a hypothetical or expected happening, not one that took place or is scheduled.
 */
const HYPOTHETICAL_BEFORE = /(?:\b(?:would|could|might|may|should|must|needs?\s+to|has\s+to|have\s+to|expected\s+to|hopes?\s+to|hoped\s+to|seeks?\s+to|sought\s+to|aims?\s+to|intends?\s+to)\b(?:\s+(?:be|have|been|not|also|soon|then|jointly|formally|eventually|the|a|an|both|witness|attend|oversee|observe|preside\s+over|\w+ly))*|\b(?:if|once|unless)\b(?:\s+[\w'-]+){0,4})\s+$/i;
/** "will enter into force 30 days after the two sides exchange instruments of ratification": a condition of what will be. */
const FUTURE_CONDITION_BEFORE = /\b(?:will|shall)\b[^.;:]*\b(?:after|when|upon)\b(?:\s+[\w'-]+){0,7}\s+$/i;
/** "instructed their ministers to prepare a visit": a contact being arranged, not one that took place. */
const ARRANGED_BEFORE = /\bto\s+(?:prepare|plan|arrange|organi[sz]e|schedule)\s+(?:for\s+)?(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "talks with Peru continue": an open process, not a meeting that took place. */
const CONTINUING_AFTER = /^(?:\s+with\s+[^,.;]{1,40}?)?\s+(?:continues?|are\s+continuing|are\s+ongoing|are\s+in\s+progress|are\s+at\s+an?\s+\w+\s+stage|(?:are|remain)\s+under\s+way)\b/i;
/** "agreed to continue joint coordination and consultations", "will keep up regular contacts": an open process to go on, not a meeting that took place. */
const CONTINUED_BEFORE = /\b(?:to|will|shall)\s+(?:continue|intensify|step\s+up|maintain|deepen|keep\s+up)\b[^,.;]{0,40}$/i;
/** "an armed attack on Chile would be treated as …": an event noun that is the subject of a hypothetical. */
const HYPOTHETICAL_AFTER = /^[^,.;:]{0,50}?\b(?:would|could|might)\b/i;
const MODAL_TYPES = new Set<EventType>(['meeting', 'visit', 'call', 'signing', 'ratification', 'inauguration', 'incident']);

function isHypothetical(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): boolean {
  const before = doc.text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start);
  const after = doc.text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60));
  if (HYPOTHETICAL_BEFORE.test(before) || CONTINUED_BEFORE.test(before) || ARRANGED_BEFORE.test(before) || CONTINUING_AFTER.test(after)) return true;
  if (FUTURE_CONDITION_BEFORE.test(doc.text.slice(Math.max(sentence.start, trigger.start - 160), trigger.start))) return true;
  const token = tokenStartingAt(doc, trigger.start);
  return token !== undefined && doc.tokens[token].pos === 'NOUN' && HYPOTHETICAL_AFTER.test(after);
}

const OF_THE_VISITOR = /^\s+(?:of|by)\b[^,.;]*$/i;

/** "the State Visit of the President of Poland to Lithuania": a visitor named by office and country. */
function visitorNamedByCountry(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): boolean {
  const country = countryMentionsIn(doc, trigger.end, Math.min(sentence.end, trigger.end + 70))[0];
  return country !== undefined && OF_THE_VISITOR.test(doc.text.slice(trigger.end, country.start));
}

/** "jetted out of the country for Tanzania", "travelled to Lima": a verb of travel reports a visit when its clause names where to. */
function namesDestination(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span): boolean {
  const [, clauseEnd] = clauseOf(doc.text.slice(sentence.start, sentence.end), trigger.end - sentence.start);
  const end = sentence.start + clauseEnd;
  return layer.places.some((p) => p.start >= trigger.end && p.end <= end) || countryMentionsIn(doc, trigger.end, end).some((c) => !c.insideName);
}

/** "talks over the phone between the leaders of the two countries": the article's two countries, whoever else the sentence names. */
const BOTH_COUNTRIES = /\b(?:the\s+two|both)\s+(?:countries|nations|states)\b/i;

function callOfBothCountries(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): boolean {
  const [start, end] = clauseOf(doc.text.slice(sentence.start, sentence.end), trigger.start - sentence.start);
  return BOTH_COUNTRIES.test(doc.text.slice(sentence.start + start, sentence.start + end));
}

/**
 * A caption that shows people of two countries together ("Prime Minister A and Foreign Minister B
 * at the PM's Office on May 7", "A with the visiting B") shows them meeting: a meeting trigger on
 * the words between the first two, when the caption shows no other happening.
 */
function captionMeeting(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, triggers: readonly Trigger[]): Trigger | undefined {
  // "A and B sign the protocol" shows a signing; "A with the visiting B" still shows them meeting.
  if (sentence.aside !== 'caption' || triggers.some((t) => t.type !== 'visit')) return undefined;
  const first = layer.persons[0];
  const country = first && doc.persons[first.person].country;
  const other = country && layer.persons.find((m) => { const c = doc.persons[m.person].country; return c !== undefined && c !== country; });
  if (!other) return undefined;
  return { type: 'meeting', span: { start: first.end, end: Math.max(first.end, other.start) } };
}

/** "adopted and approved ratification of …", "exchanged the instruments of ratification": a verb whose object is a ratification reports that ratification, not a signing. */
const RATIFICATION_AS_OBJECT = /^\s+(?:and\s+\w+\s+)?(?:the\s+)?(?:instruments?\s+of\s+)?ratification\b/i;

/**
 * "ratified agreements with A, B and C", read as one instrument with each partner: one
 * ratification (or signing) a pair, when every instrument, first named in the event's sentence, is
 * between one country and another partner.
 */
function splitByPartners(doc: AnnotatedDocument, event: EventCandidate): EventCandidate[] {
  if ((event.type !== 'signing' && event.type !== 'ratification') || event.instruments.length < 2) return [event];
  const instruments: InstrumentMention[] = [];
  for (const name of event.instruments) {
    const instrument = doc.instruments.find((i) => i.name === name);
    // Only instruments this sentence brings in: one named before and spoken of again here is no partner of the list.
    if (!instrument || instrument.parties.length !== 2 || instrument.sentence !== event.sentence) return [event];
    instruments.push(instrument);
  }
  const subject = instruments[0].parties.find((c) => instruments.every((i) => i.parties.includes(c)));
  const partners = instruments.map((i) => i.parties.find((c) => c !== subject));
  if (!subject || partners.includes(undefined) || new Set(partners).size !== partners.length) return [event];
  return instruments.map((instrument, k) => ({
    ...event,
    instruments: [instrument.name],
    countries: [subject, instrument.parties.find((c) => c !== subject) ?? subject],
    // The people of the other partners took no part in this pair's act.
    persons: event.persons.filter((p) => { const c = doc.persons[p].country; return c === undefined || c === partners[k] || !partners.includes(c); }),
  }));
}

/** "X, signed in June 2020, …", "X, which was ratified on …": the participle's head is what was signed ("A, as well as B, were ratified" is no such head). */
const PARTICIPLE_AFTER_HEAD = /^\s*,?\s*(?:(?:which|that)\s+(?:(?:was|were|had|has|have|been|is|are)\s+)+)?(?:\w+ly\s+)?$/i;

/** "the Treaty of Aachen, the friendship treaty signed in 2019": a name in apposition names what the one before it does. */
const APPOSITION_BETWEEN = /^\s*,\s*(?:the|a|an)\s+$/i;

/**
 * The instruments a signing or ratification participle follows, when it follows one: the act is of
 * that one (and of the name it stands in apposition to), not of the others its sentence names.
 */
function participleHeads(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, trigger: Span): InstrumentMention[] {
  const mentions = layer.instruments.flatMap((instrument) => instrument.mentions.filter((m) => within(m, sentence)).map((m) => ({ instrument, ...m })));
  const head = mentions.find((m) => m.end <= trigger.start && trigger.start - m.end <= 40 && PARTICIPLE_AFTER_HEAD.test(doc.text.slice(m.end, trigger.start)));
  if (!head) return [];
  const apposed = mentions.find((m) => m.end <= head.start && APPOSITION_BETWEEN.test(doc.text.slice(m.end, head.start)));
  return apposed && apposed.instrument !== head.instrument ? [apposed.instrument, head.instrument] : [head.instrument];
}

/** Whether a sentence names a document by its kind ("signed a declaration", "10 documents were signed"), if by no name. */
function namesADocument(doc: AnnotatedDocument, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = instrumentHeadAt(doc.tokens, i, sentence.tokenEnd);
    if ((head && !LIST_ONLY.has(doc.tokens[head.from].lower)) || isCountNoun(doc.tokens[i].lower)) return true;
  }
  return false;
}

/**
 * "have signed dozens of agreements over the past decade", "agreements adopted in the past year
 * since …": documents counted over a span of time are a tally of many signings, not one the
 * article reports.
 */
const SPAN_OF_TIME = /\b(?:(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years?|decades?|months?)|over\s+the\s+years|in\s+recent\s+years|since\s+(?:(?:19|20)\d{2}|the|its|their|then)|so\s+far|to\s+date)\b/i;
const THE_BEFORE = /\bthe\s+$/i;

/** "the newly-inaugurated Port of Chancay", "a recently opened plant": a participle describing a facility, not an opening the article reports. */
const DESCRIBING_BEFORE = /(?:\bnewly[\s-]*|\b(?:the|a|an|its|their)\s+(?:recently|newly)\s+)$/i;

/** "received a visit from …", "received a phone call from …": what was received is the contact, not a meeting with the one who received it. */
const RECEIVED_CONTACT_AFTER = /^\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:visits?|(?:phone\s+|telephone\s+)?calls?|letters?|messages?|invitations?)\b/i;

/** The event a trigger reports, with its participants, or undefined when the sentence does not bear it out. */
function eventOfTrigger(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, text: string, trigger: Trigger, date: DateMention | undefined): EventCandidate | undefined {
  const { type, span, stance } = trigger;
  if (MODAL_TYPES.has(type) && isHypothetical(doc, sentence, span)) return undefined;
  if (type === 'meeting' && /^received$/i.test(doc.text.slice(span.start, span.end)) && RECEIVED_CONTACT_AFTER.test(text.slice(span.end - sentence.start))) return undefined;
  if (type === 'signing' && RATIFICATION_AS_OBJECT.test(text.slice(span.end - sentence.start))) return undefined;
  const event = candidate(doc, type, sentence, layer, span, date);
  if (THE_BEFORE.test(doc.text.slice(Math.max(sentence.start, span.start - 5), span.start))) event.definite = true;
  if (type === 'signing' || type === 'ratification') {
    const objects = participleHeads(doc, sentence, layer, span);
    const here = objects.length > 0 ? objects : layer.instruments;
    if (objects.length > 0) event.instruments = objects.map((i) => i.name);
    if (here.length > 0 && here.every((i) => i.status === 'proposed' || i.status === 'negotiating')) {
      if (type === 'ratification' || !stillToCome(doc, event)) return undefined;
      event.scheduled = true;
    }
    // "The signing took place on December 21": the signing reported, whatever it signed.
    const theSigning = event.definite === true && /^signing$/i.test(doc.text.slice(span.start, span.end));
    if (here.length === 0 && !theSigning && (!namesADocument(doc, sentence) || SPAN_OF_TIME.test(text))) return undefined;
    // "agreements were signed on X, Y, and the ratification of Z": the ratification is of Z alone.
    const ratified = here.filter((i) => i.status === 'ratified');
    if (type === 'ratification' && ratified.length > 0) event.instruments = ratified.map((i) => i.name);
    for (const i of here) for (const party of i.parties) if (!event.countries.includes(party)) event.countries.push(party);
  }
  if (type === 'inauguration' && (event.initiatives.length === 0 || DESCRIBING_BEFORE.test(doc.text.slice(Math.max(sentence.start, span.start - 20), span.start)))) return undefined;
  if (TRAVEL_TRIGGERS.has(phraseOf(doc.text.slice(span.start, span.end))) && !namesDestination(doc, sentence, layer, span)) return undefined;
  if (type === 'call' && event.persons.length === 0 && callOfBothCountries(doc, sentence, span)) event.countries = documentDyad(doc);
  else if ((type === 'visit' || type === 'call') && event.persons.length === 0 && !(type === 'visit' && visitorNamedByCountry(doc, sentence, span))) return undefined;
  if (type === 'statement') {
    const speakers = speakersOf(doc, sentence, layer, span, event);
    if (!speakers) return undefined;
    Object.assign(event, speakers);
    event.stance = stance;
    event.targets = targetsOf(doc, sentence, layer, span, speakers);
  }
  return event;
}

const RESULTS_OF_BEFORE = /\b(?:outcomes?|results?|decisions?|success|outcome documents?)\s+of\s+(?:the\s+)?$/i;

function forumEvent(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, forum: ForumMention): EventCandidate {
  const event = candidate(doc, 'forum', sentence, layer, forum.mentions[0], undefined);
  event.forum = forum.name;
  event.date = forum.date ?? null;
  event.place = forum.place ?? event.place;
  // "welcomed the outcomes of the Forum": those who speak of its results did not take part in it, nor where they are.
  const here = forum.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end);
  const spokenOf = here !== undefined && RESULTS_OF_BEFORE.test(doc.text.slice(Math.max(sentence.start, here.start - 30), here.start));
  if (spokenOf) event.place = forum.place;
  // The host country takes part in what it hosts.
  const host = layer.places.find((p) => p.name === event.place)?.country;
  if (here && spokenOf) {
    event.persons = [];
    event.organizations = [];
    // "… of the Forum held in Iran": where it was held still tells who hosted it.
    event.countries = countryMentionsIn(doc, here.end, sentence.end).filter((c) => !c.insideName).slice(0, 1).map((c) => c.code);
  }
  if (host && !event.countries.includes(host)) event.countries.push(host);
  return event;
}

/** "The following documents were signed:", "The documents are listed below:": a heading whose verb applies to the items after it. */
const LIST_HEADING = /\b(?:the\s+following|listed\s+below|as\s+follows|below)\b[^.]*[:.]?\s*$|:\s*$/i;
/** A list item: a bullet, a number, or a number alone on its line ("1."). */
const LIST_ITEM = /^\s*(?:[-\u2013\u2022*\u00b7]|\(?\d{1,2}[.)]|[a-z][.)]\s)/;
const NUMBER_ONLY = /^\s*\(?\d{1,2}[.)]?\s*$/;

/** The instruments named in the list that follows a heading sentence, up to the first sentence that is no item. */
function listedInstruments(doc: AnnotatedDocument, layers: SentenceLayers[], heading: Sentence): string[] {
  const names: string[] = [];
  let afterNumber = false;
  for (let i = heading.index + 1; i < doc.sentences.length; i++) {
    const text = doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
    if (NUMBER_ONLY.test(text)) {
      afterNumber = true;
      continue;
    }
    const instruments = layers[i].instruments;
    if (!LIST_ITEM.test(text) && !afterNumber) break;
    afterNumber = false;
    for (const instrument of instruments) if (!names.includes(instrument.name)) names.push(instrument.name);
  }
  return names;
}

/** How many sentences back a group that lists what it holds ("The five agreements are …") looks for the signing that counted it. */
const GROUP_REACH = 3;

export function findCandidates(doc: AnnotatedDocument, layers: SentenceLayers[], sentenceTexts: CueText[], sentenceCues: SentenceCues[]): EventCandidate[] {
  const found: EventCandidate[] = [];
  // Captions come last, so that what the body reports sets an event's date and place when both speak of it.
  for (const sentence of [...doc.sentences.filter((s) => s.aside !== 'caption'), ...doc.sentences.filter((s) => s.aside === 'caption')]) {
    const layer = layers[sentence.index];
    const words = sentenceTexts[sentence.index];
    const triggers = triggersIn(doc, sentence, layer, words, sentenceCues[sentence.index]);
    const shown = captionMeeting(doc, sentence, layer, triggers);
    if (shown) triggers.push(shown);
    if (triggers.length > 0) {
      const spans = triggers.map((t) => t.span);
      const dates = assignDates(doc, sentence, layer, spans, new Set(triggers.filter((t) => t.type === 'statement' || t.type === 'commitment').map((t) => t.span)));
      for (const trigger of triggers) {
        const event = eventOfTrigger(doc, sentence, layer, words.text, trigger, dates.get(trigger.span));
        if (event && (event.type === 'signing' || event.type === 'ratification') && LIST_HEADING.test(words.text)) {
          for (const name of listedInstruments(doc, layers, sentence)) if (!event.instruments.includes(name)) event.instruments.push(name);
        }
        if (!event) continue;
        const happenings = splitByDates(doc, sentence, layer, event).flatMap((e) => splitByPartners(doc, e));
        if (happenings.length === 1 && isCountedContact(doc, sentence, event)) continue;
        found.push(...happenings);
      }
    }
    for (const forum of layer.forums) found.push(forumEvent(doc, sentence, layer, forum));
    // "… a list of documents signed on February 19. The documents are listed below:": the list is the signing's before.
    const previous = found.filter((e) => e.type === 'signing' && e.sentence === sentence.index - 1).pop();
    if (previous && !triggers.some((t) => t.type === 'signing') && sentence.aside === undefined && LIST_HEADING.test(words.text)) {
      for (const name of listedInstruments(doc, layers, sentence)) if (!previous.instruments.includes(name)) previous.instruments.push(name);
    }
    // "… signed a series of agreements. The understandings include X and the Y": what the signing signed, a sentence or two before.
    if (layer.instruments.length > 0 && !triggers.some((t) => t.type === 'signing') && sentence.aside === undefined && opensIncludedList(doc, sentence)) {
      const counted = found.filter((e) => e.type === 'signing' && e.sentence < sentence.index && e.sentence >= sentence.index - GROUP_REACH).pop();
      if (counted) for (const i of layer.instruments) if (!counted.instruments.includes(i.name)) counted.instruments.push(i.name);
    }
  }
  return found;
}
