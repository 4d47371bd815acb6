// bilat eval: extract each gold file's article and score the Records against the gold.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, UsageError } from '../command.ts';
import { startProgress } from '../progress.ts';
import { parseShare } from '../option-values.ts';
import { readInput } from '../../../read/read-inputs.ts';
import { extractRecord } from '../../../extract/pipeline.ts';
import { loadGoldDirectory, type GoldFile } from '../../../eval/gold.ts';
import { scoreDocument, summarise, type DocumentScore } from '../../../eval/score.ts';
import { renderReport, reportJson } from '../../../eval/report.ts';
import { documentErrors, type DocumentErrors, renderErrors } from '../../../eval/errors.ts';
import type { Record as BilatRecord } from '../../../record/schema.ts';

export const evalCommand: Command = {
  name: 'eval',
  options: {
    json: { type: 'boolean' },
    'by-document': { type: 'boolean' },
    'min-mean': { type: 'string' },
    errors: { type: 'boolean' },
  },
  help: `Usage: bilat eval GOLD_DIR CORPUS_DIR [--json] [--by-document] [--errors] [--min-mean F]

Extracts every article that a gold file in GOLD_DIR describes and compares the Records
with the gold, by the matching rules of the gold folder's README.md. Each gold file
(*.json) names its article in its "file" field, read from CORPUS_DIR.

Prints precision, recall and F1 per slot (countries, persons, organizations, places,
instruments, initiatives, forums, events; then roles and sectors), summed over all
documents; the accuracy of attributes on matched pairs (instrument kind, status, period
and parties, initiative kind and status, forum date, event date, person country) with
the number of pairs judged; events by type; and, last, the mean F1 of the eight entity
and event slots. A slot with nothing expected and nothing predicted scores 1. Beside the
slots, who took part in the matched events is scored as "event participants": a predicted
participant that stands for no gold one is wrong, a gold one nobody stands for is missed.

Options:
  --json           print the scores as one JSON object
  --by-document    add the F1 of each slot for every document
  --errors         after the scores, list per document what was missed, what was
                   invented, and the attributes and participants that disagree
  --min-mean F     fail (exit 1) when the mean F1 is below F, a number from 0 to 1: a
                   floor on quality for CI
  -h, --help       show this help

Exit status: 0 when scored, 2 for a usage mistake, 1 when a gold file or an article
cannot be read or the mean F1 is below --min-mean.

Examples:
  bilat eval ../shared/gold ../shared/corpus
  bilat eval ../shared/gold ../shared/corpus --by-document
  bilat eval ../shared/gold ../shared/corpus --json | jq .mean_f1
  bilat eval ../shared/gold ../shared/corpus --min-mean 0.85
  bilat eval ../shared/gold ../shared/corpus --errors | less
`,
  async run(args, io) {
    const { values, positionals } = args;
    if (positionals.length !== 2) {
      throw new UsageError(
        positionals.length < 2
          ? 'give two folders: GOLD_DIR (the gold files) and CORPUS_DIR (the articles they describe)'
          : `expected two folders, GOLD_DIR and CORPUS_DIR, but got ${positionals.length} arguments`,
      );
    }
    const [goldDirectory, corpusDirectory] = positionals;
    const floor = values['min-mean'] === undefined ? undefined : parseShare(String(values['min-mean']), '--min-mean');
    const goldFiles = await loadGoldDirectory(goldDirectory);
    await assertCorpusHoldsEveryArticle(goldFiles, corpusDirectory);

    const progress = startProgress(io, goldFiles.length, 'articles');
    const documents: DocumentScore[] = [];
    const errors: DocumentErrors[] = [];
    for (const { path, gold } of goldFiles) {
      const record = await extractArticle(join(corpusDirectory, gold.file), path);
      documents.push(scoreDocument(gold, record, gold.file));
      if (values.errors) errors.push(documentErrors(gold, record, gold.file));
      progress.tick(gold.file);
    }
    progress.done();

    const result = summarise(documents);
    const byDocument = Boolean(values['by-document']);
    if (values.json) io.stdout.write(JSON.stringify(reportJson(result, { byDocument }), null, 2) + '\n');
    else io.stdout.write(renderReport(result, { byDocument, colour: Boolean(io.stdout.isTTY) }));
    if (values.errors && !values.json) io.stdout.write(`\nErrors by document\n${renderErrors(errors)}`);
    if (floor !== undefined && result.meanF1 < floor) {
      io.stderr.write(`bilat eval: the mean F1 ${result.meanF1.toFixed(3)} is below the floor of --min-mean ${floor}\n`);
      return 1;
    }
    return 0;
  },
};

async function assertCorpusHoldsEveryArticle(goldFiles: readonly GoldFile[], corpusDirectory: string): Promise<void> {
  const corpus = await stat(corpusDirectory).catch(() => undefined);
  if (!corpus?.isDirectory()) throw new Error(`${corpusDirectory}: not a folder; CORPUS_DIR must be the folder of the articles`);
  const missing: string[] = [];
  for (const { path, gold } of goldFiles) {
    const article = await stat(join(corpusDirectory, gold.file)).catch(() => undefined);
    if (!article?.isFile()) missing.push(`${path}: its article "${gold.file}" is not in ${corpusDirectory}`);
  }
  if (missing.length > 0) {
    throw new Error(`${missing.length} gold file${missing.length === 1 ? ' names an article' : 's name articles'} that cannot be found:\n  ${missing.join('\n  ')}`);
  }
}

async function extractArticle(articlePath: string, goldPath: string): Promise<BilatRecord> {
  const articles = await readInput(articlePath);
  if (articles.length !== 1) {
    throw new Error(`${articlePath}: holds ${articles.length} articles, but the gold file ${goldPath} describes exactly one`);
  }
  try {
    return extractRecord(articles[0]);
  } catch (error) {
    throw new Error(`${articlePath}: extraction failed (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}
