// The briefing note as one self-contained HTML document: inline CSS written for print (A4,
// tables that keep their header across pages), an inline SVG of tone over time, footnotes
// as a numbered list with links back to where they are cited. Article text is text: every
// string from a source is escaped, and only http(s) addresses become links.
import type { DyadReport } from '../query/dyad-report.ts';
import {
  type BriefNote, briefNote, type NoteText, type PersonEntry, quotation, type RegisterEntry, SECTION_TITLES, signedValue, type SourceNote,
  type TimelineEntry,
} from './brief-note.ts';
import { toneChartSvg } from './tone-chart.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `
@page { size: A4; margin: 16mm 16mm 18mm; }
:root { --ink: #1b1f24; --muted: #5b6570; --rule: #c9d1d9; --accent: #1f3a5f; --warn: #9a4a00; --warn-bg: #fff1dc; }
* { box-sizing: border-box; }
html { font-family: Georgia, "Liberation Serif", "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; color: var(--ink); }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 1rem 3rem; }
h1, h2, h3, .kicker, table, .meta, .footnotes { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 8.5pt; color: var(--muted); }
h1 { margin: .1rem 0 .2rem; font-size: 20pt; color: var(--accent); }
.meta { margin: 0 0 1rem; font-size: 9pt; color: var(--muted); border-bottom: 2px solid var(--accent); padding-bottom: .5rem; }
h2 { margin: 1.4rem 0 .4rem; font-size: 12.5pt; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: .15rem; break-after: avoid; }
h3 { margin: .8rem 0 .3rem; font-size: 10.5pt; break-after: avoid; }
p { margin: .35rem 0; }
.summary { font-size: 11pt; background: #f3f6f9; border-left: 3px solid var(--accent); padding: .5rem .8rem; }
.note { font-size: 8.5pt; color: var(--muted); }
.lead-in { break-after: avoid; }
ul { margin: .3rem 0; padding-left: 1.1rem; }
li { margin: .15rem 0; break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.3; margin: .4rem 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1.5px solid var(--ink); padding: .25rem .35rem; vertical-align: bottom; }
td { border-bottom: 1px solid var(--rule); padding: .25rem .35rem; vertical-align: top; }
td.date, td.number { white-space: nowrap; }
td.number, th.number { text-align: right; }
.timeline .what { font-weight: 600; }
.timeline .detail { color: var(--muted); }
.status { font-variant: small-caps; letter-spacing: .02em; }
table.compact { width: auto; min-width: 55%; }
.register { table-layout: fixed; }
.register th:nth-child(2) { width: 12%; }
.register th:nth-child(3), .register th:nth-child(4) { width: 9%; }
.register th:nth-child(5) { width: 8.5%; }
.register th:nth-child(6), .register th:nth-child(7) { width: 10%; }
.register th:nth-child(8) { width: 11%; }
.register .expires { white-space: nowrap; }
.register .remaining { font-size: 8pt; }
.timeline td.date { width: 5.5rem; }
tr.expiring td { background: var(--warn-bg); }
tr.expiring td:first-child { border-left: 3px solid var(--warn); }
.expiry-flag { color: var(--warn); font-weight: 700; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem; }
.sides ul { list-style: none; padding: 0; }
.sides li { margin-bottom: .45rem; }
.person { font-weight: 700; }
.roles, .meetings { display: block; font-size: 9pt; }
.meetings { color: var(--muted); }
blockquote { margin: .3rem 0 .6rem; padding: .1rem 0 .1rem .7rem; border-left: 2px solid var(--rule); break-inside: avoid; }
blockquote .said { display: block; font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; color: var(--muted); }
blockquote q { quotes: none; font-style: italic; }
.stance { font-variant: small-caps; color: var(--accent); }
.sectors td.count { text-align: center; min-width: 2.2rem; }
.tone-chart { display: block; width: 100%; max-width: 640px; height: auto; margin: .3rem 0; }
.tone-chart .grid { stroke: #e3e8ee; stroke-width: 1; }
.tone-chart .zero { stroke: #8b96a1; stroke-width: 1; }
.tone-chart .axis { font: 9px "Liberation Sans", Arial, sans-serif; fill: var(--muted); }
.tone-chart circle { fill-opacity: .75; stroke: #fff; stroke-width: 1; }
.tone-chart .cooperation { fill: #2f7d4f; }
.tone-chart .conflict { fill: #b3261e; }
.tone-chart .neutral { fill: #8b96a1; }
sup.ref { font-size: 7pt; line-height: 0; font-family: "Liberation Sans", Arial, sans-serif; }
sup.ref a { color: var(--accent); text-decoration: none; }
.footnotes ol { font-size: 8.5pt; padding-left: 1.8rem; }
.footnotes li { margin: .25rem 0; }
.footnotes .quote { font-family: Georgia, "Liberation Serif", serif; font-style: italic; }
.footnotes .address { word-break: break-all; color: var(--muted); }
a { color: var(--accent); }
.back { text-decoration: none; margin-left: .2rem; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  .back { display: none; }
}
`;

/** Footnote references as they are written, so that each footnote can link back to every place that cites it. */
class References {
  private readonly uses = new Map<number, string[]>();

  mark(numbers: readonly number[]): string {
    return numbers.map((number) => {
      const ids = this.uses.get(number) ?? [];
      const id = `ref-${number}-${ids.length + 1}`;
      this.uses.set(number, [...ids, id]);
      return `<sup class="ref"><a href="#note-${number}" id="${id}">${number}</a></sup>`;
    }).join('<sup class="ref">,</sup>');
  }

  backLinks(number: number): string {
    return (this.uses.get(number) ?? []).map((id, index, ids) => `<a class="back" href="#${id}" aria-label="back to citation">↩${ids.length > 1 ? index + 1 : ''}</a>`).join('');
  }
}

function text(noteText: NoteText, refs: References): string {
  return (noteText.lead ? `<strong>${escapeHtml(noteText.lead)}:</strong> ` : '') + escapeHtml(noteText.text) + refs.mark(noteText.notes);
}

function orDash(value: string | null): string {
  return value === null ? '—' : escapeHtml(value);
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function timelineRow(entry: TimelineEntry, refs: References): string {
  const detail = [entry.where, entry.about ? `on ${entry.about}` : null].filter((part): part is string => part !== null);
  return `<tr><td class="date">${escapeHtml(entry.date)}</td><td><span class="what">${escapeHtml(entry.what)}</span> — ${escapeHtml(entry.who)}${refs.mark(entry.notes)}`
    + `${detail.length > 0 ? `<br><span class="detail">${escapeHtml(detail.join('; '))}</span>` : ''}</td></tr>`;
}

function timelineTable(entries: readonly TimelineEntry[], refs: References, footer = ''): string {
  return `<table class="timeline"><thead><tr><th>Date</th><th>Event, participants, place and subject</th></tr></thead><tbody>${entries.map((entry) => timelineRow(entry, refs)).join('')}${footer}</tbody></table>`;
}

function timelineSection(note: BriefNote, refs: References): string {
  const { recent, earlier, scheduled, undated, undatedMore } = note.timeline;
  if (recent.length + scheduled.length + undated.length === 0) return section(SECTION_TITLES.timeline, '<p>None on record.</p>');
  const parts: string[] = ['<p class="note">Meetings, visits, signings and other events, newest first; statements are under “What each side said”.</p>'];
  const earlierRow = earlier.count > 0 ? `<tr><td></td><td class="note">…and ${earlier.count} earlier, back to ${escapeHtml(earlier.since ?? '')}.</td></tr>` : '';
  if (recent.length > 0) parts.push(timelineTable(recent, refs, earlierRow));
  if (scheduled.length > 0) parts.push('<h3>Scheduled</h3>', timelineTable(scheduled, refs));
  if (undated.length > 0) {
    const moreRow = undatedMore > 0 ? `<tr><td></td><td class="note">…and ${undatedMore} more.</td></tr>` : '';
    parts.push('<h3>Reported without a date</h3>', timelineTable(undated, refs, moreRow));
  }
  return section(SECTION_TITLES.timeline, parts.join(''));
}

function registerRow(row: RegisterEntry, refs: References): string {
  const when = row.expiry === null ? '—' : `<span class="expires">${escapeHtml(row.expiry.date)}</span><br><span class="remaining">${escapeHtml(row.expiry.remaining)}</span>`;
  const expiry = row.expiringSoon ? `<span class="expiry-flag">⚠ ${when}</span>` : when;
  return `<tr${row.expiringSoon ? ' class="expiring"' : ''}><td>${escapeHtml(row.name)}${refs.mark(row.notes)}</td><td>${escapeHtml(row.kind)}</td>`
    + `<td>${escapeHtml(row.parties)}</td><td class="date">${orDash(row.period)}</td><td class="status">${escapeHtml(row.status)}</td>`
    + `<td class="date">${orDash(row.signed)}</td><td class="date">${orDash(row.ratified)}</td><td>${expiry}</td></tr>`;
}

function registerSection(note: BriefNote, refs: References): string {
  const { rows, others, warningDays } = note.register;
  const parts: string[] = [];
  if (rows.length === 0) parts.push('<p>No instrument between the two is on record.</p>');
  else {
    parts.push(`<p class="note"><span class="expiry-flag">⚠</span> an instrument whose period ends within ${warningDays} days of ${escapeHtml(note.asOfText)}. Signed and ratified: the publication date of the first report of that step.</p>`);
    parts.push('<table class="register"><thead><tr><th>Instrument</th><th>Kind</th><th>Parties</th><th>Period</th><th>Status</th><th>Signed</th><th>Ratified</th><th>Expires</th></tr></thead>');
    parts.push(`<tbody>${rows.map((row) => registerRow(row, refs)).join('')}</tbody></table>`);
  }
  if (others.length > 0) {
    parts.push('<p class="note lead-in">Also mentioned, without both as parties:</p><ul>');
    parts.push(...others.map((row) => `<li>${escapeHtml(row.name)} — ${escapeHtml(row.kind)}, <span class="status">${escapeHtml(row.status)}</span> (${escapeHtml(row.parties)})${refs.mark(row.notes)}</li>`));
    parts.push('</ul>');
  }
  return section(SECTION_TITLES.register, parts.join(''));
}

function initiativesSection(note: BriefNote, refs: References): string {
  if (note.initiatives.length === 0) return section(SECTION_TITLES.initiatives, '<p>None on record.</p>');
  const rows = note.initiatives.map((row) => `<tr><td>${escapeHtml(row.name)}${refs.mark(row.notes)}</td><td>${escapeHtml(row.kind)}</td>`
    + `<td class="status">${escapeHtml(row.status)}</td><td class="date">${orDash(row.lastMovement)}</td><td>${orDash(row.places)}</td></tr>`);
  return section(SECTION_TITLES.initiatives, `<table><thead><tr><th>Project</th><th>Kind</th><th>Status</th><th>Last movement</th><th>Places</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function personItem(person: PersonEntry, refs: References): string {
  const meetings = person.meetings.length === 0 ? ''
    : `<span class="meetings">Met: ${person.meetings.map((meeting) => text(meeting, refs)).join('; ')}${person.meetingsMore > 0 ? `; and ${person.meetingsMore} more` : ''}</span>`;
  const roles = person.roles.length > 0 ? `<span class="roles">${escapeHtml(person.roles.join('; '))}</span>` : '';
  const events = `<span class="meetings">In ${person.eventCount} reported event${person.eventCount === 1 ? '' : 's'}.</span>`;
  return `<li><span class="person">${escapeHtml(person.name)}</span>${roles}${events}${meetings}</li>`;
}

function peopleSection(note: BriefNote, refs: References): string {
  const sides = note.people.map((side) => `<div><h3>${escapeHtml(side.name)}</h3>${side.people.length === 0 ? '<p>No one on record.</p>' : `<ul>${side.people.map((person) => personItem(person, refs)).join('')}</ul>`}</div>`);
  return section(SECTION_TITLES.people, `<div class="sides">${sides.join('')}</div>`);
}

function statementsSection(note: BriefNote, refs: References): string {
  if (note.statements.length === 0) return section(SECTION_TITLES.statements, '<p>No statement on record.</p>');
  const groups = note.statements.map((group) => {
    const quotes = group.statements.map((item) => `<blockquote><span class="said">${escapeHtml(item.date)} · ${escapeHtml(item.speaker)} · <span class="stance">${escapeHtml(item.stance)}</span></span>`
      + `<q>${escapeHtml(quotation(item.quote))}</q>${refs.mark(item.notes)}</blockquote>`);
    const earlier = group.earlier > 0 ? `<p class="note">…and ${group.earlier} earlier.</p>` : '';
    return `<h3>${escapeHtml(group.side)}</h3>${quotes.join('')}${earlier}`;
  });
  return section(SECTION_TITLES.statements, groups.join(''));
}

function sectorsSection(note: BriefNote): string {
  const { quarters, rows, earlierQuarters } = note.sectors;
  if (rows.length === 0) return section(SECTION_TITLES.sectors, '<p>No dated event with a sector on record.</p>');
  const most = Math.max(...rows.flatMap((row) => row.counts));
  const cell = (count: number) => {
    if (count === 0) return '<td class="count"></td>';
    const strength = 0.15 + 0.7 * (count / most);
    return `<td class="count" style="background: rgba(31, 58, 95, ${strength.toFixed(2)}); color: ${strength > 0.5 ? '#fff' : 'inherit'}">${count}</td>`;
  };
  const body = rows.map((row) => `<tr><td>${escapeHtml(row.sector)}</td>${row.counts.map(cell).join('')}<td class="number">${row.total}</td></tr>`);
  const earlier = earlierQuarters > 0 ? `<p class="note">${earlierQuarters} earlier quarter${earlierQuarters === 1 ? '' : 's'} with activity not shown.</p>` : '';
  return section(SECTION_TITLES.sectors, '<p class="note">Events per sector and quarter; an event can cover several sectors.</p>'
    + `<table class="sectors"><thead><tr><th>Sector</th>${quarters.map((quarter) => `<th class="number">${escapeHtml(quarter)}</th>`).join('')}<th class="number">Total</th></tr></thead><tbody>${body.join('')}</tbody></table>${earlier}`);
}


function toneSection(note: BriefNote): string {
  const { points, quarters } = note.tone;
  if (points.length === 0) return section(SECTION_TITLES.tone, '<p>No dated event with a CAMEO code on record.</p>');
  const rows = quarters.map((quarter) => `<tr><td>${escapeHtml(quarter.quarter)}</td><td class="number">${quarter.events}</td><td class="number">${signedValue(quarter.mean)}</td><td class="number">${signedValue(quarter.min)} to ${signedValue(quarter.max)}</td></tr>`);
  return section(SECTION_TITLES.tone, '<p class="note">Goldstein scale of each coded event, from −10 (conflict) to +10 (cooperation).</p>'
    + toneChartSvg(points, escapeHtml)
    + `<table class="tone compact"><thead><tr><th>Quarter</th><th class="number">Events</th><th class="number">Mean</th><th class="number">Range</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function placesSection(note: BriefNote): string {
  if (note.places.length === 0) return section(SECTION_TITLES.places, '<p>No located place on record.</p>');
  const rows = note.places.map((place) => `<tr><td>${escapeHtml(place.name)}</td><td>${escapeHtml(place.coordinates)}</td><td class="number">${place.events}</td></tr>`);
  return section(SECTION_TITLES.places, `<table class="compact"><thead><tr><th>Place</th><th>Coordinates</th><th class="number">Events</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function figuresSection(note: BriefNote, refs: References): string {
  if (note.figures.length === 0) return section(SECTION_TITLES.figures, '<p>No figure quoted.</p>');
  return section(SECTION_TITLES.figures, `<ul>${note.figures.map((figure) => `<li>${escapeHtml(figure.text)} <span class="note">(${escapeHtml(figure.quotedBy)})</span>${refs.mark(figure.notes)}</li>`).join('')}</ul>`);
}

function footnoteItem(source: SourceNote, refs: References): string {
  const address = source.link
    ? `<a class="address" href="${escapeHtml(source.link)}">${escapeHtml(source.address)}</a>`
    : `<span class="address">${escapeHtml(source.address)}</span>`;
  const title = source.title ? ` <cite>${escapeHtml(source.title)}</cite>.` : '';
  return `<li id="note-${source.number}" value="${source.number}"><strong>${escapeHtml(source.outlet)}</strong>, ${escapeHtml(source.date)}.${title} ${address}<br>`
    + `<span class="quote">${escapeHtml(quotation(source.sentence))}</span>${refs.backLinks(source.number)}</li>`;
}

/** The briefing note on the report's pair of countries, as a self-contained HTML document. */
export function renderBriefHtml(report: DyadReport): string {
  const note = briefNote(report);
  const refs = new References();
  // Sections are written before the footnotes, which need to know every place they were cited.
  const body = [
    `<header><p class="kicker">Briefing note</p><h1>${escapeHtml(note.title)}</h1>`,
    `<p class="meta">As of ${escapeHtml(note.asOfText)} · compiled by bilat from news reports known by that date · every fact is footnoted to its source</p></header>`,
    `<section class="summary"><p>${note.summary.map((sentence) => text(sentence, refs)).join(' ')}</p></section>`,
    timelineSection(note, refs),
    registerSection(note, refs),
    initiativesSection(note, refs),
    peopleSection(note, refs),
    statementsSection(note, refs),
    sectorsSection(note),
    toneSection(note),
    placesSection(note),
    figuresSection(note, refs),
  ].join('\n');
  const footnotes = note.footnotes.length === 0 ? ''
    : `<section class="footnotes"><h2>${SECTION_TITLES.footnotes}</h2><ol>${note.footnotes.map((source) => footnoteItem(source, refs)).join('\n')}</ol></section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${note.title}: briefing note as of ${note.asOfText}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<article class="brief">
${body}
${footnotes}
</article>
</body>
</html>
`;
}
