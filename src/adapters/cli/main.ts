// The bilat command line: dispatches to one command, prints help and usage errors.
import { createColors } from 'picocolors';
import { type Command, type CommandIO, parseCommandArgs, UsageError } from './command.ts';
import { extractCommand } from './commands/extract.ts';
import { evalCommand } from './commands/eval.ts';
import { VERSION } from '../../version.ts';

export const COMMANDS: readonly Command[] = [extractCommand, evalCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `bilat ${VERSION} — a sourced record of relations between countries, read from diplomatic news

Usage: bilat COMMAND [options]

Commands:
${lines.join('\n')}

Run "bilat COMMAND --help" for a command's options and examples.

Examples:
  bilat extract examples/seed-001.txt
  bilat extract news/ --jsonl > records.jsonl
  bilat eval ../shared/gold ../shared/corpus
`;
}

export async function main(argv: string[], io: CommandIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`bilat: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See "bilat --help".\n`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(command.help);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`bilat ${command.name}: ${error.message}\nSee "bilat ${command.name} --help".\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(createColors(Boolean(io.stderr.isTTY)).red(`bilat ${command.name}: ${message}`) + '\n');
    return 1;
  }
}
