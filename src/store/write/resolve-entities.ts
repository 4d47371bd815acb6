// Cross-document resolution of a batch's entities against the knowledge base: each
// extracted entity becomes the knowledge-base entity it is (src/resolve/entity-matching.ts
// decides), or a new one. Candidates are fetched once per batch by their resolution keys;
// entities created earlier in the batch are candidates for later ones.
import { eq, sql } from 'drizzle-orm';
import type { Entity, Record } from '../../record/schema.ts';
import { canonicalEntityId } from '../../resolve/canonical-id.ts';
import { agreement, type EntityView, isNameKey, isPersonWithoutCountry, isSameEntity, lookupKeys, namesMayMatch, resolutionKeys } from '../../resolve/entity-matching.ts';
import { foldedName } from '../../resolve/name-similarity.ts';
import type { StoreTransaction } from '../database.ts';
import { entities, entityKeys } from '../schema.ts';
import type { FactStatus } from '../fact-status.ts';
import { isAnyOf } from '../id-list.ts';
import { insertRows } from './insert-rows.ts';
import { jsonParameter } from '../json-parameter.ts';
import { chunks } from '../statement-chunks.ts';

const ENTITY_COMMON_FIELDS = ['id', 'type', 'name', 'aliases', 'mentions', 'confidence'];
/** Fields that name other entities of the same Record by their local ids. */
const LOCAL_REFERENCE_FIELDS = ['part_of', 'places', 'place'];

/** The Record's fields beyond the common ones; references to other entities are left out until they are resolved. */
export function reportedAttributes(entity: Entity): { [field: string]: unknown } {
  return Object.fromEntries(Object.entries(entity).filter(([key]) => !ENTITY_COMMON_FIELDS.includes(key)));
}

function viewOf(entity: Entity, documentCountries: readonly string[] = []): EntityView {
  const attributes = Object.fromEntries(Object.entries(reportedAttributes(entity)).filter(([key]) => !LOCAL_REFERENCE_FIELDS.includes(key)));
  return { type: entity.type, name: entity.name, aliases: entity.aliases, attributes, ...(entity.type === 'person' ? { documentCountries } : {}) };
}

function countriesOf(record: Record): string[] {
  return record.entities.flatMap((entity) => (entity.type === 'country' ? [entity.code] : []));
}

interface KnownEntity {
  id: string;
  view: EntityView;
  isNew: boolean;
  /** Documents that report it (none for an entity this batch creates). */
  reports: number;
  /** The batch's documents that report it. */
  batchDocuments: Set<string>;
}

export interface EntityResolution {
  /** Per document, each local entity id's knowledge-base id. */
  idsByDocument: Map<string, Map<string, string>>;
  /** Entities created by this batch, with the names and attributes of their first report. */
  created: { id: string; entity: Entity }[];
  /** Every knowledge-base entity the batch reports, new or known, with the names it reported and its keys. */
  reported: Map<string, { entity: Entity; names: Set<string>; keys: Set<string> }>;
  /** The stored entities filed under each key looked up, by the ids they are filed under. */
  filed: ReadonlyMap<string, ReadonlySet<string>>;
}

const candidateColumns = {
  id: entities.id,
  type: entities.type,
  name: entities.name,
  aliases: entities.aliases,
  attributes: entities.attributes,
  corrections: entities.corrections,
  status: entities.status,
  mergedInto: entities.mergedInto,
  documentCount: entities.documentCount,
};

interface CandidateRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  attributes: { [field: string]: unknown };
  corrections: { [field: string]: unknown };
  status: string;
  mergedInto: string | null;
  documentCount: number;
}

/** A stored entity as a candidate, one object per entity however many rows name it, so that candidates can be told apart by identity. */
function candidateOf(row: CandidateRow, byId: Map<string, KnownEntity>): KnownEntity {
  // A merged entity's reports go to the entity it was merged into.
  const id = row.status === ('merged' satisfies FactStatus) && row.mergedInto ? row.mergedInto : row.id;
  const known = byId.get(id) ?? {
    id,
    isNew: false,
    reports: row.documentCount,
    batchDocuments: new Set<string>(),
    view: { type: row.type as Entity['type'], name: row.name, aliases: row.aliases, attributes: { ...row.attributes, ...row.corrections } },
  };
  byId.set(id, known);
  return known;
}

