// Typed reads of a knowledge-base entity's attributes (kept as JSON by the store), shared by
// the export formats: the type's fields of the Record plus what merging added (roles over
// time, status history).
import type { RoleOverTime } from '../../record/knowledge.ts';

/** Read field by field, as each export format maps fields to its own properties. */
type Attributes = { readonly [field: string]: unknown };

export function textField(attributes: Attributes, field: string): string | undefined {
  const value = attributes[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function textListField(attributes: Attributes, field: string): string[] {
  const value = attributes[field];
  return Array.isArray(value) ? (value as unknown[]).filter((item): item is string => typeof item === 'string') : [];
}

export function rolesOf(attributes: Attributes): RoleOverTime[] {
  const value = attributes.roles;
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((role): RoleOverTime[] => {
    if (typeof role !== 'object' || role === null) return [];
    const fields = role as { [field: string]: unknown };
    const text = (field: string) => (typeof fields[field] === 'string' ? fields[field] : undefined);
    const [title, country, organization] = [text('title'), text('country'), text('organization')];
    if (!title) return [];
    return [{
      title,
      ...(country ? { country } : {}),
      ...(organization ? { organization } : {}),
      from: text('from') ?? null,
      to: text('to') ?? null,
    }];
  });
}

export function periodOf(attributes: Attributes): { start?: string; end?: string } {
  const period = attributes.period;
  if (typeof period !== 'object' || period === null) return {};
  const { start, end } = period as { start?: unknown; end?: unknown };
  return { ...(typeof start === 'string' ? { start } : {}), ...(typeof end === 'string' ? { end } : {}) };
}

export function geoOf(attributes: Attributes): { lat: number; lon: number } | undefined {
  const geo = attributes.geo;
  if (typeof geo !== 'object' || geo === null) return undefined;
  const { lat, lon } = geo as { lat?: unknown; lon?: unknown };
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : undefined;
}


/** "Foreign Minister, Ministry of Foreign Affairs (KAZ)". */
export function roleText(role: Pick<RoleOverTime, 'title' | 'country' | 'organization'>): string {
  return `${role.title}${role.organization ? `, ${role.organization}` : ''}${role.country ? ` (${role.country})` : ''}`;
}
