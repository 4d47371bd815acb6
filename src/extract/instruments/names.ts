// Reading instrument names in a sentence: a head noun with its modifiers and complement
// ("2022-2026 comprehensive cooperation programme", "Agreement on … between X and Y"), and the
// items of listed instruments ("signed three documents: …").
import { tokenStartingAt, type AnnotatedDocument, type CountryMention, type DateMention, type Sentence, type Token } from '../annotated-document.ts';
import { countryMentionsIn, documentDyad } from '../countries-in.ts';
import { SpanIndex } from '../span-index.ts';
import type { InstrumentKind, InstrumentStatus } from '../../record/schema.ts';
import { type HeadMatch, MAX_PHRASE_TOKENS, cleanName, isCapitalised, joinedToPrevious, lower, singular, spanText } from '../phrases.ts';
import { COUNT_NOUNS, HEADS, LIST_ONLY, instrumentHeadAt, REPORTING_AFTER, SIGNING_VERBS, STATUS_CUES, STOP_MODIFIERS } from './vocabulary.ts';
import { statusNear } from './status.ts';
import type { StatusCuesOfText } from '../status-cues.ts';

const COMPLEMENT_STARTERS = new Set(['on', 'of', 'between', 'for', 'concerning', 'regarding', 'to', 'among', 'with']);
/** Function words a complement goes on over; the possessives are tagged PRON ("across their border"). */
const COMPLEMENT_WORDS = new Set(['on', 'of', 'in', 'for', 'between', 'and', 'the', 'a', 'an', 'their', 'its', 'our', 'to', 'along', 'across', 'among', 'concerning', 'regarding', 'with', 'from', 'through', 'within']);
/** Lower-case words that end a name: a new clause or an adjunct starts. */
const COMPLEMENT_ENDERS = new Set(['which', 'that', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'signed', 'by', 'at', 'during', 'as', 'while', 'after', 'before', 'following', 'under', 'aimed', 'to']);

/** Verbs after a counted group that open the list of what it holds ("the agreements covered …"). */
const LIST_VERBS = new Set(['covered', 'cover', 'covering']);
/** Verbs after a group that opens its sentence ("The understandings include …"): they list the instruments just spoken of. */
const INCLUDE_VERBS = new Set(['include', 'includes', 'included', 'comprise', 'comprises', 'comprised']);
/** Determiners that make a group at the start of a sentence refer back ("The agreements", "These documents"). */
const GROUP_DETERMINERS = new Set(['the', 'these', 'those']);
/** Words between a group and its verb that say it was made ("the documents that were signed include"). */
const GROUP_PARTICIPLE = /^(that|which|were|was|have|has|been|also|signed|inked|concluded|adopted|exchanged)$/i;

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

/**
 * Where a name must stop: at a date, and at "in"/"at" before a city ("signed the Agreement on
 * Fisheries in Accra on 3 May"), which say where and when, not what.
 */
export function adjunctStarts(doc: AnnotatedDocument): Set<number> {
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

/** "an agreement establishing …", "a memorandum setting up …": a participle, not "signing" or "ratifying" ("the agreement signing ceremony"). */
function isParticipleComplement(token: Token): boolean {
  return token.pos === 'VERB' && /ing$/.test(token.lower) && !SIGNING_VERBS.has(token.lower);
}

/** "to waive visa requirements" after a head: read as its purpose only where the head is signed or ratified (see signing_verbs). */
function isInfinitiveComplement(tokens: Token[], headEnd: number, sentenceEnd: number): boolean {
  return headEnd + 1 < sentenceEnd && lower(tokens[headEnd]) === 'to' && tokens[headEnd + 1].pos === 'VERB' && !/(ing|ed)$/.test(lower(tokens[headEnd + 1]));
}

/** Whether the head starting at `from` is the object of a signing verb: "signed an …", "ratification of the …". */
function isObjectOfSigning(tokens: Token[], from: number, sentenceStart: number): boolean {
  let i = from - 1;
  while (i > sentenceStart && from - i <= 3 && (tokens[i].pos === 'DET' || tokens[i].pos === 'NUM' || tokens[i].pos === 'ADJ')) i--;
  if (i < sentenceStart) return false;
  if (lower(tokens[i]) === 'of' && i > sentenceStart) return tokens[i - 1].pos === 'NOUN' && SIGNING_VERBS.has(lower(tokens[i - 1]));
  return SIGNING_VERBS.has(lower(tokens[i]));
}

/** " -A cooperation agreement": a dash after a space and against the next word is a list's bullet, not a hyphen. */
function isGluedBullet(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].text === '-' && i > 0 && tokens[i - 1].end < tokens[i].start && next !== undefined && next.start === tokens[i].end && isCapitalised(next.text);
}

