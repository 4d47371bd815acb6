// Several mentions of one happening made one event; weak meetings folded into the contact reported.
import type { AnnotatedDocument, EventCandidate } from '../../annotated-document.ts';
import type { EventFormat } from '../../../record/schema.ts';
import { CueText } from '../../cue-matching.ts';
import { headlineSentence } from '../../headline.ts';
import { stillToCome } from './dates.ts';
import { formatsCued, formatsOf, speaksOfAnotherTime, TYPES_WITH_FORMATS, WEAK_MEETING } from './vocabulary.ts';

export function union<T>(a: T[], b: T[]): T[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

function absorb(into: EventCandidate, other: EventCandidate): void {
  into.persons = union(into.persons, other.persons);
  into.countries = union(into.countries, other.countries);
  into.organizations = union(into.organizations, other.organizations);
  into.instruments = union(into.instruments, other.instruments);
  into.initiatives = union(into.initiatives, other.initiatives);
  into.format = union(into.format, other.format);
  if (other.targets) {
    into.targets = {
      persons: union(into.targets?.persons ?? [], other.targets.persons),
      countries: union(into.targets?.countries ?? [], other.targets.countries),
    };
  }
  if (into.date === null && other.date !== null) {
    into.date = other.date;
    into.dateText = other.dateText;
  }
  into.place ??= other.place;
  if (!into.evidence.some((e) => e.start === other.evidence[0].start)) into.evidence.push(...other.evidence);
}

const OF_AFTER = /^\s+of\b/i;
const ALSO_BEFORE = /\balso\s+$/i;
/** "The talks were attended by …": who is named after it took part. */
const ATTENDED_AFTER = /^\s+(?:were|was)\s+(?:also\s+)?attended\s+by\b/i;

/** A meeting read only from "discussed"/"reviewed": it may be any contact already reported. */
function isWeak(doc: AnnotatedDocument, event: EventCandidate): boolean {
  const trigger = doc.text.slice(event.trigger.start, event.trigger.end);
  if (WEAK_MEETING.first(trigger)?.text.length !== trigger.length) return false;
  // "talks were held between …" reports talks; "the talks" refers back to them.
  return !/^talks$/i.test(trigger) || event.definite === true;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));
}

function shareSides(a: EventCandidate, b: EventCandidate): boolean {
  return a.persons.some((p) => b.persons.includes(p)) || a.countries.some((c) => b.countries.includes(c));
}

/** A later mention as it is compared with the events before it: a caption's date yields to the body's. */
interface LaterMention {
  event: EventCandidate;
  date: string | null;
  caption: boolean;
  refersBack: boolean;
  /** "A also held talks with B": another contact, when it names someone the first did not. */
  also: boolean;
}

/** What sameHappening asks of each mention, read once a mention. */
interface MentionFacts {
  /** Whether the mention's sentence, or its date, is of another time than the occasion reported. */
  anotherTime: (sentence: number, date: string | null) => boolean;
  stillToCome: (e: EventCandidate) => boolean;
}

/** Whether an earlier event and a later mention report the same happening. */
function sameHappening(a: EventCandidate, mention: LaterMention, facts: MentionFacts): boolean {
  const { event: b, date, caption, refersBack } = mention;
  if (a.type !== b.type) return false;
  if (a.date !== null && date !== null && a.date !== date) return false;
  if ((a.listed === true || b.listed === true) && a.date !== date) return false;
  // "signed … today" and "was initially signed on April 18 last year": a dated mention of another time is another happening
  // (but "the visit" refers back to the one reported, whenever it is).
  if (!refersBack && (a.date === null) !== (date === null)) {
    const datedOne = a.date === null ? facts.anotherTime(b.sentence, date) : facts.anotherTime(a.sentence, a.date);
    if (datedOne && !(a.date === null ? facts.anotherTime(a.sentence, a.date) : facts.anotherTime(b.sentence, date))) return false;
  }
  // "took place yesterday" with no publication date has a day, only not one to be read: it is not known to be another's day.
  if (!refersBack && !caption && ((a.date === null && a.dateText !== undefined && date !== null) || (date === null && b.dateText !== undefined && a.date !== null))) return false;
  // "met on Thursday … will also hold talks": what is still to come is not what took place.
  if (!refersBack && !caption && facts.stillToCome(a) !== facts.stillToCome(b)) return false;
  const sharePersons = a.persons.length === 0 || b.persons.length === 0 || a.persons.some((p) => b.persons.includes(p));
  if (mention.also && b.persons.some((p) => !a.persons.includes(p)) && (a.type === 'meeting' || a.type === 'call')) return false;
  switch (a.type) {
    case 'meeting':
      // "The meeting was attended by …" speaks of the meeting already reported.
      return sharePersons || b.definite === true;
    case 'visit':
    case 'call':
      // "The visit is in response to an invitation …" speaks of the visit already reported.
      return sharePersons || b.definite === true;
    case 'incident':
      // "expressed condemnation of the attack" speaks of the attack already reported.
      return sharePersons || b.definite === true;
    case 'commitment':
      return sharePersons;
    case 'statement':
      // "Colombia condemns …" in the headline and "Colombia on Thursday condemned …": a country's one stance, no one named.
      return a.stance === b.stance && (a.persons.some((p) => b.persons.includes(p)) || (a.persons.length === 0 && b.persons.length === 0 && sameMembers(a.countries, b.countries)));
    case 'ratification':
      // Each parliament ratifies in its own vote: "the Senate of Chile ratified …" and "the Congress of Peru ratified …" are two.
      if (a.organizations.length > 0 && b.organizations.length > 0 && !a.organizations.some((o) => b.organizations.includes(o))) return false;
    // falls through: otherwise read like a signing
    case 'signing':
      // A mention without named instruments ("10 documents were signed") is the same signing as a named one;
      // a caption or "the signing" (not "the signing of X") shows a signing the body reports, whatever it calls the document.
      return a.instruments.length === 0 || ((caption || refersBack) && shareSides(a, b)) || b.instruments.length === 0 || a.instruments.some((i) => b.instruments.includes(i));
    case 'inauguration':
      return a.initiatives.some((i) => b.initiatives.includes(i)) || sharePersons;
    case 'forum':
      return a.forum === b.forum;
    default:
      return false;
  }
}

