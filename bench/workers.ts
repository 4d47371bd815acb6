// Team-mode ingest: the same generated documents queued in a throwaway PostgreSQL database and
// ingested by `bilat worker` processes, in three layouts per round: one worker; two workers
// sharing one knowledge base (what a team runs); and two workers each with a knowledge base of
// its own, every document queued in both, so that they share nothing but the machine. The last
// is what this machine gives two workers at most: the shared layout's shortfall from it is
// bilat's (locks, shared rows), the rest is the machine's. Layouts alternate within each round,
// so that other work on the machine weighs on all; the best round of each counts.
//
// Before the layouts, each round times two processes that only extract, with no database at
// all, against one: the machine's own ceiling for two CPU-bound processes.
//
// Each worker is warmed up (vocabularies loaded, code optimised) before the clock starts;
// throughput is then timed from the moment the documents are queued to the moment the queues
// are empty. Needs PostgreSQL: DATABASE_URL, or Debian's PostgreSQL 15 and root.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPgBossQueue, type PgBossQueue } from '../src/adapters/queue/pg-boss-queue.ts';
import { enqueueInputs } from '../src/ingest/enqueue-inputs.ts';
import { DEFAULT_JOB_BATCH_SIZE } from '../src/ingest/ingest-queue.ts';
import { openPostgresStore } from '../src/adapters/database/postgres.ts';
import type { Store } from '../src/store/store.ts';
import { writeSyntheticCorpus } from '../test/support/synthetic-articles.ts';
import { SENTENCE_FOLDERS } from './workload.ts';
import { twoProcessesOverOne } from './extraction-processes.ts';
import { startProgressLine } from './progress-line.ts';
import { type Alignment, formatCount, formatGigabytes, formatRows, formatTable } from './table.ts';

const DOCUMENT_COUNT = 2_000;
/**
 * Documents each worker stores before the clock starts. Its first batch loads the vocabularies,
 * and the compiler keeps optimising for a few batches more: a worker timed from its first
 * batch on spent 1–2 ms more CPU a document than one warmed up with this many.
 */
const WARM_UP_DOCUMENTS_PER_WORKER = 100;
/** Warm-up documents generated per worker: workers that share a queue take its batches as they come, not evenly. */
const WARM_UP_POOL_PER_WORKER = 4 * WARM_UP_DOCUMENTS_PER_WORKER;
const SYNTHETIC_SEED = 5;
const TARGET_RATIO = 1.7;
const ROUNDS = 3;
/** How long each process extracts when the machine's ceiling is timed. */
const EXTRACTION_SECONDS = 10;
/** Linux reports process CPU time in USER_HZ ticks, 100 a second on every architecture it runs on. */
const TICKS_PER_SECOND = 100;
const BILAT = fileURLToPath(new URL('../bin/bilat.js', import.meta.url));
const START_POSTGRES = fileURLToPath(new URL('../scripts/start-test-postgres.sh', import.meta.url));
const PG_BIN = '/usr/lib/postgresql/15/bin';

interface Layout {
  name: string;
  workers: number;
  /** Each database gets all the documents and an equal share of the workers. */
  databases: number;
}

const ONE_WORKER: Layout = { name: '1 worker', workers: 1, databases: 1 };
const SHARED: Layout = { name: '2 workers, one knowledge base', workers: 2, databases: 1 };
const SEPARATE: Layout = { name: '2 workers, a knowledge base each', workers: 2, databases: 2 };
const LAYOUTS = [ONE_WORKER, SHARED, SEPARATE] as const;

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

/** A `bilat worker` process, and how many documents it has reported storing (its "batch of N" lines). */
class WorkerProcess {
  readonly child: ChildProcess;
  documentsReported = 0;