/**
 * The stored entities filed under any of the keys, each read once however many of the keys
 * it is filed under: the keys are read from their index alone, then the entities by id. They
 * are first read by their names only, and read whole only if their names may be those of a
 * report that looked them up (`lookers`, by key): a common surname files hundreds of people,
 * a common word of titles ("cooperation") hundreds of instruments, nearly all of which a
 * report's names rule out.
 */
async function loadCandidates(
  tx: StoreTransaction,
  lookers: ReadonlyMap<string, readonly EntityView[]>,
): Promise<{ byKey: Map<string, KnownEntity[]>; idsByKey: Map<string, Set<string>> }> {
  const idsByKey = new Map<string, Set<string>>();
  for (const keyChunk of chunks([...lookers.keys()])) {
    const rows = await tx.select({ key: entityKeys.key, entityId: entityKeys.entityId }).from(entityKeys).where(isAnyOf(entityKeys.key, keyChunk));
    for (const { key, entityId } of rows) {
      const ids = idsByKey.get(key);
      if (ids) ids.add(entityId);
      else idsByKey.set(key, new Set([entityId]));
    }
  }
  const byStoredId = new Map<string, KnownEntity>();
  const byId = new Map<string, KnownEntity>();
  for (const idChunk of chunks(await candidatesWorthReading(tx, idsByKey, lookers))) {
    const rows = await tx.select(candidateColumns).from(entities).where(isAnyOf(entities.id, idChunk));
    for (const row of rows) byStoredId.set(row.id, candidateOf(row, byId));
  }
  const byKey = new Map<string, KnownEntity[]>();
  for (const [key, ids] of idsByKey) {
    byKey.set(key, [...new Set([...ids].flatMap((id) => byStoredId.get(id) ?? []))]);
  }
  await addDocumentCountries(tx, [...byId.values()].filter((known) => isPersonWithoutCountry(known.view)));
  return { byKey, idsByKey };
}

/**
 * The ids of the candidates to read whole: those found under a name of the report, and those
 * whose names, read first, a report looking them up may bear.
 */
async function candidatesWorthReading(tx: StoreTransaction, idsByKey: ReadonlyMap<string, ReadonlySet<string>>, lookers: ReadonlyMap<string, readonly EntityView[]>): Promise<string[]> {
  const wanted = new Set<string>();
  for (const [key, ids] of idsByKey) if (isNameKey(key)) for (const id of ids) wanted.add(id);
  const lookersOf = new Map<string, Set<EntityView>>();
  for (const [key, ids] of idsByKey) {
    for (const id of ids) {
      if (wanted.has(id)) continue;
      const views = lookersOf.get(id) ?? new Set<EntityView>();
      for (const view of lookers.get(key) ?? []) views.add(view);
      lookersOf.set(id, views);
    }
  }
  for (const idChunk of chunks([...lookersOf.keys()])) {
    const rows = await tx.select({ id: entities.id, type: entities.type, name: entities.name, aliases: entities.aliases }).from(entities).where(isAnyOf(entities.id, idChunk));
    for (const row of rows) {
      if ([...lookersOf.get(row.id) ?? []].some((view) => namesMayMatch({ ...row, type: row.type as EntityView['type'] }, view))) wanted.add(row.id);
    }
  }
  return [...wanted];
}

/** For stored people without a country, the countries the documents that report them name. */
async function addDocumentCountries(tx: StoreTransaction, people: readonly KnownEntity[]): Promise<void> {
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const idChunk of chunks([...byId.keys()])) {
    const result = (await tx.execute(sql`
      select m.entity_id as id, array_agg(distinct c.entity_id) as countries
      from entity_mentions m join entity_mentions c on c.document_id = m.document_id and c.type = 'country'
      where ${isAnyOf(sql`m.entity_id`, idChunk)}
      group by m.entity_id`)) as unknown as { rows: { id: string; countries: string[] }[] };
    for (const row of result.rows) {
      const person = byId.get(row.id);
      if (person) person.view = { ...person.view, documentCountries: row.countries.map((id) => id.replace(/^country:/, '')) };
    }
  }
}

/**
 * Candidates that share a name with the entity first: a name in common is the strongest
 * evidence. An entity another of the same document's entities became is none: extraction
 * told the two apart, unless they bear one full name (a coreference it missed).
 */
function candidatesFor(keys: readonly string[], byKey: Map<string, KnownEntity[]>, documentId: string, view: EntityView): KnownEntity[] {
  const seen = new Set<KnownEntity>();
  const ordered = [...keys].sort((a, b) => Number(!a.includes('|name:')) - Number(!b.includes('|name:')));
  for (const key of ordered) for (const candidate of byKey.get(key) ?? []) seen.add(candidate);
  return [...seen].filter((candidate) => !candidate.batchDocuments.has(documentId) || bearsFullName(candidate.view, view));
}

