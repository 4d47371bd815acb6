// Links each new document to the story of its near-duplicates (the same wire story in
// another outlet, the same readout reworded): documents sharing an LSH band key are
// candidates, and their estimated similarity decides (src/resolve/near-duplicates.ts).
import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  bandKeys, type Fingerprint, fingerprintMinima, minimaSimilarity, NEAR_DUPLICATE_THRESHOLD,
} from '../../resolve/near-duplicates.ts';
import type { StoreTransaction } from '../database.ts';
import { isAnyOf } from '../id-list.ts';
import { insertRows } from './insert-rows.ts';
import { jsonParameter } from '../json-parameter.ts';
import { documentBands, documents, entityMentions, stories } from '../schema.ts';
import { chunks } from '../statement-chunks.ts';

export interface Fingerprinted {
  id: string;
  fingerprint: Fingerprint;
  minima: Uint32Array | undefined;
  keys: string[];
  storyId: number | null;
  /** The countries the document names: a story is about the same ones. */
  countries: Set<string>;
}

/**
 * Formulaic readouts of different pairs ("… signed a memorandum on cooperation in …")
 * can share most of their wording; the same story names the same countries.
 */
function sameCountries(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const code of a) if (b.has(code)) shared += 1;
  return shared >= Math.min(2, a.size, b.size);
}

/** How alike two documents are when they are near-duplicates of one story; undefined when they are not. */
export function nearDuplicateSimilarity(a: Fingerprinted, b: Fingerprinted): number | undefined {
  const similarity = minimaSimilarity(a.minima, b.minima);
  return similarity >= NEAR_DUPLICATE_THRESHOLD && sameCountries(a.countries, b.countries) ? similarity : undefined;
}

/** The countries each of the stored documents names (a document naming none is left out). */
async function documentCountries(tx: StoreTransaction, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const countriesOf = new Map<string, Set<string>>();
  for (const idChunk of chunks(ids)) {
    const countryRows = await tx
      .select({ documentId: entityMentions.documentId, entityId: entityMentions.entityId })
      .from(entityMentions)
      .where(and(isAnyOf(entityMentions.documentId, idChunk), eq(entityMentions.type, 'country')));
    for (const mention of countryRows) {
      const countries = countriesOf.get(mention.documentId) ?? new Set<string>();
      countries.add(mention.entityId.replace(/^country:/, ''));
      countriesOf.set(mention.documentId, countries);
    }
  }
  return countriesOf;
}

/** The stored documents, fingerprinted (those without a fingerprint left out), in id order; their countries when not given. */
export async function fingerprintedDocuments(tx: StoreTransaction, ids: readonly string[], countries?: ReadonlyMap<string, Set<string>>): Promise<Fingerprinted[]> {
  const countriesOf = countries ?? await documentCountries(tx, ids);
  const documentsFound: Fingerprinted[] = [];
  // In id order, so that of equally similar candidates the same is taken whatever plan read them.
  for (const idChunk of chunks([...ids].sort())) {
    const rows = await tx
      .select({ id: documents.id, fingerprint: documents.fingerprint, storyId: documents.storyId })
      .from(documents)
      .where(isAnyOf(documents.id, idChunk))
      .orderBy(documents.id);
    for (const row of rows) {
      if (row.fingerprint === null) continue;
      documentsFound.push({
        id: row.id, fingerprint: row.fingerprint, minima: fingerprintMinima(row.fingerprint), keys: bandKeys(row.fingerprint), storyId: row.storyId,
        countries: countriesOf.get(row.id) ?? new Set<string>(),
      });
    }
  }
  return documentsFound;
}

/**
 * The stored documents that share a band key with a document of the batch and name the same
 * countries as one such, in id order, each with the batch's keys it shares. The others cannot
 * be near-duplicates of any: their fingerprints are not read.
 */
