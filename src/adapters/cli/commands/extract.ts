// bilat extract: read inputs, print one Record each (or a readable summary).
import { createColors } from 'picocolors';
import { type Command, EXIT_BILAT_FAILED, EXIT_INPUTS_FAILED, UsageError } from '../command.ts';
import { startProgress } from '../progress.ts';
import { formatRecordSummary } from '../record-summary.ts';
import { terminalSafe } from '../terminal-text.ts';
import { DEFAULT_MAX_BYTES, expandInputs, readInputBytes } from '../../../read/read-inputs.ts';
import { InputError } from '../../../read/article.ts';
import { type InputFailure, inThreadWorkers } from '../../../ingest/article-workers.ts';
import { parseByteSize, parsePublishedOption } from '../option-values.ts';

const ONE_RECORD_ONLY = '--json prints one Record; these inputs hold several articles: use --jsonl';

export const extractCommand: Command = {
  name: 'extract',
  failureExitStatus: EXIT_BILAT_FAILED,
  options: {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    published: { type: 'string' },
    'max-bytes': { type: 'string' },
  },
  help: `Usage: bilat extract INPUT... [--published YYYY-MM-DD] [--json | --jsonl]

Reads each INPUT and extracts its Record: countries, people and their roles,
organizations, places, instruments (agreements, action plans, programmes) with status and
period, initiatives (corridors, cables, pipelines, funds), forums and events, each with
the character spans of the sentences that support it.

INPUT is an article text file (optional "key: value" header, a blank line, the body), an
HTML page, an RSS/Atom/RDF feed (each item is an article), a PDF, a folder (read
recursively), or - for standard input.

Options:
  --json               print one Record as JSON (exactly one article)
  --jsonl              print one Record per line, in the order of the inputs
  --published DATE     publication date (YYYY-MM-DD) to resolve "on Monday", "last year"
                       against; overrides the date the input states
  --max-bytes SIZE     report inputs larger than this as errors (default 20MB; e.g. 50MB)
  -h, --help           show this help

Without --json or --jsonl a readable summary is printed. Each input is read within the
limits "bilat ingest --help" describes; one that cannot be read or extracted is reported on
stderr, one line each, and the rest are still processed. Exit status: 0 when every input
was extracted, 1 when some failed, 2 for a usage mistake, 3 when bilat itself failed.

Examples:
  bilat extract examples/seed-001.txt
  bilat extract examples/seed-001.txt --json | jq '.events[] | {type, date}'
  bilat extract news/ feeds/daily.xml --jsonl > records.jsonl
  curl -s https://example.org/readout.html | bilat extract - --published 2025-03-03
`,
  async run(args, io) {
    const { values, positionals } = args;
    if (positionals.length === 0) throw new UsageError('no INPUT given: name an article file, a folder, a feed, or - for standard input');
    if (values.json && values.jsonl) throw new UsageError('choose one of --json and --jsonl');
    const published = parsePublishedOption(values.published);
    const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(String(values['max-bytes']), '--max-bytes');
    const mode = values.json ? 'json' : values.jsonl ? 'jsonl' : 'summary';

    const inputs = await expandInputs(positionals);
    if (mode === 'json' && inputs.length > 1) throw new UsageError(ONE_RECORD_ONLY);
    const onTerminal = Boolean(io.stderr.isTTY);
    const c = createColors(onTerminal);
    const progress = startProgress(io, inputs.length, 'inputs');
    const workers = inThreadWorkers();
    let failed = 0;
    let printed = 0;
    const reportFailure = ({ input, reason }: InputFailure) => {
      failed++;
      // On a terminal the error first clears the progress bar's line.
      io.stderr.write(`${onTerminal ? '\r\x1b[2K' : ''}${c.red('error')} ${terminalSafe(input)}: ${terminalSafe(reason)}\n`);
    };
    for (const input of inputs) {
      let bytes: Uint8Array;
      try {
        bytes = await readInputBytes(input, { maxBytes, stdin: io.stdin });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        reportFailure(error);
        progress.tick(input);
        continue;
      }
      const read = await workers.read(bytes, input);
      if (!read.ok) {
        reportFailure(read);
        progress.tick(input);
        continue;
      }
      read.itemFailures.forEach(reportFailure);
      if (mode === 'json' && read.articles.length > 1) throw new UsageError(ONE_RECORD_ONLY);
      for (const article of read.articles) {
        const extracted = await workers.extract(published ? { ...article, published } : article);
        if (!extracted.ok) {
          reportFailure(extracted);
          continue;
        }
        const { record } = extracted;
        if (mode === 'json') {
          io.stdout.write(JSON.stringify(record, null, 2) + '\n');
        } else if (mode === 'jsonl') {
          io.stdout.write(JSON.stringify(record) + '\n');
        } else {
          io.stdout.write((printed > 0 ? '\n' : '') + formatRecordSummary(record, article.body, Boolean(io.stdout.isTTY)));
        }
        printed++;
      }
      progress.tick(input);
    }
    progress.done();
    if (failed > 0) io.stderr.write(`${failed} input${failed === 1 ? '' : 's'} failed; ${printed} article${printed === 1 ? '' : 's'} extracted\n`);
    return failed > 0 ? EXIT_INPUTS_FAILED : 0;
  },
};
