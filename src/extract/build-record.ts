// The last step of extraction: the annotated document's layers become one Record, with
// entity ids and every mention and evidence span kept.
import { createHash } from 'node:crypto';
import type { AnnotatedDocument, EventCandidate } from './annotated-document.ts';
import {
  RECORD_SCHEMA_ID, type Entity, type Event, type Figure, type Record, type Span,
} from '../record/schema.ts';
import { cameoCodeOf } from '../record/model.ts';
import { VERSION } from '../version.ts';
import { countryByCode } from '../vocabulary/countries.ts';
import { SpanIndex } from './span-index.ts';

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

function isLowerCaseLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Lower-case letters and digits, each other run of characters one hyphen, none at either end. */
export function slug(text: string): string {
  // Names in plain ASCII, most of them, need neither decomposition nor the regular expressions.
  if (!PRINTABLE_ASCII.test(text)) return slugOfAnyText(text);
  // The runs of letters and digits are joined whole, not character by character.
  const lower = text.toLowerCase();
  let result = '';
  for (let i = 0; i < lower.length;) {
    while (i < lower.length && !isLowerCaseLetterOrDigit(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < lower.length && isLowerCaseLetterOrDigit(lower.charCodeAt(i))) i++;
    if (i > start) result = result.length === 0 ? lower.slice(start, i) : `${result}-${lower.slice(start, i)}`;
  }
  return result.slice(0, 48) || 'x';
}

function slugOfAnyText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'x';
}

