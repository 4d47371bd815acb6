import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { Store } from '../../store/store.ts';
import { escapeText, foldLine } from './ical.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { HAND_MADE_KNOWLEDGE_BASE } from '../../../test/support/hand-made-knowledge-base.ts';
import { exportedText, TEST_AS_OF } from '../../../test/support/exported-text.ts';

const [pglite] = storeBackends();

/** Undoes folding (RFC 5545 §3.1): a line break followed by a space continues the line. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

test('a long line is folded into lines of at most 75 octets without splitting a character, and unfolds to itself', () => {
  const line = `DESCRIPTION:${'Qazaqstan Respublikasy — Әзірбайжан Республикасы; '.repeat(6)}`;
  const folded = foldLine(line);
  assert.ok(folded.endsWith('\r\n'));
  const lines = folded.slice(0, -2).split('\r\n');
  assert.ok(lines.length > 1);
  for (const [index, part] of lines.entries()) {
    assert.ok(Buffer.byteLength(part) <= 75, part);
    if (index > 0) assert.ok(part.startsWith(' '));
  }
  assert.equal(unfold(folded).slice(0, -2), line);
});

test('text escapes backslashes, semicolons, commas and line breaks', () => {
  assert.equal(escapeText('a\\b; c, d\ne'), 'a\\\\b\\; c\\, d\\ne');
});

describe('the iCalendar export', () => {
  let store: Store;
  let text: string;
  let events: ICAL.Event[];
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE]);
    text = (await exportedText(store, 'ical')).get('calendar.ics') ?? '';
    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.name, 'vcalendar');
    events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('lines end in CRLF and are at most 75 octets', () => {
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') && text.endsWith('END:VCALENDAR\r\n'));
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      assert.ok(!line.includes('\n'), 'no bare line feed');
      assert.ok(Buffer.byteLength(line) <= 75, line);
    }
  });

  test('one VEVENT per instrument expiry and per event dated after the as-of date, each with UID, DTSTAMP and an all-day start', () => {
    assert.deepEqual(events.map((event) => event.startDate.toString()), ['2026-12-31', '2027-05-01']);
    for (const event of events) {
      assert.ok(event.uid.length > 0);
      assert.ok(event.startDate.isDate);
      assert.equal(event.component.getFirstPropertyValue('dtstamp')?.toString(), '2025-06-01T09:30:00Z');
    }
    assert.equal(new Set(events.map((event) => event.uid)).size, events.length);
  });

  test('the expiry says which instrument ends, between whom, where it stands on the as-of date, and its sources', () => {
    const [expiry] = events;
    assert.equal(expiry.summary, 'Expires: Action Plan on Cooperation, Transit and "Digital" Links (AZE–KAZ)');
    assert.equal(expiry.endDate.toString(), '2027-01-01');
    assert.ok(expiry.description.includes('Parties: AZE, KAZ'));
    assert.ok(expiry.description.includes(`Status on ${TEST_AS_OF}: signed; its period ends 578 days after that day`));
    assert.match(expiry.description, /Sources:\n- 2025-03-04, doc-[0-9a-f]+\.txt/);
    assert.deepEqual(expiry.component.getFirstProperty('categories')?.getValues(), ['instrument expiry']);
  });

  test('a future event dated by month spans that month, with its participants and the sentence that reports it', () => {
    const planned = events[1];
    assert.equal(planned.summary, 'Meeting: Azerbaijan, Kazakhstan');
    assert.equal(planned.endDate.toString(), '2027-06-01');
    assert.ok(planned.description.includes('meeting on 2027-05 (“in May 2027”)'));
    assert.ok(planned.description.includes(HAND_MADE_KNOWLEDGE_BASE[0].article.body), 'the source sentence, with its semicolon and commas');
  });

  test('a date range narrows the calendar, and an empty one is still a calendar', async () => {
    const narrowed = (await exportedText(store, 'ical', { scope: { to: '2026-06' } })).get('calendar.ics') ?? '';
    const calendar = new ICAL.Component(ICAL.parse(narrowed));
    assert.equal(calendar.getAllSubcomponents('vevent').length, 0);
    const later = (await exportedText(store, 'ical', { asOf: '2027-06-01' })).get('calendar.ics') ?? '';
    assert.deepEqual(new ICAL.Component(ICAL.parse(later)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).startDate.toString()), ['2026-12-31']);
  });
});
