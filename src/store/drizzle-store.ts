// The Store over drizzle: one set of queries that the PGlite and PostgreSQL adapters share.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Article } from '../read/article.ts';
import type { EntityType, EventType, Record, Span } from '../record/schema.ts';
import { type EntityOf, KnowledgeEntity, KnowledgeEvent, parseKnowledge } from '../record/knowledge.ts';
import {
  documents, entities, entityMentions, eventCountries, eventEntities, eventReports, events, figures, ingestFailures,
  type EventEntityRole,
} from './schema.ts';
import { PlannerStatistics } from './write/planner-statistics.ts';
import { documentReference, documentReferenceColumns } from './read/document-reference-columns.ts';
import { pairEventIds } from './read/pair-events.ts';
import type { DatabaseConnection, StoreDatabase } from './database.ts';
import { DrizzleAccountStore } from './team/account-store.ts';
import type { AccountStore, FeedStore } from './team/team-ports.ts';
import { assignStories } from './write/assign-stories.ts';
import { type IngestSnapshot, ingestSnapshot, joinConcurrentStories } from './write/concurrent-stories.ts';
import { deleteDocuments } from './write/delete-documents.ts';
import { DrizzleFeedStore } from './team/feed-store.ts';
import { insertFacts } from './write/insert-facts.ts';
import { checkpointWhenLogIsFull } from './write/wal-checkpoints.ts';
import { advanceRevision, RevisionReader } from './write/store-revision.ts';
import { partialDateBounds } from '../record/partial-date.ts';
import { documentFingerprint } from '../resolve/near-duplicates.ts';
import { sentenceAround } from './write/source-sentence.ts';
import { idArray } from './id-list.ts';
import { applyReview, readAuditLog, reviewQueue } from './review/review-store.ts';
import * as exportQueries from './read/export-queries.ts';
import type {
  AuditEntry, DeletionSummary, ExportBatches, ExportScope, DocumentSummary, QuotedFigure, StoredDocument, ReviewAction, ReviewItem, ReviewSubject,
  DocumentReference, EntityFilter, EntityPage, EntitySummary, EventParticipant, EventSource, IngestFailure,
  ExtractedArticle, SaveOutcome, SaveResult, SearchResults, SourceSentence, Store, StoreCounts, TimelineQuery,
} from './store.ts';

const DEFAULT_SEARCH_LIMIT = 20;
/** People first: who met whom reads before which countries they represent. */
const PARTICIPANT_ORDER: readonly EntityType[] = ['person', 'country', 'organization', 'place', 'instrument', 'initiative', 'forum'];
const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';

function documentRow({ article, record }: ExtractedArticle): typeof documents.$inferInsert {
  return {
    id: record.document.id,
    sha256: record.document.sha256,
    file: article.file,
    source: record.document.source ?? null,
    outlet: record.document.outlet ?? null,
    title: record.document.title ?? null,
    published: record.document.published,
    language: record.document.language,
    body: article.body,
    // Stored with the row rather than set after it: a second write of each new row cost the
    // documents table and every one of its indexes a second version.
    fingerprint: documentFingerprint(article.body),
    extractorName: record.extractor?.name ?? 'unknown',
    extractorVersion: record.extractor?.version ?? 'unknown',
  };
}

/** An event's link to an entity, as loadEvents gathers them. */
interface EventLink {
  role: EventEntityRole;
  id: string;
  type: EntityType;
  name: string;
}

/** An event's report with its document, as loadEvents gathers them; `sentences` is null in stores from before they were kept. */
interface EventReportRow extends DocumentReference {
  evidence: Span[];
  sentences: string[] | null;
  extractorVersion: string;
}

export class DrizzleStore implements Store {
  readonly accounts: AccountStore;
  readonly feeds: FeedStore;

  /** Kept by the store itself where no autovacuum runs. */
  private readonly plannerStatistics: PlannerStatistics | undefined;
  /** Every write that moves the revision runs through it. */
  private readonly revisions: RevisionReader;

