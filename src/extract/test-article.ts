// Builds an article from a few sentences, for the stage tests.
import type { Article } from '../read/article.ts';
import { annotate } from './pipeline.ts';
import type { AnnotatedDocument } from './annotated-document.ts';

export function article(body: string, published: string | null = null): Article {
  return { file: 'test.txt', body, published, language: 'en' };
}

export function annotateText(body: string, published: string | null = null): AnnotatedDocument {
  return annotate(article(body, published));
}
