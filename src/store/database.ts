// The drizzle database the store's queries run on, whichever adapter opened it.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type StoreDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;
export type StoreTransaction = Parameters<Parameters<StoreDatabase['transaction']>[0]>[0];

/** What an adapter hands the shared queries: the database and how to release it. */
export interface DatabaseConnection {
  db: StoreDatabase;
  /** Whether autovacuum keeps the planner's statistics (a server does; PGlite does not, and the store then does). */
  autovacuum: boolean;
  /** Whether a checkpointer bounds the write-ahead log (a server's does; PGlite, one process, has none, and the store then checkpoints). */
  checkpointer: boolean;
  /** Whether this connection is the database's only writer (PGlite's data directory is held by one process; a server's database is written by workers too). */
  soleWriter: boolean;
  close(): Promise<void>;
}
