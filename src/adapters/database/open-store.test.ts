import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_DATA_DIR, openStore, storeLocation, StoreNotFoundError } from './open-store.ts';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.ts';

const scratch = await mkdtemp(join(tmpdir(), 'bilat-open-store-'));
after(() => rm(scratch, { recursive: true, force: true }));

test('the store is the --db option, else BILAT_DB, else DATABASE_URL, else ./.bilat/db', () => {
  const url = 'postgres://bilat@localhost/bilat';
  assert.deepEqual(storeLocation('kb', { BILAT_DB: 'other', DATABASE_URL: url }), { kind: 'pglite', dataDir: resolve('kb') });
  assert.deepEqual(storeLocation(undefined, { BILAT_DB: 'other', DATABASE_URL: url }), { kind: 'pglite', dataDir: resolve('other') });
  assert.deepEqual(storeLocation(undefined, { DATABASE_URL: url }), { kind: 'postgres', url });
  assert.deepEqual(storeLocation(undefined, {}), { kind: 'pglite', dataDir: resolve(DEFAULT_DATA_DIR) });
  assert.deepEqual(storeLocation('postgresql://team@db.example/kb', {}), { kind: 'postgres', url: 'postgresql://team@db.example/kb' });
});

test('reading a knowledge base that was never created is a StoreNotFoundError naming where it looked', async () => {
  const dataDir = join(scratch, 'never-created');
  await assert.rejects(openStore({ kind: 'pglite', dataDir }, { create: false }), (error: Error) =>
    error instanceof StoreNotFoundError && error.message === `no knowledge base at ${dataDir} yet`);
});

test('a data directory in use by a running process is refused, naming the process', async () => {
  const dataDir = join(scratch, 'in-use');
  await writeFile(`${dataDir}.lock`, String(process.ppid));
  await assert.rejects(lockDataDir(dataDir), (error: Error) =>
    error instanceof DataDirInUseError && error.message.includes(`in use by another bilat process (pid ${process.ppid})`));
});

test('a lock left by a process that was killed is taken over, and released on request', async () => {
  const dataDir = join(scratch, 'stale');
  const ended = spawnSync(process.execPath, ['-e', '']);
  assert.ok(ended.pid);
  await writeFile(`${dataDir}.lock`, String(ended.pid));
  const lock = await lockDataDir(dataDir);
  await assert.rejects(lockDataDir(dataDir), DataDirInUseError, 'held by this process, for another opener it is in use');
  await lock.release();
  await (await lockDataDir(dataDir)).release();
});
