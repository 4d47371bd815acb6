// Reading and extraction in a pool of worker threads (piscina): inputs are worked on side by
// side, off the thread that serves requests or stores documents, and a task that runs over
// its time limit or its memory is stopped by ending its thread, failing that input alone.
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Article } from '../../read/article.ts';
import type { ArticleWorkers, ExtractOutcome, InputFailure, ReadOutcome } from '../../ingest/article-workers.ts';
import type { ArticleTask, PooledTask } from './article-worker.ts';

/** Long enough for a 1,000-page PDF or a two-million-character article on a busy machine. */
export const DEFAULT_TIME_LIMIT_SECONDS = 120;
/** A thread's JavaScript heap: the vocabularies take about 100 MB; the longest article allowed (two million characters) was extracted within 384. */
export const DEFAULT_THREAD_HEAP_MB = 512;

export interface ArticlePoolOptions {
  /** Threads; default one per core the machine offers but one, which is left to storing (and the threads take some 200 MB each). */
  threads?: number;
  /** The most one read or one extraction may take; default DEFAULT_TIME_LIMIT_SECONDS. */
  timeLimitSeconds?: number;
  /** Each thread's heap limit; default DEFAULT_THREAD_HEAP_MB. */
  threadHeapMb?: number;
}

const WORKER = new URL('./article-worker.ts', import.meta.url).href;
/** Threads load the TypeScript sources as this one does. */
const EXEC_ARGV = ['--import', import.meta.resolve('tsx')];

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

export function openArticlePool(options: ArticlePoolOptions = {}): ArticleWorkers {
  const threads = Math.max(1, options.threads ?? availableParallelism() - 1);
  const timeLimitSeconds = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const threadHeapMb = options.threadHeapMb ?? DEFAULT_THREAD_HEAP_MB;
  const pool = new Piscina<PooledTask, ReadOutcome | ExtractOutcome>({
    filename: WORKER,
    // Started at once: each loads the vocabularies while the store opens, not on the first input's way.
    minThreads: threads,
    maxThreads: threads,
    execArgv: EXEC_ARGV,
    resourceLimits: { maxOldGenerationSizeMb: threadHeapMb },
  });

  /**
   * Runs a task; a thread stopped for its time or memory, or lost, fails the input the task
   * was for. The time is counted from when a thread begins it, not while it waits its turn.
   */
  const run = async <Outcome>(task: ArticleTask, input: string, doing: string): Promise<Outcome | ({ ok: false } & InputFailure)> => {
    const stop = new AbortController();
    const { port1: begun, port2: started } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    begun.once('message', () => {
      timer = setTimeout(() => stop.abort(), timeLimitSeconds * 1000);
    });
    try {
      return (await pool.run({ ...task, started }, { signal: stop.signal, transferList: [started] })) as Outcome;
    } catch (error) {
      if (stop.signal.aborted) return { ok: false, input, reason: `${doing} took over ${timeLimitSeconds} s and was stopped` };
      if (isOutOfMemory(error)) return { ok: false, input, reason: `${doing} needed over ${threadHeapMb} MB and was stopped` };
      return { ok: false, input, reason: `${doing} failed: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      clearTimeout(timer);
      begun.close();
    }
  };

  return {
    parallelism: threads,
    offThread: true,
    waiting: () => pool.queueSize,
    read: (bytes: Uint8Array, input: string) => run<ReadOutcome>({ kind: 'read', bytes, input }, input, 'reading'),
    extract: (article: Article) => run<ExtractOutcome>({ kind: 'extract', article }, article.file, 'extraction'),
    close: () => pool.destroy(),
  };
}
