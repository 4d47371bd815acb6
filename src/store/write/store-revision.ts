// The knowledge base's revision: moved by the transactions that change what it answers, last
// in each, so that concurrent writers hold the one row only for their commit.
import { eq, sql } from 'drizzle-orm';
import type { StoreDatabase, StoreTransaction } from '../database.ts';
import { storeRevision } from '../schema.ts';

export async function advanceRevision(tx: StoreTransaction): Promise<void> {
  await tx.update(storeRevision).set({ revision: sql`${storeRevision.revision} + 1` }).where(eq(storeRevision.id, 1));
}

export async function currentRevision(db: StoreDatabase): Promise<number> {
  const [row] = await db.select({ revision: storeRevision.revision }).from(storeRevision).where(eq(storeRevision.id, 1));
  return row?.revision ?? 0;
}
