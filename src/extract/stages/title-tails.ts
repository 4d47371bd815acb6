// The rest of an office's name after the words the title vocabulary knows, read by the titles
// stage: "Acting" before it, another office it serves ("Adviser to the Prime Minister"), the
// country or region it is accredited to ("Ambassador to Oman", "Special Representative for the
// South Caucasus"), and a portfolio or body the vocabulary does not list, written as capitalised
// English words ("Minister for Human Rights and Social Dialogue", "Minister of Energy and Energy
// Industries", "Secretary to the Cabinet"), or before a bare office noun ("Business Secretary"). Such
// words become part of the title as written and of its span.
import type { AnnotatedDocument, TitleMention, Token } from '../annotated-document.ts';
import type { Span } from '../../record/schema.ts';
import { countryMentionsIn, countryMentionsOverlapping } from '../countries-in.ts';
import { isCapitalised } from '../phrases.ts';
import { isEnglishWord } from './sentences-and-tokens.ts';

/** Words that name the state itself: "President of the Republic" is the President. */
const STATE_WORDS = new Set(['republic', 'state', 'kingdom', 'federation', 'union', 'country', 'nation', 'sultanate', 'emirate', 'principality', 'commonwealth']);
const TAIL_CONNECTOR = /^\s+(?:of|for|to|in charge of|responsible for)\s+(?:the\s+)?/i;
/** "Special Envoy for Regional Affairs": any office's remit. */
const REMIT_CONNECTOR = /^\s+for\s+(?:the\s+)?/i;
/** Forms of address written in capitals ("HE Salim …"), which begin a name, not a portfolio. */
const HONORIFIC_CAPITALS = new Set(['HE', 'HH', 'HM', 'HRH', 'MR', 'MRS', 'MS', 'DR']);
/** Offices that take a portfolio; any other office's "of …" names a body, which the titles stage reads as its organisation. */
const TAKES_PORTFOLIO = /Minister|Secretary|Commissioner/;
const BODY_JOINERS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'du', 'des', 'la']);
const INNER_JOINERS = new Set(['and', ',', '&', 'of', 'for', 'the', 'on']);

/** The index of the first token that starts at or after an offset. */
function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Adds the words from an offset after the title to the title as written; the title's span reaches them when they follow it directly. */
function extend(doc: AnnotatedDocument, title: TitleMention, end: number, from = title.end): void {
  title.written = `${title.written}${doc.text.slice(from, end).replace(/\s+/g, ' ')}`;
  if (from === title.end) title.end = end;
  title.nameFrom = end;
}

/** "Adviser to the Prime Minister", "Chief of Staff of the President": an aide's title names the office served. */
function mergeServedOffice(doc: AnnotatedDocument, title: TitleMention, next: TitleMention | undefined): boolean {
  if (!next || next.plural || title.level !== 4 || next.level > 2) return false;
  // "Advisers to HM the King": a form of address may stand before the office.
  if (!/^\s+(?:to|of)\s+(?:(?:HM|HRH|HH|His Majesty|Her Majesty|His Highness)\s+)?the\s+$/.test(doc.text.slice(title.end, next.start))) return false;
  extend(doc, title, next.end);
  return true;
}

/** "Ambassador to Oman", "Special Representative for the South Caucasus": where the office is accredited. */
function readAccreditation(doc: AnnotatedDocument, title: TitleMention, from = title.end): void {
  const to = /^\s+(?:to|for)\s+(?:the\s+)?/i.exec(doc.text.slice(from, from + 20));
  if (!to) return;
  const at = from + to[0].length;
  const country = countryMentionsIn(doc, at, at + 60).find((c) => c.start === at && c.form === 'name');
  const place = doc.places.find((p) => p.start === at);
  const end = country?.end ?? place?.end;
  if (end !== undefined) extend(doc, title, end, from);
}

function isOfficeWord(doc: AnnotatedDocument, token: Token): boolean {
  // All capitals are an acronym or a form of address ("HE"), never a portfolio's own word.
  if (!isCapitalised(token.text) || !/^\p{L}\p{Ll}+$/u.test(token.text)) return false;
  // "of Georgia", "of Jordan": a country is the title's tail, never its portfolio.
  return isEnglishWord(token.text) && countryMentionsOverlapping(doc, token.start, token.end).length === 0;
}

