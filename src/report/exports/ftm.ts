// The knowledge base as FollowTheMoney entities, the model Aleph loads (one JSON object a
// line: {id, schema, properties: {property: [strings]}}).
//
// How bilat's entities map: a country is the PublicBody of its state (FtM has no country
// entity; "country" properties take ISO 3166-1 alpha-2 codes); a person is a Person with
// nationality and positions; an organisation a PublicBody (government), Company or
// Organization; a place an Address; an instrument a Contract whose parties' states are its
// `authority`; an initiative a Project with a ProjectParticipant link per party state; a
// forum and an event are Events, an event `involved` with its participants and linked to
// its instruments, initiatives and forum by UnknownLink. Ids are derived from the
// knowledge-base ids, so a second export updates the same entities in Aleph.
import { createHash } from 'node:crypto';
import type { DocumentReference, EntitySummary, KnowledgeEvent } from '../../store/store.ts';
import { countryByCode } from '../../vocabulary/countries.ts';
import { geoOf, periodOf, roleText, textField, textListField } from './entity-fields.ts';
import { countryOf, rolesOf } from '../../record/knowledge.ts';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: { [property: string]: string[] };
}

const ID_SLUG_LENGTH = 60;

/** FtM ids are letters, digits, dots and hyphens; a hash of the whole id keeps two ids apart that fold to one slug. */
export function ftmId(knowledgeBaseId: string): string {
  const slug = knowledgeBaseId.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, ID_SLUG_LENGTH).replace(/^-+|-+$/g, '');
  const hash = createHash('sha1').update(knowledgeBaseId).digest('hex').slice(0, 10);
  return `bilat-${slug}-${hash}`;
}

/** The FtM id of a country's state, which event participants and instrument parties point to. */
export function countryFtmId(code: string): string {
  return ftmId(`country:${code}`);
}

type PropertyValues = readonly (string | number | undefined | null)[] | string | number | undefined | null;

/** An entity with its properties as FtM wants them: lists of non-empty strings; empty properties left out. */
function ftmEntity(id: string, schema: string, properties: { [property: string]: PropertyValues }): FtmEntity {
  const cleaned: { [property: string]: string[] } = {};
  for (const [property, value] of Object.entries(properties)) {
    const values = (Array.isArray(value) ? value : [value])
      .filter((item): item is string | number => item !== undefined && item !== null && item !== '')
      .map(String);
    if (values.length > 0) cleaned[property] = [...new Set(values)];
  }
  return { id, schema, properties: cleaned };
}

/** FtM's country type: ISO 3166-1 alpha-2, lower case. */
function iso2(code: string | undefined): string | undefined {
  return code ? countryByCode(code)?.iso2.toLowerCase() : undefined;
}

const isWebAddress = (text: string | null): text is string => text !== null && /^https?:\/\//i.test(text);

function sourceProperties(documents: readonly DocumentReference[]): { [property: string]: PropertyValues } {
  return {
    sourceUrl: documents.map((document) => document.source).filter(isWebAddress),
    publisher: documents.map((document) => document.outlet),
  };
}

/** The state of an ISO3 country, as the PublicBody that stands for it; undefined for a code no country has. */
export function countryBody(code: string): FtmEntity | undefined {
  const country = countryByCode(code);
  if (!country) return undefined;
  return ftmEntity(countryFtmId(code), 'PublicBody', {
    name: country.name,
    alias: country.officialName === country.name ? [] : [country.officialName],
    country: country.iso2.toLowerCase(),
  });
}

const ORGANIZATION_SCHEMA: { readonly [kind: string]: string } = { government: 'PublicBody', company: 'Company' };

/**
 * One knowledge-base entity as FtM entities: itself and the links FtM models as entities of
 * their own (a project's participants, a project's larger project). A country is left to
 * countryBody(), which also serves parties that are not stored as entities. `exported` holds
 * the knowledge-base ids of the entities the export holds (states as "country:ISO3"):
 * references to any other are left out.
 */
