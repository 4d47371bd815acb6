// Stage: instruments (agreements, memoranda, programmes, declarations …) with kind,
// status, period and parties; quoted counts ("165 agreements") become figures instead.
import { tokenStartingAt, type AnnotatedDocument, type DateMention, type InstrumentMention, type Sentence, type Token } from '../annotated-document.ts';
import { SpanIndex } from '../span-index.ts';
import type { InstrumentKind, InstrumentStatus, Span } from '../../record/schema.ts';
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import {
  ContentWordsOfNames, HeadIndex, type HeadMatch, MAX_PHRASE_TOKENS, cleanName, isCapitalised, joinedToPrevious, lower, overlapCoefficient, singular, spanText,
} from '../phrases.ts';
import { countriesIn, documentDyad } from '../countries-in.ts';
import { StatusCues, type StatusCueMatch } from '../status-cues.ts';
import { CarriedStatus, type SentenceStatusFacts } from '../carried-status.ts';

interface InstrumentsFile {
  heads: { [phrase: string]: InstrumentKind };
  list_only_heads: string[];
  count_nouns: string[];
  status_cues: { status: InstrumentStatus; words: string[] }[];
  name_stop_modifiers: string[];
}

const vocabulary = loadDataFile<InstrumentsFile>('instruments.yaml');
const HEADS = new HeadIndex<InstrumentKind>(Object.entries(vocabulary.heads));
const LIST_ONLY = new Set(vocabulary.list_only_heads);
const COUNT_NOUNS = new Set(vocabulary.count_nouns);
const STOP_MODIFIERS = new Set(vocabulary.name_stop_modifiers);
const HEAD_WORDS = new Set(Object.keys(vocabulary.heads).flatMap((h) => h.split(' ')).filter((w) => w !== 'of' && w !== 'joint'));
const STATUS_CUES = new StatusCues(vocabulary.status_cues);
const REPORTING_AFTER = /^\s*(?:said|says|stated|states|noted|reads|read|added|announced|reports|reported)\b/i;
const COMPLEMENT_STARTERS = new Set(['on', 'of', 'between', 'for', 'concerning', 'regarding', 'to', 'among', 'with']);
const COMPLEMENT_WORDS = new Set(['on', 'of', 'in', 'for', 'between', 'and', 'the', 'a', 'an', 'to', 'along', 'across', 'among', 'concerning', 'regarding', 'with', 'from', 'through', 'within']);
/** Lower-case words that end a name: a new clause or an adjunct starts. */
const COMPLEMENT_ENDERS = new Set(['which', 'that', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'signed', 'by', 'at', 'during', 'as', 'while', 'after', 'before', 'following', 'under', 'aimed', 'to']);

interface Found {
  from: number;
  to: number;
  kind: InstrumentKind;
  name?: string;
  status?: InstrumentStatus;
  /** "this agreement": a reference back to an instrument named earlier. */
  anaphoric?: boolean;
  headFrom?: number;
  headTo?: number;
}

function isYearLike(token: Token): boolean {
  return /^(19|20)\d{2}([-/](19|20)?\d{2})?$/.test(token.text);
}

/** Walks left from the head over its modifiers ("2022-2026 comprehensive cooperation development"). */
function extendLeft(tokens: Token[], head: number, sentenceStart: number): number {
  let i = head;
  while (i > sentenceStart && head - i < MAX_PHRASE_TOKENS) {
    const t = tokens[i - 1];
    const word = lower(t);
    // Only a hyphen inside a word joins ("Kyrgyz-Russian"); a free-standing one is a bullet or a dash.
    if (joinedToPrevious(tokens, i)) {
      i--;
      continue;
    }
    if (STOP_MODIFIERS.has(word)) break;
    // "… Geophysics and Memorandum of …": an "and" right before the head joins two titles, not two modifiers.
    if (word === 'and' && i !== head && i - 2 >= sentenceStart && isCapitalised(tokens[i - 2].text) && isCapitalised(tokens[i].text) && tokens[i - 2].pos !== 'DET') {
      i--;
      continue;
    }
    // Capitalised words inside a sentence are part of a title whatever their tag ("Enhanced Partnership …").
    const capitalisedWord = isCapitalised(t.text) && i - 1 > sentenceStart && t.pos !== 'DET' && t.pos !== 'PRON';
    const modifier = (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || isYearLike(t) || capitalisedWord) && /[A-Za-z0-9]/.test(t.text);
    if (!modifier || HEADS.matchAt(tokens, i - 1, i) || (t.pos === 'NUM' && !isYearLike(t))) break;
    i--;
  }
  return i;
}

