import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, lockDataDir, processStartTicks } from './data-dir-lock.ts';

const scratch = await mkdtemp(join(tmpdir(), 'bilat-lock-'));
after(() => rm(scratch, { recursive: true, force: true }));

const LOCK_MODULE = new URL('./data-dir-lock.ts', import.meta.url).href;
const withoutProc = existsSync('/proc/self/stat') ? false : 'needs /proc (Linux)';

/** Another process that takes the lock and holds it until killed. */
async function holdLockElsewhere(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)}); await lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000);`,
  ], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return child;
}

describe('the data directory lock', () => {
  test('held by a running process, it is refused; once that process is killed (SIGKILL), it is taken over', async () => {
    const dataDir = join(scratch, 'killed');
    const holder = await holdLockElsewhere(dataDir);
    try {
      await assert.rejects(lockDataDir(dataDir), (error: Error) => error instanceof DataDirInUseError && error.message.includes(`pid ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    const lock = await lockDataDir(dataDir);
    assert.equal(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8')).pid, process.pid);
    await lock.release();
    assert.ok(!existsSync(`${dataDir}.lock`));
  });

  test('a lock left by PID 1 of a stopped container is taken over, though a PID 1 runs here', async () => {
    const dataDir = join(scratch, 'container');
    // What a container's bilat leaves when the container stops: its pid (1) and a socket nobody listens on any more.
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: 1, socket: `${dataDir}.lock-0badf00d.sock`, pidNamespace: 'pid:[4026532999]' }));
    await writeFile(`${dataDir}.lock-0badf00d.sock`, '');
    const lock = await lockDataDir(dataDir);
    assert.ok(!existsSync(`${dataDir}.lock-0badf00d.sock`), 'the old socket file is removed with its lock');
    await lock.release();
  });

  test('without a socket, a process of the same id that started at another time, or before another boot, is not the holder', { skip: withoutProc }, async () => {
    const dataDir = join(scratch, 'reused');
    const parent = process.ppid;
    const started = processStartTicks(parent);
    assert.ok(started !== undefined);
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: parent, startTicks: started, bootId }));
    await assert.rejects(lockDataDir(dataDir), (error: Error) => error instanceof DataDirInUseError && error.message.includes(`pid ${parent}`), 'the very process');

    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: parent, startTicks: started + 1, bootId }));
    await (await lockDataDir(dataDir)).release();

    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: parent, startTicks: started, bootId: 'an-earlier-boot' }));
    await (await lockDataDir(dataDir)).release();
  });

  test('a lock from another process namespace, with no socket to ask, is refused with what to delete if no one holds it', { skip: withoutProc }, async () => {
    const dataDir = join(scratch, 'elsewhere');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: 1, bootId, pidNamespace: 'pid:[1]' }));
    await assert.rejects(lockDataDir(dataDir), (error: Error) =>
      error instanceof DataDirInUseError && error.message.includes(`another container or process namespace`) && error.message.includes(`delete ${dataDir}.lock`));
  });
});
