// Extraction: one article in, one Record out. (Stub; the stages are being built.)
import { createHash } from 'node:crypto';
import type { Article } from '../ingest/article.ts';
import { RECORD_SCHEMA_ID, type Record } from '../record/schema.ts';
import { VERSION } from '../version.ts';

export function extractRecord(article: Article): Record {
  const sha256 = createHash('sha256').update(article.body).digest('hex');
  return {
    schema: RECORD_SCHEMA_ID,
    extractor: { name: 'bilat', version: VERSION },
    document: {
      id: `doc-${sha256.slice(0, 16)}`,
      file: article.file,
      source: article.source,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      language: article.language,
      sha256,
    },
    entities: [],
    events: [],
  };
}