/** Walks right over a prepositional complement ("on laying … along the Caspian Sea"). */
/**
 * Where a name must stop: at a date, and at "in"/"at" before a city ("signed the Agreement on
 * Fisheries in Accra on 3 May"), which say where and when, not what.
 */
function adjunctStarts(doc: AnnotatedDocument): Set<number> {
  const starts = new Set<number>();
  for (const d of doc.dates) {
    const i = tokenStartingAt(doc, d.start);
    if (i !== undefined) starts.add(i > 0 && /^(on|in|at|since|from|by)$/i.test(doc.tokens[i - 1].text) ? i - 1 : i);
  }
  for (const p of doc.places) {
    const i = tokenStartingAt(doc, p.start);
    if (i !== undefined && p.kind === 'city' && i > 0 && /^(in|at)$/i.test(doc.tokens[i - 1].text)) starts.add(i - 1);
  }
  return starts;
}

function extendRight(tokens: Token[], headEnd: number, sentenceEnd: number, titled: boolean, stops: Set<number>): number {
  // A title may go on with "in" ("Memorandum of Cooperation in the field of Semiconductors"); a description may not.
  const starts = COMPLEMENT_STARTERS.has(lower(tokens[headEnd] ?? tokens[0])) || (titled && lower(tokens[headEnd] ?? tokens[0]) === 'in');
  if (headEnd >= sentenceEnd || !starts) return headEnd;
  let end = headEnd;
  let i = headEnd;
  // Titles run long ("Agreement between Japan and … Concerning …"), but not without end.
  while (i < sentenceEnd && i - headEnd < 4 * MAX_PHRASE_TOKENS) {
    const t = tokens[i];
    const word = lower(t);
    if (stops.has(i) && !(isYearLike(t) && i === headEnd + 1)) break;
    if (t.text === '-' || t.text === '/' || joinedToPrevious(tokens, i)) {
      i++;
      continue;
    }
    if (i > headEnd && COMPLEMENT_ENDERS.has(word) && !(word === 'to' && lower(tokens[i - 1]) !== 'with')) break;
    if (word === 'as' || (word === 'and' && i + 1 < sentenceEnd && (HEADS.matchAt(tokens, i + 1, sentenceEnd) || (/^(a|an|the)$/.test(lower(tokens[i + 1])) && i + 2 < sentenceEnd && HEADS.matchAt(tokens, i + 2, sentenceEnd))))) break;
    if (t.text === ',' && titled && i + 1 < sentenceEnd) {
      // "Meteorology, Climatology, and Geophysics" goes on; ", Memorandum of …" starts the next title of a list.
      const next = lower(tokens[i + 1]) === 'and' ? i + 2 : i + 1;
      // ", UzA reports": a credit after the title, not a word of it.
      const credit = REPORTING_AFTER.test(lower(tokens[next + 1] ?? tokens[next]));
      if (next < sentenceEnd && isCapitalised(tokens[next].text) && tokens[next].pos !== 'DET' && !HEADS.matchAt(tokens, next, sentenceEnd) && !credit) {
        i = next;
        continue;
      }
      break;
    }
    if (t.pos === 'PUNCT' || t.pos === 'SYM') break;
    if (titled && isCapitalised(t.text)) {
      i++;
      end = i;
      continue;
    }
    if (t.pos === 'VERB' && !/ing$/.test(word)) break;
    if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || t.pos === 'ADV') break;
    if (COMPLEMENT_WORDS.has(word) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'VERB' || t.pos === 'DET' || t.pos === 'CCONJ' || t.pos === 'ADP') {
      i++;
      if (!COMPLEMENT_WORDS.has(word) && t.pos !== 'DET' && t.pos !== 'CCONJ') end = i;
      continue;
    }
    break;
  }
  return end;
}

