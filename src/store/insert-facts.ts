// Writing a batch of new documents' facts: each entity once in the knowledge base (merged
// with what is there), and per document its mentions, events with evidence, and figures.
import { sql } from 'drizzle-orm';
import type { Entity, EntityType, Event, Record } from '../record/schema.ts';
import { canonicalEntityId } from '../resolve/canonical-id.ts';
import type { StoreTransaction } from './database.ts';
import {
  entities, entityMentions, eventCountries, eventEntities, eventReports, events, figures, type EventEntityRole,
} from './schema.ts';
import { partialDateBounds } from './partial-date.ts';

function withoutKeys<T extends object>(value: T, keys: readonly string[]): { [field: string]: unknown } {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

const ENTITY_COMMON_FIELDS = ['id', 'type', 'name', 'aliases', 'mentions', 'confidence'] as const;
const EVENT_REPORT_OMITTED_FIELDS = ['evidence', 'confidence'] as const;

function entityAttributes(entity: Entity): { [field: string]: unknown } {
  return withoutKeys(entity, ENTITY_COMMON_FIELDS);
}

function canonicalEventId(documentId: string, localId: string): string {
  return `${localId}@${documentId}`;
}

/** The countries an event involves: its country participants and the countries its people and organizations belong to. */
function eventCountryCodes(event: Event, entitiesByLocalId: Map<string, Entity>): string[] {
  const codes = new Set<string>();
  for (const id of event.participants) {
    const entity = entitiesByLocalId.get(id);
    if (!entity) continue;
    if (entity.type === 'country') codes.add(entity.code);
    else if (entity.type === 'person') {
      if (entity.country) codes.add(entity.country);
      for (const role of entity.roles) if (role.country) codes.add(role.country);
    } else if (entity.type === 'organization' && entity.country) codes.add(entity.country);
  }
  return [...codes].sort();
}

/** Few enough rows for one statement: PostgreSQL takes at most 65,535 parameters. */
const ROWS_PER_STATEMENT = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) result.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return result;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes: { [field: string]: unknown };
  searchText: string;
}

/** One row per knowledge-base entity across the batch: the first report's name and attributes, every report's names as aliases. */
function knowledgeBaseEntityRows(records: readonly Record[]): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const record of records) {
    for (const entity of record.entities) {
      const id = canonicalEntityId(entity);
      const row = rows.get(id) ?? { id, type: entity.type, name: entity.name, aliases: [], attributes: entityAttributes(entity), searchText: '' };
      for (const alias of [entity.name, ...entity.aliases]) if (alias !== row.name && !row.aliases.includes(alias)) row.aliases.push(alias);
      rows.set(id, row);
    }
  }
  // Sorted by id so that concurrent ingests lock shared entity rows in the same order.
  return [...rows.values()]
    .map((row) => ({ ...row, searchText: [row.name, ...row.aliases].join(' ') }))
    .sort(byId);
}

/** Every fact of newly stored documents: their entities' mentions, events with evidence, figures. */
export async function insertFacts(tx: StoreTransaction, records: readonly Record[]): Promise<void> {
  const entityRows = knowledgeBaseEntityRows(records);
  const mergedAliases = sql`array(
    select distinct alias from unnest(${entities.aliases} || excluded.aliases || array[excluded.name]) as alias
    where alias <> ${entities.name} order by alias)`;
  for (const rows of chunks(entityRows)) {
    await tx
      .insert(entities)
      .values(rows)
      .onConflictDoUpdate({
        target: entities.id,
        set: {
          aliases: mergedAliases,
          searchText: sql`${entities.name} || ' ' || array_to_string(${mergedAliases}, ' ')`,
          updatedAt: sql`now()`,
        },
      });
  }

  const mentionRows: (typeof entityMentions.$inferInsert)[] = [];
  const eventRows: (typeof events.$inferInsert)[] = [];
  const linkRows: (typeof eventEntities.$inferInsert)[] = [];
  const countryRows: (typeof eventCountries.$inferInsert)[] = [];
  const reportRows: (typeof eventReports.$inferInsert)[] = [];
  const figureRows: (typeof figures.$inferInsert)[] = [];
  for (const record of records) {
    const documentId = record.document.id;
    const extractorVersion = record.extractor?.version ?? 'unknown';
    const entitiesByLocalId = new Map(record.entities.map((entity) => [entity.id, entity]));
    const canonical = (localId: string, context: string): string => {
      const entity = entitiesByLocalId.get(localId);
      if (!entity) throw new Error(`document ${documentId}: ${context} names entity "${localId}", which the record does not define`);
      return canonicalEntityId(entity);
    };

    for (const entity of record.entities) {
      mentionRows.push({
        documentId,
        localId: entity.id,
        entityId: canonicalEntityId(entity),
        type: entity.type,
        name: entity.name,
        aliases: entity.aliases,
        attributes: entityAttributes(entity),
        spans: entity.mentions,
        confidence: entity.confidence ?? null,
        extractorVersion,
      });
    }

    for (const event of record.events) {
      const eventId = canonicalEventId(documentId, event.id);
      const bounds = event.date ? partialDateBounds(event.date) : undefined;
      eventRows.push({
        id: eventId,
        type: event.type,
        date: event.date,
        dateStart: bounds?.start ?? null,
        dateEnd: bounds?.end ?? null,
        dateText: event.date_text ?? null,
        placeId: event.place ? canonical(event.place, `event ${event.id}'s place`) : null,
        forumId: event.forum ? canonical(event.forum, `event ${event.id}'s forum`) : null,
        format: event.format ?? [],
        sectors: event.sectors,
        stance: event.stance ?? null,
        cameo: event.cameo ?? null,
      });
      const linked = new Set<string>();
      const link = (localIds: readonly string[] | undefined, role: EventEntityRole) => {
        for (const localId of localIds ?? []) {
          const entityId = canonical(localId, `event ${event.id}`);
          if (linked.has(`${role} ${entityId}`)) continue;
          linked.add(`${role} ${entityId}`);
          linkRows.push({ eventId, entityId, role });
        }
      };
      link(event.participants, 'participant');
      link(event.instruments, 'instrument');
      link(event.initiatives, 'initiative');
      link(event.place ? [event.place] : [], 'place');
      link(event.forum ? [event.forum] : [], 'forum');
      for (const country of eventCountryCodes(event, entitiesByLocalId)) countryRows.push({ eventId, country });
      reportRows.push({
        documentId,
        localId: event.id,
        eventId,
        attributes: withoutKeys(event, EVENT_REPORT_OMITTED_FIELDS),
        evidence: event.evidence,
        confidence: event.confidence ?? null,
        extractorVersion,
      });
    }

    for (const figure of record.figures ?? []) {
      figureRows.push({
        documentId,
        localId: figure.id,
        value: figure.value,
        unit: figure.unit,
        text: figure.text,
        evidence: figure.evidence,
        extractorVersion,
      });
    }
  }

  for (const rows of chunks(mentionRows)) await tx.insert(entityMentions).values(rows);
  for (const rows of chunks(eventRows)) await tx.insert(events).values(rows);
  for (const rows of chunks(linkRows)) await tx.insert(eventEntities).values(rows);
  for (const rows of chunks(countryRows)) await tx.insert(eventCountries).values(rows);
  for (const rows of chunks(reportRows)) await tx.insert(eventReports).values(rows);
  for (const rows of chunks(figureRows)) await tx.insert(figures).values(rows);
}
