// bilat ingest: read, extract and store articles in the knowledge base; --failed lists the
// inputs that could not be.
import { createColors } from 'picocolors';
import { type Command, type CommandIO, EXIT_BILAT_FAILED, EXIT_INPUTS_FAILED, type ParsedArgs, UsageError } from '../command.ts';
import { startProgress } from '../progress.ts';
import { parseByteSize } from '../option-values.ts';
import { terminalSafe } from '../terminal-text.ts';
import { DEFAULT_TIME_LIMIT_SECONDS, openArticlePool } from '../../worker-pool/article-pool.ts';
import { DB_OPTION_HELP, parsePositiveInteger, storeOptions, withStore } from '../store-options.ts';
import { DEFAULT_MAX_BYTES, expandInputs } from '../../../read/read-inputs.ts';
import { type EnqueueSummary, enqueueInputs } from '../../../ingest/enqueue-inputs.ts';
import { type ArticleReport, DEFAULT_BATCH_SIZE, ingestInputs, type IngestSummary } from '../../../ingest/ingest-inputs.ts';
import { storeLocation } from '../../database/open-store.ts';
import { openPgBossQueue } from '../../queue/pg-boss-queue.ts';
import type { IngestFailure, Store, StoreCounts } from '../../../store/store.ts';

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

function formatSummary(summary: IngestSummary, counts: StoreCounts, where: string, seconds: number, colour: boolean): string {
  const c = createColors(colour);
  const parts = [
    c.green(`${summary.new} new`),
    `${summary.duplicate} duplicate`,
    `${summary['near-duplicate']} near-duplicate`,
    summary.failed > 0 ? c.red(`${summary.failed} failed`) : '0 failed',
  ];
  const lines = [
    `Ingested ${plural(summary.inputs, 'input')} (${plural(summary.articles, 'article')}) in ${seconds.toFixed(1)} s: ${parts.join(', ')}.`,
    `Knowledge base ${where}: ${plural(counts.documents, 'document')}, ${plural(counts.entities, 'entity', 'entities')}, ${plural(counts.events, 'event')}.`,
  ];
  if (summary.failed > 0) lines.push(`See every failed input and its reason with "bilat ingest --failed".`);
  return lines.join('\n') + '\n';
}

function formatFailures(failures: readonly IngestFailure[], where: string, colour: boolean): string {
  const c = createColors(colour);
  if (failures.length === 0) return `No failed inputs in ${where}.\n`;
  const lines = failures.map((failure) => {
    const tries = failure.attempts > 1 ? c.dim(` (${failure.attempts} tries, last ${failure.lastFailedAt.slice(0, 19)})`) : '';
    return `${c.red('failed')} ${terminalSafe(failure.input)}: ${terminalSafe(failure.reason)}${tries}`;
  });
  return `${lines.join('\n')}\n${plural(failures.length, 'input')} failed; fix them and run "bilat ingest" on them again.\n`;
}

function formatQueued(summary: EnqueueSummary, where: string, seconds: number, colour: boolean): string {
  const c = createColors(colour);
  const lines = [`Queued ${plural(summary.queued, 'input')} for the workers of ${where} in ${seconds.toFixed(1)} s${summary.failed > 0 ? `; ${c.red(`${summary.failed} could not be read`)}` : ''}.`];
  lines.push(`Workers ("bilat worker --database-url URL") take them; see what failed with "bilat ingest --failed".`);
  return lines.join('\n') + '\n';
}

/** --queue: the inputs become jobs for `bilat worker` processes instead of being ingested here. */
async function enqueue(args: ParsedArgs, inputs: readonly string[], maxBytes: number, json: boolean, io: CommandIO): Promise<number> {
  const location = storeLocation(args.values.db === undefined ? undefined : String(args.values.db));
  if (location.kind !== 'postgres') {
    throw new UsageError('--queue hands the inputs to workers sharing a PostgreSQL knowledge base: give --db postgres://… or set DATABASE_URL (without --queue, ingest runs here)');
  }
  return withStore(args, true, async (store, where) => {
    const queue = await openPgBossQueue(location.url);
    try {
      const started = Date.now();
      const progress = startProgress(io, inputs.length, 'inputs queued');
      const summary = await enqueueInputs(queue, store, inputs, {
        readOptions: { maxBytes, stdin: io.stdin },
        onFailure: (input, reason) => {
          if (io.stderr.isTTY) io.stderr.write('\r\x1b[2K');
          io.stderr.write(`${createColors(Boolean(io.stderr.isTTY)).red('failed')} ${terminalSafe(input)}: ${terminalSafe(reason)}\n`);
        },
        onQueued: (count) => {
          for (let queued = 0; queued < count; queued++) progress.tick();
        },
      });
      progress.done();
      const seconds = (Date.now() - started) / 1000;
      if (json) io.stdout.write(JSON.stringify({ inputs: summary.inputs, queued: summary.queued, failed: summary.failed, seconds, jobIds: summary.jobIds }, null, 2) + '\n');
      else io.stdout.write(formatQueued(summary, where, seconds, Boolean(io.stdout.isTTY)));
      return summary.failed > 0 ? EXIT_INPUTS_FAILED : 0;
    } finally {
      await queue.close();
    }
  });
}

async function listFailures(store: Store, where: string, json: boolean, io: CommandIO): Promise<number> {
  const failures = await store.listFailures();
  if (json) io.stdout.write(JSON.stringify(failures, null, 2) + '\n');
  else io.stdout.write(formatFailures(failures, where, Boolean(io.stdout.isTTY)));
  return 0;
}

