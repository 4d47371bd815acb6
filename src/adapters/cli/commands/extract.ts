// bilat extract: read inputs, print one Record each (or a readable summary).
import { createColors } from 'picocolors';
import { type Command, UsageError } from '../command.ts';
import { startProgress } from '../progress.ts';
import { formatRecordSummary } from '../record-summary.ts';
import { DEFAULT_MAX_BYTES, expandInputs, readInput } from '../../../ingest/read-inputs.ts';
import { InputError } from '../../../ingest/article.ts';
import { extractRecord } from '../../../extract/pipeline.ts';
import { parseByteSize, parsePublishedOption } from '../option-values.ts';

const ONE_RECORD_ONLY = '--json prints one Record; these inputs hold several articles: use --jsonl';

export const extractCommand: Command = {
  name: 'extract',
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

Without --json or --jsonl a readable summary is printed. Inputs that cannot be read are
reported on stderr, one line each, and the rest are still processed; the exit code is 1
if any input failed.

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
    let failed = 0;
    let printed = 0;
    for (const input of inputs) {
      let articles;
      const reportItem = (error: InputError) => {
        failed++;
        // On a terminal the error first clears the progress bar's line.
        io.stderr.write(`${onTerminal ? '\r\x1b[2K' : ''}${c.red('error')} ${error.message}\n`);
      };
      try {
        articles = await readInput(input, { maxBytes, stdin: io.stdin, onItemError: reportItem });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        reportItem(error);
        progress.tick(input);
        continue;
      }
      if (mode === 'json' && articles.length > 1) throw new UsageError(ONE_RECORD_ONLY);
      for (const article of articles) {
        let record;
        try {
          record = extractRecord(published ? { ...article, published } : article);
        } catch (error) {
          // A bug in extraction loses this article only; the rest of the batch goes on.
          reportItem(new InputError(article.file, `extraction failed: ${error instanceof Error ? error.message : String(error)} (a bug in bilat; please report it with this input)`));
          continue;
        }
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
    return failed > 0 ? 1 : 0;
  },
};
