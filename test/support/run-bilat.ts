// `bilat ARGS...` run in this process through the CLI's main, with its output collected.
import { PassThrough } from 'node:stream';
import type { CommandIO } from '../../src/adapters/cli/command.ts';
import { main } from '../../src/adapters/cli/main.ts';
import { CollectedOutput } from './collected-output.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runBilat(...argv: string[]): Promise<Run> {
  const stdout = new CollectedOutput();
  const stderr = new CollectedOutput();
  const io: CommandIO = { stdout, stderr, stdin: new PassThrough() };
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
