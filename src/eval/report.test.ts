import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../record/schema.ts';
import { parseGold } from './gold.ts';
import { recordWith } from './record-from-gold.ts';
import { renderReport, reportJson } from './report.ts';
import { MEAN_SLOTS, scoreDocument, SLOTS, summarise } from './score.ts';

const country = (code: string): Entity => ({ id: `country-${code}`, type: 'country', name: code, aliases: [], mentions: [], code });

function sampleResult() {
  const first = parseGold(
    { file: 'a.txt', countries: [{ code: 'AZE' }, { code: 'KAZ' }], events: [{ type: 'meeting', participants: ['AZE'] }] },
    'a.json',
  );
  const second = parseGold({ file: 'b.txt', countries: [{ code: 'TUR' }] }, 'b.json');
  return summarise([
    scoreDocument(first, recordWith([country('AZE')], [{ id: 'e1', type: 'meeting', date: null, participants: ['country-AZE'], sectors: [], evidence: [{ start: 0, end: 1 }] }])),
    scoreDocument(second, recordWith([country('RUS')])),
  ]);
}

const ANSI_ESCAPE = /\x1b\[/;

test('the report has a row per slot and ends with the mean F1 of the eight slots', () => {
  const text = renderReport(sampleResult(), { byDocument: false, colour: false });
  for (const slot of SLOTS) assert.match(text, new RegExp(`^${slot}\\*? `, 'm'), slot);
  const lines = text.trimEnd().split('\n');
  assert.match(lines[lines.length - 1], /^mean F1 of the eight entity and event slots: \d\.\d{3}$/);
  assert.match(text, /^countries +0\.500 +0\.333 +0\.400 +1 +1 +2$/m);
});

test('the report lists attribute accuracies with their n and events by type', () => {
  const text = renderReport(sampleResult(), { byDocument: false, colour: false });
  assert.match(text, /^event date +– +0$/m);
  assert.match(text, /^instrument period +– +0$/m);
  assert.match(text, /^Events by type$/m);
  assert.match(text, /^meeting +1\.000 +1\.000 +1\.000 +1 +0 +0$/m);
});

test('the report has no colour codes unless asked for colour', () => {
  assert.doesNotMatch(renderReport(sampleResult(), { byDocument: true, colour: false }), ANSI_ESCAPE);
  assert.match(renderReport(sampleResult(), { byDocument: true, colour: true }), ANSI_ESCAPE);
});

test('the by-document report adds one row of F1 per slot for each document', () => {
  const text = renderReport(sampleResult(), { byDocument: true, colour: false });
  assert.match(text, /^F1 per document$/m);
  assert.match(text, /^a\.txt +0\.667 /m);
  assert.match(text, /^b\.txt +0\.000 /m);
  assert.doesNotMatch(renderReport(sampleResult(), { byDocument: false, colour: false }), /^a\.txt/m);
});

test('the JSON report holds slots, attributes, events by type and the mean, and per-document rows on request', () => {
  const result = sampleResult();
  const report = reportJson(result, { byDocument: true });
  assert.equal(report.documents, 2);
  assert.deepEqual(Object.keys(report.slots), [...SLOTS]);
  assert.deepEqual(report.slots.countries, { precision: 0.5, recall: 1 / 3, f1: 0.4, tp: 1, fp: 1, fn: 2 });
  assert.deepEqual(report.attributes.event_date, { accuracy: null, correct: 0, n: 0 });
  assert.equal(report.events_by_type.meeting.f1, 1);
  assert.equal(report.mean_f1, result.meanF1);
  assert.deepEqual(report.mean_f1_slots, [...MEAN_SLOTS]);
  assert.deepEqual(report.by_document?.map((document) => document.file), ['a.txt', 'b.txt']);
  assert.equal(reportJson(result, { byDocument: false }).by_document, undefined);
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
});
