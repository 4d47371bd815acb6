// The last step of extraction: the annotated document's layers become one Record, with
// entity ids and every mention and evidence span kept.
import { createHash } from 'node:crypto';
import type { AnnotatedDocument } from './annotated-document.ts';
import {
  RECORD_SCHEMA_ID, type Entity, type Event, type Figure, type Record, type Span,
} from '../record/schema.ts';
import { VERSION } from '../version.ts';
import { countryByCode } from '../vocabulary/countries.ts';
import { CAMEO_BY_STANCE, CAMEO_BY_TYPE } from './stages/events.ts';
import { SpanIndex } from './span-index.ts';

function slug(text: string): string {
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

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

export function documentIdentity(body: string): { id: string; sha256: string } {
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { id: `doc-${sha256.slice(0, 16)}`, sha256 };
}

export function buildRecord(doc: AnnotatedDocument): Record {
  const ids = new IdRegistry();
  const entities: Entity[] = [];
  const personIds: string[] = [];
  const byName = new Map<string, string>();

  const countries = new Map<string, Entity & { type: 'country' }>();
  const countryEntity = (code: string): Entity & { type: 'country' } => {
    let entity = countries.get(code);
    if (!entity) {
      entity = { id: `country:${code}`, type: 'country', code, name: countryByCode(code)?.name ?? code, aliases: [], mentions: [] };
      countries.set(code, entity);
      entities.push(entity);
    }
    return entity;
  };

  for (const m of doc.countries) {
    if (m.insideName) continue;
    const entity = countryEntity(m.code);
    entity.mentions.push({ start: m.start, end: m.end });
    const surface = doc.article.body.slice(m.start, m.end);
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  }

  const mentionsOf = doc.persons.map((): Span[] => []);
  for (const m of doc.personMentions) mentionsOf[m.person].push({ start: m.start, end: m.end });
  doc.persons.forEach((person, index) => {
    const id = ids.next('person', person.name);
    personIds[index] = id;
    const mentions = mentionsOf[index];
    entities.push({
      id, type: 'person', name: person.name, aliases: person.aliases, mentions: uniqueSpans(mentions.length ? mentions : [person.firstMention]),
      ...(person.country ? { country: person.country } : {}),
      roles: person.roles.map((r) => ({ title: r.title, ...(r.country ? { country: r.country } : {}), ...(r.organization ? { organization: r.organization } : {}) })),
    });
  });

  const organizations = new Map<string, Entity & { type: 'organization' }>();
  for (const o of doc.organizations) {
    const existing = organizations.get(o.name);
    if (existing) {
      existing.mentions.push({ start: o.start, end: o.end });
      for (const a of o.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      continue;
    }
    const entity: Entity & { type: 'organization' } = {
      id: ids.next('org', o.name), type: 'organization', name: o.name, aliases: [...o.aliases], mentions: [{ start: o.start, end: o.end }],
      ...(o.kind ? { kind: o.kind } : {}), ...(o.country ? { country: o.country } : {}),
    };
    organizations.set(o.name, entity);
    byName.set(`organization:${o.name}`, entity.id);
    entities.push(entity);
  }

  // A region named only inside the name of a project or body ("Maghreb–Europe Gas Pipeline") is not a place of the article.
  const names = new SpanIndex<Span>([...doc.initiatives.flatMap((i) => i.mentions), ...doc.forums.flatMap((f) => f.mentions), ...doc.organizations]);
  const regionsNamedOutside = new Set(doc.places.filter((p) => p.kind === 'region' && names.containing(p.start, p.end).length === 0).map((p) => p.name));
  const places = new Map<string, Entity & { type: 'place' }>();
  for (const p of doc.places) {
    if (p.kind === 'region' && !regionsNamedOutside.has(p.name)) continue;
    const existing = places.get(p.name);
    if (existing) {
      existing.mentions.push({ start: p.start, end: p.end });
      continue;
    }
    const entity: Entity & { type: 'place' } = {
      id: ids.next('place', p.name), type: 'place', name: p.name, aliases: [], mentions: [{ start: p.start, end: p.end }],
      ...(p.kind ? { kind: p.kind } : {}), ...(p.country ? { country: p.country } : {}), ...(p.geo ? { geo: p.geo } : {}),
    };
    places.set(p.name, entity);
    byName.set(`place:${p.name}`, entity.id);
    entities.push(entity);
  }

  for (const i of doc.instruments) {
    const id = ids.next('instrument', i.name);
    byName.set(`instrument:${i.name}`, id);
    entities.push({
      id, type: 'instrument', name: i.name, aliases: i.aliases, mentions: uniqueSpans(i.mentions), kind: i.kind, status: i.status,
      ...(i.period ? { period: i.period } : {}), parties: i.parties,
    });
  }
  for (const i of doc.initiatives) {
    const id = ids.next('initiative', i.name);
    byName.set(`initiative:${i.name}`, id);
  }
  for (const i of doc.initiatives) {
    const partOf = i.partOf ? byName.get(`initiative:${i.partOf}`) : undefined;
    const placeIds = i.places.map((p) => byName.get(`place:${p}`)).filter((p): p is string => p !== undefined);
    entities.push({
      id: byName.get(`initiative:${i.name}`)!, type: 'initiative', name: i.name, aliases: i.aliases, mentions: uniqueSpans(i.mentions),
      kind: i.kind, status: i.status, parties: [],
      ...(partOf ? { part_of: partOf } : {}), ...(placeIds.length ? { places: placeIds } : {}),
    });
  }
  for (const f of doc.forums) {
    const id = ids.next('forum', f.name);
    byName.set(`forum:${f.name}`, id);
    const place = f.place ? byName.get(`place:${f.place}`) : undefined;
    entities.push({
      id, type: 'forum', name: f.name, aliases: f.aliases, mentions: uniqueSpans(f.mentions),
      ...(f.date ? { date: f.date } : {}), ...(place ? { place } : {}),
    });
  }

  const events: Event[] = doc.events.map((e, index) => {
    const participants = [
      ...e.persons.map((p) => personIds[p]),
      ...e.countries.map((c) => countryEntity(c).id),
      ...e.organizations.map((o) => byName.get(`organization:${o}`)).filter((id): id is string => id !== undefined),
    ];
    const instruments = e.instruments.map((n) => byName.get(`instrument:${n}`)).filter((id): id is string => id !== undefined);
    const initiatives = e.initiatives.map((n) => byName.get(`initiative:${n}`)).filter((id): id is string => id !== undefined);
    const forum = e.forum ? byName.get(`forum:${e.forum}`) : undefined;
    const place = e.place ? byName.get(`place:${e.place}`) : undefined;
    const cameo = e.stance ? CAMEO_BY_STANCE[e.stance] : CAMEO_BY_TYPE[e.type];
    return {
      id: `event:${index + 1}`, type: e.type, date: e.date,
      ...(e.dateText ? { date_text: e.dateText } : {}),
      participants: [...new Set(participants)],
      ...(place ? { place } : {}),
      ...(instruments.length ? { instruments } : {}),
      ...(initiatives.length ? { initiatives } : {}),
      ...(forum ? { forum } : {}),
      ...(e.format.length ? { format: e.format } : {}),
      sectors: e.sectors,
      ...(e.stance ? { stance: e.stance } : {}),
      ...(cameo ? { cameo } : {}),
      evidence: uniqueSpans(e.evidence),
    };
  });

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
    entities,
    events,
    ...(figures.length ? { figures } : {}),
  };
}
