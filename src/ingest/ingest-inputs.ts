// Ingest: inputs read, each new article extracted, and stored in small batches, each batch
// one transaction. What is committed stays; a run stopped at any point (even by SIGKILL)
// is finished by running it again, which skips what is already stored by content hash.
// Every input fails alone, with a reason naming it, whatever went wrong with it: the
// `bilat ingest` command, pasted and uploaded articles and the queue's workers all ingest
// through prepareInput, and all but the workers through this loop.
import { type Article, type GivenMetadata, InputError, withGivenMetadata } from '../read/article.ts';
import { type ReadOptions, readInputBytes } from '../read/read-inputs.ts';
import { documentIdentity } from '../extract/build-record.ts';
import type { Record } from '../record/schema.ts';
import type { ExtractedArticle, DocumentWriter } from '../store/store.ts';
import { type ArticleWorkers, type InputFailure, inThreadWorkers } from './article-workers.ts';

export const DEFAULT_BATCH_SIZE = 100;
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

/** An input whose bytes are in hand (pasted, uploaded, queued), with what the person who gave it said about it. */
export interface GivenInput {
  input: string;
  bytes: Uint8Array;
  given?: GivenMetadata;
}

/** A path (or "-" for standard input), read here; or bytes in hand. */
export type InputToIngest = string | GivenInput;

export interface IngestOptions {
  batchSize?: number;
  readOptions?: Pick<ReadOptions, 'maxBytes' | 'stdin'>;
  /** Where inputs are read and articles extracted; this thread, with `extract`, unless given. */
  workers?: ArticleWorkers;
  /** The extractor in this thread; extractRecord unless a test or tool supplies another. Not used with `workers`. */
  extract?: (article: Article) => Record;
  /** Each article's outcome, once it is committed (new) or known (duplicate, failed), with the article and its Record where there are. */
  onArticle?: (report: ArticleReport, article?: Article, record?: Record) => void;
  /** Each input, once all its articles are extracted. */
  onInputRead?: (input: string) => void;
}

/** One article of an input, ready to store, already stored, or failed. */
export type PreparedArticle =
  | { status: 'stored'; article: Article; documentId: string }
  | { status: 'extracted'; article: Article; record: Record; sha256: string }
  | ({ status: 'failed'; article: Article } & InputFailure);

