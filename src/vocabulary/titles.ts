// Titles of office and honorifics from data/titles.yaml. Fixed offices ("Prime Minister",
// "Vice Premier") are phrases; ministers are read as a pattern of an office noun and a
// portfolio ("Minister of Energy", "Energy Minister", "Deputy Minister of Foreign Affairs")
// so that every portfolio combines with every noun and deputy form without listing each.
import { loadDataFile } from './data-file.ts';
import { readVocabulary, type GazetteerMention, type VocabularyReading } from './gazetteer.ts';
import { ANY_WORD, isCapitalised, PhraseMatcher, tokenize, type PhraseMatch, type Token } from './phrase-matcher.ts';

/** 1 head of state, 2 head of government, 3 minister or deputy head, 4 everything else. */
export type TitleLevel = 1 | 2 | 3 | 4;

export interface Span {
  start: number;
  end: number;
}

export interface TitleMention {
  /** The title's own words: "Minister of Energy" in "Minister of Energy of Kazakhstan". */
  start: number;
  end: number;
  /** Canonical title: "Energy Minister", "Deputy Foreign Minister", "Prime Minister". */
  title: string;
  /**
   * The title as the text writes it, words capitalised ("Minister for Foreign Affairs",
   * "Vice Premier"), a plural in the singular ("Parliament Members" → "Parliament Member");
   * the canonical title for an acronym ("FM").
   */
  written: string;
  level: TitleLevel;
  /** Canonical portfolio ("Foreign Affairs", "Energy") where the title has one. */
  portfolio?: string;
  /** Further portfolios of a combined office ("Minister of Economy and Finance"). */
  otherPortfolios?: string[];
  /** "Presidents", "Foreign Ministers". */
  plural: boolean;
  /** Whether the title's first word is written with a capital. */
  capitalised: boolean;
  /** ISO3 of the country read from an "of Kazakhstan" tail or from the word before the title. */
  country?: string;
  /** Where that country was read: the whole "of the Republic of Kazakhstan" tail, or the "Kazakh" before. */
  countrySpan?: Span;
  /** Canonical name of an organisation the title belongs to ("Secretary-General of the United Nations", "UN Secretary-General"). */
  organization?: string;
  organizationSpan?: Span;
}

export interface HonorificMention {
  start: number;
  end: number;
  /** As written in data/titles.yaml: "His Excellency", "Mr.", "Sheikh". */
  honorific: string;
}

interface OfficeEntry {
  title: string;
  level: TitleLevel;
  portfolio?: string;
  variants: string[];
  deputy?: string;
  deputy_level?: TitleLevel;
  requires_of?: boolean;
}

interface FamilyEntry {
  title: string;
  bare?: string;
  /** Titles for particular portfolios that differ from the pattern ("Foreign Minister"). */
  overrides?: { [portfolio: string]: string };
  /** Keep the title as the text writes it ("Secretary of National Defense"). */
  written?: boolean;
  level: TitleLevel;
  deputy_level: TitleLevel;
  prefix_variants?: string[];
  suffix_variants?: string[];
}

interface PortfolioEntry {
  portfolio: string;
  short: string;
  variants: string[];
}

interface TitlesFile {
  offices: OfficeEntry[];
  families: FamilyEntry[];
  connectors: string[];
  deputy_modifiers: { canonical: string; variants: string[] }[];
  portfolios: PortfolioEntry[];
  portfolio_tails: string[];
  honorifics: string[];
}

type FixedPhrase =
  | { kind: 'office'; title: string; level: TitleLevel; portfolio?: string; plural: boolean; requiresOf: boolean }
  | { kind: 'honorific'; honorific: string };

interface FamilyNoun {
  family: FamilyEntry;
  plural: boolean;
  /** Suffix-only nouns ("Secretary of State") are no title without their portfolio. */
  bareAllowed: boolean;
}

