// How far an instrument's name reaches from its head noun: left over its modifiers
// ("2022-2026 comprehensive cooperation"), right over its complement ("on laying … along the
// Caspian Sea", "establishing a commission", "to waive visas" after a signing verb), stopping at
// clauses, adjuncts (dates, "in" + city) and list punctuation.
import { tokenStartingAt, type AnnotatedDocument, type Token } from '../annotated-document.ts';
import { MAX_PHRASE_TOKENS, isCapitalised, joinedToPrevious, lower } from '../phrases.ts';
import { HEADS, REPORTING_AFTER, SIGNING_VERBS, STOP_MODIFIERS } from './vocabulary.ts';

const COMPLEMENT_STARTERS = new Set(['on', 'of', 'between', 'for', 'concerning', 'regarding', 'to', 'among', 'with']);
/** Function words a complement goes on over; the possessives are tagged PRON ("across their border"). */
const COMPLEMENT_WORDS = new Set(['on', 'of', 'in', 'for', 'between', 'and', 'the', 'a', 'an', 'their', 'its', 'our', 'to', 'along', 'across', 'among', 'concerning', 'regarding', 'with', 'from', 'through', 'within']);
/** Lower-case words that end a name: a new clause or an adjunct starts ("a contract for K2 tanks worth $6.5 billion": its value). */
const COMPLEMENT_ENDERS = new Set(['which', 'that', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'signed', 'by', 'at', 'during', 'as', 'while', 'after', 'before', 'following', 'under', 'aimed', 'to', 'worth', 'valued', 'totalling', 'totaling']);

function isYearLike(token: Token): boolean {
  return /^(19|20)\d{2}([-/](19|20)?\d{2})?$/.test(token.text);
}

/** Walks left from the head over its modifiers ("2022-2026 comprehensive cooperation development"). */
export function extendLeft(tokens: Token[], head: number, sentenceStart: number): number {
  let i = head;
  while (i > sentenceStart && head - i < MAX_PHRASE_TOKENS) {
    const t = tokens[i - 1];
    const word = lower(t);
    // Only a hyphen inside a word joins ("Kyrgyz-Russian"); a free-standing one is a bullet or a dash.
    if (joinedToPrevious(tokens, i)) {
      i--;
      continue;
    }
    // "Brazil and Paraguay sign deal": in a headline's grammar the tagger reads the verb as a noun; a signing verb modifies no name.
    if (STOP_MODIFIERS.has(word) || (SIGNING_VERBS.has(word) && !isCapitalised(t.text))) break;
    // "… Geophysics and Memorandum of …": an "and" right before the head joins two titles, not two modifiers.
    // "Status of Forces Agreement": an "of" between capitalised words is inside the title ("Name of MoU/Agreement" is a heading's).
    const titleOf = word === 'of' && !HEADS.matchAt(tokens, i, i + 1);
    if ((word === 'and' || titleOf) && i !== head && i - 2 >= sentenceStart && isCapitalised(tokens[i - 2].text) && isCapitalised(tokens[i].text) && tokens[i - 2].pos !== 'DET') {
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
 * Where a name must stop: at a date, at "in"/"at" before a city ("signed the Agreement on
 * Fisheries in Accra on 3 May"), which say where and when, not what, and at ", and" before an office.
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
  // "issued a Joint Statement on the partnership, and Prime Minister X hosted …": an office after ", and" opens the next clause.
  for (const t of doc.titles) {
    const i = tokenStartingAt(doc, t.start);
    if (i !== undefined && i > 1 && doc.tokens[i - 1].lower === 'and' && doc.tokens[i - 2].text === ',') starts.add(i - 2);
  }
  return starts;
}

/** "an agreement establishing …", "a memorandum setting up …": a participle, not "signing" or "ratifying" ("the agreement signing ceremony"). */
function isParticipleComplement(token: Token): boolean {
  return token.pos === 'VERB' && /ing$/.test(token.lower) && !SIGNING_VERBS.has(token.lower);
}

/** "to waive visa requirements" after a head: read as its purpose only where the head is signed or ratified (see signing_verbs). */
export function isInfinitiveComplement(tokens: Token[], headEnd: number, sentenceEnd: number): boolean {
  return headEnd + 1 < sentenceEnd && lower(tokens[headEnd]) === 'to' && tokens[headEnd + 1].pos === 'VERB' && !/(ing|ed)$/.test(lower(tokens[headEnd + 1]));
}

/** Whether the head starting at `from` is the object of a signing verb: "signed an …", "ratification of the …". */
export function isObjectOfSigning(tokens: Token[], from: number, sentenceStart: number): boolean {
  let i = from - 1;
  while (i > sentenceStart && from - i <= 3 && (tokens[i].pos === 'DET' || tokens[i].pos === 'NUM' || tokens[i].pos === 'ADJ')) i--;
  if (i < sentenceStart) return false;
  if (lower(tokens[i]) === 'of' && i > sentenceStart) return tokens[i - 1].pos === 'NOUN' && SIGNING_VERBS.has(lower(tokens[i - 1]));
  return SIGNING_VERBS.has(lower(tokens[i]));
}

/** " -A cooperation agreement": a dash after a space and against the next word is a list's bullet, not a hyphen. */
export function isGluedBullet(tokens: Token[], i: number): boolean {
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
export function extendRight(tokens: Token[], headEnd: number, sentenceEnd: number, titled: boolean, stops: Set<number>, infinitive = false): number {
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
export function coordinatedComplementEnd(tokens: Token[], headEnd: number, sentenceEnd: number, stops: Set<number>): number {
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
