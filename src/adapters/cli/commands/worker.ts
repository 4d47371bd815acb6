// bilat worker: takes ingest jobs from a PostgreSQL knowledge base's queue, in batches, and
// ingests them until it is stopped; SIGINT or SIGTERM lets the batches in hand finish first.
// It also polls the feeds that are due and queues what changed.
import { createColors } from 'picocolors';
import { type Command, type CommandIO, EXIT_BILAT_FAILED, UsageError } from '../command.ts';
import { parseByteSize } from '../option-values.ts';
import { parsePositiveInteger } from '../store-options.ts';
import { terminalSafe } from '../terminal-text.ts';
import { DEFAULT_TIME_LIMIT_SECONDS, openArticlePool } from '../../worker-pool/article-pool.ts';
import { ALLOW_NETWORKS_VARIABLE, AllowedNetworks } from '../../../read/public-address.ts';
import { DEFAULT_MAX_BYTES } from '../../../read/read-inputs.ts';
import { ingestJobBatch } from '../../../ingest/ingest-jobs.ts';
import { DEFAULT_JOB_BATCH_SIZE, DEFAULT_RETRY_POLICY, type IngestJobOutcome, jobInput, type QueuedIngestJob } from '../../../ingest/ingest-queue.ts';
import { publicFeedFetch, scheduleFeedPolling } from '../../../ingest/poll-feeds.ts';
import { describeLocation, openStore } from '../../database/open-store.ts';
import { openPgBossQueue } from '../../queue/pg-boss-queue.ts';

/**
 * One batch in hand. A lone worker gains from two (one batch extracted while the other waits
 * on the database), but several workers with two each hold row locks while descheduled and
 * wait on each other: two such workers stored 2,000 documents slower than one (23.5 s against
 * 20.5 s, waiting on locks a third of the time). More cores: more workers.
 */
const DEFAULT_CONCURRENCY = 1;
/** How often a worker looks for due feeds: the most a poll is late on its feed's schedule. */
const FEED_CHECK_SECONDS = 30;
/** Exit status of a worker stopped by a second signal, without waiting (as shells report SIGINT). */
const INTERRUPTED = 130;

interface Totals {
  jobs: number;
  new: number;
  duplicate: number;
  'near-duplicate': number;
  failed: number;
  retried: number;
}

function emptyTotals(): Totals {
  return { jobs: 0, new: 0, duplicate: 0, 'near-duplicate': 0, failed: 0, retried: 0 };
}

/** Articles by outcome; a job that failed as a whole counts as one failed, one to be retried as retried. */
function countOutcomes(outcomes: readonly IngestJobOutcome[]): Totals {
  const totals = emptyTotals();
  for (const outcome of outcomes) {
    totals.jobs++;
    if (outcome.status === 'retry') totals.retried++;
    else if (outcome.status === 'failed') totals.failed++;
    else for (const article of outcome.articles) totals[article.outcome]++;
  }
  return totals;
}

function addTotals(sum: Totals, more: Totals): void {
  for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += more[key];
}

function formatCounts(totals: Totals, colour: boolean): string {
  const c = createColors(colour);
  return [
    c.green(`${totals.new} new`), `${totals.duplicate} duplicate`, `${totals['near-duplicate']} near-duplicate`,
    totals.failed > 0 ? c.red(`${totals.failed} failed`) : '0 failed',
    totals.retried > 0 ? c.yellow(`${totals.retried} to retry`) : '0 to retry',
  ].join(', ');
}

