// Headers on every answer — the dashboard, the API, its docs, the brief, errors — that tell a
// browser what it may do with it: run only the server's own script files (never inline
// script), never sniff a type other than the one given, never show the page inside another
// site's frame, and send no address of it to the sites it links to.
import type { FastifyInstance } from 'fastify';

/**
 * The dashboard's and the API docs' policy. Styles may be inline: the charts set them on
 * their elements, and the brief previewed in the dashboard's frame (which inherits this
 * policy) carries its own stylesheet. Images may be data: URLs (icons, the brief's charts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const FIXED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The headers for an answer whose route set `ownPolicy` (the brief's, stricter), or none: that policy kept, framed by no one. */
export function securityHeaders(ownPolicy: unknown): { [name: string]: string } {
  const policy = typeof ownPolicy !== 'string'
    ? CONTENT_SECURITY_POLICY
    : ownPolicy.includes('frame-ancestors') ? ownPolicy : `${ownPolicy}; frame-ancestors 'none'`;
  return { ...FIXED_HEADERS, 'content-security-policy': policy };
}

/** Sets the headers on every answer that goes through the routes (errors too). */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.headers(securityHeaders(reply.getHeader('content-security-policy')));
    return payload;
  });
}