/** Whether two views share a name of several words, folded alike. */
function bearsFullName(a: EntityView, b: EntityView): boolean {
  const namesOfA = new Set([a.name, ...a.aliases].map(foldedName).filter((name) => name.includes(' ')));
  return [b.name, ...b.aliases].some((name) => namesOfA.has(foldedName(name)));
}

/**
 * The one candidate the entity is. When several would do and none bears its very name
 * ("A. Asadov" with both an Ali and an Anar Asadov stored), it is none of them: a new entity,
 * which review offers for merging, is better than a guess. When several bear its very name,
 * another entity of that name would only make every later report of it ambiguous too: it is
 * the one it agrees with most, then the one most reported.
 */
function soleMatch(candidates: readonly KnownEntity[], view: EntityView): KnownEntity | undefined {
  const matches = candidates.filter((candidate) => isSameEntity(candidate.view, view));
  if (matches.length <= 1) return matches[0];
  const incomingNames = new Set([view.name, ...view.aliases].map(foldedName));
  const namesakes = matches.filter((candidate) => [candidate.view.name, ...candidate.view.aliases].some((name) => incomingNames.has(foldedName(name))));
  const ranked = namesakes.map((candidate) => ({ candidate, agreement: agreement(candidate.view, view) }));
  ranked.sort((a, b) => b.agreement - a.agreement || b.candidate.reports - a.candidate.reports || (a.candidate.id < b.candidate.id ? -1 : 1));
  return ranked[0]?.candidate;
}

/**
 * Ids for the batch's new entities: the canonical id, or, when a namesake holds it already, the
 * canonical id numbered ("~2"). An entity stored under the canonical id since the candidates
 * were read (another worker's batch, committed meanwhile) is first offered as what the new one
 * is: two workers reporting one new project make it once, not twice.
 */
async function allocateIds(tx: StoreTransaction, created: KnownEntity[], candidateIds: ReadonlySet<string>): Promise<void> {
  const taken = new Set<string>();
  const storedSince = new Map<string, KnownEntity[]>();
  const byId = new Map<string, KnownEntity>();
  for (const idChunk of chunks([...new Set(created.map((entity) => entity.id))])) {
    const canonicalId = sql<string>`split_part(${entities.id}, '~', 1)`;
    const rows = await tx.select({ canonicalId, ...candidateColumns }).from(entities).where(isAnyOf(canonicalId, idChunk));
    for (const row of rows) {
      taken.add(row.id);
      if (candidateIds.has(row.id)) continue;
      const list = storedSince.get(row.canonicalId) ?? [];
      storedSince.set(row.canonicalId, [...list, candidateOf(row, byId)]);
    }
  }
  for (const entity of created) {
    const stored = soleMatch(storedSince.get(entity.id) ?? [], entity.view);
    if (stored) {
      // The batch's other new namesakes are, by the batch's own resolution, someone else.
      storedSince.set(entity.id, (storedSince.get(entity.id) ?? []).filter((other) => other !== stored));
      Object.assign(entity, { id: stored.id, isNew: false, reports: stored.reports });
      continue;
    }
    let id = entity.id;
    for (let n = 2; taken.has(id); n += 1) id = `${entity.id}~${n}`;
    entity.id = id;
    taken.add(id);
  }
}

