// A Record as a person reads it in a terminal: entities by type, then events by date.
import { createColors } from 'picocolors';
import type { Entity, Event, Record } from '../../record/schema.ts';

const SECTION_ORDER: { type: Entity['type']; heading: string }[] = [
  { type: 'country', heading: 'Countries' },
  { type: 'person', heading: 'People' },
  { type: 'organization', heading: 'Organizations' },
  { type: 'place', heading: 'Places' },
  { type: 'instrument', heading: 'Instruments' },
  { type: 'initiative', heading: 'Initiatives' },
  { type: 'forum', heading: 'Forums' },
];

export function describeEntity(entity: Entity): string {
  switch (entity.type) {
    case 'country':
      return `${entity.name} (${entity.code})`;
    case 'person': {
      const roles = entity.roles.map((r) => r.title + (r.country && r.country !== entity.country ? ` (${r.country})` : '')).join('; ');
      return [entity.name, roles, entity.country].filter(Boolean).join(' — ');
    }
    case 'organization':
      return `${entity.name}${entity.kind ? ` (${entity.kind}${entity.country ? `, ${entity.country}` : ''})` : ''}`;
    case 'place':
      return `${entity.name}${entity.country ? ` (${entity.country})` : ''}`;
    case 'instrument': {
      const period = entity.period ? ` ${entity.period.start ?? '…'}–${entity.period.end ?? '…'}` : '';
      return `${entity.name} [${entity.kind}, ${entity.status}${period}] ${entity.parties.join('-')}`;
    }
    case 'initiative':
      return `${entity.name} [${entity.kind}, ${entity.status}]`;
    case 'forum':
      return `${entity.name}${entity.date ? ` (${entity.date})` : ''}`;
  }
}

function quoteEvidence(body: string | undefined, event: Event): string {
  if (body === undefined) return '';
  const span = event.evidence[0];
  const text = body.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > 110 ? text.slice(0, 107) + '…' : text;
}

export function formatRecordSummary(record: Record, body: string | undefined, useColour: boolean): string {
  const c = createColors(useColour);
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const doc = record.document;
  const header = [doc.outlet, doc.published ?? 'publication date unknown'].filter(Boolean).join(' · ');
  const lines = [c.bold(doc.file ?? doc.id) + (header ? c.dim(`  ${header}`) : '')];
  if (doc.title) lines.push(`  ${c.italic(doc.title)}`);
  for (const { type, heading } of SECTION_ORDER) {
    const items = record.entities.filter((e) => e.type === type);
    if (items.length === 0) continue;
    lines.push(`  ${c.cyan(heading)} ${c.dim(`(${items.length})`)}`);
    for (const item of items) lines.push(`    ${describeEntity(item)}`);
  }
  if (record.figures?.length) {
    lines.push(`  ${c.cyan('Figures')} ${c.dim(`(${record.figures.length})`)}`);
    for (const figure of record.figures) lines.push(`    ${figure.text}`);
  }
  const events = [...record.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  lines.push(`  ${c.cyan('Events')} ${c.dim(`(${events.length})`)}`);
  for (const event of events) {
    const who = event.participants.map((id) => names.get(id) ?? id).join(', ');
    const extras = [event.stance, ...(event.format ?? [])].filter(Boolean).join(', ');
    const date = (event.date ?? (event.date_text ? `? ${event.date_text}` : '—')).padEnd(10);
    lines.push(`    ${c.yellow(date)}  ${c.bold(event.type.padEnd(12))} ${who}${extras ? c.dim(` [${extras}]`) : ''}`);
    const quote = quoteEvidence(body, event);
    if (quote) lines.push(`                ${c.dim(`“${quote}”`)}`);
  }
  const sectors = [...new Set(record.events.flatMap((e) => e.sectors))];
  if (sectors.length) lines.push(`  ${c.cyan('Sectors')}  ${sectors.join(', ')}`);
  return lines.join('\n') + '\n';
}