/** The status cued nearest the name; `cues` are the status cues of `sentenceText`. */
function statusNear(cues: readonly StatusCueMatch<InstrumentStatus>[], sentenceText: string, offsetInSentence: number, lengthOfName: number): InstrumentStatus {
  let best: { status: InstrumentStatus; distance: number; rank: number } | undefined;
  for (const m of cues) {
    const inside = m.index >= offsetInSentence && m.index < offsetInSentence + lengthOfName;
    const distance = inside ? 0 : m.index < offsetInSentence ? offsetInSentence - (m.index + m.length) : m.index - (offsetInSentence + lengthOfName);
    if (!best || distance < best.distance - 3 || (Math.abs(distance - best.distance) <= 3 && m.rank < best.rank)) {
      best = { status: m.status, distance, rank: m.rank };
    }
  }
  // "X, which was signed on …, was ratified": the later stage of the lifecycle wins.
  // But "signed a Protocol and exchanged instruments of ratification": the verb's own object is signed.
  const objectOfSigning = cues.some((m) => m.status === 'signed' && m.index < offsetInSentence && /^\s*(?:a|an|the)?\s*$/i.test(sentenceText.slice(m.index + m.length, offsetInSentence)));
  if (best?.status === 'signed' && /\bratif/i.test(sentenceText) && !objectOfSigning) return 'ratified';
  return best?.status ?? 'unknown';
}

/** "agreements were signed on X, Y, and Z" or "signed 14 agreements: X; Y; Z": one instrument per item. */
function listItems(tokens: Token[], from: number, sentenceEnd: number, separator: ',' | ';'): [number, number][] {
  const items: [number, number][] = [];
  let start = from;
  for (let i = from; i <= sentenceEnd; i++) {
    const atEnd = i === sentenceEnd || (tokens[i].text === '.' && i === sentenceEnd - 1);
    const isSeparator = !atEnd && (tokens[i].text === separator || (separator === ',' && lower(tokens[i]) === 'and' && tokens[i - 1]?.text !== ','));
    if (atEnd || isSeparator) {
      let s = start;
      while (s < i && /^(and|,|;|-)$/i.test(tokens[s].text)) s++;
      if (s < i) items.push([s, i]);
      start = i + 1;
      if (atEnd) break;
    }
  }
  return items;
}

