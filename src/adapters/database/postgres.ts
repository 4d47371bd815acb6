// The team store: a PostgreSQL server (15 or later) named by a connection URL.
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { DatabaseConnection } from '../../store/database.ts';
import { DrizzleStore } from '../../store/drizzle-store.ts';
import { MIGRATIONS_FOLDER } from '../../store/migrations-folder.ts';
import { refileResolutionKeys } from '../../store/write/refile-resolution-keys.ts';
import * as schema from '../../store/schema.ts';

/** Any constant that no other program's advisory lock is likely to use: one migration at a time per database. */
const MIGRATION_LOCK_KEY = 0x62696c6174;
const POOL_SIZE = 4;

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable URL)';
  }
}

function connectionErrorMessage(url: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot use the PostgreSQL database at ${redactedUrl(url)}: ${reason}. Check that the server runs and that the URL (DATABASE_URL or --db) names it, with a user allowed to create tables`;
}

async function migrateOnce(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Two processes starting on a new database would otherwise both create the tables.
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const db = drizzle({ client, schema });
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      await refileResolutionKeys(db);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** A migrated PostgreSQL database behind a small pool, for a DrizzleStore or a test that checks tables directly. */
export async function connectPostgres(url: string): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection dropped by the server must not crash the process.
  pool.on('error', () => {});
  try {
    await migrateOnce(pool);
  } catch (error) {
    await pool.end();
    throw new Error(connectionErrorMessage(url, error), { cause: error });
  }
  return { db: drizzle({ client: pool, schema }), autovacuum: true, checkpointer: true, soleWriter: false, close: () => pool.end() };
}

export async function openPostgresStore(url: string): Promise<DrizzleStore> {
  return new DrizzleStore(await connectPostgres(url));
}
