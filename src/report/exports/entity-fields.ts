// Reads of a knowledge-base entity's attributes field by field, shared by the export formats,
// which map fields to their own properties; roles and countries come from the knowledge model
// (src/record/knowledge.ts).
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