/** Reads the instrument or list of instruments at a head, adding what it finds; returns the token to read on after. */
function readAtHead(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, head: HeadMatch<InstrumentKind>, i: number, found: Found[]): number {
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  const prev = tokens[head.from - 1];
  const counted = head.plural && prev && (prev.pos === 'NUM' || /^\d+$/.test(prev.text) || (tokens[head.from - 2] && /^\d+$/.test(tokens[head.from - 2].text)));
  if (head.plural || COUNT_NOUNS.has(lower(tokens[head.from]))) {
    const afterHead = head.to;
    let k = afterHead;
    while (k < end && /^(were|was|have|has|been|also|successfully|signed|inked|concluded|adopted|exchanged)$/i.test(tokens[k].text)) k++;
    // "documents were signed: …" or, inline, "documents were signed - A memorandum …; - A protocol …".
    const colon = k < end && (tokens[k].text === ':' || (tokens[k].text === '-' && !joinedToPrevious(tokens, k + 1)));
    let listStart = -1;
    if (colon) listStart = k + 1;
    else {
      const isDate = (t: number) => t < end && dateIndex(doc).containing(tokens[t].start, tokens[t].end).length > 0;
      if (k > afterHead && k < end && /^(on|regarding|concerning)$/i.test(tokens[k].text) && !isDate(k) && !isDate(k + 1)) listStart = k + 1;
      // "the agreements covered X, Y and Z".
      else if (k < end && LIST_VERBS.has(lower(tokens[k])) && !isDate(k + 1)) listStart = k + 1;
    }
    if (listStart > 0) {
      const kind = HEADS.matchAt(tokens, head.from, head.to)?.value ?? 'agreement';
      const beforeList = doc.text.slice(sentence.start, tokens[listStart - 1].end);
      const listStatus = statusNear(STATUS_CUES.matchesIn(beforeList), beforeList, tokens[head.from].start - sentence.start, 0);
      const semicolons = tokens.slice(listStart, end).some((t) => t.text === ';');
      for (const [a, b] of listItems(tokens, listStart, end, colon && semicolons ? ';' : ',')) {
        const inner = findItemInstrument(doc, a, b, end, stops);
        if (inner) found.push({ ...inner, status: inner.status ?? listStatus });
        else found.push({ from: a, to: b, kind, status: listStatus, name: `${singular(lower(tokens[head.from]))} on ${spanText(doc, a, b)}` });
      }
      return end;
    }
    if (counted || head.plural) return head.to - 1;
  }
  if (LIST_ONLY.has(lower(tokens[head.from]))) return i;
  const from = extendLeft(tokens, head.from, sentence.tokenStart);
  const before = tokens[from - 1];
  if (from === head.from && before && before.pos === 'ADP' && !isCapitalised(tokens[head.from].text)) return i;
  let look = from - 1;
  while (look > sentence.tokenStart && from - look < 6 && tokens[look].pos !== 'ADP' && tokens[look].pos !== 'DET' && !/^[,.;:]$/.test(tokens[look].text)) look--;
  const anaphoric = look >= sentence.tokenStart && /^(this|that|these|those|said)$/i.test(tokens[look].text);
  const titled = isCapitalised(tokens[head.from].text) && head.from > sentence.tokenStart;
  const to = extendRight(tokens, head.to, end, titled || isCapitalised(tokens[head.from].text), stops);
  // A bare one-word head ("an agreement") is too vague; "a joint statement" or "an action plan" is not.
  if (to === head.to && from === head.from && !isCapitalised(tokens[head.from].text) && head.to - head.from < 2) return i;
  found.push({ from, to, kind: head.value, anaphoric, headFrom: head.from, headTo: head.to });
  return to - 1;
}

function findInSentence(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>): Found[] {
  const tokens = doc.tokens;
  const found: Found[] = [];
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    // Count nouns ("three documents: …") open lists like plural heads do.
    const head = HEADS.matchAt(tokens, i, end) ?? (COUNT_NOUNS.has(lower(tokens[i])) ? { value: 'other' as InstrumentKind, from: i, to: i + 1, plural: true } : undefined);
    if (head) i = readAtHead(doc, sentence, stops, head, i, found);
  }
  return found;
}

