// What runs in each thread of the article pool: one read or one extraction per task.
import type { Article } from '../../ingest/article.ts';
import { type ExtractOutcome, extractArticle, type ReadOutcome, readArticles } from '../../knowledge-base/article-workers.ts';

export type ArticleTask =
  | { kind: 'read'; bytes: Uint8Array; input: string }
  | { kind: 'extract'; article: Article };

export default async function runArticleTask(task: ArticleTask): Promise<ReadOutcome | ExtractOutcome> {
  return task.kind === 'read' ? readArticles(task.bytes, task.input) : extractArticle(task.article);
}
