// What the knowledge base says of an entity, from everything its documents said: the most
// reported kind and country, every party and place, each role held from its earliest to its
// latest dated mention, and the status of the latest dated evidence (signed in one
// article, ratified in a later one).
//
// The reports are first tallied: per field, each value with how many reports gave it and the
// last that did; per role its span; per status the days it was reported.
// Tallies combine in any order and grouping with the same result, so the store keeps one per
// entity and adds a batch's reports to it instead of reading every earlier report again.
import type { RoleOverTime } from '../record/knowledge.ts';
import { INITIATIVE_STATUS_MODEL, INSTRUMENT_STATUS_MODEL } from '../record/model.ts';
import type { EntityType } from '../record/schema.ts';

/** One document's report of the entity: its attributes and the day the document was published. */
export interface DatedReport {
  attributes: { readonly [field: string]: unknown };
  published: string | null;
  /** Orders reports published on the same day (the store gives the document and local entity id); '' when there is none. */
  source?: string;
}

export interface StatusEvidence {
  status: string;
  /** The publication date of the document that says so. */
  date: string | null;
}

/** Where a report stands among all reports of an entity: by publication (undated first), then by source. */
interface ReportPosition {
  published: string | null;
  source: string;
}

interface ValueTally {
  value: unknown;
  count: number;
  /** The latest report that gave the value. */
  last: ReportPosition;
}

interface RoleTally extends RoleOverTime {
  /** The report whose spelling of the title is kept. */
  first: ReportPosition;
}

/** Everything the merge needs of an entity's reports, in a JSON value whose size grows with the distinct values reported, not with the reports. */
export interface AttributeTally {
  /** Per field (roles and status aside), each value reported, under its JSON text with object keys sorted. */
  values: { [field: string]: { [valueKey: string]: ValueTally } };
  /** Per role (title in lower case, country, organization), its span. */
  roles: { [roleKey: string]: RoleTally };
  /** Per status, the distinct publication days of the reports that give it, in order. */
  statusDays: { [status: string]: (string | null)[] };
}

/** Fields the tally keeps in its own form rather than as values. */
const SEPARATELY_TALLIED_FIELDS = ['roles', 'status'];

/** A kind of entity's statuses in lifecycle order (data/model/): on one day, the later stage wins (an article about a ratification also says it was signed). */
interface Lifecycle {
  order: readonly string[];
  unreported: string;
  /** The status a later report can bring the entity back from (an expired text renewed); null when there is none. */
  lapsed: string | null;
}

const INSTRUMENT_LIFECYCLE: Lifecycle = {
  order: INSTRUMENT_STATUS_MODEL.statuses.map((s) => s.name),
  unreported: INSTRUMENT_STATUS_MODEL.unreported,
  lapsed: INSTRUMENT_STATUS_MODEL.lapsed,
};
const INITIATIVE_LIFECYCLE: Lifecycle = {
  order: INITIATIVE_STATUS_MODEL.statuses.map((s) => s.name),
  unreported: INITIATIVE_STATUS_MODEL.unreported,
  lapsed: null,
};

function byPublication(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: ReportPosition, b: ReportPosition): number {
  return byPublication(a.published, b.published) || byCodeUnits(a.source, b.source);
}

function earliestPosition(a: ReportPosition, b: ReportPosition): ReportPosition {
  return byPosition(a, b) <= 0 ? a : b;
}

function latestPosition(a: ReportPosition, b: ReportPosition): ReportPosition {
  return byPosition(a, b) >= 0 ? a : b;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** A value's JSON text with object keys sorted, so that one value has one key however its object was built or stored. */
function valueKey(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => byCodeUnits(a, b)))
      : item);
}

function emptyTally(): AttributeTally {
  return { values: {}, roles: {}, statusDays: {} };
}

function addValue(values: { [valueKey: string]: ValueTally }, key: string, added: ValueTally): void {
  const held = values[key];
  values[key] = held
    ? { value: held.value, count: held.count + added.count, last: latestPosition(held.last, added.last) }
    : { ...added };
}

function addRole(roles: { [roleKey: string]: RoleTally }, key: string, added: RoleTally): void {
  const held = roles[key];
  if (!held) {
    roles[key] = { ...added };
    return;
  }
  const title = byPosition(added.first, held.first) < 0 ? added.title : held.title;
  roles[key] = { ...held, title, from: earlier(held.from, added.from), to: later(held.to, added.to), first: earliestPosition(held.first, added.first) };
}

function addStatusDays(statusDays: { [status: string]: (string | null)[] }, status: string, days: readonly (string | null)[]): void {
  statusDays[status] = [...new Set([...(statusDays[status] ?? []), ...days])].sort(byPublication);
}

/** Adds `added` into `into`, which it changes. */
function addTally(into: AttributeTally, added: AttributeTally): AttributeTally {
  for (const [field, values] of Object.entries(added.values)) {
    into.values[field] ??= {};
    for (const [key, value] of Object.entries(values)) addValue(into.values[field], key, value);
  }
  for (const [key, role] of Object.entries(added.roles)) addRole(into.roles, key, role);
  for (const [status, days] of Object.entries(added.statusDays)) addStatusDays(into.statusDays, status, days);
  return into;
}