  constructor(private readonly connection: DatabaseConnection) {
    this.accounts = new DrizzleAccountStore(connection.db);
    this.feeds = new DrizzleFeedStore(connection.db);
    this.plannerStatistics = connection.autovacuum ? undefined : new PlannerStatistics(connection.db);
    this.revisions = new RevisionReader(connection.db, connection.soleWriter);
  }

  /** Vacuums and analyzes a store without autovacuum that never was; does nothing where autovacuum runs. */
  async refreshPlannerStatistics(): Promise<void> {
    await this.plannerStatistics?.catchUp();
  }

  deleteDocuments(documentIds: readonly string[], actor: string): Promise<DeletionSummary> {
    return this.revisions.writing(() => deleteDocuments(this.db, documentIds, actor));
  }

  private get db(): StoreDatabase {
    return this.connection.db;
  }

  async saveDocument(article: Article, record: Record): Promise<SaveResult> {
    const [result] = await this.saveDocuments([{ article, record }]);
    return result;
  }

  saveDocuments(items: readonly ExtractedArticle[]): Promise<SaveResult[]> {
    return this.revisions.writing(() => this.saveNewDocuments(items));
  }

  private async saveNewDocuments(items: readonly ExtractedArticle[]): Promise<SaveResult[]> {
    if (items.length === 0) return [];
    for (const { article, record } of items) {
      if (createHash('sha256').update(article.body).digest('hex') !== record.document.sha256) {
        throw new Error(`${article.file}: the record was not extracted from this article (its sha256 differs from the body's); extract it again`);
      }
    }
    // Each text once, in hash order, so that two ingests of overlapping batches wait for each other instead of deadlocking.
    const firstOfEachText = new Map<string, ExtractedArticle>();
    for (const item of items) if (!firstOfEachText.has(item.record.document.sha256)) firstOfEachText.set(item.record.document.sha256, item);
    const documentRows = [...firstOfEachText.values()]
      .sort((a, b) => (a.record.document.sha256 < b.record.document.sha256 ? -1 : 1))
      .map(documentRow);
    let seen: IngestSnapshot | undefined;
    const results = await this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(documents)
        .values(documentRows)
        .onConflictDoNothing({ target: documents.sha256 })
        .returning({ id: documents.id, sha256: documents.sha256 });
      await tx.delete(ingestFailures).where(inArray(ingestFailures.input, [...new Set(items.map(({ article }) => article.file))]));

      const insertedBySha = new Map(inserted.map((row) => [row.sha256, row.id]));
      const newItems: ExtractedArticle[] = [];
      const isNew = items.map((item) => {
        // The same text twice in one batch: the first is new, the second its duplicate.
        if (!insertedBySha.delete(item.record.document.sha256)) return false;
        newItems.push(item);
        return true;
      });
      if (newItems.length > 0) seen = await ingestSnapshot(tx);
      const fingerprintOf = new Map(documentRows.map((row) => [row.id, row.fingerprint!]));
      const storyOf = await assignStories(tx, newItems.map(({ record }) => ({
        id: record.document.id,
        fingerprint: fingerprintOf.get(record.document.id)!,
        countries: record.entities.flatMap((entity) => (entity.type === 'country' ? [entity.code] : [])),
      })));
      await insertFacts(tx, newItems, storyOf);
      const outcomes = items.map(({ record }, index): SaveOutcome => {
        if (!isNew[index]) return 'duplicate';
        return storyOf.get(record.document.id) == null ? 'new' : 'near-duplicate';
      });

      const duplicateShas = [...new Set(items.filter((_, index) => outcomes[index] === 'duplicate').map(({ record }) => record.document.sha256))];
      const existing = duplicateShas.length === 0
        ? []
        : await tx.select({ id: documents.id, sha256: documents.sha256 }).from(documents).where(inArray(documents.sha256, duplicateShas));
      const idBySha = new Map(existing.map((row) => [row.sha256, row.id]));
      if (newItems.length > 0) await advanceRevision(tx);
      return items.map(({ record }, index) => ({
        outcome: outcomes[index],
        documentId: idBySha.get(record.document.sha256) ?? record.document.id,
      }));
    });
    const stored = results.filter((result) => result.outcome !== 'duplicate');
    if (seen) await joinConcurrentStories(this.db, stored.map(({ documentId }) => documentId), seen);
    await this.plannerStatistics?.documentsAdded(stored.length);
    if (!this.connection.checkpointer && stored.length > 0) await checkpointWhenLogIsFull(this.db);
    return results;
  }

  revision(): Promise<number> {
    return this.revisions.read();
  }

  async hasDocument(sha256: string): Promise<boolean> {
    const rows = await this.db.select({ id: documents.id }).from(documents).where(eq(documents.sha256, sha256)).limit(1);
    return rows.length > 0;
  }

  async documentHashes(): Promise<Set<string>> {
    const rows = await this.db.select({ sha256: documents.sha256 }).from(documents);
    return new Set(rows.map((row) => row.sha256));
  }

  private documentSummaries(where: SQL | undefined, limit: number, offset: number) {
    return this.db
      .select({
        ...documentReferenceColumns,
        ingestedAt: documents.ingestedAt,
        storyId: documents.storyId,
        entityCount: sql<number>`(select count(*) from entity_mentions m where m.document_id = ${documents.id})::int`,
        eventCount: sql<number>`(select count(*) from event_reports r where r.document_id = ${documents.id})::int`,
      })
      .from(documents)
      .where(where)
      .orderBy(sql`${documents.published} desc nulls last`, desc(documents.ingestedAt), asc(documents.id))
      .limit(limit)
      .offset(offset);
  }

  async listDocuments(options: { limit?: number; offset?: number } = {}): Promise<{ total: number; documents: DocumentSummary[] }> {
    const [{ total }] = await this.db.select({ total: sql<number>`count(*)::int` }).from(documents);
    return { total, documents: await this.documentSummaries(undefined, options.limit ?? 50, options.offset ?? 0) };
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const [summary] = await this.documentSummaries(eq(documents.id, id), 1, 0);
    if (!summary) return undefined;
    const [row] = await this.db
      .select({ body: documents.body, language: documents.language, sha256: documents.sha256, extractorVersion: documents.extractorVersion })
      .from(documents)
      .where(eq(documents.id, id));
    const storyDocuments = summary.storyId === null
      ? []
      : await this.db.select(documentReferenceColumns).from(documents)
        .where(and(eq(documents.storyId, summary.storyId), sql`${documents.id} <> ${id}`))
        .orderBy(sql`${documents.published} nulls last`, asc(documents.id));
    return { ...summary, ...row, storyDocuments: storyDocuments.map(documentReference) };
  }

  async recordFailure(input: string, reason: string): Promise<void> {
    await this.db
      .insert(ingestFailures)
      .values({ input, reason })
      .onConflictDoUpdate({
        target: ingestFailures.input,
        set: { reason, attempts: sql`${ingestFailures.attempts} + 1`, lastFailedAt: sql`now()` },
      });
  }

  async clearFailure(input: string): Promise<void> {
    await this.db.delete(ingestFailures).where(eq(ingestFailures.input, input));
  }

  async listFailures(): Promise<IngestFailure[]> {
    return this.db
      .select({
        input: ingestFailures.input,
        reason: ingestFailures.reason,
        attempts: ingestFailures.attempts,
        firstFailedAt: ingestFailures.firstFailedAt,
        lastFailedAt: ingestFailures.lastFailedAt,
      })
      .from(ingestFailures)
      .orderBy(asc(ingestFailures.input));
  }

  /** Entity summaries with an analyst's corrections laid over what extraction found; merged and rejected ones only when asked for. */
  private async entitySummaries(where: SQL | undefined, options: { includeInactive?: boolean } = {}): Promise<EntitySummary[]> {
    const conditions = [where, options.includeInactive ? undefined : eq(entities.status, 'active')].filter((condition) => condition !== undefined);
    const rows = await this.db
      .select({
        id: entities.id,
        type: sql<EntityType>`${entities.type}`,
        name: entities.name,
        aliases: entities.aliases,
        attributes: entities.attributes,
        corrections: entities.corrections,
        status: entities.status,
        mergedInto: entities.mergedInto,
        origin: entities.origin,
        documentCount: entities.documentCount,
        storyCount: entities.storyCount,
        mentionCount: entities.mentionCount,
      })
      .from(entities)
      .where(and(...conditions))
      .orderBy(asc(entities.type), desc(entities.storyCount), asc(entities.name), asc(entities.id));
    return rows.map(({ corrections, ...row }) => {
      const { name, ...correctedAttributes } = corrections;
      return parseKnowledge(KnowledgeEntity, `entity ${row.id}`, {
        ...row,
        name: typeof name === 'string' ? name : row.name,
        attributes: { ...row.attributes, ...correctedAttributes },
        corrected: Object.keys(corrections),
      });
    });
  }

  async listEntities<Type extends EntityType = EntityType>(filter: EntityFilter<Type> = {}): Promise<EntityOf<Type>[]> {
    const conditions: SQL[] = [];
    if (typeof filter.type === 'string') conditions.push(eq(entities.type, filter.type));
    else if (filter.type) conditions.push(inArray(entities.type, [...filter.type]));
    if (filter.dyad) {
      const [a, b] = filter.dyad;
      // One set of ids, so that entities are read by key: an "or" of the two would test every entity of the type.
      conditions.push(sql`${entities.id} in (
        select ee.entity_id from event_entities ee where ee.event_id in (${pairEventIds(a, b)})
        union all
        select party.id from entities party
          where party.type in ('instrument', 'initiative') and party.attributes -> 'parties' @> jsonb_build_array(${a}::text, ${b}::text))`);
    }
    if (filter.knownBy) conditions.push(sql`${entities.firstReported} <= ${filter.knownBy}`);
    // The type condition holds each summary to the type asked for.
    return this.entitySummaries(conditions.length > 0 ? and(...conditions) : undefined) as Promise<EntityOf<Type>[]>;
  }

  async findEntities(idOrName: string): Promise<EntitySummary[]> {
    const byId = await this.entitySummaries(eq(entities.id, idOrName), { includeInactive: true });
    if (byId.length > 0) return byId;
    const folded = idOrName.trim().toLowerCase();
    const byName = await this.entitySummaries(
      sql`lower(${entities.name}) = ${folded} or exists (select 1 from unnest(${entities.aliases}) as alias where lower(alias) = ${folded})`,
    );
    if (byName.length > 0) return byName;
    // A part of a name: "Nurtleu" for "Murat Nurtleu".
    return this.entitySummaries(sql`${entities.search} @@ plainto_tsquery('english', ${idOrName})`);
  }

  async getEntity(id: string): Promise<EntityPage | undefined> {
    const [entity] = await this.entitySummaries(eq(entities.id, id), { includeInactive: true });
    if (!entity) return undefined;
    const mentionRows = await this.db
      .select({ ...documentReferenceColumns, spans: entityMentions.spans, extractorVersion: entityMentions.extractorVersion })
      .from(entityMentions)
      .innerJoin(documents, eq(documents.id, entityMentions.documentId))
      .where(eq(entityMentions.entityId, id))
      .orderBy(sql`${documents.published} nulls last`, asc(documents.id));
    const bodies = await this.documentBodies(mentionRows.map((row) => row.id));
    const mentions: SourceSentence[] = mentionRows.flatMap((row) =>
      row.spans.map((span) => ({
        document: documentReference(row),
        span,
        sentence: sentenceAround(bodies.get(row.id) ?? '', span),
        extractorVersion: row.extractorVersion,
      })),
    );
    const eventIds = await this.db
      .selectDistinct({ id: eventEntities.eventId, dateStart: events.dateStart })
      .from(eventEntities)
      .innerJoin(events, eq(events.id, eventEntities.eventId))
      .where(and(eq(eventEntities.entityId, id), eq(events.status, 'active')))
      .orderBy(sql`${events.dateStart} nulls last`, asc(eventEntities.eventId));
    return { entity, mentions, events: await this.loadEvents(eventIds.map((row) => row.id)) };
  }

  async getEvent(id: string): Promise<KnowledgeEvent | undefined> {
    const [event] = await this.loadEvents([id]);
    return event;
  }

  async timeline(countryA: string, countryB: string, range: TimelineQuery = {}): Promise<KnowledgeEvent[]> {
    // The pair's events from the pair index, rather than a test of every event.
    const conditions: SQL[] = [eq(events.status, 'active'), sql`${events.id} in (${pairEventIds(countryA, countryB)})`];
    if (range.from) conditions.push(sql`${events.dateEnd} >= ${partialDateBounds(range.from).start}`);
    if (range.to) conditions.push(sql`${events.dateStart} <= ${partialDateBounds(range.to).end}`);
    if (range.knownBy) {
      // An event added by hand has no report; it is known from when it was added.
      conditions.push(sql`(${events.origin} = 'analyst' or exists (select 1 from event_reports r join documents d on d.id = r.document_id
        where r.event_id = ${events.id} and (d.published is null or d.published <= ${range.knownBy})))`);
    }
    const ordered = this.db
      .select({ id: events.id })
      .from(events)
      .where(and(...conditions))
      .orderBy(sql`${events.dateStart} nulls last`, asc(events.dateEnd), asc(events.id))
      .offset(range.offset ?? 0)
      .$dynamic();
    const rows = await (range.limit === undefined ? ordered : ordered.limit(range.limit));
    return this.loadEvents(rows.map((row) => row.id));
  }

  private async documentBodies(documentIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(documentIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.db.select({ id: documents.id, body: documents.body }).from(documents).where(inArray(documents.id, ids));
    return new Map(rows.map((row) => [row.id, row.body]));
  }

  /** Events with their entities and sources, in the order of `ids`: one statement, each event's rows gathered where they are stored.
   * (`events.id` is written out in the subqueries: drizzle leaves the column unqualified where one table is selected from.) */
  private async loadEvents(ids: string[]): Promise<KnowledgeEvent[]> {
    if (ids.length === 0) return [];
    const eventRows = await this.db
      .select({
        ...getTableColumns(events),
        links: sql<EventLink[]>`coalesce((
          select json_agg(json_build_object('role', ee.role, 'id', en.id, 'type', en.type, 'name', en.name) order by en.type, en.name)
          from ${eventEntities} ee join ${entities} en on en.id = ee.entity_id where ee.event_id = events.id), '[]'::json)`,
        countries: sql<string[]>`coalesce((
          select json_agg(c.country order by c.country) from ${eventCountries} c where c.event_id = events.id), '[]'::json)`,
        reports: sql<EventReportRow[]>`coalesce((
          select json_agg(json_build_object(
            'id', d.id, 'file', d.file, 'source', d.source, 'outlet', d.outlet, 'title', d.title, 'published', d.published,
            'evidence', r.evidence, 'sentences', r.sentences, 'extractorVersion', r.extractor_version) order by d.published nulls last, d.id)
          from ${eventReports} r join ${documents} d on d.id = r.document_id where r.event_id = events.id), '[]'::json)`,
      })
      .from(events)
      .where(sql`${events.id} = any(${idArray(ids)})`);
    // Reports stored before their sentences were kept are cited from the document's body.
    const bodies = await this.documentBodies(eventRows.flatMap((row) => row.reports.filter((report) => report.sentences === null).map((report) => report.id)));
    const byId = new Map(eventRows.map((row) => [row.id, row]));
    return ids.flatMap((id): KnowledgeEvent[] => {
      const row = byId.get(id);
      if (!row) return [];
      const withRole = (role: EventEntityRole): EventParticipant[] =>
        row.links
          .filter((link) => link.role === role)
          .map((link) => ({ id: link.id, type: link.type, name: link.name }))
          .sort((a, b) => PARTICIPANT_ORDER.indexOf(a.type) - PARTICIPANT_ORDER.indexOf(b.type));
      const sources: EventSource[] = row.reports.map((report) => ({
        document: documentReference(report),
        evidence: report.evidence,
        sentences: report.sentences ?? report.evidence.map((span: Span) => sentenceAround(bodies.get(report.id) ?? '', span)),
        extractorVersion: report.extractorVersion,
      }));
      const corrected = { ...row, ...row.corrections };
      return [parseKnowledge(KnowledgeEvent, `event ${id}`, {
        id,
        type: corrected.type as EventType,
        date: corrected.date,
        dateText: corrected.dateText,
        participants: withRole('participant'),
        targets: withRole('target'),
        instruments: withRole('instrument'),
        initiatives: withRole('initiative'),
        place: withRole('place')[0] ?? null,
        forum: withRole('forum')[0] ?? null,
        countries: row.countries,
        format: corrected.format,
        sectors: corrected.sectors,
        stance: corrected.stance,
        cameo: corrected.cameo,
        status: row.status,
        origin: row.origin,
        corrected: Object.keys(row.corrections),
        sources,
      })];
    });
  }

  async search(text: string, options: { limit?: number } = {}): Promise<SearchResults> {
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    // Names and bodies alike in the english configuration: stop words drop out, "signed" finds "signing".
    const query = sql`websearch_to_tsquery('english', ${text})`;
    const topDocuments = this.db
      .select({ ...documentReferenceColumns, body: documents.body, rank: sql<number>`ts_rank_cd(${documents.search}, ${query})`.as('rank') })
      .from(documents)
      .where(sql`${documents.search} @@ ${query}`)
      .orderBy(sql`rank desc`, asc(documents.id))
      .limit(limit)
      .as('top_documents');
    const documentRows = await this.db
      .select({
        id: topDocuments.id,
        file: topDocuments.file,
        source: topDocuments.source,
        outlet: topDocuments.outlet,
        title: topDocuments.title,
        published: topDocuments.published,
        rank: sql<number>`${topDocuments.rank}`.mapWith(Number),
        snippet: sql<string>`ts_headline('english', ${topDocuments.body}, ${query}, ${HEADLINE_OPTIONS})`,
      })
      .from(topDocuments)
      .orderBy(desc(topDocuments.rank), asc(topDocuments.id));

    const entityRank = sql<number>`ts_rank_cd(${entities.search}, ${query})`;
    const rankedEntities = await this.db
      .select({ id: entities.id, rank: entityRank.mapWith(Number) })
      .from(entities)
      .where(sql`${entities.search} @@ ${query}`)
      .orderBy(desc(entityRank), asc(entities.id))
      .limit(limit);
    const summaries = rankedEntities.length === 0
      ? []
      : await this.entitySummaries(inArray(entities.id, rankedEntities.map((row) => row.id)));
    const summaryById = new Map(summaries.map((summary) => [summary.id, summary]));
    return {
      documents: documentRows.map((row) => ({ document: documentReference(row), rank: row.rank, snippet: row.snippet.replace(/\s+/g, ' ').trim() })),
      entities: rankedEntities.flatMap((row) => {
        const entity = summaryById.get(row.id);
        return entity ? [{ entity, rank: row.rank }] : [];
      }),
    };
  }

  async mentionSentences(entityIds: readonly string[], options: { knownBy?: string; perEntity: number }): Promise<Map<string, SourceSentence[]>> {
    const sentences = new Map<string, SourceSentence[]>();
    if (entityIds.length === 0) return sentences;
    // Each entity's latest mentions from the top of its run in the (entity, publication date) index: the work grows with
    // perEntity, not with how often the entity was ever mentioned. (`asked.id` is the entity the lateral subquery is run for.)
    const latest = this.db
      .select({ ...documentReferenceColumns, localId: entityMentions.localId, spans: entityMentions.spans, extractorVersion: entityMentions.extractorVersion })
      .from(entityMentions)
      .innerJoin(documents, eq(documents.id, entityMentions.documentId))
      .where(and(
        sql`${entityMentions.entityId} = asked.id`,
        options.knownBy ? sql`(${entityMentions.published} is null or ${entityMentions.published} <= ${options.knownBy})` : undefined,
      ))
      .orderBy(sql`${entityMentions.published} desc nulls last`, asc(entityMentions.documentId), asc(entityMentions.localId))
      .limit(options.perEntity)
      .as('latest');
    const rows = await this.db
      .select({
        entityId: sql<string>`asked.id`,
        id: latest.id, file: latest.file, source: latest.source, outlet: latest.outlet, title: latest.title, published: latest.published,
        spans: latest.spans, extractorVersion: latest.extractorVersion,
      })
      .from(sql`unnest(${idArray(new Set(entityIds))}) as asked(id)`)
      .crossJoinLateral(latest)
      .orderBy(sql`asked.id`, sql`${latest.published} desc nulls last`, asc(latest.id), asc(latest.localId));
    const bodies = await this.documentBodies(rows.map((row) => row.id));
    for (const row of rows) {
      const list = sentences.get(row.entityId) ?? [];
      for (const span of row.spans) {
        list.push({ document: documentReference(row), span, sentence: sentenceAround(bodies.get(row.id) ?? '', span), extractorVersion: row.extractorVersion });
      }
      sentences.set(row.entityId, list);
    }
    return sentences;
  }

  async quotedFigures(countryA: string, countryB: string, options: { knownBy?: string } = {}): Promise<QuotedFigure[]> {
    // The documents naming both countries, by merging the two countries' runs of the mention index: no figure is
    // read that is not in one of them, where testing each figure's document read every figure of the store.
    const namingBoth = sql`select a.document_id from entity_mentions a
      join entity_mentions b on b.document_id = a.document_id and b.entity_id = ${`country:${countryB}`}
      where a.entity_id = ${`country:${countryA}`}`;
    const rows = await this.db
      .select({ ...documentReferenceColumns, value: figures.value, unit: figures.unit, text: figures.text, evidence: figures.evidence, extractorVersion: figures.extractorVersion })
      .from(figures)
      .innerJoin(documents, eq(documents.id, figures.documentId))
      .where(and(sql`${figures.documentId} in (${namingBoth})`, options.knownBy ? sql`(${documents.published} is null or ${documents.published} <= ${options.knownBy})` : undefined))
      .orderBy(sql`${documents.published} desc nulls last`, asc(documents.id), asc(figures.localId));
    const bodies = await this.documentBodies(rows.map((row) => row.id));
    return rows.map((row) => ({
      value: row.value,
      unit: row.unit,
      text: row.text,
      source: { document: documentReference(row), span: row.evidence[0], sentence: sentenceAround(bodies.get(row.id) ?? '', row.evidence[0]), extractorVersion: row.extractorVersion },
    }));
  }

  async counts(): Promise<StoreCounts> {
    const count = (table: string) => sql.raw(`(select count(*) from ${table})::int`);
    const [row] = await this.db
      .select({
        documents: sql<number>`${count('documents')}`.mapWith(Number),
        entities: sql<number>`${count('entities')}`.mapWith(Number),
        mentions: sql<number>`${count('entity_mentions')}`.mapWith(Number),
        events: sql<number>`${count('events')}`.mapWith(Number),
        eventReports: sql<number>`${count('event_reports')}`.mapWith(Number),
        figures: sql<number>`${count('figures')}`.mapWith(Number),
        failures: sql<number>`${count('ingest_failures')}`.mapWith(Number),
      })
      .from(sql`(select 1) as one`);
    return row;
  }

  reviewQueue(options?: { limit?: number }): Promise<ReviewItem[]> {
    return reviewQueue(this.db, options);
  }

  applyReview(action: ReviewAction, actor: string): Promise<AuditEntry> {
    return this.revisions.writing(() => applyReview(this.db, action, actor));
  }

  auditLog(options?: { subject?: ReviewSubject; limit?: number }): Promise<AuditEntry[]> {
    return readAuditLog(this.db, options);
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  exportRecords(scope: ExportScope = {}): Promise<ExportBatches<Record>> {
    return exportQueries.exportRecords(this.db, scope);
  }

  exportEvents(scope: ExportScope = {}): Promise<ExportBatches<KnowledgeEvent>> {
    return exportQueries.exportEvents(this.db, scope, (ids) => this.loadEvents(ids));
  }

  documentsMentioning(entityIds: readonly string[]): Promise<Map<string, DocumentReference[]>> {
    return exportQueries.documentsMentioning(this.db, entityIds);
  }
}
