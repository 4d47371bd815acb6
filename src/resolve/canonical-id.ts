// Which knowledge-base entity an extracted entity is, until cross-document resolution
// (name variants, roles, similarity) replaces it: a country by its code, anything else by
// its type and folded name, so "Murat Nurtleu" in two articles is one person.
import { createHash } from 'node:crypto';
import type { Entity, EntityType } from '../record/schema.ts';
import { foldText } from '../vocabulary/fold.ts';

const ID_PREFIX: { [type in EntityType]: string } = {
  country: 'country',
  person: 'person',
  organization: 'org',
  place: 'place',
  instrument: 'instrument',
  initiative: 'initiative',
  forum: 'forum',
};

/** Long names (instrument titles) are cut; a hash of the whole name keeps two that share a beginning apart. */
const MAX_SLUG_LENGTH = 60;
const HASH_LENGTH = 8;

/** The name folded (no diacritics, lower case) with every letter kept, of whatever script, and anything else a hyphen. */
export function nameSlug(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}

export function canonicalEntityId(entity: Entity): string {
  if (entity.type === 'country') return `country:${entity.code}`;
  const slug = nameSlug(entity.name);
  if (slug.length <= MAX_SLUG_LENGTH) return `${ID_PREFIX[entity.type]}:${slug}`;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, HASH_LENGTH);
  return `${ID_PREFIX[entity.type]}:${slug.slice(0, MAX_SLUG_LENGTH - HASH_LENGTH - 1).replace(/-$/, '')}-${hash}`;
}
