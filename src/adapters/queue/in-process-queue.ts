// The job queue of the embedded database: jobs kept in this process's memory and worked by
// loops in this process, retried as the team queue retries them. PGlite admits one process,
// so there are no other workers to share with; jobs do not outlive the process.
import { randomUUID } from 'node:crypto';
import type { ArticleReport } from '../../ingest/ingest-inputs.ts';
import {
  DEFAULT_JOB_BATCH_SIZE, DEFAULT_RETRY_POLICY, type FailedIngestJob, type IngestBatchHandler, type IngestJob, type IngestJobOutcome,
  type IngestJobState, type IngestJobStatus, type IngestQueue, jobInput, type RetryPolicy, type WorkOptions,
} from '../../ingest/ingest-queue.ts';

interface Entry {
  id: string;
  job: IngestJob;
  state: IngestJobState;
  attempts: number;
  reason?: string;
  articles?: ArticleReport[];
  /** Epoch milliseconds before which a retry waits. */
  readyAt: number;
  failedAt?: string;
}

export interface InProcessQueueOptions {
  retry?: RetryPolicy;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class InProcessQueue implements IngestQueue {
  private readonly retry: RetryPolicy;
  /** In the order the jobs were enqueued, which is the order they are taken in. */
  private readonly entries = new Map<string, Entry>();
  private readonly loops: Promise<void>[] = [];
  /** Loops waiting for a job; each wakes when one is enqueued or a retry falls due. */
  private readonly sleepers = new Set<() => void>();
  private closed = false;

  constructor(options: InProcessQueueOptions = {}) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  async enqueue(jobs: readonly IngestJob[]): Promise<string[]> {
    const ids = jobs.map((job) => {
      const id = randomUUID();
      this.entries.set(id, { id, job, state: 'queued', attempts: 0, readyAt: 0 });
      return id;
    });
    this.wakeAll();
    return ids;
  }

  async work(handler: IngestBatchHandler, options: WorkOptions = {}): Promise<void> {
    if (this.closed) throw new Error('the queue is closed');
    const batchSize = options.batchSize ?? DEFAULT_JOB_BATCH_SIZE;
    for (let loop = 0; loop < (options.concurrency ?? 1); loop++) this.loops.push(this.workLoop(handler, batchSize));
  }

  async jobStatus(id: string): Promise<IngestJobStatus | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    return {
      id,
      input: jobInput(entry.job),
      state: entry.state,
      attempts: entry.attempts,
      ...(entry.reason === undefined ? {} : { reason: entry.reason }),
      ...(entry.articles === undefined ? {} : { articles: entry.articles }),
    };
  }

  async pendingCount(): Promise<number> {
    let pending = 0;
    for (const entry of this.entries.values()) if (entry.state !== 'done' && entry.state !== 'failed') pending++;
    return pending;
  }

  async failedJobs(options: { limit?: number } = {}): Promise<FailedIngestJob[]> {
    const failed: FailedIngestJob[] = [];
    for (const entry of this.entries.values()) {
      if (entry.state !== 'failed') continue;
      failed.push({ id: entry.id, input: jobInput(entry.job), reason: entry.reason ?? 'failed', attempts: entry.attempts, failedAt: entry.failedAt ?? new Date(0).toISOString() });
    }
    return failed.sort((a, b) => b.failedAt.localeCompare(a.failedAt)).slice(0, options.limit);
  }

  /** The jobs not yet done nor failed: after close, those that die with the process. */
  unfinishedJobs(): IngestJob[] {
    return [...this.entries.values()].filter((entry) => entry.state !== 'done' && entry.state !== 'failed').map((entry) => entry.job);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await Promise.all(this.loops);
  }

  private async workLoop(handler: IngestBatchHandler, batchSize: number): Promise<void> {
    while (!this.closed) {
      const batch = this.takeBatch(batchSize);
      if (batch.length === 0) {
        await this.sleep();
        continue;
      }
      let outcomes: IngestJobOutcome[];
      try {
        outcomes = await handler(batch.map((entry) => ({ id: entry.id, job: entry.job, finalAttempt: entry.attempts > this.retry.limit })));
      } catch (error) {
        outcomes = batch.map(() => ({ status: 'retry', reason: errorMessage(error) }));
      }
      batch.forEach((entry, index) => this.settle(entry, outcomes[index]));
    }
  }

  private takeBatch(batchSize: number): Entry[] {
    const now = Date.now();
    const batch: Entry[] = [];
    for (const entry of this.entries.values()) {
      if (batch.length === batchSize) break;
      if ((entry.state === 'queued' || entry.state === 'retrying') && entry.readyAt <= now) {
        entry.state = 'active';
        entry.attempts++;
        batch.push(entry);
      }
    }
    return batch;
  }

  private settle(entry: Entry, outcome: IngestJobOutcome): void {
    if (outcome.status === 'done') {
      entry.state = 'done';
      entry.articles = outcome.articles;
      delete entry.reason;
      return;
    }
    entry.reason = outcome.reason;
    if (outcome.status === 'failed' || entry.attempts > this.retry.limit) {
      entry.state = 'failed';
      entry.failedAt = new Date().toISOString();
      return;
    }
    entry.state = 'retrying';
    const factor = this.retry.backoff ? 2 ** (entry.attempts - 1) : 1;
    entry.readyAt = Date.now() + this.retry.delaySeconds * 1000 * factor;
  }

  /** Until a job is enqueued, the next retry falls due, or the queue closes. */
  private sleep(): Promise<void> {
    let nextRetry = Number.POSITIVE_INFINITY;
    for (const entry of this.entries.values()) if (entry.state === 'retrying') nextRetry = Math.min(nextRetry, entry.readyAt);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = Number.isFinite(nextRetry) ? setTimeout(wake, Math.max(0, nextRetry - Date.now())) : undefined;
      this.sleepers.add(wake);
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }
}
