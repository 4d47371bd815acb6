import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInput } from '../read/read-inputs.ts';
import { assertValidRecord, type Record } from '../record/schema.ts';
import { STAGES, annotate, extractRecord, extractRecords } from './pipeline.ts';
import type { Stage } from './stage.ts';
import { article } from './test-article.ts';
import { ARTICLE_FOLDERS } from '../../test/support/synthetic-articles.ts';

function articleFiles(): string[] {
  return ARTICLE_FOLDERS.flatMap((folder) => readdirSync(folder).map((f) => join(folder, f)));
}

function checkRecord(record: Record, body: string): void {
  assertValidRecord(record);
  const ids = new Set(record.entities.map((e) => e.id));
  assert.equal(ids.size, record.entities.length, 'entity ids are unique');
  const spans = [...record.entities.flatMap((e) => e.mentions), ...record.events.flatMap((e) => e.evidence)];
  for (const span of spans) assert.ok(span.start < span.end && span.end <= body.length, `span ${span.start}-${span.end} lies in the body`);
  for (const event of record.events) {
    for (const id of [...event.participants, ...(event.instruments ?? []), ...(event.initiatives ?? []), event.place, event.forum]) {
      if (id !== undefined) assert.ok(ids.has(id), `event ${event.id} points to entity ${id}`);
    }
  }
  for (const e of record.entities) if (e.type === 'initiative' && e.part_of) assert.ok(ids.has(e.part_of));
}

test('every record extracted from the bundled and test articles validates, with spans in the body and ids that resolve', async () => {
  const files = articleFiles();
  assert.ok(files.length >= 6);
  for (const file of files) {
    const [input] = await readInput(file);
    checkRecord(extractRecord(input), input.body);
  }
});

test('mentions point at the words they name', () => {
  const body = "Mongolia's Foreign Minister Batmunkh Battsetseg met Foreign Minister Ana Lopez in Ulaanbaatar.";
  const record = extractRecord(article(body, '2024-01-10'));
  const person = record.entities.find((e) => e.type === 'person' && e.name === 'Batmunkh Battsetseg');
  assert.ok(person);
  assert.equal(body.slice(person.mentions[0].start, person.mentions[0].end), 'Batmunkh Battsetseg');
  const mongolia = record.entities.find((e) => e.type === 'country' && e.code === 'MNG');
  assert.ok(mongolia);
  assert.equal(body.slice(mongolia.mentions[0].start, mongolia.mentions[0].end), 'Mongolia');
});

test('typographic quotes and dashes do not move offsets', () => {
  const body = '“We agree,” said Foreign Minister Ana Lopez — and Chile’s envoy nodded.';
  const record = extractRecord(article(body));
  const person = record.entities.find((e) => e.type === 'person');
  assert.ok(person);
  assert.equal(body.slice(person.mentions[0].start, person.mentions[0].end), 'Ana Lopez');
});

test('the pipeline is named stages, each adding its layer to one document', () => {
  assert.deepEqual(STAGES.map((s) => s.name), [
    'normalise', 'sentences-and-tokens', 'gazetteer', 'venues', 'outlet-country', 'organizations', 'titles', 'dates', 'people',
    'instruments', 'initiatives', 'forums', 'figures', 'coreference', 'person-countries', 'events',
  ]);
  const doc = annotate(article('President Ama Mensah signed the Agreement on Fisheries in Accra on 3 May 2022.'));
  assert.ok(doc.sentences.length === 1 && doc.tokens.length > 5);
  assert.equal(doc.persons[0].name, 'Ama Mensah');
  assert.equal(doc.instruments[0].name, 'Agreement on Fisheries');
  assert.equal(doc.dates[0].value, '2022-05-03');
  assert.equal(doc.events.find((e) => e.type === 'signing')?.date, '2022-05-03');
});

test('an empty body gives an empty but valid record', () => {
  const record = extractRecord(article(''));
  assertValidRecord(record);
  assert.deepEqual([record.entities.length, record.events.length], [0, 0]);
});

test('a region named only inside a project\'s name is not a place of the record, a sea or a region named on its own is', () => {
  const record = extractRecord(article('Morocco and Nigeria discussed the Maghreb-Europe Gas Pipeline and security in the Sahel and the Black Sea.'));
  const places = record.entities.filter((e) => e.type === 'place').map((e) => e.name);
  assert.ok(!places.includes('Maghreb'));
  assert.ok(places.includes('Sahel') && places.includes('Black Sea'));
});

test('extracting several articles stage by stage gives each the Record extracting it alone gives', async () => {
  const articles = (await Promise.all(articleFiles().map((file) => readInput(file)))).flat();
  const together = extractRecords(articles);
  assert.equal(together.length, articles.length);
  together.forEach((outcome, i) => {
    assert.ok(outcome.ok, `${articles[i].file} was extracted`);
    assert.deepEqual(outcome.record, extractRecord(articles[i]), articles[i].file);
  });
});

test('a stage that throws on one of several articles stops that article alone', () => {
  const failing: Stage = {
    name: 'failing on a marked article',
    requires: ['text'],
    assigns: [],
    run(doc) {
      if (doc.text.includes('MALFORMED')) throw new Error('cannot read this one');
    },
  };
  const stages = [...STAGES.slice(0, 1), failing, ...STAGES.slice(1)];
  const outcomes = extractRecords([article('Ghana and Togo signed a border treaty.'), article('MALFORMED text.'), article('Kenya and Uganda met.')], stages);
  assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true]);
  assert.equal(outcomes[1].ok === false && outcomes[1].error instanceof Error && outcomes[1].error.message, 'cannot read this one');
  assert.deepEqual(outcomes[0].ok && outcomes[0].record, extractRecord(article('Ghana and Togo signed a border treaty.')));
});
