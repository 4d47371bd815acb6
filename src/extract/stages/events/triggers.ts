// The triggers of a sentence: trigger phrases of the event types, and one stance cue a clause.
import { tokenStartingAt, type AnnotatedDocument, type Sentence } from '../../annotated-document.ts';
import { instrumentHeadAt, isCountNoun } from '../../instruments/vocabulary.ts';
import type { EventType, Span, Stance } from '../../../record/schema.ts';
import type { CueText } from '../../cue-matching.ts';
import { clauseOf, type SentenceLayers } from './sentence-layers.ts';
import { legislativeApprovals } from '../../legislative-approval.ts';
import { DOCUMENT_OBJECT_TRIGGERS, NOUN_SENSE_TRIGGERS, PERSON_OBJECT_TRIGGERS, STANCE_OF_CUE, TYPES_OF_TRIGGER, stanceEntryOf, triggerEntryOf, type SentenceCues } from './vocabulary.ts';

const PASSIVE_BEFORE = /\b(?:was|were|been|be|is|are)\s+$/i;
/** "issues of common concern", "matters of mutual concern": topics both sides care about, not a stance taken. */
const SHARED_TOPIC_BEFORE = /\bof\s+(?:common|mutual|shared|joint)\s+$/i;
/** "reciprocal visits and high-level meetings have laid the foundation": contacts in general, not one the article reports. */
const GENERIC_QUALIFIER_BEFORE = /\b(?:reciprocal|mutual|regular|frequent|high-level|top-level|numerous|exchanges?\s+of)\s+$/i;
const PLURAL_CONTACT = /^(?:visits|meetings|contacts|consultations)$/i;
const FOR_PURPOSE_BEFORE = /\bfor\s+$/i;
const DEFINITE_BEFORE = /\b(?:the|these|those|their|its|his|her)\s+$/i;
const HOLDING_BEFORE = /\b(?:held|hold|holds|holding|conducted|had)\s+(?:\w+\s+)?$/i;
/** A numbered, previous or named session of a body ("8th session of the Joint High Commission", "the previous session"). */
const SESSION = /\b(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|previous|last|next)\s+(?:session|round)|session\s+of\s+the\s+(?=[A-Z]))\b/i;
/** SESSION's nouns alone: a sentence without one (most) is spared SESSION, which is tried at every offset. */
const SESSION_NOUN = /session|round/i;

/** A host's verb whose object is a person ("welcomed the President of Chile, Gabriel Boric"): the two met. */
const HOSTING_CUE = /^welcomed$/i;
const TITLE_WORDS_ONLY = /^\s+(?:(?:the|his|her|their|visiting)\s+)?(?:(?:[A-Z][\w.'-]*|of|the|and)\s*,?\s*)*$/;

function insideName(layer: SentenceLayers, start: number, end: number): boolean {
  return layer.names.some((n) => n.start <= start && end <= n.end);
}

export interface Trigger {
  type: EventType;
  span: Span;
  stance?: Stance;
}

/** '"…," he concluded.': a speaker ending his words concludes no agreement. */
function endsSpeech(text: string, end: number, phrase: string): boolean {
  return /^concluded$/i.test(phrase) && /^\s*(?:[.,;]|$)/.test(text.slice(end));
}

/** "We remain committed to …", "I am so committed to …": a standing attitude, not a commitment made. */
function isStateOfCommitment(text: string, at: number, phrase: string): boolean {
  return /^committed to$/i.test(phrase) && /\b(?:am|is|are|was|were|be|been|being|remain|remains|remained|stay|stays)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at));
}

function isGenericContact(text: string, at: number, phrase: string): boolean {
  if (!PLURAL_CONTACT.test(phrase)) return false;
  // "recalled its ambassador for consultations": the purpose of a recall, not consultations held.
  if (FOR_PURPOSE_BEFORE.test(text.slice(Math.max(0, at - 5), at))) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  if (!GENERIC_QUALIFIER_BEFORE.test(before)) return false;
  // "the reciprocal visits of the Presidents last year" are particular ones; "held regular consultations" reports them.
  const rest = before.replace(GENERIC_QUALIFIER_BEFORE, '');
  return !HOLDING_BEFORE.test(rest) && !DEFINITE_BEFORE.test(rest);
}

/** Whether a person is the object of a host's cue: only titles and names come between. */
function hostsPerson(sentence: Sentence, layer: SentenceLayers, text: string, cueEnd: number): boolean {
  const next = layer.persons.find((m) => m.start >= sentence.start + cueEnd);
  return next !== undefined && next.start - sentence.start - cueEnd <= 60 && TITLE_WORDS_ONLY.test(text.slice(cueEnd, next.start - sentence.start));
}

function insideCommitment(triggers: readonly Trigger[], offset: number): boolean {
  for (const t of triggers) if (t.type === 'commitment' && t.span.start <= offset && offset < t.span.end) return true;
  return false;
}

/** How many words may come between a trigger and the head of its document object ("agreed on five cooperation agreements"). */
const OBJECT_HEAD_REACH = 4;

/** Whether a document (an instrument's head or a count noun) is the object right after a trigger. */
function hasDocumentObject(doc: AnnotatedDocument, sentence: Sentence, triggerEnd: number): boolean {
  const first = tokenStartingAt(doc, triggerEnd + /^\s*/.exec(doc.text.slice(triggerEnd, triggerEnd + 8))![0].length);
  if (first === undefined) return false;
  for (let i = first; i < Math.min(sentence.tokenEnd, first + OBJECT_HEAD_REACH); i++) {
    const token = doc.tokens[i];
    if (instrumentHeadAt(doc.tokens, i, sentence.tokenEnd) || isCountNoun(token.lower)) return true;
    if (token.pos === 'VERB' || !/\w/.test(token.text)) return false;
  }
  return false;
}

function opensAt(spans: readonly Span[], start: number): boolean {
  return spans.some((s) => s.start === start);
}

/** Whether a person, a title or a country opens the object after a trigger, past a determiner or possessive ("spoke to his Polish counterpart"). */
function hasPersonObject(doc: AnnotatedDocument, sentence: Sentence, triggerEnd: number): boolean {
  const first = tokenStartingAt(doc, triggerEnd + /^\s*/.exec(doc.text.slice(triggerEnd, triggerEnd + 8))![0].length);
  if (first === undefined) return false;
  for (let i = first; i < Math.min(sentence.tokenEnd, first + OBJECT_HEAD_REACH); i++) {
    const { start } = doc.tokens[i];
    if (opensAt(doc.personMentions, start) || opensAt(doc.titles, start) || opensAt(doc.countries, start)) return true;
    if (doc.tokens[i].pos !== 'DET' && doc.tokens[i].pos !== 'PRON' && doc.tokens[i].pos !== 'ADJ') return false;
  }
  return false;
}

/** "the latest sign of a thaw", "a clear sign that …": the noun, after a determiner, possessive or adjective, or before "of" or "that". */
function isNounSense(doc: AnnotatedDocument, sentence: Sentence, span: Span): boolean {
  const at = tokenStartingAt(doc, span.start);
  if (at === undefined) return false;
  const before = at > sentence.tokenStart ? doc.tokens[at - 1] : undefined;
  const after = doc.tokens[at + 1];
  return (before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || before.lower === 'his' || before.lower === 'her' || before.lower === 'its' || before.lower === 'their')) || (after !== undefined && (after.lower === 'of' || after.lower === 'that'));
}

