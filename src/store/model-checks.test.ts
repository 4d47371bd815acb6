import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { ENTITY_TYPE_MODEL } from '../record/model.ts';
import type { StoreDatabase } from './database.ts';
import { storeBackends, withFreshStore } from '../../test/support/store-backends.ts';

/** The values a migrated database's CHECK constraint allows, read from the constraint itself. */
async function checkedValues(db: StoreDatabase, constraint: string): Promise<string[]> {
  const result = (await db.execute(sql`select pg_get_constraintdef(oid) as definition from pg_constraint where conname = ${constraint}`)) as unknown as { rows: { definition: string }[] };
  const definition = result.rows[0].definition;
  return [...definition.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

for (const backend of storeBackends()) {
  describe(`the migrated database on ${backend.name} and the model`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    test('entities.type accepts exactly the entity types of data/model/entity-types.yaml', async () => {
      await withFreshStore(backend, async (_store, db) => {
        assert.deepEqual((await checkedValues(db, 'entities_type_check')).sort(), ENTITY_TYPE_MODEL.map((t) => t.name).sort());
      });
    });
  });
}
