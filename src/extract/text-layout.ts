// The layout of an article body: which lines are not running text (photo captions, broadcast
// cues, the dateline, agency credits), and which line breaks only wrap a paragraph, as plain-text
// feeds and copied pages wrap at a fixed width. Read in one pass over the lines of the
// typography-normalised body; every offset is an offset into the body.
import type { Aside, AsideKind, Dateline } from './annotated-document.ts';
import { DATELINE_DATE, readDateline } from './dateline.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';
import { phraseSource } from './pattern-source.ts';

interface TextLayoutFile {
  picture_words: string[];
  credit_words: string[];
  position_markers: string[];
  position_phrases: string[];
  people_in_picture: string[];
  image_extensions: string[];
  broadcast_cues: string[];
  abbreviations: string[];
  continuing_words: string[];
  credit_openers: string[];
  max_wrap_width: number;
}

const vocabulary = loadDataFile<TextLayoutFile>('text-layout.yaml');

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
}

const PICTURE = alternation(vocabulary.picture_words);
const CREDIT = alternation([...vocabulary.picture_words, ...vocabulary.credit_words]);
const SENTENCE_END_BEFORE = `[.!?]["')\\]]?\\s+`;
/** "Photo: X", "Photo by X" as the whole line. */
const CREDIT_OPENING_LINE = new RegExp(`^(?:${CREDIT})\\s*(?::|\\bby\\b)\\s*\\S[^\\n]{0,100}$`, 'i');
/** "… Photo: X", "… Photo by X", "… - Credit: X" to the end of the line. */
const CREDIT_ENDING_LINE = new RegExp(`(?:${SENTENCE_END_BEFORE}|\\s-\\s)(?:${CREDIT})\\s*(?::|\\bby\\b)\\s*\\S[^\\n]{0,100}$`, 'i');
/** What CREDIT_ENDING_LINE cannot match without, besides a colon. */
const BY = /by/i;
/** The credits that end a caption are read on its last characters only. */
const CREDIT_TAIL = 160;
/** "… counterpart. Photo Ministry of Defence.", "… Rubio. Courtesy". */
const BARE_CREDIT_ENDING_LINE = new RegExp(`${SENTENCE_END_BEFORE}(?:(?:${PICTURE})\\s+\\p{Lu}[^\\n]{0,60}|(?:${CREDIT})\\.?\\s*)$`, 'iu');
/** "… 2024. CANDICE LUKE/ 24020788": a photographer's name in capitals and a picture number or agency. */
const PHOTOGRAPHER_ENDING_LINE = /[.!?]\s+\p{Lu}[\p{Lu}'.-]+(?:\s\p{Lu}[\p{Lu}'.-]+){0,3}\s?\/\s?\S{1,30}$/u;
const LETTER_MARKERS = vocabulary.position_markers.filter((m) => m.length === 1);
const WORD_MARKERS = vocabulary.position_markers.filter((m) => m.length > 1);
/**
 * A bracket that credits a picture or places someone in it, tried at each bracket of a line:
 * "(Photo)", "(Photos: Cabinet Office)", "[Photo by X]", "(Image: Supplied)", "(Bernama pic)",
 * "(left)", "(third from left)", "(2nd R)".
 */
