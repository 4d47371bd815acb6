// Many short articles of the real genre, for tests and benchmarks that need hundreds or
// thousands of documents: sentences of real articles recombined, with other country pairs,
// other people and other dates, deterministic for a seed. Tests draw on the bundled seeds and
// the articles written for them; a benchmark may pass a larger folder.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs, readInput } from '../../src/ingest/read-inputs.ts';

/** The two seed articles bundled with bilat. */
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
/** Articles written for the tests (test/fixtures/README.md). */
export const TEST_ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
/** Every article a test may read: the seeds and the articles written for the tests. */
export const ARTICLE_FOLDERS: readonly string[] = [EXAMPLES, TEST_ARTICLES];

interface CountryForms {
  name: string;
  adjective: string;
  capital: string;
}

const COUNTRIES: readonly CountryForms[] = [
  { name: 'Azerbaijan', adjective: 'Azerbaijani', capital: 'Baku' },
  { name: 'Kazakhstan', adjective: 'Kazakh', capital: 'Astana' },
  { name: 'Georgia', adjective: 'Georgian', capital: 'Tbilisi' },
  { name: 'Uzbekistan', adjective: 'Uzbek', capital: 'Tashkent' },
  { name: 'Kyrgyzstan', adjective: 'Kyrgyz', capital: 'Bishkek' },
  { name: 'Mongolia', adjective: 'Mongolian', capital: 'Ulaanbaatar' },
  { name: 'Turkmenistan', adjective: 'Turkmen', capital: 'Ashgabat' },
  { name: 'Tajikistan', adjective: 'Tajik', capital: 'Dushanbe' },
];

const GIVEN_NAMES = ['Rustam', 'Aliya', 'Timur', 'Nodira', 'Bakhyt', 'Elnur', 'Saida', 'Daniyar', 'Leyla', 'Askar', 'Gulnara', 'Farid'];
const SURNAMES = ['Karimov', 'Abenova', 'Mammadli', 'Tursunov', 'Sadykova', 'Jafarov', 'Omarov', 'Nazarova', 'Ismayilov', 'Beisenov'];
const OUTLETS = ['Trend', 'Kazinform', 'Report.az', 'The Astana Times', 'News.Az', 'AKIpress', 'Daryo', 'Caspian News'];

/** The people of the two seed articles, whose names are swapped for generated ones. */
const SEED_PEOPLE = [
  ['Jeyhun', 'Bayramov'], ['Murat', 'Nurtleu'], ['Ali', 'Asadov'], ['Olzhas', 'Bektenov'],
  ['Ilham', 'Aliyev'], ['Kassym-Jomart', 'Tokayev'],
] as const;
const SEED_PAIR: readonly [CountryForms, CountryForms] = [COUNTRIES[0], COUNTRIES[1]];
const SEED_YEAR = 2025;

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

function splitSentences(body: string): string[] {
  return body
    .split(/\n+|(?<=[.!?])\s+(?=["“A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 40 && sentence.length <= 400);
}

/** The sentences of each article, in order. */
export type SentencePool = readonly (readonly string[])[];

export async function loadSentencePool(folders: readonly string[] = ARTICLE_FOLDERS): Promise<SentencePool> {
  const pool: string[][] = [];
  for (const file of await expandInputs([...folders])) {
    for (const article of await readInput(file)) {
      const sentences = splitSentences(article.body);
      if (sentences.length >= 3) pool.push(sentences);
    }
  }
  return pool;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replaceAll(text: string, replacements: ReadonlyMap<string, string>): string {
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return text.replace(new RegExp(`\\b(?:${keys.join('|')})\\b`, 'g'), (found) => replacements.get(found) ?? found);
}

export interface SyntheticArticle {
  /** A file name: synthetic-00042.txt. */
  name: string;
  /** The article file: header, blank line, body. */
  text: string;
}

export interface SyntheticOptions {
  /** Same seed, same articles; default 1. */
  seed?: number;
  /** At most this many sentences after the lead; default: as many as the report has. */
  maxSentences?: number;
  /** The folders whose articles give the sentences; default and when empty: ARTICLE_FOLDERS. */
  sentenceFolders?: readonly string[];
}

export function generateSyntheticArticles(pool: SentencePool, count: number, options: SyntheticOptions = {}): SyntheticArticle[] {
  const seed = options.seed ?? 1;
  const maxSentences = options.maxSentences ?? Number.POSITIVE_INFINITY;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const seen = new Set<string>();
  const articles: SyntheticArticle[] = [];
  while (articles.length < count) {
    const first = pick(COUNTRIES);
    let second = pick(COUNTRIES);
    while (second === first) second = pick(COUNTRIES);
    const year = 2012 + Math.floor(random() * 14);
    const published = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

    const replacements = new Map<string, string>();
    for (const [seedCountry, country] of [[SEED_PAIR[0], first], [SEED_PAIR[1], second]] as const) {
      replacements.set(seedCountry.name, country.name);
      replacements.set(seedCountry.adjective, country.adjective);
      replacements.set(seedCountry.capital, country.capital);
    }
    for (const [given, surname] of SEED_PEOPLE) {
      const newSurname = pick(SURNAMES);
      replacements.set(`${given} ${surname}`, `${pick(GIVEN_NAMES)} ${newSurname}`);
      replacements.set(surname, newSurname);
    }
    const shiftYears = (text: string) => text.replace(/\b20[12]\d\b/g, (y) => String(Number(y) + year - SEED_YEAR));

    // Mostly one report, its lead and some of its sentences in order, now and then a sentence of another.
    const [lead, ...rest] = pick(pool);
    const sentences = [lead, ...rest.filter(() => random() < 0.6).slice(0, maxSentences)];
    if (random() < 0.3) sentences.push(pick(pick(pool)));
    const body = sentences.map((sentence) => shiftYears(replaceAll(sentence, replacements))).join(' ');
    if (seen.has(body)) continue;
    seen.add(body);
    const outlet = pick(OUTLETS);
    const header = [
      `source: https://example.org/${published}/${articles.length + 1}`,
      `outlet: ${outlet}`,
      `published: ${published}`,
      `title: ${first.name} and ${second.name} discuss cooperation`,
    ].join('\n');
    articles.push({ name: `synthetic-${String(articles.length + 1).padStart(5, '0')}.txt`, text: `${header}\n\n${body}\n` });
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
