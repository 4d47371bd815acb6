import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnBilat } from '../../../../test/support/bilat-process.ts';
import { type HostileFolder, utf16WithoutByteOrderMark, writeHostileInputs } from '../../../../test/support/hostile-inputs.ts';
import { EXAMPLES, TEST_ARTICLES } from '../../../../test/support/synthetic-articles.ts';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/ingest/', import.meta.url));
const TIME_LIMIT_SECONDS = 10;
/**
 * The processor time the run may take: starting (the store, a thread) and then a bound for
 * each input, whatever it holds. Processor time rather than the clock's, which a busy machine
 * stretches; without the limits the run never ends (the named pipe) or takes minutes.
 */
const START_CPU_SECONDS = 20;
const CPU_SECONDS_PER_INPUT = 2;
/** Where the run is stopped, should it hang: never reached on a machine that is not stopped. */
const HANG_SECONDS = 300;
const PEAK_BOUND_MB = 1024;

/** The reason each hostile input fails with, by its name in the folder. */
const EXPECTED_REASONS: { [input: string]: RegExp } = {
  'deep-div.html': /^HTML with elements nested more than 256 deep/,
  'deep-b.html': /^HTML with elements nested more than 256 deep/,
  'deep-2000.html': /^HTML with elements nested more than 256 deep/,
  'deep-item.xml#1': /^HTML with elements nested more than 256 deep/,
  'deep-xml.xml': /^XML with elements nested more than 256 deep/,
  'slow.html': new RegExp(`^reading took over ${TIME_LIMIT_SECONDS} s and was stopped`),
  'circular-pages.pdf': /^not a readable PDF: page 1: Pages tree contains circular reference/,
  'bomb.pdf': /^its streams inflate to more than 128 MB/,
  'pages-20000.pdf': /^20,000 pages, over the limit of 1,000/,
  'large-19mb.txt': /^19\.\d million characters of text, over the limit of 2 million/,
  'escape-\x1b[2K\r-forged\nline.txt': /^empty \(0 bytes\)/,
  'named-pipe.txt': /^a named pipe, not a file/,
  'device.txt': /^a device, not a file/,
  'socket.txt': /^a socket, not a file/,
};

/** Clock ticks a second, as /proc counts processor time (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

/** The process's peak resident memory in MB and processor time in seconds so far, all its threads together (Linux). */
function processUsage(pid: number): { peakMb: number; cpuSeconds: number } | undefined {
  try {
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    // The fields after the command's name, which may hold spaces: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return { peakMb: peakKb / 1024, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

let scratch: string;
let hostile: HostileFolder;
let goodArticles: string[];

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'bilat-hostile-'));
  const folder = join(scratch, 'inputs');
  await mkdir(folder);
  goodArticles = [];
  for (const source of [join(EXAMPLES, 'seed-000.txt'), join(EXAMPLES, 'seed-001.txt'), join(FIXTURES, 'readout.pdf'), join(FIXTURES, 'news-page.html')]) {
    await copyFile(source, join(folder, basename(source)));
    goodArticles.push(basename(source));
  }
  const [utf16Article, ...otherArticles] = (await readdir(TEST_ARTICLES)).sort();
  for (const name of otherArticles) {
    await copyFile(join(TEST_ARTICLES, name), join(folder, name));
    goodArticles.push(name);
  }
  await writeFile(join(folder, `utf16-${utf16Article}`), utf16WithoutByteOrderMark(await readFile(join(TEST_ARTICLES, utf16Article), 'utf8')));
  goodArticles.push(`utf16-${utf16Article}`);
  hostile = await writeHostileInputs(folder, 0.15);
});

after(async () => {
  await hostile.close();
  await rm(scratch, { recursive: true, force: true });
});

test('one ingest of hostile inputs among good articles stores every good one, lists every bad one with its reason, ends in time and stays under 1 GB', async (t) => {
  const db = join(scratch, 'kb');
  const folder = join(scratch, 'inputs');
  // Made by a run of its own: a new embedded store peaks near 1 GB while it is created, hostile inputs or none.
  assert.equal((await spawnBilat(['ingest', join(EXAMPLES, 'seed-000.txt'), '--db', db]).finished).code, 0);
  const inputs = (await readdir(folder)).length;
  const run = spawnBilat(['ingest', folder, '--db', db, '--time-limit', String(TIME_LIMIT_SECONDS), '--json']);
  let usage = { peakMb: 0, cpuSeconds: 0 };
  const sampler = setInterval(() => {
    // A process that has just ended still answers, with no memory left: keep the highest of each.
    const now = processUsage(run.child.pid ?? 0);
    if (now) usage = { peakMb: Math.max(usage.peakMb, now.peakMb), cpuSeconds: Math.max(usage.cpuSeconds, now.cpuSeconds) };
  }, 50);
  const killer = setTimeout(() => run.child.kill('SIGKILL'), HANG_SECONDS * 1000);
  const finished = await run.finished;
  clearInterval(sampler);
  clearTimeout(killer);

  assert.equal(finished.code, 1, `some inputs failed, bilat did not: ${finished.stderr}`);
  const summary = JSON.parse(finished.stdout) as { new: number; failed: number; knowledgeBase: { documents: number } };
  assert.equal(summary.knowledgeBase.documents, goodArticles.length, `every good article is stored: ${goodArticles.join(', ')}`);
  t.diagnostic(`${inputs} inputs: ${usage.cpuSeconds.toFixed(1)} s of processor time, peak ${usage.peakMb.toFixed(0)} MB`);
  assert.equal(summary.failed, Object.keys(EXPECTED_REASONS).length);
  const cpuBound = START_CPU_SECONDS + CPU_SECONDS_PER_INPUT * inputs;
  assert.ok(usage.cpuSeconds < cpuBound, `the run took ${usage.cpuSeconds.toFixed(1)} s of processor time, over ${cpuBound} s for ${inputs} inputs`);
  assert.ok(usage.peakMb < PEAK_BOUND_MB, `peak memory ${usage.peakMb.toFixed(0)} MB`);

  // Each failure is one line naming its input, escapes and line ends shown, never acted on.
  const failureLines = finished.stderr.trimEnd().split('\n');
  assert.equal(failureLines.length, Object.keys(EXPECTED_REASONS).length, finished.stderr);
  assert.ok(failureLines.every((line) => line.startsWith(`failed ${folder}/`)), finished.stderr);
  assert.ok(!finished.stderr.includes('\x1b') && !finished.stderr.includes('\r'), 'no terminal escape reaches the terminal');
  assert.ok(finished.stderr.includes('escape-\\e[2K\\r-forged\\nline.txt: empty (0 bytes)'), finished.stderr);

  const listed = spawnBilat(['ingest', '--failed', '--db', db, '--json']);
  const failures = JSON.parse((await listed.finished).stdout) as { input: string; reason: string }[];
  const reasons = new Map(failures.map(({ input, reason }) => [input.slice(folder.length + 1), reason]));
  for (const [input, reason] of Object.entries(EXPECTED_REASONS)) {
    assert.match(reasons.get(input) ?? 'not listed', reason, input);
  }
  assert.deepEqual([...reasons.keys()].sort(), Object.keys(EXPECTED_REASONS).sort());
});
