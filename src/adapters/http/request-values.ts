// What the route schemas cannot say, checked on every request once they have validated it:
// no text with a NUL character or an unpaired surrogate (PostgreSQL stores neither), and no
// number that is infinite or past what a JavaScript number holds exactly ("limit=1e309" is
// coerced to Infinity, which the schema's maximum lets through).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';

/** In a Unicode regular expression a pair is one character, so a surrogate matched is a lone one. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why the value at `path` cannot be used, or undefined when every part of it can. */
export function unusableValue(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return `${path} contains a NUL character`;
    if (LONE_SURROGATE.test(value)) return `${path} is not valid Unicode (it holds half of a surrogate pair)`;
    return undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path} is not a finite number`;
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return `${path} is too large a number`;
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const reason = unusableValue(item, `${path}/${index}`);
      if (reason) return reason;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const reason = unusableValue(key, `${path} key`) ?? unusableValue(item, `${path}/${key}`);
      if (reason) return reason;
    }
  }
  return undefined;
}

const PARTS = ['params', 'query', 'body'] as const;
const PART_NAMES: { [part in (typeof PARTS)[number]]: string } = { params: 'params', query: 'querystring', body: 'body' };

/** Refuses (400) any request whose parameters or JSON body hold a value no route can use. */
export function refuseUnusableValues(app: FastifyInstance): void {
  app.addHook('preHandler', async (request: FastifyRequest) => {
    for (const part of PARTS) {
      const reason = unusableValue(request[part], PART_NAMES[part]);
      if (reason) throw new HttpError(400, reason);
    }
  });
}
