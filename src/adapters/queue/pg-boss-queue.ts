// The team's job queue: pg-boss 10 in the knowledge base's own PostgreSQL database (schema
// "pgboss"), so that any number of `bilat worker` processes, on any machines that reach the
// server, share the jobs: each batch is taken by one worker only (FOR UPDATE SKIP LOCKED).
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { ArticleReport } from '../../ingest/ingest-inputs.ts';
import {
  DEFAULT_JOB_BATCH_SIZE, DEFAULT_RETRY_POLICY, type FailedIngestJob, type IngestBatchHandler, type IngestJob, type IngestJobOutcome,
  type IngestJobState, type IngestJobStatus, type IngestQueue, jobInput, type RetryPolicy, type WorkOptions,
} from '../../ingest/ingest-queue.ts';
import { redactedUrl } from '../database/postgres.ts';

const QUEUE_NAME = 'bilat-ingest';
const SCHEMA = 'pgboss';
/** pg-boss's shortest: a worker whose batch took less waits this long before it asks again. */
const POLLING_INTERVAL_SECONDS = 0.5;
const POOL_SIZE = 4;
/** How long closing waits for the batches in hand before pg-boss fails them (to be retried). */
const CLOSE_TIMEOUT_MS = 5 * 60 * 1000;
// Jobs carry their articles' bytes: keep them only as long as someone may follow a job, not
// as a second copy of the knowledge base. What failed stays listed in the store's failures.
const RETENTION = { archiveCompletedAfterSeconds: 60 * 60, archiveFailedAfterSeconds: 24 * 60 * 60, deleteAfterDays: 2 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATES: { [state in PgBoss.JobWithMetadata['state']]: IngestJobState } = {
  created: 'queued', retry: 'retrying', active: 'active', completed: 'done', cancelled: 'failed', failed: 'failed',
};

export interface PgBossQueueOptions {
  retry?: RetryPolicy;
  /** Errors of pg-boss's own background work (polling, maintenance); default: printed on stderr. */
  onError?: (error: Error) => void;
}

/** What pg-boss keeps as a job's output: ours ({ articles } or { reason }), or its own error for a job it failed itself. */
function outputReason(output: unknown): string | undefined {
  if (typeof output !== 'object' || output === null) return undefined;
  if ('reason' in output && typeof output.reason === 'string') return output.reason;
  if ('message' in output && typeof output.message === 'string') return output.message;
  if ('value' in output) return typeof output.value === 'string' ? output.value : outputReason(output.value);
  return undefined;
}

function outputArticles(output: unknown): ArticleReport[] | undefined {
  if (typeof output !== 'object' || output === null || !('articles' in output) || !Array.isArray(output.articles)) return undefined;
  return output.articles;
}

interface FailedJobRow {
  id: string;
  data: IngestJob;
  output: unknown;
  attempts: number;
  failed_at: Date;
}

export class PgBossQueue implements IngestQueue {
  private closed = false;

  constructor(private readonly boss: PgBoss, private readonly retry: RetryPolicy, onError: (error: Error) => void) {
    // pg-boss lets go of its connections without waiting for them to close: one may still hear the server end it.
    boss.on('error', (error) => this.closed || onError(error));
  }

  async enqueue(jobs: readonly IngestJob[]): Promise<string[]> {
    const rows = jobs.map((job) => ({
      id: randomUUID(),
      name: QUEUE_NAME,
      data: job,
      retryLimit: this.retry.limit,
      retryDelay: this.retry.delaySeconds,
      retryBackoff: this.retry.backoff,
    }));
    if (rows.length > 0) await this.boss.insert(rows);
    return rows.map((row) => row.id);
  }

  async work(handler: IngestBatchHandler, options: WorkOptions = {}): Promise<void> {
    const workOptions = { batchSize: options.batchSize ?? DEFAULT_JOB_BATCH_SIZE, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS, includeMetadata: true } as const;
    // One pg-boss worker polls for one batch at a time: several keep several in hand.
    for (let worker = 0; worker < (options.concurrency ?? 1); worker++) {
      await this.boss.work<IngestJob>(QUEUE_NAME, workOptions, (jobs) => this.handleBatch(jobs, handler));
    }
  }

  async jobStatus(id: string): Promise<IngestJobStatus | undefined> {
    if (!UUID.test(id)) return undefined;
    const job = await this.boss.getJobById<IngestJob>(QUEUE_NAME, id, { includeArchive: true });
    if (!job) return undefined;
    const state = STATES[job.state];
    const reason = job.state === 'cancelled' ? 'cancelled' : state === 'failed' || state === 'retrying' ? outputReason(job.output) : undefined;
    const articles = state === 'done' ? outputArticles(job.output) : undefined;
    return {
      id: job.id,
      input: jobInput(job.data),
      state,
      attempts: job.startedOn ? job.retryCount + 1 : 0,
      ...(reason === undefined ? {} : { reason }),
      ...(articles === undefined ? {} : { articles }),
    };
  }

  async pendingCount(): Promise<number> {
    return (await this.boss.getQueueSize(QUEUE_NAME, { before: 'completed' })) ?? 0;
  }

  async failedJobs(options: { limit?: number } = {}): Promise<FailedIngestJob[]> {
    // pg-boss 10 has no call that lists jobs by state: read its tables (done jobs move to the archive after a while).
    const columns = `id, data, output, retry_count + 1 as attempts, completed_on as failed_at`;
    const { rows } = await this.boss.getDb().executeSql(
      `select ${columns} from ${SCHEMA}.job where name = $1 and state = 'failed'
       union all select ${columns} from ${SCHEMA}.archive where name = $1 and state = 'failed'
       order by failed_at desc limit $2`,
      [QUEUE_NAME, options.limit ?? null],
    );
    return (rows as FailedJobRow[]).map((row) => ({
      id: row.id,
      input: jobInput(row.data),
      reason: outputReason(row.output) ?? 'failed',
      attempts: row.attempts,
      failedAt: row.failed_at.toISOString(),
    }));
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: CLOSE_TIMEOUT_MS });
    this.closed = true;
  }

  private async handleBatch(jobs: PgBoss.JobWithMetadata<IngestJob>[], handler: IngestBatchHandler): Promise<void> {
    const outcomes = await handler(jobs.map((job) => ({ id: job.id, job: job.data, finalAttempt: job.retryCount >= job.retryLimit })));
    // Each job settled on its own, with its own output; pg-boss's completion of the batch afterwards finds none still active.
    await Promise.all(jobs.map((job, index) => this.settle(job.id, outcomes[index])));
  }

  private async settle(id: string, outcome: IngestJobOutcome): Promise<void> {
    if (outcome.status === 'done') {
      await this.boss.complete(QUEUE_NAME, id, { articles: outcome.articles });
      return;
    }
    if (outcome.status === 'failed') {
      // pg-boss retries every failure until the job's retry limit: lower it to the retries made, so that this one is final.
      await this.boss.getDb().executeSql(`update ${SCHEMA}.job set retry_limit = retry_count where name = $1 and id = $2`, [QUEUE_NAME, id]);
    }
    await this.boss.fail(QUEUE_NAME, id, { reason: outcome.reason });
  }
}

/** Connects to the database's queue, creating pg-boss's schema and the ingest queue on first use. */
export async function openPgBossQueue(url: string, options: PgBossQueueOptions = {}): Promise<PgBossQueue> {
  const boss = new PgBoss({ connectionString: url, schema: SCHEMA, max: POOL_SIZE, ...RETENTION });
  const queue = new PgBossQueue(boss, options.retry ?? DEFAULT_RETRY_POLICY, options.onError ?? ((error) => process.stderr.write(`bilat queue: ${error.message}\n`)));
  try {
    await boss.start();
    await boss.createQueue(QUEUE_NAME);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot use the job queue in the PostgreSQL database at ${redactedUrl(url)}: ${reason}. Check that the server runs and that the URL names it, with a user allowed to create a schema`, { cause: error });
  }
  return queue;
}
