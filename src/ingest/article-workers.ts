// The two steps of ingest whose cost grows with what an input holds, and which a hostile
// input can make take minutes or gigabytes: reading an input's bytes into articles, and
// extracting an article's Record. Each answers an outcome, never throws, so that one bad
// input fails alone whatever went wrong. They run in this thread (inThreadWorkers), or in a
// pool of worker threads that stops one running over its time (src/adapters/worker-pool/).
import { type Article, InputError } from '../read/article.ts';
import { readArticlesFromBytes } from '../read/read-inputs.ts';
import { extractRecord } from '../extract/pipeline.ts';
import type { Record } from '../record/schema.ts';

/** A reason an input, or one article of it, failed. */
export interface InputFailure {
  input: string;
  reason: string;
}

export type ReadOutcome =
  | { ok: true; articles: Article[]; itemFailures: InputFailure[] }
  | ({ ok: false } & InputFailure);

export type ExtractOutcome = { ok: true; record: Record } | ({ ok: false } & InputFailure);

export interface ArticleWorkers {
  /** How many inputs it works on at once. */
  readonly parallelism: number;
  /** Whether the work runs beside the caller's thread, which can store meanwhile. */
  readonly offThread: boolean;
  /** Reads and extractions waiting for a thread: a server refuses work (429/503) when this grows. */
  waiting(): number;
  /** Reads the bytes of one input (named `input`, whose extension may tell the format) into its articles. */
  read(bytes: Uint8Array, input: string): Promise<ReadOutcome>;
  /** Extracts one article's Record. */
  extract(article: Article): Promise<ExtractOutcome>;
  /** Lets go of the threads, if any. */
  close(): Promise<void>;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads one input; an error that is not the input's (a reader's bug, a stack overflow) fails the input too. */
export async function readArticles(bytes: Uint8Array, input: string): Promise<ReadOutcome> {
  const itemFailures: InputFailure[] = [];
  try {
    const articles = await readArticlesFromBytes(bytes, input, { onItemError: (error) => itemFailures.push({ input: error.input, reason: error.reason }) });
    return { ok: true, articles, itemFailures };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, input: error.input, reason: error.reason };
    return { ok: false, input, reason: `could not be read: ${errorMessage(error)} (a bug in bilat; please report it with this input)` };
  }
}

export function extractArticle(article: Article, extract: (article: Article) => Record = extractRecord): ExtractOutcome {
  try {
    return { ok: true, record: extract(article) };
  } catch (error) {
    return { ok: false, input: article.file, reason: `extraction failed: ${errorMessage(error)} (a bug in bilat; please report it with this article)` };
  }
}

/** Both steps in this thread, one at a time, with no time limit: for tests, tools and single articles. */
export function inThreadWorkers(extract: (article: Article) => Record = extractRecord): ArticleWorkers {
  return {
    parallelism: 1,
    offThread: false,
    waiting: () => 0,
    read: readArticles,
    extract: async (article) => extractArticle(article, extract),
    close: async () => {},
  };
}
