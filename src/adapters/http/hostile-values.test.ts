// Every route, as the OpenAPI description lists it, sent values no client should send: none
// may answer with a server error (5xx). Each is refused with a 4xx that says why, or answered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildServer } from './server.ts';
import type { Store } from '../../store/store.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';

/** As they would stand in a path or a query string, already percent-encoded where they need it. */
const URL_VALUES = [
  '1e309', 'Infinity', 'NaN', '-1', '-0', '1.5', '99999999999999999999', '9007199254740993', '2147483648',
  '%00', 'a%00b', '%ED%A0%80', '%E0%A4%A', '%', '%ff', '%C0%AF', '%uD800', 'x'.repeat(3000), '..%2F..%2Fetc%2Fpasswd', '%27%20or%201%3D1--',
];

/** As they would stand in a JSON body: text with NUL or half a surrogate pair, numbers JSON.parse makes Infinity or inexact. */
const JSON_VALUES = ['"\\u0000"', '"a\\u0000b"', '"\\ud800"', '"x\\udfff"', '1e309', '-1e309', '9007199254740993', '-1', '""', '[]', '{}', 'null', 'true', '"%00"'];

interface Operation {
  method: string;
  path: string;
  query: string[];
  body: string[];
}

function operations(spec: { paths: { [path: string]: { [method: string]: { parameters?: { name: string; in: string }[]; requestBody?: { content?: { [type: string]: { schema?: { properties?: object } } } } } } } }): Operation[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    query: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
    body: Object.keys(operation.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
  })));
}

for (const backend of storeBackends()) {
  describe(`no value gives a server error, on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    let app: FastifyInstance;
    let admin: string;
    before(async () => {
      ({ store } = await backend.freshStore());
      const account = await store.accounts.createAccount('admin-hostile', 'admin');
      admin = (await store.accounts.issueToken(account.id, { kind: 'api' })).token;
      // Team mode, so that every route is reached with an admin's token; the throttle set high, as wrong session tokens are among the values.
      app = await buildServer({ store, accounts: store.accounts, throttle: { failures: 1_000_000 } });
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.dispose();
    });

    test('every route, every parameter and every body field, with each hostile value', async () => {
      const spec = (await app.inject({ url: '/api/openapi.json' })).json();
      const failures: string[] = [];
      let sent = 0;
      const send = async (options: InjectOptions) => {
        sent++;
        const response = await app.inject({ ...options, headers: { authorization: `Bearer ${admin}`, ...options.headers } });
        if (response.statusCode >= 500) failures.push(`${response.statusCode} ${options.method} ${String(options.url).slice(0, 120)} ${String(options.payload ?? '').slice(0, 80)}: ${response.body.slice(0, 160)}`);
      };
      const all = operations(spec);
      assert.ok(all.length >= 25, `${all.length} operations`);
      for (const { method, path, query, body } of all) {
        for (const value of URL_VALUES) {
          const url = path.replace(/\{\w+\}/g, value) + (query.length > 0 ? `?${query.map((name) => `${name}=${value}`).join('&')}` : '');
          await send({ method: method as InjectOptions['method'], url });
        }
        for (const value of JSON_VALUES) {
          for (const field of body) {
            await send({ method: method as InjectOptions['method'], url: path.replace(/\{\w+\}/g, '1'), payload: `{"${field}":${value}}`, headers: { 'content-type': 'application/json' } });
          }
        }
      }
      assert.deepEqual(failures, [], `${failures.length} of ${sent} requests answered 5xx`);
    });

    test('the values are refused with a 400 that says what is wrong', async () => {
      const refused = async (options: InjectOptions, message: RegExp) => {
        const response = await app.inject({ ...options, headers: { authorization: `Bearer ${admin}`, ...(options.payload ? { 'content-type': 'application/json' } : {}) } });
        assert.equal(response.statusCode, 400, `${options.url}: ${response.body}`);
        assert.match(response.json().message, message);
      };
      await refused({ url: '/api/documents?limit=1e309' }, /querystring\/limit is not a finite number/);
      await refused({ url: '/api/documents?offset=99999999999999999999' }, /offset must be <= 2147483647/);
      await refused({ url: '/api/documents/a%00b' }, /params\/id contains a NUL character/);
      await refused({ url: '/api/search?q=talks%00' }, /querystring\/q contains a NUL character/);
      await refused({ method: 'POST', url: '/api/review', payload: '{"action":"accept","id":"a\\u0000"}' }, /body\/id contains a NUL character/);
      await refused({ method: 'POST', url: '/api/accounts', payload: '{"name":"\\ud800","role":"viewer"}' }, /body\/name is not valid Unicode/);
      await refused({ method: 'DELETE', url: '/api/tokens/9007199254740993' }, /must be <= 2147483647|too large/);
      await refused({ method: 'POST', url: '/api/feeds', payload: '{"url":"http://example.org/rss","every":"99999999999999d"}' }, /too seldom for a feed/);
    });
  });
}
