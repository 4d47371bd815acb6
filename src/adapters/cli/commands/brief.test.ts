import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { pdfTestSkip } from '../../../../test/support/chromium.ts';
import { runBilat as bilat } from '../../../../test/support/run-bilat.ts';
import { storeBackends } from '../../../../test/support/store-backends.ts';
import { EXAMPLES } from '../../../../test/support/synthetic-articles.ts';

/** Runs `use` with the environment changed, and puts it back whatever happens. */
async function withEnvironment<T>(changes: { [name: string]: string | undefined }, use: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(changes).map((name) => [name, process.env[name]]));
  const apply = (values: { [name: string]: string | undefined }) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(changes);
  try {
    return await use();
  } finally {
    apply(saved);
  }
}

const [pglite] = storeBackends();

describe('bilat brief', () => {
  let db: string;
  let removeDb: () => Promise<void>;
  let scratch: string;
  before(async () => {
    ({ location: db, remove: removeDb } = await pglite.freshLocation());
    scratch = await mkdtemp(join(tmpdir(), 'bilat-brief-'));
    const ingest = await bilat('ingest', join(EXAMPLES, 'seed-000.txt'), join(EXAMPLES, 'seed-001.txt'), '--db', db);
    assert.equal(ingest.code, 0, ingest.stderr);
  });
  after(async () => {
    await removeDb();
    await rm(scratch, { recursive: true, force: true });
    await pglite.dispose();
  });

  test('prints the Markdown note on the pair as of the date, with the expiring instruments flagged', async () => {
    const run = await bilat('brief', 'AZE', 'KAZ', '--as-of', '2026-11-24', '--db', db);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Azerbaijan – Kazakhstan\n\n\*\*Briefing note as of 24 November 2026\.\*\*/);
    assert.equal(run.stdout.split('\n').filter((line) => line.startsWith('| ⚠ ')).length, 2);
  });

  test('writes HTML to -o FILE, the format taken from its extension, and says where', async () => {
    const file = join(scratch, 'aze-kaz.html');
    const run = await bilat('brief', 'Azerbaijan-Kazakhstan', '--as-of', '2026-11', '-o', file, '--db', db);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `Wrote ${file}: the briefing note on Azerbaijan – Kazakhstan as of 2026-11-30.\n`);
    assert.match(await readFile(file, 'utf8'), /^<!doctype html>[^]*<h1>Azerbaijan – Kazakhstan<\/h1>/);
  });

  test('--format pdf renders a PDF with Chromium, to brief-AZE-KAZ-DATE.pdf when no -o is given', { skip: pdfTestSkip() }, async () => {
    const home = process.cwd();
    process.chdir(scratch);
    try {
      const run = await bilat('brief', 'AZE', 'KAZ', '--as-of', '2026-11-24', '--format', 'pdf', '--db', db);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^Wrote brief-AZE-KAZ-2026-11-24\.pdf: the briefing note on Azerbaijan – Kazakhstan as of 2026-11-24 \(PDF, \d+ KB\)\.\n$/);
    } finally {
      process.chdir(home);
    }
    const pdf = await readFile(join(scratch, 'brief-AZE-KAZ-2026-11-24.pdf'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok((await PDFDocument.load(pdf)).getPageCount() >= 2, 'the note fills more than a page');
  });

  test('without Chromium, --format pdf says to install Debian\'s chromium or use --format html, and exits 1', async () => {
    const run = await withEnvironment({ PATH: '/nonexistent', BILAT_CHROMIUM: undefined }, () => bilat('brief', 'AZE', 'KAZ', '--format', 'pdf', '--db', db));
    assert.equal(run.code, 1);
    assert.match(run.stderr, /a PDF needs Chromium, and none was found .*install Debian's chromium \(apt-get install chromium\).*--format html/);
  });

  test('a mistake in the call exits 2 and points to --help', async () => {
    for (const argv of [['AZE'], ['AZE', 'KAZ', '--format', 'docx'], ['AZE', 'KAZ', '--as-of', '24.11.2026']]) {
      const run = await bilat('brief', ...argv, '--db', db);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, /See "bilat brief --help"/);
    }
  });

  test('--help says what the note holds and shows examples', async () => {
    const run = await bilat('brief', '--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: bilat brief COUNTRY COUNTRY \[--as-of DATE\] \[--format md\|html\|pdf\] \[-o FILE\] \[--db PATH\]/);
    assert.match(run.stdout, /Examples:\n {2}bilat brief AZE KAZ\n/);
  });
});
