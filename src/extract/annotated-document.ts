// The one document every extraction stage reads and adds a layer to (see STYLE.md).
// Every layer holds character offsets into `text`, which has exactly the length of the
// article body, so a span found on `text` is a span of the body.
import type { Article } from '../read/article.ts';
import type { VocabularyReading } from '../vocabulary/gazetteer.ts';
import type {
  EventFormat, EventType, InitiativeKind, InitiativeStatus, InstrumentKind, InstrumentStatus, Span, Stance,
} from '../record/schema.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lower case, made once: every stage compares words in lower case. */
  lower: string;
  /** The text as the vocabulary compares it (lower case, no diacritics, ASCII punctuation): the phrase matcher reads these tokens too. */
  folded: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADP, …). */
  pos: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of its first token; `tokenEnd` is one past its last. */
  tokenStart: number;
  tokenEnd: number;
  /** Set when the sentence is not running text: a photo caption, a broadcast cue, the dateline or an agency credit. */
  aside?: AsideKind;
}

/** What a stretch of the body is when it is not running text. */
export type AsideKind = 'caption' | 'broadcast cue' | 'dateline' | 'credit';

/** A stretch of the body that is not running text ("Photo: …", "[Soundbite]", "(MENAFN- …)", "MAP 11 March 2022"). */
export interface Aside extends Span {
  kind: AsideKind;
  /** The words of a date it carries ("11 March 2022" in a closing credit). */
  date?: Span;
}

/** The line that says where and when a wire story was filed: "BAKU, Azerbaijan, Feb. 20 / Trend:", "MANAMA, Feb 13 (KUNA) --". */
export interface Dateline extends Span {
  /** The place it was filed from ("BAKU", "New Delhi"). */
  place?: Span;
  /** What follows the place before the date: its country ("Azerbaijan") or an agency written like one ("MINA"). */
  qualifier?: Span;
  /** The words of its date ("Feb. 20"). */
  date?: Span;
  /** The date resolved by the dates stage; null when it has no year and no publication date gives one. */
  value?: string | null;
  /** The agency credited ("KUNA", "Trend"). */
  agency?: Span;
}

export interface CountryMention extends Span {
  code: string;
  form: 'name' | 'adjective' | 'demonym';
  /** Inside the name of something else ("Azerbaijan Airlines"); not a mention of the country itself. */
  insideName?: boolean;
}

export interface OrganizationMention extends Span {
  name: string;
  aliases: string[];
  kind?: 'international' | 'government' | 'company' | 'media' | 'other';
  country?: string;
}

export interface PlaceMention extends Span {
  name: string;
  kind?: 'city' | 'sea' | 'region' | 'other';
  country?: string;
  geo?: { lat: number; lon: number };
}

export interface TitleMention extends Span {
  /** Canonical title ("Foreign Minister"). */
  title: string;
  /** The title as written ("Minister for Foreign Affairs"), which a person's role reports. */
  written: string;
  level: number;
  plural: boolean;
  /** The nationality: "Kazakh", "Kazakhstan's", "of Kazakhstan", the body's country, or the first of "of X and Y". */
  country?: string;
  /** The body the office heads, named after it ("Chairman of the Board of Acme Corp"). */
  organization?: string;
  /** The countries after a title, in order ("Presidents of Ghana and Togo"). */
  countries: string[];
  /** Where the holder's name may begin: after the title and its country or body ("Minister of Energy of Kazakhstan |Erlan …"). */
  nameFrom: number;
  /** Another title of the same person as the title before it ("Deputy Prime Minister and |Foreign Minister X"). */
  joinedToPrevious: boolean;
}

export interface PersonMention extends Span {
  /** Index into `persons`. */
  person: number;
  /** How it names the person: full name, surname only, or title/description only. */
  via: 'name' | 'surname' | 'title' | 'pronoun';
}

export interface Person {
  name: string;
  aliases: string[];
  country?: string;
  /** Each role's canonical title (compared within the document) and its title as written (reported). */
  roles: { title: string; written?: string; country?: string; organization?: string }[];
  /** The first span that introduced the person by name. */
  firstMention: Span;
}

export interface DateMention extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when it cannot be resolved (no publication date). */
  value: string | null;
  text: string;
  /** Dates that name a span of time ("2025-2026") keep its end. */
  end_value?: string | null;
  /** True when the date is a range or period rather than a day an event took place. */
  isPeriod: boolean;
  /** Set when the date sits in a caption, the dateline or a credit: the lowest priority for an event's date. */
  aside?: AsideKind;
}

