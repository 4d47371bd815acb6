// A store filed by an older bilat is filed again under the resolution keys of this one when it
// is opened: reports look their candidates up by today's keys (src/resolve/entity-matching.ts),
// and would not find an entity filed only under older ones. Each entity gets the keys its names
// and attributes (with review's corrections) give today; the old keys stay, since a key only
// finds candidates and isSameEntity decides.
import { and, asc, gt, ne, sql } from 'drizzle-orm';
import type { EntityType } from '../../record/schema.ts';
import { resolutionKeys } from '../../resolve/entity-matching.ts';
import type { StoreDatabase } from '../database.ts';
import type { FactStatus } from '../fact-status.ts';
import { entities, entityKeys, resolutionKeysFiled } from '../schema.ts';
import { insertRows } from './insert-rows.ts';

/** Raised whenever what `resolutionKeys` files changes. 1: people and instruments filed in blocks, people under their names' first and last words. */
export const RESOLUTION_KEYS_VERSION = 1;

const ENTITIES_PER_STEP = 2000;

/** Files every entity not merged into another under today's keys, once per version, in one transaction. */
export async function refileResolutionKeys(db: StoreDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    const [filed] = await tx.select({ version: resolutionKeysFiled.version }).from(resolutionKeysFiled).for('update');
    if (filed !== undefined && filed.version >= RESOLUTION_KEYS_VERSION) return;
    let after = '';
    for (;;) {
      const rows = await tx
        .select({ id: entities.id, type: entities.type, name: entities.name, aliases: entities.aliases, attributes: entities.attributes, corrections: entities.corrections })
        .from(entities)
        .where(and(gt(entities.id, after), ne(entities.status, 'merged' satisfies FactStatus)))
        .orderBy(asc(entities.id))
        .limit(ENTITIES_PER_STEP);
      if (rows.length === 0) break;
      const keyRows = rows.flatMap((row) => {
        const view = { type: row.type as EntityType, name: row.name, aliases: row.aliases, attributes: { ...row.attributes, ...row.corrections } };
        return resolutionKeys(view).map((key) => ({ key, entityId: row.id }));
      });
      await insertRows(tx, entityKeys, keyRows, sql`on conflict do nothing`);
      after = rows[rows.length - 1].id;
    }
    await tx.update(resolutionKeysFiled).set({ version: RESOLUTION_KEYS_VERSION });
  });
}
