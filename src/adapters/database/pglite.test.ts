import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { connectPglite } from './pglite.ts';

test('queries waiting their turn in the embedded store let the event loop read its sockets between them', async () => {
  const connection = await connectPglite();
  try {
    const finished: string[] = [];
    const queries = Array.from({ length: 20 }, async (_, index) => {
      await connection.db.execute(sql`select pg_sleep(0.005)`);
      finished.push(`query ${index}`);
    });
    // A socket's data, or any other event, is handled in the loop's turn, after the code that queued the queries.
    const event = new Promise<void>((resolve) => setTimeout(() => (finished.push('event'), resolve()), 0));
    await Promise.all([...queries, event]);
    assert.equal(finished.length, 21);
    assert.ok(finished.indexOf('event') < 5, `the event waited for ${finished.indexOf('event')} of 20 queries: ${finished.join(', ')}`);
  } finally {
    await connection.close();
  }
});
