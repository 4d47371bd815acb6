// How senior an event's most senior participant is, to size it on the timeline. Known titles
// take their level from data/titles.yaml as the server's officeLevel reads it; other titles
// follow the same rules as src/query/office-level.ts (deputies are officials, ministers
// ministers).
import officeLevels, { levelNames } from 'virtual:bilat/office-levels';
import type { DyadReport, KnowledgeEvent } from '../../api-types.ts';

export type OfficeLevel = 1 | 2 | 3 | 4;

export { levelNames };

function titleLevel(title: string): OfficeLevel {
  const known = officeLevels[title.toLowerCase()];
  if (known) return known;
  if (/^(?:first\s+)?(?:deputy|vice)\b/i.test(title)) return 4;
  if (/\bminister\b/i.test(title)) return 3;
  return 4;
}

/** Each person's most senior office among the report's people. */
export function personLevels(people: DyadReport['people']): Map<string, OfficeLevel> {
  const levels = new Map<string, OfficeLevel>();
  for (const person of Object.values(people).flat()) {
    const level = Math.min(4, ...person.roles.map((role) => titleLevel(role.title))) as OfficeLevel;
    levels.set(person.id, Math.min(level, levels.get(person.id) ?? 4) as OfficeLevel);
  }
  return levels;
}

export function eventLevel(event: KnowledgeEvent, levels: ReadonlyMap<string, OfficeLevel>): OfficeLevel {
  return Math.min(4, ...event.participants.map((participant) => levels.get(participant.id) ?? 4)) as OfficeLevel;
}
