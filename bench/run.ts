// `npm run bench`: bilat's extraction throughput against two baselines (compromise's
// people/places/organizations, wink-nlp's bare tokenise + POS) over the same text, and the
// time of each extraction stage; then the knowledge base's ingest throughput and query
// latency (knowledge-base.ts); then team-mode ingest by 1 and 2 worker processes, the two
// sharing a knowledge base or not (workers.ts); then the dashboard's server under load (serve.ts).
// `npm run bench -- extraction`, `-- knowledge-base`, `-- workers` or `-- serve` runs one part. A
// measurement, not a test: it prints and never fails.
import { cpus, loadavg, totalmem } from 'node:os';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import type { Article } from '../src/read/article.ts';
import { extractRecord, extractRecords } from '../src/extract/pipeline.ts';
import { type PassResult, type RepeatedPassResult, articlesPerSecond, measureBatchedPasses, measurePasses, wordsPerSecond } from './measure.ts';
import { benchKnowledgeBase } from './knowledge-base.ts';
import { timeStages } from './stage-timings.ts';
import { benchWorkers } from './workers.ts';
import { benchServe } from './serve.ts';
import { type Alignment, formatCount, formatGigabytes, formatMegabytes, formatMilliseconds, formatRows, formatTable } from './table.ts';
import { bodyBytes, countWords, loadBaseArticles, repeatToSize } from './workload.ts';

const MIN_WORKLOAD_BYTES = 1024 * 1024;
const TARGET_RATIO_OVER_COMPROMISE = 6;
/** Timed passes of each engine over the whole workload; the fastest is reported. */
const PASSES = 5;
/** Articles extracted together by extractRecords, stage by stage. */
const BATCH_SIZE = 32;

function warmUp(base: readonly Article[], readArticle: (article: Article) => unknown): void {
  for (const article of base) readArticle(article);
}

function printMachine(): void {
  const processors = cpus();
  const rows = [
    ['CPU', processors[0]?.model.trim() ?? 'unknown'],
    ['cores', String(processors.length)],
    ['memory', formatGigabytes(totalmem())],
    ['Node', process.version],
    ['load', `${loadavg()[0].toFixed(2)} (1-minute average before the run; other work on the machine slows every engine)`],
  ];
  console.log('Machine');
  console.log(formatRows(rows, ['left', 'left']));
}

