// The knowledge base under load: ingest throughput into PGlite through the real ingest path
// (files read and extracted in the worker pool as `bilat ingest` does, stored in batches on
// this thread) against extraction alone, on this thread, on the same documents,
// then timeline and search latency over the store it built. The documents are synthetic
// (test/support/synthetic-articles.ts): corpus sentences with other country pairs, people
// and dates, so that there are enough of them.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/read/article.ts';
import { readInput } from '../src/read/read-inputs.ts';
import { extractRecord } from '../src/extract/pipeline.ts';
import { DEFAULT_BATCH_SIZE, ingestInputs } from '../src/ingest/ingest-inputs.ts';
import type { ArticleWorkers } from '../src/ingest/article-workers.ts';
import { openArticlePool } from '../src/adapters/worker-pool/article-pool.ts';
import { openStore } from '../src/adapters/database/open-store.ts';
import type { Store, StoreCounts } from '../src/store/store.ts';
import { writeSyntheticCorpus } from '../test/support/synthetic-articles.ts';
import { type LatencySummary, summariseLatencies, timeQueries } from './latency.ts';
import { type PassResult, articlesPerSecond, measurePass, wordsPerSecond } from './measure.ts';
import { type MemoryPeaks, startMemorySampler } from './memory-sampler.ts';
import { type TimelineQuery, pairQueries, searchQueries, timelineQueries } from './knowledge-base-queries.ts';
import { dyadReport } from '../src/query/dyad-report.ts';
import { startProgressLine } from './progress-line.ts';
import { type Alignment, formatCount, formatMegabytes, formatMilliseconds, formatRows, formatSeconds, formatTable } from './table.ts';
import { countWords, SENTENCE_FOLDERS } from './workload.ts';

const DOCUMENT_COUNT = Number(process.env.BILAT_BENCH_DOCUMENTS ?? 10_000);
/** Ingest is timed slice by slice, to show how it slows as the store grows. */
const SLICE_SIZE = 2_000;
const SYNTHETIC_SEED = 1;
/** Retellings of earlier articles, as wire copies in other outlets are: at most a quarter of a real feed. */
const NEAR_DUPLICATE_SHARE = 0.15;
const WARM_UP_ARTICLES = 100;
const WARM_UP_QUERIES = 3;

interface IngestTiming {
  documents: number;
  new: number;
  nearDuplicates: number;
  words: number;
  milliseconds: number;
  /** The part of `milliseconds` spent committing batches to the store. */
  storeMilliseconds: number;
}

interface IngestSlice extends IngestTiming {
  /** Documents in the store before this slice. */
  storedBefore: number;
}

function inSlices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

async function directoryBytes(directory: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

async function readArticles(paths: readonly string[]): Promise<Article[]> {
  return (await Promise.all(paths.map((path) => readInput(path)))).flat();
}

function measureExtractionAlone(articles: readonly Article[]): PassResult {
  // Warmed up as the extraction part warms up each engine, so that a run of this part alone compares alike.
  for (const article of articles.slice(0, WARM_UP_ARTICLES)) extractRecord(article);
  const progress = startProgressLine('extraction alone', articles.length);
  const result = measurePass('extraction alone', articles, (article) => {
    const record = extractRecord(article);
    progress.tick();
    return record;
  });
  progress.done();
  return result;
}

/** The store, with the time its batches take to commit added to `spent.milliseconds`. */
function timingCommits(store: Store, spent: { milliseconds: number }): Store {
  return new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property !== 'saveDocuments') return value.bind(target);
      return async (...args: Parameters<Store['saveDocuments']>) => {
        const started = performance.now();
        try {
          return await target.saveDocuments(...args);
        } finally {
          spent.milliseconds += performance.now() - started;
        }
      };
    },
  });
}

