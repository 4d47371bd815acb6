// The knowledge base's tables, defined once for PGlite and PostgreSQL 15. drizzle-kit
// generates the SQL migrations in ./migrations from this file (npm run db:generate).
//
// Two layers: what each document said (entity_mentions, event_reports, figures, each with
// its spans and extractor version) and the resolved knowledge base (entities, events) that
// those rows point at. Resolution and review change the second layer and never rewrite the
// first, so a re-extraction can be compared with what an analyst decided.
import { sql } from 'drizzle-orm';
import { ENTITY_TYPES } from '../record/model-names.ts';
import type { AttributeTally } from '../resolve/merge-attributes.ts';
import type { FactOrigin, FactStatus } from './fact-status.ts';
import {
  bigint, bigserial, check, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, serial, text,
  timestamp,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** A transaction id with its epoch, as pg_current_xact_id() gives it; as text in JavaScript. */
const xid8 = customType<{ data: string }>({
  dataType() {
    return 'xid8';
  },
});

export interface StoredSpan {
  start: number;
  end: number;
}

/** The most days between the first and last day of a date that names a month; a year's date spans more. */
export const MONTH_SPAN_DAYS = 30;

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

/** Near-duplicate documents (one wire story in several outlets) share a story. */
export const stories = pgTable('stories', {
  id: serial('id').primaryKey(),
  createdAt: createdAt(),
});

export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    /** Of the body: the same text twice is one document, whatever file it came from. */
    sha256: text('sha256').notNull().unique('documents_sha256_unique'),
    file: text('file'),
    source: text('source'),
    outlet: text('outlet'),
    title: text('title'),
    published: date('published', { mode: 'string' }),
    language: text('language').notNull(),
    body: text('body').notNull(),
    storyId: integer('story_id').references(() => stories.id, { onDelete: 'set null' }),
    /** MinHash signature of the body (src/resolve/near-duplicates.ts), to find its near-duplicates. */
    fingerprint: text('fingerprint'),
    extractorName: text('extractor_name').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** The transaction that stored it: an ingest finds the documents stored alongside it, which it could not see (src/store/concurrent-stories.ts). */
    writerTransaction: xid8('writer_transaction').default(sql`pg_current_xact_id()`),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', "body"), 'B')`,
      ),
  },
  (table) => [
    index('documents_search_index').using('gin', table.search),
    index('documents_published_index').on(table.published),
    index('documents_story_index').on(table.storyId),
    index('documents_writer_transaction_index').on(table.writerTransaction),
  ],
);

/** LSH band keys of each document's fingerprint: documents sharing a key are near-duplicate candidates. */
export const documentBands = pgTable(
  'document_bands',
  {
    bandKey: text('band_key').notNull(),
    documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ name: 'document_bands_pk', columns: [table.bandKey, table.documentId] }),
    index('document_bands_document_index').on(table.documentId),
  ],
);