/** One item of a list: a ratification of a titled instrument, an instrument with its own head, or none. */
function findItemInstrument(doc: AnnotatedDocument, a: number, b: number, sentenceEnd: number, stops: Set<number>): Found | undefined {
  const tokens = doc.tokens;
  let k = a;
  while (k < b && /^(the|a|an)$/i.test(tokens[k].text)) k++;
  let status: InstrumentStatus | undefined;
  if (/^ratification$/i.test(tokens[k].text) && lower(tokens[k + 1] ?? tokens[k]) === 'of') {
    status = 'ratified';
    k += 2;
    while (k < b && /^(the|a|an)$/i.test(tokens[k].text)) k++;
  }
  // An item ends before a bracket that glosses it ("… Agreement (DTA)").
  let itemEnd = b;
  while (itemEnd > k && tokens[itemEnd - 1].text === ')') {
    let open = itemEnd - 1;
    while (open > k && tokens[open].text !== '(') open--;
    if (open <= k) break;
    itemEnd = open;
  }
  // "a cooperation agreement in the field of culture": a few modifiers before the head.
  let h = k;
  while (h < Math.min(b, k + 4) && !HEADS.matchAt(tokens, h, b) && /^(NOUN|ADJ|PROPN)$/.test(tokens[h].pos)) h++;
  const head = h < b ? HEADS.matchAt(tokens, h, b) : undefined;
  if (!head) {
    // "the Avoidance of Double Taxation Agreement": a title whose head comes last.
    if (!isCapitalised(tokens[k].text)) return undefined;
    for (let t = itemEnd - 1; t > k; t--) {
      const last = HEADS.matchAt(tokens, t, itemEnd);
      if (last && last.to === itemEnd && isCapitalised(tokens[t].text)) return { from: k, to: itemEnd, kind: last.value, status };
    }
    return undefined;
  }
  const to = Math.max(extendRight(tokens, head.to, Math.min(sentenceEnd, b + 40), isCapitalised(tokens[head.from].text), stops), b);
  return { from: k, to: Math.min(to, b), kind: head.value, status };
}

function parenthesisedAliases(doc: AnnotatedDocument, end: number): string[] {
  const after = doc.text.slice(end, end + 160);
  const m = /^\s*\(([^()]{2,150})\)/.exec(after);
  if (!m) return [];
  return m[1].split(/,?\s+or\s+|;\s*/).map((s) => cleanName(s)).filter((s) => s.length >= 2);
}

const dateIndexes = new WeakMap<DateMention[], SpanIndex<DateMention>>();

function dateIndex(doc: AnnotatedDocument): SpanIndex<DateMention> {
  let index = dateIndexes.get(doc.dates);
  if (!index) dateIndexes.set(doc.dates, (index = new SpanIndex(doc.dates)));
  return index;
}

function periodFor(doc: AnnotatedDocument, start: number, end: number): { start?: string; end?: string } | undefined {
  const date = dateIndex(doc).within(start - 2, end + 40).find((d) => d.isPeriod && d.start <= end + 6);
  return date?.value ? { start: date.value, end: date.end_value ?? undefined } : undefined;
}

/**
 * Folds one article's mentions of the same instrument together: the same name or alias,
 * a back-reference ("this agreement", "the Convention"), or names of one kind and the same
 * named parties that share most of their words.
 */
