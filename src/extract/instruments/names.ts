// Reading instrument names in a sentence: a head noun with its modifiers and complement
// ("2022-2026 comprehensive cooperation programme", "Agreement on … between X and Y"; how far
// a name reaches is name-extent.ts), and the items of listed instruments ("signed three
// documents: …"; what a group includes and one per partner are grouped-lists.ts).
import type { AnnotatedDocument, DateMention, Sentence, Token } from '../annotated-document.ts';
import { SpanIndex } from '../span-index.ts';
import type { InstrumentKind, InstrumentStatus } from '../../record/schema.ts';
import { type HeadMatch, cleanName, isCapitalised, joinedToPrevious, lower, singular, spanText } from '../phrases.ts';
import { AREA_NOUNS, HEADS, LIST_ONLY, STATUS_CUES, STOP_MODIFIERS, asInstrumentHead, isCountNoun } from './vocabulary.ts';
import { statusNear } from './status.ts';
import type { StatusCuesOfText } from '../status-cues.ts';
import { coordinatedComplementEnd, extendLeft, extendRight, isGluedBullet, isObjectOfSigning } from './name-extent.ts';
import { hasHeadWithin, includedListStart, isTitleLike, onePerPartner, withoutDeterminer } from './grouped-lists.ts';

/** Verbs after a counted group that open the list of what it holds ("the agreements covered …"). */
const LIST_VERBS = new Set(['covered', 'cover', 'covering']);


export interface Found {
  from: number;
  to: number;
  kind: InstrumentKind;
  name?: string;
  status?: InstrumentStatus;
  /** "this agreement": a reference back to an instrument named earlier. */
  anaphoric?: boolean;
  headFrom?: number;
  headTo?: number;
  /** "agreements to waive visas with A and B": the parties of one of the instruments a plural made one per partner. */
  parties?: string[];
}

/** Whether a list opens with a noun for fields of cooperation ("areas such as …", "various sectors including …"). */
function namesAreas(tokens: Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || STOP_MODIFIERS.has(tokens[k].lower))) k++;
  return k < end && AREA_NOUNS.has(tokens[k].lower);
}

/** "agreements were signed on X, Y, and Z" or "signed 14 agreements: X; Y; Z": one instrument per item. */
function listItems(tokens: Token[], from: number, sentenceEnd: number, separator: ',' | ';', andBeforeDeterminerOnly = false): [number, number][] {
  const items: [number, number][] = [];
  let start = from;
  for (let i = from; i <= sentenceEnd; i++) {
    const atEnd = i === sentenceEnd || (tokens[i].text === '.' && i === sentenceEnd - 1);
    const splitsAtAnd = !atEnd && separator === ',' && lower(tokens[i]) === 'and' && tokens[i - 1]?.text !== ',' && (!andBeforeDeterminerOnly || startsNewItem(tokens, start, i));
    const isSeparator = !atEnd && (tokens[i].text === separator || isGluedBullet(tokens, i) || splitsAtAnd);
    if (atEnd || isSeparator) {
      let s = start;
      while (s < i && /^(and|,|;|-)$/i.test(tokens[s].text)) s++;
      const previous = items[items.length - 1];
      // "the protection and promotion of investments": one item, whose "of" both nouns share.
      if (s < i && previous && lower(tokens[s - 1]) === 'and' && sharesComplement(tokens, previous, [s, i])) previous[1] = i;
      else if (s < i) items.push([s, i]);
      start = i + 1;
      if (atEnd) break;
    }
  }
  return items;
}

/**
 * "a Border Post at X and the financing and Operating Plan for Y": in a list of things named
 * without heads, only an "and" before a determiner starts a new item, and not the "and" of a
 * "between A and the B" in the item so far.
 */
function startsNewItem(tokens: Token[], itemStart: number, and: number): boolean {
  const next = tokens[and + 1];
  if (next === undefined || next.pos !== 'DET' || !/^(the|a|an)$/.test(lower(next))) return false;
  let between = false;
  for (let k = itemStart; k < and; k++) {
    if (lower(tokens[k]) === 'between') between = true;
    else if (lower(tokens[k]) === 'and') between = false;
  }
  return !between;
}

