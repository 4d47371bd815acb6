// The knowledge base as the core sees it: documents with their extracted facts in, answers
// out, through ports that say what each caller needs (a document writer, a knowledge reader,
// a review ledger, team stores). drizzle-store.ts implements them over rooms for writing,
// reading, review and the team; which database runs behind it (embedded PGlite or a
// PostgreSQL server) is src/adapters/database/'s business.
import type { Article } from '../read/article.ts';
import type { EntityType, EventType, Record, Span } from '../record/schema.ts';
import type { DocumentReference, EntityOf, EventParticipant, EventSource, KnowledgeEntity, KnowledgeEvent, SourceSentence } from '../record/knowledge.ts';
import type { AccountStore, FeedStore } from './team/team-ports.ts';

/** new; duplicate (the same text is stored already, nothing was added); near-duplicate (stored, and linked to the story it retells). */
export type SaveOutcome = 'new' | 'duplicate' | 'near-duplicate';

export interface SaveResult {
  outcome: SaveOutcome;
  /** The stored document: the new one, or the one that already holds this text. */
  documentId: string;
}

export interface ExtractedArticle {
  article: Article;
  record: Record;
}

export interface IngestFailure {
  /** The input as given: a path, "-", or "path#N" for a feed's Nth item. */
  input: string;
  reason: string;
  attempts: number;
  firstFailedAt: string;
  lastFailedAt: string;
}

export type { DocumentReference, EventParticipant, EventSource, KnowledgeEvent, SourceSentence };
/** An entity as the knowledge base gives it out: what its documents said, merged, with an analyst's corrections laid over it. */
export type EntitySummary = KnowledgeEntity;

export interface EntityFilter<Type extends EntityType = EntityType> {
  /** One type, or any of several: a pair's people and instruments are read together. */
  type?: Type | readonly Type[];
  /** Two ISO3 codes: entities that take part in the pair's events, or instruments and initiatives of both. */
  dyad?: readonly [string, string];
  /** YYYY-MM-DD: only entities that a document published by then reports (undated documents count). */
  knownBy?: string;
}

export interface DocumentSummary extends DocumentReference {
  ingestedAt: string;
  storyId: number | null;
  /** Facts extracted from it. */
  entityCount: number;
  eventCount: number;
}

export interface StoredDocument extends DocumentSummary {
  body: string;
  language: string;
  sha256: string;
  extractorVersion: string;
  /** The other documents of its story (near-duplicates). */
  storyDocuments: DocumentReference[];
}

export interface EntityPage {
  entity: EntitySummary;
  /** Every mention in every document, with its sentence. */
  mentions: SourceSentence[];
  /** The events it takes part in, oldest first. */
  events: KnowledgeEvent[];
}

export interface DateRange {
  /** Partial ISO dates; an event counts when any day it can mean falls in the range. */
  from?: string;
  to?: string;
  /** YYYY-MM-DD: only events that a document published by then reports (undated documents count). */
  knownBy?: string;
}

/** A timeline's range, and a page of it. */
export interface TimelineQuery extends DateRange {
  /** At most this many events; all when absent. */
  limit?: number;
  /** Skip this many events first. */
  offset?: number;
}

/** A figure an article quoted ("a legal framework of 165 agreements"), with its sentence. */
export interface QuotedFigure {
  value: number;
  unit: string;
  text: string;
  source: SourceSentence;
}

export interface DocumentHit {
  document: DocumentReference;
  rank: number;
  /** Matching words marked with « and ». */
  snippet: string;
}

export interface EntityHit {
  entity: EntitySummary;
  rank: number;
}

export interface SearchResults {
  documents: DocumentHit[];
  entities: EntityHit[];
}

export interface StoreCounts {
  documents: number;
  entities: number;
  mentions: number;
  events: number;
  eventReports: number;
  figures: number;
  failures: number;
}

export type SubjectKind = 'entity' | 'event';

export interface ReviewSubject {
  kind: SubjectKind;
  id: string;
}

/** Fields of a hand-added or corrected event, named as the store keeps them. */
export interface EventFields {
  type?: EventType;
  date?: string | null;
  dateText?: string | null;
  format?: string[];
  sectors?: string[];
  stance?: string | null;
  cameo?: string | null;
}

export type ReviewAction =
  | { action: 'accept'; subject: ReviewSubject; note?: string }
  | { action: 'reject'; subject: ReviewSubject; note?: string }
  | { action: 'correct'; subject: ReviewSubject; fields: { [field: string]: unknown }; note?: string }
  | { action: 'merge'; subject: ReviewSubject; into: string; note?: string }
  | { action: 'split'; subject: ReviewSubject; documents: string[]; note?: string }
  | { action: 'add-entity'; entity: { type: EntityType; name: string; aliases: string[]; attributes: { [field: string]: unknown } }; note?: string }
  | { action: 'add-event'; event: EventFields & { type: EventType; participants: string[] }; note?: string };

/** A decision that cannot be applied as given; the message says what to change. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** One change in the audit log: who made it, when, and the subject before and after. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  /** A reviewed entity or event, a deleted document, an account changed by an admin. */
  subject: { kind: ReviewSubject['kind'] | 'document' | 'account'; id: string };
  before: unknown;
  after: unknown;
  note: string | null;
}

