import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { type Article, InputError, MAX_ARTICLE_CHARACTERS } from './article.ts';
import { largeText, utf16WithoutByteOrderMark } from '../../test/support/hostile-inputs.ts';
import { DEFAULT_MAX_BYTES, expandInputs, formatByteSize, type ReadOptions, readInput } from './read-inputs.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const SEED_ARTICLE = fileURLToPath(new URL('../../examples/seed-001.txt', import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);
const isRoot = process.getuid?.() === 0;

async function withFolder(check: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-ingest-'));
  try {
    await check(folder);
  } finally {
    await chmod(folder, 0o700);
    await rm(folder, { recursive: true, force: true });
  }
}

async function readError(input: string, options?: ReadOptions): Promise<string> {
  try {
    await readInput(input, options);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  assert.fail(`${input} was read without an error`);
}

function stdinOf(bytes: Uint8Array): ReadOptions {
  return { stdin: Readable.from([Buffer.from(bytes)]) };
}

test('folders expand to their files recursively and sorted, skipping hidden ones; other inputs stay as given', async () => {
  await withFolder(async (root) => {
    await mkdir(join(root, 'sub'));
    await mkdir(join(root, 'empty'));
    await mkdir(join(root, '.git'));
    for (const file of ['b.txt', 'a.html', '.hidden.txt', '.git/config', 'sub/c.xml', 'sub/.DS_Store']) await writeFile(join(root, file), 'x');
    await symlink(root, join(root, 'sub', 'loop'));
    const inputs = await expandInputs([root, '-', 'no/such/file.txt', join(root, 'b.txt')]);
    assert.deepEqual(inputs, [join(root, 'a.html'), join(root, 'b.txt'), join(root, 'sub', 'c.xml'), '-', 'no/such/file.txt', join(root, 'b.txt')]);
  });
});

test('a folder with no files to read stands for itself and reading it says why', async () => {
  await withFolder(async (root) => {
    await writeFile(join(root, '.only-hidden'), 'x');
    assert.deepEqual(await expandInputs([root]), [root]);
    assert.equal(await readError(root), `${root}: a folder with no files to read (hidden files are skipped)`);
  });
});

test('the format follows the extension: text, HTML, feed and PDF', async () => {
  const [text] = await readInput(SEED_ARTICLE);
  assert.equal(text.published, '2025-03-03');
  assert.equal(text.source, 'News.Az');
  assert.match(text.body, /^Azerbaijan's Prime Minister Ali Asadov/);
  assert.equal((await readInput(fixture('news-page.html')))[0].outlet, 'Steppe Herald');
  assert.equal((await readInput(fixture('feed-rss.xml'))).length, 3);
  assert.equal((await readInput(fixture('feed-atom.xml'))).length, 2);
  assert.equal((await readInput(fixture('readout.pdf')))[0].title, 'Foreign ministers discuss energy and transport');
});

test('standard input and unknown extensions are read in the format their content shows', async () => {
  const sniffed = async (name: string): Promise<Article[]> => readInput('-', stdinOf(await readFile(fixture(name))));
  assert.equal((await sniffed('news-page.html'))[0].title, 'Mongolia and Kazakhstan agree roadmap on transit and energy');
  assert.deepEqual((await sniffed('feed-rss.xml')).map(({ file }) => file), ['-#1', '-#2', '-#3']);
  assert.equal((await sniffed('feed-atom.xml')).length, 2);
  assert.equal((await sniffed('readout.pdf'))[0].file, '-');
  assert.equal((await sniffed('utf8-bom.txt'))[0].language, 'tr');
  await withFolder(async (folder) => {
    await copyFile(fixture('news-page.html'), join(folder, 'saved-page.download'));
    await copyFile(fixture('readout.pdf'), join(folder, 'readout'));
    assert.equal((await readInput(join(folder, 'saved-page.download')))[0].outlet, 'Steppe Herald');
    assert.match((await readInput(join(folder, 'readout')))[0].body, /political consultations in Vilnius/);
  });
});

test('UTF-16 LE and UTF-8 files with a byte order mark read as article texts with their headers', async () => {
  const [utf16] = await readInput(fixture('utf16le-bom.txt'));
  assert.deepEqual(utf16, {
    file: fixture('utf16le-bom.txt'),
    source: 'https://gov.example/news/2025/01/28/visit',
    outlet: 'Government Press Office',
    title: 'Prime Minister meets Président du Conseil in Baku',
    published: '2025-01-28',
    language: 'en',
    body: 'BAKU – The Prime Minister met the visiting Président du Conseil of Monaco on Tuesday; the sides signed a memorandum on tourism.\n\nThe talks covered culture, education and “green” finance.',
  });
  const [utf8] = await readInput(fixture('utf8-bom.txt'));
  assert.equal(utf8.outlet, 'Anadolu Ajansı');
  assert.equal(utf8.body.split('\n\n')[1], 'Bakanlar, ortak eylem planını imzaladı.');
});

test('windows-1251 pages read as Russian text, whether the charset is declared or detected', async () => {
  for (const name of ['ru-declared-1251.html', 'ru-undeclared-1251.html']) {
    const [article] = await readInput(fixture(name));
    assert.equal(article.title, 'Министры иностранных дел Казахстана и Узбекистана провели переговоры', name);
    assert.equal(article.language, 'ru');
    assert.match(article.body, /Транскаспийского международного транспортного маршрута/);
    assert.ok(!article.body.includes('Главная'), 'navigation is dropped');
  }
});

test('an empty or whitespace-only input is an error that says it is empty', async () => {
  assert.equal(await readError(fixture('empty.txt')), `${fixture('empty.txt')}: empty (0 bytes)`);
  assert.equal(await readError(fixture('whitespace-only.txt')), `${fixture('whitespace-only.txt')}: empty: only whitespace`);
  assert.equal(await readError(fixture('header-only.txt')), `${fixture('header-only.txt')}: empty body: the header is followed by no text`);
  assert.equal(await readError('-', stdinOf(Buffer.alloc(0))), '-: empty (0 bytes)');
});

test('a binary file is an error that names the formats bilat reads', async () => {
  assert.equal(await readError(fixture('binary.txt')), `${fixture('binary.txt')}: binary content, not text; bilat reads text, HTML, RSS/Atom/RDF feeds and PDF`);
});

test('an input over the size limit is an error with its size, the limit and how to raise it', async () => {
  assert.equal(DEFAULT_MAX_BYTES, 20 * 1024 * 1024);
  await withFolder(async (folder) => {
    const large = join(folder, 'large.txt');
    await writeFile(large, '');
    await truncate(large, Math.round(25.5 * 1024 * 1024));
    assert.equal(await readError(large), `${large}: 25.5 MB, over the 20 MB limit; raise it with --max-bytes`);
  });
  assert.equal(await readError(fixture('news-page.html'), { maxBytes: 4096 }), `${fixture('news-page.html')}: 4.7 kB, over the 4 kB limit; raise it with --max-bytes`);
  assert.equal(await readError('-', { maxBytes: 10, stdin: Readable.from([Buffer.from('0123456789abcdef')]) }), '-: over the 10 bytes limit; raise it with --max-bytes');
});

test('sizes are written in the unit a person would use', () => {
  assert.equal(formatByteSize(900), '900 bytes');
  assert.equal(formatByteSize(1536), '1.5 kB');
  assert.equal(formatByteSize(12.34 * 1024 * 1024), '12.3 MB');
  assert.equal(formatByteSize(20 * 1024 * 1024), '20 MB');
});

test('a missing file is an error that says there is no such file', async () => {
  assert.equal(await readError('no/such/article.txt'), 'no/such/article.txt: no such file or folder');
});

/** Reads one input in a child process as the unprivileged "nobody" when the tests run as root, who may read any file. */
function readErrorAsUnprivileged(input: string): string {
  const script = `import { readInput } from ${JSON.stringify(new URL('./read-inputs.ts', import.meta.url).href)};
try { await readInput(${JSON.stringify(input)}); console.log('read without an error'); } catch (e) { console.log(e.message); }`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)), ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  assert.equal(child.status, 0, child.stderr);
  return child.stdout.trim();
}

