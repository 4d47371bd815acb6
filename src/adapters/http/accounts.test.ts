import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server.ts';
import type { Store } from '../../store/store.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { corpusArticle } from '../../../test/support/corpus-records.ts';

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

for (const backend of storeBackends()) {
  describe(`accounts and roles over HTTP on ${backend.name}`, { skip: backend.skip }, () => {
    let app: FastifyInstance;
    let store: Store;
    let log = '';
    const tokens: { [role: string]: string } = {};

    before(async () => {
      ({ store } = await backend.freshStore());
      await store.saveDocuments([await corpusArticle('seed-001.txt')]);
      for (const role of ['viewer', 'analyst', 'admin'] as const) {
        const account = await store.accounts.createAccount(`${role}-one`, role);
        tokens[role] = (await store.accounts.issueToken(account.id, { kind: 'api' })).token;
      }
      const stream = new PassThrough();
      stream.on('data', (chunk: Buffer) => {
        log += chunk.toString();
      });
      app = await buildServer({ store, accounts: store.accounts, logger: { stream } });
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.dispose();
    });

    const call = (method: string, url: string, token?: string, payload?: object) =>
      app.inject({ method: method.toUpperCase() as 'GET', url, ...(payload ? { payload } : {}), headers: token ? { authorization: `Bearer ${token}` } : {} });

    test('without a token nothing but health and the API description answers: 401', async () => {
      assert.equal((await call('get', '/api/health')).statusCode, 200);
      assert.equal((await call('get', '/api/openapi.json')).statusCode, 200);
      const refused = await call('get', '/api/entities');
      assert.equal(refused.statusCode, 401);
      assert.match(refused.json().message, /Authorization: Bearer/);
      assert.equal((await call('get', '/api/entities', 'bilat_not-a-token')).statusCode, 401);
    });

    test("a viewer reads, and every write route refuses the viewer's request with 403", async () => {
      assert.equal((await call('get', '/api/entities', tokens.viewer)).statusCode, 200);
      const spec = (await call('get', '/api/openapi.json')).json() as { paths: { [path: string]: { [method: string]: unknown } } };
      const writes = Object.entries(spec.paths).flatMap(([path, methods]) => Object.keys(methods).filter((method) => WRITE_METHODS.includes(method)).map((method) => ({ path, method })));
      assert.ok(writes.length >= 8, `write routes found: ${writes.map((w) => `${w.method} ${w.path}`).join(', ')}`);
      for (const { path, method } of writes) {
        if (path === '/api/session') continue;
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? '1' : 'x'));
        const response = await call(method, url, tokens.viewer, {});
        assert.equal(response.statusCode, 403, `${method.toUpperCase()} ${path} answers a viewer ${response.statusCode}`);
      }
    });

    test('an analyst reviews and is named in the audit log; only an admin manages accounts and deletes', async () => {
      const [asadov] = (await call('get', '/api/search?q=Asadov', tokens.analyst)).json().entities;
      const decided = await call('post', '/api/review', tokens.analyst, { action: 'accept', id: asadov.entity.id });
      assert.equal(decided.statusCode, 200, decided.body);
      assert.equal(decided.json().actor, 'analyst-one');
      assert.equal((await call('post', '/api/accounts', tokens.analyst, { name: 'x', role: 'viewer' })).statusCode, 403);
      const made = await call('post', '/api/accounts', tokens.admin, { name: 'newcomer', role: 'viewer' });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal((await call('get', '/api/me', made.json().token)).json().name, 'newcomer');
    });

    test('a revoked token stops working at once', async () => {
      const made = (await call('post', '/api/accounts', tokens.admin, { name: 'leaver', role: 'analyst' })).json();
      assert.equal((await call('get', '/api/entities', made.token)).statusCode, 200);
      const [leaver] = (await call('get', '/api/accounts', tokens.admin)).json().filter((account: { name: string }) => account.name === 'leaver');
      assert.equal((await call('delete', `/api/tokens/${leaver.tokens[0].id}`, tokens.admin)).statusCode, 204);
      assert.equal((await call('get', '/api/entities', made.token)).statusCode, 401);
    });

    test('a web session is opened with a token, is an HttpOnly cookie, and ends when closed', async () => {
      const opened = await call('post', '/api/session', undefined, { token: tokens.analyst });
      assert.equal(opened.statusCode, 200);
      const cookie = String(opened.headers['set-cookie']);
      assert.match(cookie, /bilat_session=[^;]+; HttpOnly; SameSite=Strict/);
      const session = cookie.split(';')[0];
      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session } });
      assert.equal(me.json().role, 'analyst');
      await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: session } });
      assert.equal((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session } })).statusCode, 401);
    });

    test('tokens never appear in the log or in any answer after the one that made them', async () => {
      const listed = (await call('get', '/api/accounts', tokens.admin)).body;
      for (const token of Object.values(tokens)) {
        assert.ok(!listed.includes(token), 'the account list holds no secret');
        assert.ok(!log.includes(token), 'the log holds no secret');
      }
      assert.ok(log.length > 0, 'requests were logged');
    });
  });
}
