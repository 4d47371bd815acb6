// Extraction: one article in, one Record out, through named stages over one annotated
// document (see STYLE.md). The order is the data flow: each stage reads the layers of the
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