/** The candidates as events: mentions of one happening merged, weak meetings folded into the call or meeting the article reports. */
export function mergeCandidates(doc: AnnotatedDocument, found: EventCandidate[], sentenceTexts: CueText[]): EventCandidate[] {
  const events: EventCandidate[] = [];
  const weak = new Set(found.filter((c) => c.type === 'meeting' && isWeak(doc, c)));
  // Contacts first, so that "the talks" later folds into the call or meeting however the article is ordered.
  // A visit is no such contact: the talks held during it are a meeting of their own.
  // A headline's mentions come after the body's, which they sum up, and are read as a caption's.
  const headline = headlineSentence(doc);
  const inHeadline = (c: EventCandidate) => c.sentence === headline;
  const candidates = [...found.filter((c) => !weak.has(c) && !inHeadline(c)), ...found.filter((c) => !weak.has(c) && inHeadline(c)), ...weak];
  const hasContact = candidates.some((c) => c.type === 'call' || (c.type === 'meeting' && !weak.has(c)));
  const formatsBySentence: Set<EventFormat>[] = [];
  // Asked for each pair of mentions compared, so read once a candidate.
  const toCome = new Map<EventCandidate, boolean>();
  const facts: MentionFacts = {
    // A mention dated after the article was published ("a meeting of commanders tomorrow morning") is another time too.
    anotherTime: (sentence, date) => speaksOfAnotherTime(sentenceTexts[sentence]) || (date !== null && doc.published !== null && date.slice(0, 10) > doc.published),
    stillToCome: (e) => {
      let still = toCome.get(e);
      if (still === undefined) toCome.set(e, (still = stillToCome(doc, e)));
      return still;
    },
  };
  for (const c of candidates) {
    // "They discussed …" in a call's readout is that call, not another meeting.
    if (weak.has(c) && hasContact) {
      const main = events.find((e) => e.type === 'call' || e.type === 'meeting');
      if (main) {
        // Its people join only a contact that names no one ("agreed during talks between their defence chiefs … Minister A and his
        // counterpart B also discussed …"), or as those who attended it ("The talks were attended by the Crown Prince and …").
        const attended = ATTENDED_AFTER.test(doc.text.slice(c.trigger.end, doc.sentences[c.sentence].end));
        absorb(main, { ...c, date: null, persons: main.persons.length === 0 || attended ? c.persons : [], countries: [], organizations: [], place: undefined });
        continue;
      }
    }
    c.format = TYPES_WITH_FORMATS.has(c.type) ? formatsOf(c.type, (formatsBySentence[c.sentence] ??= formatsCued(sentenceTexts[c.sentence]))) : [];
    // A caption's date yields to the body's: a caption of an event the body reports shows that event.
    // "the previous session" names another time than the one reported.
    const refersBack = c.definite === true && !OF_AFTER.test(doc.text.slice(c.trigger.end, c.trigger.end + 5)) && !speaksOfAnotherTime(new CueText(doc.text.slice(c.trigger.start, c.trigger.end)));
    const caption = doc.sentences[c.sentence].aside === 'caption' || inHeadline(c);
    const also = ALSO_BEFORE.test(doc.text.slice(Math.max(0, c.trigger.start - 8), c.trigger.start));
    const mention: LaterMention = { event: c, date: caption ? null : c.date, caption, refersBack, also };
    const twin = events.find((e) => sameHappening(e, mention, facts));
    // A definite mention of a visit, call or incident ("the visit is in response to …") names who speaks of it, not who took part.
    const backReference = twin !== undefined && c.definite === true && (c.type === 'visit' || c.type === 'call' || c.type === 'incident') && !twin.persons.some((p) => c.persons.includes(p));
    if (twin) absorb(twin, backReference ? { ...c, persons: [], countries: [], organizations: [] } : c);
    else events.push(c);
  }
  return events;
}
