// Ingest: inputs read, each new article extracted, and stored in small batches, each batch
// one transaction. What is committed stays; a run stopped at any point (even by SIGKILL)
// is finished by running it again, which skips what is already stored by content hash.
import { type Article, InputError } from '../ingest/article.ts';
import { type ReadOptions, readInput } from '../ingest/read-inputs.ts';
import { documentIdentity } from '../extract/build-record.ts';
import { extractRecord } from '../extract/pipeline.ts';
import type { Record } from '../record/schema.ts';
import type { ExtractedArticle, Store } from '../store/store.ts';

export const DEFAULT_BATCH_SIZE = 25;
/** A batch is committed at the latest this long after its first article, so that slow extraction loses little on a crash. */
const MAX_BATCH_AGE_MS = 2000;

export type ArticleOutcome = 'new' | 'duplicate' | 'near-duplicate' | 'failed';

export interface ArticleReport {
  /** The article's input ("path", "-", or "path#N" for a feed item). */
  input: string;
  outcome: ArticleOutcome;
  documentId?: string;
  /** Why it failed, for the person who gave the input. */
  reason?: string;
}

export interface IngestSummary {
  inputs: number;
  articles: number;
  new: number;
  duplicate: number;
  /** Stored, and linked to the story of an earlier document it retells. */
  'near-duplicate': number;
  failed: number;
}

export interface IngestOptions {
  batchSize?: number;
  readOptions?: Omit<ReadOptions, 'onItemError'>;
  /** The extractor; extractRecord unless a test or tool supplies another. */
  extract?: (article: Article) => Record;
  /** Each article's outcome, once it is committed (new) or known (duplicate, failed). */
  onArticle?: (report: ArticleReport) => void;
  /** Each input, once all its articles are extracted. */
  onInputRead?: (input: string) => void;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function ingestInputs(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const extract = options.extract ?? extractRecord;
  const summary: IngestSummary = { inputs: inputs.length, articles: 0, new: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 };
  const report = (articleReport: ArticleReport) => {
    summary[articleReport.outcome]++;
    options.onArticle?.(articleReport);
  };
  const fail = async (input: string, reason: string) => {
    await store.recordFailure(input, reason);
    report({ input, outcome: 'failed', reason });
  };

  // Inputs that failed before and may succeed now; saving a document clears its own failure.
  const failedBefore = new Set((await store.listFailures()).map((failure) => failure.input));
  const clearFailure = async (input: string) => {
    if (failedBefore.delete(input)) await store.clearFailure(input);
  };

  let batch: ExtractedArticle[] = [];
  let batchStartedAt = 0;
  const hashesInRun = new Set<string>();

  const commit = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const results = await store.saveDocuments(items).catch(() => undefined);
    if (results) {
      results.forEach((result, index) => report({ input: items[index].article.file, outcome: result.outcome, documentId: result.documentId }));
      return;
    }
    // One bad record must not cost the others: store them one by one to find it.
    for (const item of items) {
      try {
        const result = await store.saveDocument(item.article, item.record);
        report({ input: item.article.file, outcome: result.outcome, documentId: result.documentId });
      } catch (error) {
        await fail(item.article.file, `could not be stored: ${errorMessage(error)}`);
      }
    }
  };

  for (const input of inputs) {
    const itemErrors: InputError[] = [];
    let articles: Article[];
    try {
      articles = await readInput(input, { ...options.readOptions, onItemError: (error) => itemErrors.push(error) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      await fail(error.input, error.reason);
      options.onInputRead?.(input);
      continue;
    }
    await clearFailure(input);
    for (const error of itemErrors) await fail(error.input, error.reason);

    for (const article of articles) {
      summary.articles++;
      const { sha256 } = documentIdentity(article.body);
      if (hashesInRun.has(sha256) || (await store.hasDocument(sha256))) {
        await clearFailure(article.file);
        report({ input: article.file, outcome: 'duplicate' });
        continue;
      }
      let record: Record;
      try {
        record = extract(article);
      } catch (error) {
        await fail(article.file, `extraction failed: ${errorMessage(error)}; please report it with this article`);
        continue;
      }
      hashesInRun.add(sha256);
      if (batch.length === 0) batchStartedAt = Date.now();
      batch.push({ article, record });
      if (batch.length >= batchSize || Date.now() - batchStartedAt >= MAX_BATCH_AGE_MS) await commit();
    }
    options.onInputRead?.(input);
  }
  await commit();
  return summary;
}
