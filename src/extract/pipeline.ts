// Extraction: one article in, one Record out, through named stages over one annotated
// document (see STYLE.md); several articles at once stage by stage (extractRecords). The order is the data flow: each stage reads the layers of the
// stages before it.
import type { Article } from '../read/article.ts';
import type { Record } from '../record/schema.ts';
import { type AnnotatedDocument, createAnnotatedDocument } from './annotated-document.ts';
import type { Stage } from './stage.ts';
import { buildRecord } from './build-record.ts';
import { normaliseTextStage } from './stages/normalise-text.ts';
import { sentencesAndTokensStage } from './stages/sentences-and-tokens.ts';
import { gazetteerStage } from './stages/gazetteer.ts';
import { venuesStage } from './stages/venues.ts';
import { outletCountryStage } from './stages/outlet-country.ts';
import { organizationsStage } from './stages/organizations.ts';
import { titlesStage } from './stages/titles.ts';
import { datesStage } from './stages/dates.ts';
import { peopleStage } from './stages/people/index.ts';
import { instrumentsStage } from './stages/instruments.ts';
import { initiativesStage } from './stages/initiatives.ts';
import { forumsStage } from './stages/forums.ts';
import { figuresStage } from './stages/figures.ts';
import { coreferenceStage } from './stages/coreference.ts';
import { personCountriesStage } from './stages/person-countries.ts';
import { eventsStage } from './stages/events/index.ts';

export const STAGES: readonly Stage[] = [
  normaliseTextStage,
  sentencesAndTokensStage,
  gazetteerStage,
  venuesStage,
  outletCountryStage,
  organizationsStage,
  titlesStage,
  datesStage,
  peopleStage,
  instrumentsStage,
  initiativesStage,
  forumsStage,
  figuresStage,
  coreferenceStage,
  personCountriesStage,
  eventsStage,
];

/** Runs every stage and returns the annotated document (for tests and tools that score one stage). */
export function annotate(article: Article): AnnotatedDocument {
  const doc = createAnnotatedDocument(article);
  for (const stage of STAGES) stage.run(doc);
  return doc;
}

export function extractRecord(article: Article): Record {
  return buildRecord(annotate(article));
}

/** One article's Record, or the error that stopped its extraction. */
export type RecordOrFailure = { ok: true; record: Record } | { ok: false; error: unknown };

/**
 * The Records of several articles, the same as extractRecord gives each. Each stage runs over
 * every document before the next stage starts (as spaCy's nlp.pipe does): a stage's vocabulary
 * and code stay in the processor's caches from one document to the next, which takes about a
 * quarter off the time of extracting the documents one after another (`npm run bench --
 * extraction`). A stage that throws on one document stops that document alone.
 */
export function extractRecords(articles: readonly Article[], stages: readonly Stage[] = STAGES): RecordOrFailure[] {
  const docs = articles.map(createAnnotatedDocument);
  const errors: unknown[] = new Array(docs.length);
  const failed = new Uint8Array(docs.length);
  for (const stage of stages) {
    docs.forEach((doc, i) => {
      if (failed[i]) return;
      try {
        stage.run(doc);
      } catch (error) {
        failed[i] = 1;
        errors[i] = error;
      }
    });
  }
  return docs.map((doc, i): RecordOrFailure => {
    if (failed[i]) return { ok: false, error: errors[i] };
    try {
      return { ok: true, record: buildRecord(doc) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}
