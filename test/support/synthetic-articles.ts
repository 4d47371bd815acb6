// Many articles of the real genre, for tests and benchmarks that need hundreds or thousands of
// documents: sentences of real articles recombined, their countries, people, cities and years
// replaced by others, deterministic for a seed. Tests draw on the bundled seeds and the
// articles written for them; the benchmarks on the development corpus when it is beside the
// clone. Some articles are retellings of earlier ones (near-duplicates), as wire copies are.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs, readInput } from '../../src/read/read-inputs.ts';
import { annotate } from '../../src/extract/pipeline.ts';
import { countryByCode, type CountryInfo } from '../../src/vocabulary/countries.ts';

/** The two seed articles bundled with bilat. */
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
/** Articles written for the tests (test/fixtures/README.md). */
export const TEST_ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
/** Every article a test may read: the seeds and the articles written for the tests. */
export const ARTICLE_FOLDERS: readonly string[] = [EXAMPLES, TEST_ARTICLES];

/** The countries the articles are about, pairs drawn from them: few enough that every pair is busy. */
export const SYNTHETIC_COUNTRIES: readonly string[] = [
  'AZE', 'KAZ', 'GEO', 'UZB', 'KGZ', 'MNG', 'TUR', 'IND', 'BRA', 'ZAF', 'KEN', 'PER', 'VNM', 'IDN', 'POL', 'EGY',
];
/** Countries that stand in for third countries a sentence names beside the pair. */
const THIRD_COUNTRIES: readonly string[] = ['CHN', 'USA', 'RUS', 'FRA', 'DEU', 'JPN', 'ARG', 'NGA', 'SAU', 'ESP'];
export const FIRST_YEAR = 2012;
export const YEARS = 14;

const GIVEN_NAMES = [
  'Rustam', 'Aliya', 'Timur', 'Nodira', 'Bakhyt', 'Elnur', 'Saida', 'Daniyar', 'Leyla', 'Askar', 'Gulnara', 'Farid',
  'Amara', 'Kofi', 'Lucia', 'Mateo', 'Priya', 'Arjun', 'Thanh', 'Linh', 'Budi', 'Sari', 'Ewa', 'Piotr', 'Nadia',
  'Omar', 'Thabo', 'Zanele', 'Wanjiru', 'Otieno', 'Camila', 'Diego', 'Mehmet', 'Elif', 'Bat-Erdene', 'Oyuun',
];
export const SURNAMES = [
  'Karimov', 'Abenova', 'Mammadli', 'Tursunov', 'Sadykova', 'Jafarov', 'Omarov', 'Nazarova', 'Ismayilov', 'Beisenov',
  'Mensah', 'Quispe', 'Huaman', 'Sharma', 'Reddy', 'Nguyen', 'Tran', 'Santoso', 'Wibowo', 'Kowalski', 'Nowak',
  'Haddad', 'Mahlangu', 'Dlamini', 'Kamau', 'Mwangi', 'Rojas', 'Ferreira', 'Yilmaz', 'Demir', 'Gantulga', 'Batbayar',
];
const OUTLETS = ['Trend', 'Kazinform', 'Report.az', 'The Daily Ledger', 'Wire Asia', 'Coastline Herald', 'Steppe Daily', 'Nordic Wire'];

/** mulberry32: a small seeded generator, so that a seed always gives the same articles. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stretch of a sentence to be replaced: a person's name or surname, a country, a city or a year. */
type Slot =
  | { start: number; end: number; kind: 'person'; person: number; surnameOnly: boolean }
  | { start: number; end: number; kind: 'country'; code: string; form: 'name' | 'adjective' | 'demonym' }
  | { start: number; end: number; kind: 'city'; country?: string }
  | { start: number; end: number; kind: 'year'; year: number };

interface PoolSentence {
  text: string;
  /** In text order, offsets into `text`. */
  slots: Slot[];
}

interface PoolArticle {
  sentences: PoolSentence[];
  /** The article's countries in order of first mention: the first two become the new pair. */
  countries: string[];
  /** The year it was published, which its years are shifted from; undefined when unknown. */
  year?: number;
}

/** The sentences of each article, with what may be replaced in them. */
export type SentencePool = readonly PoolArticle[];

const MIN_SENTENCE = 30;
const MAX_SENTENCE = 500;
const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b/g;