/** Resolves at the first SIGINT or SIGTERM; a second one ends the process at once. */
function stopRequested(onSecond: () => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.once('SIGINT', onSecond);
      process.once('SIGTERM', onSecond);
      resolve(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}

export const workerCommand: Command = {
  name: 'worker',
  failureExitStatus: EXIT_BILAT_FAILED,
  options: {
    'database-url': { type: 'string' },
    concurrency: { type: 'string' },
    'batch-size': { type: 'string' },
    'max-bytes': { type: 'string' },
    'time-limit': { type: 'string' },
    threads: { type: 'string' },
    'no-feeds': { type: 'boolean' },
  },
  help: `Usage: bilat worker [--database-url URL] [--concurrency N] [--batch-size N]

Takes ingest jobs from the queue of a PostgreSQL knowledge base and ingests them — reads
each article, extracts its facts, stores them — until it is stopped. Jobs are queued by
"bilat ingest INPUT... --queue" and, in team mode, by uploads to "bilat serve". Start as
many workers as there are cores, on as many machines as reach the database: each job is
taken by one worker only, and a text stored twice is still stored once.

Jobs are taken in batches, each batch stored in one transaction. One line is printed per
batch. A job that fails for a reason that may pass (the database, the network) is tried
again up to ${DEFAULT_RETRY_POLICY.limit} times, waiting longer each time (from ${DEFAULT_RETRY_POLICY.delaySeconds} s); one that can never
succeed (empty, binary, no such page) fails at once. What fails for good is recorded with
its reason: "bilat ingest --failed" lists it.

Every worker also polls the feeds added with "bilat feeds add" when they fall due (it
looks every ${FEED_CHECK_SECONDS} s; a feed is polled by one worker only) and queues what changed.
Feeds and pages are fetched from public addresses only; ${ALLOW_NETWORKS_VARIABLE} (addresses or
prefixes, comma-separated) allows a private network ("bilat feeds --help" says more).

Inputs are read and extracted within the limits "bilat ingest --help" describes, in a
thread that is stopped when one runs over its time; such an input fails alone.

Exit status: 0 once stopped, 2 for a usage mistake, 3 when the worker itself failed (the
database could not be reached).

Ctrl-C or SIGTERM stops the worker once the batches in hand are stored (a second one stops
it at once; those jobs are then taken again later, by this worker or another).

Options:
  --database-url URL   the PostgreSQL knowledge base (default $DATABASE_URL)
  --concurrency N      batches in hand at once (default ${DEFAULT_CONCURRENCY}). A lone worker is faster
                       with 2; where several workers share the database, keep 1:
                       their batches would wait on each other's locks
  --batch-size N       jobs per batch (default ${DEFAULT_JOB_BATCH_SIZE})
  --max-bytes SIZE     fail inputs larger than this (default 20MB)
  --time-limit SECONDS fail an input whose reading, or an article whose extraction,
                       takes longer (default ${DEFAULT_TIME_LIMIT_SECONDS})
  --threads N          threads that read and extract, off the thread that stores
                       (default 1: start a worker per core rather than threads)
  --no-feeds           leave the feeds to the other workers
  -h, --help           show this help

Examples:
  bilat worker --database-url postgres://bilat@db.example.org/bilat
  DATABASE_URL=postgres://bilat@localhost/bilat bilat worker --batch-size 100
  bilat ingest news/ --queue --db postgres://bilat@localhost/bilat && bilat worker --database-url postgres://bilat@localhost/bilat
`,
  async run(args, io) {
    const { values, positionals } = args;
    if (positionals.length > 0) throw new UsageError('worker takes no INPUT: queue inputs with "bilat ingest INPUT... --queue"');
    const url = values['database-url'] === undefined ? process.env.DATABASE_URL : String(values['database-url']);
    if (!url) throw new UsageError('no database: give --database-url postgres://… or set DATABASE_URL (workers share a PostgreSQL knowledge base)');
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new UsageError(`--database-url wants a postgres:// URL, got "${url}"`);
    // A wrong network list is said now, not at the first feed.
    AllowedNetworks.fromEnvironment();
    const concurrency = parsePositiveInteger(values.concurrency, '--concurrency') ?? DEFAULT_CONCURRENCY;
    const batchSize = parsePositiveInteger(values['batch-size'], '--batch-size') ?? DEFAULT_JOB_BATCH_SIZE;
    const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(String(values['max-bytes']), '--max-bytes');
    const timeLimitSeconds = parsePositiveInteger(values['time-limit'], '--time-limit') ?? DEFAULT_TIME_LIMIT_SECONDS;
    const threads = parsePositiveInteger(values.threads, '--threads') ?? 1;
    return runWorker({ url, concurrency, batchSize, maxBytes, timeLimitSeconds, threads, pollFeeds: !values['no-feeds'] }, io);
  },
};

interface WorkerSettings {
  url: string;
  concurrency: number;
  batchSize: number;
  maxBytes: number;
  timeLimitSeconds: number;
  threads: number;
  pollFeeds: boolean;
}

async function runWorker(settings: WorkerSettings, io: CommandIO): Promise<number> {
  const location = { kind: 'postgres', url: settings.url } as const;
  const where = describeLocation(location);
  const colour = Boolean(io.stdout.isTTY);
  const errorColour = createColors(Boolean(io.stderr.isTTY));
  const store = await openStore(location, { create: true });
  const queue = await openPgBossQueue(settings.url, { onError: (error) => io.stderr.write(`${errorColour.red('queue error')}: ${error.message}\n`) })
    .catch(async (error: unknown) => {
      await store.close();
      throw error;
    });

  const workers = openArticlePool({ threads: settings.threads, timeLimitSeconds: settings.timeLimitSeconds });
  const started = Date.now();
  const totals = emptyTotals();
  const handleBatch = async (jobs: readonly QueuedIngestJob[]) => {
    const batchStarted = Date.now();
    const outcomes = await ingestJobBatch(store, jobs, { readOptions: { maxBytes: settings.maxBytes }, workers }).catch((error: unknown) => {
      // The queue tries the whole batch again later; say why here, where someone watches.
      io.stderr.write(`${errorColour.red(`batch of ${jobs.length} failed, will retry`)}: ${error instanceof Error ? error.message : String(error)}\n`);
      throw error;
    });
    const batch = countOutcomes(outcomes);
    addTotals(totals, batch);
    outcomes.forEach((outcome, index) => {
      if (outcome.status !== 'done') io.stderr.write(`${outcome.status === 'failed' ? errorColour.red('failed') : errorColour.yellow('will retry')} ${terminalSafe(jobInput(jobs[index].job))}: ${terminalSafe(outcome.reason)}\n`);
    });
    const seconds = (Date.now() - started) / 1000;
    io.stdout.write(
      `batch of ${batch.jobs} in ${((Date.now() - batchStarted) / 1000).toFixed(1)} s: ${formatCounts(batch, colour)} · ` +
        `${totals.jobs} jobs in ${seconds.toFixed(0)} s (${(totals.jobs / seconds).toFixed(1)}/s)\n`,
    );
    return outcomes;
  };

  const feeds = settings.pollFeeds ? ' and polling feeds' : '';
  io.stdout.write(`bilat worker on ${where}: taking jobs in batches of up to ${settings.batchSize}, ${settings.concurrency} at a time${feeds}. Ctrl-C or SIGTERM stops it.\n`);
  const stopping = stopRequested(() => process.exit(INTERRUPTED));
  await queue.work(handleBatch, { batchSize: settings.batchSize, concurrency: settings.concurrency });
  const feedPolling = settings.pollFeeds
    ? scheduleFeedPolling(store.feeds, { fetch: publicFeedFetch, enqueue: (jobs) => queue.enqueue(jobs) }, {
      checkEveryMs: FEED_CHECK_SECONDS * 1000,
      onPolled: ({ url, outcome }) => {
        if (outcome.error) io.stderr.write(`${errorColour.red('feed failed')} ${terminalSafe(url)}: ${outcome.status}, ${terminalSafe(outcome.error)}\n`);
        else io.stdout.write(`feed ${terminalSafe(url)}: ${outcome.status}${outcome.articles ? ', queued' : ''}\n`);
      },
      onError: (error) => io.stderr.write(`${errorColour.red('feeds not polled')}: ${error instanceof Error ? error.message : String(error)}\n`),
    })
    : undefined;
  const signal = await stopping;
  io.stdout.write(`${signal}: stopping once the batches in hand are stored…\n`);
  await feedPolling?.stop();
  await queue.close();
  await workers.close();
  await store.close();
  const seconds = (Date.now() - started) / 1000;
  io.stdout.write(`Stopped after ${totals.jobs} jobs in ${seconds.toFixed(1)} s: ${formatCounts(totals, colour)}.\n`);
  return 0;
}