/** ", Cultural Cooperation Programme between …": capitalised words up to an instrument head start the next title of a list. */
function startsTitle(tokens: Token[], from: number, sentenceEnd: number): boolean {
  for (let k = from; k < sentenceEnd && k - from < MAX_PHRASE_TOKENS && isCapitalised(tokens[k].text); k++) {
    if (HEADS.matchAt(tokens, k, sentenceEnd)) return true;
  }
  return false;
}

/** " - the Falepili Union -": a spaced dash before a determiner opens an apposition naming the same or another thing. */
function opensApposition(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].text === '-' && !joinedToPrevious(tokens, i) && next !== undefined && next.start > tokens[i].end && next.pos === 'DET';
}

/** "the Coast Guard (PCG) and the …": an acronym glossing the words before it, where the title goes on after the bracket. */
function isBracketedAcronymInside(tokens: Token[], i: number, sentenceEnd: number): boolean {
  if (i + 3 >= sentenceEnd || tokens[i].text !== '(' || tokens[i + 2].text !== ')') return false;
  if (!/^[A-Z][A-Za-z]*[A-Z]$/.test(tokens[i + 1].text)) return false;
  const after = tokens[i + 3];
  return COMPLEMENT_STARTERS.has(lower(after)) || after.lower === 'and';
}

/** "the region's powerhouse", "the People's Republic": a possessive goes on to the noun it qualifies. */
function isPossessive(tokens: Token[], i: number, sentenceEnd: number): boolean {
  return i + 1 < sentenceEnd && /^'s?$/.test(tokens[i].text) && tokens[i].pos === 'PART' && /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1].pos);
}

/** "with Singapore", "with the European Union": a capitalised object of "with" after a description is the partner, not a topic. */
function namesParty(tokens: Token[], i: number, sentenceEnd: number): boolean {
  const k = i < sentenceEnd && tokens[i].lower === 'the' ? i + 1 : i;
  return k < sentenceEnd && isCapitalised(tokens[k].text) && tokens[k].pos === 'PROPN';
}

/** "raised from 15 years in the 2007 agreement to 18 years": "to" before a quantity ends a change, it is no complement. */
function isToQuantity(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return lower(tokens[i]) === 'to' && next !== undefined && next.pos === 'NUM' && !isYearLike(next);
}

/** Walks right over a complement: prepositional ("on laying … along the Caspian Sea"), participial ("establishing a commission") or, where `infinitive`, "to waive …". */
function extendRight(tokens: Token[], headEnd: number, sentenceEnd: number, titled: boolean, stops: Set<number>, infinitive = false): number {
  if (headEnd >= sentenceEnd) return headEnd;
  const first = tokens[headEnd];
  const toVerb = infinitive && isInfinitiveComplement(tokens, headEnd, sentenceEnd);
  // A title may go on with "in" ("Memorandum of Cooperation in the field of Semiconductors"); a description may not.
  // A description may go on over a participle ("an agreement establishing …"); a title may not ("the X Agreement allowing …").
  const starts = (COMPLEMENT_STARTERS.has(lower(first)) && (lower(first) !== 'to' || toVerb || (tokens[headEnd + 1]?.pos !== 'VERB' && !isToQuantity(tokens, headEnd)))) || (titled && lower(first) === 'in') || (!titled && isParticipleComplement(first));
  if (!starts) return headEnd;
  return toVerb ? phraseEnd(tokens, headEnd + 2, headEnd + 2, sentenceEnd, titled, stops) : phraseEnd(tokens, headEnd, headEnd, sentenceEnd, titled, stops);
}

