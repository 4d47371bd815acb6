// The knowledge base as a person reads it in a terminal: entity lists, entity pages,
// timelines and search results, every fact with the sentences that support it.
import { createColors } from 'picocolors';
import { describeEntity } from './record-summary.ts';
import { terminalSafe } from './terminal-text.ts';
import { Entity, ENTITY_TYPES, type EntityType } from '../../record/schema.ts';
import type {
  DocumentReference, EntityPage, EntitySummary, KnowledgeEvent, SearchResults, SourceSentence,
} from '../../store/store.ts';
import { countryByCode } from '../../vocabulary/countries.ts';
import { instrumentStandingAsOf } from '../../resolve/instrument-lifecycle.ts';
import { rolesOf, statusHistoryOf } from '../../record/knowledge.ts';

type Colors = ReturnType<typeof createColors>;

const TYPE_HEADINGS: { [type in EntityType]: string } = {
  country: 'Countries',
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  instrument: 'Instruments',
  initiative: 'Initiatives',
  forum: 'Forums',
};

const QUOTE_WIDTH = 160;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function truncate(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text;
}

/** The stored entity read back as a Record entity, to describe it as `bilat extract` does. */
function describeSummary(summary: EntitySummary): string {
  const parsed = Entity.safeParse({
    ...summary.attributes, id: summary.id, type: summary.type, name: summary.name, aliases: summary.aliases, mentions: [],
  });
  return parsed.success ? describeEntity(parsed.data) : summary.name;
}

function sourceLabel(document: DocumentReference): string {
  return terminalSafe([document.outlet ?? document.source, document.published ?? 'date unknown', document.file ?? document.id].filter(Boolean).join(' · '));
}

function countryLabel(code: string): string {
  return countryByCode(code)?.name ?? code;
}

