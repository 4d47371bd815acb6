// What the knowledge base says of an entity, from everything its documents said: the most
// reported kind and country, every party and place, each role held from its earliest to its
// latest dated mention, and the status of the latest dated evidence (signed in one
// article, ratified in a later one).
import type { EntityType } from '../record/schema.ts';

/** One document's report of the entity: its attributes and the day the document was published. */
export interface DatedReport {
  attributes: { readonly [field: string]: unknown };
  published: string | null;
}

export interface RoleOverTime {
  title: string;
  country?: string;
  organization?: string;
  /** The earliest and latest publication dates of the documents that give the role. */
  from: string | null;
  to: string | null;
}

export interface StatusEvidence {
  status: string;
  /** The publication date of the document that says so. */
  date: string | null;
}

/** Lifecycle order: on one day, the later stage wins (an article about a ratification also says it was signed). */
const INSTRUMENT_STATUS_ORDER = ['unknown', 'proposed', 'negotiating', 'signed', 'ratified', 'in force', 'expired'];
const INITIATIVE_STATUS_ORDER = ['unknown', 'proposed', 'planned', 'under way', 'completed'];

function byPublication(a: DatedReport, b: DatedReport): number {
  if (a.published === b.published) return 0;
  if (a.published === null) return -1;
  if (b.published === null) return 1;
  return a.published < b.published ? -1 : 1;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The value most reports give, ties to the latest; `ignore` values count only when nothing else is said. */
function mostReported(reports: readonly DatedReport[], field: string, ignore: readonly string[] = []): unknown {
  const counts = new Map<string, { value: unknown; count: number; order: number }>();
  reports.forEach((report, order) => {
    const value = report.attributes[field];
    if (value === undefined || value === null) return;
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { value, count: 0, order };
    counts.set(key, { value, count: entry.count + 1, order });
  });
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || b.order - a.order);
  return (ranked.find((entry) => !ignore.includes(String(entry.value))) ?? ranked[0])?.value;
}

function union(reports: readonly DatedReport[], field: string): string[] {
  return [...new Set(reports.flatMap((report) => strings(report.attributes[field])))].sort();
}

function latestOf(reports: readonly DatedReport[], field: string): unknown {
  for (let i = reports.length - 1; i >= 0; i -= 1) {
    const value = reports[i].attributes[field];
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
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

function rolesOverTime(reports: readonly DatedReport[]): RoleOverTime[] {
  const roles = new Map<string, RoleOverTime>();
  for (const report of reports) {
    const reported = report.attributes.roles;
    if (!Array.isArray(reported)) continue;
    for (const role of reported as { title?: unknown; country?: unknown; organization?: unknown }[]) {
      if (typeof role?.title !== 'string') continue;
      const country = typeof role.country === 'string' ? role.country : undefined;
      const organization = typeof role.organization === 'string' ? role.organization : undefined;
      const key = JSON.stringify([role.title.toLowerCase(), country, organization]);
      const held = roles.get(key) ?? { title: role.title, country, organization, from: report.published, to: report.published };
      roles.set(key, { ...held, from: earlier(held.from, report.published), to: later(held.to, report.published) });
    }
  }
  return [...roles.values()].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.title.localeCompare(b.title));
}

/** Each step of the lifecycle the documents gave, in the order they gave it; the last is the entity's status. */
function statusHistory(reports: readonly DatedReport[], order: readonly string[]): StatusEvidence[] {
  const rank = (status: string) => order.indexOf(status);
  const given = reports
    .map((report) => ({ status: String(report.attributes.status ?? 'unknown'), date: report.published }))
    .filter((evidence) => evidence.status !== 'unknown')
    .sort((a, b) => byPublication({ attributes: {}, published: a.date }, { attributes: {}, published: b.date }) || rank(a.status) - rank(b.status));
  // A later article that recalls the signing of a ratified text does not undo the ratification; only a
  // text that has expired can be brought back (renewed).
  const history: StatusEvidence[] = [];
  for (const evidence of given) {
    const current = history.at(-1);
    if (!current || rank(evidence.status) > rank(current.status) || (current.status === 'expired' && evidence.status !== 'expired')) history.push(evidence);
  }
  return history;
}

function withoutUndefined(attributes: { [field: string]: unknown }): { [field: string]: unknown } {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

/** The knowledge base's attributes of one entity, from its documents' reports (in any order). */
export function mergeAttributes(type: EntityType, reports: readonly DatedReport[]): { [field: string]: unknown } {
  const dated = [...reports].sort(byPublication);
  switch (type) {
    case 'country':
      return withoutUndefined({ code: latestOf(dated, 'code') });
    case 'person':
      return withoutUndefined({ country: mostReported(dated, 'country'), roles: rolesOverTime(dated) });
    case 'organization':
      return withoutUndefined({ kind: mostReported(dated, 'kind', ['other']), country: mostReported(dated, 'country') });
    case 'place':
      return withoutUndefined({ kind: mostReported(dated, 'kind', ['other']), country: mostReported(dated, 'country'), geo: latestOf(dated, 'geo') });
    case 'instrument': {
      const history = statusHistory(dated, INSTRUMENT_STATUS_ORDER);
      return withoutUndefined({
        kind: mostReported(dated, 'kind', ['other']),
        status: history.at(-1)?.status ?? 'unknown',
        statusHistory: history,
        period: latestOf(dated, 'period'),
        parties: union(dated, 'parties'),
      });
    }
    case 'initiative': {
      const history = statusHistory(dated, INITIATIVE_STATUS_ORDER);
      return withoutUndefined({
        kind: mostReported(dated, 'kind', ['other']),
        status: history.at(-1)?.status ?? 'unknown',
        statusHistory: history,
        parties: union(dated, 'parties'),
        part_of: latestOf(dated, 'part_of'),
        places: union(dated, 'places'),
      });
    }
    case 'forum':
      return withoutUndefined({ date: mostReported(dated, 'date'), place: latestOf(dated, 'place') });
  }
}
