// Which requests the server answers at all, and which may change anything.
// - Host: a page on another site that gets its name re-pointed at this machine (DNS
//   rebinding) sends its requests here under its own name; the server answers only to the
//   names it is known by: the address it is bound to, this machine's local names, and the
//   names an administrator adds (--allow-host).
// - Origin: a page on another site, or on another port of this host, can make a browser
//   post a form or a file here (cross-site request forgery). A change (any method but GET,
//   HEAD and OPTIONS) is taken only from the server's own pages, or from a client that says
//   nothing of where it comes from (curl, scripts).
import { hostname as machineName, networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
/** Methods that change nothing, and need no Origin check. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::']);

/** A host name as compared: lower case, without an IPv6 address's brackets or a final dot. */
export function normaliseHostName(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/**
 * The names a server bound to `address` answers to: loopback names always; the address
 * itself; when bound to every interface, each interface's address and the machine's name;
 * and the names given.
 */
export function knownHostNames(address: string | undefined, given: readonly string[]): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, ...given].map(normaliseHostName));
  if (address !== undefined && WILDCARD_ADDRESSES.has(address)) {
    for (const interfaces of Object.values(networkInterfaces())) {
      for (const { address: interfaceAddress } of interfaces ?? []) names.add(normaliseHostName(interfaceAddress));
    }
    names.add(normaliseHostName(machineName()));
  } else if (address !== undefined) {
    names.add(normaliseHostName(address));
  }
  return names;
}

function isKnown(name: string, known: ReadonlySet<string>): boolean {
  // Browsers resolve every *.localhost name to this machine (RFC 6761), which no one else can re-point.
  return known.has(name) || name.endsWith('.localhost');
}

/** Why a change sent with these headers is refused as coming from another site; undefined when it is not. */
function crossSiteRefusal(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === 'null' || !URL.canParse(origin)) return `a change sent from a page without an origin (Origin: ${origin}) is refused`;
    const from = new URL(origin);
    // Compared as the origin's scheme would write the request's host, so that a default port matches its absence.
    const own = URL.canParse(`${from.protocol}//${request.host}`) ? new URL(`${from.protocol}//${request.host}`).host : request.host;
    if (from.host !== own) return `a change sent from another site or port (Origin: ${origin}) is refused; bilat takes changes from its own pages (${own}) and from clients that send no Origin`;
    return undefined;
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return `a change sent from another site (Sec-Fetch-Site: ${site}) is refused`;
  return undefined;
}

/** Makes every request name a known host, and every change come from the server's own origin. */
export function guardHostAndOrigin(app: FastifyInstance, allowedHosts: readonly string[]): void {
  let known: Set<string> | undefined;
  const knownNames = (): Set<string> => {
    if (known) return known;
    const bound = app.server.address();
    const names = knownHostNames(bound && typeof bound === 'object' ? bound.address : undefined, allowedHosts);
    // Kept once the server listens; asked again until then (a test's inject() never listens).
    if (bound) known = names;
    return names;
  };
  app.addHook('onRequest', async (request) => {
    const host = normaliseHostName(request.hostname);
    if (host !== '' && !isKnown(host, knownNames())) {
      throw new HttpError(421, `this server does not answer to the name "${host}": if that is its name, start it with --allow-host ${host}`);
    }
    if (SAFE_METHODS.has(request.method)) return;
    const refusal = crossSiteRefusal(request);
    if (refusal) throw new HttpError(403, refusal);
  });
}