function slotsOf(text: string, sentenceStart: number, sentenceEnd: number, doc: ReturnType<typeof annotate>): Slot[] {
  const inside = (span: { start: number; end: number }) => span.start >= sentenceStart && span.end <= sentenceEnd;
  const slots: Slot[] = [];
  for (const mention of doc.personMentions) {
    if (!inside(mention) || (mention.via !== 'name' && mention.via !== 'surname')) continue;
    slots.push({ start: mention.start - sentenceStart, end: mention.end - sentenceStart, kind: 'person', person: mention.person, surnameOnly: mention.via === 'surname' });
  }
  for (const mention of doc.countries) {
    if (!inside(mention) || mention.insideName) continue;
    slots.push({ start: mention.start - sentenceStart, end: mention.end - sentenceStart, kind: 'country', code: mention.code, form: mention.form });
  }
  for (const place of doc.places) {
    if (!inside(place) || place.kind !== 'city') continue;
    slots.push({ start: place.start - sentenceStart, end: place.end - sentenceStart, kind: 'city', country: place.country });
  }
  for (const match of text.matchAll(YEAR)) {
    slots.push({ start: match.index, end: match.index + match[0].length, kind: 'year', year: Number(match[0]) });
  }
  // Overlapping readings (a year inside a name) keep the first, longest one.
  slots.sort((a, b) => a.start - b.start || b.end - a.end);
  return slots.filter((slot, index) => index === 0 || slot.start >= slots[index - 1].end);
}

export async function loadSentencePool(folders: readonly string[] = ARTICLE_FOLDERS): Promise<SentencePool> {
  const pool: PoolArticle[] = [];
  for (const file of await expandInputs([...folders])) {
    for (const article of await readInput(file)) {
      const doc = annotate(article);
      const sentences = doc.sentences
        .map((sentence) => {
          const text = article.body.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
          // Whitespace folded, so that the offsets only hold where nothing was folded.
          const raw = article.body.slice(sentence.start, sentence.end);
          return raw === text ? { text, slots: slotsOf(text, sentence.start, sentence.end, doc) } : { text, slots: [] };
        })
        .filter((sentence) => sentence.text.length >= MIN_SENTENCE && sentence.text.length <= MAX_SENTENCE);
      const countries = [...new Set(doc.countries.filter((mention) => !mention.insideName).map((mention) => mention.code))];
      const year = article.published ? Number(article.published.slice(0, 4)) : undefined;
      if (sentences.length >= 3) pool.push({ sentences, countries, ...(year ? { year } : {}) });
    }
  }
  return pool;
}

export interface SyntheticArticle {
  /** A file name: synthetic-00042.txt. */
  name: string;
  /** The article file: header, blank line, body. */
  text: string;
  title: string;
  /** The article this one retells, when it is a near-duplicate. */
  retells?: string;
}

export interface SyntheticOptions {
  /** Same seed, same articles; default 1. */
  seed?: number;
  /** At most this many sentences after the lead; default 12. */
  maxSentences?: number;
  /** The folders whose articles give the sentences; default and when empty: ARTICLE_FOLDERS. */
  sentenceFolders?: readonly string[];
  /** The share of articles that retell an earlier one in other words (0 to 1); default 0. */
  nearDuplicateShare?: number;
}

interface Casting {
  /** Source country code to the country written in its place. */
  countries: Map<string, CountryInfo>;
  /** "article:person" to the name written in its place. */
  people: Map<string, { full: string; surname: string }>;
}

function formOf(country: CountryInfo, form: 'name' | 'adjective' | 'demonym'): string {
  if (form === 'adjective') return country.adjectives[0] ?? country.name;
  if (form === 'demonym') return country.demonyms[0] ?? country.name;
  return country.name;
}

function countryOf(code: string): CountryInfo {
  const country = countryByCode(code);
  if (!country) throw new Error(`synthetic articles: no country ${code} in the gazetteer`);
  return country;
}

/** Writes a pool sentence with its slots replaced by the cast of this article. */
function recast(
  sentence: PoolSentence,
  source: number,
  casting: Casting,
  yearShift: number,
  pick: <T>(items: readonly T[]) => T,
): string {
  let text = '';
  let at = 0;
  for (const slot of sentence.slots) {
    text += sentence.text.slice(at, slot.start);
    at = slot.end;
    switch (slot.kind) {
      case 'person': {
        const key = `${source}:${slot.person}`;
        let person = casting.people.get(key);
        if (!person) {
          const surname = pick(SURNAMES);
          person = { full: `${pick(GIVEN_NAMES)} ${surname}`, surname };
          casting.people.set(key, person);
        }
        text += slot.surnameOnly ? person.surname : person.full;
        break;
      }
      case 'country': {
        let country = casting.countries.get(slot.code);
        if (!country) {
          const taken = new Set([...casting.countries.values()].map((c) => c.code));
          country = countryOf(pick(THIRD_COUNTRIES.filter((code) => !taken.has(code))));
          casting.countries.set(slot.code, country);
        }
        text += formOf(country, slot.form);
        break;
      }
      case 'city': {
        const country = slot.country ? casting.countries.get(slot.country) : undefined;
        text += country?.capital ?? sentence.text.slice(slot.start, slot.end);
        break;
      }
      case 'year':
        text += String(slot.year + yearShift);
        break;
    }
  }
  return text + sentence.text.slice(at);
}

