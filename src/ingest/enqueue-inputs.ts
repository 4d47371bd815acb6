// Ingest handed to workers: each input the user names becomes one job — a file's bytes, or an
// http(s) address for the worker to fetch — sent in chunks so that thousands of files never
// sit in memory at once. An input that cannot even be read here fails as `bilat ingest` fails it.
import { InputError } from '../read/article.ts';
import { readInputBytes, type ReadOptions } from '../read/read-inputs.ts';
import { isUrlInput } from '../read/read-url.ts';
import type { DocumentWriter } from '../store/store.ts';
import { articleJob, type IngestJob, type IngestQueue, urlJob } from './ingest-queue.ts';

/** A chunk is sent when it holds this many jobs or this many bytes, whichever comes first. */
const CHUNK_JOBS = 200;
const CHUNK_BYTES = 16 * 1024 * 1024;

export interface EnqueueSummary {
  inputs: number;
  queued: number;
  failed: number;
  jobIds: string[];
}

export interface EnqueueOptions {
  readOptions?: Pick<ReadOptions, 'maxBytes' | 'stdin'>;
  /** Each input that could not be read, with why; it is recorded in the store too. */
  onFailure?: (input: string, reason: string) => void;
  /** Each chunk of jobs, once queued. */
  onQueued?: (count: number) => void;
}

export async function enqueueInputs(queue: IngestQueue, store: DocumentWriter, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { inputs: inputs.length, queued: 0, failed: 0, jobIds: [] };
  let chunk: IngestJob[] = [];
  let chunkBytes = 0;
  const send = async () => {
    if (chunk.length === 0) return;
    const ids = await queue.enqueue(chunk);
    summary.jobIds.push(...ids);
    summary.queued += ids.length;
    options.onQueued?.(ids.length);
    chunk = [];
    chunkBytes = 0;
  };

  for (const input of inputs) {
    if (isUrlInput(input)) {
      chunk.push(urlJob(input));
    } else {
      let bytes: Buffer;
      try {
        bytes = await readInputBytes(input, options.readOptions);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        await store.recordFailure(error.input, error.reason);
        summary.failed++;
        options.onFailure?.(error.input, error.reason);
        continue;
      }
      chunk.push(articleJob(input, bytes));
      chunkBytes += bytes.length;
    }
    if (chunk.length >= CHUNK_JOBS || chunkBytes >= CHUNK_BYTES) await send();
  }
  await send();
  return summary;
}
