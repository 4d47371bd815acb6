// Captions, datelines and credits as the events and instruments stages read them: the lowest
// priority for dates and statuses, and never a participant, organisation or meeting place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from './pipeline.ts';
import { article } from './test-article.ts';
import type { Record } from '../record/schema.ts';

function events(record: Record): [string, string | null][] {
  return record.events.map((e) => [e.type, e.date]);
}

function named(record: Record, type: string): string[] {
  return record.entities.filter((e) => e.type === type).map((e) => e.name);
}

test('a caption\'s date yields to the body\'s for the event both show', () => {
  const record = extractRecord(article([
    'President Ana Rojas (R) shakes hands with visiting Prime Minister Ole Hansen in Santiago May 3, 2024. [Photo by Carla Vidal]',
    '',
    'Norwegian Prime Minister Ole Hansen arrived in Santiago on Tuesday for a two-day official visit to Chile.',
  ].join('\n'), '2024-05-09'));
  assert.deepEqual(events(record).filter(([type]) => type === 'visit'), [['visit', '2024-05-07']]);
});

test('a caption\'s "signing" yields to the body\'s "will be signed"', () => {
  for (const body of [
    'Ministers Rosa Vega and Karl Holm at the signing of the Andes Mining Treaty this morning in Lima. (Image: Supplied)\n\nThe Andes Mining Treaty will be signed after cabinet approval, the two ministers said.',
    'The Andes Mining Treaty will be signed after cabinet approval, the two ministers said.\n\nMinisters Rosa Vega and Karl Holm at the signing of the Andes Mining Treaty this morning in Lima. (Image: Supplied)',
  ]) {
    const record = extractRecord(article(body, '2024-05-09'));
    const treaty = record.entities.find((e) => e.type === 'instrument');
    assert.equal(treaty && 'status' in treaty ? treaty.status : undefined, 'proposed', body);
    assert.ok(!record.events.some((e) => e.type === 'signing'), body);
  }
});

test('a caption of another day keeps its own date when the body reports something else', () => {
  const record = extractRecord(article([
    'Prime Minister Ana Rojas and Foreign Minister Ole Hansen during a meeting at the Prime Minister\'s Office in Santiago on February 7, 2024. (Photo: Government of Chile)',
    '',
    'Rojas and Hansen spoke by phone on Friday, a spokesperson for Hansen said.',
  ].join('\n'), '2025-02-08'));
  assert.deepEqual(events(record).filter(([type]) => type === 'meeting' || type === 'call').sort(), [['call', '2025-02-07'], ['meeting', '2024-02-07']]);
});

test('a relative date with no publication date leaves its event undated, whatever the article\'s other dates', () => {
  const record = extractRecord(article('The free trade agreement between Chile and Peru was signed in Lima on May 3, 2001.\n\nThe foreign ministers of Chile and Peru met in Lima on Tuesday.', null));
  assert.deepEqual(record.events.find((e) => e.type === 'meeting')?.date, null);
  assert.equal(record.events.find((e) => e.type === 'meeting')?.date_text, 'on Tuesday');
});

test('the dateline\'s city is neither an organisation nor where the meeting took place', () => {
  for (const body of [
    'OSLO, Norway, Feb. 20 / Nordic Wire:\n\nThe prime ministers of Norway and Chile met in Bergen on February 19.',
    'Oslo (NWA) - The prime ministers of Norway and Chile held talks on Wednesday.',
  ]) {
    const record = extractRecord(article(body, '2021-02-20'));
    assert.ok(!named(record, 'organization').some((n) => /^oslo$/i.test(n)), body);
    const meeting = record.events.find((e) => e.type === 'meeting');
    assert.ok(meeting, body);
    const place = record.entities.find((e) => e.id === meeting.place)?.name;
    assert.notEqual(place?.toLowerCase(), 'oslo', body);
  }
});

test('the story\'s own day dates its occasion before the dateline\'s, and the dateline\'s before a vaguer date', () => {
  const filedLater = extractRecord(article('OSLO, Norway, Feb. 20 / Nordic Wire:\n\nThe cabinet has published the list of documents signed on February 19 in Bergen during the meeting of the prime ministers of Norway and Chile.', '2021-02-20'));
  assert.deepEqual(events(filedLater).find(([type]) => type === 'meeting'), ['meeting', '2021-02-19']);
  const background = extractRecord(article('OSLO, Norway, May 5. Norway and Chile, which signed a fisheries treaty in 1997, held talks in Oslo.\n\nThe prime ministers of Norway and Chile discussed trade.', '2021-05-05'));
  assert.deepEqual(events(background).find(([type]) => type === 'meeting'), ['meeting', '2021-05-05']);
});