export function ftmEntities(entity: EntitySummary, sources: readonly DocumentReference[], exported: ReadonlySet<string>): FtmEntity[] {
  const id = ftmId(entity.id);
  const attributes = entity.attributes;
  const common = { name: entity.name, alias: entity.aliases, ...sourceProperties(sources) };
  // Entity ids in a field that holds one (part_of, place) or several (places).
  const references = (field: string) => {
    const single = textField(attributes, field);
    return (single ? [single] : textListField(attributes, field)).filter((reference) => exported.has(reference));
  };
  const parties = textListField(attributes, 'parties');
  const partyStates = parties.filter((code) => exported.has(`country:${code}`));
  switch (entity.type) {
    case 'country':
      return [];
    case 'person': {
      const roles = entity.attributes.roles;
      return [ftmEntity(id, 'Person', {
        ...common,
        nationality: iso2(textField(attributes, 'country')),
        country: [countryOf(entity), ...roles.map((role) => role.country)].map((code) => iso2(code)),
        position: roles.map(roleText),
      })];
    }
    case 'organization':
      return [ftmEntity(id, ORGANIZATION_SCHEMA[textField(attributes, 'kind') ?? ''] ?? 'Organization', {
        ...common,
        country: iso2(countryOf(entity)),
      })];
    case 'place': {
      const geo = geoOf(attributes);
      return [ftmEntity(id, 'Address', {
        full: entity.name,
        alias: entity.aliases,
        city: textField(attributes, 'kind') === 'city' ? entity.name : undefined,
        country: iso2(countryOf(entity)),
        latitude: geo?.lat,
        longitude: geo?.lon,
        ...sourceProperties(sources),
      })];
    }
    case 'instrument': {
      const period = periodOf(attributes);
      const periodText = period.start || period.end ? `period ${period.start ?? '?'} to ${period.end ?? '?'}` : undefined;
      return [ftmEntity(id, 'Contract', {
        ...common,
        title: entity.name,
        type: textField(attributes, 'kind'),
        status: textField(attributes, 'status'),
        authority: partyStates.map(countryFtmId),
        country: parties.map(iso2),
        summary: periodText,
      })];
    }
    case 'initiative': {
      const project = ftmEntity(id, 'Project', {
        ...common,
        status: textField(attributes, 'status'),
        keywords: textField(attributes, 'kind'),
        country: parties.map(iso2),
        addressEntity: references('places').map(ftmId),
      });
      const participants = partyStates.map((code) => ftmEntity(ftmId(`${entity.id}|participant|${code}`), 'ProjectParticipant', {
        participant: countryFtmId(code),
        project: id,
        role: 'party',
      }));
      const [partOf] = references('part_of');
      const larger = partOf ? [unknownLink(entity.id, partOf, 'part of')] : [];
      return [project, ...participants, ...larger];
    }
    case 'forum':
      return [ftmEntity(id, 'Event', {
        ...common,
        date: textField(attributes, 'date'),
        addressEntity: references('place').map(ftmId),
      })];
  }
}

function unknownLink(subjectId: string, objectId: string, role: string): FtmEntity {
  return ftmEntity(ftmId(`${subjectId}|${role}|${objectId}`), 'UnknownLink', { subject: ftmId(subjectId), object: ftmId(objectId), role });
}

/**
 * An event as an FtM Event `involved` with its participants, and UnknownLinks to its
 * instruments, initiatives and forum. `exported` holds the knowledge-base ids of the entities
 * the export holds (countries by "country:ISO3"): links to any other are left out.
 */
export function ftmEventEntities(event: KnowledgeEvent, exported: ReadonlySet<string>): FtmEntity[] {
  const inExport = <T extends { id: string }>(items: readonly T[]) => items.filter((item) => exported.has(item.id));
  const names = event.participants.filter((participant) => participant.type !== 'country').map((participant) => participant.name);
  const documents = event.sources.map((source) => source.document);
  const place = event.place && exported.has(event.place.id) ? event.place : undefined;
  const main = ftmEntity(ftmId(event.id), 'Event', {
    name: `${event.type}${names.length > 0 ? `: ${names.join(', ')}` : ''}${event.date ? ` (${event.date})` : ''}`,
    date: event.date,
    summary: event.sources[0]?.sentences.join(' '),
    involved: inExport(event.participants).map((participant) => ftmId(participant.id)),
    country: event.countries.map(iso2),
    location: event.place?.name,
    addressEntity: place ? ftmId(place.id) : undefined,
    keywords: [event.type, ...event.format, ...event.sectors],
    ...sourceProperties(documents),
  });
  const linked = [
    ...inExport(event.instruments).map((instrument) => unknownLink(event.id, instrument.id, 'instrument')),
    ...inExport(event.initiatives).map((initiative) => unknownLink(event.id, initiative.id, 'initiative')),
    ...(event.forum && exported.has(event.forum.id) ? [unknownLink(event.id, event.forum.id, 'forum')] : []),
  ];
  return [main, ...linked];
}
