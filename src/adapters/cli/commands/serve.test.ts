import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { type BilatProcess, killIfRunning, spawnBilat } from '../../../../test/support/bilat-process.ts';
import { rssFeed, startFeedServer } from '../../../../test/support/feed-server.ts';
import { runBilat } from '../../../../test/support/run-bilat.ts';

const FEED_ITEMS = [
  'Georgia and Armenia opened a new border crossing on the road between Tbilisi and Yerevan.',
  'Kazakhstan and Kyrgyzstan agreed on the joint use of water from the Chu and Talas rivers.',
];

test('bilat serve on the embedded database polls its feeds and ingests their items; on every interface it warns that there is no login', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-serve-'));
  const feed = await startFeedServer(rssFeed(FEED_ITEMS));
  let server: BilatProcess | undefined;
  // The feed is on this machine, which bilat fetches from only when an administrator allows it.
  process.env.BILAT_ALLOW_NETWORKS = '127.0.0.1';
  try {
    const db = join(folder, 'kb');
    const added = await spawnBilat(['feeds', 'add', feed.url, '--every', '1h', '--db', db]).finished;
    assert.equal(added.code, 0, added.stderr);
    server = spawnBilat(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db]);
    const deadline = Date.now() + 60_000;
    let api: string | undefined;
    let total = 0;
    while (total < FEED_ITEMS.length) {
      assert.ok(Date.now() < deadline, `the feed's items were not ingested within a minute: ${JSON.stringify(server.output())}`);
      assert.equal(server.child.exitCode, null, `the server exited: ${server.output().stderr}`);
      api ??= /API http:\/\/[^:/\s]+(:\d+)\/api\/docs/.exec(server.output().stdout)?.[1]?.replace(/^/, 'http://127.0.0.1');
      if (api) total = ((await (await fetch(`${api}/api/documents`)).json()) as { total: number }).total;
      await delay(250);
    }
    assert.equal(feed.requests.length, 1);
    assert.match(server.output().stderr, /^Warning: the embedded database has no accounts and no login\. Anyone who can reach this machine on port \d+ can read, add, correct and delete/);
    server.child.kill('SIGTERM');
    assert.equal((await server.finished).code, 0);
  } finally {
    delete process.env.BILAT_ALLOW_NETWORKS;
    if (server) killIfRunning(server);
    await feed.close();
    await rm(folder, { recursive: true, force: true });
  }
});

test('bilat serve --help suggests another address than this machine\'s only in team mode, and says there is no login without it', async () => {
  const { code, stdout } = await runBilat('serve', '--help');
  assert.equal(code, 0);
  const examples = stdout.slice(stdout.indexOf('Examples:'));
  for (const line of examples.split('\n').filter((example) => example.includes('--host'))) assert.match(line, /team mode/, line);
  assert.match(stdout, /0\.0\.0\.0 listens on every interface: without team mode, with no login/);
  assert.match(stdout, /--allow-host NAME/);
});
