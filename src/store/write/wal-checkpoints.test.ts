import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { connectPglite } from '../../adapters/database/pglite.ts';
import type { StoreDatabase } from '../database.ts';
import { checkpointWhenLogIsFull } from './wal-checkpoints.ts';

/** Bytes of write-ahead log written since the last checkpoint began. */
async function logSinceCheckpoint(db: StoreDatabase): Promise<number> {
  const result = (await db.execute(sql`select (pg_current_wal_lsn() - (pg_control_checkpoint()).redo_lsn)::float8 as bytes`)) as unknown as { rows: { bytes: number }[] };
  return Number(result.rows[0]!.bytes);
}

async function maxWalBytes(db: StoreDatabase): Promise<number> {
  const result = (await db.execute(sql`select pg_size_bytes(current_setting('max_wal_size'))::float8 as bytes`)) as unknown as { rows: { bytes: number }[] };
  return Number(result.rows[0]!.bytes);
}

test('the embedded store checkpoints once the log since the last checkpoint passes max_wal_size, and not before', async () => {
  const connection = await connectPglite();
  try {
    const { db } = connection;
    const limit = await maxWalBytes(db);
    await db.execute(sql`create table filler (text text)`);
    await db.execute(sql`insert into filler select repeat(md5(n::text), 8) from generate_series(1, 1000) n`);
    const little = await logSinceCheckpoint(db);
    assert.ok(little < limit);
    await checkpointWhenLogIsFull(db);
    assert.ok(await logSinceCheckpoint(db) >= little, 'below the limit, no checkpoint');

    while (await logSinceCheckpoint(db) <= limit) {
      await db.execute(sql`insert into filler select repeat(md5(n::text), 8) from generate_series(1, 50000) n`);
    }
    await checkpointWhenLogIsFull(db);
    assert.ok(await logSinceCheckpoint(db) < 1024 * 1024, 'past the limit, a checkpoint starts the log afresh');
  } finally {
    await connection.close();
  }
});
