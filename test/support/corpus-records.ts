// The shared corpus read and extracted once per test file: the real articles and their Records.
import { expandInputs, readInput } from '../../src/ingest/read-inputs.ts';
import { extractRecord } from '../../src/extract/pipeline.ts';
import type { ExtractedArticle } from '../../src/store/store.ts';
import { SHARED_CORPUS } from './synthetic-articles.ts';

let corpus: Promise<ExtractedArticle[]> | undefined;

async function readCorpus(): Promise<ExtractedArticle[]> {
  const items: ExtractedArticle[] = [];
  for (const file of await expandInputs([SHARED_CORPUS])) {
    for (const article of await readInput(file)) items.push({ article, record: extractRecord(article) });
  }
  return items;
}

export function extractedCorpus(): Promise<ExtractedArticle[]> {
  return (corpus ??= readCorpus());
}

/** The corpus article whose file name ends with `name` ("seed-000.txt"). */
export async function corpusArticle(name: string): Promise<ExtractedArticle> {
  const found = (await extractedCorpus()).find(({ article }) => article.file.endsWith(name));
  if (!found) throw new Error(`the shared corpus has no ${name}`);
  return found;
}