test('an unreadable file is an error that says permission is denied', async () => {
  await withFolder(async (folder) => {
    await chmod(folder, 0o755);
    const locked = join(folder, 'locked.txt');
    await writeFile(locked, 'title: x\n\nbody');
    await chmod(locked, 0o000);
    assert.equal(readErrorAsUnprivileged(locked), `${locked}: permission denied`);
  });
});

test('a malformed feed and a PDF without text are errors that say so', async () => {
  assert.equal(await readError(fixture('malformed.xml')), `${fixture('malformed.xml')}: malformed feed: it ends before its closing </rss>, </feed> or </rdf:RDF> tag (cut off?)`);
  assert.equal(await readError(fixture('scanned.pdf')), `${fixture('scanned.pdf')}: no text layer (scanned PDF?)`);
});

test('a feed item with neither text nor title fails the feed unless the caller takes item errors', async () => {
  await withFolder(async (folder) => {
    const feed = join(folder, 'feed.rss');
    await writeFile(feed, '<rss><channel><title>W</title><item><title>Talks</title></item><item><link>https://w.example/2</link></item></channel></rss>');
    assert.equal(await readError(feed), `${feed}#2: feed item has no text and no title`);
    const itemErrors: string[] = [];
    const articles = await readInput(feed, { onItemError: (error) => itemErrors.push(error.message) });
    assert.deepEqual(articles.map(({ file }) => file), [`${feed}#1`]);
    assert.deepEqual(itemErrors, [`${feed}#2: feed item has no text and no title`]);
  });
});

