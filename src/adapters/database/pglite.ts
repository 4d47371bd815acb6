// The embedded store: PostgreSQL compiled to WebAssembly (PGlite), in a data directory
// or in memory, no server to install.
import { setImmediate } from 'node:timers/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockDataDir } from './data-dir-lock.ts';
import type { DatabaseConnection } from '../../store/database.ts';
import { DrizzleStore } from '../../store/drizzle-store.ts';
import { MIGRATIONS_FOLDER } from '../../store/migrations-folder.ts';
import { refileResolutionKeys } from '../../store/write/refile-resolution-keys.ts';
import * as schema from '../../store/schema.ts';

export interface PgliteStoreOptions {
  /** A folder holding the database; in memory when absent. */
  dataDir?: string;
  /** A copy of a database made by dumpMigratedPgliteTemplate, to start from instead of an empty one. */
  loadDataDir?: Blob;
}

/**
 * The planner's cost of a page read out of order, against 1 for one read in order. PostgreSQL's
 * default (4) prices a disk seek; the embedded database is read in-process from pages the
 * operating system keeps in memory, where the two cost about the same. With the default, a
 * busy pair's timeline page read the whole events table rather than its ~1,000 events by key.
 */
const RANDOM_PAGE_COST = 1.1;

/**
 * The write-ahead log kept between checkpoints, which the embedded store makes itself
 * (src/store/write/wal-checkpoints.ts): PGlite has no checkpointer, and an ingest of 6,000
 * documents had left 390 MB of log beside 185 MB of data.
 */
const WAL_SETTINGS = ['-c', 'max_wal_size=32MB', '-c', 'min_wal_size=32MB'];

/**
 * No page images in the log. A page image, logged the first time a page changes after a
 * checkpoint, repairs a page that an operating-system crash left half-written; PGlite runs
 * without fsync (as PostgreSQL advises, full_page_writes is then of no use), and a crash of the
 * process itself leaves no page half-written. With images, each 1,000 synthetic documents
 * ingested at 3,000–6,000 logged 210–430 MB, a checkpoint every 75 to 150 documents; without,
 * 70–76 MB.
 */
const PAGE_IMAGE_SETTINGS = ['-c', 'full_page_writes=off'];

/**
 * Pages kept in the database's own memory. With PostgreSQL's 128 MB, an ingest at 6,000
 * documents read 16,800 pages (130 MB) back from files each 1,000 documents, each through a
 * copy between WebAssembly and JavaScript; with 256 MB, none until 8,000 documents and 1,560
 * at 10,000. It adds about 80 MB to the process.
 */
const BUFFER_SETTINGS = ['-c', 'shared_buffers=256MB'];

/**
 * The statistics target when the store analyzes itself (src/store/write/planner-statistics.ts):
 * the most common values and histogram buckets kept per column, analyze sampling 300 rows for
 * each. PostgreSQL's 100 made an analyze take 1.5 s at 4,000 documents, ingest waiting on it;
 * 30 took 0.65 s, and thirty common values still hold every country and event type a plan turns on.
 */
const STATISTICS_TARGET = ['-c', 'default_statistics_target=30'];

/**
 * Queries run one per event-loop turn. PGlite runs each on this thread and starts the next
 * waiting one as soon as it ends, so while a server's requests kept queries waiting (fifty pages
 * read at once), the thread never went back to its sockets: connections were not read for
 * seconds, and requests whose answers were already kept waited as long. Between two queries,
 * sockets are now read. The queries of a transaction take turns too: an ingest commits a batch
 * in some sixty queries over half a second or more, during which the worker threads' finished
 * extractions waited unread, and with them the next documents to extract.
 */
function takeTurnsWithTheEventLoop(client: PGlite): void {
  const query = client.query.bind(client);
  let previous: Promise<unknown> = Promise.resolve();
  client.query = ((...args: Parameters<PGlite['query']>) => {
    const turn = previous.then(() => setImmediate()).then(() => query(...args));
    previous = turn.catch(() => undefined);
    return turn;
  }) as PGlite['query'];
  const transaction = client.transaction.bind(client);
  client.transaction = ((callback: (tx: Transaction) => Promise<unknown>) => transaction((tx) => {
    const queryInTransaction = tx.query.bind(tx);
    tx.query = (async (...args: Parameters<Transaction['query']>) => {
      await setImmediate();
      return queryInTransaction(...args);
    }) as Transaction['query'];
    return callback(tx);
  })) as PGlite['transaction'];
}

async function startPglite(options: PgliteStoreOptions): Promise<PGlite> {
  // Options are PGlite.create's first argument: passed second they are silently ignored.
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    startParams: [...PGlite.defaultStartParams, ...WAL_SETTINGS, ...PAGE_IMAGE_SETTINGS, ...BUFFER_SETTINGS, ...STATISTICS_TARGET],
  });
  // PGlite is one session for its whole life, so a session setting holds for every query.
  await client.exec(`set random_page_cost = ${RANDOM_PAGE_COST}`);
  takeTurnsWithTheEventLoop(client);
  return client;
}

/** A migrated PGlite database (the data directory locked for this process), for a DrizzleStore or a test that checks tables directly. */
export async function connectPglite(options: PgliteStoreOptions = {}): Promise<DatabaseConnection> {
  const lock = options.dataDir ? await lockDataDir(options.dataDir) : undefined;
  let client: PGlite | undefined;
  try {
    client = await startPglite(options);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await refileResolutionKeys(db);
    const opened = client;
    return {
      db,
      autovacuum: false,
      checkpointer: false,
      soleWriter: true,
      close: async () => {
        await opened.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await client?.close();
    await lock?.release();
    throw error;
  }
}

export async function openPgliteStore(options: PgliteStoreOptions = {}): Promise<DrizzleStore> {
  const store = new DrizzleStore(await connectPglite(options));
  await store.refreshPlannerStatistics();
  return store;
}

/** An in-memory database with every migration applied, as a tarball that openPgliteStore({ loadDataDir }) starts from in about a second. */
export async function dumpMigratedPgliteTemplate(): Promise<Blob> {
  const client = await startPglite({});
  try {
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await refileResolutionKeys(db);
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}
