// Instruments a group holds, read item by item: what "The understandings include …" lists after
// a sentence that signed them, and a described plural made one per listed partner ("ratified
// air services agreements with A, B and C").
import { tokenStartingAt, type AnnotatedDocument, type CountryMention, type Sentence, type Token } from '../annotated-document.ts';
import { countryMentionsIn, documentDyad } from '../countries-in.ts';
import type { InstrumentKind, InstrumentStatus } from '../../record/schema.ts';
import { type HeadMatch, isCapitalised, joinedToPrevious, lower, singular, spanText } from '../phrases.ts';
import type { StatusCuesOfText } from '../status-cues.ts';
import { instrumentHeadAt, isCountNoun } from './vocabulary.ts';
import { statusNear } from './status.ts';
import { extendLeft, extendRight, isInfinitiveComplement, isObjectOfSigning } from './name-extent.ts';
import type { Found } from './names.ts';

/** Verbs after a group that opens its sentence ("The understandings include …", "The five cooperation agreements are …"): they list the instruments just spoken of. */
const INCLUDE_VERBS = new Set(['include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'are', 'were']);
/** Determiners that make a group at the start of a sentence refer back ("The agreements", "These documents"). */
const GROUP_DETERMINERS = new Set(['the', 'these', 'those']);
/** Words between a group and its verb that say it was made ("the documents that were signed include"). */
const GROUP_PARTICIPLE = /^(that|which|were|was|have|has|been|also|signed|inked|concluded|adopted|exchanged)$/i;

/**
 * "The understandings include …", "These documents that were signed comprise …" -> the token after the
 * verb, where a group that opens its sentence lists what it holds; -1 where it does not.
 */
export function includedListStart(tokens: Token[], sentence: Sentence, head: HeadMatch<InstrumentKind>): number {
  const first = sentence.tokenStart;
  if (head.from === first || !GROUP_DETERMINERS.has(lower(tokens[first])) || head.from - first > 4) return -1;
  for (let t = first + 1; t < head.from; t++) if (!/^(ADJ|NUM|VERB|NOUN)$/.test(tokens[t].pos)) return -1;
  let k = head.to;
  while (k < sentence.tokenEnd && k - head.to < 4 && GROUP_PARTICIPLE.test(tokens[k].text)) k++;
  return k + 1 < sentence.tokenEnd && INCLUDE_VERBS.has(lower(tokens[k])) ? k + 1 : -1;
}

/** Whether a sentence opens with a group that lists what it holds ("The understandings include …"): what it names is what the sentence before spoke of. */
export function opensIncludedList(doc: AnnotatedDocument, sentence: Sentence): boolean {
  const tokens = doc.tokens;
  for (let i = sentence.tokenStart + 1; i < Math.min(sentence.tokenEnd, sentence.tokenStart + 6); i++) {
    const head = instrumentHeadAt(tokens, i, sentence.tokenEnd) ?? (isCountNoun(lower(tokens[i])) ? { value: 'other' as InstrumentKind, from: i, to: i + 1, plural: true } : undefined);
    if (head) return head.plural && includedListStart(tokens, sentence, head) > 0;
  }
  return false;
}

export function hasHeadWithin(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (instrumentHeadAt(tokens, t, to)) return true;
  return false;
}

/** "a Temporary Border Post at …", "the funding and Annual Work Plan for …": two capitalised words in a row make an item a name of its own. */
export function isTitleLike(tokens: Token[], from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (isCapitalised(tokens[t - 1].text) && isCapitalised(tokens[t].text) && tokens[t - 1].pos !== 'DET') return true;
  return false;
}

export function withoutDeterminer(tokens: Token[], from: number, to: number): { from: number; to: number } {
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
export function onePerPartner(doc: AnnotatedDocument, sentence: Sentence, stops: Set<number>, statusCues: StatusCuesOfText<InstrumentStatus>, head: HeadMatch<InstrumentKind>, counted: boolean): { found: Found[]; next: number } | undefined {
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