async function ingestSlice(store: Store, workers: ArticleWorkers, paths: readonly string[], storedBefore: number, total: number): Promise<IngestSlice> {
  const progress = startProgressLine(`ingest ${formatCount(storedBefore + 1)}–${formatCount(storedBefore + paths.length)} of ${formatCount(total)}`, paths.length);
  let words = 0;
  const committing = { milliseconds: 0 };
  const started = performance.now();
  const summary = await ingestInputs(timingCommits(store, committing), paths, {
    workers,
    onArticle: (_report, article) => {
      words += countWords(article?.body ?? '');
      progress.tick();
    },
  });
  const milliseconds = performance.now() - started;
  progress.done();
  return {
    storedBefore, documents: summary.articles, new: summary.new, nearDuplicates: summary['near-duplicate'],
    words, milliseconds, storeMilliseconds: committing.milliseconds,
  };
}

function totalOf(ingest: readonly IngestSlice[]): IngestTiming {
  const sum = (field: keyof IngestTiming) => ingest.reduce((total, slice) => total + slice[field], 0);
  return {
    documents: sum('documents'), new: sum('new'), nearDuplicates: sum('nearDuplicates'),
    words: sum('words'), milliseconds: sum('milliseconds'), storeMilliseconds: sum('storeMilliseconds'),
  };
}

