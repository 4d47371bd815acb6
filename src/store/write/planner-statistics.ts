// PGlite runs no autovacuum, so nothing refreshes the query planner's statistics as the
// tables grow: on a store of 2,000 documents never analyzed, the planner took a pair's
// events for a few dozen rows and joined them row by row (a dyad's entities in 100 ms
// instead of 18). Nor does anything set the visibility map that lets the covering indexes
// (a country's events, an event's entities) answer without visiting the table. The embedded
// store does here what autovacuum does on a server: vacuum and analyze once the documents
// added since the last time pass 50 plus a fifth of those there were.
import { sql } from 'drizzle-orm';
import type { StoreDatabase } from '../database.ts';

const BASE_THRESHOLD = 50;
const SCALE_FACTOR = 0.2;

export class PlannerStatistics {
  /** Documents the last analyze saw; read from the catalogue when first needed. */
  private documentsAtLastAnalyze: number | undefined;
  private addedSince = 0;

  constructor(private readonly db: StoreDatabase) {}

  /** Vacuums and analyzes a store that holds documents but was never vacuumed or never analyzed (one from before this was kept). */
  async catchUp(): Promise<void> {
    const { analyzed, vacuumed, any } = await this.catalogue();
    if (any && !(analyzed && vacuumed)) await this.vacuumAndAnalyze();
  }

  async documentsAdded(count: number): Promise<void> {
    this.documentsAtLastAnalyze ??= (await this.catalogue()).documents;
    this.addedSince += count;
    if (this.addedSince >= BASE_THRESHOLD + SCALE_FACTOR * this.documentsAtLastAnalyze) await this.vacuumAndAnalyze();
  }

  private async vacuumAndAnalyze(): Promise<void> {
    await this.db.execute(sql`vacuum analyze`);
    this.documentsAtLastAnalyze = (await this.catalogue()).documents;
    this.addedSince = 0;
  }

  /** What the catalogue says of the documents table: its row estimate (-1 until first analyzed), whether a vacuum marked any of its pages all-visible, and whether it has a row. */
  private async catalogue(): Promise<{ analyzed: boolean; vacuumed: boolean; documents: number; any: boolean }> {
    const result = (await this.db.execute(sql`
      select c.reltuples::float8 as reltuples, c.relallvisible::int as all_visible, exists (select 1 from documents) as any
      from pg_class c where c.oid = 'documents'::regclass`)) as unknown as { rows: { reltuples: number; all_visible: number; any: boolean }[] };
    const row = result.rows[0];
    const reltuples = Number(row?.reltuples ?? -1);
    return { analyzed: reltuples >= 0, vacuumed: Number(row?.all_visible ?? 0) > 0, documents: Math.max(0, reltuples), any: Boolean(row?.any) };
  }
}
