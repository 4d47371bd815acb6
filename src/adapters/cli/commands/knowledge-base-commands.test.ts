import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeBackends } from '../../../../test/support/store-backends.ts';
import { EXAMPLES, TEST_ARTICLES } from '../../../../test/support/synthetic-articles.ts';
import { runBilat as bilat } from '../../../../test/support/run-bilat.ts';

const SEEDS = [join(EXAMPLES, 'seed-000.txt'), join(EXAMPLES, 'seed-001.txt')];
const [pglite] = storeBackends();

describe('the knowledge-base commands', () => {
  let db: string;
  let removeDb: () => Promise<void>;
  let scratch: string;
  before(async () => {
    ({ location: db, remove: removeDb } = await pglite.freshLocation());
    scratch = await mkdtemp(join(tmpdir(), 'bilat-cli-'));
  });
  after(async () => {
    await removeDb();
    await rm(scratch, { recursive: true, force: true });
    await pglite.dispose();
  });

  test('ingest stores the articles and sums up; the same texts again are duplicates', async () => {
    const first = await bilat('ingest', ...SEEDS, '--db', db);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Ingested 2 inputs \(2 articles\) in [\d.]+ s: 2 new, 0 duplicate, 0 near-duplicate, 0 failed\./);
    assert.match(first.stdout, /2 documents, \d+ entities, \d+ events\./);

    const others = (await readdir(TEST_ARTICLES)).length;
    const second = await bilat('ingest', EXAMPLES, TEST_ARTICLES, '--db', db, '--json');
    assert.equal(second.code, 0, second.stderr);
    const summary = JSON.parse(second.stdout) as { new: number; duplicate: number; failed: number; knowledgeBase: { documents: number } };
    assert.deepEqual({ new: summary.new, duplicate: summary.duplicate, failed: summary.failed }, { new: others, duplicate: 2, failed: 0 });
    assert.equal(summary.knowledgeBase.documents, others + 2);
  });

  test('an input that fails is reported, makes the exit status 1, and is listed by ingest --failed', async () => {
    const empty = join(scratch, 'empty.txt');
    await writeFile(empty, '');
    const run = await bilat('ingest', empty, '--db', db);
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`failed ${empty.replace(/[.]/g, '\\.')}: empty \\(0 bytes\\)`));
    assert.match(run.stdout, /1 failed\.[\s\S]*bilat ingest --failed/);

    const listed = await bilat('ingest', '--failed', '--db', db);
    assert.equal(listed.code, 0);
    assert.ok(listed.stdout.includes(`${empty}: empty (0 bytes)`), listed.stdout);
    const failures = JSON.parse((await bilat('ingest', '--failed', '--db', db, '--json')).stdout) as { input: string; reason: string }[];
    assert.deepEqual(failures.map(({ input, reason }) => ({ input, reason })), [{ input: empty, reason: 'empty (0 bytes)' }]);
  });

  test('entities lists what concerns a dyad, and --type narrows it', async () => {
    const listed = await bilat('entities', '--dyad', 'AZE-KAZ', '--db', db);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^Countries \(\d+\)/m);
    assert.match(listed.stdout, /person:murat-nurtleu +Murat Nurtleu — .*KAZ +1 document, \d+ mentions/);
    const people = JSON.parse((await bilat('entities', '--type', 'person', '--dyad', 'kaz aze', '--db', db, '--json')).stdout) as { type: string; id: string }[];
    assert.ok(people.length > 0 && people.every((entity) => entity.type === 'person'));
    assert.ok(people.some((entity) => entity.id === 'person:jeyhun-bayramov'));
  });

  test('show prints an entity with its events and the sentences that name it, found by id or name', async () => {
    const shown = await bilat('show', 'Murat Nurtleu', '--db', db);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /^Murat Nurtleu {2}person:murat-nurtleu$/m);
    assert.match(shown.stdout, /^Events \(\d+\)/m);
    assert.ok(shown.stdout.includes('“Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakhstan\'s Deputy Prime Minister and Foreign Minister Murat Nurtleu signed an action plan'));
    const page = JSON.parse((await bilat('show', 'person:murat-nurtleu', '--db', db, '--json')).stdout) as { entity: { id: string }; mentions: { sentence: string }[] };
    assert.equal(page.entity.id, 'person:murat-nurtleu');
    assert.ok(page.mentions.every((mention) => mention.sentence.length > 0));
  });

  test('show names the candidates when a name fits several entities, and says how to look when it fits none', async () => {
    const ambiguous = await bilat('show', 'agreement', '--db', db);
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /"agreement" names \d+ entities; show one by its id:\n {2}instrument:/);
    const unknown = await bilat('show', 'Atlantis', '--db', db);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no entity "Atlantis" in the knowledge base; find it with "bilat search 'Atlantis'"/);
  });

  test('timeline prints the events of two countries in date order, and --from/--to narrow it', async () => {
    const printed = await bilat('timeline', 'AZE', 'KAZ', '--db', db);
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /^Azerbaijan – Kazakhstan: \d+ events, \d{4}/);
    assert.match(printed.stdout, /^2025-03-03 +meeting +Ali Asadov/m);
    assert.match(printed.stdout, /— News\.Az · 2025-03-03 · .*seed-001\.txt/);
    const in2025 = JSON.parse((await bilat('timeline', 'Azerbaijan-Kazakhstan', '--from', '2025', '--to', '2025-12', '--db', db, '--json')).stdout) as { date: string | null }[];
    assert.ok(in2025.length > 0 && in2025.every((event) => event.date?.startsWith('2025')));

    const ids = async (...paging: string[]) =>
      (JSON.parse((await bilat('timeline', 'AZE', 'KAZ', ...paging, '--db', db, '--json')).stdout) as { id: string }[]).map((event) => event.id);
    assert.deepEqual(await ids('--limit', '2', '--offset', '1'), (await ids()).slice(1, 3));
  });

  test('search prints the entities and the documents that match, with the words marked', async () => {
    const found = await bilat('search', 'Middle', 'Corridor', '--db', db);
    assert.equal(found.code, 0, found.stderr);
    assert.match(found.stdout, /^Entities \(\d+\)\n {2}initiative:middle-corridor/m);
    assert.match(found.stdout, /«Middle» «Corridor»/);
    const results = JSON.parse((await bilat('search', 'Middle Corridor', '--limit', '1', '--db', db, '--json')).stdout) as { documents: unknown[] };
    assert.equal(results.documents.length, 1);
    assert.match((await bilat('search', 'xylophone', '--db', db)).stdout, /^Nothing matches "xylophone"/);
  });

  test('a read command on a knowledge base that does not exist says how to create one', async () => {
    const missing = join(scratch, 'no-such-db');
    for (const argv of [['entities'], ['show', 'x'], ['timeline', 'AZE', 'KAZ'], ['search', 'x'], ['ingest', '--failed']]) {
      const run = await bilat(...argv, '--db', missing);
      // ingest keeps 1 for "some inputs failed": that it could not run at all is 3.
      assert.equal(run.code, argv[0] === 'ingest' ? 3 : 1, argv.join(' '));
      assert.ok(run.stderr.includes(`no knowledge base at ${missing} yet: create it with "bilat ingest FILE_OR_FOLDER..."`), run.stderr);
    }
  });

  test('mistakes in how a command is called are usage errors that point to --help', async () => {
    const mistakes: [string[], RegExp][] = [
      [['ingest'], /no INPUT given/],
      [['ingest', '--failed', 'x.txt'], /--failed lists failures and takes no INPUT/],
      [['entities', '--type', 'planet'], /--type wants one of country, person, organization, place, instrument, initiative, forum; got "planet"/],
      [['entities', '--dyad', 'AZE'], /--dyad wants two countries/],
      [['timeline', 'AZE', 'Atlantis'], /"Atlantis" is not a country/],
      [['timeline', 'AZE', 'AZE'], /two different countries/],
      [['timeline', 'AZE', 'KAZ', '--from', '2025-13'], /--from wants a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2025-13"/],
      [['timeline', 'AZE', 'KAZ', '--from', '2025', '--to', '2024'], /--to 2024 is before --from 2025/],
      [['timeline', 'AZE', 'KAZ', '--offset', 'two'], /--offset wants a whole number of 0 or more, got "two"/],
      [['show'], /name the ENTITY to show/],
      [['search'], /give the TEXT to search for/],
      [['search', 'x', '--limit', '0'], /--limit wants a whole number of 1 or more/],
    ];
    for (const [argv, message] of mistakes) {
      const run = await bilat(...argv, '--db', db);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, message);
      assert.match(run.stderr, new RegExp(`See "bilat ${argv[0]} --help"`));
    }
  });

  test('every knowledge-base command explains itself with examples', async () => {
    for (const name of ['ingest', 'entities', 'show', 'timeline', 'search']) {
      const help = await bilat(name, '--help');
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`^Usage: bilat ${name} `));
      assert.match(help.stdout, /--db PATH/);
      assert.match(help.stdout, /\nExamples:\n {2}bilat /);
    }
  });
});
