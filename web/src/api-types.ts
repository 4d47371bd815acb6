// The API's answers, typed by the server's own definitions (types only: nothing of the
// server is bundled). Dates and ids arrive as the strings the server writes.
import type { SaveOutcome } from '../../src/store/store.ts';

export type { Citation, DyadReport, InitiativeRow, InstrumentRow, MeetingSummary, PersonRow, PlaceRow, SectorActivity, TonePoint } from '../../src/query/dyad-report.ts';
export type {
  AuditEntry, DocumentReference, DocumentSummary, EntityPage, EntitySummary, EventParticipant, KnowledgeEvent, QuotedFigure, ReviewItem, SearchResults,
  SourceSentence, StoredDocument,
} from '../../src/store/store.ts';
export type { RoleOverTime, InstrumentStatusStep as StatusEvidence } from '../../src/record/knowledge.ts';
export type { Span } from '../../src/record/schema.ts';
export type { SaveOutcome };

/** What POST /api/documents and /api/documents/upload answer (src/adapters/http/routes/documents.ts). */
export interface IngestReport {
  results: {
    /** failed: this input, or this article of it, could not be read or extracted; the others were. */
    outcome: SaveOutcome | 'failed';
    /** Absent for a failed article. */
    documentId?: string;
    input: string;
    reason?: string;
    title: string | null;
    entities: number;
    events: { type: string; date: string | null }[];
  }[];
}
