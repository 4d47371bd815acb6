// What every request meets before a route answers it: the Host and Origin checks, the
// security headers, sessions and their cookies, the throttle on wrong tokens, and the time
// limit on receiving a body.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from './server.ts';
import { knownHostNames } from './host-and-origin.ts';
import type { Store } from '../../store/store.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';

const ARTICLE = 'The foreign ministers of Georgia and Armenia met in Tbilisi on Thursday to discuss transit and trade.';

function multipart(name: string, text: string): { payload: string; contentType: string } {
  const boundary = '----bilat-guards';
  const payload = [`--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${name}"`, 'Content-Type: text/plain', '', text, `--${boundary}--`, ''].join('\r\n');
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

function assertSecurityHeaders(response: LightMyRequestResponse, what: string): void {
  const policy = String(response.headers['content-security-policy'] ?? '');
  assert.match(policy, /frame-ancestors 'none'/, `${what}: frame-ancestors`);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/, `${what}: no inline script`);
  assert.ok(/script-src 'self'|default-src 'none'/.test(policy), `${what}: scripts only from the server itself: ${policy}`);
  assert.equal(response.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(response.headers['x-frame-options'], 'DENY', what);
  assert.equal(response.headers['referrer-policy'], 'no-referrer', what);
}

describe('requests in single-user mode', () => {
  const [pglite] = storeBackends();
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    ({ store } = await pglite.freshStore());
    app = await buildServer({ store, allowedHosts: ['bilat.example.org'] });
  });
  after(async () => {
    await app.close();
    await store.close();
    await pglite.dispose();
  });

  test('a request naming a host the server is not known by is answered 421 (DNS rebinding); its own names and added ones pass', async () => {
    const foreign = await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'attacker.example:8080' } });
    assert.equal(foreign.statusCode, 421);
    assert.match(foreign.json().message, /does not answer to the name "attacker\.example".*--allow-host attacker\.example/);
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'bilat.example.org', 'BILAT.example.org.:443', 'dashboard.localhost:8080']) {
      assert.equal((await app.inject({ method: 'GET', url: '/api/health', headers: { host } })).statusCode, 200, host);
    }
  });

  test('the names known are the bound address and local names; on every interface, the machine\'s addresses and name', () => {
    const bound = knownHostNames('192.0.2.10', ['Team.Example.org']);
    assert.ok(bound.has('192.0.2.10') && bound.has('localhost') && bound.has('::1') && bound.has('team.example.org'));
    assert.ok(!bound.has('10.0.0.1'));
    const everywhere = knownHostNames('0.0.0.0', []);
    assert.ok(everywhere.has('127.0.0.1') && everywhere.size > 3);
  });

  test('a cross-site form upload is refused (403) and stores nothing; a same-origin one and one without Origin are taken', async () => {
    const { payload, contentType } = multipart('talks.txt', ARTICLE);
    const upload = (headers: { [name: string]: string }) =>
      app.inject({ method: 'POST', url: '/api/documents/upload', payload, headers: { host: '127.0.0.1:8080', 'content-type': contentType, ...headers } });
    const foreign: { [name: string]: string }[] = [
      { origin: 'https://attacker.example' }, { origin: 'http://127.0.0.1:9999' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of foreign) {
      const refused = await upload(headers);
      assert.equal(refused.statusCode, 403, JSON.stringify(headers));
      assert.match(refused.json().message, /refused/);
    }
    const pasted = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: ARTICLE }, headers: { host: '127.0.0.1:8080', origin: 'http://evil.example' } });
    assert.equal(pasted.statusCode, 403);
    assert.equal((await store.counts()).documents, 0, 'nothing was stored');

    const own = await upload({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' });
    assert.equal(own.statusCode, 200, own.body);
    assert.equal((await upload({})).json().results[0].outcome, 'duplicate', 'a client that sends no Origin (curl) is taken');
    // Reading is not a change: another site's page may not read the answer anyway (no CORS).
    assert.equal((await app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://attacker.example' } })).statusCode, 200);
  });

  test('a feed at an address of this machine or a private network is refused when it is added, however the address is written', async () => {
    for (const url of ['http://2130706433/rss', 'http://0x7f.1:8080/rss', 'http://[::ffff:10.0.0.1]/rss', 'http://169.254.169.254/latest/meta-data/', 'http://100.64.1.1/']) {
      const refused = await app.inject({ method: 'POST', url: '/api/feeds', payload: { url, every: '1h' } });
      assert.equal(refused.statusCode, 400, url);
      assert.match(refused.json().message, /not fetched: .* is an? .*address.*BILAT_ALLOW_NETWORKS/, url);
    }
    assert.equal((await app.inject({ method: 'POST', url: '/api/feeds', payload: { url: 'file:///etc/passwd' } })).statusCode, 400);
    assert.equal((await app.inject({ method: 'POST', url: '/api/feeds', payload: { url: 'https://news.example.org/rss', every: '1h' } })).statusCode, 200);
    assert.deepEqual((await store.feeds.listFeeds()).map((feed) => feed.url), ['https://news.example.org/rss']);
  });

  test('every answer carries the security headers: API, errors, docs, brief, unknown routes', async () => {
    const answers: [string, LightMyRequestResponse][] = [
      ['health', await app.inject({ url: '/api/health' })],
      ['a 400', await app.inject({ url: '/api/documents?limit=0' })],
      ['a 404', await app.inject({ url: '/api/nothing' })],
      ['a 421', await app.inject({ url: '/api/health', headers: { host: 'attacker.example' } })],
      ['a malformed address', await app.inject({ url: '/api/documents/%E0%A4%A' })],
      ['the API docs', await app.inject({ url: '/api/docs/' })],
      ['the OpenAPI description', await app.inject({ url: '/api/openapi.json' })],
      ['the HTML brief', await app.inject({ url: '/api/dyads/AZE/KAZ/brief?format=html&asOf=2026-01-01' })],
      ['the Markdown brief', await app.inject({ url: '/api/dyads/AZE/KAZ/brief?format=md&asOf=2026-01-01' })],
      ['an export', await app.inject({ url: '/api/export/csv?table=events' })],
    ];
    for (const [what, response] of answers) assertSecurityHeaders(response, `${what} (${response.statusCode})`);
    const malformed = answers.find(([what]) => what === 'a malformed address')![1];
    assert.deepEqual(Object.keys(malformed.json()).sort(), ['error', 'message', 'statusCode'], 'a malformed address answers in the API\'s own shape');
    assert.match(String(answers.find(([what]) => what === 'the HTML brief')![1].headers['content-security-policy']), /sandbox/, 'the brief keeps its own, stricter policy');
  });
});

