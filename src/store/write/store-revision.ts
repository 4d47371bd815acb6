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

/**
 * The revision as the server asks it before each answer it keeps. Where this process is the
 * only writer, it is read once and again only after this process's own writes, so that an
 * answer already kept waits for no query (the embedded store answers one query at a time);
 * elsewhere each call reads it.
 */
export class RevisionReader {
  private known: number | undefined;
  private writesEnded = 0;

  constructor(private readonly db: StoreDatabase, private readonly soleWriter: boolean) {}

  async read(): Promise<number> {
    if (!this.soleWriter) return currentRevision(this.db);
    if (this.known !== undefined) return this.known;
    const writesBefore = this.writesEnded;
    const revision = await currentRevision(this.db);
    // A write that ended while this was read may have moved the revision after the read.
    if (this.writesEnded === writesBefore) this.known = revision;
    return revision;
  }

  /** Runs a write that may move the revision: what was known is forgotten when it ends, committed or not. */
  async writing<Result>(write: () => Promise<Result>): Promise<Result> {
    try {
      return await write();
    } finally {
      this.writesEnded++;
      this.known = undefined;
    }
  }
}
