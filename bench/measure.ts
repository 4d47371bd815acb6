// Times one engine over the workload, article by article (or batch by batch), and samples memory between
// them (the passes are synchronous, so a timer would never fire during them).
import type { Article } from '../src/read/article.ts';
import { countWords } from './workload.ts';

export interface PassResult {
  engine: string;
  articles: number;
  words: number;
  milliseconds: number;
  peakRssBytes: number;
  peakHeapUsedBytes: number;
}

export function wordsPerSecond(result: PassResult): number {
  return result.words / (result.milliseconds / 1000);
}

export function articlesPerSecond(result: PassResult): number {
  return result.articles / (result.milliseconds / 1000);
}

/** One timed pass over the workload, article by article. */
export function measurePass(engine: string, workload: readonly Article[], readArticle: (article: Article) => unknown): PassResult {
  return measureBatchedPass(engine, workload, (batch) => readArticle(batch[0]), 1);
}

/** One timed pass over the workload, `batchSize` articles at a time. */
export function measureBatchedPass(engine: string, workload: readonly Article[], readBatch: (articles: readonly Article[]) => unknown, batchSize: number): PassResult {
  let words = 0;
  for (const article of workload) words += countWords(article.body);
  let peakRssBytes = 0;
  let peakHeapUsedBytes = 0;
  let milliseconds = 0;
  for (let at = 0; at < workload.length; at += batchSize) {
    const batch = workload.slice(at, at + batchSize);
    const started = performance.now();
    readBatch(batch);
    milliseconds += performance.now() - started;
    const memory = process.memoryUsage();
    peakRssBytes = Math.max(peakRssBytes, memory.rss);
    peakHeapUsedBytes = Math.max(peakHeapUsedBytes, memory.heapUsed);
  }
  return { engine, articles: workload.length, words, milliseconds, peakRssBytes, peakHeapUsedBytes };
}

export interface RepeatedPassResult extends PassResult {
  /** The first pass, while the engine's code is still being compiled and optimised. */
  firstPass: PassResult;
}

/**
 * Passes over the workload one after another: the result is the fastest pass, with the highest
 * memory of all; the first pass is kept beside it. Other work on the machine only ever adds time,
 * so the fastest pass is the engine's own pace (a long-running ingest's, once its code is compiled).
 */
export function measurePasses(engine: string, workload: readonly Article[], readArticle: (article: Article) => unknown, passes: number): RepeatedPassResult {
  return fastestOf(Array.from({ length: passes }, () => measurePass(engine, workload, readArticle)));
}

/** As measurePasses, `batchSize` articles at a time. */
export function measureBatchedPasses(engine: string, workload: readonly Article[], readBatch: (articles: readonly Article[]) => unknown, batchSize: number, passes: number): RepeatedPassResult {
  return fastestOf(Array.from({ length: passes }, () => measureBatchedPass(engine, workload, readBatch, batchSize)));
}

function fastestOf(results: PassResult[]): RepeatedPassResult {
  const fastest = results.reduce((best, result) => (result.milliseconds < best.milliseconds ? result : best));
  return {
    ...fastest,
    peakRssBytes: Math.max(...results.map((result) => result.peakRssBytes)),
    peakHeapUsedBytes: Math.max(...results.map((result) => result.peakHeapUsedBytes)),
    firstPass: results[0],
  };
}
