// The event vocabulary (data/events.yaml) read once: trigger phrases by type, formats and their
// cues, stances and their cues. What each type and stance means, and its CAMEO code, is the
// model's (data/model/).
import type { EventFormat, EventType, Stance } from '../../../record/schema.ts';
import { loadDataFile } from '../../../vocabulary/data-file.ts';
import { CueAlternation, CueAlternations, CueSet, type CueList, type CueMatch, type CueText } from '../../cue-matching.ts';
import { SECTOR_CUE_LIST } from '../../sector-cues.ts';
import { phraseSource } from '../../pattern-source.ts';

interface EventsFile {
  types: { [type: string]: { triggers: string[] } };
  formats: { [format: string]: { for: EventType[]; cues: string[] } };
  stances: { [stance: string]: { cues: string[] } };
  forum_hosting: string[];
  weak_meeting_triggers: string[];
  document_object_triggers: string[];
  travel_triggers: string[];
  other_time: string[];
  person_object_triggers: string[];
  noun_sense_triggers: string[];
}

const vocabulary = loadDataFile<EventsFile>('events.yaml');

/** Words or phrases, the longest first (where two start at one word, the longer is read). */
function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** Whole words or phrases, the longest first where two start at one word. */
function wordList(words: readonly string[]): CueList {
  return { sources: longestFirst(words).map(phraseSource), tail: '\\b' };
}

function alternation(words: readonly string[]): CueAlternation {
  const { sources, tail } = wordList(words);
  return new CueAlternation(sources, tail);
}

/** Every trigger phrase in one pattern, and the event types each phrase may signal: one pass per sentence. */
export const TYPES_OF_TRIGGER = new Map<string, EventType[]>();
for (const [type, v] of Object.entries(vocabulary.types)) {
  for (const t of v.triggers) TYPES_OF_TRIGGER.set(t.toLowerCase(), [...(TYPES_OF_TRIGGER.get(t.toLowerCase()) ?? []), type as EventType]);
}
/** Verbs of travel: visit triggers that need a destination in their clause. */
export const TRAVEL_TRIGGERS = new Set(vocabulary.travel_triggers.map((t) => t.toLowerCase()));
for (const t of TRAVEL_TRIGGERS) TYPES_OF_TRIGGER.set(t, ['visit']);
const FORMATS = Object.entries(vocabulary.formats).map(([format, v]) => ({ format: format as EventFormat, types: v.for, cues: v.cues }));
/** Every format's cues in one set, so that one pass over a sentence tells which formats it cues. */
const FORMAT_CUES = new CueSet(FORMATS.flatMap((f) => f.cues.map(phraseSource)), '\\b');
const FORMAT_OF_CUE = FORMATS.flatMap((f) => f.cues.map(() => f.format));

export function formatsCued(sentence: CueText): Set<EventFormat> {
  return new Set(FORMAT_CUES.matchAll(sentence).map((m) => FORMAT_OF_CUE[m.cue]));
}

/** The types of event that have formats: a sentence holding no such event need not be read for the formats it cues. */
export const TYPES_WITH_FORMATS: ReadonlySet<EventType> = new Set(FORMATS.flatMap((f) => f.types));

/** The formats of an event of a type, of those its sentence cues, in the order of the vocabulary. */
export function formatsOf(type: EventType, cued: Set<EventFormat>): EventFormat[] {
  const formats: EventFormat[] = [];
  for (const f of FORMATS) if (f.types.includes(type) && cued.has(f.format)) formats.push(f.format);
  return formats;
}
export const STANCE_OF_CUE = new Map<string, Stance>();
for (const [stance, v] of Object.entries(vocabulary.stances)) for (const cue of v.cues) if (!STANCE_OF_CUE.has(cue.toLowerCase())) STANCE_OF_CUE.set(cue.toLowerCase(), stance as Stance);

/** The cues read in every sentence: its trigger phrases, stance cues and sector cues (SECTOR_CUE_LIST). */
export interface SentenceCues {
  triggers: CueMatch[];
  stances: CueMatch[];
  sectors: CueMatch[];
}

const TRIGGER_PHRASES = longestFirst([...TYPES_OF_TRIGGER.keys()]);
const STANCE_PHRASES = longestFirst([...STANCE_OF_CUE.keys()]);
const SENTENCE_CUES = new CueAlternations([wordList(TRIGGER_PHRASES), wordList(STANCE_PHRASES), SECTOR_CUE_LIST]);

/** A sentence's triggers, stances and sectors cues, found in one walk of its words. */
export function cuesOf(sentence: CueText): SentenceCues {
  const [triggers, stances, sectors] = SENTENCE_CUES.matchAll(sentence);
  return { triggers: triggers!, stances: stances!, sectors: sectors! };
}

/** The vocabulary entry a match stands for: its words in lower case with single spaces. */
export function phraseOf(match: string): string {
  return match.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * phraseOf each phrase a list's cues were made of, where it is written in ASCII: a match of such
 * a cue differs from it only in case and spaces, so this is phraseOf the match, read once.
 */
function entriesOf(phrases: readonly string[]): (string | undefined)[] {
  return phrases.map((phrase) => (/^[\x00-\x7f]*$/.test(phrase) ? phraseOf(phrase) : undefined));
}
const TRIGGER_ENTRIES = entriesOf(TRIGGER_PHRASES);
const STANCE_ENTRIES = entriesOf(STANCE_PHRASES);

/** phraseOf a trigger match of cuesOf. */
export function triggerEntryOf(match: CueMatch): string {
  return TRIGGER_ENTRIES[match.cue] ?? phraseOf(match.text);
}

/** phraseOf a stance match of cuesOf. */
export function stanceEntryOf(match: CueMatch): string {
  return STANCE_ENTRIES[match.cue] ?? phraseOf(match.text);
}
export const FORUM_HOSTING = alternation(vocabulary.forum_hosting);
const OTHER_TIME = alternation(vocabulary.other_time);
/** "earlier today", "later this week": the occasion's own day, however the word reads. */
const SAME_DAY_AFTER = /^\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week))\b/i;

/** "three months after", "a week before": a stretch of time away from the occasion, and what follows it happened then. */
export const TIME_APART = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,2})\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|since)\b/i;

/** What speaksOfAnotherTime has read of each sentence: merging and dating ask it of the same sentences again and again. */
const anotherTimeOf = new WeakMap<CueText, boolean>();

/** Whether a sentence moves away from the occasion the article reports ("last year", "the previous session", "three months after"). */
export function speaksOfAnotherTime(sentence: CueText): boolean {
  let another = anotherTimeOf.get(sentence);
  if (another === undefined) {
    another = TIME_APART.test(sentence.text) || OTHER_TIME.matchAll(sentence).some((m) => !SAME_DAY_AFTER.test(sentence.text.slice(m.index + m.text.length, m.index + m.text.length + 20)));
    anotherTimeOf.set(sentence, another);
  }
  return another;
}
export const WEAK_MEETING = alternation(vocabulary.weak_meeting_triggers);
/** Trigger phrases that need a document as their object. */
export const DOCUMENT_OBJECT_TRIGGERS = new Set(vocabulary.document_object_triggers.map((t) => t.toLowerCase()));
export const PERSON_OBJECT_TRIGGERS = new Set(vocabulary.person_object_triggers.map((t) => t.toLowerCase()));
/** Trigger words that are also ordinary nouns ("a sign of"): triggers only where they are verbs. */
export const NOUN_SENSE_TRIGGERS = new Set(vocabulary.noun_sense_triggers.map((t) => t.toLowerCase()));