export interface InstrumentMention extends Span {
  /** Every place the article names this instrument, the first one included. */
  mentions: Span[];
  name: string;
  aliases: string[];
  kind: InstrumentKind;
  status: InstrumentStatus;
  period?: { start?: string; end?: string };
  parties: string[];
  /** A document quoted as the source of the report ("a joint statement said"), not an act in it. */
  quoted?: boolean;
  /** Where the instrument's status evidence sits (usually the sentence). */
  sentence: number;
}

export interface InitiativeMention extends Span {
  mentions: Span[];
  name: string;
  aliases: string[];
  kind: InitiativeKind;
  status: InitiativeStatus;
  partOf?: string;
  places: string[];
  sentence: number;
}

export interface ForumMention extends Span {
  mentions: Span[];
  name: string;
  aliases: string[];
  date?: string;
  place?: string;
  sentence: number;
}

export interface FigureMention extends Span {
  value: number;
  unit: string;
  text: string;
}

/** An event before entity ids exist: participants are references into the layers. */
export interface EventCandidate {
  type: EventType;
  sentence: number;
  trigger: Span;
  date: string | null;
  dateText?: string;
  persons: number[];
  countries: string[];
  organizations: string[];
  place?: string;
  instruments: string[];
  initiatives: string[];
  forum?: string;
  format: EventFormat[];
  stance?: Stance;
  /** Whom a statement is directed at ("praised Azerbaijan", "thanked Tokayev"): CAMEO's target, not a participant. */
  targets?: { persons: number[]; countries: string[] };
  sectors: string[];
  evidence: Span[];
  /** Named with "the" ("the meeting"): a reference to one already reported. */
  definite?: boolean;
  /** One of the dated happenings a plural noun lists ("meetings in A on May 3 and in B on June 4"): the same happening only as one of its date. */
  listed?: boolean;
  /** A signing of instruments still to be signed ("will be signed after the session"): an event only in a report of the day ahead. */
  scheduled?: boolean;
}

export interface AnnotatedDocument {
  article: Article;
  /**
   * The body with typographic quotes, apostrophes and dashes made ASCII and the line breaks that
   * only wrap a paragraph made spaces; same length.
   */
  text: string;
  /** From the header; when it gives none, from the dateline or a closing credit that gives a full date. */
  published: string | null;
  /** Captions, broadcast cues, the dateline and credits, in text order. */
  asides: Aside[];
  dateline?: Dateline;
  sentences: Sentence[];
  tokens: Token[];
  /** The vocabulary's own reading of the text (finer tokens, read along `tokens`; every gazetteer match), made by the gazetteer stage for the titles stage. */
  vocabulary: VocabularyReading;
  countries: CountryMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  /** The country the article's outlet speaks for, when it states one the article names too (src/extract/outlet-country.ts). */
  outletCountry?: string;
  titles: TitleMention[];
  persons: Person[];
  personMentions: PersonMention[];
  dates: DateMention[];
  instruments: InstrumentMention[];
  initiatives: InitiativeMention[];
  forums: ForumMention[];
  figures: FigureMention[];
  events: EventCandidate[];
}

export function createAnnotatedDocument(article: Article): AnnotatedDocument {
  return {
    article,
    text: article.body,
    published: article.published,
    asides: [],
    sentences: [],
    tokens: [],
    vocabulary: { tokens: [], mentions: [] },
    countries: [],
    organizations: [],
    places: [],
    titles: [],
    persons: [],
    personMentions: [],
    dates: [],
    instruments: [],
    initiatives: [],
    forums: [],
    figures: [],
    events: [],
  };
}

/**
 * The first sentences of running text, then the dateline when it gives a date: the story's own
 * words date its occasion before the day it was filed. Captions, cues and credits are passed over.
 */
export function openingSentences(doc: AnnotatedDocument, count: number): Sentence[] {
  const opening: Sentence[] = [];
  let dateline: Sentence | undefined;
  for (const s of doc.sentences) {
    if (opening.length === count) break;
    if (!s.aside) opening.push(s);
    else if (s.aside === 'dateline' && doc.dateline?.date !== undefined) dateline ??= s;
  }
  return dateline ? [...opening, dateline] : opening;
}

/** The sentence holding a character offset (binary search; sentences are sorted). */
export function sentenceAt(doc: AnnotatedDocument, offset: number): number {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(low, doc.sentences.length - 1));
}

/** The token that starts at a character offset, if one does (binary search; tokens are sorted). */
export function tokenStartingAt(doc: AnnotatedDocument, offset: number): number | undefined {
  let low = 0;
  let high = doc.tokens.length;
  // The last token starting at or before the offset.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 && doc.tokens[low - 1].start === offset ? low - 1 : undefined;
}