function addOrMerge(merged: InstrumentMention[], byKind: Map<InstrumentKind, InstrumentMention[]>, mention: InstrumentMention, backReference: boolean, nameCountries: string, names: DistinctiveWords, inCaption = false): void {
  const words = names.of(mention.name);
  // Only the most recent instruments of a kind are compared, which keeps a pathological article linear.
  const sameKind = (byKind.get(mention.kind) ?? []).slice(-RECENT);
  const twin = (backReference || words.size === 0 ? sameKind.at(-1) : undefined) ?? sameKind.find((m) => {
    // A head alone ("Memorandum of Understanding") is shared by every memorandum: it identifies none.
    const identifying = (n: string) => names.of(n).size > 0;
    const known = [m.name, ...m.aliases].filter(identifying).map((n) => n.toLowerCase());
    if ([mention.name, ...mention.aliases].some((n) => identifying(n) && known.includes(n.toLowerCase()))) return true;
    const twinWords = names.of(m.name);
    // A name that names no country ("the Agreement on Water") does not contradict one that does ("… with Peru").
    const sameParties = partiesKey.get(m) === nameCountries || partiesKey.get(m) === '' || nameCountries === '';
    return sameParties && words.size >= 2 && overlapCoefficient(twinWords, words) >= 0.6
      && !bothHaveOwnWords(names.contentWords.of(m.name), names.contentWords.of(mention.name));
  });
  if (!twin) {
    partiesKey.set(mention, nameCountries);
    merged.push(mention);
    byKind.set(mention.kind, [...(byKind.get(mention.kind) ?? []), mention].slice(-RECENT));
    return;
  }
  twin.mentions.push({ start: mention.start, end: mention.end });
  // "The Convention was signed by the presidents of …": a later sentence may name more parties.
  if (mention.parties.length > twin.parties.length) twin.parties = mention.parties;
  if (backReference || words.size === 0) {
    // "The Convention enters into force in May": a back-reference can tell the status its name did not.
    if (twin.status === 'unknown' && !inCaption) twin.status = mention.status;
    return;
  }
  if (mention.name.length > twin.name.length && !backReference) {
    twin.aliases.push(twin.name);
    twin.name = mention.name;
  } else if (!twin.aliases.includes(mention.name) && twin.name !== mention.name) twin.aliases.push(mention.name);
  for (const alias of mention.aliases) if (!twin.aliases.includes(alias)) twin.aliases.push(alias);
  // A caption's status ("at the signing of …") yields to the body's ("will be signed after …").
  // "was ratified …" then "had been signed on …": a mention of an earlier stage does not undo a later one.
  if (mention.status !== 'unknown' && (!inCaption || twin.status === 'unknown') && !isEarlierStage(mention.status, twin.status)) twin.status = mention.status;
  twin.period ??= mention.period;
  if (mention.parties.length > twin.parties.length) twin.parties = mention.parties;
}

const LIFECYCLE: readonly InstrumentStatus[] = ['proposed', 'negotiating', 'signed', 'ratified', 'in force'];

/** Whether `a` comes before `b` in an instrument's life (signed before ratified before in force). */
function isEarlierStage(a: InstrumentStatus, b: InstrumentStatus): boolean {
  const ia = LIFECYCLE.indexOf(a);
  const ib = LIFECYCLE.indexOf(b);
  return ia >= 0 && ib >= 0 && ia < ib;
}

/**
 * Two titles that each say something the other does not ("Agreement on Justice between A and B",
 * "Agreement on Forestry between A and B") are two instruments, however many party words they share;
 * a shortened form ("the Partnership Agreement") says nothing of its own.
 */
function bothHaveOwnWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let ownOfA = 0;
  let ownOfB = 0;
  for (const w of a) if (!b.has(w)) ownOfA++;
  for (const w of b) if (!a.has(w)) ownOfB++;
  return ownOfA >= 2 && ownOfB >= 2;
}

/** The words of instrument names that tell one instrument from another: content words but the head nouns ("agreement"). */
class DistinctiveWords {
  readonly contentWords = new ContentWordsOfNames();
  private readonly read = new Map<string, ReadonlySet<string>>();

  of(name: string): ReadonlySet<string> {
    let words = this.read.get(name);
    if (!words) this.read.set(name, (words = new Set([...this.contentWords.of(name)].filter((w) => !HEAD_WORDS.has(singular(w))))));
    return words;
  }
}

/** Verbs after a counted group that open the list of what it holds ("the agreements covered …"). */
const LIST_VERBS = new Set(['covered', 'cover', 'covering', 'include', 'included', 'including']);
const BULLET = /^[-–—•*·]$/;
/** "These were …", "They include …": a sentence that lists what the sentence before counted. */
const LIST_ITEM_OPENERS = new Set(['these', 'those', 'they']);
const LIST_ITEM_VERBS = new Set(['are', 'were', 'include', 'included', 'includes']);
const DEFINITE = new Set(['the', 'this', 'that']);
/** "these documents", "both agreements", "the two treaties": the instruments named just before. */
const GROUP_BACK_REFERENCE = /\b(?:these|those|both|the\s+(?:two|three|four|five))(?:\s+[a-z-]+)?\s*$/i;
const INDEFINITE = new Set(['a', 'an']);