/** Another outlet's retelling: a new first sentence, a sentence or two left out, nothing else changed. */
function retell(body: string, pick: <T>(items: readonly T[]) => T, random: () => number): string {
  const sentences = body.split(/(?<=[.!?]) (?=[A-Z“"])/);
  const kept = sentences.slice(1).filter(() => random() > 0.15);
  const lead = pick(['Officials said the talks went well.', 'The two sides met again, officials said.', 'Here is what was agreed, according to the ministries.']);
  return [lead, ...kept].join(' ');
}

export function generateSyntheticArticles(pool: SentencePool, count: number, options: SyntheticOptions = {}): SyntheticArticle[] {
  if (pool.length === 0) throw new Error('synthetic articles: the sentence pool is empty');
  const random = seededRandom(options.seed ?? 1);
  const maxSentences = options.maxSentences ?? 12;
  const nearDuplicateShare = options.nearDuplicateShare ?? 0;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const seen = new Set<string>();
  const articles: SyntheticArticle[] = [];
  /** The articles that retell none, which a near-duplicate retells. */
  const originals: SyntheticArticle[] = [];
  while (articles.length < count) {
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    const published = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const first = countryOf(pick(SYNTHETIC_COUNTRIES));
    let second = countryOf(pick(SYNTHETIC_COUNTRIES));
    while (second.code === first.code) second = countryOf(pick(SYNTHETIC_COUNTRIES));

    let body: string;
    let title = `${first.name} and ${second.name} discuss cooperation`;
    let retells: string | undefined;
    if (originals.length > 0 && random() < nearDuplicateShare) {
      const original = pick(originals);
      retells = original.name;
      title = original.title;
      body = retell(original.text.slice(original.text.indexOf('\n\n') + 2).trim(), pick, random);
    } else {
      // The lead and some sentences of one report in order, now and then a sentence of another.
      const sourceIndex = Math.floor(random() * pool.length);
      const source = pool[sourceIndex];
      const [lead, ...rest] = source.sentences;
      const chosen: { sentence: PoolSentence; source: number }[] = [{ sentence: lead, source: sourceIndex }];
      for (const sentence of rest) if (chosen.length <= maxSentences && random() < 0.6) chosen.push({ sentence, source: sourceIndex });
      if (random() < 0.5) {
        const otherIndex = Math.floor(random() * pool.length);
        chosen.push({ sentence: pick(pool[otherIndex].sentences), source: otherIndex });
      }
      const castings = new Map<number, Casting>();
      const castingOf = (index: number): Casting => {
        let casting = castings.get(index);
        if (!casting) {
          const [a, b] = pool[index].countries;
          casting = { countries: new Map(), people: new Map() };
          if (a) casting.countries.set(a, first);
          if (b) casting.countries.set(b, second);
          castings.set(index, casting);
        }
        return casting;
      };
      const yearShift = (index: number) => year - (pool[index].year ?? year);
      body = chosen.map(({ sentence, source: index }) => recast(sentence, index, castingOf(index), yearShift(index), pick)).join(' ');
    }
    if (seen.has(body)) continue;
    seen.add(body);
    const header = [
      `source: https://example.org/${published}/${articles.length + 1}`,
      `outlet: ${pick(OUTLETS)}`,
      `published: ${published}`,
      `title: ${title}`,
    ].join('\n');
    const name = `synthetic-${String(articles.length + 1).padStart(5, '0')}.txt`;
    const article: SyntheticArticle = { name, title, text: `${header}\n\n${body}\n`, ...(retells ? { retells } : {}) };
    articles.push(article);
    if (!retells) originals.push(article);
  }
  return articles;
}

/** Writes `count` synthetic article files into a folder and returns their paths. */
export async function writeSyntheticCorpus(directory: string, count: number, options: SyntheticOptions = {}): Promise<string[]> {
  const folders = options.sentenceFolders?.length ? options.sentenceFolders : ARTICLE_FOLDERS;
  const articles = generateSyntheticArticles(await loadSentencePool(folders), count, options);
  const paths: string[] = [];
  for (const article of articles) {
    const path = join(directory, article.name);
    await writeFile(path, article.text);
    paths.push(path);
  }
  return paths;
}
