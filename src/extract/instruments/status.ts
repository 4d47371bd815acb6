// Instrument status: the cue nearest a name in its sentence, the order of an instrument's life,
// and what a sentence says of instruments named in other sentences (list lead-ins, "These were …",
// "The pact was signed", "these documents were ratified"), for CarriedStatus and the stage.
import type { AnnotatedDocument, InstrumentMention, Sentence, Token } from '../annotated-document.ts';
import type { InstrumentKind, InstrumentStatus, Span } from '../../record/schema.ts';
import { INSTRUMENT_STATUS_MODEL } from '../../record/model.ts';
import { type HeadMatch, lower } from '../phrases.ts';
import type { StatusCuesOfText } from '../status-cues.ts';
import { LIST_ONLY, asInstrumentHead, isCountNoun } from './vocabulary.ts';
import type { Found } from './names.ts';
import type { SentenceStatusFacts } from './carried-status.ts';

const ACHIEVED = new Set<InstrumentStatus>(['signed', 'ratified', 'in force']);
/** A modal or a plan in the clause before a name: "will", "would", "is expected to", "slated to" … */
const MODAL_BEFORE = /\b(?:will|would|shall|could|might|(?:is|are|was|were)\s+(?:expected|due|slated|scheduled|set|to)|expected\s+to|plans?\s+to|intends?\s+to)\b/i;

/** The last words before a name within its clause (which starts after a comma, semicolon or dash). */
function clauseBefore(sentenceText: string, offset: number): string {
  const before = sentenceText.slice(0, offset);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '), before.lastIndexOf(' – '));
  // Only the words close before the name: the modal must govern it, not an earlier verb of the clause.
  return before.slice(Math.max(cut + 1, before.length - 45));
}

/** The status cued nearest the name, of the cues of its sentence (or of the part of it before the name). */
export function statusNear(sentenceCues: StatusCuesOfText<InstrumentStatus>, offsetInSentence: number, lengthOfName: number): InstrumentStatus {
  const { text: sentenceText, matches: cues } = sentenceCues;
  let best: { status: InstrumentStatus; distance: number; rank: number } | undefined;
  for (const m of cues) {
    const inside = m.index >= offsetInSentence && m.index < offsetInSentence + lengthOfName;
    const distance = inside ? 0 : m.index < offsetInSentence ? offsetInSentence - (m.index + m.length) : m.index - (offsetInSentence + lengthOfName);
    if (!best || distance < best.distance - 3 || (Math.abs(distance - best.distance) <= 3 && m.rank < best.rank)) {
      best = { status: m.status, distance, rank: m.rank };
    }
  }
  // "the heads of state are slated to ink a Declaration": a clause about the future signs nothing yet.
  if (best && ACHIEVED.has(best.status) && MODAL_BEFORE.test(clauseBefore(sentenceText, offsetInSentence))) return 'proposed';
  // "X, which was signed on …, was ratified": the later stage of the lifecycle wins.
  // But "signed a Protocol and exchanged instruments of ratification": the verb's own object is signed.
  const objectOfSigning = cues.some((m) => m.status === 'signed' && m.index < offsetInSentence && /^\s*(?:a|an|the)?\s*$/i.test(sentenceText.slice(m.index + m.length, offsetInSentence)));
  if (best?.status === 'signed' && /\bratif/i.test(sentenceText) && !objectOfSigning) return 'ratified';
  return best?.status ?? 'unknown';
}

/** The stages a report can move an instrument through (data/model/instrument-statuses.yaml), less the unreported and the lapsed status. */
const LIFECYCLE: readonly string[] = INSTRUMENT_STATUS_MODEL.statuses
  .map((status) => status.name)
  .filter((status) => status !== INSTRUMENT_STATUS_MODEL.unreported && status !== INSTRUMENT_STATUS_MODEL.lapsed);

