import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntityType } from '../record/schema.ts';
import type { RoleOverTime } from '../record/knowledge.ts';
import {
  type AttributeTally, type DatedReport, type StatusEvidence, attributesFromTally, combineTallies, mergeAttributes, tallyReports,
} from './merge-attributes.ts';

function report(published: string | null, attributes: { [field: string]: unknown }): DatedReport {
  return { published, attributes };
}

const foreignMinister = { title: 'Minister of Foreign Affairs', country: 'KAZ' };
const deputyPrimeMinister = { title: 'Deputy Prime Minister', country: 'KAZ' };

test('a role is held from the earliest to the latest publication of the documents that give it, in whatever order they come', () => {
  const merged = mergeAttributes('person', [
    report('2024-02-01', { roles: [foreignMinister] }),
    report('2023-05-10', { roles: [foreignMinister] }),
    report('2024-09-30', { roles: [foreignMinister] }),
  ]);
  const spans = (merged.roles as RoleOverTime[]).map(({ title, country, from, to }) => ({ title, country, from, to }));
  assert.deepEqual(spans, [{ ...foreignMinister, from: '2023-05-10', to: '2024-09-30' }]);
});

test('each role keeps its own span, and roles are listed by when they were first reported', () => {
  const merged = mergeAttributes('person', [
    report('2024-09-30', { roles: [foreignMinister, deputyPrimeMinister] }),
    report('2023-05-10', { roles: [foreignMinister] }),
  ]);
  const spans = (merged.roles as RoleOverTime[]).map(({ title, from, to }) => ({ title, from, to }));
  assert.deepEqual(spans, [
    { title: 'Minister of Foreign Affairs', from: '2023-05-10', to: '2024-09-30' },
    { title: 'Deputy Prime Minister', from: '2024-09-30', to: '2024-09-30' },
  ]);
});

test('one office held in two countries is two roles', () => {
  const merged = mergeAttributes('person', [
    report('2024-01-01', { roles: [{ title: 'Ambassador', country: 'AZE' }] }),
    report('2025-01-01', { roles: [{ title: 'Ambassador', country: 'TUR' }] }),
  ]);
  assert.equal((merged.roles as RoleOverTime[]).length, 2);
});

test('an undated report neither starts nor ends a dated role', () => {
  const merged = mergeAttributes('person', [
    report(null, { roles: [foreignMinister] }),
    report('2024-02-01', { roles: [foreignMinister] }),
  ]);
  const [role] = merged.roles as RoleOverTime[];
  assert.equal(role.from, '2024-02-01');
  assert.equal(role.to, '2024-02-01');
});

test('an instrument signed in an earlier article and ratified in a later one is ratified, with both steps in its history', () => {
  const merged = mergeAttributes('instrument', [
    report('2024-06-12', { kind: 'agreement', status: 'ratified', parties: ['AZE', 'KAZ'] }),
    report('2024-01-15', { kind: 'agreement', status: 'signed', parties: ['AZE', 'KAZ'] }),
  ]);
  assert.equal(merged.status, 'ratified');
  assert.deepEqual(merged.statusHistory, [
    { status: 'signed', date: '2024-01-15' },
    { status: 'ratified', date: '2024-06-12' },
  ] satisfies StatusEvidence[]);
});

test('on one day the later stage of the lifecycle wins, whatever order the reports come in', () => {
  for (const order of [['ratified', 'signed'], ['signed', 'ratified']]) {
    const merged = mergeAttributes('instrument', order.map((status) => report('2024-06-12', { kind: 'agreement', status })));
    assert.equal(merged.status, 'ratified', `reports in the order ${order.join(', ')}`);
    assert.deepEqual((merged.statusHistory as StatusEvidence[]).map((evidence) => evidence.status), ['signed', 'ratified']);
  }
});

