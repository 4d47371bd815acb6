// The shape every CLI command has, and argument parsing shared by all of them.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

/** Exit statuses of the commands that read inputs: some inputs failed (each listed), or bilat itself failed. */
export const EXIT_INPUTS_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_BILAT_FAILED = 3;

export interface Command {
  name: string;
  /** The exit status when run throws anything but a UsageError; default 1. */
  failureExitStatus?: number;
  /** Full --help text: usage line, options, examples. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. */
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

export interface ParsedArgs {
  values: { [name: string]: string | boolean | string[] | undefined };
  positionals: string[];
}

/** A mistake in how the command was called; printed with a pointer to --help. */
export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options = { ...command.options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's own wording suggests "--" tricks for positionals, which is rarely what the user meant.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) {
      const known = Object.keys(options).map((name) => `--${name}`).join(', ');
      throw new UsageError(`unknown option ${unknown[1]}; the options are ${known}`);
    }
    throw new UsageError(message);
  }
}
