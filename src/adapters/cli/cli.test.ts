import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { COMMANDS, main } from './main.ts';
import { readInput } from '../../read/read-inputs.ts';
import { assertValidRecord, type Entity, type Record, type Span } from '../../record/schema.ts';
import { CollectedOutput } from '../../../test/support/collected-output.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'bilat.js');
const SEED_000 = join(ROOT, 'examples', 'seed-000.txt');
const SEED_001 = join(ROOT, 'examples', 'seed-001.txt');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');

const ANSI = /\x1b\[/;
const ANSI_ALL = /\x1b\[[0-9;]*[A-Za-z]/g;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  stdin?: Readable;
}

async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new CollectedOutput(options.stdoutIsTTY ?? false);
  const stderr = new CollectedOutput(options.stderrIsTTY ?? false);
  const code = await main(argv, { stdout, stderr, stdin: options.stdin ?? new PassThrough() });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function runBinary(argv: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() });
    });
  });
}

function jsonLines(stdout: string): Record[] {
  assert.ok(stdout.endsWith('\n'), 'JSON lines end with a newline');
  return stdout.slice(0, -1).split('\n').map((line) => assertValidRecord(JSON.parse(line)));
}

async function withTempFolder(use: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-cli-'));
  try {
    await use(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function spanInside(span: Span, body: string): boolean {
  return span.start >= 0 && span.start < span.end && span.end <= body.length;
}

test('extract --json prints exactly one valid Record, dated, hashed and with every span inside the body', async () => {
  const { code, stdout, stderr } = await run(['extract', SEED_001, '--json']);
  assert.equal(code, 0);
  assert.equal(stderr, '');
  const record = assertValidRecord(JSON.parse(stdout));
  const [article] = await readInput(SEED_001);
  const body = article.body;

  assert.equal(record.document.file, SEED_001);
  assert.equal(record.document.published, '2025-03-03');
  assert.equal(record.document.sha256, createHash('sha256').update(body).digest('hex'));
  assert.ok(record.entities.length > 0 && record.events.length > 0);
  for (const entity of record.entities) {
    for (const span of entity.mentions) assert.ok(spanInside(span, body), `${entity.id} mention ${JSON.stringify(span)} lies outside the body`);
  }
  for (const event of record.events) {
    for (const span of event.evidence) assert.ok(spanInside(span, body), `${event.id} evidence ${JSON.stringify(span)} lies outside the body`);
  }
});

const COUNTRIES = [
  { name: 'Azerbaijan', capital: 'Baku', people: ['Jeyhun Bayramov', 'Ali Asadov'] },
  { name: 'Kazakhstan', capital: 'Astana', people: ['Murat Nurtleu', 'Olzhas Bektenov'] },
  { name: 'Georgia', capital: 'Tbilisi', people: ['Maka Botchorishvili', 'Irakli Kobakhidze'] },
  { name: 'Armenia', capital: 'Yerevan', people: ['Ararat Mirzoyan', 'Nikol Pashinyan'] },
  { name: 'Uzbekistan', capital: 'Tashkent', people: ['Bakhtiyor Saidov', 'Abdulla Aripov'] },
  { name: 'Mongolia', capital: 'Ulaanbaatar', people: ['Battsetseg Batmunkh', 'Gombojav Zandanshatar'] },
  { name: 'Turkey', capital: 'Ankara', people: ['Hakan Fidan', 'Cevdet Yilmaz'] },
  { name: 'Kyrgyzstan', capital: 'Bishkek', people: ['Jeenbek Kulubaev', 'Adylbek Kasymaliev'] },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A short readout in the genre, varied by country pair, people, date and wording. */
function generatedArticle(index: number): { published: string; text: string } {
  const n = COUNTRIES.length;
  const host = COUNTRIES[index % n];
  // An offset of 1 to n-1 pairs each host with every other country in turn, never with itself.
  const guest = COUNTRIES[(index + 1 + (Math.floor(index / n) % (n - 1))) % n];
  const month = index % 12;
  const day = 1 + (index % 28);
  const year = 2020 + (index % 6);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const [hostMinister, hostPremier] = host.people;
  const [guestMinister, guestPremier] = guest.people;
  const bodies = [
    `${host.name}'s Foreign Minister ${hostMinister} met with ${guest.name}'s Foreign Minister ${guestMinister} in ${host.capital} on Monday. The sides discussed trade, transport and energy cooperation.`,
    `Prime Minister ${hostPremier} received ${guest.name}'s Prime Minister ${guestPremier} in ${host.capital} on ${day} ${MONTHS[month]} ${year}. They signed a memorandum on cooperation in agriculture. The next meeting will be held in ${guest.capital}.`,
    `The foreign ministers of ${host.name} and ${guest.name} held a phone call last week. ${hostMinister} and ${guestMinister} agreed to prepare a roadmap on digital cooperation for ${year + 1}.`,
  ];
  return { published, text: `outlet: Caspian Wire\npublished: ${published}\n\n${bodies[index % bodies.length]}\n` };
}

test('extract --jsonl reads 1,000 articles in one process, one valid Record per line, in the order of the sorted inputs', { timeout: 60_000 }, async () => {
  await withTempFolder(async (folder) => {
    const published = new Map<string, string>();
    for (let index = 0; index < 1000; index++) {
      const article = generatedArticle(index);
      // Unpadded numbers, so that the sorted order ("article-10" before "article-2") differs from the order written.
      const path = join(folder, `article-${index}.txt`);
      await writeFile(path, article.text);
      published.set(path, article.published);
    }
    const expectedOrder = [...published.keys()].sort();

    const { code, stdout, stderr } = await runBinary(['extract', folder, '--jsonl']);

    assert.equal(stderr, '');
    assert.equal(code, 0);
    const records = jsonLines(stdout);
    assert.equal(records.length, 1000);
    assert.deepEqual(records.map((r) => r.document.file), expectedOrder);
    assert.deepEqual(records.map((r) => r.document.published), expectedOrder.map((path) => published.get(path)));
  });
});

test('extract --jsonl prints the records in the order of the inputs, and a feed\'s items in feed order', async () => {
  const text = join(FIXTURES, 'utf8-bom.txt');
  const page = join(FIXTURES, 'news-page.html');
  const feed = join(FIXTURES, 'feed-rss.xml');
  const { code, stdout } = await run(['extract', '--jsonl', text, page, feed]);
  assert.equal(code, 0);
  const records = jsonLines(stdout);
  assert.deepEqual(records.map((r) => r.document.file), [text, page, `${feed}#1`, `${feed}#2`, `${feed}#3`]);
  assert.deepEqual(records.slice(2).map((r) => r.document.title), [
    'Azerbaijan and Turkmenistan discuss gas swap extension',
    'Georgia, Armenia foreign ministers meet in Tbilisi',
    'Kyrgyzstan and Tajikistan hold border commission session',
  ]);
});

test('a batch with unreadable inputs reports each on one stderr line with its reason, prints the good ones and exits with 1', async () => {
  await withTempFolder(async (folder) => {
    const bad = [
      { path: join(folder, 'missing.txt'), reason: /no such file/ },
      { path: join(FIXTURES, 'empty.txt'), reason: /empty/ },
      { path: join(FIXTURES, 'binary.txt'), reason: /binary/ },
      { path: join(FIXTURES, 'malformed.xml'), reason: /malformed/ },
    ];
    const { code, stdout, stderr } = await runBinary(['extract', '--jsonl', bad[0].path, SEED_000, bad[1].path, bad[2].path, SEED_001, bad[3].path]);

    assert.equal(code, 1);
    assert.deepEqual(jsonLines(stdout).map((r) => r.document.file), [SEED_000, SEED_001]);
    const lines = stderr.trimEnd().split('\n');
    for (const { path, reason } of bad) {
      const naming = lines.filter((line) => line.includes(path));
      assert.equal(naming.length, 1, `one line names ${path}:\n${stderr}`);
      assert.match(naming[0], reason);
    }
    assert.doesNotMatch(stderr, ANSI, 'no terminal codes when stderr is a pipe');
    assert.ok(!stderr.includes('\r'), 'no progress line when stderr is a pipe');
  });
});

test('a batch of only good inputs exits with 0 and writes nothing to stderr', async () => {
  const { code, stdout, stderr } = await run(['extract', '--jsonl', SEED_000, SEED_001]);
  assert.equal(code, 0);
  assert.equal(stderr, '');
  assert.equal(jsonLines(stdout).length, 2);
});

test('--json with several articles is a usage error that points to --jsonl and prints no record', async () => {
  for (const inputs of [[SEED_000, SEED_001], [join(FIXTURES, 'feed-rss.xml')]]) {
    const { code, stdout, stderr } = await run(['extract', '--json', ...inputs]);
    assert.equal(code, 2, inputs.join(' '));
    assert.equal(stdout, '', inputs.join(' '));
    assert.match(stderr, /use --jsonl/);
  }
});

test('--json and --jsonl together is a usage error', async () => {
  const { code, stdout, stderr } = await run(['extract', SEED_001, '--json', '--jsonl']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /--json\b.*--jsonl/);
});

test('extract without an INPUT is a usage error that says what an INPUT can be', async () => {
  const { code, stderr } = await run(['extract', '--jsonl']);
  assert.equal(code, 2);
  assert.match(stderr, /no INPUT/);
  assert.match(stderr, /bilat extract --help/);
});

test('an unknown option is a usage error that names it and the options there are', async () => {
  const { code, stderr } = await run(['extract', SEED_001, '--colour']);
  assert.equal(code, 2);
  assert.match(stderr, /unknown option --colour/);
  assert.match(stderr, /--jsonl/);
});

test('an unknown command is a usage error that lists the commands', async () => {
  const { code, stderr } = await run(['extrct', SEED_001]);
  assert.equal(code, 2);
  assert.match(stderr, /"extrct"/);
  for (const command of COMMANDS) assert.ok(stderr.includes(command.name), `names ${command.name}`);
});

test('the binary exits with 2 on a usage error and prints nothing on stdout', async () => {
  const { code, stdout, stderr } = await runBinary(['extract']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /no INPUT/);
});

test('--published refuses a date that is not YYYY-MM-DD and names the expected format', async () => {
  const { code, stdout, stderr } = await run(['extract', SEED_001, '--published', '2025-13-40']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /2025-13-40/);
  assert.match(stderr, /YYYY-MM-DD/);
});

test('--published replaces the stated publication date and relative dates resolve against it', async () => {
  await withTempFolder(async (folder) => {
    const path = join(folder, 'monday.txt');
    await writeFile(path, 'published: 2024-06-01\n\nThe foreign ministers of Georgia and Armenia met in Tbilisi on Monday.\n');

    const stated = assertValidRecord(JSON.parse((await run(['extract', path, '--json'])).stdout));
    // Wednesday 17 January 2024: "on Monday" is the 15th, far from the date the header states.
    const given = assertValidRecord(JSON.parse((await run(['extract', path, '--json', '--published', '2024-01-17'])).stdout));

    assert.equal(stated.document.published, '2024-06-01');
    assert.equal(given.document.published, '2024-01-17');
    const meeting = given.events.find((e) => e.type === 'meeting');
    assert.ok(meeting, 'the meeting is extracted');
    assert.equal(meeting.date, '2024-01-15');
  });
});

test('every command\'s --help prints its usage, every option and an example, and exits with 0', async () => {
  assert.ok(COMMANDS.length > 0);
  for (const entry of COMMANDS) {
    const command = await entry.load();
    assert.equal(command.name, entry.name);
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run([command.name, flag]);
      assert.equal(code, 0, `${command.name} ${flag}`);
      assert.equal(stderr, '');
      assert.match(stdout, new RegExp(`^Usage: bilat ${command.name}\\b`, 'm'));
      assert.match(stdout, /^Options:$/m);
      for (const option of Object.keys(command.options)) assert.ok(stdout.includes(`--${option}`), `${command.name} --help documents --${option}`);
      assert.match(stdout, new RegExp(`^Examples:\\n +bilat ${command.name} `, 'm'));
    }
  }
});

test('bilat --help lists every command with its summary', async () => {
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  for (const command of COMMANDS) {
    assert.match(stdout, new RegExp(`^ +${command.name} +${command.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  }
});

test('bilat --version prints the version of the package', async () => {
  const packageJson: unknown = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.ok(typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson);
  const { code, stdout } = await run(['--version']);
  assert.equal(code, 0);
  assert.equal(stdout, `${String(packageJson.version)}\n`);
});

const HEADING_BY_TYPE: { [type in Entity['type']]: string } = {
  country: 'Countries', person: 'People', organization: 'Organizations', place: 'Places',
  instrument: 'Instruments', initiative: 'Initiatives', forum: 'Forums',
};

/** The summary's sections: a heading with its count, indented two spaces; its items, four. */
function summarySections(summary: string): Map<string, { count: number; items: string[] }> {
  const sections = new Map<string, { count: number; items: string[] }>();
  let current: { count: number; items: string[] } | undefined;
  for (const line of summary.split('\n')) {
    const heading = /^ {2}(\S[^(]*?) \((\d+)\)$/.exec(line);
    const item = /^ {4}(\S.*)$/.exec(line);
    if (heading) sections.set(heading[1], (current = { count: Number(heading[2]), items: [] }));
    else if (item && current) current.items.push(item[1]);
  }
  return sections;
}

test('without a format flag, extract prints the entities by type and the events with their dates', async () => {
  const { code, stdout } = await run(['extract', SEED_001]);
  assert.equal(code, 0);
  const record = assertValidRecord(JSON.parse((await run(['extract', SEED_001, '--json'])).stdout));
  const sections = summarySections(stdout);

  assert.ok(stdout.startsWith(SEED_001), 'the summary starts with the input it describes');
  for (const entity of record.entities) {
    const section = sections.get(HEADING_BY_TYPE[entity.type]);
    assert.ok(section?.items.some((item) => item.startsWith(entity.name)), `${entity.name} is listed under ${HEADING_BY_TYPE[entity.type]}`);
  }
  for (const [heading, { count, items }] of sections) assert.equal(items.length, count, `${heading} shows as many items as it counts`);

  const events = sections.get('Events');
  assert.ok(events);
  assert.equal(events.count, record.events.length);
  assert.ok(events.items.some((item) => /^2025-03-03\s+meeting\b/.test(item)), 'the meeting of 3 March 2025 is listed with its date');
  const dates = events.items.map((item) => /^\d{4}(?:-\d{2}){0,2}\b/.exec(item)?.[0]).filter((date) => date !== undefined);
  assert.deepEqual(dates, [...dates].sort(), 'dated events are listed in date order');
});

test('the summary has no colour codes when stdout is not a terminal, and is coloured when it is', async () => {
  const plain = await run(['extract', SEED_001]);
  const coloured = await run(['extract', SEED_001], { stdoutIsTTY: true });
  assert.doesNotMatch(plain.stdout, ANSI);
  assert.match(coloured.stdout, ANSI);
  assert.equal(coloured.stdout.replace(ANSI_ALL, ''), plain.stdout, 'colour adds codes, never text');
});

test('"-" reads the article from standard input', async () => {
  const text = await readFile(SEED_001);
  const { code, stdout } = await run(['extract', '-', '--json'], { stdin: Readable.from([text]) });
  assert.equal(code, 0);
  const record = assertValidRecord(JSON.parse(stdout));
  const fromFile = assertValidRecord(JSON.parse((await run(['extract', SEED_001, '--json'])).stdout));
  assert.equal(record.document.file, '-');
  assert.equal(record.document.published, '2025-03-03');
  assert.equal(record.document.sha256, fromFile.document.sha256);
  assert.deepEqual(record.events, fromFile.events);
});

test('on a terminal, a run over several inputs draws a progress bar on stderr and keeps stdout clean', async () => {
  const inputs = [SEED_000, SEED_001, join(FIXTURES, 'news-page.html')];
  const { code, stdout, stderr } = await run(['extract', '--jsonl', ...inputs], { stderrIsTTY: true });
  assert.equal(code, 0);
  assert.match(stderr, /\b3\/3 inputs\b/);
  assert.equal(jsonLines(stdout).length, 3);
});

test('off a terminal, stderr carries the errors and nothing else', async () => {
  const missing = join(FIXTURES, 'no-such-article.txt');
  const good = await run(['extract', '--jsonl', SEED_000, SEED_001]);
  const withError = await run(['extract', '--jsonl', SEED_000, missing, SEED_001]);
  assert.equal(good.stderr, '');
  assert.equal(withError.code, 1);
  const lines = withError.stderr.trimEnd().split('\n');
  assert.equal(lines.filter((line) => line.includes(missing)).length, 1);
  assert.ok(lines.every((line) => line.includes(missing) || /\b1 input failed\b/.test(line)), withError.stderr);
  assert.doesNotMatch(withError.stderr, /inputs ·|\r|\x1b/);
});