/** A word that may stand inside a portfolio but not end it: "EU" in "EU Integration", "African" in "African Cooperation". */
function isInnerWord(doc: AnnotatedDocument, token: Token): boolean {
  if (/^\p{Lu}{2,}$/u.test(token.text)) return !HONORIFIC_CAPITALS.has(token.text);
  return isCapitalised(token.text) && countryMentionsOverlapping(doc, token.start, token.end).some((c) => c.form !== 'name');
}

/**
 * Capitalised English words after a connector or a portfolio ("for Human and Minority Rights",
 * "and Energy Industries"). Before a name, a run that reaches a comma or a verb holds the name
 * too ("Minister of Trade Mark Rose said"): its last two words are given back.
 */
function readPortfolioWords(doc: AnnotatedDocument, title: TitleMention, limit: number, apposition: boolean, from = title.end): void {
  const portfolio = TAKES_PORTFOLIO.test(title.title);
  const connector = (portfolio ? TAIL_CONNECTOR : REMIT_CONNECTOR).exec(doc.text.slice(from, from + 30));
  const continues = /^\s*(?:,|and)\s+/.exec(doc.text.slice(from, from + 8));
  const lead = connector ?? (portfolio && from === title.end && title.title !== 'Prime Minister' ? continues : null);
  if (!lead) return;
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(tokens, from + lead[0].length);
  if (first >= tokens.length || STATE_WORDS.has(tokens[first].lower)) return;
  let k = first;
  let lastWord = -1;
  let words = 0;
  while (k < tokens.length && tokens[k].sentence === tokens[first].sentence && tokens[k].start < limit) {
    const token = tokens[k];
    if (isOfficeWord(doc, token)) {
      lastWord = k;
      words++;
    } else if (!(isInnerWord(doc, token) || (words > 0 && INNER_JOINERS.has(token.lower)))) break;
    k++;
  }
  // A run that only continues the portfolio after "and" or a comma needs two words ("and Energy Industries"; not ", Sultan bin …").
  if (lastWord < 0 || (!connector && words < 2)) return;
  let end = lastWord + 1;
  const after = tokens[end];
  // A name follows the run: a word that is no English word, or a comma, bracket or colon ("Minister of Gas, Ana Ruiz").
  const nameFollows = after !== undefined && ((isCapitalised(after.text) && !isOfficeWord(doc, after)) || /^[,;:)]$/.test(after.text));
  if (!apposition && !nameFollows) {
    // The name is inside the run: two words of it at least, else the run is no portfolio.
    if (words < 3) return;
    end -= 2;
    while (end > first && !isOfficeWord(doc, tokens[end - 1])) end--;
  }
  if (end > first) extend(doc, title, tokens[end - 1].end, from);
}

/**
 * After the title's country, the country of accreditation ("ambassador of Oman to Qatar") or a
 * remit ("Special Envoy of the President of Peru for Regional Affairs").
 */
export function readRemitAfterCountry(doc: AnnotatedDocument, title: TitleMention, limit: number): void {
  if (title.nameFrom <= title.end) return;
  const countryEnd = title.nameFrom;
  readAccreditation(doc, title, countryEnd);
  if (title.nameFrom === countryEnd) readPortfolioWords(doc, title, limit, false, countryEnd);
}

/**
 * "CEO of Acme Chile, Mr. Juan Perez", "Chairman of Supervisory Council of Ganja Automobile Plant
 * Khanlar Fatiyev": an office that takes no portfolio, followed by capitalised words, heads the
 * body they name, up to a comma or, without one, up to the last two words, which are the name.
 */
