import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { InputError } from './article.ts';
import { fetchPublic, MAX_REDIRECTS, type Resolver } from './fetch-public.ts';
import { AllowedNetworks, refusalOf, RefusedAddressError, UnfetchableUrlError } from './public-address.ts';
import { fetchUrlBytes } from './read-url.ts';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><description>Georgia and Armenia held talks in Tbilisi on trade.</description></item></channel></rss>';

interface LocalServer {
  server: Server;
  port: number;
  requests: { url: string; headers: IncomingHttpHeaders }[];
}

/** A server on a loopback address that serves the feed, redirects /to?URL and /loop, and gzips /gzip. */
async function localServer(host: string): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname === '/to') response.writeHead(302, { location: url.searchParams.get('url') ?? '/' }).end();
    else if (url.pathname === '/loop') response.writeHead(301, { location: '/loop' }).end();
    else if (url.pathname === '/gzip') response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(FEED));
    else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const NONE = new AllowedNetworks('');
const LOOPBACK_ONE = new AllowedNetworks('127.0.0.1');

describe('fetching from public addresses only', () => {
  let first: LocalServer;
  let second: LocalServer;
  before(async () => {
    first = await localServer('127.0.0.1');
    second = await localServer('127.0.0.2');
  });
  after(async () => {
    await close(first.server);
    await close(second.server);
  });

  test('this machine is refused in every notation of its address, and nothing is sent to it', async () => {
    const port = first.port;
    const notations = [
      '127.0.0.1', '2130706433', '0x7f000001', '0177.0.0.1', '017700000001', '127.1', '0x7f.1', '127.000.000.001',
      '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:7f00:1]', '[::1]', '0.0.0.0', '0', '[::]', 'localhost', 'LocalHost',
    ];
    for (const host of notations) {
      await assert.rejects(fetchPublic(`http://${host}:${port}/feed.xml`, { allowed: NONE }), (error: Error) => {
        assert.ok(error instanceof RefusedAddressError, `${host}: ${error.message}`);
        assert.match(error.message, /not fetched: .* is (a loopback|an unspecified)/, host);
        assert.match(error.message, /BILAT_ALLOW_NETWORKS/);
        return true;
      }, host);
    }
    assert.equal(first.requests.length, 0);
  });

  test('an allowed network is fetched, and a gzipped answer comes decoded', async () => {
    const response = await fetchPublic(`http://2130706433:${first.port}/gzip`, { allowed: LOOPBACK_ONE });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), FEED);
  });

  test('a redirect to a refused address is refused before it is followed', async () => {
    const before = second.requests.length;
    const target = `http://2130706434:${second.port}/feed.xml`;
    await assert.rejects(fetchPublic(`http://127.0.0.1:${first.port}/to?url=${encodeURIComponent(target)}`, { allowed: LOOPBACK_ONE }), (error: Error) => {
      assert.ok(error instanceof RefusedAddressError, error.message);
      assert.equal(error.address, '127.0.0.2');
      return true;
    });
    assert.equal(second.requests.length, before, 'nothing reached the address the redirect named');
    const allowed = await fetchPublic(`http://127.0.0.1:${first.port}/to?url=${encodeURIComponent(target)}`, { allowed: new AllowedNetworks('127.0.0.0/30') });
    assert.equal(await allowed.text(), FEED);
  });

  test(`redirects are followed ${MAX_REDIRECTS} times at most, and only to http(s)`, async () => {
    await assert.rejects(fetchPublic(`http://127.0.0.1:${first.port}/loop`, { allowed: LOOPBACK_ONE }), /more than 5 redirects/);
    await assert.rejects(fetchPublic(`http://127.0.0.1:${first.port}/to?url=${encodeURIComponent('file:///etc/passwd')}`, { allowed: LOOPBACK_ONE }), (error: Error) => error instanceof UnfetchableUrlError && /http and https addresses only, not file/.test(error.message));
    await assert.rejects(fetchPublic('ftp://example.org/feed.xml', { allowed: NONE }), /http and https addresses only, not ftp/);
  });

  test('a name is checked as it resolves, and the connection goes to the address that was checked', async () => {
    const calls: string[] = [];
    const resolver = (addresses: string[]): Resolver => async (hostname) => {
      calls.push(hostname);
      return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    await assert.rejects(fetchPublic('http://feeds.example/rss', { allowed: NONE, resolve: resolver(['10.0.0.7']) }), /10\.0\.0\.7 is a private address/);
    // A name with a public and a private address is refused: the connection could go to either.
    await assert.rejects(fetchPublic('http://feeds.example/rss', { allowed: NONE, resolve: resolver(['93.184.216.34', '169.254.169.254']) }), /169\.254\.169\.254 is a link-local address/);

    calls.length = 0;
    const response = await fetchPublic(`http://feeds.example:${first.port}/feed.xml`, { allowed: LOOPBACK_ONE, resolve: resolver(['127.0.0.1']) });
    assert.equal(await response.text(), FEED);
    assert.deepEqual(calls, ['feeds.example'], 'resolved once, for the connection itself');
    assert.equal(first.requests.at(-1)?.headers.host, `feeds.example:${first.port}`);
  });

  test('fetchUrlBytes fails a refused address for good, as an input error', async () => {
    await assert.rejects(fetchUrlBytes(`http://0x7f000001:${first.port}/feed.xml`, { allowed: NONE }), (error: Error) => error instanceof InputError && /127\.0\.0\.1 is a loopback address/.test(error.message));
    const bytes = await fetchUrlBytes(`http://127.0.0.1:${first.port}/feed.xml`, { allowed: LOOPBACK_ONE });
    assert.equal(Buffer.from(bytes).toString(), FEED);
  });
});

describe('which addresses are refused', () => {
  test('loopback, private, link-local, unique-local, carrier-grade NAT, unspecified and multicast ranges, and IPv4 inside IPv6', () => {
    const refused = [
      '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '100.127.255.254', '169.254.169.254', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '2002:c0a8:101::1', '::127.0.0.1',
    ];
    for (const address of refused) assert.ok(refusalOf(address), `${address} is refused`);
    for (const address of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808']) {
      assert.equal(refusalOf(address), undefined, `${address} is public`);
    }
    assert.match(refusalOf('::ffff:192.168.0.1') ?? '', /private address \(192\.168\.0\.1\) written as IPv6/);
  });

  test('an administrator allows networks by address or prefix, and a wrong entry says how to write one', () => {
    const allowed = new AllowedNetworks('10.1.0.0/16, 192.168.1.20 fd00::/8');
    assert.equal(refusalOf('10.1.200.3', allowed), undefined);
    assert.ok(refusalOf('10.2.0.1', allowed));
    assert.equal(refusalOf('192.168.1.20', allowed), undefined);
    assert.ok(refusalOf('192.168.1.21', allowed));
    assert.equal(refusalOf('fd00::5', allowed), undefined);
    assert.equal(refusalOf('::ffff:10.1.0.9', allowed), undefined, 'an allowed address written as IPv6 is allowed too');
    assert.throws(() => new AllowedNetworks('10.0.0.0/33'), /BILAT_ALLOW_NETWORKS: "10\.0\.0\.0\/33" is not an address or a network; write it as 10\.1\.0\.0\/16/);
    assert.throws(() => new AllowedNetworks('intranet'), /"intranet" is not an address/);
    assert.equal(AllowedNetworks.fromEnvironment({ BILAT_ALLOW_NETWORKS: '10.9.0.0/16' }).includes('10.9.1.1'), true);
  });
});
