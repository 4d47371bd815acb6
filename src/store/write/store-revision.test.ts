import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeBackends, withFreshStore } from '../../../test/support/store-backends.ts';
import { advanceRevision, RevisionReader } from './store-revision.ts';

for (const backend of storeBackends()) {
  describe(`the store's revision as the server reads it, on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    test('the only writer reads it once, and again only after its own writes; another reader reads it each time', () => withFreshStore(backend, async (_, db) => {
      const soleWriter = new RevisionReader(db, true);
      const oneOfMany = new RevisionReader(db, false);
      const first = await soleWriter.read();
      // A change made around the reader, as another process would make it.
      await db.transaction(advanceRevision);
      assert.equal(await soleWriter.read(), first, 'answered without a query');
      assert.equal(await oneOfMany.read(), first + 1);
      await soleWriter.writing(() => db.transaction(advanceRevision));
      assert.equal(await soleWriter.read(), first + 2);
    }));
  });
}