function printIngest(ingest: readonly IngestSlice[], total: IngestTiming, extraction: PassResult, threads: number): void {
  const extractionWordsPerSecond = wordsPerSecond(extraction);
  const headers = ['documents', 'new', 'near-duplicate', 'seconds', 'documents/s', 'words/s', '× extraction alone', 'committing'];
  const alignments: Alignment[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const row = (label: string, timing: IngestTiming) => {
    const seconds = timing.milliseconds / 1000;
    return [
      label, formatCount(timing.new), formatCount(timing.nearDuplicates), formatSeconds(timing.milliseconds),
      formatCount(timing.documents / seconds), formatCount(timing.words / seconds),
      `${(timing.words / seconds / extractionWordsPerSecond).toFixed(2)}×`, `${((100 * timing.storeMilliseconds) / timing.milliseconds).toFixed(0)} %`,
    ];
  };
  const rows = ingest.map((slice) => row(`${formatCount(slice.storedBefore + 1)}–${formatCount(slice.storedBefore + slice.documents)}`, slice));
  rows.push(row('all', total));
  rows.push([
    `extraction alone, 1–${formatCount(extraction.articles)}`, '', '', formatSeconds(extraction.milliseconds),
    formatCount(articlesPerSecond(extraction)), formatCount(extractionWordsPerSecond), '1.00×', '',
  ]);
  console.log(`Ingest into PGlite (ingestInputs, as bilat ingest runs it: files read and extracted by ${threads === 1 ? 'one worker thread' : `${threads} worker threads`}, stored in batches of ${DEFAULT_BATCH_SIZE} documents on this thread, one transaction each)`);
  console.log(formatTable(headers, rows, alignments));
  console.log(
    `(× extraction alone: ingest words/s over extractRecord's words/s on documents 1–${formatCount(extraction.articles)}, the same documents ` +
      'as the first slice; committing: the share of ingest time this thread spent storing batches (near-duplicate and entity ' +
      'resolution, the database), during which the pool reads and extracts the next documents)',
  );
}

/** Every document ingested, slice after slice, through one pool of the default size; answers the slices and the pool's threads. */
async function ingestAll(store: Store, paths: readonly string[]): Promise<{ ingest: IngestSlice[]; threads: number }> {
  const ingest: IngestSlice[] = [];
  const workers = openArticlePool();
  try {
    for (const slicePaths of inSlices(paths, SLICE_SIZE)) {
      const storedBefore = ingest.reduce((total, slice) => total + slice.documents, 0);
      ingest.push(await ingestSlice(store, workers, slicePaths, storedBefore, paths.length));
    }
  } finally {
    await workers.close();
  }
  return { ingest, threads: workers.parallelism };
}

interface QueryLatencies {
  /** The first page of each timeline, as the API serves it. */
  timelinePages: LatencySummary;
  /** Each timeline whole, every event with its sources. */
  timelines: LatencySummary;
  searches: LatencySummary;
  entities: LatencySummary;
  reports: LatencySummary;
}

/** The date the pair queries are asked as of: after every synthetic article. */
const AS_OF = '2026-11-24';
const ENTITY_TYPES = ['person', 'instrument', 'initiative', 'place'] as const;
const TARGET_P95_MS = 50;
/** Events per page of a timeline, as a client pages through the API (its default page is larger: 500). */
const TIMELINE_PAGE = 100;

async function measureQueries(store: Store): Promise<QueryLatencies> {
  const timelines = timelineQueries();
  const searches = searchQueries();
  const runTimeline = async ({ pair, range }: TimelineQuery) => (await store.timeline(pair[0], pair[1], range)).length;
  const runTimelinePage = async ({ pair, range }: TimelineQuery) => (await store.timeline(pair[0], pair[1], { ...range, limit: TIMELINE_PAGE })).length;
  const runSearch = async (text: string) => {
    const found = await store.search(text);
    return found.documents.length + found.entities.length;
  };
  // What the dashboard's pair page asks: the pair's entities of one type known by a date, and the whole report.
  const entityQueries = pairQueries().flatMap((pair) => ENTITY_TYPES.map((type) => ({ pair, type })));
  const runEntities = async ({ pair, type }: (typeof entityQueries)[number]) => (await store.listEntities({ type, dyad: pair, knownBy: AS_OF })).length;
  const reports = pairQueries();
  const runReport = async (pair: readonly [string, string]) => (await dyadReport(store, pair, { asOf: AS_OF })).timeline.length;
  await timeQueries(timelines.slice(0, WARM_UP_QUERIES), runTimelinePage);
  await timeQueries(timelines.slice(0, WARM_UP_QUERIES), runTimeline);
  await timeQueries(searches.slice(0, WARM_UP_QUERIES), runSearch);
  await timeQueries(entityQueries.slice(0, WARM_UP_QUERIES), runEntities);
  await timeQueries(reports.slice(0, WARM_UP_QUERIES), runReport);
  const progress = startProgressLine('queries', 2 * timelines.length + searches.length + entityQueries.length + reports.length);
  const timedPages = await timeQueries(timelines, runTimelinePage, () => progress.tick());
  const timedTimelines = await timeQueries(timelines, runTimeline, () => progress.tick());
  const timedSearches = await timeQueries(searches, runSearch, () => progress.tick());
  const timedEntities = await timeQueries(entityQueries, runEntities, () => progress.tick());
  const timedReports = await timeQueries(reports, runReport, () => progress.tick());
  progress.done();
  return {
    timelinePages: summariseLatencies(timedPages),
    timelines: summariseLatencies(timedTimelines),
    searches: summariseLatencies(timedSearches),
    entities: summariseLatencies(timedEntities),
    reports: summariseLatencies(timedReports),
  };
}

function printStore(counts: StoreCounts, diskBytes: number, openMilliseconds: number): void {
  console.log('The store after ingest');
  console.log(formatRows([
    ['documents', formatCount(counts.documents)],
    ['entities', formatCount(counts.entities)],
    ['mentions', formatCount(counts.mentions)],
    ['events', formatCount(counts.events)],
    ['event reports', formatCount(counts.eventReports)],
    ['figures', formatCount(counts.figures)],
    ['on disk', formatMegabytes(diskBytes)],
    ['opened new in (initdb, migrations; not in ingest)', `${formatMilliseconds(openMilliseconds)} ms`],
  ], ['left', 'right']));
}

function printLatencies(latencies: QueryLatencies, documents: number): void {
  const headers = ['query', 'queries', 'p50 ms', 'p95 ms', 'max ms', 'mean ms', 'median answer'];
  const alignments: Alignment[] = ['left', 'right', 'right', 'right', 'right', 'right', 'left'];
  const row = (query: string, summary: LatencySummary, answers: string) => [
    query, String(summary.queries), formatMilliseconds(summary.p50), formatMilliseconds(summary.p95),
    formatMilliseconds(summary.max), formatMilliseconds(summary.mean), `${formatCount(summary.medianResults)} ${answers}`,
  ];
  const rows = [
    row(`timeline A B [range], first ${TIMELINE_PAGE}`, latencies.timelinePages, 'events'),
    row('timeline A B [range], whole', latencies.timelines, 'events'),
    row('search TEXT', latencies.searches, 'documents + entities'),
    row('entities TYPE of A B', latencies.entities, 'entities'),
    row('dyad report A B (brief)', latencies.reports, 'events'),
  ];
  console.log(`Query latency over ${formatCount(documents)} documents (one query at a time, after ${WARM_UP_QUERIES} untimed ones of each kind)`);
  console.log(formatTable(headers, rows, alignments));
  const single = [latencies.timelinePages, latencies.searches, latencies.entities];
  const worst = Math.max(...single.map((summary) => summary.p95));
  console.log(`Target p95 < ${TARGET_P95_MS} ms for a timeline page, search and entities: ${worst < TARGET_P95_MS ? 'met' : 'NOT met'} (worst p95 ${formatMilliseconds(worst)} ms)`);
  console.log(
    `(a whole timeline, every event with its sources, takes ${formatMilliseconds(latencies.timelines.p95)} ms at p95; ` +
      `the dyad report is every query of a pair's brief together: ${formatMilliseconds(latencies.reports.p95)} ms at p95)`,
  );
}

function printMemory(rssBefore: number, peaks: MemoryPeaks): void {
  console.log('Memory of the knowledge-base part (PGlite and the worker pool run in this process, so RSS includes the database and the threads)');
  console.log(formatRows([
    ['RSS before', formatMegabytes(rssBefore)],
    ['peak RSS', formatMegabytes(peaks.rssBytes)],
    ['peak heap used', formatMegabytes(peaks.heapUsedBytes)],
  ], ['left', 'right']));
}

export async function benchKnowledgeBase(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-bench-'));
  const articlesFolder = join(folder, 'articles');
  const dataDir = join(folder, 'db');
  // The store grows to about a gigabyte: an interrupted bench must not leave it in the temporary folder.
  const removeAndExit = (signal: NodeJS.Signals) => {
    rmSync(folder, { recursive: true, force: true });
    process.exit(128 + constants.signals[signal]);
  };
  process.once('SIGINT', removeAndExit).once('SIGTERM', removeAndExit);
  const rssBefore = process.memoryUsage().rss;
  const memory = startMemorySampler();
  let store: Store | undefined;
  try {
    process.stderr.write(`writing ${formatCount(DOCUMENT_COUNT)} synthetic articles to ${articlesFolder}\n`);
    await mkdir(articlesFolder);
    const paths = await writeSyntheticCorpus(articlesFolder, DOCUMENT_COUNT, { seed: SYNTHETIC_SEED, sentenceFolders: SENTENCE_FOLDERS, nearDuplicateShare: NEAR_DUPLICATE_SHARE });
    const extraction = measureExtractionAlone(await readArticles(paths.slice(0, SLICE_SIZE)));

    const openStarted = performance.now();
    store = await openStore({ kind: 'pglite', dataDir }, { create: true });
    const openMilliseconds = performance.now() - openStarted;
    const { ingest, threads } = await ingestAll(store, paths);
    const counts = await store.counts();
    const latencies = await measureQueries(store);
    const sampled = memory.stop();
    const peaks = { rssBytes: Math.max(sampled.rssBytes, extraction.peakRssBytes), heapUsedBytes: Math.max(sampled.heapUsedBytes, extraction.peakHeapUsedBytes) };

    const total = totalOf(ingest);
    console.log(
      `Knowledge base: ${formatCount(total.documents)} synthetic articles (seed ${SYNTHETIC_SEED}), ${formatCount(total.words)} words, ` +
        'ingested into a new PGlite store in a temporary folder',
    );
    console.log();
    printIngest(ingest, total, extraction, threads);
    console.log();
    printStore(counts, await directoryBytes(dataDir), openMilliseconds);
    console.log();
    printLatencies(latencies, counts.documents);
    console.log();
    printMemory(rssBefore, peaks);
  } finally {
    await store?.close();
    await rm(folder, { recursive: true, force: true });
    process.off('SIGINT', removeAndExit).off('SIGTERM', removeAndExit);
  }
}