export const ingestCommand: Command = {
  name: 'ingest',
  failureExitStatus: EXIT_BILAT_FAILED,
  options: {
    ...storeOptions,
    failed: { type: 'boolean' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'batch-size': { type: 'string' },
    'max-bytes': { type: 'string' },
    'time-limit': { type: 'string' },
    queue: { type: 'boolean' },
  },
  help: `Usage: bilat ingest INPUT... [--db PATH] [--verbose] [--json]
       bilat ingest INPUT... --queue [--db postgres://…] [--json]
       bilat ingest --failed [--db PATH] [--json]

Reads each INPUT (article text files, HTML pages, RSS/Atom/RDF feeds, PDFs, folders read
recursively, or - for standard input), extracts each article's Record, and stores the
document and its facts in the knowledge base, which is created on first use.

The same text is stored once, whatever file it comes from: a text already stored is
counted as a duplicate and not extracted again. A text that retells a stored one (the same
wire story in another outlet, a readout reworded) is stored as a near-duplicate, linked to
its story, and its facts are merged with the story's. People, instruments, projects, forums
and events reported by several documents are kept once, with every source. Articles are committed in small batches,
so a run that is interrupted (Ctrl-C, a crash, kill -9) loses at most the batch in hand;
run the same command again to finish the work.

Inputs are read and extracted in threads (one per core but one), each within limits: its size
(--max-bytes), its time (--time-limit), nesting in HTML and feeds, a PDF's pages and what its
streams inflate to, and two million characters of text per article. Only regular files are
read: named pipes, sockets and devices are refused. An input that cannot be read or
extracted fails alone: it is recorded with its reason, the others are still read and stored,
and --failed lists it until a later run succeeds with it.

With --queue (a PostgreSQL knowledge base only), nothing is extracted here: each input — a
file's bytes, or an http(s) address of a feed or page — becomes a job in the database's
queue, and "bilat worker" processes, on this machine or others, ingest the jobs. Use it to
feed thousands of articles to several workers.

Options:
${DB_OPTION_HELP}
  --failed             list the inputs that failed, with their reasons, and stop
  --verbose            print one line per article: new, duplicate, near-duplicate or failed
  --json               print the summary (or, with --failed, the failures) as JSON
  --batch-size N       articles per transaction (default ${DEFAULT_BATCH_SIZE})
  --max-bytes SIZE     report inputs larger than this as failed (default 20MB)
  --time-limit SECONDS fail an input whose reading, or an article whose extraction,
                       takes longer (default ${DEFAULT_TIME_LIMIT_SECONDS})
  --queue              queue the inputs for "bilat worker" processes instead of
                       ingesting them here (needs a postgres:// knowledge base)
  -h, --help           show this help

Exit status: 0 when every input was stored (or was already); 1 when some inputs failed
(the rest are stored; --failed lists them); 2 for a usage mistake; 3 when bilat itself
failed (the knowledge base could not be opened or written, or a bug): what was committed
stays, and running the command again finishes the work.

Examples:
  bilat ingest examples/
  bilat ingest news/ feeds/daily.xml --db ~/kb
  DATABASE_URL=postgres://bilat@localhost/bilat bilat ingest news/
  bilat ingest news/ https://example.org/rss --queue --db postgres://bilat@localhost/bilat
  bilat ingest --failed
`,
  async run(args, io) {
    const { values, positionals } = args;
    const json = Boolean(values.json);
    if (values.failed) {
      if (positionals.length > 0) throw new UsageError('--failed lists failures and takes no INPUT');
      return withStore(args, false, (store, where) => listFailures(store, where, json, io));
    }
    if (positionals.length === 0) throw new UsageError('no INPUT given: name files, folders or feeds to ingest (or --failed)');
    const batchSize = parsePositiveInteger(values['batch-size'], '--batch-size') ?? DEFAULT_BATCH_SIZE;
    const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(String(values['max-bytes']), '--max-bytes');
    const timeLimitSeconds = parsePositiveInteger(values['time-limit'], '--time-limit') ?? DEFAULT_TIME_LIMIT_SECONDS;
    const colour = Boolean(io.stdout.isTTY);
    const c = createColors(colour);

    const inputs = await expandInputs(positionals);
    if (values.queue) return enqueue(args, inputs, maxBytes, json, io);
    return withStore(args, true, async (store, where) => {
      const started = Date.now();
      const progress = startProgress(io, inputs.length, 'inputs');
      const onArticle = (report: ArticleReport) => {
        if (!values.verbose && report.outcome !== 'failed') return;
        // The progress bar's line, if one is drawn, makes way for the message.
        if (io.stderr.isTTY) io.stderr.write('\r\x1b[2K');
        const input = terminalSafe(report.input);
        const reason = report.reason === undefined ? '' : `: ${terminalSafe(report.reason)}`;
        if (values.verbose) {
          const outcome = report.outcome === 'new' ? c.green('new') : report.outcome === 'failed' ? c.red('failed') : c.dim(report.outcome);
          io.stdout.write(`${outcome} ${input}${reason}\n`);
        } else {
          io.stderr.write(`${createColors(Boolean(io.stderr.isTTY)).red('failed')} ${input}${reason}\n`);
        }
      };
      const workers = openArticlePool({ timeLimitSeconds });
      let summary;
      try {
        summary = await ingestInputs(store, inputs, {
          batchSize,
          readOptions: { maxBytes, stdin: io.stdin },
          workers,
          onArticle,
          onInputRead: (input) => progress.tick(input),
        });
      } finally {
        await workers.close();
      }
      progress.done();
      const counts = await store.counts();
      const seconds = (Date.now() - started) / 1000;
      if (json) io.stdout.write(JSON.stringify({ ...summary, seconds, knowledgeBase: counts }, null, 2) + '\n');
      else io.stdout.write(formatSummary(summary, counts, where, seconds, colour));
      return summary.failed > 0 ? EXIT_INPUTS_FAILED : 0;
    });
  },
};