/** Whether `first` is a lone noun ("the protection") and `second` a noun with an "of" complement ("promotion of investments"). */
function sharesComplement(tokens: Token[], first: [number, number], second: [number, number]): boolean {
  const a = /^(the|a|an)$/.test(lower(tokens[first[0]])) ? first[0] + 1 : first[0];
  const b = /^(the|a|an)$/.test(lower(tokens[second[0]])) ? second[0] + 1 : second[0];
  return first[1] - a === 1 && tokens[a].pos === 'NOUN' && tokens[b].pos === 'NOUN' && b + 1 < second[1] && lower(tokens[b + 1]) === 'of';
}

function isBracketedShortForm(tokens: Token[], i: number, end: number): boolean {
  return i + 2 < end && tokens[i].text === '(' && tokens[i + 2].text === ')' && /^[A-Z][A-Za-z]*[A-Z][a-z]?s?$/.test(tokens[i + 1].text);
}

/** A plural head in the singular, in lower case: "memoranda of understanding" → "memorandum of understanding". */
function singularHead(tokens: Token[], head: HeadMatch<InstrumentKind>): string {
  const words = tokens.slice(head.from, head.to).map(lower);
  if (!head.plural) return words.join(' ');
  const plural = head.to - head.from > 1 && words[1] === 'of' ? 0 : words.length - 1;
  words[plural] = singular(words[plural]);
  return words.join(' ');
}