function tallyReport(into: AttributeTally, report: DatedReport): void {
  const position = { published: report.published, source: report.source ?? '' };
  for (const [field, value] of Object.entries(report.attributes)) {
    if (value === undefined || value === null || SEPARATELY_TALLIED_FIELDS.includes(field)) continue;
    into.values[field] ??= {};
    addValue(into.values[field], valueKey(value), { value, count: 1, last: position });
  }
  const roles = report.attributes.roles;
  for (const role of Array.isArray(roles) ? (roles as { title?: unknown; country?: unknown; organization?: unknown }[]) : []) {
    if (typeof role?.title !== 'string') continue;
    const country = typeof role.country === 'string' ? role.country : undefined;
    const organization = typeof role.organization === 'string' ? role.organization : undefined;
    const key = JSON.stringify([role.title.toLowerCase(), country, organization]);
    addRole(into.roles, key, { title: role.title, country, organization, from: report.published, to: report.published, first: position });
  }
  const status = report.attributes.status;
  const unreported = status == null || status === INSTRUMENT_STATUS_MODEL.unreported || status === INITIATIVE_STATUS_MODEL.unreported;
  if (!unreported) addStatusDays(into.statusDays, String(status), [report.published]);
}

/** The tally of some reports of one entity. */
export function tallyReports(reports: readonly DatedReport[]): AttributeTally {
  const tally = emptyTally();
  for (const report of reports) tallyReport(tally, report);
  return tally;
}

/** The tally of two sets of reports together; neither argument is changed. */
export function combineTallies(a: AttributeTally, b: AttributeTally): AttributeTally {
  return addTally(addTally(emptyTally(), a), b);
}

/** The values of a field, in the order of their keys. */
function valuesOf(tally: AttributeTally, field: string): ValueTally[] {
  return Object.entries(tally.values[field] ?? {})
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([, entry]) => entry);
}

/** The value most reports give, ties to the latest; `ignore` values count only when nothing else is said. */
function mostReported(tally: AttributeTally, field: string, ignore: readonly string[] = []): unknown {
  const ranked = valuesOf(tally, field).sort((a, b) => b.count - a.count || byPosition(b.last, a.last));
  return (ranked.find((entry) => !ignore.includes(String(entry.value))) ?? ranked[0])?.value;
}

function union(tally: AttributeTally, field: string): string[] {
  const strings = valuesOf(tally, field).flatMap(({ value }) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []));
  return [...new Set(strings)].sort();
}

function latestOf(tally: AttributeTally, field: string): unknown {
  return valuesOf(tally, field).reduce<ValueTally | undefined>((latest, entry) => (latest && byPosition(latest.last, entry.last) >= 0 ? latest : entry), undefined)?.value;
}

function rolesOverTime(tally: AttributeTally): RoleOverTime[] {
  return Object.entries(tally.roles)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([, { title, country, organization, from, to }]): RoleOverTime => ({
      title, ...(country === undefined ? {} : { country }), ...(organization === undefined ? {} : { organization }), from, to,
    }))
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.title.localeCompare(b.title));
}

/** Each step of the lifecycle the documents gave, in the order they gave it; the last is the entity's status. */
function statusHistory(tally: AttributeTally, { order, lapsed }: Lifecycle): StatusEvidence[] {
  const rank = (status: string) => order.indexOf(status);
  const given = Object.entries(tally.statusDays)
    .flatMap(([status, days]) => days.map((date) => ({ status, date })))
    .sort((a, b) => byPublication(a.date, b.date) || rank(a.status) - rank(b.status) || a.status.localeCompare(b.status));
  // A later article that recalls the signing of a ratified text does not undo the ratification; only a
  // text that has lapsed (expired) can be brought back (renewed).
  const history: StatusEvidence[] = [];
  for (const evidence of given) {
    const current = history.at(-1);
    if (!current || rank(evidence.status) > rank(current.status) || (current.status === lapsed && evidence.status !== lapsed)) history.push(evidence);
  }
  return history;
}

function withoutUndefined(attributes: { [field: string]: unknown }): { [field: string]: unknown } {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

/** The knowledge base's attributes of one entity, from the tally of its documents' reports. */
export function attributesFromTally(type: EntityType, tally: AttributeTally): { [field: string]: unknown } {
  switch (type) {
    case 'country':
      return withoutUndefined({ code: latestOf(tally, 'code') });
    case 'person':
      return withoutUndefined({ country: mostReported(tally, 'country'), roles: rolesOverTime(tally) });
    case 'organization':
      return withoutUndefined({ kind: mostReported(tally, 'kind', ['other']), country: mostReported(tally, 'country') });
    case 'place':
      return withoutUndefined({ kind: mostReported(tally, 'kind', ['other']), country: mostReported(tally, 'country'), geo: latestOf(tally, 'geo') });
    case 'instrument': {
      const history = statusHistory(tally, INSTRUMENT_LIFECYCLE);
      return withoutUndefined({
        kind: mostReported(tally, 'kind', ['other']),
        status: history.at(-1)?.status ?? INSTRUMENT_LIFECYCLE.unreported,
        statusHistory: history,
        period: latestOf(tally, 'period'),
        parties: union(tally, 'parties'),
      });
    }
    case 'initiative': {
      const history = statusHistory(tally, INITIATIVE_LIFECYCLE);
      return withoutUndefined({
        kind: mostReported(tally, 'kind', ['other']),
        status: history.at(-1)?.status ?? INITIATIVE_LIFECYCLE.unreported,
        statusHistory: history,
        parties: union(tally, 'parties'),
        part_of: latestOf(tally, 'part_of'),
        places: union(tally, 'places'),
      });
    }
    case 'forum':
      return withoutUndefined({ date: mostReported(tally, 'date'), place: latestOf(tally, 'place') });
  }
}

/** The knowledge base's attributes of one entity, from its documents' reports (in any order). */
export function mergeAttributes(type: EntityType, reports: readonly DatedReport[]): { [field: string]: unknown } {
  return attributesFromTally(type, tallyReports(reports));
}
