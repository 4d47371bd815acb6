// What a worker does with a batch of ingest jobs: read each job's articles, extract the new
// ones, and store the whole batch in one transaction (one per job if the batch's fails).
// Each job gets its own outcome: a job that can never succeed (an InputError: empty, binary,
// no such page) fails for good at once; one that may (the database, the network) is retried
// until its last attempt. What fails for good is recorded in the store, as `bilat ingest` does.
import type { Article } from '../read/article.ts';
import type { ReadOptions } from '../read/read-inputs.ts';
import { fetchUrlBytes } from '../read/read-url.ts';
import type { Record } from '../record/schema.ts';
import type { ExtractedArticle, SaveResult, DocumentWriter } from '../store/store.ts';
import { type ArticleWorkers, inThreadWorkers } from './article-workers.ts';
import { type ArticleReport, type PreparedInput, prepareInput } from './ingest-inputs.ts';
import { type IngestJob, type IngestJobOutcome, jobInput, type QueuedIngestJob } from './ingest-queue.ts';

export interface JobIngestOptions {
  readOptions?: Pick<ReadOptions, 'maxBytes'>;
  /** Where inputs are read and articles extracted; this thread, with `extract`, unless given. */
  workers?: ArticleWorkers;
  /** The extractor in this thread; extractRecord unless a test or tool supplies another. Not used with `workers`. */
  extract?: (article: Article) => Record;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The job's bytes: carried in it, or fetched from its address. */
function jobBytes(job: IngestJob, readOptions: JobIngestOptions['readOptions'] = {}): Promise<Uint8Array> {
  return job.kind === 'url' ? fetchUrlBytes(job.url, readOptions) : Promise.resolve(Buffer.from(job.bytesBase64, 'base64'));
}

/** One job on its way through the batch. */
interface JobInHand {
  queued: QueuedIngestJob;
  /** In the input's order; those of articles to save are filled in once they are stored. */
  reports: (ArticleReport | undefined)[];
  toSave: { report: number; item: ExtractedArticle }[];
  /** Set when the job failed as a whole. */
  failure?: Extract<IngestJobOutcome, { status: 'retry' | 'failed' }>;
}

export async function ingestJobBatch(store: DocumentWriter, jobs: readonly QueuedIngestJob[], options: JobIngestOptions = {}): Promise<IngestJobOutcome[]> {
  const workers = options.workers ?? inThreadWorkers(options.extract);
  const inHand: JobInHand[] = jobs.map((queued) => ({ queued, reports: [], toSave: [] }));

  const failArticle = async (job: JobInHand, input: string, reason: string) => {
    await store.recordFailure(input, reason);
    job.reports.push({ input, outcome: 'failed', reason });
  };
  /** A failure of the whole job: for good when it can never succeed or this was its last try, recorded then under `inputs`. */
  const failJob = async (job: JobInHand, inputs: readonly string[], reason: string, forGood: boolean) => {
    if (forGood || job.queued.finalAttempt) {
      for (const input of inputs) await store.recordFailure(input, reason);
      job.failure = { status: 'failed', reason };
    } else {
      job.failure = { status: 'retry', reason };
    }
  };

  // Fetching, reading and extracting wait on the network and the workers: for the whole batch at once.
  const prepared: PreparedInput[] = await Promise.all(inHand.map(({ queued: { job } }) => (
    prepareInput((sha256) => store.hasDocument(sha256), workers, jobInput(job), () => jobBytes(job, options.readOptions), job.kind === 'article' ? job.given : undefined)
  )));

  for (const [index, job] of inHand.entries()) {
    const { input, failure, itemFailures, articles } = prepared[index];
    if (failure) {
      await failJob(job, [failure.input], failure.reason, failure.lasting);
      continue;
    }
    // A feed's own earlier failure (its articles have names of their own) is over once it is read.
    if (articles.some(({ article }) => article.file !== input)) await store.clearFailure(input);
    for (const itemFailure of itemFailures) await failArticle(job, itemFailure.input, itemFailure.reason);
    for (const item of articles) {
      if (item.status === 'stored') {
        await store.clearFailure(item.article.file);
        job.reports.push({ input: item.article.file, outcome: 'duplicate', documentId: item.documentId });
      } else if (item.status === 'failed') {
        // Reading and extraction are deterministic: trying again would fail again.
        await failArticle(job, item.input, item.reason);
      } else {
        job.toSave.push({ report: job.reports.length, item: { article: item.article, record: item.record } });
        job.reports.push(undefined);
      }
    }
  }

  const saving = inHand.filter((job) => !job.failure && job.toSave.length > 0);
  if ((await saveTogether(store, saving)) !== undefined) {
    // One job's bad record must not cost the others: store them job by job to find it.
    for (const job of saving) {
      const error = await saveTogether(store, [job]);
      if (error !== undefined) await failJob(job, job.toSave.map(({ item }) => item.article.file), `could not be stored: ${error}`, false);
    }
  }
  return inHand.map(outcomeOf);
}

/** Stores the jobs' new articles in one transaction and reports each; answers why when nothing could be stored. */
async function saveTogether(store: DocumentWriter, jobs: readonly JobInHand[]): Promise<string | undefined> {
  const items = jobs.flatMap((job) => job.toSave.map(({ item }) => item));
  if (items.length === 0) return undefined;
  let results: SaveResult[];
  try {
    results = await store.saveDocuments(items);
  } catch (error) {
    return errorMessage(error);
  }
  let next = 0;
  for (const job of jobs) {
    for (const { report, item } of job.toSave) {
      const { outcome, documentId } = results[next++];
      job.reports[report] = { input: item.article.file, outcome, documentId };
    }
  }
  return undefined;
}

function outcomeOf(job: JobInHand): IngestJobOutcome {
  if (job.failure) return job.failure;
  const reports = job.reports.filter((report) => report !== undefined);
  const failed = reports.filter((report) => report.outcome === 'failed');
  // Nothing of the input could be stored: the job failed, for the reasons already recorded.
  if (failed.length > 0 && failed.length === reports.length) {
    const reason = failed.length === 1 ? failed[0].reason ?? 'failed' : `all ${failed.length} articles failed; the first: ${failed[0].reason ?? 'failed'}`;
    return { status: 'failed', reason };
  }
  return { status: 'done', articles: reports };
}
