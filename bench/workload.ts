// The text every engine of the bench reads: the development corpus (or the bundled seeds
// when ../shared is absent), repeated until the bodies reach a minimum size.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/read/article.ts';
import { readInput } from '../src/read/read-inputs.ts';

const CORPUS_FOLDER = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
/** Where synthetic bench documents draw their sentences: the corpus when it is beside the clone. */
export const SENTENCE_FOLDERS: readonly string[] = existsSync(CORPUS_FOLDER) ? [CORPUS_FOLDER] : [];
const EXAMPLES_FOLDER = fileURLToPath(new URL('../examples/', import.meta.url));

export interface BaseArticles {
  source: string;
  articles: Article[];
}

function articleFiles(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).filter((name) => pattern.test(name)).sort().map((name) => folder + name);
}

export async function loadBaseArticles(): Promise<BaseArticles> {
  const files = existsSync(CORPUS_FOLDER)
    ? articleFiles(CORPUS_FOLDER, /\.txt$/)
    : articleFiles(EXAMPLES_FOLDER, /^seed-.*\.txt$/);
  if (files.length === 0) throw new Error(`no articles to bench: neither ${CORPUS_FOLDER} nor ${EXAMPLES_FOLDER}seed-*.txt holds any`);
  const articles = (await Promise.all(files.map((file) => readInput(file)))).flat();
  const source = existsSync(CORPUS_FOLDER) ? CORPUS_FOLDER : `${EXAMPLES_FOLDER}seed-*.txt`;
  return { source, articles };
}

export function bodyBytes(articles: readonly Article[]): number {
  let bytes = 0;
  for (const article of articles) bytes += Buffer.byteLength(article.body, 'utf8');
  return bytes;
}

/** The base articles in order, again and again, until their bodies hold at least `minBytes`. */
export function repeatToSize(base: readonly Article[], minBytes: number): Article[] {
  const workload: Article[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const article of base) {
      workload.push(article);
      bytes += Buffer.byteLength(article.body, 'utf8');
    }
  }
  return workload;
}

/** Words as every engine of the bench counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
