// The job queues the queue tests run on: the in-process queue over PGlite always, pg-boss
// over PostgreSQL where the store tests have a server (store-backends.ts: skipped without
// DATABASE_URL locally, failing without it in CI). Each test gets an empty queue.
import { openPgBossQueue } from '../../src/adapters/queue/pg-boss-queue.ts';
import { InProcessQueue } from '../../src/adapters/queue/in-process-queue.ts';
import type { IngestQueue, RetryPolicy } from '../../src/ingest/ingest-queue.ts';
import { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { Store } from '../../src/store/store.ts';
import { type StoreBackend, storeBackends } from './store-backends.ts';

export interface QueueUnderTest {
  queue: IngestQueue;
  /** The knowledge base the queue's jobs are ingested into, opened on first call. */
  store(): Promise<Store>;
  /** Closes the queue (if the test has not) and the store, and removes the database. */
  dispose(): Promise<void>;
}

export interface QueueBackend {
  name: 'in-process' | 'pg-boss';
  /** Why its tests are skipped here; undefined when they run. */
  skip?: string;
  fresh(retry: RetryPolicy): Promise<QueueUnderTest>;
  /** Call once after the file's tests (test.after). */
  dispose(): Promise<void>;
}

/** Opens the store once, when first asked for. */
function lazyStore(open: () => Promise<Store>): { store(): Promise<Store>; close(): Promise<void> } {
  let opened: Promise<Store> | undefined;
  return {
    store: () => (opened ??= open()),
    close: async () => {
      if (opened) await (await opened).close();
    },
  };
}

function inProcessBackend(pglite: StoreBackend): QueueBackend {
  return {
    name: 'in-process',
    async fresh(retry) {
      const queue = new InProcessQueue({ retry });
      const { store, close } = lazyStore(async () => (await pglite.freshStore()).store);
      return { queue, store, dispose: async () => { await queue.close(); await close(); } };
    },
    dispose: () => pglite.dispose(),
  };
}

function pgBossBackend(postgres: StoreBackend): QueueBackend {
  return {
    name: 'pg-boss',
    skip: postgres.skip,
    async fresh(retry) {
      const { location, connect, remove } = await postgres.freshLocation();
      const errors: Error[] = [];
      const queue = await openPgBossQueue(location, { retry, onError: (error) => errors.push(error) });
      const { store, close } = lazyStore(async () => new DrizzleStore(await connect()));
      return {
        queue,
        store,
        dispose: async () => {
          await queue.close();
          await close();
          await remove();
          if (errors.length > 0) throw new Error(`pg-boss reported errors: ${errors.map((error) => error.message).join('; ')}`);
        },
      };
    },
    dispose: () => postgres.dispose(),
  };
}

export function queueBackends(): QueueBackend[] {
  const [pglite, postgres] = storeBackends();
  return [inProcessBackend(pglite), pgBossBackend(postgres)];
}