export function formatEntityList(summaries: readonly EntitySummary[], colour: boolean, emptyHint: string): string {
  const c = createColors(colour);
  if (summaries.length === 0) return `${emptyHint}\n`;
  const lines: string[] = [];
  for (const type of ENTITY_TYPES) {
    const ofType = summaries.filter((summary) => summary.type === type);
    if (ofType.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${c.cyan(TYPE_HEADINGS[type])} ${c.dim(`(${ofType.length})`)}`);
    const idWidth = Math.min(48, Math.max(...ofType.map((summary) => summary.id.length)));
    for (const summary of ofType) {
      const seen = c.dim(`${plural(summary.documentCount, 'document')}, ${plural(summary.mentionCount, 'mention')}`);
      lines.push(`  ${c.dim(truncate(summary.id, 48).padEnd(idWidth))}  ${describeSummary(summary)}  ${seen}`);
    }
  }
  return lines.join('\n') + '\n';
}

function formatEvent(event: KnowledgeEvent, c: Colors, indent: string, options: { ids?: boolean } = {}): string[] {
  const date = (event.date ?? (event.dateText ? `? ${event.dateText}` : 'undated')).padEnd(10);
  const who = event.participants.map((participant) => participant.name).join(', ');
  const details = [event.stance, ...event.format].filter(Boolean).join(', ');
  const lines = [`${indent}${c.yellow(date)}  ${c.bold(event.type.padEnd(12))} ${who}${details ? c.dim(` [${details}]`) : ''}`];
  const about = [...event.instruments, ...event.initiatives].map((item) => item.name);
  const pad = `${indent}${' '.repeat(12)}`;
  if (options.ids) lines.push(`${pad}${c.dim(`id ${event.id}`)}`);
  if (event.corrected.length > 0) lines.push(`${pad}${c.dim(`corrected by an analyst: ${event.corrected.join(', ')}`)}`);
  if (about.length > 0) lines.push(`${pad}${c.dim('on')} ${about.join('; ')}`);
  if (event.place || event.forum) lines.push(`${pad}${c.dim('at')} ${[event.forum?.name, event.place?.name].filter(Boolean).join(', ')}`);
  for (const source of event.sources) {
    lines.push(`${pad}${c.dim(`“${truncate(source.sentences[0] ?? '', QUOTE_WIDTH)}”`)}`);
    lines.push(`${pad}${c.dim(`  — ${sourceLabel(source.document)}`)}`);
  }
  return lines;
}

export function formatTimeline(countries: readonly [string, string], events: readonly KnowledgeEvent[], colour: boolean, options: { ids?: boolean } = {}): string {
  const c = createColors(colour);
  const title = `${countryLabel(countries[0])} – ${countryLabel(countries[1])}`;
  if (events.length === 0) return `${c.bold(title)}: no events stored for this pair in that period.\n`;
  const dated = events.filter((event) => event.date !== null);
  const span = dated.length > 0 ? `, ${dated[0].date} to ${dated[dated.length - 1].date}` : '';
  const lines = [`${c.bold(title)}: ${plural(events.length, 'event')}${span}`, ''];
  for (const event of events) lines.push(...formatEvent(event, c, '', options));
  return lines.join('\n') + '\n';
}

/** Mentions grouped by document, each sentence once. */
function groupMentions(mentions: readonly SourceSentence[]): { document: DocumentReference; sentences: string[] }[] {
  const groups = new Map<string, { document: DocumentReference; sentences: string[] }>();
  for (const mention of mentions) {
    const group = groups.get(mention.document.id) ?? { document: mention.document, sentences: [] };
    if (!group.sentences.includes(mention.sentence)) group.sentences.push(mention.sentence);
    groups.set(mention.document.id, group);
  }
  return [...groups.values()];
}

/** A person's roles with the dates they were reported; an instrument's or project's steps and, for an instrument, its expiry. */
function describeOverTime(entity: EntitySummary, c: Colors): string[] {
  const lines: string[] = [];
  const span = (from: string | null, to: string | null) => (from === null ? 'undated' : from === to ? from : `${from} to ${to}`);
  for (const role of rolesOf(entity)) {
    const where = [role.country ? countryLabel(role.country) : undefined, role.organization].filter(Boolean).join(', ');
    lines.push(`  ${c.dim('role')} ${role.title}${where ? ` (${where})` : ''}  ${c.dim(`reported ${span(role.from, role.to)}`)}`);
  }
  const history = statusHistoryOf(entity);
  if (history.length > 0) lines.push(`  ${c.dim('steps')} ${history.map((step) => `${step.status} (${step.date ?? 'undated'})`).join(' → ')}`);
  if (entity.type === 'instrument') {
    const today = new Date().toISOString().slice(0, 10);
    const standing = instrumentStandingAsOf(entity.attributes, today);
    if (standing.expires !== null) {
      const when = standing.daysToExpiry! < 0 ? `expired ${standing.expires}` : `expires ${standing.expires}, in ${standing.daysToExpiry} days`;
      lines.push(`  ${c.dim('as of today')} ${standing.status}, ${when}`);
    }
  }
  return lines;
}

export function formatEntityPage(page: EntityPage, colour: boolean): string {
  const c = createColors(colour);
  const { entity } = page;
  const lines = [
    `${c.bold(entity.name)}  ${c.dim(entity.id)}`,
    `  ${entity.type}: ${describeSummary(entity)}`,
  ];
  if (entity.aliases.length > 0) lines.push(`  ${c.dim('also')} ${entity.aliases.join('; ')}`);
  lines.push(...describeOverTime(entity, c));
  if (entity.status !== 'active') lines.push(`  ${c.red(entity.status === 'merged' ? `merged into ${entity.mergedInto}` : 'rejected by an analyst')}`);
  if (entity.corrected.length > 0) lines.push(`  ${c.dim(`corrected by an analyst: ${entity.corrected.join(', ')}`)}`);
  lines.push(`  ${c.dim(`${plural(entity.documentCount, 'document')}, ${plural(entity.mentionCount, 'mention')}`)}`);
  lines.push('', `${c.cyan('Events')} ${c.dim(`(${page.events.length})`)}`);
  for (const event of page.events) lines.push(...formatEvent(event, c, '  '));
  const groups = groupMentions(page.mentions);
  lines.push('', `${c.cyan('Sources')} ${c.dim(`(${plural(groups.length, 'document')})`)}`);
  for (const group of groups) {
    lines.push(`  ${sourceLabel(group.document)}`);
    for (const sentence of group.sentences) lines.push(`    ${c.dim(`“${sentence}”`)}`);
  }
  return lines.join('\n') + '\n';
}

export function formatSearchResults(query: string, results: SearchResults, colour: boolean): string {
  const c = createColors(colour);
  if (results.documents.length === 0 && results.entities.length === 0) {
    return `Nothing matches "${query}". Search looks for all the words, stemmed ("signed" finds "signing") and without the commonest ("the", "of"); "quoted phrases", OR and -word work too.\n`;
  }
  const lines: string[] = [];
  if (results.entities.length > 0) {
    lines.push(`${c.cyan('Entities')} ${c.dim(`(${results.entities.length})`)}`);
    for (const { entity } of results.entities) {
      lines.push(`  ${c.dim(entity.id)}  ${describeSummary(entity)}  ${c.dim(plural(entity.documentCount, 'document'))}`);
    }
  }
  if (results.documents.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`${c.cyan('Documents')} ${c.dim(`(${results.documents.length})`)}`);
    for (const hit of results.documents) {
      const { title, outlet, source, published, file, id } = hit.document;
      const where = [outlet ?? source, published ?? 'date unknown', title ? file : undefined].filter(Boolean).join(' · ');
      lines.push(`  ${c.bold(terminalSafe(title ?? file ?? id))}  ${c.dim(terminalSafe(where))}`);
      lines.push(`    ${hit.snippet.replace(/«([^»]*)»/g, (_, word: string) => (colour ? c.yellow(word) : `«${word}»`))}`);
    }
  }
  return lines.join('\n') + '\n';
}
