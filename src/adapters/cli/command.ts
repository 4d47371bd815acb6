// The shape every CLI command has, and argument parsing shared by all of them.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

export interface Command {
  name: string;
  summary: string;
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
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}