  constructor(url: string) {
    this.child = spawn(process.execPath, [BILAT, 'worker', '--database-url', url], { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'ignore'] });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      const batch = /^batch of (\d+)/.exec(line);
      if (batch) this.documentsReported += Number(batch[1]);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('close', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}

/** One knowledge base of a layout, with its queue and the workers that take from it. */
interface Database {
  name: string;
  store: Store;
  queue: PgBossQueue;
  workers: WorkerProcess[];
}

/** What the store's connections (pg-boss's left out) were doing, sampled while the workers ran. */
interface ConnectionSamples {
  busy: number;
  /** Waiting for a row lock that another worker's transaction holds. */
  waitingOnLock: number;
}

async function sampleConnections(admin: pg.Client, databases: readonly string[], samples: ConnectionSamples): Promise<void> {
  const { rows } = await admin.query<{ wait_event_type: string | null }>(
    `select wait_event_type from pg_stat_activity where datname = any($1) and application_name <> 'pgboss' and state <> 'idle'`,
    [databases],
  );
  samples.busy += rows.length;
  samples.waitingOnLock += rows.filter((row) => row.wait_event_type === 'Lock').length;
}

async function pendingJobs(databases: readonly Database[]): Promise<number> {
  const counts = await Promise.all(databases.map(({ queue }) => queue.pendingCount()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Waits until every queue is empty, sampling meanwhile. */
async function drained(databases: readonly Database[], total: number, label: string, sample: () => Promise<void>): Promise<void> {
  const progress = startProgressLine(label, total);
  let done = 0;
  for (let pending = await pendingJobs(databases); pending > 0; pending = await pendingJobs(databases)) {
    for (; done < total - pending; done++) progress.tick();
    await sample();
    await delay(100);
  }
  progress.done();
}

/** Queues warm-up documents until every worker has stored its share of them. */
async function warmUp(databases: readonly Database[], warmUpFiles: readonly string[], label: string): Promise<void> {
  for (const database of databases) {
    const unused = [...warmUpFiles];
    const cold = () => database.workers.filter((worker) => worker.documentsReported < WARM_UP_DOCUMENTS_PER_WORKER);
    while (cold().length > 0) {
      const chunk = unused.splice(0, cold().length * WARM_UP_DOCUMENTS_PER_WORKER);
      if (chunk.length === 0) throw new Error(`${label}: a worker stored too few of ${warmUpFiles.length} warm-up documents; is it running? Try "bilat worker" by hand`);
      const { queued } = await enqueueInputs(database.queue, database.store, chunk);
      await drained([database], queued, `${label}, warming up`, async () => {});
    }
  }
}

/** CPU time so far, in USER_HZ ticks: the whole machine's (from /proc/stat), the workers', PostgreSQL's. */
interface CpuTicks {
  machineTotal: number;
  machineBusy: number;
  workers: number;
  postgres: number;
}

function processTicks(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from state on: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined; // it ended between listing and reading
  }
}

function isPostgres(pid: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

/** Undefined off Linux. Server processes count only when PostgreSQL runs on this machine. */
function cpuTicks(workerPids: ReadonlySet<number>): CpuTicks | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const machineTotal = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  const ticks: CpuTicks = { machineTotal, machineBusy: machineTotal - fields[3]! - (fields[4] ?? 0), workers: 0, postgres: 0 };
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const isWorker = workerPids.has(Number(pid));
    if (!isWorker && !isPostgres(pid)) continue;
    const used = processTicks(pid) ?? 0;
    if (isWorker) ticks.workers += used;
    else ticks.postgres += used;
  }
  return ticks;
}

/** Where the CPU time of a timed run went, per document; busy is the share of all cores. */
interface CpuUse {
  busy: number;
  workersMs: number;
  postgresMs: number;
  otherMs: number;
}

function cpuUse(before: CpuTicks | undefined, after: CpuTicks | undefined, documents: number): CpuUse | undefined {
  if (!before || !after || after.machineTotal === before.machineTotal) return undefined;
  // /proc/stat counts every core's ticks; the busy ones, less workers and PostgreSQL, are everything else (this bench among them).
  const perDocument = (ticks: number) => (1000 * ticks) / TICKS_PER_SECOND / documents;
  const workers = after.workers - before.workers;
  const postgres = after.postgres - before.postgres;
  const busy = after.machineBusy - before.machineBusy;
  return {
    busy: busy / (after.machineTotal - before.machineTotal),
    workersMs: perDocument(workers),
    postgresMs: perDocument(postgres),
    otherMs: perDocument(Math.max(0, busy - workers - postgres)),
  };
}

interface WorkerRun {
  round: number;
  layout: Layout;
  seconds: number;
  documents: number;
  /** 1-minute load average when the timed part began. */
  load: number;
  connections: ConnectionSamples;
  cpu: CpuUse | undefined;
}

async function openDatabase(admin: pg.Client, serverUrl: string, name: string, workers: number): Promise<Database> {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = databaseUrl(serverUrl, name);
  const store = await openPostgresStore(url);
  const queue = await openPgBossQueue(url);
  return { name, store, queue, workers: Array.from({ length: workers }, () => new WorkerProcess(url)) };
}

async function closeDatabase(admin: pg.Client, database: Database): Promise<void> {
  await Promise.all(database.workers.map((worker) => worker.stop()));
  await database.queue.close();
  await database.store.close();
  await admin.query(`drop database if exists ${database.name} with (force)`);
}

/** Queues the documents into each fresh database of the layout, lets its workers ingest them, and times it. */
async function timeLayout(admin: pg.Client, serverUrl: string, files: readonly string[], warmUpFiles: readonly string[], layout: Layout, round: number): Promise<WorkerRun> {
  const label = `round ${round}, ${layout.name}`;
  const databases: Database[] = [];
  try {
    for (let index = 0; index < layout.databases; index++) {
      databases.push(await openDatabase(admin, serverUrl, `bilat_bench_workers_${process.pid}_${index}`, layout.workers / layout.databases));
    }
    await warmUp(databases, warmUpFiles, label);

    const documents = files.length * databases.length;
    const workerPids = new Set(databases.flatMap(({ workers }) => workers.map(({ child }) => child.pid ?? -1)));
    const load = loadavg()[0];
    const connections: ConnectionSamples = { busy: 0, waitingOnLock: 0 };
    const names = databases.map(({ name }) => name);
    const cpuBefore = cpuTicks(workerPids);
    const started = performance.now();
    await Promise.all(databases.map(({ queue, store }) => enqueueInputs(queue, store, files)));
    await drained(databases, documents, label, () => sampleConnections(admin, names, connections));
    const seconds = (performance.now() - started) / 1000;
    return { round, layout, seconds, documents, load, connections, cpu: cpuUse(cpuBefore, cpuTicks(workerPids), documents) };
  } finally {
    for (const database of databases) await closeDatabase(admin, database);
  }
}

function throughput(run: WorkerRun): number {
  return run.documents / run.seconds;
}

function best(runs: readonly WorkerRun[], layout: Layout): WorkerRun {
  return runs.filter((run) => run.layout === layout).reduce((fastest, run) => (throughput(run) > throughput(fastest) ? run : fastest));
}

const percent = (share: number | undefined) => (share === undefined ? '–' : `${(100 * share).toFixed(0)} %`);
const milliseconds = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));