/** Where the words from `from` stop being part of a name: at a clause, an adjunct (`stops`) or punctuation; `end` is returned when none is. */
function phraseEnd(tokens: Token[], from: number, end: number, sentenceEnd: number, titled: boolean, stops: Set<number>): number {
  let i = from;
  // Titles run long ("Agreement between Japan and … Concerning …"), but not without end.
  while (i < sentenceEnd && i - from < 4 * MAX_PHRASE_TOKENS) {
    const t = tokens[i];
    const word = lower(t);
    if (stops.has(i) && !(isYearLike(t) && i === from + 1)) break;
    if (isGluedBullet(tokens, i) || opensApposition(tokens, i)) break;
    if (t.text === '-' || t.text === '/' || joinedToPrevious(tokens, i)) {
      i++;
      continue;
    }
    if (i > from && COMPLEMENT_ENDERS.has(word) && !(word === 'to' && lower(tokens[i - 1]) !== 'with')) break;
    if (word === 'as' || (word === 'and' && i + 1 < sentenceEnd && (HEADS.matchAt(tokens, i + 1, sentenceEnd) || (/^(a|an|the)$/.test(lower(tokens[i + 1])) && i + 2 < sentenceEnd && HEADS.matchAt(tokens, i + 2, sentenceEnd))))) break;
    if (t.text === ',' && titled && i + 1 < sentenceEnd) {
      // "Meteorology, Climatology, and Geophysics" goes on; ", Memorandum of …" starts the next title of a list.
      const next = lower(tokens[i + 1]) === 'and' ? i + 2 : i + 1;
      // ", UzA reports": a credit after the title, not a word of it.
      const credit = REPORTING_AFTER.test(lower(tokens[next + 1] ?? tokens[next]));
      if (next < sentenceEnd && isCapitalised(tokens[next].text) && tokens[next].pos !== 'DET' && !startsTitle(tokens, next, sentenceEnd) && !credit) {
        i = next;
        continue;
      }
      break;
    }
    if (titled && isBracketedAcronymInside(tokens, i, sentenceEnd)) {
      i += 3;
      continue;
    }
    if (isPossessive(tokens, i, sentenceEnd)) {
      i++;
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'SYM') break;
    if (!titled && i > from && word === 'with' && namesParty(tokens, i + 1, sentenceEnd)) break;
    if (titled && isCapitalised(t.text)) {
      i++;
      end = i;
      continue;
    }
    if (t.pos === 'VERB' && !/ing$/.test(word)) break;
    if (t.pos === 'AUX' || (t.pos === 'PRON' && !COMPLEMENT_WORDS.has(word)) || t.pos === 'SCONJ' || t.pos === 'ADV') break;
    if (COMPLEMENT_WORDS.has(word) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'VERB' || t.pos === 'DET' || t.pos === 'CCONJ' || t.pos === 'ADP') {
      i++;
      if (!COMPLEMENT_WORDS.has(word) && t.pos !== 'DET' && t.pos !== 'CCONJ') end = i;
      continue;
    }
    break;
  }
  return end;
}

/**
 * "agreements on customs, tourism and health were signed": the topics of a plural head, over
 * commas as far as an "and" joins the last one; without that "and" a comma ends them ("on
 * trade, the ministry said").
 */
