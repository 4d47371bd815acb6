// One process at a time in a PGlite data directory: two PostgreSQL instances over the same
// files would corrupt them. The lock is a file holding the owner's process id; a lock left
// by a process that no longer runs (killed with SIGKILL) is taken over.
import { link, readFile, unlink, writeFile } from 'node:fs/promises';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the knowledge base at ${dataDir} is in use by ${pid === process.pid ? 'this process' : `another bilat process (pid ${pid})`}; wait for it to finish, or use a PostgreSQL server (DATABASE_URL) to share one knowledge base between processes`);
    this.name = 'DataDirInUseError';
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = `${dataDir}.lock`;
  // Written aside and linked into place, so that the lock file never exists without its pid.
  const candidate = `${path}.${process.pid}`;
  await writeFile(candidate, String(process.pid));
  try {
    for (;;) {
      try {
        await link(candidate, path);
        return { release: () => unlink(path).catch(() => undefined) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      await removeStaleLock(dataDir, path);
    }
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

async function removeStaleLock(dataDir: string, path: string): Promise<void> {
  const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(owner) && owner > 0 && (owner === process.pid || processIsRunning(owner))) {
    throw new DataDirInUseError(dataDir, owner);
  }
  await unlink(path).catch(() => undefined);
}
