// One process at a time in a PGlite data directory: two PostgreSQL instances over the same
// files would corrupt them. The lock is a file next to the directory saying who holds it; a
// lock whose holder is gone (killed with SIGKILL, or its container stopped) is taken over.
//
// A process id alone cannot say whether the holder is gone: in a container every bilat is
// PID 1, so a lock left by a stopped container names a process that runs — the new one.
// The holder therefore listens on a Unix socket of its own, named in the lock: the system
// closes it when the process ends, however it ends, so that a connection refused means
// "gone" across containers that share the folder. Where no socket can be made (a path too
// long for one, Windows), the lock says when its process started and since which boot, and
// a process of that id that started at another time, or before another boot, is not it.
import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    elsewhere = false,
  ) {
    const holder = pid === process.pid && !elsewhere
      ? 'this process'
      : elsewhere
        ? `bilat process ${pid} of another container or process namespace, which this one cannot see (if none runs there any more, delete ${dataDir}.lock)`
        : `another bilat process (pid ${pid})`;
    super(`the knowledge base at ${dataDir} is in use by ${holder}; wait for it to finish, or use a PostgreSQL server (DATABASE_URL) to share one knowledge base between processes`);
    this.name = 'DataDirInUseError';
  }
}

/** Who holds a lock, as its file says. Locks written by earlier versions hold the pid alone. */
interface LockHolder {
  pid: number;
  /** The Unix socket the holder listens on while it lives. */
  socket?: string;
  /** When the process started, in clock ticks since boot (Linux /proc/PID/stat). */
  startTicks?: number;
  bootId?: string;
  pidNamespace?: string;
}

/** The longest socket path every system takes (sun_path: 104 bytes on macOS, 108 on Linux, with its final NUL). */
const MAX_SOCKET_PATH_BYTES = 103;

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** When the process started, in clock ticks since boot; undefined where /proc does not say (not Linux, or no such process). */
export function processStartTicks(pid: number): number | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name, in parentheses, may hold spaces: fields are counted from after it, where the third (state) begins.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[22 - 3]);
  return Number.isInteger(ticks) ? ticks : undefined;
}

function pidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
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

function parseHolder(text: string): LockHolder | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const holder = JSON.parse(trimmed) as LockHolder;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Whether something listens on the socket: refused or absent is a holder that is gone; any other failure is not proof of that. */
function socketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code !== 'ECONNREFUSED' && error.code !== 'ENOENT'));
  });
}

/** Whether the lock's holder still runs: true, false, or 'elsewhere' when it ran where this process cannot look. */
async function holderRuns(holder: LockHolder): Promise<boolean | 'elsewhere'> {
  if (holder.socket) return socketAnswers(holder.socket);
  const bootId = readProc('/proc/sys/kernel/random/boot_id');
  if (holder.bootId && bootId && holder.bootId !== bootId) return false;
  const namespace = pidNamespace();
  if (holder.pidNamespace && namespace && holder.pidNamespace !== namespace) return 'elsewhere';
  if (!processIsRunning(holder.pid)) return false;
  return holder.startTicks === undefined || processStartTicks(holder.pid) === holder.startTicks;
}

/** A socket that answers while this process lives, at a path beside the lock; undefined where none can be made. */
async function lifeSocket(lockPath: string): Promise<{ path: string; server: Server } | undefined> {
  const path = `${lockPath}-${randomBytes(4).toString('hex')}.sock`;
  if (process.platform === 'win32' || Buffer.byteLength(path) > MAX_SOCKET_PATH_BYTES) return undefined;
  const server = createServer((connection) => connection.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, resolve);
    });
  } catch {
    return undefined;
  }
  // It must not keep the process alive.
  server.unref();
  return { path, server };
}

async function closeSocket(socket: { path: string; server: Server } | undefined): Promise<void> {
  if (!socket) return;
  await new Promise<void>((resolve) => socket.server.close(() => resolve()));
  await unlink(socket.path).catch(() => undefined);
}

export interface DataDirLock {
  release(): Promise<void>;
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = `${dataDir}.lock`;
  const socket = await lifeSocket(path);
  const holder: LockHolder = {
    pid: process.pid,
    ...(socket ? { socket: socket.path } : {}),
    startTicks: processStartTicks(process.pid),
    bootId: readProc('/proc/sys/kernel/random/boot_id'),
    pidNamespace: pidNamespace(),
  };
  // Written aside and linked into place, so that the lock file never exists without its holder.
  const candidate = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(candidate, JSON.stringify(holder));
  try {
    for (;;) {
      try {
        await link(candidate, path);
        return {
          release: async () => {
            await unlink(path).catch(() => undefined);
            await closeSocket(socket);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      await removeStaleLock(dataDir, path);
    }
  } catch (error) {
    await closeSocket(socket);
    throw error;
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

async function removeStaleLock(dataDir: string, path: string): Promise<void> {
  const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
  if (holder) {
    const runs = await holderRuns(holder);
    if (runs) throw new DataDirInUseError(dataDir, holder.pid, runs === 'elsewhere');
  }
  await unlink(path).catch(() => undefined);
  if (holder?.socket) await unlink(holder.socket).catch(() => undefined);
}
