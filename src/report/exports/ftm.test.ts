import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultModel, Model } from '@alephdata/followthemoney';
import type { Store } from '../../store/store.ts';
import { countryFtmId, type FtmEntity, ftmId } from './ftm.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { extractedArticles } from '../../../test/support/corpus-records.ts';
import { HAND_MADE_KNOWLEDGE_BASE } from '../../../test/support/hand-made-knowledge-base.ts';
import { exportedText } from '../../../test/support/exported-text.ts';

const [pglite] = storeBackends();
const model = new Model(defaultModel);
/** FtM's entity id syntax (followthemoney/types/entity.py). */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const COUNTRY_CODES = new Set(Object.keys(defaultModel.types.country.values ?? {}));

function linesOf(text: string | undefined): FtmEntity[] {
  assert.ok(text !== undefined && text.endsWith('\n'));
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as FtmEntity);
}

describe('FollowTheMoney entities', () => {
  let store: Store;
  let entities: FtmEntity[];
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE, ...(await extractedArticles())]);
    entities = linesOf((await exportedText(store, 'ftm')).get('entities.ftm.json'));
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  const withId = (id: string) => entities.find((entity) => entity.id === id);

  test("every line is an entity of FtM's model: a concrete schema, its own or inherited properties, lists of strings, the required ones present", () => {
    assert.ok(entities.length > 50);
    for (const entity of entities) {
      assert.deepEqual(Object.keys(entity).sort(), ['id', 'properties', 'schema']);
      const schema = model.schemata[entity.schema];
      assert.ok(schema, `${entity.schema} is an FtM schema`);
      assert.ok(!schema.abstract, `${entity.schema} is not abstract`);
      const properties = schema.getProperties();
      for (const [name, values] of Object.entries(entity.properties)) {
        const property = properties.get(name);
        assert.ok(property, `${entity.schema} has the property ${name}`);
        assert.ok(!property.stub, `${entity.schema}.${name} is not a reverse property`);
        assert.ok(Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === 'string' && value !== ''), `${entity.id} ${name}`);
      }
      for (const name of schema.required) assert.ok(entity.properties[name], `${entity.id}: ${entity.schema} requires ${name}`);
    }
  });

  test('ids are unique and of FtM syntax; entity references point to entities of the export; countries, dates and URLs are of their types', () => {
    const ids = new Set(entities.map((entity) => entity.id));
    assert.equal(ids.size, entities.length);
    for (const entity of entities) {
      assert.match(entity.id, FTM_ID);
      const properties = model.getSchema(entity.schema).getProperties();
      for (const [name, values] of Object.entries(entity.properties)) {
        const type = properties.get(name)?.type.name;
        for (const value of values) {
          if (type === 'entity') assert.ok(ids.has(value), `${entity.id} ${name} → ${value}`);
          if (type === 'country') assert.ok(COUNTRY_CODES.has(value), `${entity.id} ${name}: ${value}`);
          if (type === 'date') assert.match(value, /^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (type === 'url') assert.match(value, /^https?:\/\//);
        }
      }
    }
  });

  test('ministers are Persons with nationality and position; a ministry is a PublicBody; an international organisation an Organization', () => {
    const nurtleu = withId(ftmId('person:murat-nurtleu'));
    assert.equal(nurtleu?.schema, 'Person');
    assert.deepEqual(nurtleu?.properties.nationality, ['kz']);
    assert.ok(nurtleu?.properties.position?.includes('Foreign Minister (KAZ)'));
    assert.equal(withId(ftmId('org:ministry-of-foreign-affairs-of-azerbaijan'))?.schema, 'PublicBody');
    assert.equal(withId(ftmId('org:organization-of-turkic-states'))?.schema, 'Organization');
    assert.deepEqual(withId(countryFtmId('AZE'))?.properties.country, ['az']);
  });

  test("the action plan is a Contract whose authority is both states, and the projects have their states as participants", () => {
    const plan = withId(ftmId('instrument:action-plan-on-cooperation-transit-and-digital-links'));
    assert.equal(plan?.schema, 'Contract');
    assert.deepEqual(plan?.properties.authority?.sort(), [countryFtmId('AZE'), countryFtmId('KAZ')].sort());
    const cable = ftmId('initiative:caspian-fibre-optic-line');
    assert.equal(withId(cable)?.schema, 'Project');
    const participants = entities.filter((entity) => entity.schema === 'ProjectParticipant' && entity.properties.project?.[0] === cable);
    assert.deepEqual(participants.map((link) => link.properties.participant[0]).sort(), [countryFtmId('AZE'), countryFtmId('KAZ')].sort());
    const larger = entities.find((entity) => entity.schema === 'UnknownLink' && entity.properties.subject?.[0] === cable);
    assert.deepEqual(larger?.properties.object, [ftmId('initiative:middle-corridor')]);
  });

  test('the meeting is an Event involving both ministers and both states, at its place', async () => {
    const [meeting] = (await store.timeline('AZE', 'KAZ')).filter((event) => event.type === 'meeting' && event.date === '2025-03-03');
    const event = withId(ftmId(meeting.id));
    assert.equal(event?.schema, 'Event');
    assert.deepEqual(event?.properties.involved?.sort(), ['person:jeyhun-bayramov', 'person:murat-nurtleu', 'country:AZE', 'country:KAZ'].map(ftmId).sort());
    assert.deepEqual(event?.properties.date, ['2025-03-03']);
    assert.deepEqual(event?.properties.addressEntity, [ftmId('place:baku')]);
    assert.deepEqual(event?.properties.country?.sort(), ['az', 'kz']);
  });
});
