// The bilat command line: dispatches to one command, prints help and usage errors.
import { createColors } from 'picocolors';
import { type Command, type CommandIO, EXIT_USAGE, parseCommandArgs, UsageError } from './command.ts';
import { terminalSafe } from './terminal-text.ts';
import { VERSION } from '../../version.ts';

/** A command as the overview lists it; its module (and the extractor or store behind it) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'extract', summary: 'read articles and print what they say: people, instruments, projects, events', load: async () => (await import('./commands/extract.ts')).extractCommand },
  { name: 'ingest', summary: 'read, extract and store articles in the knowledge base (--failed: list what failed)', load: async () => (await import('./commands/ingest.ts')).ingestCommand },
  { name: 'entities', summary: 'list the people, instruments, projects, forums and other entities stored', load: async () => (await import('./commands/entities.ts')).entitiesCommand },
  { name: 'show', summary: 'show one entity: its events and every source sentence that names it', load: async () => (await import('./commands/show.ts')).showCommand },
  { name: 'timeline', summary: 'the events between two countries in date order, with their sources', load: async () => (await import('./commands/timeline.ts')).timelineCommand },
  { name: 'brief', summary: 'the briefing note on two countries as of a date, footnoted to its sources (Markdown, HTML, PDF)', load: async () => (await import('./commands/brief.ts')).briefCommand },
  { name: 'search', summary: 'full-text search over the stored documents and entities, ranked', load: async () => (await import('./commands/search.ts')).searchCommand },
  { name: 'export', summary: 'write the knowledge base as JSON lines, CSV tables, GDELT-style events, FollowTheMoney or iCalendar', load: async () => (await import('./commands/export.ts')).exportCommand },
  { name: 'review', summary: 'facts with conflicting or weak sources; accept, correct, reject, merge, split, add; the audit log', load: async () => (await import('./commands/review.ts')).reviewCommand },
  { name: 'serve', summary: 'the web dashboard and the JSON API over the knowledge base', load: async () => (await import('./commands/serve.ts')).serveCommand },
  { name: 'worker', summary: 'take queued ingest jobs from a PostgreSQL knowledge base and ingest them, until stopped', load: async () => (await import('./commands/worker.ts')).workerCommand },
  { name: 'accounts', summary: 'team mode: accounts, roles and their tokens', load: async () => (await import('./commands/accounts.ts')).accountsCommand },
  { name: 'feeds', summary: 'feeds the workers poll on a schedule, with their error state', load: async () => (await import('./commands/feeds.ts')).feedsCommand },
  { name: 'delete', summary: 'delete documents and the facts only they support (audit-logged)', load: async () => (await import('./commands/delete.ts')).deleteCommand },
  { name: 'eval', summary: 'score extraction against gold files: precision, recall and F1 per slot', load: async () => (await import('./commands/eval.ts')).evalCommand },
];

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
  bilat ingest news/ && bilat timeline AZE KAZ
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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`bilat: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See "bilat --help".\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(command.help);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`bilat ${command.name}: ${terminalSafe(error.message, true)}\nSee "bilat ${command.name} --help".\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(createColors(Boolean(io.stderr.isTTY)).red(`bilat ${command.name}: ${terminalSafe(message, true)}`) + '\n');
    return command.failureExitStatus ?? 1;
  }
}
