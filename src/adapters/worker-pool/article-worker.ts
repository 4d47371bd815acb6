// What runs in each thread of the article pool: one read or one extraction per task. The
// thread extracts a sentence before it takes work, so that loading the vocabularies is never
// counted against an input's time.
import type { MessagePort } from 'node:worker_threads';
import type { Article } from '../../read/article.ts';
import { type ExtractOutcome, extractArticle, type ReadOutcome, readArticles } from '../../ingest/article-workers.ts';

export type ArticleTask =
  | { kind: 'read'; bytes: Uint8Array; input: string }
  | { kind: 'extract'; article: Article };

/** A task as the pool sends it: with the port on which the thread says it has begun. */
export type PooledTask = ArticleTask & { started: MessagePort };

extractArticle({ file: 'warm-up', published: null, language: 'en', body: 'The foreign ministers of two countries met in the capital on Monday.' });

export default async function runArticleTask(task: PooledTask): Promise<ReadOutcome | ExtractOutcome> {
  task.started.postMessage(null);
  task.started.close();
  return task.kind === 'read' ? readArticles(task.bytes, task.input) : extractArticle(task.article);
}