/** Reads the instrument or list of instruments at a head, adding what it finds; returns the token to read on after. */
function readAtHead(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, statusCues: StatusCuesOfText<InstrumentStatus>, head: HeadMatch<InstrumentKind>, i: number, found: Found[]): number {
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  const prev = tokens[head.from - 1];
  const counted = head.plural && prev && (prev.pos === 'NUM' || /^\d+$/.test(prev.text) || (tokens[head.from - 2] && /^\d+$/.test(tokens[head.from - 2].text)));
  if (head.plural || isCountNoun(lower(tokens[head.from]))) {
    const afterHead = head.to;
    let k = afterHead;
    // "memoranda of understanding (MoUs) on …": the short form in brackets is read past.
    if (isBracketedShortForm(tokens, k, end)) k += 3;
    while (k < end && /^(were|was|have|has|been|also|successfully|signed|inked|concluded|adopted|exchanged)$/i.test(tokens[k].text)) k++;
    // "documents were signed: …" or, inline, "documents were signed - A memorandum …; - A protocol …".
    // A dash only after a verb and before items split by semicolons: "agreements - as well as …" is an aside.
    const dashList = k > afterHead && tokens[k]?.text === '-' && !joinedToPrevious(tokens, k + 1) && tokens.slice(k, end).some((t) => t.text === ';');
    const colon = k < end && (tokens[k].text === ':' || dashList);
    let listStart = -1;
    let listEnd = end;
    let listStatus: InstrumentStatus | undefined;
    let byInclude = false;
    if (colon) listStart = k + 1;
    else {
      const topicStarts = k < end && /^(on|regarding|concerning)$/i.test(tokens[k].text) && !isDateToken(doc, k, end) && !isDateToken(doc, k + 1, end);
      if (k > afterHead && topicStarts) listStart = k + 1;
      else if (k === afterHead && topicStarts) {
        // "signed agreements on X and Y": the topics end with the complement. Unless a status is said of them, such plurals are generic ("agreements on trade would help").
        const status = statusNear(statusCues, tokens[head.from].start - sentence.start, tokens[head.to - 1].end - tokens[head.from].start);
        const topicsEnd = coordinatedComplementEnd(tokens, afterHead, end, stops);
        // One topic is the group's subject, not a list ("three agreements on outstanding issues"); nor is a vague one ("on various aspects").
        const topics = listItems(tokens, k + 1, topicsEnd, ',');
        const vague = STOP_MODIFIERS.has(lower(tokens[k + 1] ?? tokens[k]));
        if (status !== 'unknown' && topics.length >= 2 && !vague) {
          listStart = k + 1;
          listEnd = topicsEnd;
          listStatus = status;
        }
      }
      // "the agreements covered X, Y and Z".
      // "documents covering areas such as trade and customs" lists fields, not documents.
      else if (k < end && LIST_VERBS.has(lower(tokens[k])) && !isDateToken(doc, k + 1, end) && !namesAreas(tokens, k + 1, end)) listStart = k + 1;
      // "The understandings include X and the Y": the group the sentence before spoke of, item by item.
      else {
        const included = includedListStart(tokens, sentence, head);
        if (included > 0 && !isDateToken(doc, included, end)) {
          listStart = included;
          byInclude = true;
        }
      }
    }
    if (listStart > 0 && listStart < listEnd) {
      const kind = HEADS.matchAt(tokens, head.from, head.to)?.value ?? 'agreement';
      const beforeList = doc.text.slice(sentence.start, tokens[listStart - 1].end);
      listStatus ??= statusNear(STATUS_CUES.of(beforeList), tokens[head.from].start - sentence.start, 0);
      const semicolons = tokens.slice(listStart, listEnd).some((t) => t.text === ';');
      // Titles with heads of their own ("include the Memorandum … and the Programme …") are read one by one as titles.
      if (byInclude && hasHeadWithin(tokens, listStart, listEnd)) return head.to - 1;
      for (const [a, b] of listItems(tokens, listStart, listEnd, colon && semicolons ? ';' : ',', byInclude)) {
        const inner = findItemInstrument(doc, a, b, end, stops);
        if (inner) found.push({ ...inner, status: inner.status ?? listStatus });
        // What a group includes may be its content ("provisions on arbitration"); only a name is an instrument of its own.
        else if (byInclude) {
          if (isTitleLike(tokens, a, b)) found.push({ ...withoutDeterminer(tokens, a, b), kind, status: listStatus });
        }
        else found.push({ from: a, to: b, kind, status: listStatus, name: `${singularHead(tokens, head)} on ${spanText(doc, a, b)}` });
      }
      return end;
    }
    const perPartner = head.plural ? onePerPartner(doc, sentence, stops, statusCues, head, counted === true) : undefined;
    if (perPartner) {
      found.push(...perPartner.found);
      return perPartner.next;
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
  const to = extendRight(tokens, head.to, end, titled || isCapitalised(tokens[head.from].text), stops, isObjectOfSigning(tokens, from, sentence.tokenStart));
  // A bare one-word head ("an agreement") is too vague; "a joint statement" or "an action plan" is not.
  // A capitalised one names an instrument after a determiner ("the Protocol"), not in a caption's "Walker, Deal Lead".
  const bare = to === head.to && from === head.from && head.to - head.from < 2;
  if (bare && (!isCapitalised(tokens[head.from].text) || !before || before.pos !== 'DET')) return i;
  found.push({ from, to, kind: head.value, anaphoric, headFrom: head.from, headTo: head.to });
  return to - 1;
}

/**
 * The instruments named in a sentence; `statusCues` are the sentence's, for the lists whose status is said before them,
 * and `heads` its heads (headsInSentence).
 */
export function findInSentence(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, statusCues: StatusCuesOfText<InstrumentStatus>, heads: readonly (HeadMatch<InstrumentKind> | undefined)[]): Found[] {
  const tokens = doc.tokens;
  const found: Found[] = [];
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    // Count nouns ("three documents: …") open lists like plural heads do.
    const head = asInstrumentHead(tokens, heads[i - sentence.tokenStart]) ?? (isCountNoun(lower(tokens[i])) ? { value: 'other' as InstrumentKind, from: i, to: i + 1, plural: true } : undefined);
    if (head) i = readAtHead(doc, sentence, stops, statusCues, head, i, found);
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

export function parenthesisedAliases(doc: AnnotatedDocument, end: number): string[] {
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

/** Whether token t, before the sentence's end, lies in a date. */
function isDateToken(doc: AnnotatedDocument, t: number, sentenceEnd: number): boolean {
  return t < sentenceEnd && dateIndex(doc).containing(doc.tokens[t].start, doc.tokens[t].end).length > 0;
}

export function periodFor(doc: AnnotatedDocument, start: number, end: number): { start?: string; end?: string } | undefined {
  const date = dateIndex(doc).within(start - 2, end + 40).find((d) => d.isPeriod && d.start <= end + 6);
  return date?.value ? { start: date.value, end: date.end_value ?? undefined } : undefined;
}
