import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { StoreDatabase } from '../database.ts';
import { storeBackends, withFreshStore } from '../../../test/support/store-backends.ts';
import { handMadeArticle } from '../../../test/support/hand-made-records.ts';
import { RESOLUTION_KEYS_VERSION, refileResolutionKeys } from './refile-resolution-keys.ts';

async function storedKeys(db: StoreDatabase): Promise<string[]> {
  const result = (await db.execute(sql`select key || ' ' || entity_id as filed from entity_keys`)) as unknown as { rows: { filed: string }[] };
  return result.rows.map((row) => row.filed).sort();
}

async function filedVersion(db: StoreDatabase): Promise<number> {
  const result = (await db.execute(sql`select version from resolution_keys_filed`)) as unknown as { rows: { version: number }[] };
  return result.rows[0].version;
}

const article = handMadeArticle('Uzbek Energy Minister Arman Seitkali signed a memorandum on solar power with Azerbaijan.', '2026-03-02', {
  entities: [
    { id: 'p1', type: 'person', name: 'Arman Seitkali', country: 'UZB', roles: [{ title: 'Minister of Energy', country: 'UZB' }] },
    { id: 'i1', type: 'instrument', name: 'Memorandum on Solar Power', kind: 'memorandum', status: 'signed', parties: ['AZE', 'UZB'] },
  ],
});

for (const backend of storeBackends()) {
  describe(`stored entities filed again under new resolution keys, on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    test('a store filed by an older version gets the keys of this one once, and keeps its own', () => withFreshStore(backend, async (store, db) => {
      await store.saveDocuments([article]);
      const filedToday = await storedKeys(db);
      assert.ok(filedToday.includes('person|surname@UZB:seitkali person:arman-seitkali'), filedToday.join('\n'));
      assert.ok(filedToday.some((key) => key.startsWith('instrument|name@AZE:')), filedToday.join('\n'));
      // As an older version left it: plain keys only, and one that this version does not file.
      await db.execute(sql`delete from entity_keys where key like '%@%'`);
      await db.execute(sql`insert into entity_keys (key, entity_id) select 'person|older:' || id, id from entities where type = 'person'`);
      await db.execute(sql`update resolution_keys_filed set version = 0`);

      await refileResolutionKeys(db);
      assert.deepEqual(await storedKeys(db), [...filedToday, 'person|older:person:arman-seitkali person:arman-seitkali'].sort());
      assert.equal(await filedVersion(db), RESOLUTION_KEYS_VERSION);

      await db.execute(sql`delete from entity_keys where key like '%@%'`);
      await refileResolutionKeys(db);
      assert.equal((await storedKeys(db)).some((key) => key.includes('@')), false, 'filed again although the version is current');
    }));
  });
}