export function readHeadedBody(doc: AnnotatedDocument, title: TitleMention, limit: number): void {
  // "Kamran Nazarov, executive director of the Ganja Automobile Plant": the name was before the title.
  const apposition = isApposed(doc, title);
  if (TAKES_PORTFOLIO.test(title.title) || title.organization || title.nameFrom > title.end) return;
  const lead = /^\s+(?:of|at)\s+(?:the\s+)?/i.exec(doc.text.slice(title.end, title.end + 12));
  if (!lead) return;
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(tokens, title.end + lead[0].length);
  if (first >= tokens.length || STATE_WORDS.has(tokens[first].lower) || !isCapitalised(tokens[first].text)) return;
  let k = first;
  let last = -1;
  while (k < tokens.length && tokens[k].sentence === tokens[first].sentence && tokens[k].start < limit) {
    const token = tokens[k];
    if (isCapitalised(token.text) && /^[\p{L}.&-]+$/u.test(token.text) && !HONORIFIC_CAPITALS.has(token.text)) last = k;
    else if (!(last >= 0 && BODY_JOINERS.has(token.lower))) break;
    k++;
  }
  if (last < 0) return;
  let end = last + 1;
  if (!apposition && !/^[,(]$/.test(tokens[end]?.text ?? '')) {
    if (end - first < 3) return;
    end -= 2;
    while (end > first && BODY_JOINERS.has(tokens[end - 1].lower)) end--;
  }
  // A country alone is the title's nationality, read by the titles stage.
  const body = doc.text.slice(tokens[first].start, tokens[end - 1].end);
  if (countryMentionsIn(doc, tokens[first].start, tokens[end - 1].end).some((c) => c.start === tokens[first].start && c.end === tokens[end - 1].end)) return;
  // "Speaker of the House of Advisors": an office already named after its body goes on naming it.
  if (/ of /.test(title.written)) extend(doc, title, tokens[end - 1].end);
  else {
    title.organization = body;
    title.nameFrom = tokens[end - 1].end;
  }
}

/** "Chairman of Sudan's Sovereign Council", "President of Cambodia's National Assembly": a body of the title's country. */
export function readPossessedBody(doc: AnnotatedDocument, title: TitleMention, limit: number): void {
  if (title.countries.length !== 1 || !/^'s\s/.test(doc.text.slice(title.nameFrom, title.nameFrom + 3))) return;
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(tokens, title.nameFrom + 3);
  let end = first;
  while (end < tokens.length && tokens[end].start < limit && tokens[end].sentence === tokens[first]?.sentence && isOfficeWord(doc, tokens[end])) end++;
  if (end === first) return;
  title.written = `${title.written}${doc.text.slice(title.end, tokens[end - 1].end).replace(/\s+/g, ' ')}`;
  title.nameFrom = tokens[end - 1].end;
}

/** Words that say when an office was held, not which: "Former Secretary", "New Minister". */
const TIME_WORDS = new Set(['former', 'new', 'then', 'incoming', 'outgoing', 'late', 'current', 'previous', 'future', 'next', 'ex', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** "Business Secretary John Smith", "Culture Minister": a portfolio word the vocabulary does not list, before a bare office noun. */
function readPortfolioBefore(doc: AnnotatedDocument, title: TitleMention): void {
  if (!TAKES_PORTFOLIO.test(title.title) || title.written.includes(' ')) return;
  const at = tokenAtOrAfter(doc.tokens, title.start) - 1;
  const word = doc.tokens[at];
  if (!word || word.end + 1 !== title.start || word.sentence !== doc.tokens[at + 1]?.sentence) return;
  if (!isOfficeWord(doc, word) || TIME_WORDS.has(word.lower) || !/^(?:NOUN|PROPN|ADJ)$/.test(word.pos)) return;
  if (doc.organizations.some((o) => o.start <= word.start && word.end <= o.end)) return;
  title.written = `${word.text} ${title.written}`;
  title.start = word.start;
}

/** A title after a comma follows the name it describes. */
export function isApposed(doc: AnnotatedDocument, title: Span): boolean {
  return /,\s*(?:the\s+)?$/.test(doc.text.slice(Math.max(0, title.start - 8), title.start));
}

/** Reads the tail of a title; true when it took in the next title ("Adviser to the Prime Minister"). */
export function readOfficeTail(doc: AnnotatedDocument, title: TitleMention, next: TitleMention | undefined): boolean {
  const acting = /\b(acting|interim|pro-tempore)\s+$/i.exec(doc.text.slice(Math.max(0, title.start - 12), title.start));
  if (acting) {
    title.written = `${acting[1].toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())} ${title.written}`;
    title.start -= acting[0].length;
  }
  readPortfolioBefore(doc, title);
  if (mergeServedOffice(doc, title, next)) return true;
  const end = title.end;
  readAccreditation(doc, title);
  if (title.end === end) readPortfolioWords(doc, title, next?.start ?? Infinity, isApposed(doc, title));
  return false;
}