function printRuns(runs: readonly WorkerRun[], extractionRatio: number, postgres: { version: string; local: boolean }): void {
  const headers = ['round', 'layout', 'documents', 'seconds', 'documents/s', 'load at start', 'CPU busy', 'workers', 'PostgreSQL', 'other', 'waiting on locks'];
  const alignments: Alignment[] = ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const lockShare = ({ busy, waitingOnLock }: ConnectionSamples) => (busy === 0 ? '–' : `${((100 * waitingOnLock) / busy).toFixed(0)} %`);
  const rows = runs.map((run) => [
    String(run.round), run.layout.name, formatCount(run.documents), run.seconds.toFixed(1), throughput(run).toFixed(1), run.load.toFixed(2),
    percent(run.cpu?.busy), milliseconds(run.cpu?.workersMs), postgres.local ? milliseconds(run.cpu?.postgresMs) : '–', milliseconds(run.cpu?.otherMs), lockShare(run.connections),
  ]);
  console.log(`Team-mode ingest: \`bilat worker\` processes on PostgreSQL (queued with pg-boss, batches of ${DEFAULT_JOB_BATCH_SIZE} jobs, one in hand per worker); ${formatCount(DOCUMENT_COUNT)} documents queued in each knowledge base`);
  console.log(formatTable(headers, rows, alignments));
  console.log('(workers, PostgreSQL, other: CPU milliseconds per document stored; other is the rest of the machine, this bench included.');
  console.log(' waiting on locks: of the samples of the stores\' busy connections, the share waiting for a row another transaction holds)');

  const one = best(runs, ONE_WORKER);
  const shared = throughput(best(runs, SHARED)) / throughput(one);
  const separate = throughput(best(runs, SEPARATE)) / throughput(one);
  // A second worker can at most fill the cores the first left idle.
  const idleCeiling = one.cpu ? 1 / one.cpu.busy : undefined;
  const processor = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(formatRows([
    ['2 workers sharing one knowledge base / 1 worker', `${shared.toFixed(2)}× (best round of each)`],
    ['2 workers sharing nothing / 1 worker', `${separate.toFixed(2)}×: what this machine gives two workers`],
    ['2 processes extracting, no database / 1', `${extractionRatio.toFixed(2)}× (best round): what this machine gives two CPU-bound processes`],
    ['cores one worker left idle', idleCeiling ? `${idleCeiling.toFixed(2)}× at most (one worker kept ${percent(one.cpu?.busy)} of the cores busy, PostgreSQL's share included)` : '–'],
    ['machine', `${processor}, ${cpus().length} cores, ${formatGigabytes(totalmem())}; PostgreSQL ${postgres.version} ${postgres.local ? 'on this machine' : 'on another machine'}; load ${loadavg().map((value) => value.toFixed(2)).join(' / ')} (1/5/15 min) now`],
  ], ['left', 'left']));
  const verdict = shared >= TARGET_RATIO
    ? 'met'
    : separate < TARGET_RATIO
      ? `NOT met, and out of this machine's reach: two workers that share nothing reach ${separate.toFixed(2)}× (two processes that only extract, with no database, ${extractionRatio.toFixed(2)}×); sharing a knowledge base, they reach ${percent(shared / separate)} of that`
      : 'NOT met';
  console.log(`Target 2 workers ≥ ${TARGET_RATIO}× 1 worker: ${verdict} (${shared.toFixed(2)}×).`);
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
    const { rows: [{ version }] } = await admin.query<{ version: string }>(`select current_setting('server_version') as version`);
    // Its processes' CPU time is read from this machine's /proc: only a server on loopback is counted.
    const local = ['localhost', '127.0.0.1', '[::1]', ''].includes(new URL(server.url).hostname);
    await mkdir(join(folder, 'timed'));
    await mkdir(join(folder, 'warm-up'));
    const files = await writeSyntheticCorpus(join(folder, 'timed'), DOCUMENT_COUNT, { seed: SYNTHETIC_SEED, sentenceFolders: SENTENCE_FOLDERS });
    const warmUpFiles = await writeSyntheticCorpus(join(folder, 'warm-up'), WARM_UP_POOL_PER_WORKER * SHARED.workers, { seed: SYNTHETIC_SEED + 1, sentenceFolders: SENTENCE_FOLDERS });
    const runs: WorkerRun[] = [];
    let extractionRatio = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      console.error(`round ${round}: one process extracting alone, then two at once, ${EXTRACTION_SECONDS} s each…`);
      extractionRatio = Math.max(extractionRatio, await twoProcessesOverOne(EXTRACTION_SECONDS));
      for (const layout of LAYOUTS) runs.push(await timeLayout(admin, server.url, files, warmUpFiles, layout, round));
    }
    printRuns(runs, extractionRatio, { version, local });
  } finally {
    await admin.end();
    server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
