// GET over http(s) from public addresses only, for feeds and pages named by address. Each
// address is checked where it is used: a literal one before the request, a host name when it
// resolves, inside the connection's own lookup, so that the socket goes to the very address
// that was checked (a name that resolves to a public address for the check and a private one
// for the connection, DNS rebinding, cannot pass). Redirects are followed by hand, a few at
// most, each target checked again.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AllowedNetworks, checkFetchableUrl, refusalOf, RefusedAddressError, UnfetchableUrlError } from './public-address.ts';

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses whose answer has no body, which a Response refuses to be given one. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Resolves a host name to its addresses; dns.lookup unless a test gives another. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) => new Promise((resolve, reject) => {
  dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
});

export interface PublicFetchOptions {
  headers?: { [name: string]: string };
  signal?: AbortSignal;
  /** Networks an administrator allows although they are not public; BILAT_ALLOW_NETWORKS when not given. */
  allowed?: AllowedNetworks;
  maxRedirects?: number;
  /** The body, decoded, is cut off with an error past this many bytes. */
  maxBytes?: number;
  resolve?: Resolver;
}

/** A connection lookup that answers only with addresses the policy lets through. */
function checkedLookup(url: string, allowed: AllowedNetworks, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then((all) => {
      const addresses = all.filter(({ family }) => !options.family || family === options.family);
      if (addresses.length === 0) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
      // One address refused refuses the name: the connection may be made to any of them.
      for (const { address } of addresses) {
        const reason = refusalOf(address, allowed);
        if (reason) throw new RefusedAddressError(url, address, reason);
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    }).catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}

function requestOnce(url: URL, options: PublicFetchOptions, lookup: LookupFunction): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'GET',
      headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers },
      lookup,
      agent: false,
      ...(options.signal ? { signal: options.signal } : {}),
    }, resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function decoded(message: IncomingMessage): Readable {
  const encoding = (message.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder) return message;
  message.on('error', (error) => decoder.destroy(error));
  return message.pipe(decoder);
}

function capped(stream: Readable, url: string, maxBytes: number | undefined): Readable {
  if (maxBytes === undefined) return stream;
  let total = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > maxBytes) done(new Error(`${url}: the answer is over the ${maxBytes}-byte limit`));
      else done(null, chunk);
    },
  });
  stream.on('error', (error) => cap.destroy(error));
  return stream.pipe(cap);
}

function toResponse(message: IncomingMessage, url: string, maxBytes: number | undefined): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const status = message.statusCode ?? 502;
  const init = { status, statusText: message.statusMessage ?? '', headers };
  if (NULL_BODY_STATUSES.has(status)) {
    message.resume();
    return new Response(null, init);
  }
  const body = Readable.toWeb(capped(decoded(message), url, maxBytes)) as WebReadableStream<Uint8Array>;
  return new Response(body as ReadableStream<Uint8Array>, init);
}

/** Fetches the address as `fetch` would with GET, but from public addresses only, following at most maxRedirects redirects. */
export async function fetchPublic(url: string, options: PublicFetchOptions = {}): Promise<Response> {
  const allowed = options.allowed ?? AllowedNetworks.fromEnvironment();
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const target = checkFetchableUrl(current, allowed);
    const message = await requestOnce(target, options, checkedLookup(current, allowed, options.resolve ?? systemResolver));
    const location = message.headers.location;
    if (!REDIRECT_STATUSES.has(message.statusCode ?? 0) || !location) return toResponse(message, current, options.maxBytes);
    message.resume();
    if (redirects >= maxRedirects) throw new UnfetchableUrlError(url, `more than ${maxRedirects} redirects (the last to ${location})`);
    current = new URL(location, target).toString();
  }
}