/** The triggers of a sentence: its trigger phrases, a type once, then one stance cue a clause. */
export function triggersIn(doc: AnnotatedDocument, sentence: Sentence, layer: SentenceLayers, words: CueText, cues: SentenceCues): Trigger[] {
  const text = words.text;
  const triggers: Trigger[] = [];
  const seen = new Set<EventType>();
  // "The 5th session of the Joint Commission took place …": a numbered session of a body is a meeting of its sides.
  const session = SESSION_NOUN.test(text) ? SESSION.exec(text) : null;
  if (session && !insideName(layer, sentence.start + session.index, sentence.start + session.index + session[0].length)) {
    seen.add('meeting');
    triggers.push({ type: 'meeting', span: { start: sentence.start + session.index, end: sentence.start + session.index + session[0].length } });
  }
  for (const m of cues.triggers) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m.text.length };
    if (insideName(layer, span.start, span.end) || isGenericContact(text, m.index, m.text) || endsSpeech(text, m.index + m.text.length, m.text) || isStateOfCommitment(text, m.index, m.text)) continue;
    const entry = triggerEntryOf(m);
    if (DOCUMENT_OBJECT_TRIGGERS.has(entry) && !hasDocumentObject(doc, sentence, span.end)) continue;
    if (PERSON_OBJECT_TRIGGERS.has(entry) && !hasPersonObject(doc, sentence, span.end)) continue;
    if (NOUN_SENSE_TRIGGERS.has(entry) && isNounSense(doc, sentence, span)) continue;
    for (const type of TYPES_OF_TRIGGER.get(entry) ?? []) {
      if (seen.has(type)) continue;
      seen.add(type);
      triggers.push({ type, span });
    }
  }
  // "The House of Representatives on Wednesday approved an agreement with …": a chamber's approval of a document ratifies it.
  for (const approval of seen.has('ratification') ? [] : legislativeApprovals(text)) {
    const span = { start: sentence.start + approval.start, end: sentence.start + approval.end };
    if (!hasDocumentObject(doc, sentence, span.end)) continue;
    seen.add('ratification');
    triggers.push({ type: 'ratification', span });
    break;
  }
  const stanceMatches = cues.stances;
  if (stanceMatches.length === 0) return triggers;
  // One stance a clause: the first cue is the speaker's verb ("praised Kazakhstan's support for …" is praise);
  // the cues come in text order. A promise ("reaffirming their intent to …") is a commitment, not also a statement of intent.
  const clauses = new Set<number>();
  for (const m of stanceMatches) {
    const at = sentence.start + m.index;
    if (HOSTING_CUE.test(m.text) && !seen.has('meeting') && hostsPerson(sentence, layer, text, m.index + m.text.length)) {
      seen.add('meeting');
      triggers.push({ type: 'meeting', span: { start: at, end: at + m.text.length } });
      continue;
    }
    if (PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || SHARED_TOPIC_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || insideCommitment(triggers, at)) continue;
    const [clauseStart] = clauseOf(text, m.index);
    if (clauses.has(clauseStart)) continue;
    clauses.add(clauseStart);
    triggers.push({ type: 'statement', stance: STANCE_OF_CUE.get(stanceEntryOf(m))!, span: { start: at, end: at + m.text.length } });
  }
  return triggers;
}