export const entities = pgTable(
  'entities',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** The type's own fields of the Record (code, country, roles, kind, status, period, parties, …). */
    attributes: jsonb('attributes').$type<{ [field: string]: unknown }>().notNull().default({}),
    /**
     * Every report's attributes tallied (src/resolve/merge-attributes.ts), so that a batch's reports are
     * added to it without reading the earlier ones again; null until the entity is next reported.
     */
    attributeTally: jsonb('attribute_tally').$type<AttributeTally>(),
    /** Name and aliases, kept by the store so that the generated search column stays immutable. */
    searchText: text('search_text').notNull(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector('english', "search_text")`),
    /** active; rejected by an analyst (kept, so that new reports of it stay hidden); merged into another. */
    status: text('status').$type<FactStatus>().notNull().default('active'),
    mergedInto: text('merged_into'),
    /** An analyst's values, laid over `attributes` (and `name`) on every read; extraction never writes here. */
    corrections: jsonb('corrections').$type<{ [field: string]: unknown }>().notNull().default({}),
    /** extracted, or added by hand by an analyst. */
    origin: text('origin').$type<FactOrigin>().notNull().default('extracted'),
    /** How much reports it, kept by src/store/entity-report-counts.ts so that listings need not count mentions on each read. */
    documentCount: integer('document_count').notNull().default(0),
    /** Documents with near-duplicates counted once. */
    storyCount: integer('story_count').notNull().default(0),
    mentionCount: integer('mention_count').notNull().default(0),
    /** The earliest publication date of a document that mentions it; -infinity when an undated one does, null when none does. */
    firstReported: date('first_reported', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (table) => [
    index('entities_type_index').on(table.type),
    // Resolution finds the namesakes numbered after a canonical id ("person:ali-asadov~2") by it.
    index('entities_canonical_id_index').on(sql`split_part(${table.id}, '~', 1)`),
    index('entities_search_index').using('gin', table.search),
    // A pair's instruments and initiatives are found by their parties (listEntities), not by reading every one.
    index('entities_parties_index').using('gin', sql`(${table.attributes} -> 'parties')`).where(sql`${table.type} in ('instrument', 'initiative')`),
    // The model's entity types (data/model/entity-types.yaml); a new one needs a migration (npm run db:generate).
    check('entities_type_check', sql`${table.type} in (${sql.raw(ENTITY_TYPES.map((type) => `'${type}'`).join(', '))})`),
    check('entities_status_check', sql`${table.status} in ('active', 'rejected', 'merged')`),
  ],
);

/** The keys under which cross-document resolution finds an entity (src/resolve/entity-matching.ts). */
export const entityKeys = pgTable(
  'entity_keys',
  {
    key: text('key').notNull(),
    entityId: text('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ name: 'entity_keys_pk', columns: [table.key, table.entityId] }),
    index('entity_keys_entity_index').on(table.entityId),
  ],
);

/** One entity as one document reported it; `entity_id` is what it resolved to. */
export const entityMentions = pgTable(
  'entity_mentions',
  {
    documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    /** The entity's id within its Record. */
    localId: text('local_id').notNull(),
    entityId: text('entity_id').notNull().references(() => entities.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    attributes: jsonb('attributes').$type<{ [field: string]: unknown }>().notNull().default({}),
    spans: jsonb('spans').$type<StoredSpan[]>().notNull(),
    confidence: real('confidence'),
    extractorVersion: text('extractor_version').notNull(),
    /** The document's publication date, copied by a trigger on insert (migration 0012), so that an entity's mentions can be read newest first from an index. */
    published: date('published', { mode: 'string' }),
  },
  (table) => [
    primaryKey({ name: 'entity_mentions_pk', columns: [table.documentId, table.localId] }),
    // With the document, "the documents that name a country" (a pair's quoted figures) is read from the index alone.
    index('entity_mentions_entity_document_index').on(table.entityId, table.documentId),
    // An entity's latest mentions (the report's citations) read from the index's end, not by ranking every mention of the entity.
    index('entity_mentions_entity_published_index').on(table.entityId, table.published.desc().nullsLast()),
  ],
);

export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    /** As reported: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: text('date'),
    /** The first and last day the partial date can mean, for range queries. */
    dateStart: date('date_start', { mode: 'string' }),
    dateEnd: date('date_end', { mode: 'string' }),
    dateText: text('date_text'),
    placeId: text('place_id').references(() => entities.id),
    forumId: text('forum_id').references(() => entities.id),
    format: text('format').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    stance: text('stance'),
    cameo: text('cameo'),
    status: text('status').$type<FactStatus>().notNull().default('active'),
    corrections: jsonb('corrections').$type<{ [field: string]: unknown }>().notNull().default({}),
    origin: text('origin').$type<FactOrigin>().notNull().default('extracted'),
    createdAt: createdAt(),
  },
  (table) => [
    index('events_date_index').on(table.dateStart, table.dateEnd),
    index('events_type_date_index').on(table.type, table.dateStart),
    // Events whose date is a year (its days span more than a month), which the type-and-start
    // index cannot bound from below when resolution looks for events overlapping a window.
    index('events_type_long_date_index').on(table.type, table.dateStart).where(sql`${table.dateEnd} - ${table.dateStart} > ${sql.raw(String(MONTH_SPAN_DAYS))}`),
    check('events_status_check', sql`${table.status} in ('active', 'rejected')`),
  ],
);

export const EVENT_ENTITY_ROLES = ['participant', 'target', 'instrument', 'initiative', 'place', 'forum'] as const;
export type EventEntityRole = (typeof EVENT_ENTITY_ROLES)[number];

export const eventEntities = pgTable(
  'event_entities',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    entityId: text('entity_id').notNull().references(() => entities.id),
    role: text('role').$type<EventEntityRole>().notNull(),
  },
  (table) => [
    primaryKey({ name: 'event_entities_pk', columns: [table.eventId, table.entityId, table.role] }),
    index('event_entities_entity_index').on(table.entityId),
  ],
);

/** The countries an event involves (its country participants and the countries of its people and organizations): the dyad index. */
export const eventCountries = pgTable(
  'event_countries',
  {
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
  },
  (table) => [
    primaryKey({ name: 'event_countries_pk', columns: [table.eventId, table.country] }),
    index('event_countries_country_index').on(table.country, table.eventId),
  ],
);

/**
 * Each pair of an event's countries, the lesser code first: a pair's events read by key, not by
 * intersecting the two countries' lists in `event_countries`. Kept by triggers on
 * `event_countries` (migration 0011), so every writer of that table keeps it too.
 */
export const eventPairs = pgTable(
  'event_pairs',
  {
    first: text('first').notNull(),
    second: text('second').notNull(),
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ name: 'event_pairs_pk', columns: [table.first, table.second, table.eventId] })],
);

/** One event as one document reported it, with its evidence. */
export const eventReports = pgTable(
  'event_reports',
  {
    documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    localId: text('local_id').notNull(),
    eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    /** The Record's event, its entity references still local to the document. */
    attributes: jsonb('attributes').$type<{ [field: string]: unknown }>().notNull(),
    evidence: jsonb('evidence').$type<StoredSpan[]>().notNull(),
    /** The sentence around each evidence span (src/store/source-sentence.ts), so that a citation needs no document body; null in stores from before it was kept. */
    sentences: text('sentences').array(),
    confidence: real('confidence'),
    extractorVersion: text('extractor_version').notNull(),
  },
  (table) => [
    primaryKey({ name: 'event_reports_pk', columns: [table.documentId, table.localId] }),
    index('event_reports_event_index').on(table.eventId),
  ],
);

export const figures = pgTable(
  'figures',
  {
    documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    localId: text('local_id').notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    text: text('text').notNull(),
    evidence: jsonb('evidence').$type<StoredSpan[]>().notNull(),
    extractorVersion: text('extractor_version').notNull(),
  },
  (table) => [primaryKey({ name: 'figures_pk', columns: [table.documentId, table.localId] })],
);

/**
 * One row whose number rises in every transaction that changes what the knowledge base
 * answers (documents stored or deleted, stories joined, review decisions), committed with
 * the change: answers cached under one number stay right until it moves.
 */
export const storeRevision = pgTable('store_revision', {
  id: integer('id').primaryKey().default(1),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
}, () => [check('store_revision_one_row', sql`id = 1`)]);

/** Which version of the resolution keys (RESOLUTION_KEYS_VERSION) the stored entities are filed under. */
export const resolutionKeysFiled = pgTable('resolution_keys_filed', {
  id: integer('id').primaryKey().default(1),
  version: integer('version').notNull().default(0),
}, () => [check('resolution_keys_filed_one_row', sql`id = 1`)]);

/** Inputs that could not be read or extracted, until a later run succeeds with them. */
export const ingestFailures = pgTable('ingest_failures', {
  input: text('input').primaryKey(),
  reason: text('reason').notNull(),
  attempts: integer('attempts').notNull().default(1),
  firstFailedAt: timestamp('first_failed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** An analyst's decision on an entity, event or mention; re-extraction never overrides one. */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    id: serial('id').primaryKey(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    action: text('action').notNull(),
    value: jsonb('value').$type<{ [field: string]: unknown }>(),
    reviewer: text('reviewer').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (table) => [
    index('review_decisions_subject_index').on(table.subjectKind, table.subjectId),
    check('review_decisions_action_check', sql`${table.action} in ('accept', 'correct', 'reject', 'merge', 'split', 'add')`),
  ],
);

/** Every change made by a person: who, when, to what, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    /** The analyst's reason, when given. */
    note: text('note'),
  },
  (table) => [index('audit_log_subject_index').on(table.subjectKind, table.subjectId)],
);

/** The people of a team installation and what they may do: viewer (read), analyst (ingest, review), admin (accounts, deletion). */
export const accounts = pgTable(
  'accounts',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull().unique('accounts_name_unique'),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (table) => [check('accounts_role_check', sql`${table.role} in ('viewer', 'analyst', 'admin')`)],
);

/** API tokens and web sessions, kept only as SHA-256 hashes: the secret is shown once, when made. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: serial('id').primaryKey(),
    accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique('account_tokens_hash_unique'),
    kind: text('kind').notNull(),
    label: text('label'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
  },
  (table) => [
    index('account_tokens_account_index').on(table.accountId),
    check('account_tokens_kind_check', sql`${table.kind} in ('api', 'session')`),
  ],
);

/** Feeds polled on a schedule by the workers, with what the last poll learnt. */
export const feeds = pgTable('feeds', {
  url: text('url').primaryKey(),
  everySeconds: integer('every_seconds').notNull(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  nextPollAt: timestamp('next_poll_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  lastPolledAt: timestamp('last_polled_at', { withTimezone: true, mode: 'string' }),
  lastStatus: text('last_status'),
  lastError: text('last_error'),
  consecutiveErrors: integer('consecutive_errors').notNull().default(0),
  articlesQueued: integer('articles_queued').notNull().default(0),
  createdAt: createdAt(),
});