/** Heads with no name ("signed a declaration", "The pact was signed"): the determiner before them, a few adjectives apart. */
function unnamedHeads(doc: AnnotatedDocument, sentence: Sentence, found: Found[]): { kind: InstrumentKind; from: number; to: number; definite: boolean }[] {
  const tokens = doc.tokens;
  const heads: { kind: InstrumentKind; from: number; to: number; definite: boolean }[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = HEADS.matchAt(tokens, i, sentence.tokenEnd);
    if (!head) continue;
    i = head.to - 1;
    if (head.plural || LIST_ONLY.has(lower(tokens[head.from])) || found.some((f) => f.from <= head.from && head.from < f.to)) continue;
    let d = head.from - 1;
    while (d > sentence.tokenStart && head.from - d <= 2 && tokens[d].pos === 'ADJ') d--;
    if (d < sentence.tokenStart) continue;
    const word = lower(tokens[d]);
    if (DEFINITE.has(word) || INDEFINITE.has(word)) heads.push({ kind: head.value, from: head.from, to: head.to, definite: DEFINITE.has(word) });
  }
  return heads;
}

/** What a sentence says of instruments named elsewhere: group nouns with their status, list shape, unnamed heads. */
function statusFactsOf(doc: AnnotatedDocument, sentence: Sentence, found: Found[], cues: StatusCueMatch<InstrumentStatus>[], sentenceText: string): SentenceStatusFacts & { backReferences: ({ kind: InstrumentKind; status: InstrumentStatus } & Span)[]; groupBackReferences: InstrumentStatus[] } {
  const tokens = doc.tokens;
  const statusAt = (from: number, to: number) => statusNear(cues, sentenceText, tokens[from].start - sentence.start, tokens[to - 1].end - tokens[from].start);
  const groups: InstrumentStatus[] = [];
  const groupBackReferences: InstrumentStatus[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = HEADS.matchAt(tokens, i, sentence.tokenEnd);
    if (head?.plural || COUNT_NOUNS.has(lower(tokens[i]))) {
      const status = statusAt(i, head?.to ?? i + 1);
      groups.push(status);
      if (status !== 'unknown' && i > sentence.tokenStart && GROUP_BACK_REFERENCE.test(doc.text.slice(Math.max(sentence.start, tokens[i].start - 16), tokens[i].start))) groupBackReferences.push(status);
    }
    if (head) i = head.to - 1;
  }
  const first = tokens[sentence.tokenStart];
  const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => /\w/.test(t.text));
  const marker = words.length === 1 && /^\d{1,2}$/.test(words[0].text);
  const second = tokens[sentence.tokenStart + 1];
  const opener = (LIST_ITEM_OPENERS.has(lower(first)) && second !== undefined && LIST_ITEM_VERBS.has(lower(second))) || /^among$/i.test(first.text);
  const listItem = BULLET.test(first.text) || opener ? 'marked' : found.some((f) => f.from - sentence.tokenStart <= 2) ? 'title first' : undefined;
  const unnamed = unnamedHeads(doc, sentence, found).map((h) => ({ ...h, status: statusAt(h.from, h.to) }));
  return {
    index: sentence.index, groups, listItem, marker, endsWithColon: /:\s*$/.test(sentenceText),
    introduced: unnamed.filter((h) => !h.definite && h.status !== 'unknown').map(({ kind, status }) => ({ kind, status })),
    backReferences: found.length === 0 ? unnamed.filter((h) => h.definite).map((h) => ({ kind: h.kind, status: h.status, start: tokens[h.from].start, end: tokens[h.to - 1].end })) : [],
    groupBackReferences: found.length === 0 ? groupBackReferences : [],
  };
}

/** The instrument last mentioned before `offset`, if that mention is after `notBefore`. */
function latestBefore(mentions: InstrumentMention[], offset: number, notBefore: number): InstrumentMention | undefined {
  let best: { mention: InstrumentMention; at: number } | undefined;
  for (const m of mentions) {
    const at = Math.max(...m.mentions.map((s) => s.start).filter((s) => s < offset));
    if (at >= notBefore && (!best || at > best.at)) best = { mention: m, at };
  }
  return best?.mention;
}