/** What one input came to before anything of it is stored. */
export interface PreparedInput {
  input: string;
  /** Set when the input as a whole failed; `lasting` is false for a failure that may pass (the network). */
  failure?: InputFailure & { lasting: boolean };
  /** Feed items that gave no article. */
  itemFailures: InputFailure[];
  articles: PreparedArticle[];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a text (by its SHA-256) is stored already, so that its article need not be extracted. */
export type StoredCheck = (sha256: string) => boolean | Promise<boolean>;

/**
 * Reads one input (its bytes from `bytes`, which throws InputError for an input that can never
 * be read and any other error for one that may be later) and extracts each of its articles not
 * stored yet. Only the store's errors are thrown: whatever else goes wrong fails the input.
 */
export async function prepareInput(isStored: StoredCheck, workers: ArticleWorkers, input: string, bytes: () => Promise<Uint8Array>, given?: GivenMetadata): Promise<PreparedInput> {
  let content: Uint8Array;
  try {
    content = await bytes();
  } catch (error) {
    const lasting = error instanceof InputError;
    return { input, failure: { input: lasting ? error.input : input, reason: lasting ? error.reason : errorMessage(error), lasting }, itemFailures: [], articles: [] };
  }
  const read = await workers.read(content, input);
  if (!read.ok) return { input, failure: { input: read.input, reason: read.reason, lasting: true }, itemFailures: [], articles: [] };
  const articles = await Promise.all(read.articles.map(async (readArticle): Promise<PreparedArticle> => {
    const article = withGivenMetadata(readArticle, given);
    const { id, sha256 } = documentIdentity(article.body);
    if (await isStored(sha256)) return { status: 'stored', article, documentId: id };
    const extracted = await workers.extract(article);
    return extracted.ok ? { status: 'extracted', article, record: extracted.record, sha256 } : { status: 'failed', article, input: extracted.input, reason: extracted.reason };
  }));
  return { input, itemFailures: read.itemFailures, articles };
}

/**
 * How a run tells what is stored before extracting. A run of more than a batch asks the store
 * once for every hash it holds rather than once per article: a query per article, which on
 * the embedded store (one query at a time) waits behind whatever batch is being committed.
 * A text stored meanwhile by another writer is still found a duplicate when its batch is saved.
 */
async function storedCheckFor(store: DocumentWriter, longRun: boolean): Promise<StoredCheck> {
  if (!longRun) return (sha256) => store.hasDocument(sha256);
  const stored = await store.documentHashes();
  return (sha256) => stored.has(sha256);
}

export async function ingestInputs(store: DocumentWriter, inputs: readonly InputToIngest[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const workers = options.workers ?? inThreadWorkers(options.extract);
  const summary: IngestSummary = { inputs: inputs.length, articles: 0, new: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 };
  const report = (articleReport: ArticleReport, article?: Article, record?: Record) => {
    summary[articleReport.outcome]++;
    options.onArticle?.(articleReport, article, record);
  };
  const fail = async (input: string, reason: string, article?: Article) => {
    await store.recordFailure(input, reason);
    report({ input, outcome: 'failed', reason }, article);
  };

  // Inputs that failed before and may succeed now; saving a document clears its own failure.
  const failedBefore = new Set((await store.listFailures()).map((failure) => failure.input));
  const clearFailure = async (input: string) => {
    if (failedBefore.delete(input)) await store.clearFailure(input);
  };

  const isStored = await storedCheckFor(store, inputs.length > batchSize);
  let batch: ExtractedArticle[] = [];
  let batchStartedAt = 0;
  const hashesInRun = new Set<string>();

  const commit = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const results = await store.saveDocuments(items).catch(() => undefined);
    if (results) {
      results.forEach((result, index) => report({ input: items[index].article.file, outcome: result.outcome, documentId: result.documentId }, items[index].article, items[index].record));
      return;
    }
    // One bad record must not cost the others: store them one by one to find it.
    for (const item of items) {
      try {
        const result = await store.saveDocument(item.article, item.record);
        report({ input: item.article.file, outcome: result.outcome, documentId: result.documentId }, item.article, item.record);
      } catch (error) {
        await fail(item.article.file, `could not be stored: ${errorMessage(error)}`, item.article);
      }
    }
  };

  const prepare = (input: InputToIngest): Promise<PreparedInput> => {
    const prepared = typeof input === 'string'
      ? prepareInput(isStored, workers, input, () => readInputBytes(input, options.readOptions))
      : prepareInput(isStored, workers, input.input, async () => input.bytes, input.given);
    // Awaited in its turn; until then a store error must not count as unhandled.
    prepared.catch(() => {});
    return prepared;
  };

  // Inputs are read and extracted ahead and stored in their order. Worker threads are given a
  // batch's worth more, to work on while a batch is committed: no more than that many inputs
  // are held in memory at once.
  const inputsAhead = Math.min(inputs.length, workers.offThread ? workers.parallelism + batchSize : workers.parallelism);
  const ahead: Promise<PreparedInput>[] = [];
  let next = 0;
  const prepareNext = () => {
    if (next < inputs.length) ahead.push(prepare(inputs[next++]));
  };
  for (let started = 0; started < inputsAhead; started++) prepareNext();
  while (ahead.length > 0) {
    const prepared = await ahead.shift()!;
    prepareNext();
    const { input } = prepared;
    if (prepared.failure) {
      await fail(prepared.failure.input, prepared.failure.reason);
      options.onInputRead?.(input);
      continue;
    }
    await clearFailure(input);
    for (const failure of prepared.itemFailures) await fail(failure.input, failure.reason);

    for (const item of prepared.articles) {
      summary.articles++;
      if (item.status === 'failed') {
        await fail(item.input, item.reason, item.article);
        continue;
      }
      if (item.status === 'stored' || hashesInRun.has(item.sha256)) {
        await clearFailure(item.article.file);
        report({ input: item.article.file, outcome: 'duplicate', ...(item.status === 'stored' ? { documentId: item.documentId } : {}) }, item.article);
        continue;
      }
      hashesInRun.add(item.sha256);
      if (batch.length === 0) batchStartedAt = Date.now();
      batch.push({ article: item.article, record: item.record });
      if (batch.length >= batchSize || Date.now() - batchStartedAt >= MAX_BATCH_AGE_MS) await commit();
    }
    options.onInputRead?.(input);
  }
  await commit();
  return summary;
}

/** What became of one article of a pasted or uploaded input, with its title and Record where it has them. */
export interface IngestedArticle extends ArticleReport {
  title?: string;
  /** What extraction found in it: for an article stored now. */
  record?: Record;
}

/**
 * Ingest of inputs given as bytes (pasted, uploaded): the loop above, stored in one
 * transaction, answering each article's outcome in the order of the inputs. An input that
 * cannot be read, or an article that cannot be extracted, is a `failed` outcome with its
 * reason, recorded as failed.
 */
export async function ingestGivenInputs(store: DocumentWriter, inputs: readonly GivenInput[], options: Pick<IngestOptions, 'workers' | 'extract'> = {}): Promise<IngestedArticle[]> {
  const results: IngestedArticle[] = [];
  await ingestInputs(store, inputs, {
    ...options,
    batchSize: Number.MAX_SAFE_INTEGER,
    onArticle: (report, article, record) => results.push({ ...report, ...(article?.title ? { title: article.title } : {}), ...(record ? { record } : {}) }),
  });
  // Failures and duplicates are known before the batch is stored: put each back in its input's place.
  const position = new Map(inputs.map(({ input }, index) => [input, index]));
  const inputOf = (article: string) => position.get(article) ?? position.get(article.replace(/#\d+$/, '')) ?? inputs.length;
  return results.sort((a, b) => inputOf(a.input) - inputOf(b.input));
}
