// The HTTP API as the pages call it: one function per route, errors as ApiError with the
// server's own message (it says what to change).
import type { AuditEntry, DocumentSummary, DyadReport, EntityPage, EntitySummary, IngestReport, KnowledgeEvent, ReviewItem, SearchResults, StoredDocument } from './api-types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server has no such route: it is older than this web app. */
  get routeMissing(): boolean {
    return this.status === 404 && this.message.startsWith('no route');
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const fallback = `${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { message?: unknown };
    return new ApiError(response.status, typeof body.message === 'string' ? body.message : fallback);
  } catch {
    return new ApiError(response.status, fallback);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'the bilat server does not answer: is "bilat serve" running?');
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

function query(parameters: { [name: string]: string | undefined }): string {
  const defined = Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  return defined.length === 0 ? '' : `?${new URLSearchParams(defined).toString()}`;
}

const segment = encodeURIComponent;

export const api = {
  countries: () => request<EntitySummary[]>('/api/entities?type=country'),
  entity: (id: string) => request<EntityPage>(`/api/entities/${segment(id)}`),
  event: (id: string) => request<KnowledgeEvent>(`/api/events/${segment(id)}`),
  document: (id: string) => request<StoredDocument>(`/api/documents/${segment(id)}`),
  documents: (limit: number) => request<DocumentList>(`/api/documents${query({ limit: String(limit) })}`),
  dyad: (a: string, b: string, asOf: string | undefined) => request<DyadReport>(`/api/dyads/${segment(a)}/${segment(b)}${query({ asOf })}`),
  search: (q: string) => request<SearchResults>(`/api/search${query({ q, limit: '30' })}`),
  ingestText: (article: { text: string; title?: string; outlet?: string; published?: string }) =>
    request<IngestReport>('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article) }),
  reviewQueue: () => request<ReviewItem[]>('/api/review?limit=100'),
  decide: (analyst: string, decision: ReviewDecision) =>
    request<AuditEntry>('/api/review', { method: 'POST', headers: { 'content-type': 'application/json', 'x-bilat-analyst': analyst }, body: JSON.stringify(decision) }),
  audit: () => request<AuditEntry[]>('/api/audit?limit=50'),
  briefHtml: async (a: string, b: string, asOf: string) => {
    const response = await fetch(briefUrl(a, b, 'html', asOf)).catch(() => undefined);
    if (!response) throw new ApiError(0, 'the bilat server does not answer: is "bilat serve" running?');
    if (!response.ok) throw await errorOf(response);
    return response.text();
  },
};

export interface DocumentList {
  total: number;
  documents: DocumentSummary[];
}

export type ReviewDecision =
  | { action: 'accept' | 'reject'; id: string; note?: string }
  | { action: 'correct'; id: string; fields: { [field: string]: unknown }; note?: string }
  | { action: 'merge'; id: string; into: string; note?: string };

export type BriefFormat = 'md' | 'html' | 'pdf';

export function briefUrl(a: string, b: string, format: BriefFormat, asOf: string): string {
  return `/api/dyads/${segment(a)}/${segment(b)}/brief${query({ format, asOf })}`;
}

/**
 * Uploads files as multipart/form-data. XMLHttpRequest rather than fetch: only it reports
 * upload progress. `onProgress` gets the share sent, 0 to 1.
 */
export function uploadFiles(files: readonly File[], onProgress: (sent: number) => void): Promise<IngestReport> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents/upload');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (IngestReport & { message?: string }) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else reject(new ApiError(xhr.status, body?.message ?? `upload failed (${xhr.status})`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'the upload did not reach the server: is "bilat serve" running?'));
    xhr.send(form);
  });
}