export async function resolveEntities(tx: StoreTransaction, records: readonly Record[]): Promise<EntityResolution> {
  const keysOf = new Map<Entity, { filed: string[]; lookedUp: string[] }>();
  const views = new Map<Entity, EntityView>();
  /** The reports that look up each key. */
  const lookers = new Map<string, EntityView[]>();
  for (const record of records) {
    const documentCountries = countriesOf(record);
    for (const entity of record.entities) {
      const view = viewOf(entity, documentCountries);
      views.set(entity, view);
      const lookedUp = lookupKeys(view);
      keysOf.set(entity, { filed: resolutionKeys(view), lookedUp });
      for (const key of lookedUp) {
        const lookingUp = lookers.get(key);
        if (lookingUp) lookingUp.push(view);
        else lookers.set(key, [view]);
      }
    }
  }
  const { byKey, idsByKey: filed } = await loadCandidates(tx, lookers);
  const candidateIds = new Set([...byKey.values()].flat().map(({ id }) => id));

  const resolvedAs = new Map<Entity, KnownEntity>();
  const createdEntities: { known: KnownEntity; entity: Entity }[] = [];
  for (const record of records) {
    const documentId = record.document.id;
    for (const entity of record.entities) {
      const { filed, lookedUp } = keysOf.get(entity) ?? { filed: [], lookedUp: [] };
      const view = views.get(entity) ?? viewOf(entity);
      let known = soleMatch(candidatesFor(lookedUp, byKey, documentId, view), view);
      if (known) {
        // What this report adds (another spelling, a role) helps the batch's later reports find it.
        known.view = { ...known.view, aliases: [...known.view.aliases, entity.name, ...entity.aliases], attributes: { ...view.attributes, ...known.view.attributes } };
      } else {
        known = { id: canonicalEntityId(entity), view, isNew: true, reports: 0, batchDocuments: new Set() };
        createdEntities.push({ known, entity });
      }
      known.batchDocuments.add(documentId);
      resolvedAs.set(entity, known);
      for (const key of filed) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [known]);
        else if (!list.includes(known)) list.push(known);
      }
    }
  }
  await allocateIds(tx, createdEntities.map(({ known }) => known), candidateIds);

  const idsByDocument = new Map<string, Map<string, string>>();
  const reported: EntityResolution['reported'] = new Map();
  for (const record of records) {
    const ids = new Map<string, string>();
    for (const entity of record.entities) {
      const id = resolvedAs.get(entity)?.id ?? canonicalEntityId(entity);
      ids.set(entity.id, id);
      const entry = reported.get(id) ?? { entity, names: new Set<string>(), keys: new Set<string>() };
      for (const name of [entity.name, ...entity.aliases]) entry.names.add(name);
      for (const key of keysOf.get(entity)?.filed ?? []) entry.keys.add(key);
      reported.set(id, entry);
    }
    idsByDocument.set(record.document.id, ids);
  }
  const created = createdEntities.filter(({ known }) => known.isNew).map(({ known, entity }) => ({ id: known.id, entity }));
  return { idsByDocument, created, reported, filed };
}

/** Writes the batch's new entities, every reported name as an alias and every key, merging with what is stored. */
export async function writeResolvedEntities(tx: StoreTransaction, resolution: EntityResolution): Promise<void> {
  const createdIds = new Set(resolution.created.map(({ id }) => id));
  const rows = [...resolution.reported.entries()]
    .map(([id, { entity, names }]) => {
      const aliases = [...names].filter((name) => name !== entity.name).sort();
      return { id, type: entity.type, name: entity.name, aliases, attributes: createdIds.has(id) ? viewOf(entity).attributes : {}, searchText: [entity.name, ...aliases].join(' ') };
    })
    // Sorted by id so that concurrent ingests lock shared entity rows in the same order.
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await insertRows(tx, entities, rows, sql`on conflict (id) do nothing`);
  // A stored entity is updated, and so locked until commit, only when the batch gives it a
  // name it lacks: nearly every document names the same few countries, and updating their
  // rows here made concurrent ingests wait for each other's whole transaction.
  const mergedAliases = sql`array(
    select distinct alias from unnest(${entities.aliases} || given.names) as alias where alias <> ${entities.name} order by alias)`;
  for (const namesChunk of chunks(rows.map(({ id, name, aliases }) => ({ id, names: [name, ...aliases] })))) {
    await tx.execute(sql`
      update entities set
        aliases = ${mergedAliases}, search_text = ${entities.name} || ' ' || array_to_string(${mergedAliases}, ' '), updated_at = now()
      from jsonb_to_recordset(${jsonParameter(namesChunk)}::jsonb) as given(id text, names text[])
      where ${entities.id} = given.id and not (${entities.aliases} || ${entities.name}) @> given.names`);
  }
  // Only the keys not stored yet: most of a known entity's keys were read with the candidates.
  const keyRows = [...resolution.reported.entries()].flatMap(([entityId, { keys }]) =>
    [...keys].filter((key) => !resolution.filed.get(key)?.has(entityId)).map((key) => ({ key, entityId })));
  await insertRows(tx, entityKeys, keyRows, sql`on conflict do nothing`);
}

/** Entities whose reports changed, for their merged attributes to be computed again. */
export function touchedEntityIds(resolution: EntityResolution): string[] {
  return [...resolution.reported.keys()];
}