test('a status repeated by later articles keeps the date it was first reported', () => {
  const merged = mergeAttributes('instrument', [
    report('2024-01-15', { status: 'signed' }),
    report('2024-03-01', { status: 'signed' }),
    report('2024-03-02', { status: 'unknown' }),
  ]);
  assert.deepEqual(merged.statusHistory, [{ status: 'signed', date: '2024-01-15' }]);
  assert.equal(merged.status, 'signed');
});

test('an instrument no report gives a status for is of unknown status', () => {
  const merged = mergeAttributes('instrument', [report('2024-01-15', { kind: 'memorandum' })]);
  assert.equal(merged.status, 'unknown');
  assert.deepEqual(merged.statusHistory, []);
});

test('the parties of an instrument are every party any report names', () => {
  const merged = mergeAttributes('instrument', [
    report('2024-01-15', { parties: ['KAZ', 'AZE'] }),
    report('2024-02-15', { parties: ['UZB', 'AZE'] }),
    report('2024-03-15', {}),
  ]);
  assert.deepEqual([...(merged.parties as string[])].sort(), ['AZE', 'KAZ', 'UZB']);
});

test('a kind of other gives way to a specific kind, even when more reports say other', () => {
  const merged = mergeAttributes('instrument', [
    report('2024-01-15', { kind: 'other' }),
    report('2024-02-15', { kind: 'memorandum' }),
    report('2024-03-15', { kind: 'other' }),
  ]);
  assert.equal(merged.kind, 'memorandum');
  assert.equal(mergeAttributes('instrument', [report('2024-01-15', { kind: 'other' })]).kind, 'other');
});

test('the kind most reports give wins, and a tie goes to the latest report', () => {
  const most = mergeAttributes('instrument', [
    report('2024-01-15', { kind: 'memorandum' }),
    report('2024-02-15', { kind: 'agreement' }),
    report('2024-03-15', { kind: 'memorandum' }),
  ]);
  assert.equal(most.kind, 'memorandum');
  const tie = mergeAttributes('instrument', [report('2024-02-15', { kind: 'agreement' }), report('2024-01-15', { kind: 'memorandum' })]);
  assert.equal(tie.kind, 'agreement');
});

test('the period of an instrument is the one the latest report gives', () => {
  const merged = mergeAttributes('instrument', [
    report('2025-01-20', { period: { start: '2025', end: '2027' } }),
    report('2021-04-02', { period: { start: '2021', end: '2024' } }),
    report('2025-06-01', {}),
  ]);
  assert.deepEqual(merged.period, { start: '2025', end: '2027' });
});

test('an initiative follows its own lifecycle', () => {
  const merged = mergeAttributes('initiative', [
    report('2023-01-10', { kind: 'pipeline', status: 'planned', parties: ['AZE'] }),
    report('2024-01-10', { kind: 'pipeline', status: 'under way', parties: ['KAZ'] }),
    report('2024-01-10', { kind: 'pipeline', status: 'proposed' }),
  ]);
  assert.equal(merged.status, 'under way');
  assert.deepEqual([...(merged.parties as string[])].sort(), ['AZE', 'KAZ']);
});

test('a later article recalling the signing of a ratified instrument does not take it back to signed', () => {
  const merged = mergeAttributes('instrument', [
    report('2025-01-10', { kind: 'agreement', status: 'signed' }),
    report('2025-04-02', { kind: 'agreement', status: 'ratified' }),
    report('2025-09-15', { kind: 'agreement', status: 'signed' }),
  ]);
  assert.equal(merged.status, 'ratified');
  assert.deepEqual((merged.statusHistory as StatusEvidence[]).map((step) => step.status), ['signed', 'ratified']);
});

test('an expired instrument reported in force again later is in force: it was renewed', () => {
  const merged = mergeAttributes('instrument', [
    report('2022-01-10', { kind: 'agreement', status: 'in force' }),
    report('2024-01-10', { kind: 'agreement', status: 'expired' }),
    report('2024-06-10', { kind: 'agreement', status: 'in force' }),
  ]);
  assert.equal(merged.status, 'in force');
});

