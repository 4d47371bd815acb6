// Team-mode ingest: the same generated documents queued in a throwaway PostgreSQL database
// and ingested by one `bilat worker` process, then by two, each into an empty knowledge base,
// in alternate rounds so that other work on the machine weighs on both; the best round of
// each counts. Throughput is timed from the moment the documents are queued to the moment
// the queue is empty, after a small untimed warm-up batch per worker (the first extraction
// loads the vocabularies). Needs PostgreSQL: DATABASE_URL, or Debian's PostgreSQL 15 and root.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPgBossQueue, type PgBossQueue } from '../src/adapters/queue/pg-boss-queue.ts';
import { enqueueInputs } from '../src/knowledge-base/enqueue-inputs.ts';
import { DEFAULT_JOB_BATCH_SIZE } from '../src/knowledge-base/ingest-queue.ts';
import { openPostgresStore } from '../src/store/postgres-store.ts';
import { writeSyntheticCorpus } from '../test/support/synthetic-articles.ts';
import { startProgressLine } from './progress-line.ts';
import { type Alignment, formatCount, formatRows, formatTable } from './table.ts';

const DOCUMENT_COUNT = 2_000;
const WARM_UP_DOCUMENTS_PER_WORKER = 25;
const SYNTHETIC_SEED = 5;
const TARGET_RATIO = 1.7;
const WORKER_COUNTS = [1, 2] as const;
const ROUNDS = 3;
const BILAT = fileURLToPath(new URL('../bin/bilat.js', import.meta.url));
const START_POSTGRES = fileURLToPath(new URL('../scripts/start-test-postgres.sh', import.meta.url));
const PG_BIN = '/usr/lib/postgresql/15/bin';

interface Server {
  url: string;
  stop(): void;
}

/** DATABASE_URL's server, else a throwaway one started as the tests start theirs; why not, when neither can be had. */
function postgresServer(): Server | string {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop() {} };
  if (process.getuid?.() !== 0 || !existsSync(join(PG_BIN, 'initdb'))) {
    return 'no DATABASE_URL, and no PostgreSQL 15 to start (it needs Debian\'s postgresql-15 and root)';
  }
  const exports = execFileSync('bash', [START_POSTGRES], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const value = (name: string) => new RegExp(`export ${name}='([^']*)'`).exec(exports)?.[1] ?? '';
  const dataDir = value('BILAT_TEST_PG_DIR');
  return {
    url: value('DATABASE_URL'),
    stop() {
      execFileSync('su', ['postgres', '-c', `${PG_BIN}/pg_ctl -D '${dataDir}' stop -m fast`], { stdio: 'ignore' });
      execFileSync('rm', ['-rf', dataDir]);
    },
  };
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** What the store's connections (pg-boss's left out) were doing, sampled while the workers ran. */
interface ConnectionSamples {
  busy: number;
  /** Waiting for a row lock that another worker's transaction holds. */
  waitingOnLock: number;
}

async function sampleConnections(admin: pg.Client, database: string, samples: ConnectionSamples): Promise<void> {
  const { rows } = await admin.query<{ wait_event_type: string | null }>(
    `select wait_event_type from pg_stat_activity where datname = $1 and application_name <> 'pgboss' and state <> 'idle'`,
    [database],
  );
  samples.busy += rows.length;
  samples.waitingOnLock += rows.filter((row) => row.wait_event_type === 'Lock').length;
}

/** Waits until the queue is empty, sampling the store's connections meanwhile. */
async function drained(queue: PgBossQueue, total: number, label: string, sample: () => Promise<void>): Promise<void> {
  const progress = startProgressLine(label, total);
  let done = 0;
  for (let pending = await queue.pendingCount(); pending > 0; pending = await queue.pendingCount()) {
    for (; done < total - pending; done++) progress.tick();
    await sample();
    await delay(100);
  }
  progress.done();
}

/** The machine's CPU time so far, from /proc/stat: all of it, and the part not idle. */
interface CpuTimes {
  total: number;
  busy: number;
}

function machineCpuTimes(): CpuTimes | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  return { total, busy: total - fields[3]! - (fields[4] ?? 0) };
}

