// Ingest spread over workers: what a job is, what a worker makes of it, and the queue that
// carries jobs between the process that has the inputs and the processes that ingest them.
// The queue itself is an adapter (src/adapters/queue/): pg-boss on PostgreSQL for a team,
// in-process for the embedded database.
import type { GivenMetadata } from '../read/article.ts';
import type { ArticleReport } from './ingest-inputs.ts';

/**
 * One input to ingest. An article job carries the input's bytes (base64, so that PDFs
 * travel as JSON too) and its name, whose extension may tell the format; a URL job names
 * the address of a feed (or a page, a PDF), which the worker fetches.
 */
export type IngestJob =
  | { kind: 'article'; input: string; bytesBase64: string; given?: GivenMetadata }
  | { kind: 'url'; url: string };

export function articleJob(input: string, bytes: Uint8Array, given?: GivenMetadata): IngestJob {
  return { kind: 'article', input, bytesBase64: Buffer.from(bytes).toString('base64'), ...(given ? { given } : {}) };
}

export function urlJob(url: string): IngestJob {
  return { kind: 'url', url };
}

/** The input a job stands for, as failures and reports name it. */
export function jobInput(job: IngestJob): string {
  return job.kind === 'article' ? job.input : job.url;
}

/** A job as a worker receives it. */
export interface QueuedIngestJob {
  id: string;
  job: IngestJob;
  /** No retry follows if this attempt fails: a failure now is for good. */
  finalAttempt: boolean;
}

/**
 * What became of a job: done (each of its articles new, duplicate, near-duplicate or failed);
 * to be retried later (a failure that may pass: the database, the network); or failed for
 * good (it can never succeed, or this was its last attempt).
 */
export type IngestJobOutcome =
  | { status: 'done'; articles: ArticleReport[] }
  | { status: 'retry'; reason: string }
  | { status: 'failed'; reason: string };

/** Takes a batch of jobs and answers one outcome per job, in order. */
export type IngestBatchHandler = (jobs: readonly QueuedIngestJob[]) => Promise<IngestJobOutcome[]>;

export type IngestJobState = 'queued' | 'active' | 'retrying' | 'done' | 'failed';

export interface IngestJobStatus {
  id: string;
  input: string;
  state: IngestJobState;
  /** Attempts started so far. */
  attempts: number;
  /** retrying: why the last attempt failed; failed: why it failed for good. */
  reason?: string;
  /** done: what became of each of its articles. */
  articles?: ArticleReport[];
}

export interface FailedIngestJob {
  id: string;
  input: string;
  reason: string;
  attempts: number;
  failedAt: string;
}

/** How a job that failed for a reason that may pass is tried again: after delaySeconds, doubled each time when backoff. */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { limit: 3, delaySeconds: 10, backoff: true };

export interface WorkOptions {
  /** Jobs handed to the handler at once; default DEFAULT_JOB_BATCH_SIZE. */
  batchSize?: number;
  /** Batches in hand at once, so that one is extracted while another is stored; default 1. */
  concurrency?: number;
}

/** Large enough that a batch is one transaction of many documents (25 cost a third more per document), small enough that a stopped worker finishes it in seconds. */
export const DEFAULT_JOB_BATCH_SIZE = 50;

export interface IngestQueue {
  /** Adds the jobs; answers their ids, in order. */
  enqueue(jobs: readonly IngestJob[]): Promise<string[]>;
  /** Takes jobs in batches and hands them to the handler, until the queue is closed. */
  work(handler: IngestBatchHandler, options?: WorkOptions): Promise<void>;
  /** One job's state; undefined for an id the queue does not know (or no longer keeps). */
  jobStatus(id: string): Promise<IngestJobStatus | undefined>;
  /** Jobs not finished yet: queued, in hand or waiting for a retry. */
  pendingCount(): Promise<number>;
  /** Jobs that failed for good, with their reasons, the latest first. */
  failedJobs(options?: { limit?: number }): Promise<FailedIngestJob[]>;
  /** Stops taking jobs, lets the batches in hand finish, and lets go of the queue. */
  close(): Promise<void>;
}
