// PGlite is PostgreSQL as one process, without the checkpointer that bounds a server's
// write-ahead log: nothing ever checkpoints, and the log grows by some 65 KB a document
// stored. The embedded store checkpoints itself once the log written since the last
// checkpoint passes max_wal_size, as the checkpointer would; the checkpoint recycles the
// older log files.
import { sql } from 'drizzle-orm';
import type { StoreDatabase } from '../database.ts';

export async function checkpointWhenLogIsFull(db: StoreDatabase): Promise<void> {
  const result = (await db.execute(sql`
    select pg_current_wal_lsn() - (pg_control_checkpoint()).redo_lsn > pg_size_bytes(current_setting('max_wal_size')) as full`)) as unknown as { rows: { full: boolean }[] };
  if (result.rows[0]?.full) await db.execute(sql`checkpoint`);
}
