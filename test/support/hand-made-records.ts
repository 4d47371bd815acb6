// Records written by hand for store tests that must control exactly what a document reports
// (a status, a country, a date), independent of what extraction would find.
import { documentIdentity } from '../../src/extract/build-record.ts';
import type { Article } from '../../src/read/article.ts';
import { RECORD_SCHEMA_ID, type Entity, type Event, type Record } from '../../src/record/schema.ts';
import type { ExtractedArticle } from '../../src/store/store.ts';
import { VERSION } from '../../src/version.ts';

/** Omit applied to each member of a union, so that each entity type keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type HandMadeEntity = OmitEach<Entity, 'mentions' | 'aliases'> & { aliases?: string[] };
export type HandMadeEvent = Omit<Event, 'evidence' | 'sectors'> & { sectors?: Event['sectors'] };

/** An article with the given body and the facts given, each spanning the whole body. */
export function handMadeArticle(
  body: string,
  published: string | null,
  facts: { entities: HandMadeEntity[]; events?: HandMadeEvent[] },
): ExtractedArticle {
  const { id, sha256 } = documentIdentity(body);
  const whole = [{ start: 0, end: body.length }];
  const article: Article = { file: `${id}.txt`, published, language: 'en', body };
  const record: Record = {
    schema: RECORD_SCHEMA_ID,
    extractor: { name: 'bilat', version: VERSION },
    document: { id, file: article.file, published, language: 'en', sha256 },
    entities: facts.entities.map((entity) => ({ aliases: [], ...entity, mentions: whole }) as Entity),
    events: (facts.events ?? []).map((event) => ({ sectors: [], ...event, evidence: whole })),
  };
  return { article, record };
}