const CAPTION_BRACKET = new RegExp([
  `[(\\[]\\s*(?:${CREDIT})\\s*(?:(?::|\\bby\\b)[^()\\[\\]\\n]{1,80})?[)\\]]`,
  `[(\\[][^()\\[\\]\\n]{1,40}\\s(?:${PICTURE})\\s*[)\\]]`,
  `\\((?:${alternation(WORD_MARKERS)})\\)`,
  `\\([^()\\n]{0,20}\\b(?:${alternation(vocabulary.position_phrases)})\\)`,
].join('|'), 'iy');
/** "Rojas (R)", "Diaz-Canel (i)": a one-letter marker right after a name, never after "and" ("items (a), (b) and (c)"). */
const LETTER_MARKER = new RegExp(`\\((?:${LETTER_MARKERS.join('|')})\\)`, 'y');
const NAME_BEFORE = /\p{Lu}[\p{Ll}'-]+\s?$/u;

/** Whether a bracket opened by `open` credits a picture or places someone in it. */
function hasCaptionBracketOpenedBy(line: string, open: '(' | '['): boolean {
  for (let at = line.indexOf(open); at >= 0; at = line.indexOf(open, at + 1)) {
    CAPTION_BRACKET.lastIndex = at;
    if (CAPTION_BRACKET.test(line)) return true;
    LETTER_MARKER.lastIndex = at;
    if (LETTER_MARKER.test(line) && NAME_BEFORE.test(line.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** Whether a bracket of the line credits a picture or places someone in it. */
function hasCaptionBracket(line: string): boolean {
  // indexOf finds the few brackets of a line faster than a look at each of its characters.
  return hasCaptionBracketOpenedBy(line, '(') || hasCaptionBracketOpenedBy(line, '[');
}

const PEOPLE_IN_PICTURE = new RegExp(`^(?:${alternation(vocabulary.people_in_picture)})\\s*[:,-]`, 'i');
const IMAGE_FILE = new RegExp(`^\\S+\\.(?:${vocabulary.image_extensions.join('|')})$`, 'i');
const BRACKETED_LABEL = /^\[\s*([^[\]\n]{1,30}?)\s*\]/;
const BROADCAST_CUES = new Set(vocabulary.broadcast_cues.map((c) => c.toLowerCase()));
const LABEL_WORDS = /^\p{L}[\p{L}'-]*(?:\s\p{L}[\p{L}'-]*){0,2}$/u;
const LIST_ITEM = /^(?:[-*\u2022\u00B7\u25AA\u25CF\u25E6\u2023]|\d{1,3}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s/;
/** "(MENAFN- Trend News Agency) …": a syndication credit before the story. */
const SYNDICATION_PREFIX = /^\((?:[^()\n]|\([^()\n]*\)){2,80}\)\s*(?=\S)/;
/** "Shafaq News/ …": an outlet credited before the story. */
const OUTLET_PREFIX = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\s?\/\s+(?=\p{Lu})/u;
/** "(Reporting by X; Editing by Y)", "Source: Xinhua". */
const CREDIT_LINE = new RegExp(`^[(\\[]?(?:${alternation(vocabulary.credit_openers)})(?:\\s*:|\\s+\\p{Lu})`, 'iu');
/** "Trend:" on a line of its own after the dateline. */
const AGENCY_LINE = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}\s*:?$/u;
/** "MAP 11 March 2022", "Nov. 17, 2022": the agency and date closing a story. */
const CLOSING_CREDIT = new RegExp(`^(?:\\p{Lu}[\\p{Lu}.-]+(?:\\s\\p{Lu}[\\p{L}.-]*){0,2}\\s+)?(${DATELINE_DATE})\\.?$`, 'u');
const HAS_YEAR = /\d{4}/;
const SENTENCE_END = /[.!?:;]["')\]]*$/;
const LAST_WORD_WITH_DOT = /(?:^|[\s(])([\p{L}.]+)\.["')\]]*$/u;
/** Where LAST_WORD_WITH_DOT may start, besides the line's start. */
const SPACE_OR_BRACKET = /[\s(]/u;
const ABBREVIATIONS = new Set(vocabulary.abbreviations.map((a) => a.toLowerCase()));
const LOWER_CASE = /\p{Ll}/u;
const CONTINUING_END = new RegExp(`(?:,|\\b(?:${alternation(vocabulary.continuing_words)}))$`, 'i');
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** How much of a line's end tells whether the line runs on. */
const LINE_END = 40;
/** Lines the dateline may open: the first lines of text, once captions and credits are passed. */
const DATELINE_LINES = 3;

type LineKind = 'blank' | 'text' | 'list item' | AsideKind;

interface Line {
  start: number;
  end: number;
  /** The line without its leading and trailing spaces. */
  from: number;
  to: number;
  kind: LineKind;
}

export interface TextLayout {
  /** The text with the line breaks that only wrap a paragraph made spaces; same length. */
  text: string;
  asides: Aside[];
  dateline?: Dateline;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    let to = end;
    while (from < to && text.charCodeAt(from) <= 32) from++;
    while (to > from && text.charCodeAt(to - 1) <= 32) to--;
    lines.push({ start, end, from, to, kind: from === to ? 'blank' : 'text' });
    start = end + 1;
  }
  return lines;
}

/** Whether a line is a photo caption: it credits a picture, places people in it, or names its file. */
export function isCaption(line: string): boolean {
  const tail = line.length > CREDIT_TAIL ? line.slice(-CREDIT_TAIL) : line;
  // A credit is tried only where its colon or "by" is, the photographer's only where its slash is.
  if ((tail.includes(':') || BY.test(tail)) && CREDIT_ENDING_LINE.test(tail)) return true;
  if (BARE_CREDIT_ENDING_LINE.test(tail) || (tail.includes('/') && PHOTOGRAPHER_ENDING_LINE.test(tail))) return true;
  if (CREDIT_OPENING_LINE.test(line) || PEOPLE_IN_PICTURE.test(line) || IMAGE_FILE.test(line)) return true;
  return hasCaptionBracket(line);
}

/**
 * The length of a broadcast cue opening a line, or 0: a known cue may lead the words it
 * introduces ("[Soundbite] X : …"); any other short label must stand alone on its line.
 */
function broadcastCueLength(line: string): number {
  const m = BRACKETED_LABEL.exec(line);
  if (!m) return 0;
  return BROADCAST_CUES.has(m[1].toLowerCase()) || (LABEL_WORDS.test(m[1]) && m[0].length === line.length) ? m[0].length : 0;
}

/** Whether a line ends in an abbreviation ("Mr.", "Feb.") or an initial ("M.V."), which do not end a sentence. */
function endsInAbbreviation(line: string): boolean {
  // A match starts at the line's last space or bracket, if it has one: the pattern, tried at
  // every offset, is tried from there only.
  let from = line.length - 1;
  while (from >= 0 && !SPACE_OR_BRACKET.test(line[from])) from--;
  const word = LAST_WORD_WITH_DOT.exec(from > 0 ? line.slice(from) : line)?.[1];
  return word !== undefined && (ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word));
}

function firstWordLength(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && text.charCodeAt(end) > 32) end++;
  return end - from;
}

/**
 * Whether the break between two lines of a block only wraps a paragraph: the first line runs on
 * (no sentence punctuation), the next is text, and either one of them shows the sentence goes on
 * (a lower-case start, a comma or a word like "of" at the end) or the first line was full (with
 * the next word it would have passed the block's width).
 */
function wraps(text: string, line: Line, next: Line, width: number): boolean {
  if ((line.kind !== 'text' && line.kind !== 'list item') || next.kind !== 'text') return false;
  // Only how the line ends matters here.
  const content = text.slice(Math.max(line.from, line.to - LINE_END), line.to);
  if (endsInAbbreviation(content) || CONTINUING_END.test(content) || (LOWER_CASE.test(text[next.from]) && !SENTENCE_END.test(content))) return true;
  if (SENTENCE_END.test(content) || width > vocabulary.max_wrap_width) return false;
  return line.to - line.from + 1 + firstWordLength(text, next.from, next.to) > 0.8 * width;
}

function joinWrappedLines(text: string, lines: Line[]): string {
  // The text up to `copiedTo`, its wrapping line breaks made spaces.
  let joined = '';
  let copiedTo = 0;
  let blockStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i].kind !== 'blank') continue;
    // lines[blockStart, i) is a block of non-blank lines.
    let width = 0;
    for (let j = blockStart; j < i; j++) width = Math.max(width, lines[j].to - lines[j].from);
    for (let j = blockStart; j + 1 < i; j++) {
      if (!wraps(text, lines[j], lines[j + 1], width)) continue;
      joined += `${text.slice(copiedTo, lines[j].end)} `;
      copiedTo = lines[j].end + 1;
    }
    blockStart = i + 1;
  }
  return copiedTo === 0 ? text : joined + text.slice(copiedTo);
}

function aside(kind: AsideKind, start: number, end: number): Aside {
  return { kind, start, end };
}

/** Captions, credits, cues and list items, line by line; a line wholly taken by an aside takes its kind. */
function classifyLines(text: string, lines: Line[], asides: Aside[]): void {
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    const content = text.slice(line.from, line.to);
    const cue = broadcastCueLength(content);
    if (isCaption(content)) {
      line.kind = 'caption';
      asides.push(aside('caption', line.from, line.to));
    } else if (CREDIT_LINE.test(content)) {
      line.kind = 'credit';
      asides.push(aside('credit', line.from, line.to));
    } else if (cue > 0) {
      asides.push(aside('broadcast cue', line.from, line.from + cue));
      if (cue === content.length) line.kind = 'broadcast cue';
    } else if (LIST_ITEM.test(content)) line.kind = 'list item';
  }
}

/** The credit before the story on its first line of text ("(MENAFN- KNN India) "), as a length. */
function prefixCreditLength(line: string): number {
  return (SYNDICATION_PREFIX.exec(line) ?? OUTLET_PREFIX.exec(line))?.[0].length ?? 0;
}

/** The dateline among the first lines of text, and the credits around it. */
function findDateline(text: string, lines: Line[], asides: Aside[]): Dateline | undefined {
  let seen = 0;
  let dateOnly: Dateline | undefined;
  for (let i = 0; i < lines.length && seen < DATELINE_LINES; i++) {
    const line = lines[i];
    if (line.kind !== 'text') continue;
    seen++;
    const content = text.slice(line.from, line.to);
    const credit = seen === 1 ? prefixCreditLength(content) : 0;
    if (credit > 0) asides.push(aside('credit', line.from, line.from + credit));
    let found = readDateline(content.slice(credit), line.from + credit, dateOnly !== undefined);
    // After the first line only the sure forms count: with a date, an agency or a place in capitals.
    if (found && seen > 1 && !dateOnly && !found.date && !found.agency && !/^[^\p{Ll}]+$/u.test(text.slice(found.place?.start ?? 0, found.place?.end ?? 0))) found = undefined;
    if (!found) {
      if (dateOnly) break;
      continue;
    }
    asides.push(aside('dateline', found.start, found.end));
    if (found.end >= line.to) line.kind = 'dateline';
    if (dateOnly) return { ...found, start: dateOnly.start, date: dateOnly.date };
    if (found.date && !found.place && !found.agency && found.end >= line.to) {
      dateOnly = found;
      continue;
    }
    agencyLineAfter(text, lines, i, found, asides);
    return found;
  }
  return dateOnly;
}

/** "BAKU, Azerbaijan, Feb. 20" then "Trend:" on the next line: the agency of the dateline. */
function agencyLineAfter(text: string, lines: Line[], index: number, dateline: Dateline, asides: Aside[]): void {
  if (dateline.end < lines[index].to || dateline.agency) return;
  let next = index + 1;
  while (next < lines.length && lines[next].kind === 'blank') next++;
  const line = lines[next];
  if (!line || line.kind !== 'text' || !AGENCY_LINE.test(text.slice(line.from, line.to)) || !text.slice(line.from, line.to).endsWith(':')) return;
  line.kind = 'dateline';
  asides.push(aside('dateline', line.from, line.to));
  dateline.agency = { start: line.from, end: line.to - 1 };
}

/** "MAP 11 March 2022" or "Nov. 17, 2022" on the story's last line: an agency's closing credit and date. */
function closingCredit(text: string, lines: Line[], asides: Aside[]): void {
  let last = lines.length - 1;
  while (last >= 0 && lines[last].kind === 'blank') last--;
  const line = lines[last];
  if (!line || line.kind !== 'text') return;
  const content = text.slice(line.from, line.to);
  const m = CLOSING_CREDIT.exec(content);
  if (!m || !HAS_YEAR.test(m[1])) return;
  line.kind = 'credit';
  const dateStart = line.from + content.lastIndexOf(m[1]);
  asides.push({ kind: 'credit', start: line.from, end: line.to, date: { start: dateStart, end: dateStart + m[1].length } });
}

/** The layout of a typography-normalised body. */
export function readTextLayout(text: string): TextLayout {
  const lines = readLines(text);
  const asides: Aside[] = [];
  classifyLines(text, lines, asides);
  const dateline = findDateline(text, lines, asides);
  closingCredit(text, lines, asides);
  asides.sort((a, b) => a.start - b.start);
  return { text: joinWrappedLines(text, lines), asides, ...(dateline ? { dateline } : {}) };
}
