// The briefing note as Markdown (CommonMark with GitHub's tables and footnotes). Text from
// the sources is escaped, so that a sentence can never turn into markup or raw HTML.
import type { DyadReport } from '../query/dyad-report.ts';
import {
  type BriefNote, briefNote, type NoteText, quotation, type RegisterEntry, SECTION_TITLES, signedValue, type SourceNote, type TimelineEntry,
} from './brief-note.ts';

/** Backslash-escapes the punctuation Markdown could read as markup; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`);
}

function notes(numbers: readonly number[]): string {
  return numbers.map((number) => `[^${number}]`).join('');
}

function sentence(text: NoteText): string {
  return (text.lead ? `**${escapeMarkdown(text.lead)}:** ` : '') + escapeMarkdown(text.text) + notes(text.notes);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function orDash(text: string | null): string {
  return text === null ? '—' : escapeMarkdown(text);
}

function timelineItem(entry: TimelineEntry): string {
  const where = entry.where ? `, ${escapeMarkdown(entry.where)}` : '';
  const about = entry.about ? ` On: ${escapeMarkdown(entry.about)}.` : '';
  return `- **${escapeMarkdown(entry.date)}** — ${escapeMarkdown(entry.what)}${where}: ${escapeMarkdown(entry.who)}.${about}${notes(entry.notes)}`;
}

function timelineSection(note: BriefNote): string[] {
  const { recent, earlier, scheduled, undated, undatedMore } = note.timeline;
  const lines = [`## ${SECTION_TITLES.timeline}`, ''];
  if (recent.length + scheduled.length + undated.length === 0) return [...lines, 'None on record.'];
  lines.push(...recent.map(timelineItem));
  if (earlier.count > 0) lines.push(`- *…and ${earlier.count} earlier, back to ${escapeMarkdown(earlier.since ?? '')}.*`);
  if (scheduled.length > 0) lines.push('', '### Scheduled', '', ...scheduled.map(timelineItem));
  if (undated.length > 0) {
    lines.push('', '### Reported without a date', '', ...undated.map(timelineItem));
    if (undatedMore > 0) lines.push(`- *…and ${undatedMore} more.*`);
  }
  return lines;
}

function expiryCell(row: RegisterEntry): string {
  if (row.expiry === null) return '—';
  const text = escapeMarkdown(`${row.expiry.date}, ${row.expiry.remaining}`);
  return row.expiringSoon ? `**⚠ ${text}**` : text;
}

function registerSection(note: BriefNote): string[] {
  const { rows, others, warningDays } = note.register;
  const lines = [`## ${SECTION_TITLES.register}`, ''];
  if (rows.length === 0) lines.push('No instrument between the two is on record.');
  else {
    lines.push(`⚠ marks an instrument whose period ends within ${warningDays} days of ${note.asOfText}. Signed and ratified give the publication date of the first report of that step.`, '');
    lines.push(...table(['Instrument', 'Kind', 'Parties', 'Period', 'Status', 'Signed', 'Ratified', 'Expires'], rows.map((row) => [
      `${row.expiringSoon ? '⚠ ' : ''}${escapeMarkdown(row.name)}${notes(row.notes)}`,
      escapeMarkdown(row.kind), escapeMarkdown(row.parties), orDash(row.period), escapeMarkdown(row.status),
      orDash(row.signed), orDash(row.ratified), expiryCell(row),
    ])));
  }
  if (others.length > 0) {
    lines.push('', 'Also mentioned, without both as parties:', '');
    lines.push(...others.map((row) => `- ${escapeMarkdown(row.name)} — ${escapeMarkdown(row.kind)}, ${escapeMarkdown(row.status)} (${escapeMarkdown(row.parties)})${notes(row.notes)}`));
  }
  return lines;
}

function initiativesSection(note: BriefNote): string[] {
  const lines = [`## ${SECTION_TITLES.initiatives}`, ''];
  if (note.initiatives.length === 0) return [...lines, 'None on record.'];
  return [...lines, ...table(['Project', 'Kind', 'Status', 'Last movement', 'Places'], note.initiatives.map((row) => [
    `${escapeMarkdown(row.name)}${notes(row.notes)}`, escapeMarkdown(row.kind), escapeMarkdown(row.status), orDash(row.lastMovement), orDash(row.places),
  ]))];
}

function peopleSection(note: BriefNote): string[] {
  const lines = [`## ${SECTION_TITLES.people}`];
  for (const side of note.people) {
    lines.push('', `### ${escapeMarkdown(side.name)}`, '');
    if (side.people.length === 0) lines.push('No one on record.');
    for (const person of side.people) {
      const roles = person.roles.length > 0 ? ` — ${escapeMarkdown(person.roles.join('; '))}` : '';
      const meetings = person.meetings.length === 0 ? ''
        : ` Meetings: ${person.meetings.map(sentence).join('; ')}${person.meetingsMore > 0 ? `; and ${person.meetingsMore} more` : ''}.`;
      lines.push(`- **${escapeMarkdown(person.name)}**${roles}. In ${person.eventCount} reported event${person.eventCount === 1 ? '' : 's'}.${meetings}`);
    }
  }
  return lines;
}

function statementsSection(note: BriefNote): string[] {
  const lines = [`## ${SECTION_TITLES.statements}`];
  if (note.statements.length === 0) return [...lines, '', 'No statement on record.'];
  for (const group of note.statements) {
    lines.push('', `### ${escapeMarkdown(group.side)}`, '');
    for (const item of group.statements) {
      lines.push(`- **${escapeMarkdown(item.date)}**, ${escapeMarkdown(item.speaker)} (${escapeMarkdown(item.stance)}): ${escapeMarkdown(quotation(item.quote))}${notes(item.notes)}`);
    }
    if (group.earlier > 0) lines.push(`- *…and ${group.earlier} earlier.*`);
  }
  return lines;
}

function sectorsSection(note: BriefNote): string[] {
  const { quarters, rows, earlierQuarters } = note.sectors;
  const lines = [`## ${SECTION_TITLES.sectors}`, ''];
  if (rows.length === 0) return [...lines, 'No dated event with a sector on record.'];
  lines.push('Events per sector and quarter (an event can cover several sectors).', '');
  lines.push(...table(['Sector', ...quarters, 'Total'], rows.map((row) => [
    escapeMarkdown(row.sector), ...row.counts.map((count) => (count === 0 ? '' : String(count))), String(row.total),
  ])));
  if (earlierQuarters > 0) lines.push('', `${earlierQuarters} earlier quarter${earlierQuarters === 1 ? '' : 's'} with activity not shown.`);
  return lines;
}


function toneSection(note: BriefNote): string[] {
  const lines = [`## ${SECTION_TITLES.tone}`, ''];
  if (note.tone.quarters.length === 0) return [...lines, 'No dated event with a CAMEO code on record.'];
  lines.push('Goldstein scale of the coded events, from −10 (conflict) to +10 (cooperation).', '');
  return [...lines, ...table(['Quarter', 'Events', 'Mean', 'Range'], note.tone.quarters.map((quarter) => [
    quarter.quarter, String(quarter.events), signedValue(quarter.mean), `${signedValue(quarter.min)} to ${signedValue(quarter.max)}`,
  ]))];
}

function placesSection(note: BriefNote): string[] {
  const lines = [`## ${SECTION_TITLES.places}`, ''];
  if (note.places.length === 0) return [...lines, 'No located place on record.'];
  return [...lines, ...table(['Place', 'Coordinates', 'Events'], note.places.map((place) => [escapeMarkdown(place.name), place.coordinates, String(place.events)]))];
}

function figuresSection(note: BriefNote): string[] {
  const lines = [`## ${SECTION_TITLES.figures}`, ''];
  if (note.figures.length === 0) return [...lines, 'No figure quoted.'];
  return [...lines, ...note.figures.map((figure) => `- ${escapeMarkdown(figure.text)} (${escapeMarkdown(figure.quotedBy)})${notes(figure.notes)}`)];
}

function footnote(source: SourceNote): string {
  const address = source.link && !/[\s<>]/.test(source.link) ? `<${source.link}>` : escapeMarkdown(source.address);
  const title = source.title ? ` *${escapeMarkdown(source.title)}*,` : '';
  return `[^${source.number}]: ${escapeMarkdown(source.outlet)}, ${escapeMarkdown(source.date)},${title} ${address}: ${escapeMarkdown(quotation(source.sentence))}`;
}

/** The briefing note on the report's pair of countries, as Markdown. */
export function renderBriefMarkdown(report: DyadReport): string {
  const note = briefNote(report);
  const lines = [
    `# ${escapeMarkdown(note.title)}`,
    '',
    `**Briefing note as of ${note.asOfText}.** Compiled by bilat from news reports known by that date; every fact is footnoted to its source.`,
    '',
    note.summary.map(sentence).join(' '),
    '',
    ...timelineSection(note), '',
    ...registerSection(note), '',
    ...initiativesSection(note), '',
    ...peopleSection(note), '',
    ...statementsSection(note), '',
    ...sectorsSection(note), '',
    ...toneSection(note), '',
    ...placesSection(note), '',
    ...figuresSection(note),
  ];
  if (note.footnotes.length > 0) lines.push('', `## ${SECTION_TITLES.footnotes}`, '', ...note.footnotes.map(footnote));
  return lines.join('\n') + '\n';
}