const partiesKey = new WeakMap<InstrumentMention, string>();
/** How many earlier instruments of one kind a new mention is compared with. */
const RECENT = 40;

export const instrumentsStage: Stage = {
  name: 'instruments',
  run(doc) {
    const dyad = documentDyad(doc);
    const stops = adjunctStarts(doc);
    const mentions: InstrumentMention[] = [];
    const byKind = new Map<InstrumentKind, InstrumentMention[]>();
    const names = new DistinctiveWords();
    const carried = new CarriedStatus();
    for (const sentence of doc.sentences) {
      const sentenceText = doc.text.slice(sentence.start, sentence.end);
      const statusCues = STATUS_CUES.matchesIn(sentenceText);
      const found = findInSentence(doc, sentence, stops);
      const facts = statusFactsOf(doc, sentence, found, statusCues, sentenceText);
      carried.enter(facts);
      for (const f of found) {
        const start = doc.tokens[f.from].start;
        const end = doc.tokens[f.to - 1].end;
        const name = cleanName(f.name ?? doc.text.slice(start, end));
        if (!name || names.contentWords.of(name).size === 0) continue;
        const aliases = parenthesisedAliases(doc, end);
        const headText = f.headFrom !== undefined && f.headTo !== undefined ? spanText(doc, f.headFrom, f.headTo) : '';
        if (headText.includes(' ') && isCapitalised(headText) && headText !== name) aliases.push(headText);
        const nameCountries = countriesIn(doc, start, end);
        const sentenceCountries = countriesIn(doc, sentence.start, sentence.end);
        // "a memorandum with Azerbaijan": the one country named and the article's own side.
        const parties = nameCountries.length >= 2 ? nameCountries : nameCountries.length === 1 ? [dyad.find((c) => c !== nameCountries[0]), nameCountries[0]].filter((c): c is string => c !== undefined) : sentenceCountries.length >= 2 ? sentenceCountries : dyad;
        // "a joint statement said": a document quoted as a source, not one signed here.
        const quoted = REPORTING_AFTER.test(doc.text.slice(end, end + 24));
        const ownStatus = f.status ?? (quoted ? 'unknown' : statusNear(statusCues, sentenceText, start - sentence.start, end - start));
        const status = ownStatus !== 'unknown' || quoted ? ownStatus : carried.statusFor(f.kind, !isCapitalised(name)) ?? 'unknown';
        addOrMerge(mentions, byKind, {
          start, end, mentions: [{ start, end }], name, aliases, kind: f.kind,
          ...(quoted ? { quoted: true } : {}),
          status,
          period: periodFor(doc, start, end),
          parties,
          sentence: sentence.index,
        }, f.anaphoric === true, nameCountries.slice().sort().join(','), names, sentence.aside === 'caption');
      }
      carried.leave(facts);
      const recentStart = doc.sentences[Math.max(0, sentence.index - 3)].start;
      for (const status of facts.groupBackReferences) {
        for (const m of mentions) {
          const recent = m.mentions.some((s) => s.start >= recentStart && s.start < sentence.start);
          if (recent && (m.status === 'unknown' || isEarlierStage(m.status, status))) m.status = status;
        }
      }
      // "The pact was officially signed by …": the instrument named just before, of the same kind if one was.
      for (const ref of facts.backReferences) {
        const target = latestBefore(mentions.filter((m) => m.kind === ref.kind), sentence.start, recentStart) ?? latestBefore(mentions, sentence.start, recentStart);
        if (!target) continue;
        target.mentions.push({ start: ref.start, end: ref.end });
        if (target.status === 'unknown') target.status = ref.status;
      }
    }
    doc.instruments = mentions;
  },
};