interface TitleVocabulary {
  fixed: PhraseMatcher<FixedPhrase>;
  modifiers: PhraseMatcher<string>;
  portfolios: PhraseMatcher<PortfolioEntry>;
  /** Words that continue a portfolio's name ("Petroleum Resources"), folded. */
  portfolioTails: ReadonlySet<string>;
  prefixNouns: PhraseMatcher<FamilyNoun>;
  suffixNouns: PhraseMatcher<FamilyNoun>;
  connectors: PhraseMatcher<string>;
  /**
   * The words any title or honorific begins with, each with the words that may follow it: most
   * tokens are dismissed with one look-up, and most of the rest ("the", "cooperation") with a second.
   */
  openings: Map<string, ReadonlySet<string> | typeof ANY_WORD>;
}

interface ReadTitle {
  firstToken: number;
  endToken: number;
  title: string;
  level: TitleLevel;
  portfolio?: string;
  otherPortfolios?: string[];
  plural: boolean;
}

let vocabulary: TitleVocabulary | undefined;

/** "ex-President", "co-Chair" are titles although glued to the word before. */
const HYPHEN_PREFIXES = new Set(['ex', 'co']);

/** English plural of a title: the head noun changes ("Heads of State", "Secretaries-General"). */
export function pluraliseTitle(title: string): string {
  const ofAt = title.search(/ (?:of|for|in|at|to) | d'/);
  if (ofAt > 0) return pluraliseTitle(title.slice(0, ofAt)) + title.slice(ofAt);
  const general = /^(.*?)([- ])General$/.exec(title);
  if (general && general[1]) return `${pluraliseTitle(general[1])}${general[2]}General`;
  const words = title.split(' ');
  const last = words.pop() ?? '';
  return [...words, pluraliseWord(last)].join(' ');
}

function pluraliseWord(word: string): string {
  if (/[.\d]$/.test(word)) return word;
  if (/man$/.test(word)) return `${word.slice(0, -3)}men`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The phrase and, where English has one, its plural. */
function singularAndPlural(phrase: string): [string, boolean][] {
  const plural = pluraliseTitle(phrase);
  return plural === phrase ? [[phrase, false]] : [[phrase, false], [plural, true]];
}

function joinModifier(modifier: string, phrase: string): string {
  return modifier.endsWith('-') ? `${modifier}${phrase}` : `${modifier} ${phrase}`;
}

/** "First Deputy" before "President" makes "First Vice President": the office names its deputy. */
function deputyTitle(modifier: string, deputyOfOffice: string): string {
  return modifier === 'Deputy' ? deputyOfOffice : `${modifier.replace(/ Deputy$/, '')} ${deputyOfOffice}`;
}

function buildVocabulary(): TitleVocabulary {
  const file = loadDataFile<TitlesFile>('titles.yaml');
  const fixed = new PhraseMatcher<FixedPhrase>({ ignoreWordCase: true });
  const modifiers = new PhraseMatcher<string>({ ignoreWordCase: true });
  for (const modifier of file.deputy_modifiers) {
    for (const variant of modifier.variants) modifiers.add(variant, modifier.canonical);
  }
  for (const office of file.offices) {
    const requiresOf = office.requires_of === true;
    const portfolio = office.portfolio ? { portfolio: office.portfolio } : {};
    for (const variant of office.variants) {
      for (const [phrase, plural] of singularAndPlural(variant)) {
        fixed.add(phrase, { kind: 'office', title: office.title, level: office.level, ...portfolio, plural, requiresOf });
        if (!office.deputy) continue;
        for (const modifier of file.deputy_modifiers) {
          const title = deputyTitle(modifier.canonical, office.deputy);
          const level = office.deputy_level ?? 4;
          for (const modifierVariant of modifier.variants) {
            fixed.add(joinModifier(modifierVariant, phrase), { kind: 'office', title, level, ...portfolio, plural, requiresOf });
          }
        }
      }
    }
  }
  for (const honorific of file.honorifics) {
    fixed.add(honorific, { kind: 'honorific', honorific }, { ignoreWordCase: false });
  }
  const portfolios = new PhraseMatcher<PortfolioEntry>({ ignoreWordCase: true });
  for (const portfolio of file.portfolios) {
    for (const variant of portfolio.variants) portfolios.add(variant, portfolio);
  }
  const prefixNouns = new PhraseMatcher<FamilyNoun>({ ignoreWordCase: true });
  const suffixNouns = new PhraseMatcher<FamilyNoun>({ ignoreWordCase: true });
  for (const family of file.families) {
    const bareNouns = new Set(family.prefix_variants ?? []);
    for (const variant of family.prefix_variants ?? []) {
      for (const [phrase, plural] of singularAndPlural(variant)) prefixNouns.add(phrase, { family, plural, bareAllowed: true });
    }
    for (const variant of family.suffix_variants ?? []) {
      const bareAllowed = family.bare !== undefined && bareNouns.has(variant);
      for (const [phrase, plural] of singularAndPlural(variant)) suffixNouns.add(phrase, { family, plural, bareAllowed });
    }
  }
  const connectors = new PhraseMatcher<string>({ ignoreWordCase: true });
  for (const connector of file.connectors) connectors.add(connector, connector);
  // Every reading of a title starts with one of these matchers at its first token.
  const openings = new Map<string, ReadonlySet<string> | typeof ANY_WORD>();
  for (const matcher of [fixed, modifiers, portfolios, prefixNouns, suffixNouns]) {
    for (const [first, seconds] of matcher.openings()) {
      const known = openings.get(first);
      openings.set(first, known === ANY_WORD || seconds === ANY_WORD ? ANY_WORD : new Set([...(known ?? []), ...seconds]));
    }
  }
  const portfolioTails = new Set(file.portfolio_tails.map((word) => word.toLowerCase()));
  return { fixed, modifiers, portfolios, portfolioTails, prefixNouns, suffixNouns, connectors, openings };
}

function titleVocabulary(): TitleVocabulary {
  vocabulary ??= buildVocabulary();
  return vocabulary;
}

/** "Economy and Finance", "Trade, Industry and Energy": the first portfolio and the others. */
function readPortfolios(
  words: TitleVocabulary,
  tokens: readonly Token[],
  first: number,
): { endToken: number; main: PortfolioEntry; others: PortfolioEntry[] } | undefined {
  const main = words.portfolios.matchAt(tokens, first);
  if (!main) return undefined;
  const others: PortfolioEntry[] = [];
  let endToken = readTails(words, tokens, main.endToken);
  for (;;) {
    const joiner = tokens[endToken]?.folded;
    if (joiner !== 'and' && joiner !== ',') break;
    const next = words.portfolios.matchAt(tokens, endToken + 1);
    if (!next || next.value === main.value) break;
    others.push(next.value);
    endToken = readTails(words, tokens, next.endToken);
  }
  return { endToken, main: main.value, others };
}

/** Past the capitalised words that continue a portfolio's name ("Petroleum Resources"). */
function readTails(words: TitleVocabulary, tokens: readonly Token[], endToken: number): number {
  while (tokens[endToken] && /^\p{Lu}/u.test(tokens[endToken].text) && words.portfolioTails.has(tokens[endToken].folded)) endToken++;
  return endToken;
}

const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to']);

function writtenTitle(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => (MINOR_WORDS.has(t.folded) ? t.folded : t.text.charAt(0).toUpperCase() + t.text.slice(1))).join(' ').replace(/ ([,-]) ?/g, '$1 ').replace(/- /g, '-');
}

function familyTitle(family: FamilyEntry, portfolio: PortfolioEntry | undefined, others: PortfolioEntry[], modifier: string | undefined, written: () => string): string {
  // "Minister of Mining and Energy": a compound office keeps all its portfolios.
  const portfolioName = [portfolio, ...others].map((p) => p?.portfolio).join(' and ');
  const base = !portfolio
    ? (family.bare ?? family.title)
    : family.written
      ? written()
      : (others.length === 0 ? family.overrides?.[portfolio.portfolio] : undefined) ?? family.title.replace('{portfolio}', portfolio.short).replace('{portfolio_name}', portfolioName);
  return modifier ? `${modifier} ${base}` : base;
}

/** Where a family title is read: its first token, and where its noun starts after a deputy modifier. */
interface FamilyTitleStart {
  tokens: readonly Token[];
  first: number;
  start: number;
  modifier: PhraseMatch<string> | undefined;
}

function familyReading(
  at: FamilyTitleStart,
  noun: PhraseMatch<FamilyNoun>,
  endToken: number,
  portfolios?: { main: PortfolioEntry; others: PortfolioEntry[] },
): ReadTitle {
  return {
    firstToken: at.first,
    endToken,
    // Written out only for a family whose title is kept as written: most readings are not.
    title: familyTitle(noun.value.family, portfolios?.main, portfolios?.others ?? [], at.modifier?.value, () => writtenTitle(at.tokens, at.start, endToken)),
    level: at.modifier ? noun.value.family.deputy_level : noun.value.family.level,
    ...(portfolios ? { portfolio: portfolios.main.portfolio } : {}),
    ...(portfolios && portfolios.others.length > 0 ? { otherPortfolios: portfolios.others.map((other) => other.portfolio) } : {}),
    plural: noun.value.plural,
  };
}

function readFamilyTitle(words: TitleVocabulary, tokens: readonly Token[], first: number): ReadTitle | undefined {
  const modifier = words.modifiers.matchAt(tokens, first);
  const start = modifier ? modifier.endToken : first;
  const at: FamilyTitleStart = { tokens, first, start, modifier };
  const readings: ReadTitle[] = [];
  const prefixPortfolios = readPortfolios(words, tokens, start);
  if (prefixPortfolios) {
    const noun = words.prefixNouns.matchAt(tokens, prefixPortfolios.endToken);
    if (noun) readings.push(familyReading(at, noun, noun.endToken, prefixPortfolios));
  }
  const suffixNoun = words.suffixNouns.matchAt(tokens, start);
  if (suffixNoun) {
    const connector = words.connectors.matchAt(tokens, suffixNoun.endToken);
    const suffixPortfolios = connector ? readPortfolios(words, tokens, connector.endToken) : undefined;
    if (suffixPortfolios) readings.push(familyReading(at, suffixNoun, suffixPortfolios.endToken, suffixPortfolios));
    else if (suffixNoun.value.bareAllowed) readings.push(familyReading(at, suffixNoun, suffixNoun.endToken));
  }
  const bareNoun = words.prefixNouns.matchAt(tokens, start);
  if (bareNoun?.value.bareAllowed) readings.push(familyReading(at, bareNoun, bareNoun.endToken));
  return readings.sort((a, b) => b.endToken - a.endToken)[0];
}

type ScanResult =
  | { kind: 'title'; reading: ReadTitle }
  | { kind: 'honorific'; start: number; end: number; endToken: number; honorific: string };

/** The longest title or honorific at one token; a fixed office wins a tie with a pattern. */
function readAt(words: TitleVocabulary, tokens: readonly Token[], first: number): ScanResult | undefined {
  const fixed = words.fixed.matchAt(tokens, first);
  const family = readFamilyTitle(words, tokens, first);
  if (family && (!fixed || family.endToken > fixed.endToken)) return { kind: 'title', reading: family };
  if (!fixed) return undefined;
  const value = fixed.value;
  if (value.kind === 'honorific') {
    return { kind: 'honorific', start: fixed.start, end: fixed.end, endToken: fixed.endToken, honorific: value.honorific };
  }
  if (value.requiresOf && tokens[fixed.endToken]?.folded !== 'of') return undefined;
  return {
    kind: 'title',
    reading: {
      firstToken: first,
      endToken: fixed.endToken,
      title: value.title,
      level: value.level,
      ...(value.portfolio ? { portfolio: value.portfolio } : {}),
      plural: value.plural,
    },
  };
}

const HAS_LETTER = /\p{L}/u;

/** "Nur-Sultan": a title word glued by a hyphen to the word before it is part of a name. */
function isInsideHyphenatedName(tokens: readonly Token[], first: number): boolean {
  const hyphen = tokens[first - 1];
  const word = tokens[first - 2];
  const token = tokens[first];
  if (!hyphen || !word || !token || hyphen.text !== '-') return false;
  return word.end === hyphen.start && hyphen.end === token.start && HAS_LETTER.test(word.text) && !HYPHEN_PREFIXES.has(word.folded);
}

/** False where no title or honorific can start: no reading begins with the token, or with it and the next. */
function mayOpenTitle(words: TitleVocabulary, tokens: readonly Token[], first: number): boolean {
  const seconds = words.openings.get(tokens[first]!.folded);
  if (seconds === undefined || seconds === ANY_WORD) return seconds === ANY_WORD;
  const second = tokens[first + 1];
  return second !== undefined && seconds.has(second.folded);
}

function scan(tokens: readonly Token[]): ScanResult[] {
  const words = titleVocabulary();
  const results: ScanResult[] = [];
  let i = 0;
  while (i < tokens.length) {
    const result = !mayOpenTitle(words, tokens, i) || isInsideHyphenatedName(tokens, i) ? undefined : readAt(words, tokens, i);
    if (result) {
      results.push(result);
      i = result.kind === 'title' ? result.reading.endToken : result.endToken;
    } else {
      i++;
    }
  }
  return results;
}

interface MentionsByOffset {
  byStart: Map<number, GazetteerMention>;
  byEnd: Map<number, GazetteerMention>;
}

function indexMentions(mentions: readonly GazetteerMention[]): MentionsByOffset {
  const byStart = new Map<number, GazetteerMention>();
  const byEnd = new Map<number, GazetteerMention>();
  for (const mention of mentions) {
    byStart.set(mention.start, mention);
    byEnd.set(mention.end, mention);
  }
  return { byStart, byEnd };
}

/** "of Kazakhstan", "of the Republic of the Philippines", "of the United Nations" after the title. */
function mentionAfter(tokens: readonly Token[], endToken: number, mentions: MentionsByOffset): { mention: GazetteerMention; span: Span } | undefined {
  const of = tokens[endToken];
  if (of?.folded !== 'of') return undefined;
  let next = endToken + 1;
  let mention = mentions.byStart.get(tokens[next]?.start ?? -1);
  if (!mention && tokens[next]?.folded === 'the') {
    next++;
    mention = mentions.byStart.get(tokens[next]?.start ?? -1);
  }
  return mention ? { mention, span: { start: of.start, end: mention.end } } : undefined;
}

/** "Kazakh Foreign Minister", "Kazakhstan's Deputy Prime Minister", "UN Secretary-General". */
function mentionBefore(text: string, tokens: readonly Token[], firstToken: number, mentions: MentionsByOffset): GazetteerMention | undefined {
  const previous = tokens[firstToken - 1];
  if (!previous) return undefined;
  const adjacent = /^\s*$/.test(text.slice(previous.end, tokens[firstToken]?.start ?? previous.end));
  const direct = mentions.byEnd.get(previous.end);
  if (direct && adjacent) return direct;
  const apostrophe = tokens[firstToken - 2];
  if (previous.folded === 's' && apostrophe?.folded === "'") {
    const possessor = mentions.byEnd.get(apostrophe.start);
    if (possessor && adjacent) return possessor;
  }
  return undefined;
}

/** The singular of a plural title as written ("Parliament Members" → "Parliament Member"), when one word's singular gives it back. */
function singularTitle(plural: string): string | undefined {
  const words = plural.split(' ');
  for (let n = 0; n < words.length; n++) {
    const word = words[n];
    const candidates = [word.replace(/ies$/, 'y'), word.replace(/men$/, 'man'), word.replace(/es$/, ''), word.replace(/s$/, '')];
    for (const candidate of candidates) {
      if (candidate === word) continue;
      const singular = [...words.slice(0, n), candidate, ...words.slice(n + 1)].join(' ');
      if (pluraliseTitle(singular) === plural) return singular;
    }
  }
  return undefined;
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** The title's words as written; an acronym ("PM", "EAM") is written out as its canonical title. */
function writtenForm(tokens: readonly Token[], reading: ReadTitle): string {
  const words = tokens.slice(reading.firstToken, reading.endToken);
  if (words.some((t) => t.text.length >= 2 && ALL_CAPITALS.test(t.text))) return reading.title;
  return writtenTitle(tokens, reading.firstToken, reading.endToken);
}

/** Titles of office in running text, with the country or organisation each is attached to. */
export function findTitleMentions(text: string, reading: VocabularyReading = readVocabulary(text)): TitleMention[] {
  const tokens = reading.tokens;
  const results = scan(tokens);
  const mentions = indexMentions(reading.mentions);
  const titles: TitleMention[] = [];
  for (const result of results) {
    if (result.kind !== 'title') continue;
    const reading = result.reading;
    const first = tokens[reading.firstToken];
    const last = tokens[reading.endToken - 1];
    if (!first || !last) continue;
    const mention: TitleMention = {
      start: first.start,
      end: last.end,
      title: reading.title,
      written: reading.plural ? (singularTitle(writtenForm(tokens, reading)) ?? reading.title) : writtenForm(tokens, reading),
      level: reading.level,
      ...(reading.portfolio ? { portfolio: reading.portfolio } : {}),
      ...(reading.otherPortfolios ? { otherPortfolios: reading.otherPortfolios } : {}),
      plural: reading.plural,
      capitalised: isCapitalised(first.text),
    };
    const before = mentionBefore(text, tokens, reading.firstToken, mentions);
    const attached = [
      mentionAfter(tokens, reading.endToken, mentions),
      before ? { mention: before, span: { start: before.start, end: before.end } } : undefined,
    ];
    for (const found of attached) {
      if (!found) continue;
      if (found.mention.type === 'country' && mention.country === undefined) {
        mention.country = found.mention.code;
        mention.countrySpan = found.span;
      } else if (found.mention.type === 'organization' && mention.organization === undefined) {
        mention.organization = found.mention.org.name;
        mention.organizationSpan = found.span;
      }
    }
    titles.push(mention);
  }
  return titles;
}

/** Words of address and rank ("His Excellency", "Mr.", "Sheikh", "Gen.") to skip when reading names. */
export function findHonorificMentions(text: string): HonorificMention[] {
  const honorifics: HonorificMention[] = [];
  for (const result of scan(tokenize(text))) {
    if (result.kind === 'honorific') honorifics.push({ start: result.start, end: result.end, honorific: result.honorific });
  }
  return honorifics;
}

/**
 * The canonical title of a title written on its own ("Minister of Foreign Affairs" →
 * "Foreign Minister", "vice premier" → "Deputy Prime Minister"); undefined when the words are
 * not one title. A country or organisation around it ("Kazakh Foreign Minister") is allowed.
 */
export function canonicalTitle(raw: string): string | undefined {
  const text = raw.trim();
  const found = findTitleMentions(text);
  if (found.length !== 1) return undefined;
  const [mention] = found;
  if (!mention) return undefined;
  const covered = [mention, mention.countrySpan, mention.organizationSpan].filter((span): span is Span => span !== undefined);
  const start = Math.min(...covered.map((span) => span.start));
  const end = Math.max(...covered.map((span) => span.end));
  const outside = text.slice(0, start) + text.slice(end);
  return /^[\s'’s.,]*$/.test(outside) ? mention.title : undefined;
}

/** Builds the title index now rather than on the first scan. */
export function loadTitles(): void {
  titleVocabulary();
}
