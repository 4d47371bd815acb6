import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBilat } from '../../../../test/support/run-bilat.ts';

test('bilat feeds add refuses an address of this machine or a private network, and says how an administrator allows one', async () => {
  for (const url of ['http://127.1/rss', 'http://0x7f000001/rss', 'http://[fd00::1]/rss', 'http://192.168.1.20/rss']) {
    const run = await runBilat('feeds', 'add', url, '--db', '/nonexistent/never-opened');
    assert.notEqual(run.code, 0, url);
    assert.match(run.stderr, /not fetched: .* is an? [^;]*address[^;]*; bilat fetches from public addresses only \(an administrator can allow a network with BILAT_ALLOW_NETWORKS=/, url);
  }
  const ftp = await runBilat('feeds', 'add', 'ftp://example.org/rss', '--db', '/nonexistent/never-opened');
  assert.match(ftp.stderr, /http and https addresses only, not ftp/);
});