function printThroughput(results: readonly { result: RepeatedPassResult; work: string }[]): void {
  const headers = ['engine', 'work per article', 'articles', 'words', 'fastest ms', 'words/s', 'articles/s', 'first pass ms', 'peak RSS', 'peak heap'];
  const alignments: Alignment[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const rows = results.map(({ result, work }) => [
    result.engine, work, formatCount(result.articles), formatCount(result.words), formatMilliseconds(result.milliseconds),
    formatCount(wordsPerSecond(result)), formatCount(articlesPerSecond(result)), formatMilliseconds(result.firstPass.milliseconds),
    formatMegabytes(result.peakRssBytes), formatMegabytes(result.peakHeapUsedBytes),
  ]);
  console.log(`Throughput (fastest of ${PASSES} passes over the workload; the first pass also compiles each engine's code)`);
  console.log(formatTable(headers, rows, alignments));
  console.log('(peak RSS is the whole process and never shrinks, so it rises engine after engine; peak heap is sampled after each article or batch)');
}

function ratio(numerator: PassResult, denominator: PassResult): number {
  return wordsPerSecond(numerator) / wordsPerSecond(denominator);
}

function printRatios(bilat: RepeatedPassResult, bilatBatched: RepeatedPassResult, compromise: RepeatedPassResult, wink: RepeatedPassResult): void {
  const rows = [bilat, bilatBatched].flatMap((result) => [
    [`${result.engine} / compromise`, `${ratio(result, compromise).toFixed(2)}×`, `${ratio(result.firstPass, compromise.firstPass).toFixed(2)}×`],
    [`${result.engine} / wink-nlp`, `${ratio(result, wink).toFixed(2)}×`, `${ratio(result.firstPass, wink.firstPass).toFixed(2)}×`],
  ]);
  console.log('Ratios (words/s)');
  console.log(formatTable(['engines', 'fastest passes', 'first passes'], rows, ['left', 'right', 'right']));
  for (const [result, use] of [[bilat, 'one article at a time, as ingest extracts today'], [bilatBatched, `${BATCH_SIZE} at a time, stage by stage`]] as const) {
    const overCompromise = ratio(result, compromise);
    const verdict = overCompromise >= TARGET_RATIO_OVER_COMPROMISE ? 'met' : 'NOT met';
    console.log(`Target ≥ ${TARGET_RATIO_OVER_COMPROMISE}× compromise, ${use}: ${verdict} (${overCompromise.toFixed(2)}× over the fastest passes).`);
  }
}

function printStages(workload: readonly Article[]): void {
  const timings = timeStages(workload);
  const total = timings.reduce((sum, timing) => sum + timing.milliseconds, 0);
  const rows = [...timings]
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .map((timing) => [timing.stage, formatMilliseconds(timing.milliseconds), `${((100 * timing.milliseconds) / total).toFixed(1)} %`]);
  rows.push(['total', formatMilliseconds(total), '100.0 %']);
  console.log('bilat stages over the same workload (hottest first)');
  console.log(formatTable(['stage', 'ms', 'share'], rows, ['left', 'right', 'right']));
}

async function benchExtraction(): Promise<void> {
  const { source, articles: base } = await loadBaseArticles();
  const workload = repeatToSize(base, MIN_WORKLOAD_BYTES);
  const totalWords = workload.reduce((sum, article) => sum + countWords(article.body), 0);

  console.log(`bilat bench: ${base.length} articles from ${source}`);
  console.log(
    `workload: repeated ${workload.length / base.length}× = ${formatCount(workload.length)} articles, ` +
      `${formatMegabytes(bodyBytes(workload))} of body text, ${formatCount(totalWords)} words (runs of non-space); ` +
      `each engine first reads the base articles once to warm up, then reads the workload ${PASSES} times`,
  );

  const baselineRss = process.memoryUsage().rss;
  warmUp(base, extractRecord);
  const bilat = measurePasses('bilat', workload, extractRecord, PASSES);
  const bilatBatched = measureBatchedPasses(`bilat ×${BATCH_SIZE}`, workload, extractRecords, BATCH_SIZE, PASSES);

  // Loaded only now so that bilat's memory figures do not include compromise's lexicon.
  const { default: compromise } = await import('compromise');
  const readNames = (article: Article) => {
    const doc = compromise(article.body);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  warmUp(base, readNames);
  const compromiseResult = measurePasses('compromise', workload, readNames, PASSES);

  const wink = winkNLP(winkModel, ['sbd', 'pos']);
  const readPartsOfSpeech = (article: Article) => wink.readDoc(article.body).tokens().out(wink.its.pos);
  warmUp(base, readPartsOfSpeech);
  const winkResult = measurePasses('wink-nlp', workload, readPartsOfSpeech, PASSES);

  printThroughput([
    { result: bilat, work: 'extractRecord (full Record)' },
    { result: bilatBatched, work: `extractRecords, ${BATCH_SIZE} articles a call` },
    { result: compromiseResult, work: 'people + places + organizations' },
    { result: winkResult, work: 'sentences + tokens + POS' },
  ]);
  console.log(`(process RSS before bilat's pass: ${formatMegabytes(baselineRss)})`);
  console.log();
  printRatios(bilat, bilatBatched, compromiseResult, winkResult);
  console.log();
  printStages(workload);
}

const PARTS = ['extraction', 'knowledge-base', 'workers', 'serve'] as const;
type Part = (typeof PARTS)[number];

function chosenParts(args: readonly string[]): Part[] {
  const unknown = args.filter((arg) => !PARTS.some((part) => part === arg));
  if (unknown.length > 0) {
    console.error(`bench: unknown part ${unknown.join(', ')}; give ${PARTS.join(' or ')}, or nothing for all`);
    process.exit(2);
  }
  return PARTS.filter((part) => args.length === 0 || args.includes(part));
}

const parts = chosenParts(process.argv.slice(2));
printMachine();
if (parts.includes('extraction')) {
  console.log();
  await benchExtraction();
}
if (parts.includes('knowledge-base')) {
  console.log();
  await benchKnowledgeBase();
}
if (parts.includes('workers')) {
  console.log();
  await benchWorkers();
}
if (parts.includes('serve')) {
  console.log();
  await benchServe();
}
