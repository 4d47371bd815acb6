// Ingest of articles already read (pasted, uploaded): each new text extracted and the lot
// stored in one transaction; a text stored before is reported as a duplicate, not extracted again.
import type { Article } from '../ingest/article.ts';
import { documentIdentity } from '../extract/build-record.ts';
import { extractRecord } from '../extract/pipeline.ts';
import type { Record } from '../record/schema.ts';
import type { SaveOutcome, Store } from '../store/store.ts';

export interface IngestedArticle {
  article: Article;
  outcome: SaveOutcome;
  documentId: string;
  /** What extraction found in it; absent for a duplicate. */
  record?: Record;
}

export async function ingestArticles(store: Store, articles: readonly Article[], extract: (article: Article) => Record = extractRecord): Promise<IngestedArticle[]> {
  const results: (IngestedArticle | undefined)[] = [];
  const toSave: { index: number; article: Article; record: Record }[] = [];
  for (const [index, article] of articles.entries()) {
    const { id, sha256 } = documentIdentity(article.body);
    if (await store.hasDocument(sha256)) results[index] = { article, outcome: 'duplicate', documentId: id };
    else toSave.push({ index, article, record: extract(article) });
  }
  const saved = await store.saveDocuments(toSave.map(({ article, record }) => ({ article, record })));
  saved.forEach((result, position) => {
    const { index, article, record } = toSave[position];
    results[index] = { article, outcome: result.outcome, documentId: result.documentId, ...(result.outcome === 'duplicate' ? {} : { record }) };
  });
  return results.filter((result): result is IngestedArticle => result !== undefined);
}