/** Whether `a` comes before `b` in an instrument's life (signed before ratified before in force). */
export function isEarlierStage(a: InstrumentStatus, b: InstrumentStatus): boolean {
  const ia = LIFECYCLE.indexOf(a);
  const ib = LIFECYCLE.indexOf(b);
  return ia >= 0 && ib >= 0 && ia < ib;
}

const BULLET = /^[-–—•*·]$/;
/** "These were …", "They include …": a sentence that lists what the sentence before counted. */
const LIST_ITEM_OPENERS = new Set(['these', 'those', 'they']);
const LIST_ITEM_VERBS = new Set(['are', 'were', 'include', 'included', 'includes']);
const DEFINITE = new Set(['the', 'this', 'that']);
/** "these documents", "both agreements", "the two treaties": the instruments named just before. */
const GROUP_BACK_REFERENCE = /\b(?:these|those|both|the\s+(two|three|four|five))(?:\s+[a-z-]+)?\s*$/i;
/** How many instruments "both" or "the two/three …" counts. */
const GROUP_SIZES: { readonly [word: string]: number } = { both: 2, two: 2, three: 3, four: 4, five: 5 };

/** A group noun that refers back to instruments named before, with its status and, where it says, how many it holds. */
export interface GroupBackReference extends Span {
  status: InstrumentStatus;
  size?: number;
}
const INDEFINITE = new Set(['a', 'an']);

/**
 * Whether a token lies in an instrument's name found in the sentence. A plain function, not a
 * closure over the loop's head: a closure would make V8 allocate the loop body's scope for
 * every token of every sentence.
 */
function isInsideFound(found: readonly Found[], token: number): boolean {
  for (const f of found) if (f.from <= token && token < f.to) return true;
  return false;
}

/** Heads with no name ("signed a declaration", "The pact was signed"): the determiner before them, a few adjectives apart. */
function unnamedHeads(doc: AnnotatedDocument, sentence: Sentence, found: Found[], sentenceHeads: readonly (HeadMatch<InstrumentKind> | undefined)[]): { kind: InstrumentKind; from: number; to: number; definite: boolean }[] {
  const tokens = doc.tokens;
  const heads: { kind: InstrumentKind; from: number; to: number; definite: boolean }[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = asInstrumentHead(tokens, sentenceHeads[i - sentence.tokenStart]);
    if (!head) continue;
    i = head.to - 1;
    if (head.plural || LIST_ONLY.has(lower(tokens[head.from])) || isInsideFound(found, head.from)) continue;
    let d = head.from - 1;
    while (d > sentence.tokenStart && head.from - d <= 2 && tokens[d].pos === 'ADJ') d--;
    if (d < sentence.tokenStart) continue;
    const word = lower(tokens[d]);
    if (DEFINITE.has(word) || INDEFINITE.has(word)) heads.push({ kind: head.value, from: head.from, to: head.to, definite: DEFINITE.has(word) });
  }
  return heads;
}

/** Whether a sentence's one word is a number of one or two digits: the marker of a numbered list's item. */
function isNumberMarker(tokens: readonly Token[], sentence: Sentence): boolean {
  let word: Token | undefined;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!/\w/.test(tokens[i].text)) continue;
    if (word) return false;
    word = tokens[i];
  }
  return word !== undefined && /^\d{1,2}$/.test(word.text);
}

const ENUMERATOR = /^(?:\d{1,2}|[ivx]{1,5}|[a-z])$/i;

/** "(i) Memorandum …", "(b) Agreement …", "[2] Protocol …": an item opened by a bracketed list number. */
function opensWithEnumerator(tokens: readonly Token[], sentence: Sentence): boolean {
  const at = sentence.tokenStart;
  return at + 3 < sentence.tokenEnd && (tokens[at].text === '(' || tokens[at].text === '[') && ENUMERATOR.test(tokens[at + 1].text) && (tokens[at + 2].text === ')' || tokens[at + 2].text === ']');
}

