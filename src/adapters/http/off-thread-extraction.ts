// Pasted and uploaded articles are read and extracted off the request thread, in worker
// threads, so that one slow input (HTML nested thousands of levels deep takes minutes in
// Readability) leaves the server answering everyone else. Each input has a time and a
// memory limit, past which its thread is stopped and replaced; a few inputs are extracted
// at once and a few more wait, and beyond that the server answers 503.
//
// The server sees only ArticleExtractor: a pool shared with `bilat ingest` can take this
// one's place behind it.
import { Worker } from 'node:worker_threads';
import { InputError } from '../../ingest/article.ts';
import type { GivenMetadata } from '../../knowledge-base/ingest-queue.ts';
import type { ExtractedArticle } from '../../store/store.ts';
import { WorkLimit } from './work-limit.ts';

/** Reads an input's bytes into articles and extracts each; an input that cannot be read throws an InputError. */
export type ArticleExtractor = (bytes: Uint8Array, input: string, given?: GivenMetadata) => Promise<ExtractedArticle[]>;

export interface ExtractionTask {
  id: number;
  bytes: Uint8Array;
  input: string;
  given?: GivenMetadata;
}

export type ExtractionAnswer =
  | { id: number; extracted: ExtractedArticle[] }
  | { id: number; inputError: { input: string; reason: string } }
  | { id: number; failure: string };

export interface ExtractionPoolOptions {
  /** Threads, and so inputs extracted at once. */
  threads: number;
  /** Inputs that may wait for a thread; more are refused with 503. */
  queued: number;
  /** One input's time to be read and extracted. */
  timeoutMs: number;
  /** One thread's heap. */
  memoryMb: number;
}

export const DEFAULT_EXTRACTION_POOL: ExtractionPoolOptions = { threads: 1, queued: 8, timeoutMs: 60_000, memoryMb: 1024 };

const WORKER_MODULE = new URL('./extraction-worker.ts', import.meta.url).href;
// A worker thread does not inherit the TypeScript loader: it registers it before loading the worker module.
const WORKER_SOURCE = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_MODULE)}); });`;

/** One worker thread, one input at a time. */
class ExtractionThread {
  private readonly worker: Worker;
  private nextId = 0;
  private pending?: { id: number; resolve: (answer: ExtractionAnswer) => void; reject: (error: Error) => void };
  stopped = false;

  constructor(memoryMb: number) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    // An idle thread does not keep the process alive.
    this.worker.unref();
    this.worker.on('message', (answer: ExtractionAnswer) => {
      if (answer.id === this.pending?.id) this.pending.resolve(answer);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the extraction thread stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.stopped = true;
    this.pending?.reject(error);
    this.pending = undefined;
  }

  run(task: Omit<ExtractionTask, 'id'>, timeoutMs: number): Promise<ExtractionAnswer> {
    const id = ++this.nextId;
    return new Promise<ExtractionAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new InputError(task.input, `not read and extracted within ${timeoutMs / 1000} s, and stopped: is it an article (not, say, a page nested thousands of levels deep)?`));
        void this.worker.terminate();
      }, timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        this.pending = undefined;
      };
      this.pending = {
        id,
        resolve: (answer) => {
          settle();
          resolve(answer);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      this.worker.ref();
      this.worker.postMessage({ id, ...task } satisfies ExtractionTask);
    }).finally(() => {
      if (!this.stopped) this.worker.unref();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }
}

export class ExtractionPool {
  private readonly limit: WorkLimit;
  private readonly idle: ExtractionThread[] = [];
  private readonly threads = new Set<ExtractionThread>();

  constructor(private readonly options: ExtractionPoolOptions = DEFAULT_EXTRACTION_POOL) {
    this.limit = new WorkLimit({ what: 'articles to extract', concurrent: options.threads, queued: options.queued, retryAfterSeconds: 10 });
  }

  readonly extract: ArticleExtractor = (bytes, input, given) => this.limit.run(async () => {
    const thread = this.idle.pop() ?? this.startThread();
    let answer: ExtractionAnswer;
    try {
      answer = await thread.run({ bytes, input, ...(given ? { given } : {}) }, this.options.timeoutMs);
    } catch (error) {
      if (error instanceof InputError) throw error;
      const reason = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `needed more than ${this.options.memoryMb} MB to be read and extracted, and was stopped`
        : `extraction failed: ${(error as Error).message}`;
      throw new InputError(input, reason);
    } finally {
      if (thread.stopped) this.threads.delete(thread);
      else this.idle.push(thread);
    }
    if ('extracted' in answer) return answer.extracted;
    if ('inputError' in answer) throw new InputError(answer.inputError.input, answer.inputError.reason);
    throw new InputError(input, `extraction failed: ${answer.failure}`);
  });

  /** Starts a thread and has it load what extraction needs; resolves when it has (or failed to). */
  async warm(): Promise<void> {
    await this.extract(Buffer.from('Georgia and Armenia held talks in Tbilisi.'), 'warm-up.txt').catch(() => undefined);
  }

  private startThread(): ExtractionThread {
    const thread = new ExtractionThread(this.options.memoryMb);
    this.threads.add(thread);
    return thread;
  }

  async close(): Promise<void> {
    await Promise.all([...this.threads].map((thread) => thread.stop()));
    this.threads.clear();
    this.idle.length = 0;
  }
}