/** Something an analyst should look at, and why. */
export interface ReviewItem {
  subject: ReviewSubject;
  /** The entity's type or the event's. */
  type: string;
  /** A name, or for an event its date and participants. */
  label: string;
  reasons: string[];
  /** Other entities it may be the same as. */
  related: string[];
  /** How many documents report it. */
  documentCount: number;
}

/** What deleting documents took with them. */
export interface DeletionSummary {
  documents: string[];
  /** Ids of the entities and events no remaining document supports, deleted with them. */
  entities: string[];
  events: string[];
}

/** What ingest needs: documents and their facts stored, failed inputs recorded and listed, documents deleted. */
export interface DocumentWriter {
  /** Stores the document and every fact of its Record in one transaction; a text already stored is a duplicate. */
  saveDocument(article: Article, record: Record): Promise<SaveResult>;
  /** saveDocument for many at once, in one transaction: all stored or none. */
  saveDocuments(items: readonly ExtractedArticle[]): Promise<SaveResult[]>;
  hasDocument(sha256: string): Promise<boolean>;
  /** The SHA-256 of every stored text. */
  documentHashes(): Promise<Set<string>>;
  /** Records (or updates) why an input failed; it stays listed until the input succeeds. */
  recordFailure(input: string, reason: string): Promise<void>;
  clearFailure(input: string): Promise<void>;
  listFailures(): Promise<IngestFailure[]>;
  /** Deletes the documents and the facts only they support; the rest keep their other sources. Audit-logged. */
  deleteDocuments(documentIds: readonly string[], actor: string): Promise<DeletionSummary>;
}

/** What queries, reports, exports and the dashboard read. */
export interface KnowledgeReader {
  /** A number that rises with every change to what the knowledge base answers, committed with the change. */
  revision(): Promise<number>;
  /** Stored documents, newest publication first. */
  listDocuments(options?: { limit?: number; offset?: number }): Promise<{ total: number; documents: DocumentSummary[] }>;
  /** One stored document with its text and story. */
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** With a type, entities of that type, typed so. */
  listEntities<Type extends EntityType = EntityType>(filter?: EntityFilter<Type>): Promise<EntityOf<Type>[]>;
  /** By id, else by whole name or alias (case-insensitive), else by the words of a name; several when ambiguous. */
  findEntities(idOrName: string): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityPage | undefined>;
  /** One event with its entities and sources, whatever its status. */
  getEvent(id: string): Promise<KnowledgeEvent | undefined>;
  /** The events that involve both countries, oldest first; undated events last; a page of them when `limit` or `offset` is given. */
  timeline(countryA: string, countryB: string, query?: TimelineQuery): Promise<KnowledgeEvent[]>;
  search(text: string, options?: { limit?: number }): Promise<SearchResults>;
  /** For each entity, the sentences of its latest mentions (at most `perEntity` documents, newest first). */
  mentionSentences(entityIds: readonly string[], options: { knownBy?: string; perEntity: number }): Promise<Map<string, SourceSentence[]>>;
  /** The figures quoted by documents that name both countries, newest document first. */
  quotedFigures(countryA: string, countryB: string, options?: { knownBy?: string }): Promise<QuotedFigure[]>;
  counts(): Promise<StoreCounts>;
  /** Each stored document's Record as extracted, rebuilt from the store with entities under their knowledge-base ids; oldest first. */
  exportRecords(scope?: ExportScope): Promise<ExportBatches<Record>>;
  /** The active events in scope with their entities and sources, oldest first, undated last. */
  exportEvents(scope?: ExportScope): Promise<ExportBatches<KnowledgeEvent>>;
  /** Per entity id, the documents that mention it, oldest first. */
  documentsMentioning(entityIds: readonly string[]): Promise<Map<string, DocumentReference[]>>;
}

/** What analysts' review needs: what to look at, decisions applied and logged. */
export interface ReviewLedger {
  /** Facts with conflicting or weak support that no analyst has decided on yet, the most reported first. */
  reviewQueue(options?: { limit?: number }): Promise<ReviewItem[]>;
  /** Applies an analyst's decision, checked by src/review/review-actions.ts, and logs it; later ingests never undo it. */
  applyReview(action: ReviewAction, actor: string): Promise<AuditEntry>;
  /** The audit log, newest first; of one subject when given. */
  auditLog(options?: { subject?: ReviewSubject; limit?: number }): Promise<AuditEntry[]>;
}

/** What team mode needs beside the knowledge: accounts and feeds. */
export interface TeamStores {
  /** Accounts and their tokens (team mode). */
  readonly accounts: AccountStore;
  /** Feeds polled on a schedule by the workers. */
  readonly feeds: FeedStore;
}

/** The whole knowledge base, as an adapter opens it. */
export interface Store extends DocumentWriter, KnowledgeReader, ReviewLedger, TeamStores {
  close(): Promise<void>;
}

/** What an export covers; everything when empty. */
export interface ExportScope {
  /** Two ISO3 codes: the events that involve both, and the documents that report them. */
  dyad?: readonly [string, string];
  /** Partial ISO dates: events as in `timeline`'s DateRange; documents by their publication date. */
  from?: string;
  to?: string;
}

/** An export's items in batches, so that a large knowledge base is never held in memory whole. */
export interface ExportBatches<T> extends AsyncIterable<T[]> {
  /** How many items the batches hold together. */
  total: number;
}
