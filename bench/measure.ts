// Times one engine over the workload, article by article, and samples memory between
// articles (the passes are synchronous, so a timer would never fire during them).
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
  let words = 0;
  for (const article of workload) words += countWords(article.body);
  let peakRssBytes = 0;
  let peakHeapUsedBytes = 0;
  let milliseconds = 0;
  for (const article of workload) {
    const started = performance.now();
    readArticle(article);
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
  const results = Array.from({ length: passes }, () => measurePass(engine, workload, readArticle));
  const fastest = results.reduce((best, result) => (result.milliseconds < best.milliseconds ? result : best));
  return {
    ...fastest,
    peakRssBytes: Math.max(...results.map((result) => result.peakRssBytes)),
    peakHeapUsedBytes: Math.max(...results.map((result) => result.peakHeapUsedBytes)),
    firstPass: results[0],
  };
}