/** The share of the machine's CPU time that was busy between two readings. */
function busyShare(before: CpuTimes | undefined, after: CpuTimes | undefined): number | undefined {
  if (!before || !after || after.total === before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

interface WorkerRun {
  round: number;
  workers: number;
  seconds: number;
  documents: number;
  /** 1-minute load average when the timed part began. */
  load: number;
  connections: ConnectionSamples;
  /** Share of all cores busy (workers, PostgreSQL, this bench and anything else) while timed. */
  cpuBusy: number | undefined;
}

/** Queues the documents into a fresh database, lets `workers` processes ingest them, and times it. */
async function timeWorkers(admin: pg.Client, serverUrl: string, files: readonly string[], warmUpFiles: readonly string[], workers: number, round: number): Promise<WorkerRun> {
  const database = `bilat_bench_workers_${process.pid}_${workers}`;
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  const url = databaseUrl(serverUrl, database);
  const store = await openPostgresStore(url);
  const queue = await openPgBossQueue(url);
  const children: ChildProcess[] = [];
  try {
    for (let worker = 0; worker < workers; worker++) {
      children.push(spawn(process.execPath, [BILAT, 'worker', '--database-url', url], { env: { ...process.env, DATABASE_URL: '' }, stdio: 'ignore' }));
    }
    await enqueueInputs(queue, store, warmUpFiles.slice(0, WARM_UP_DOCUMENTS_PER_WORKER * workers));
    await drained(queue, WARM_UP_DOCUMENTS_PER_WORKER * workers, `round ${round}, ${workers} worker(s) warming up`, async () => {});

    const load = loadavg()[0];
    const connections: ConnectionSamples = { busy: 0, waitingOnLock: 0 };
    const cpuBefore = machineCpuTimes();
    const started = performance.now();
    await enqueueInputs(queue, store, files);
    await drained(queue, files.length, `round ${round}, ${workers} worker(s)`, () => sampleConnections(admin, database, connections));
    const seconds = (performance.now() - started) / 1000;
    return { round, workers, seconds, documents: files.length, load, connections, cpuBusy: busyShare(cpuBefore, machineCpuTimes()) };
  } finally {
    await Promise.all(children.map((child) => new Promise((resolve) => {
      child.once('close', resolve);
      child.kill('SIGTERM');
    })));
    await queue.close();
    await store.close();
    await admin.query(`drop database if exists ${database} with (force)`);
  }
}

function fastest(runs: readonly WorkerRun[], workers: number): WorkerRun {
  return runs.filter((run) => run.workers === workers).reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

function printRuns(runs: readonly WorkerRun[]): void {
  const headers = ['round', 'workers', 'documents', 'seconds', 'documents/s', 'load at start', 'CPU busy', 'store waiting on locks'];
  const alignments: Alignment[] = ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const percent = (share: number | undefined) => (share === undefined ? '–' : `${(100 * share).toFixed(0)} %`);
  const lockShare = ({ busy, waitingOnLock }: ConnectionSamples) => (busy === 0 ? '–' : `${((100 * waitingOnLock) / busy).toFixed(0)} %`);
  const rows = runs.map((run) => [
    String(run.round), String(run.workers), formatCount(run.documents), run.seconds.toFixed(1), (run.documents / run.seconds).toFixed(1), run.load.toFixed(2), percent(run.cpuBusy), lockShare(run.connections),
  ]);
  console.log(`Team-mode ingest: \`bilat worker\` processes on one PostgreSQL (queued with pg-boss, batches of ${DEFAULT_JOB_BATCH_SIZE} jobs, one in hand per worker)`);
  console.log(formatTable(headers, rows, alignments));
  const [one, two] = [fastest(runs, 1), fastest(runs, 2)];
  const ratio = one.seconds / two.seconds;
  // A second worker can at most fill the cores the first left idle.
  const most = one.cpuBusy ? 1 / one.cpuBusy : undefined;
  const ceiling = most ? `${most.toFixed(2)}× (one worker kept ${percent(one.cpuBusy)} of the cores busy, PostgreSQL's share included)` : '–';
  console.log(formatRows([
    ['2 workers / 1 worker', `${ratio.toFixed(2)}× (best round of each)`],
    ['most this machine allows', ceiling],
    ['machine', `${cpus().length} cores, PostgreSQL on the same machine; load ${loadavg().map((value) => value.toFixed(2)).join(' / ')} (1/5/15 min) now`],
  ], ['left', 'left']));
  const verdict = ratio >= TARGET_RATIO
    ? 'met'
    : most !== undefined && most < TARGET_RATIO
      ? `NOT met, and out of this machine's reach: ${ratio.toFixed(2)}× is ${percent(ratio / most)} of the ${most.toFixed(2)}× it allows`
      : 'NOT met';
  console.log(`Target 2 workers ≥ ${TARGET_RATIO}× 1 worker: ${verdict} (${ratio.toFixed(2)}×).`);
  console.log('(store waiting on locks: of the samples of the store\'s busy connections, the share waiting for a row another transaction holds)');
}

export async function benchWorkers(): Promise<void> {
  const server = postgresServer();
  if (typeof server === 'string') {
    console.log(`Team-mode ingest (workers): skipped: ${server}.`);
    return;
  }
  const folder = await mkdtemp(join(tmpdir(), 'bilat-bench-workers-'));
  const admin = new pg.Client({ connectionString: server.url });
  try {
    await admin.connect();
    await mkdir(join(folder, 'timed'));
    await mkdir(join(folder, 'warm-up'));
    const files = await writeSyntheticCorpus(join(folder, 'timed'), DOCUMENT_COUNT, { seed: SYNTHETIC_SEED });
    const warmUpFiles = await writeSyntheticCorpus(join(folder, 'warm-up'), WARM_UP_DOCUMENTS_PER_WORKER * Math.max(...WORKER_COUNTS), { seed: SYNTHETIC_SEED + 1 });
    const runs: WorkerRun[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const workers of WORKER_COUNTS) runs.push(await timeWorkers(admin, server.url, files, warmUpFiles, workers, round));
    }
    printRuns(runs);
  } finally {
    await admin.end();
    server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
