// `bilat` run as its own process, as a user runs it, with its output collected.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BILAT = fileURLToPath(new URL('../../bin/bilat.js', import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BilatProcess {
  child: ChildProcess;
  /** What it has printed so far. */
  output(): { stdout: string; stderr: string };
  finished: Promise<Finished>;
}

/** Runs `bilat ARGS...`; the database comes from the arguments only, never from the environment. */
export function spawnBilat(args: string[]): BilatProcess {
  const child = spawn(process.execPath, [BILAT, ...args], { env: { ...process.env, BILAT_DB: '', DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, output: () => ({ stdout, stderr }), finished };
}

/** Ends a process that is still running, without waiting. */
export function killIfRunning({ child }: BilatProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
