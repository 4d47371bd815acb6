import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type CommandIO, parseCommandArgs, UsageError } from '../adapters/cli/command.ts';
import { evalCommand } from '../adapters/cli/commands/eval.ts';
import { CollectedOutput } from '../../test/support/collected-output.ts';

// The two bundled seed articles and their gold files.
const GOLD_DIRECTORY = fileURLToPath(new URL('../../test/fixtures/gold/', import.meta.url));
const CORPUS_DIRECTORY = fileURLToPath(new URL('../../examples/', import.meta.url));

async function runEval(argv: string[]) {
  const stdout = new CollectedOutput();
  const io: CommandIO = { stdout, stderr: new CollectedOutput(), stdin: new PassThrough() };
  const code = await evalCommand.run(parseCommandArgs(evalCommand, argv), io);
  return { code, stdout: stdout.text() };
}

test('eval without both folders is a usage error', async () => {
  await assert.rejects(runEval([GOLD_DIRECTORY]), UsageError);
  await assert.rejects(runEval([GOLD_DIRECTORY, CORPUS_DIRECTORY, 'extra']), UsageError);
  assert.throws(() => parseCommandArgs(evalCommand, ['--colour']), UsageError);
});

test('the help names the usage, the options and examples', () => {
  assert.match(evalCommand.help, /^Usage: bilat eval GOLD_DIR CORPUS_DIR \[--json\] \[--by-document\]/);
  assert.match(evalCommand.help, /--json/);
  assert.match(evalCommand.help, /--by-document/);
  assert.match(evalCommand.help, /Examples:/);
});

test('eval scores the seed articles against their gold and prints JSON, with who took part', async () => {
  const { code, stdout } = await runEval([GOLD_DIRECTORY, CORPUS_DIRECTORY, '--json', '--by-document']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.ok(report.documents >= 2);
  assert.ok(report.mean_f1 >= 0 && report.mean_f1 <= 1);
  assert.equal(report.by_document.length, report.documents);
  const participants = report.event_participants;
  assert.ok(participants.predicted >= participants.predicted_right && participants.gold >= participants.gold_found);
  assert.ok(participants.gold > 0, 'the seeds\' gold events name who took part');
});

test('--min-mean fails the run when the mean F1 is below the floor, and passes it at or above', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-eval-'));
  try {
    // A gold file that expects someone the article never names: the mean cannot reach 1.
    const gold = JSON.parse(await readFile(join(GOLD_DIRECTORY, 'seed-000.json'), 'utf8'));
    gold.persons.push({ name: 'Imaginary Personage', titles: [] });
    await writeFile(join(folder, 'seed-000.json'), JSON.stringify(gold));
    const mean = JSON.parse((await runEval([folder, CORPUS_DIRECTORY, '--json'])).stdout).mean_f1;
    assert.ok(mean < 1);

    const stderr = new CollectedOutput();
    const io: CommandIO = { stdout: new CollectedOutput(), stderr, stdin: new PassThrough() };
    assert.equal(await evalCommand.run(parseCommandArgs(evalCommand, [folder, CORPUS_DIRECTORY, '--min-mean', '1']), io), 1);
    assert.match(stderr.text(), /the mean F1 0\.\d{3} is below the floor of --min-mean 1/);
    assert.equal((await runEval([folder, CORPUS_DIRECTORY, '--min-mean', String(mean)])).code, 0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await assert.rejects(runEval([GOLD_DIRECTORY, CORPUS_DIRECTORY, '--min-mean', '85']), /--min-mean wants a number from 0 to 1/);
});

test('eval prints a plain table when the output is not a terminal', async () => {
  const { code, stdout } = await runEval([GOLD_DIRECTORY, CORPUS_DIRECTORY]);
  assert.equal(code, 0);
  assert.doesNotMatch(stdout, /\x1b\[/);
  assert.match(stdout, /^event participants +\d\.\d{3} +\d\.\d{3} +\d\.\d{3} /m);
  assert.match(stdout.trimEnd().split('\n').at(-1) ?? '', /^mean F1 of the eight entity and event slots: /);
});

test('a gold file whose article is missing from the corpus is named in the error', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-eval-'));
  try {
    await copyFile(join(GOLD_DIRECTORY, 'seed-000.json'), join(folder, 'seed-000.json'));
    await writeFile(join(folder, 'lost.json'), JSON.stringify({ file: 'lost.txt' }));
    await assert.rejects(runEval([folder, CORPUS_DIRECTORY]), /lost\.json: its article "lost\.txt" is not in /);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a corpus folder that does not exist is named in the error', async () => {
  await assert.rejects(runEval([GOLD_DIRECTORY, '/no/such/corpus']), /\/no\/such\/corpus: not a folder/);
});