/**
 * statusNear of the words from token `from` to `to` of a sentence. A plain function, not a closure
 * made in statusFactsOf: made there, it is made and named for every sentence.
 */
function statusOfTokens(tokens: readonly Token[], sentence: Sentence, cues: StatusCuesOfText<InstrumentStatus>, from: number, to: number): InstrumentStatus {
  return statusNear(cues, tokens[from].start - sentence.start, tokens[to - 1].end - tokens[from].start);
}

/** What a sentence says of instruments named elsewhere: group nouns with their status, list shape, unnamed heads; `heads` are its heads (headsInSentence). */
export function statusFactsOf(doc: AnnotatedDocument, sentence: Sentence, found: Found[], cues: StatusCuesOfText<InstrumentStatus>, heads: readonly (HeadMatch<InstrumentKind> | undefined)[]): SentenceStatusFacts & { backReferences: ({ kind: InstrumentKind; status: InstrumentStatus } & Span)[]; groupBackReferences: GroupBackReference[] } {
  const tokens = doc.tokens;
  const groups: InstrumentStatus[] = [];
  const groupBackReferences: GroupBackReference[] = [];
  let definiteGroup = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = heads[i - sentence.tokenStart];
    if (head?.plural || isCountNoun(lower(tokens[i]))) {
      const status = statusOfTokens(tokens, sentence, cues, i, head?.to ?? i + 1);
      groups.push(status);
      if (status === 'unknown' && i > sentence.tokenStart && lower(tokens[i - 1]) === 'the') definiteGroup = true;
      const windowStart = Math.max(sentence.start, tokens[i].start - 16);
      const back = status !== 'unknown' && i > sentence.tokenStart ? GROUP_BACK_REFERENCE.exec(doc.text.slice(windowStart, tokens[i].start)) : null;
      if (back) {
        const size = GROUP_SIZES[(back[1] ?? back[0].split(/\s/)[0]).toLowerCase()];
        groupBackReferences.push({ status, start: windowStart + back.index, end: tokens[(head?.to ?? i + 1) - 1].end, ...(size ? { size } : {}) });
      }
    }
    if (head) i = head.to - 1;
  }
  const first = tokens[sentence.tokenStart];
  const marker = isNumberMarker(tokens, sentence);
  const second = tokens[sentence.tokenStart + 1];
  const opener = (LIST_ITEM_OPENERS.has(lower(first)) && second !== undefined && LIST_ITEM_VERBS.has(lower(second))) || /^among$/i.test(first.text);
  const listItem = BULLET.test(first.text) || opener || opensWithEnumerator(tokens, sentence) ? 'marked' : found.some((f) => f.from - sentence.tokenStart <= 2) ? 'title first' : undefined;
  const unnamed = unnamedHeads(doc, sentence, found, heads).map((h) => ({ ...h, status: statusOfTokens(tokens, sentence, cues, h.from, h.to) }));
  return {
    index: sentence.index, groups, definiteGroup, listItem, marker, endsWithColon: /:\s*$/.test(cues.text),
    introduced: unnamed.filter((h) => !h.definite && h.status !== 'unknown').map(({ kind, status }) => ({ kind, status })),
    backReferences: unnamed.filter((h) => h.definite).map((h) => ({ kind: h.kind, status: h.status, start: tokens[h.from].start, end: tokens[h.to - 1].end })),
    groupBackReferences: found.length === 0 ? groupBackReferences : [],
  };
}

/** The instrument last mentioned before `offset`, if that mention is after `notBefore`. */
export function latestBefore(mentions: InstrumentMention[], offset: number, notBefore: number): InstrumentMention | undefined {
  let best: { mention: InstrumentMention; at: number } | undefined;
  for (const m of mentions) {
    const at = Math.max(...m.mentions.map((s) => s.start).filter((s) => s < offset));
    if (at >= notBefore && (!best || at > best.at)) best = { mention: m, at };
  }
  return best?.mention;
}