function coordinatedComplementEnd(tokens: Token[], headEnd: number, sentenceEnd: number, stops: Set<number>): number {
  const end = extendRight(tokens, headEnd, sentenceEnd, false, stops);
  let i = end;
  while (i < sentenceEnd && tokens[i].text === ',') {
    const afterAnd = lower(tokens[i + 1] ?? tokens[i]) === 'and';
    const from = afterAnd ? i + 2 : i + 1;
    if (from >= sentenceEnd || !/^(NOUN|ADJ|PROPN|DET)$/.test(tokens[from].pos) || HEADS.matchAt(tokens, from, sentenceEnd)) break;
    const next = phraseEnd(tokens, from, from, sentenceEnd, false, stops);
    if (next === from) break;
    if (afterAnd || tokens.slice(from, next).some((t) => t.lower === 'and')) return next;
    i = next;
  }
  return end;
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

/**
 * "The understandings include …", "These documents that were signed comprise …" -> the token after the
 * verb, where a group that opens its sentence lists what it holds; -1 where it does not.
 */
function includedListStart(tokens: Token[], sentence: Sentence, head: HeadMatch<InstrumentKind>): number {
  const first = sentence.tokenStart;
  if (head.from === first || !GROUP_DETERMINERS.has(lower(tokens[first])) || head.from - first > 4) return -1;
  for (let t = first + 1; t < head.from; t++) if (!/^(ADJ|NUM|VERB)$/.test(tokens[t].pos)) return -1;
  let k = head.to;
  while (k < sentence.tokenEnd && k - head.to < 4 && GROUP_PARTICIPLE.test(tokens[k].text)) k++;
  return k + 1 < sentence.tokenEnd && INCLUDE_VERBS.has(lower(tokens[k])) ? k + 1 : -1;
}

/** Whether a sentence opens with a group that lists what it holds ("The understandings include …"): what it names is what the sentence before spoke of. */
export function opensIncludedList(doc: AnnotatedDocument, sentence: Sentence): boolean {
  const tokens = doc.tokens;
  for (let i = sentence.tokenStart + 1; i < Math.min(sentence.tokenEnd, sentence.tokenStart + 6); i++) {
    const head = instrumentHeadAt(tokens, i, sentence.tokenEnd) ?? (COUNT_NOUNS.has(lower(tokens[i])) ? { value: 'other' as InstrumentKind, from: i, to: i + 1, plural: true } : undefined);
    if (head) return head.plural && includedListStart(tokens, sentence, head) > 0;
  }
  return false;
}

function hasHeadWithin(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (instrumentHeadAt(tokens, t, to)) return true;
  return false;
}

/** "a Temporary Border Post at …", "the funding and Annual Work Plan for …": two capitalised words in a row make an item a name of its own. */
function isTitleLike(tokens: Token[], from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (isCapitalised(tokens[t - 1].text) && isCapitalised(tokens[t].text) && tokens[t - 1].pos !== 'DET') return true;
  return false;
}

function withoutDeterminer(tokens: Token[], from: number, to: number): { from: number; to: number } {
  let k = from;
  while (k < to - 1 && /^(the|a|an)$/.test(lower(tokens[k]))) k++;
  return { from: k, to };
}

/** Words after a plural description that open the list of its partners ("with A, B and C", "to countries, namely A and B"). */
const PARTNER_CUES = new Set(['with', 'namely']);

/** "to waive visa requirements": an infinitive's verb and its object, up to the first preposition or punctuation. */
function infinitiveObjectEnd(tokens: Token[], verb: number, sentenceEnd: number): number {
  let i = verb + 1;
  let end = verb + 1;
  let noun = false;
  while (i < sentenceEnd) {
    const t = tokens[i];
    // "to promote and protect investments": verbs joined before the object.
    if (!noun && (t.pos === 'VERB' || (t.pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB'))) i++;
    else if (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) || joinedToPrevious(tokens, i) || joinedToPrevious(tokens, i + 1)) {
      i++;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        noun = true;
        end = i;
      }
    } else break;
  }
  return noun ? end : verb;
}

/**
 * "with A, B and C", "namely A, B, and the C", "with A and B respectively": two or more countries
 * listed from `from`, joined by commas and a last "and"; undefined where anything else comes first.
 */
function partnerCountries(doc: AnnotatedDocument, from: number, sentenceEnd: number): { partners: CountryMention[]; next: number; respectively: boolean } | undefined {
  const tokens = doc.tokens;
  if (from >= sentenceEnd) return undefined;
  const mentions = countryMentionsIn(doc, tokens[from].start, tokens[sentenceEnd - 1].end);
  const partners: CountryMention[] = [];
  let andBeforeLast = false;
  let and = false;
  let t = from;
  while (t < sentenceEnd) {
    const word = lower(tokens[t]);
    if (word === ',' || word === 'and' || word === 'the') {
      if (word === 'and') and = true;
      t++;
      continue;
    }
    const m = mentions.find((c) => c.start === tokens[t].start);
    if (!m || m.insideName) break;
    if (!partners.some((p) => p.code === m.code)) partners.push(m);
    andBeforeLast = and;
    and = false;
    while (t < sentenceEnd && tokens[t].start < m.end) t++;
  }
  if (partners.length < 2 || !andBeforeLast) return undefined;
  const respectively = t < sentenceEnd && lower(tokens[t]) === 'respectively';
  return { partners, next: respectively ? t : t - 1, respectively };
}

/**
 * "ratified agreements to waive visa requirements with A, B and C": a described plural head whose
 * partners are listed is one instrument per partner, between the country that made them and each.
 */
function onePerPartner(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, statusCues: StatusCuesOfText<InstrumentStatus>, head: HeadMatch<InstrumentKind>, counted: boolean): { found: Found[]; next: number } | undefined {
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  const from = extendLeft(tokens, head.from, sentence.tokenStart);
  let descriptionEnd = head.to;
  if (isInfinitiveComplement(tokens, head.to, end)) descriptionEnd = isObjectOfSigning(tokens, from, sentence.tokenStart) ? infinitiveObjectEnd(tokens, head.to + 1, end) : head.to;
  else if (head.to < end && lower(tokens[head.to]) !== 'with') descriptionEnd = extendRight(tokens, head.to, end, false, stops);
  // "agreements with A and B" says nothing of what they are about.
  if (from === head.from && descriptionEnd === head.to) return undefined;
  // "… for holders of diplomatic passports to countries, namely A and B": no new clause before the partners.
  let cue = descriptionEnd;
  while (cue < end && !PARTNER_CUES.has(lower(tokens[cue]))) {
    if (cue - descriptionEnd > 20 || /^(VERB|AUX|SCONJ|PRON)$/.test(tokens[cue].pos) || /^[;:]$/.test(tokens[cue].text)) return undefined;
    cue++;
  }
  if (cue >= end) return undefined;
  const listed = partnerCountries(doc, cue + 1, end);
  // "signed 12 agreements with A and B": a count, not one each, unless "respectively" says so.
  if (!listed || (counted && !listed.respectively)) return undefined;
  if (statusNear(statusCues, tokens[head.from].start - sentence.start, tokens[head.to - 1].end - tokens[head.from].start) === 'unknown') return undefined;
  const codes = listed.partners.map((p) => p.code);
  // The country that made them: named before them in the sentence, else the article's own side.
  const subject = countryMentionsIn(doc, sentence.start, tokens[from].start).map((c) => c.code).find((c) => !codes.includes(c)) ?? documentDyad(doc).find((c) => !codes.includes(c));
  if (!subject) return undefined;
  const last = head.to - 1;
  const description = [from < last ? spanText(doc, from, last) : '', singular(tokens[last].text), descriptionEnd > head.to ? spanText(doc, head.to, descriptionEnd) : ''].filter((w) => w).join(' ');
  const found = listed.partners.map((p): Found => {
    const the = tokenStartingAt(doc, p.start);
    const partner = (the !== undefined && lower(tokens[the - 1]) === 'the' ? 'the ' : '') + doc.text.slice(p.start, p.end);
    return { from, to: descriptionEnd, kind: head.value, name: `${description} with ${partner}`, parties: [subject, p.code] };
  });
  return { found, next: listed.next };
}

/** Reads the instrument or list of instruments at a head, adding what it finds; returns the token to read on after. */
function readAtHead(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, statusCues: StatusCuesOfText<InstrumentStatus>, head: HeadMatch<InstrumentKind>, i: number, found: Found[]): number {
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  const prev = tokens[head.from - 1];
  const counted = head.plural && prev && (prev.pos === 'NUM' || /^\d+$/.test(prev.text) || (tokens[head.from - 2] && /^\d+$/.test(tokens[head.from - 2].text)));
  if (head.plural || COUNT_NOUNS.has(lower(tokens[head.from]))) {
    const afterHead = head.to;
    let k = afterHead;
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
      const isDate = (t: number) => t < end && dateIndex(doc).containing(tokens[t].start, tokens[t].end).length > 0;
      const topicStarts = k < end && /^(on|regarding|concerning)$/i.test(tokens[k].text) && !isDate(k) && !isDate(k + 1);
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
      else if (k < end && LIST_VERBS.has(lower(tokens[k])) && !isDate(k + 1)) listStart = k + 1;
      // "The understandings include X and the Y": the group the sentence before spoke of, item by item.
      else {
        const included = includedListStart(tokens, sentence, head);
        if (included > 0 && !isDate(included)) {
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
        else found.push({ from: a, to: b, kind, status: listStatus, name: `${singular(lower(tokens[head.from]))} on ${spanText(doc, a, b)}` });
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

/** The instruments named in a sentence; `statusCues` are the sentence's, for the lists whose status is said before them. */
export function findInSentence(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, statusCues: StatusCuesOfText<InstrumentStatus>): Found[] {
  const tokens = doc.tokens;
  const found: Found[] = [];
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    // Count nouns ("three documents: …") open lists like plural heads do.
    const head = instrumentHeadAt(tokens, i, end) ?? (COUNT_NOUNS.has(lower(tokens[i])) ? { value: 'other' as InstrumentKind, from: i, to: i + 1, plural: true } : undefined);
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

export function periodFor(doc: AnnotatedDocument, start: number, end: number): { start?: string; end?: string } | undefined {
  const date = dateIndex(doc).within(start - 2, end + 40).find((d) => d.isPeriod && d.start <= end + 6);
  return date?.value ? { start: date.value, end: date.end_value ?? undefined } : undefined;
}
