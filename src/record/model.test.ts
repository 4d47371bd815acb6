import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldsteinScale } from '../query/goldstein.ts';
import { EVENT_ENTITY_ROLES } from '../store/schema.ts';
import {
  AGREED_INSTRUMENT_STATUSES, cameoCodeOf, CONTACT_EVENT_TYPES, ENTITY_TYPE_MODEL, EVENT_ENTITY_FIELDS, EVENT_TYPE_MODEL,
  INITIATIVE_STATUS_MODEL, INSTRUMENT_STATUS_MODEL, InstrumentStatusesFile, OPEN_INSTRUMENT_STATUSES, STANCE_MODEL,
} from './model.ts';
import { EVENT_TYPES, INITIATIVE_STATUSES, INSTRUMENT_STATUSES } from './model-names.ts';
import { Event } from './schema.ts';

test('the instrument lifecycle runs from unreported to proposed, negotiated, signed, ratified, in force and expired', () => {
  assert.deepEqual(INSTRUMENT_STATUS_MODEL.statuses.map((s) => s.name), ['unknown', 'proposed', 'negotiating', 'signed', 'ratified', 'in force', 'expired']);
  assert.equal(INSTRUMENT_STATUS_MODEL.unreported, 'unknown');
  assert.equal(INSTRUMENT_STATUS_MODEL.lapsed, 'expired');
});

test('every status has its own place in the lifecycle, so that any two compare', () => {
  for (const model of [INSTRUMENT_STATUS_MODEL, INITIATIVE_STATUS_MODEL]) {
    const orders = model.statuses.map((s) => s.order);
    assert.equal(new Set(orders).size, orders.length);
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
  }
  assert.deepEqual(new Set(INSTRUMENT_STATUS_MODEL.statuses.map((s) => s.name)), new Set(INSTRUMENT_STATUSES));
  assert.deepEqual(new Set(INITIATIVE_STATUS_MODEL.statuses.map((s) => s.name)), new Set(INITIATIVE_STATUSES));
});

test('a statuses file that leaves a status out, describes one twice, gives two the same order or names one the code does not know is refused', () => {
  const file = { ...INSTRUMENT_STATUS_MODEL, statuses: INSTRUMENT_STATUS_MODEL.statuses.map((s) => ({ ...s })) };
  assert.ok(InstrumentStatusesFile.safeParse(file).success);
  const variants = [
    file.statuses.filter((s) => s.name !== 'expired'),
    [...file.statuses, { ...file.statuses[1], order: 99 }],
    file.statuses.map((s) => (s.name === 'signed' ? { ...s, order: 2 } : s)),
    [...file.statuses, { ...file.statuses[1], name: 'initialled', order: 99 }],
  ];
  for (const statuses of variants) assert.equal(InstrumentStatusesFile.safeParse({ ...file, statuses }).success, false, JSON.stringify(statuses.map((s) => [s.name, s.order])));
});

test('an instrument is open until it is in force or expired, and agreed once signed', () => {
  assert.deepEqual([...OPEN_INSTRUMENT_STATUSES].sort(), ['negotiating', 'proposed', 'ratified', 'signed', 'unknown']);
  assert.ok(!AGREED_INSTRUMENT_STATUSES.has('proposed') && !AGREED_INSTRUMENT_STATUSES.has('negotiating'));
  assert.ok(AGREED_INSTRUMENT_STATUSES.has('signed') && AGREED_INSTRUMENT_STATUSES.has(INSTRUMENT_STATUS_MODEL.lapsed));
});

test('a status both lists hold reads the same in each', () => {
  const initiativeTones = new Map(INITIATIVE_STATUS_MODEL.statuses.map((s) => [s.name as string, s.tone]));
  for (const status of INSTRUMENT_STATUS_MODEL.statuses) {
    if (initiativeTones.has(status.name)) assert.equal(initiativeTones.get(status.name), status.tone, status.name);
  }
});

test('meetings, visits and calls are contacts between the sides; a forum is not', () => {
  assert.deepEqual([...CONTACT_EVENT_TYPES], ['meeting', 'visit', 'call']);
  assert.deepEqual(new Set(EVENT_TYPE_MODEL.map((t) => t.name)), new Set(EVENT_TYPES));
});

test('an event takes its stance\'s CAMEO code before its type\'s, and every code the model gives has a Goldstein value', () => {
  assert.equal(cameoCodeOf('visit'), '042');
  assert.equal(cameoCodeOf('statement', 'condemnation'), '111');
  assert.equal(cameoCodeOf('statement'), undefined);
  const codes = [...EVENT_TYPE_MODEL, ...STANCE_MODEL].flatMap((entry) => entry.cameo ?? []);
  assert.ok(codes.length > 0);
  for (const code of codes) assert.notEqual(goldsteinScale(code), undefined, `CAMEO ${code}`);
});

test('every event field the model says names entities is a field of the Event, linked under a role the store knows', () => {
  const fields = Object.keys(Event.shape);
  for (const { field, role } of EVENT_ENTITY_FIELDS) {
    assert.ok(fields.includes(field), `${field} is not an Event field`);
    assert.ok((EVENT_ENTITY_ROLES as readonly string[]).includes(role), `${role} is not in EVENT_ENTITY_ROLES`);
  }
  assert.deepEqual(EVENT_ENTITY_FIELDS.map((f) => f.role).sort(), [...EVENT_ENTITY_ROLES].sort());
});

test('every entity type is described', () => {
  assert.deepEqual(ENTITY_TYPE_MODEL.map((t) => t.name), ['country', 'person', 'organization', 'place', 'instrument', 'initiative', 'forum']);
});
