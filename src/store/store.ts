// The knowledge base as the core sees it: documents with their extracted facts in, answers
// out. Which database runs behind it (embedded PGlite or a PostgreSQL server) is the
// adapters' business (pglite-store.ts, postgres-store.ts).
import type { Article } from '../ingest/article.ts';
import type { EntityType, EventType, Record, Span } from '../record/schema.ts';

export type SaveOutcome = 'new' | 'duplicate';

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

export interface EntityFilter {
  type?: EntityType;
  /** Two ISO3 codes: entities that take part in the pair's events, or instruments and initiatives of both. */
  dyad?: readonly [string, string];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** The type's own fields from the Record (code, country, roles, kind, status, period, parties, …). */
  attributes: { [field: string]: unknown };
  documentCount: number;
  mentionCount: number;
}

export interface DocumentReference {
  id: string;
  file: string | null;
  source: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

/** A span of a stored document and the sentence around it, as the reader should see it. */
export interface SourceSentence {
  document: DocumentReference;
  span: Span;
  sentence: string;
  extractorVersion: string;
}

export interface EventParticipant {
  id: string;
  type: EntityType;
  name: string;
}

export interface EventSource {
  document: DocumentReference;
  evidence: Span[];
  /** The evidence spans' sentences, in order. */
  sentences: string[];
  extractorVersion: string;
}

export interface KnowledgeEvent {
  id: string;
  type: EventType;
  date: string | null;
  dateText: string | null;
  participants: EventParticipant[];
  instruments: EventParticipant[];
  initiatives: EventParticipant[];
  place: EventParticipant | null;
  forum: EventParticipant | null;
  countries: string[];
  format: string[];
  sectors: string[];
  stance: string | null;
  cameo: string | null;
  sources: EventSource[];
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

export interface Store {
  /** Stores the document and every fact of its Record in one transaction; a text already stored is a duplicate. */
  saveDocument(article: Article, record: Record): Promise<SaveResult>;
  /** saveDocument for many at once, in one transaction: all stored or none. */
  saveDocuments(items: readonly ExtractedArticle[]): Promise<SaveResult[]>;
  hasDocument(sha256: string): Promise<boolean>;
  /** Records (or updates) why an input failed; it stays listed until the input succeeds. */
  recordFailure(input: string, reason: string): Promise<void>;
  clearFailure(input: string): Promise<void>;
  listFailures(): Promise<IngestFailure[]>;
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** By id, else by whole name or alias (case-insensitive), else by the words of a name; several when ambiguous. */
  findEntities(idOrName: string): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityPage | undefined>;
  /** The events that involve both countries, oldest first; undated events last. */
  timeline(countryA: string, countryB: string, range?: DateRange): Promise<KnowledgeEvent[]>;
  search(text: string, options?: { limit?: number }): Promise<SearchResults>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
