// The bundled seeds and the articles written for the tests, read and extracted once per test
// file: real-genre articles and their Records.
import { expandInputs, readInput } from '../../src/read/read-inputs.ts';
import { extractRecord } from '../../src/extract/pipeline.ts';
import type { ExtractedArticle } from '../../src/store/store.ts';
import { ARTICLE_FOLDERS } from './synthetic-articles.ts';

let articles: Promise<ExtractedArticle[]> | undefined;

async function readArticles(): Promise<ExtractedArticle[]> {
  const items: ExtractedArticle[] = [];
  for (const file of await expandInputs([...ARTICLE_FOLDERS])) {
    for (const article of await readInput(file)) items.push({ article, record: extractRecord(article) });
  }
  return items;
}

export function extractedArticles(): Promise<ExtractedArticle[]> {
  return (articles ??= readArticles());
}

/** The article whose file name ends with `name` ("seed-000.txt", "chile-sweden-ratification.txt"). */
export async function corpusArticle(name: string): Promise<ExtractedArticle> {
  const found = (await extractedArticles()).find(({ article }) => article.file.endsWith(name));
  if (!found) throw new Error(`neither examples/ nor test/fixtures/articles/ holds ${name}`);
  return found;
}
