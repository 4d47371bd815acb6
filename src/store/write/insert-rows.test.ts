import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, sql } from 'drizzle-orm';
import { insertRows } from './insert-rows.ts';
import { entities } from '../schema.ts';
import { storeBackends, withFreshStore } from '../../../test/support/store-backends.ts';

const person = (id: string, name: string) => ({ id, type: 'person', name, searchText: name });

for (const backend of storeBackends()) {
  describe(`inserting rows as one JSON parameter on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withStore = (use: Parameters<typeof withFreshStore>[1]) => withFreshStore(backend, use);
    const stored = (db: Parameters<Parameters<typeof withFreshStore>[1]>[1]) =>
      db.select({ id: entities.id, name: entities.name, aliases: entities.aliases, attributes: entities.attributes, status: entities.status })
        .from(entities).orderBy(asc(entities.id));

    test('each row keeps the values it gives, arrays and JSON included, and a column it leaves out takes its default', () =>
      withStore(async (_, db) => {
        await db.transaction((tx) => insertRows(tx, entities, [
          { ...person('a', 'Ali Asadov'), aliases: ['Asadov', 'A. Asadov'], attributes: { country: 'AZE', roles: [{ title: 'Prime Minister' }] } },
          person('b', 'Olzhas Bektenov'),
          { ...person('c', 'Ararat Mirzoyan'), status: 'rejected', attributes: {} },
        ]));
        assert.deepEqual(await stored(db), [
          { id: 'a', name: 'Ali Asadov', aliases: ['Asadov', 'A. Asadov'], attributes: { country: 'AZE', roles: [{ title: 'Prime Minister' }] }, status: 'active' },
          { id: 'b', name: 'Olzhas Bektenov', aliases: [], attributes: {}, status: 'active' },
          { id: 'c', name: 'Ararat Mirzoyan', aliases: [], attributes: {}, status: 'rejected' },
        ]);
      }));

    test('a lone surrogate is stored as the replacement character, in text and in JSON, as a text parameter would store it', () =>
      withStore(async (_, db) => {
        await db.transaction((tx) => insertRows(tx, entities, [{ ...person('a', 'Asadov\uD800'), attributes: { note: '\uDC00 and \\ud800 as typed' } }]));
        const [row] = await stored(db);
        assert.equal(row.name, 'Asadov\uFFFD');
        assert.deepEqual(row.attributes, { note: '\uFFFD and \\ud800 as typed' });
      }));

    test('the conflict clause given applies to every row', () =>
      withStore(async (_, db) => {
        await db.transaction((tx) => insertRows(tx, entities, [person('a', 'Ali Asadov')]));
        await db.transaction((tx) => insertRows(tx, entities, [person('a', 'Someone Else'), person('b', 'Olzhas Bektenov')], sql`on conflict do nothing`));
        assert.deepEqual((await stored(db)).map((row) => row.name), ['Ali Asadov', 'Olzhas Bektenov']);
        await assert.rejects(db.transaction((tx) => insertRows(tx, entities, [person('b', 'Olzhas Bektenov')])), (error: Error) => /duplicate key/.test(`${error.message} ${error.cause}`));
      }));
  });
}
