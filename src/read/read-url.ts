// An input named by an http(s) address — a feed, a page, a PDF — fetched from a public
// address (fetch-public.ts), then read like a file of that name. A failure that may pass (the
// network, a busy server) is a plain Error; one that will not (no such page, too large, not
// readable, an address bilat does not fetch from) is an InputError.
import { InputError } from './article.ts';
import { fetchPublic, type PublicFetchOptions } from './fetch-public.ts';
import { UnfetchableUrlError } from './public-address.ts';
import { DEFAULT_MAX_BYTES, formatByteSize, type ReadOptions } from './read-inputs.ts';

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** Statuses that say "not now" rather than "never": timeout, too many requests, and server errors. */
function mayPass(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export interface UrlReadOptions extends Pick<ReadOptions, 'maxBytes'>, Pick<PublicFetchOptions, 'allowed' | 'resolve'> {
  timeoutMs?: number;
}

async function responseBytes(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new InputError(url, `${formatByteSize(declared)}, over the ${formatByteSize(maxBytes)} limit`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      total += chunk.length;
      // A server may send more than it declared, or declare nothing.
      if (total > maxBytes) throw new InputError(url, `over the ${formatByteSize(maxBytes)} limit`);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks, total);
}

/** What the address serves, within the size limit; read it with readArticlesFromBytes under the address's name. */
export async function fetchUrlBytes(url: string, options: UrlReadOptions = {}): Promise<Uint8Array> {
  if (!isUrlInput(url) || !URL.canParse(url)) throw new InputError(url, 'not an http(s) address');
  let response: Response;
  try {
    response = await fetchPublic(url, { signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS), allowed: options.allowed, resolve: options.resolve });
  } catch (error) {
    if (error instanceof UnfetchableUrlError) throw new InputError(url, error.url === url ? error.detail : `redirected to ${error.url}: ${error.detail}`);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    throw new Error(`${url}: cannot fetch: ${cause}`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    const status = `the server answered ${response.status} ${response.statusText}`.trim();
    if (mayPass(response.status)) throw new Error(`${url}: ${status}`);
    throw new InputError(url, status);
  }
  return responseBytes(response, url, options.maxBytes ?? DEFAULT_MAX_BYTES);
}
