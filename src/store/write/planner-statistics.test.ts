import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { connectPglite, openPgliteStore } from '../../adapters/database/pglite.ts';
import { DrizzleStore } from '../drizzle-store.ts';
import type { StoreDatabase } from '../database.ts';
import { handMadeArticle } from '../../../test/support/hand-made-records.ts';

/** The planner's idea of the documents table: -1 until it is first analyzed, then its row count. */
async function documentsEstimate(db: StoreDatabase): Promise<number> {
  const result = (await db.execute(sql`select reltuples::float8 as n from pg_class where oid = 'documents'::regclass`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
}

/** Pages of the documents table the visibility map marks all-visible: only a vacuum marks them. */
async function allVisiblePages(db: StoreDatabase): Promise<number> {
  const result = (await db.execute(sql`select relallvisible::int as n from pg_class where oid = 'documents'::regclass`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
}

function articles(count: number, from = 0) {
  return Array.from({ length: count }, (_, index) => handMadeArticle(`Report number ${from + index} on Georgia and Armenia.`, '2025-03-04', { entities: [] }));
}

/** How often the documents table was vacuumed and analyzed since the database started. */
async function maintenanceCounts(db: StoreDatabase): Promise<{ vacuums: number; analyzes: number }> {
  const result = (await db.execute(sql`select vacuum_count::int as vacuums, analyze_count::int as analyzes from pg_stat_user_tables where relname = 'documents'`)) as unknown as { rows: { vacuums: number; analyzes: number }[] };
  return { vacuums: Number(result.rows[0]!.vacuums), analyzes: Number(result.rows[0]!.analyzes) };
}

test('the embedded store vacuums as its tables grow by a fifth and analyzes as they double, as autovacuum would, and not after every batch', async () => {
  const connection = await connectPglite();
  const store = new DrizzleStore(connection);
  try {
    await store.saveDocuments(articles(40));
    assert.equal(await documentsEstimate(connection.db), -1, 'below 50 new documents, no analyze');
    assert.deepEqual(await maintenanceCounts(connection.db), { vacuums: 0, analyzes: 0 });
    await store.saveDocuments(articles(20, 40));
    assert.equal(await documentsEstimate(connection.db), 60);
    assert.ok(await allVisiblePages(connection.db) > 0, 'vacuumed, so that index-only scans need not visit the table');
    assert.deepEqual(await maintenanceCounts(connection.db), { vacuums: 1, analyzes: 1 });
    await store.saveDocuments(articles(40, 60));
    assert.deepEqual(await maintenanceCounts(connection.db), { vacuums: 1, analyzes: 1 }, 'the next vacuum waits for 50 + 20 % of 60 more');
    await store.saveDocuments(articles(22, 100));
    assert.deepEqual(await maintenanceCounts(connection.db), { vacuums: 2, analyzes: 1 }, 'the next analyze waits for 50 + 60 more');
    await store.saveDocuments(articles(50, 122));
    assert.deepEqual(await maintenanceCounts(connection.db), { vacuums: 2, analyzes: 2 });
    assert.equal(await documentsEstimate(connection.db), 172);
  } finally {
    await store.close();
  }
});

test('an embedded store with documents that was never analyzed is vacuumed and analyzed when opened', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-statistics-'));
  try {
    const dataDir = join(folder, 'db');
    const connection = await connectPglite({ dataDir });
    await new DrizzleStore(connection).saveDocuments(articles(10));
    await connection.close();
    const store = await openPgliteStore({ dataDir });
    await store.close();
    const reopened = await connectPglite({ dataDir });
    try {
      assert.equal(await documentsEstimate(reopened.db), 10);
      assert.ok(await allVisiblePages(reopened.db) > 0);
    } finally {
      await reopened.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the embedded store prices a page read out of order as its pages cost in memory, near one read in order', async () => {
  const connection = await connectPglite();
  try {
    const result = (await connection.db.execute(sql`select current_setting('random_page_cost')::float8 as cost, current_setting('seq_page_cost')::float8 as sequential`)) as unknown as { rows: { cost: number; sequential: number }[] };
    const { cost, sequential } = result.rows[0]!;
    assert.ok(cost >= sequential && cost < 2 * sequential, `random_page_cost ${cost} against seq_page_cost ${sequential}`);
  } finally {
    await connection.close();
  }
});
