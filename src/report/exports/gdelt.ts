// CAMEO-coded events as tab-separated values in the columns of GDELT's event table, for the
// tools of political event data. One row per report of an event (an event with three sources
// is three rows sharing GLOBALEVENTID), so that every row's offsets point into its document.
//
// Differences from GDELT: dates may be partial (SQLDATE is then the first day it can mean,
// and DatePrecision says "month" or "year"); country codes are ISO 3166-1 alpha-3 throughout
// (GDELT's geography uses FIPS); events without a CAMEO code or a date are left out.
//
// Actors: the event's participants that have a country, people first (who met whom), then
// countries and organisations. Actor1 is the first of them, Actor2 the first from another
// country, else the first target of another country (the one a statement praises or condemns). The actor code is the country's ISO3, followed for an official (a person with a
// known office) or a government body by GOV, for a company by BUS, for a media outlet by
// MED; an international organisation is IGO with no country. Places and instruments are
// never actors.
import { partialDateBounds } from '../../record/partial-date.ts';
import { cameoQuadClass, cameoRootCode, goldsteinScale } from '../../query/goldstein.ts';
import type { EntitySummary, EventParticipant, EventSource, KnowledgeEvent } from '../../store/store.ts';
import { geoOf, textField } from './entity-fields.ts';
import { countryOf, rolesOf } from '../../record/knowledge.ts';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'DatePrecision',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumSources',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long',
  'SOURCEURL', 'DocumentId', 'SentenceOffsets',
] as const;

export interface GdeltActor {
  code: string;
  name: string;
  /** ISO3; empty for an international organisation. */
  country: string;
}

const ORGANIZATION_ROLE_CODES: { readonly [kind: string]: string } = { government: 'GOV', company: 'BUS', media: 'MED' };

/** The participant as a CAMEO actor; undefined when it has no country to code it by. */
export function gdeltActor(participant: EventParticipant, entity: EntitySummary | undefined): GdeltActor | undefined {
  const attributes = entity?.attributes ?? {};
  const kind = textField(attributes, 'kind');
  if (participant.type === 'organization' && kind === 'international') return { code: 'IGO', name: participant.name, country: '' };
  const country = entity ? countryOf(entity) : undefined;
  if (!country) return undefined;
  if (participant.type === 'country') return { code: country, name: participant.name, country };
  if (participant.type === 'person') {
    const official = entity !== undefined && rolesOf(entity).length > 0;
    return { code: `${country}${official ? 'GOV' : ''}`, name: participant.name, country };
  }
  if (participant.type === 'organization') return { code: `${country}${ORGANIZATION_ROLE_CODES[kind ?? ''] ?? ''}`, name: participant.name, country };
  return undefined;
}

function actorsOf(participants: readonly EventParticipant[], entityById: ReadonlyMap<string, EntitySummary>): GdeltActor[] {
  return participants.map((participant) => gdeltActor(participant, entityById.get(participant.id))).filter((actor) => actor !== undefined);
}

/** Actor1 and, when a participant or else a target of another country is named, Actor2. */
function mainActors(event: KnowledgeEvent, entityById: ReadonlyMap<string, EntitySummary>): [GdeltActor?, GdeltActor?] {
  const [first, ...others] = actorsOf(event.participants, entityById);
  if (!first) return [];
  const otherCountry = (actor: GdeltActor) => actor.country !== first.country;
  return [first, others.find(otherCountry) ?? actorsOf(event.targets, entityById).find(otherCountry)];
}

/** Tabs and line breaks would split a cell. */
function cell(value: string | number | undefined | null): string {
  return value === undefined || value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** A cell of text read from an article (a name, an address), never taken for a formula by a spreadsheet. */
function textCell(value: string | undefined): string | undefined {
  return value === undefined ? undefined : spreadsheetSafe(value);
}

function tsvLine(cells: readonly (string | number | undefined | null)[]): string {
  return `${cells.map(cell).join('\t')}\n`;
}

export function gdeltHeader(): string {
  return tsvLine(GDELT_COLUMNS);
}

const DATE_PRECISION = ['year', 'month', 'day'] as const;

/** The event's rows, one per source (one with empty source columns for an event added by hand); none without a CAMEO code or a date. */
export function gdeltRows(event: KnowledgeEvent, entityById: ReadonlyMap<string, EntitySummary>): string[] {
  const { cameo, date } = event;
  if (cameo === null || date === null) return [];
  const [actor1, actor2] = mainActors(event, entityById);
  const place = event.place ? entityById.get(event.place.id) : undefined;
  const geo = place ? geoOf(place.attributes) : undefined;
  const sources: (EventSource | undefined)[] = event.sources.length > 0 ? event.sources : [undefined];
  return sources.map((source) => tsvLine([
    event.id,
    partialDateBounds(date).start.replaceAll('-', ''),
    DATE_PRECISION[date.split('-').length - 1],
    actor1?.code, textCell(actor1?.name), actor1?.country,
    actor2?.code, textCell(actor2?.name), actor2?.country,
    cameo,
    cameo.slice(0, 3),
    cameoRootCode(cameo),
    cameoQuadClass(cameo),
    goldsteinScale(cameo)?.toFixed(1),
    event.sources.length,
    textCell(event.place?.name),
    place ? countryOf(place) : undefined,
    geo?.lat,
    geo?.lon,
    textCell(source?.document.source ?? undefined),
    source?.document.id,
    source?.evidence.map((span) => `${span.start}-${span.end}`).join(','),
  ]));
}