const PERIOD = fc.record({ start: fc.constantFrom('2021', '2024'), end: fc.constantFrom('2024', '2027') }, { requiredKeys: ['start'] });
const ROLE = fc.record({
  title: fc.constantFrom('Minister of Foreign Affairs', 'minister of foreign affairs', 'Ambassador', 'Deputy Prime Minister'),
  country: fc.constantFrom('AZE', 'KAZ'),
}, { requiredKeys: ['title'] });
const REPORTED_ATTRIBUTES = fc.record({
  kind: fc.constantFrom('agreement', 'memorandum', 'pipeline', 'city', 'other'),
  country: fc.constantFrom('AZE', 'KAZ', 'UZB'),
  status: fc.constantFrom('unknown', 'proposed', 'planned', 'signed', 'ratified', 'in force', 'expired', 'under way', 'completed'),
  parties: fc.subarray(['AZE', 'KAZ', 'UZB', 'TUR']),
  period: PERIOD,
  geo: fc.record({ lat: fc.constantFrom(40.4, 51.2), lon: fc.constantFrom(49.9, 71.4) }),
  roles: fc.array(ROLE, { maxLength: 2 }),
  date: fc.constantFrom('2024-05', '2025'),
}, { requiredKeys: [] });
const REPORTS = fc.array(fc.record({
  published: fc.constantFrom(null, '2023-05-10', '2024-01-15', '2024-01-15', '2025-06-01'),
  attributes: REPORTED_ATTRIBUTES,
}), { maxLength: 12 }).map((reports) => reports.map((report, index): DatedReport => ({
  published: report.published,
  // Plain objects, as a Record's are (fast-check's have no prototype).
  attributes: JSON.parse(JSON.stringify(report.attributes)),
  source: `document-${index % 5}/e${index}`,
})));
const TYPE = fc.constantFrom<EntityType>('person', 'organization', 'place', 'instrument', 'initiative', 'forum');

/** The tally as PostgreSQL would give it back from a jsonb column: object keys by length, then bytes. */
function asStoredInJsonb(tally: AttributeTally): AttributeTally {
  return JSON.parse(JSON.stringify(tally, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1)))
      : value));
}

test('reports tallied in batches, stored between batches, give the attributes of all the reports merged at once', () => {
  fc.assert(fc.property(TYPE, REPORTS, fc.array(fc.nat(), { maxLength: 4 }), (type, reports, cuts) => {
    const boundaries = [...new Set([0, ...cuts.map((cut) => cut % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
    let stored: AttributeTally = tallyReports([]);
    for (let i = 1; i < boundaries.length; i += 1) {
      stored = asStoredInJsonb(combineTallies(stored, tallyReports(reports.slice(boundaries[i - 1], boundaries[i]))));
    }
    assert.deepEqual(attributesFromTally(type, stored), mergeAttributes(type, reports));
  }), { numRuns: 300 });
});

test('the merged attributes do not depend on the order the reports come in', () => {
  fc.assert(fc.property(TYPE, REPORTS.chain((reports) => fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length }))),
    (type, [reports, shuffled]) => {
      assert.deepEqual(mergeAttributes(type, shuffled), mergeAttributes(type, reports));
    }), { numRuns: 300 });
});

test('a tally grows with the distinct values reported, not with the reports', () => {
  const one = report('2024-01-15', { kind: 'agreement', status: 'signed', parties: ['AZE', 'KAZ'], period: { start: '2024', end: '2026' } });
  const once = JSON.stringify(tallyReports([one]));
  const thousand = JSON.stringify(tallyReports(Array.from({ length: 1_000 }, (_, index) => ({ ...one, source: `document-${index}` }))));
  assert.ok(thousand.length < once.length + 100, `${thousand.length} characters for a thousand reports, ${once.length} for one`);
});