/** Hands out ids that are stable for the same name and unique within the record. */
class IdRegistry {
  private readonly used = new Set<string>();
  next(prefix: string, name: string): string {
    const base = `${prefix}:${slug(name)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

function isInTextOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/** The spans in text order, each place once (its first span in the list kept). */
export function uniqueSpans(spans: readonly Span[]): Span[] {
  // The sort is stable: spans that start together keep their order, so the first of equal spans leads its run.
  // Most lists come in text order already, and need no sort.
  const sorted = isInTextOrder(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
  const unique: Span[] = [];
  let runStart = 0;
  for (const span of sorted) {
    if (unique.length === 0 || unique[unique.length - 1].start !== span.start) runStart = unique.length;
    let seen = false;
    for (let k = runStart; k < unique.length && !seen; k++) seen = unique[k].end === span.end;
    if (!seen) unique.push(span);
  }
  return unique;
}

export function documentIdentity(body: string): { id: string; sha256: string } {
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { id: `doc-${sha256.slice(0, 16)}`, sha256 };
}

type CountryEntity = Entity & { type: 'country' };

/** The kinds of entity that others refer to by name. */
const ID_KINDS = ['organization', 'place', 'instrument', 'initiative', 'forum'] as const;
type IdKind = (typeof ID_KINDS)[number];

/**
 * The entities of one record as they are made, kind after kind, with the ids that events and
 * other entities refer to them by. One method a kind keeps each a small function of its own.
 */
class EntityList {
  readonly entities: Entity[] = [];
  /** The person entity ids, by index into the document's persons. */
  readonly personIds: string[] = [];
  /** Entity ids by kind, then by name. */
  private readonly byName = new Map<IdKind, Map<string, string>>(ID_KINDS.map((kind) => [kind, new Map()]));
  private readonly ids = new IdRegistry();
  private readonly countries = new Map<string, CountryEntity>();

  constructor(private readonly doc: AnnotatedDocument) {}

  idOf(kind: IdKind, name: string): string | undefined {
    return this.byName.get(kind)!.get(name);
  }

  private setId(kind: IdKind, name: string, id: string): void {
    this.byName.get(kind)!.set(name, id);
  }

  /** A country's entity, made on first use: events may name countries the text does not. */
  country(code: string): CountryEntity {
    let entity = this.countries.get(code);
    if (!entity) {
      entity = { id: `country:${code}`, type: 'country', code, name: countryByCode(code)?.name ?? code, aliases: [], mentions: [] };
      this.countries.set(code, entity);
      this.entities.push(entity);
    }
    return entity;
  }

  addCountries(): void {
    for (const m of this.doc.countries) {
      if (m.insideName) continue;
      const entity = this.country(m.code);
      entity.mentions.push({ start: m.start, end: m.end });
      const surface = this.doc.article.body.slice(m.start, m.end);
      if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    }
  }

  addPersons(): void {
    const mentionsOf = this.doc.persons.map((): Span[] => []);
    for (const m of this.doc.personMentions) mentionsOf[m.person].push({ start: m.start, end: m.end });
    this.doc.persons.forEach((person, index) => {
      const id = this.ids.next('person', person.name);
      this.personIds[index] = id;
      const mentions = mentionsOf[index];
      this.entities.push({
        id, type: 'person', name: person.name, aliases: person.aliases, mentions: uniqueSpans(mentions.length ? mentions : [person.firstMention]),
        ...(person.country ? { country: person.country } : {}),
        roles: person.roles.map((r) => ({ title: r.written ?? r.title, ...(r.country ? { country: r.country } : {}), ...(r.organization ? { organization: r.organization } : {}) })),
      });
    });
  }

  addOrganizations(): void {
    const organizations = new Map<string, Entity & { type: 'organization' }>();
    for (const o of this.doc.organizations) {
      const existing = organizations.get(o.name);
      if (existing) {
        existing.mentions.push({ start: o.start, end: o.end });
        for (const a of o.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
        continue;
      }
      const entity: Entity & { type: 'organization' } = {
        id: this.ids.next('org', o.name), type: 'organization', name: o.name, aliases: [...o.aliases], mentions: [{ start: o.start, end: o.end }],
        ...(o.kind ? { kind: o.kind } : {}), ...(o.country ? { country: o.country } : {}),
      };
      organizations.set(o.name, entity);
      this.setId('organization', o.name, entity.id);
      this.entities.push(entity);
    }
  }

  addPlaces(): void {
    const doc = this.doc;
    // A region named only inside the name of a project or body ("Maghreb–Europe Gas Pipeline") is not a place of the article.
    const regions = doc.places.filter((p) => p.kind === 'region');
    const regionsNamedOutside = new Set<string>();
    // The names are indexed only for a document that names a region.
    if (regions.length > 0) {
      const names = new SpanIndex<Span>([...doc.initiatives.flatMap((i) => i.mentions), ...doc.forums.flatMap((f) => f.mentions), ...doc.organizations]);
      for (const p of regions) if (names.containing(p.start, p.end).length === 0) regionsNamedOutside.add(p.name);
    }
    const places = new Map<string, Entity & { type: 'place' }>();
    for (const p of doc.places) {
      if (p.kind === 'region' && !regionsNamedOutside.has(p.name)) continue;
      const existing = places.get(p.name);
      if (existing) {
        existing.mentions.push({ start: p.start, end: p.end });
        continue;
      }
      const entity: Entity & { type: 'place' } = {
        id: this.ids.next('place', p.name), type: 'place', name: p.name, aliases: [], mentions: [{ start: p.start, end: p.end }],
        ...(p.kind ? { kind: p.kind } : {}), ...(p.country ? { country: p.country } : {}), ...(p.geo ? { geo: p.geo } : {}),
      };
      places.set(p.name, entity);
      this.setId('place', p.name, entity.id);
      this.entities.push(entity);
    }
  }

  addInstruments(): void {
    for (const i of this.doc.instruments) {
      const id = this.ids.next('instrument', i.name);
      this.setId('instrument', i.name, id);
      this.entities.push({
        id, type: 'instrument', name: i.name, aliases: i.aliases, mentions: uniqueSpans(i.mentions), kind: i.kind, status: i.status,
        ...(i.period ? { period: i.period } : {}), parties: i.parties,
      });
    }
  }

  addInitiatives(): void {
    // Ids first: an initiative may be part of one named after it.
    for (const i of this.doc.initiatives) this.setId('initiative', i.name, this.ids.next('initiative', i.name));
    for (const i of this.doc.initiatives) {
      const partOf = i.partOf ? this.idOf('initiative', i.partOf) : undefined;
      const placeIds = i.places.map((p) => this.idOf('place', p)).filter((p): p is string => p !== undefined);
      this.entities.push({
        id: this.idOf('initiative', i.name)!, type: 'initiative', name: i.name, aliases: i.aliases, mentions: uniqueSpans(i.mentions),
        kind: i.kind, status: i.status, parties: [],
        ...(partOf ? { part_of: partOf } : {}), ...(placeIds.length ? { places: placeIds } : {}),
      });
    }
  }

  addForums(): void {
    for (const f of this.doc.forums) {
      const id = this.ids.next('forum', f.name);
      this.setId('forum', f.name, id);
      const place = f.place ? this.idOf('place', f.place) : undefined;
      this.entities.push({
        id, type: 'forum', name: f.name, aliases: f.aliases, mentions: uniqueSpans(f.mentions),
        ...(f.date ? { date: f.date } : {}), ...(place ? { place } : {}),
      });
    }
  }
}

function idsOf(entities: EntityList, kind: IdKind, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const id = entities.idOf(kind, name);
    if (id !== undefined) found.push(id);
  }
  return found;
}

/** An event's participants (or targets), people first, then countries and organisations, each once. */
function participantIds(named: { persons: number[]; countries: string[]; organizations?: string[] }, entities: EntityList): string[] {
  const ids = new Set<string>();
  for (const p of named.persons) ids.add(entities.personIds[p]);
  for (const c of named.countries) ids.add(entities.country(c).id);
  for (const id of idsOf(entities, 'organization', named.organizations ?? [])) ids.add(id);
  return [...ids];
}

function eventRecord(e: EventCandidate, index: number, entities: EntityList): Event {
  const participants = participantIds(e, entities);
  // Whom a statement is directed at, less those who took part.
  const targets = e.targets ? participantIds(e.targets, entities).filter((id) => !participants.includes(id)) : [];
  const instruments = idsOf(entities, 'instrument', e.instruments);
  const initiatives = idsOf(entities, 'initiative', e.initiatives);
  const forum = e.forum ? entities.idOf('forum', e.forum) : undefined;
  const place = e.place ? entities.idOf('place', e.place) : undefined;
  const cameo = cameoCodeOf(e.type, e.stance);
  return {
    id: `event:${index + 1}`, type: e.type, date: e.date,
    ...(e.dateText ? { date_text: e.dateText } : {}),
    participants,
    ...(place ? { place } : {}),
    ...(instruments.length ? { instruments } : {}),
    ...(initiatives.length ? { initiatives } : {}),
    ...(forum ? { forum } : {}),
    ...(e.format.length ? { format: e.format } : {}),
    sectors: e.sectors,
    ...(e.stance ? { stance: e.stance } : {}),
    ...(targets.length ? { targets } : {}),
    ...(cameo ? { cameo } : {}),
    evidence: uniqueSpans(e.evidence),
  };
}

export function buildRecord(doc: AnnotatedDocument): Record {
  const entities = new EntityList(doc);
  entities.addCountries();
  entities.addPersons();
  entities.addOrganizations();
  entities.addPlaces();
  entities.addInstruments();
  entities.addInitiatives();
  entities.addForums();
  const events: Event[] = doc.events.map((e, index) => eventRecord(e, index, entities));

  const figures: Figure[] = doc.figures.map((f, index) => ({
    id: `figure:${index + 1}`, value: f.value, unit: f.unit, text: f.text, evidence: [{ start: f.start, end: f.end }],
  }));

  const { id, sha256 } = documentIdentity(doc.article.body);
  const article = doc.article;
  return {
    schema: RECORD_SCHEMA_ID,
    extractor: { name: 'bilat', version: VERSION },
    document: {
      id, ...(article.file ? { file: article.file } : {}), ...(article.source ? { source: article.source } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}), ...(article.title ? { title: article.title } : {}),
      published: doc.published, language: article.language, sha256,
    },
    entities: entities.entities,
    events,
    ...(figures.length ? { figures } : {}),
  };
}