describe('receiving a request', () => {
  const [pglite] = storeBackends();
  let store: Store;
  let app: FastifyInstance;
  let port: number;
  before(async () => {
    ({ store } = await pglite.freshStore());
    app = await buildServer({ store, timeouts: { requestMs: 1_000, headersMs: 1_000, checkEveryMs: 200 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  after(async () => {
    await app.close();
    await store.close();
    await pglite.dispose();
  });

  test('a body sent slowly is cut off at the request time limit, and the server goes on answering', async () => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    const closed = new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
    });
    socket.write(`POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":"`);
    const drip = setInterval(() => socket.write('a'), 100);
    try {
      const answer = await closed;
      const seconds = (Date.now() - started) / 1000;
      assert.ok(seconds < 5, `cut off after ${seconds} s`);
      assert.match(answer, /^HTTP\/1\.1 408/);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 200);
  });
});

for (const backend of storeBackends()) {
  describe(`team mode on ${backend.name}: sessions, tokens and pages of the same host`, { skip: backend.skip }, () => {
    let store: Store;
    let app: FastifyInstance;
    const tokens: { [role: string]: string } = {};
    before(async () => {
      ({ store } = await backend.freshStore());
      for (const role of ['viewer', 'analyst'] as const) {
        const account = await store.accounts.createAccount(`${role}-guards`, role);
        tokens[role] = (await store.accounts.issueToken(account.id, { kind: 'api' })).token;
      }
      app = await buildServer({ store, accounts: store.accounts, trustProxy: '10.9.9.9', throttle: { failures: 5, windowMs: 60_000 } });
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.dispose();
    });

    test('closing a session with an API token leaves the token working; closing the cookie\'s session ends that session only', async () => {
      const bearer = { authorization: `Bearer ${tokens.analyst}` };
      const closed = await app.inject({ method: 'DELETE', url: '/api/session', headers: bearer });
      assert.equal(closed.statusCode, 204);
      assert.equal((await app.inject({ url: '/api/me', headers: bearer })).json().name, 'analyst-guards', 'the API token still works');

      const opened = await app.inject({ method: 'POST', url: '/api/session', payload: { token: tokens.analyst } });
      const session = String(opened.headers['set-cookie']).split(';')[0];
      await app.inject({ method: 'DELETE', url: '/api/session', headers: { ...bearer, cookie: session } });
      assert.equal((await app.inject({ url: '/api/me', headers: { cookie: session } })).statusCode, 401, 'the session is closed');
      assert.equal((await app.inject({ url: '/api/me', headers: bearer })).statusCode, 200, 'the token is not');
    });

    test('the session cookie is Secure over https (said by the trusted proxy), and not over plain http', async () => {
      const plain = await app.inject({ method: 'POST', url: '/api/session', payload: { token: tokens.viewer } });
      assert.doesNotMatch(String(plain.headers['set-cookie']), /Secure/);
      const proxied = await app.inject({ method: 'POST', url: '/api/session', payload: { token: tokens.viewer }, remoteAddress: '10.9.9.9', headers: { 'x-forwarded-proto': 'https' } });
      assert.match(String(proxied.headers['set-cookie']), /; HttpOnly; SameSite=Strict; Path=\/; Max-Age=\d+; Secure$/);
      const untrusted = await app.inject({ method: 'POST', url: '/api/session', payload: { token: tokens.viewer }, remoteAddress: '10.1.1.1', headers: { 'x-forwarded-proto': 'https' } });
      assert.doesNotMatch(String(untrusted.headers['set-cookie']), /Secure/, 'only the trusted proxy is believed');
    });

    test('a page on another port of the same host cannot upload with the signed-in session', async () => {
      const opened = await app.inject({ method: 'POST', url: '/api/session', payload: { token: tokens.analyst } });
      const session = String(opened.headers['set-cookie']).split(';')[0];
      const { payload, contentType } = multipart('talks.txt', ARTICLE);
      const upload = await app.inject({
        method: 'POST', url: '/api/documents/upload', payload,
        headers: { host: '127.0.0.1:8080', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-site', cookie: session, 'content-type': contentType },
      });
      assert.equal(upload.statusCode, 403, upload.body);
      assert.equal((await store.counts()).documents, 0);
    });

    test('wrong tokens from one address are throttled (429, Retry-After), the right token too while it lasts; another address is not', async () => {
      const from = (remoteAddress: string, token: string) => app.inject({ url: '/api/me', remoteAddress, headers: { authorization: `Bearer ${token}` } });
      for (let attempt = 0; attempt < 5; attempt++) assert.equal((await from('192.0.2.7', `bilat_wrong-${attempt}`)).statusCode, 401);
      const throttled = await from('192.0.2.7', 'bilat_wrong-again');
      assert.equal(throttled.statusCode, 429);
      const retryAfter = Number(throttled.headers['retry-after']);
      assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After: ${throttled.headers['retry-after']}`);
      assert.match(throttled.json().message, /too many wrong tokens/);
      assert.equal((await from('192.0.2.7', tokens.viewer)).statusCode, 429, 'a right guess is not confirmed while the address is throttled');
      assert.equal((await app.inject({ method: 'POST', url: '/api/session', remoteAddress: '192.0.2.7', payload: { token: tokens.viewer } })).statusCode, 429, 'nor through the session route');
      assert.equal((await from('192.0.2.8', tokens.viewer)).statusCode, 200, 'another address is not throttled');
      // An IPv6 client holds its whole /64: changing the last groups does not help.
      for (let attempt = 0; attempt < 5; attempt++) await from(`2001:db8:1:2::${attempt + 1}`, 'bilat_wrong');
      assert.equal((await from('2001:db8:1:2:ffff::9', tokens.viewer)).statusCode, 429);
    });
  });
}
