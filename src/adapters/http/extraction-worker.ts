// The thread an ExtractionPool runs: reads each input it is sent into articles and extracts
// each article's Record, answering with them or with why the input could not be read.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../../ingest/article.ts';
import { readArticlesFromBytes } from '../../ingest/read-inputs.ts';
import { extractRecord } from '../../extract/pipeline.ts';
import { withGivenMetadata } from '../../knowledge-base/ingest-queue.ts';
import type { ExtractionAnswer, ExtractionTask } from './off-thread-extraction.ts';

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs as a worker thread of an ExtractionPool');

port.on('message', async ({ id, bytes, input, given }: ExtractionTask) => {
  let answer: ExtractionAnswer;
  try {
    const articles = await readArticlesFromBytes(bytes, input);
    answer = { id, extracted: articles.map((article) => withGivenMetadata(article, given)).map((article) => ({ article, record: extractRecord(article) })) };
  } catch (error) {
    answer = error instanceof InputError
      ? { id, inputError: { input: error.input, reason: error.reason } }
      : { id, failure: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
