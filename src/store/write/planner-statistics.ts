// PGlite runs no autovacuum, so nothing refreshes the query planner's statistics as the
// tables grow: on a store of 2,000 documents never analyzed, the planner took a pair's
// events for a few dozen rows and joined them row by row (a dyad's entities in 100 ms
// instead of 18). Nor does anything set the visibility map that lets the covering indexes
// (a country's events, an event's entities) answer without visiting the table. The embedded
// store does here what autovacuum does on a server: it vacuums once the documents added since
// the last vacuum pass 50 plus a fifth of those there were, and analyzes once they pass 50
// plus as many as there were. Analyzing is the dearer (a sample of every table, about a
// millisecond a document stored when run at each fifth) and can wait longer: the planner
// scales the row counts it keeps by each table's current size, so only the shape of the
// data goes stale between analyzes, and that changes slowly. A vacuum reads only the pages
// written since the last.
import { sql } from 'drizzle-orm';
import type { StoreDatabase } from '../database.ts';

const BASE_THRESHOLD = 50;
const VACUUM_SCALE_FACTOR = 0.2;
const ANALYZE_SCALE_FACTOR = 1;

export class PlannerStatistics {
  /** Documents stored now, and at the last vacuum and the last analyze; read from the catalogue when first needed. */
  private counts: { documents: number; atVacuum: number; atAnalyze: number } | undefined;

  constructor(private readonly db: StoreDatabase) {}

  /** Vacuums and analyzes a store that holds documents but was never vacuumed or never analyzed (one from before this was kept). */
  async catchUp(): Promise<void> {
    const { analyzed, vacuumed, any } = await this.catalogue();
    if (any && !(analyzed && vacuumed)) await this.refresh(true, true);
  }

  async documentsAdded(count: number): Promise<void> {
    if (!this.counts) {
      const { documents } = await this.catalogue();
      this.counts = { documents, atVacuum: documents, atAnalyze: documents };
    }
    const counts = this.counts;
    counts.documents += count;
    const vacuum = counts.documents - counts.atVacuum >= BASE_THRESHOLD + VACUUM_SCALE_FACTOR * counts.atVacuum;
    const analyze = counts.documents - counts.atAnalyze >= BASE_THRESHOLD + ANALYZE_SCALE_FACTOR * counts.atAnalyze;
    if (vacuum || analyze) await this.refresh(vacuum, analyze);
  }

  private async refresh(vacuum: boolean, analyze: boolean): Promise<void> {
    await this.db.execute(vacuum && analyze ? sql`vacuum analyze` : vacuum ? sql`vacuum` : sql`analyze`);
    if (!this.counts) return;
    if (vacuum) this.counts.atVacuum = this.counts.documents;
    if (analyze) this.counts.atAnalyze = this.counts.documents;
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