async function storedCandidates(tx: StoreTransaction, batch: readonly Fingerprinted[]): Promise<{ document: Fingerprinted; sharedKeys: string[] }[]> {
  const batchByKey = new Map<string, Fingerprinted[]>();
  for (const document of batch) {
    for (const key of document.keys) {
      const filed = batchByKey.get(key);
      if (filed) filed.push(document);
      else batchByKey.set(key, [document]);
    }
  }
  const batchIds = new Set(batch.map(({ id }) => id));
  const sharedKeys = new Map<string, string[]>();
  for (const keyChunk of chunks([...batchByKey.keys()])) {
    const rows = await tx.select({ id: documentBands.documentId, key: documentBands.bandKey }).from(documentBands).where(isAnyOf(documentBands.bandKey, keyChunk));
    for (const row of rows) {
      if (batchIds.has(row.id)) continue;
      const shared = sharedKeys.get(row.id);
      if (shared) shared.push(row.key);
      else sharedKeys.set(row.id, [row.key]);
    }
  }
  const countriesOf = await documentCountries(tx, [...sharedKeys.keys()]);
  const noCountries = new Set<string>();
  const plausible = [...sharedKeys].filter(([id, keys]) => {
    const countries = countriesOf.get(id) ?? noCountries;
    return keys.some((key) => batchByKey.get(key)?.some((document) => sameCountries(countries, document.countries)));
  });
  const fingerprinted = await fingerprintedDocuments(tx, plausible.map(([id]) => id), countriesOf);
  return fingerprinted.map((document) => ({ document, sharedKeys: sharedKeys.get(document.id) ?? [] }));
}

/**
 * Gives the stored candidate, which had no story, a new one shared with the document; answers
 * the story. Another ingest may have given it one since it was read: then that is the story.
 */
async function storyForStoredCandidate(tx: StoreTransaction, candidateId: string): Promise<number> {
  const [story] = await tx.insert(stories).values({}).returning({ id: stories.id });
  const updated = await tx.update(documents).set({ storyId: story.id }).where(and(eq(documents.id, candidateId), isNull(documents.storyId))).returning({ id: documents.id });
  if (updated.length > 0) return story.id;
  await tx.delete(stories).where(eq(stories.id, story.id));
  const [candidate] = await tx.select({ storyId: documents.storyId }).from(documents).where(eq(documents.id, candidateId));
  if (candidate?.storyId == null) throw new Error(`document ${candidateId} lost its story while near-duplicates were being linked to it`);
  return candidate.storyId;
}

/** Files the band keys of the new documents, stored with their fingerprints, and gives each its story: null when it has no near-duplicate. */
export async function assignStories(
  tx: StoreTransaction,
  newDocuments: readonly { id: string; fingerprint: Fingerprint; countries: readonly string[] }[],
): Promise<Map<string, number | null>> {
  const batch: Fingerprinted[] = newDocuments.map(({ id, fingerprint, countries }) => (
    { id, fingerprint, minima: fingerprintMinima(fingerprint), keys: bandKeys(fingerprint), storyId: null, countries: new Set(countries) }
  ));
  const stored = await storedCandidates(tx, batch);
  // Only the batch's keys are ever looked up: a stored candidate is filed under those it shares.
  const byKey = new Map<string, Fingerprinted[]>();
  const file = (document: Fingerprinted, keys: readonly string[]) => {
    for (const key of keys) {
      const filed = byKey.get(key);
      if (filed) filed.push(document);
      else byKey.set(key, [document]);
    }
  };
  for (const { document, sharedKeys } of stored) file(document, sharedKeys);

  const storyOf = new Map<string, number | null>();
  for (const document of batch) {
    const candidates = new Set(document.keys.flatMap((key) => byKey.get(key) ?? []));
    let best: { candidate: Fingerprinted; similarity: number } | undefined;
    for (const candidate of candidates) {
      const similarity = nearDuplicateSimilarity(document, candidate);
      if (similarity !== undefined && (!best || similarity > best.similarity)) best = { candidate, similarity };
    }
    if (best) {
      if (best.candidate.storyId === null) {
        if (batch.includes(best.candidate)) {
          const [story] = await tx.insert(stories).values({}).returning({ id: stories.id });
          best.candidate.storyId = story.id;
          storyOf.set(best.candidate.id, story.id);
        } else {
          best.candidate.storyId = await storyForStoredCandidate(tx, best.candidate.id);
        }
      }
      document.storyId = best.candidate.storyId;
    }
    storyOf.set(document.id, document.storyId);
    file(document, document.keys);
  }

  const updates = batch.flatMap(({ id, storyId }) => (storyId === null ? [] : [{ id, story_id: storyId }]));
  for (const updateChunk of chunks(updates)) {
    await tx.execute(sql`
      update documents set story_id = given.story_id
      from jsonb_to_recordset(${jsonParameter(updateChunk)}::jsonb) as given(id text, story_id integer)
      where documents.id = given.id`);
  }
  const bandRows = batch.flatMap(({ id, keys }) => [...new Set(keys)].map((bandKey) => ({ bandKey, documentId: id })));
  await insertRows(tx, documentBands, bandRows, sql`on conflict do nothing`);
  return storyOf;
}