test('a batch with bad inputs still reads the good ones, in the order given', async () => {
  const inputs = [fixture('news-page.html'), 'missing.txt', fixture('feed-atom.xml'), fixture('binary.txt'), fixture('empty.txt'), SEED_ARTICLE];
  const outcomes: string[] = [];
  for (const input of inputs) {
    try {
      outcomes.push(...(await readInput(input)).map(({ file }) => `article ${file}`));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      outcomes.push(`error ${error.input}`);
    }
  }
  assert.deepEqual(outcomes, [
    `article ${fixture('news-page.html')}`,
    'error missing.txt',
    `article ${fixture('feed-atom.xml')}#1`,
    `article ${fixture('feed-atom.xml')}#2`,
    `error ${fixture('binary.txt')}`,
    `error ${fixture('empty.txt')}`,
    `article ${SEED_ARTICLE}`,
  ]);
});

test('named pipes, sockets and devices are refused at once, without waiting for a writer', async () => {
  await withFolder(async (folder) => {
    const pipe = join(folder, 'pipe.txt');
    spawnSync('mkfifo', [pipe]);
    const device = join(folder, 'device.txt');
    await symlink('/dev/zero', device);
    const socketPath = join(folder, 'socket.txt');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const started = Date.now();
      assert.equal(await readError(pipe), `${pipe}: a named pipe, not a file: bilat reads only regular files (and standard input, named "-")`);
      assert.match(await readError(device), /device\.txt: a device, not a file/);
      assert.match(await readError(socketPath), /socket\.txt: a socket, not a file/);
      assert.ok(Date.now() - started < 2000);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

test('a text over the article length limit is refused with its length, the limit and what to do', async () => {
  await withFolder(async (folder) => {
    const large = join(folder, 'large.txt');
    await writeFile(large, largeText(MAX_ARTICLE_CHARACTERS + 100_000));
    assert.match(await readError(large), /large\.txt: 2\.1 million characters of text, over the limit of 2 million for one article: split it into articles$/);
  });
});

test('a text file in UTF-16 without a byte order mark reads as the article it is', async () => {
  await withFolder(async (folder) => {
    const path = join(folder, 'utf16.txt');
    await writeFile(path, utf16WithoutByteOrderMark(await readFile(SEED_ARTICLE, 'utf8')));
    const [article] = await readInput(path);
    const [fromUtf8] = await readInput(SEED_ARTICLE);
    assert.deepEqual({ ...article, file: SEED_ARTICLE }, fromUtf8);
  });
});
