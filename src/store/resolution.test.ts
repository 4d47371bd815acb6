import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../extract/pipeline.ts';
import type { Article } from '../read/article.ts';
import type { EntitySummary, ExtractedArticle } from './store.ts';
import { storeBackends, withFreshStore } from '../../test/support/store-backends.ts';
import { corpusArticle, extractedArticles } from '../../test/support/corpus-records.ts';
import { handMadeArticle, type HandMadeEntity } from '../../test/support/hand-made-records.ts';
import { foldText } from '../vocabulary/fold.ts';
import { sql } from 'drizzle-orm';
import type { StoreDatabase } from './database.ts';
import { attributesAtOddsWithMentions } from '../../test/support/attribute-consistency.ts';

function extracted(body: string, published: string | null, outlet: string): ExtractedArticle {
  const article: Article = { file: `${outlet}.txt`, outlet, published, language: 'en', body };
  return { article, record: extractRecord(article) };
}

/** Entities (active) that carry `name` as their name or an alias. */
function named(entities: readonly EntitySummary[], name: string): EntitySummary[] {
  const wanted = foldText(name);
  return entities.filter((entity) => [entity.name, ...entity.aliases].some((alias) => foldText(alias) === wanted));
}

function runQuery(db: StoreDatabase) {
  return async <Row>(text: string) => (await db.execute(sql.raw(text))) as unknown as { rows: Row[] };
}

const fisheriesAgreement = (status: 'signed' | 'ratified'): HandMadeEntity => ({
  id: 'i1', type: 'instrument', name: 'Agreement on Fisheries in the Caspian Sea', kind: 'agreement', status, parties: ['AZE', 'KAZ'],
});

const minister = (name: string, country: string, title = 'Foreign Minister'): HandMadeEntity =>
  ({ id: 'p1', type: 'person', name, country, roles: [{ title, country }] });

/** A person as one report gives them: the office and, where the report says it, the country. */
function reported(id: string, name: string, title: string, country?: string): HandMadeEntity {
  return { id, type: 'person', name, ...(country ? { country } : {}), roles: [{ title, ...(country ? { country } : {}) }] };
}

function countries(...codes: string[]): HandMadeEntity[] {
  return codes.map((code) => ({ id: `c-${code}`, type: 'country', name: code, code }));
}

/** The people stored, each as its name and the names it was reported under besides, with how many documents report it. */
async function storedPeople(store: { listEntities: (filter: { type: 'person' }) => Promise<EntitySummary[]> }): Promise<string[]> {
  const people = await store.listEntities({ type: 'person' });
  return people.map((person) => `${[person.name, ...person.aliases].join(' = ')} (${person.documentCount})`).sort();
}

// Retellings, in other outlets' words, of the bundled seed whose foreign ministers signed an
// action plan at an undated meeting: one dated by "on Monday", one as undated as the seed.
const seedMeetingDated = extracted(
  "Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu and his Azerbaijani counterpart Jeyhun Bayramov " +
    'on Monday signed an action plan between the two foreign ministries for 2025-2026.\n\n' +
    'The ministers first talked one-on-one and then met in an expanded format with their delegations, discussing trade, transport and the Middle Corridor.',
  '2025-01-28',
  'Steppe Courier',
);
const seedMeetingUndated = extracted(
  'Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakh Foreign Minister Murat Nurtleu signed a 2025-2026 action plan between their ministries of foreign affairs.\n\n' +
    'Bayramov and Nurtleu held a one-on-one meeting before talks in an expanded format, and spoke about transport links across the Caspian Sea.',
  null,
  'Caspian Wire',
);

for (const backend of storeBackends()) {
  describe(`resolution across documents on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withStore = (use: Parameters<typeof withFreshStore>[1]) => withFreshStore(backend, use);

    test("with the whole corpus stored, each of the seeds' people, instruments and projects is one entity", () =>
      withStore(async (store) => {
        await store.saveDocuments(await extractedArticles());
        const stored = await store.listEntities();
        for (const seed of ['seed-000.txt', 'seed-001.txt']) {
          const { record } = await corpusArticle(seed);
          for (const entity of record.entities.filter((e) => ['person', 'instrument', 'initiative'].includes(e.type))) {
            const matches = named(stored.filter((e) => e.type === entity.type), entity.name);
            assert.equal(matches.length, 1, `${entity.type} "${entity.name}" of ${seed} is ${matches.length} entities: ${matches.map((m) => m.id).join(', ')}`);
          }
        }
      }));

    test("a report of a seed's meeting in other words, a day later, merges into the same event with two sources", () =>
      withStore(async (store) => {
        const seed = await corpusArticle('seed-001.txt');
        await store.saveDocuments([seed]);
        const meeting = seed.record.events.find((event) => event.type === 'meeting');
        assert.ok(meeting?.date, 'the seed reports a dated meeting');
        const retold = extracted(
          'Kazakh Prime Minister Olzhas Bektenov held talks with his Azerbaijani counterpart Ali Asadov in Baku on Monday, ' +
            'the Kazakh government said on Tuesday.\n\nThe two prime ministers discussed trade and transport across the Caspian Sea.',
          '2025-03-04',
          'Caspian Wire',
        );
        assert.ok(retold.record.events.some((event) => event.type === 'meeting'), 'extraction finds the retold meeting');
        await store.saveDocuments([retold]);
        const meetings = (await store.timeline('AZE', 'KAZ')).filter((event) => event.type === 'meeting' && event.date?.startsWith('2025-03'));
        assert.equal(meetings.length, 1, `one meeting, not ${meetings.length}`);
        assert.deepEqual(meetings[0].sources.map((source) => source.document.outlet).sort(), ['Caspian Wire', 'News.Az']);
        const people = meetings[0].participants.filter((participant) => participant.type === 'person').map((person) => person.name);
        assert.ok(people.includes('Ali Asadov') && people.includes('Olzhas Bektenov'));
      }));

    test('another spelling of a surname is the same person when country and office agree, and a namesake of another country is not', () =>
      withStore(async (store) => {
        await store.saveDocuments([
          handMadeArticle('Foreign Minister Murat Nurtleu spoke.', '2024-05-01', { entities: [minister('Murat Nurtleu', 'KAZ')] }),
          handMadeArticle('Foreign Minister Murat Nurtleuov spoke.', '2024-06-01', { entities: [minister('Murat Nurtleuov', 'KAZ')] }),
          handMadeArticle('Foreign Minister Murat Nurtleu of Kyrgyzstan spoke.', '2024-07-01', { entities: [minister('Murat Nurtleu', 'KGZ')] }),
        ]);
        const people = await store.listEntities({ type: 'person' });
        assert.equal(people.length, 2);
        const kazakh = people.find((person) => person.attributes.country === 'KAZ');
        assert.ok(kazakh);
        assert.deepEqual([kazakh.name, ...kazakh.aliases].sort(), ['Murat Nurtleu', 'Murat Nurtleuov']);
        assert.equal(kazakh.documentCount, 2);
      }));

    test('one person is one entity across outlets that name them with or without middle names, by one word of the name, or in another romanisation', () =>
      withStore(async (store) => {
        const summit = countries('CHN', 'BRA', 'TUR', 'TKM', 'QAT');
        await store.saveDocuments([
          handMadeArticle('A first report of the leaders.', '2024-11-20', {
            entities: [
              ...summit,
              reported('p1', 'Xi Jinping', 'President', 'CHN'),
              reported('p2', 'Luiz Inácio Lula da Silva', 'President', 'BRA'),
              reported('p3', 'Recep Tayyip Erdoğan', 'President', 'TUR'),
              reported('p4', 'Serdar Berdimuhamedov', 'President', 'TKM'),
              reported('p5', 'Sheikh Tamim bin Hamad Al Thani', 'Emir', 'QAT'),
            ],
          }),
        ]);
        await store.saveDocuments([
          handMadeArticle('A second outlet tells it in fewer words.', '2024-11-21', {
            entities: [
              ...summit,
              reported('p1', 'Xi', 'President'),
              reported('p2', 'Lula', 'President', 'BRA'),
              reported('p3', 'Tayyip Erdogan', 'President', 'TUR'),
              reported('p4', 'Serdar Berdimuhamedow', 'President'),
              reported('p5', 'Tamim bin Hamad', 'Emir', 'QAT'),
            ],
          }),
          handMadeArticle('A third outlet names them in full.', '2024-11-22', {
            entities: [
              ...summit,
              reported('p1', 'Xi Jinping', 'President', 'CHN'),
              reported('p2', 'Lula da Silva', 'President', 'BRA'),
              reported('p3', 'Recep Tayyip Erdogan', 'President'),
              reported('p4', 'Serdar Berdimuhamedov', 'President', 'TKM'),
              reported('p5', 'Tamim bin Hamad al-Thani', 'Emir'),
            ],
          }),
        ]);
        assert.deepEqual(await storedPeople(store), [
          'Luiz Inácio Lula da Silva = Lula = Lula da Silva (3)',
          'Recep Tayyip Erdoğan = Recep Tayyip Erdogan = Tayyip Erdogan (3)',
          'Serdar Berdimuhamedov = Serdar Berdimuhamedow (3)',
          'Sheikh Tamim bin Hamad Al Thani = Tamim bin Hamad = Tamim bin Hamad al-Thani (3)',
          'Xi Jinping = Xi (3)',
        ]);
      }));

    test('people whose given names, fathers or countries differ stay apart, however alike their names', () =>
      withStore(async (store) => {
        await store.saveDocuments([
          handMadeArticle('The king and the crown prince.', '2024-01-10', {
            entities: [...countries('SAU'), reported('p1', 'Salman bin Abdulaziz', 'King', 'SAU'), reported('p2', 'Mohammed bin Salman', 'Crown Prince', 'SAU')],
          }),
          handMadeArticle('Three ministers of one name.', '2024-01-11', {
            entities: [
              ...countries('SRB'),
              reported('p1', 'Aleksandar Vulin', 'Deputy Prime Minister', 'SRB'),
              reported('p2', 'Aleksandar Vučić', 'President', 'SRB'),
              reported('p3', 'Aleksandar Martinović', 'Minister of Agriculture', 'SRB'),
            ],
          }),
          handMadeArticle('The sultan and his minister.', '2024-01-12', {
            entities: [...countries('OMN'), reported('p1', 'Sultan Haitham bin Tarik', 'Sultan', 'OMN'), reported('p2', 'Sultan bin Salim Al Habsi', 'Minister of Finance', 'OMN')],
          }),
          handMadeArticle('The president and the prime minister.', '2024-01-13', {
            entities: [...countries('MRT'), reported('p1', 'Mohamed Ould Ghazouani', 'President', 'MRT'), reported('p2', 'Mohamed Ould Bilal', 'Prime Minister', 'MRT')],
          }),
        ]);
        await store.saveDocuments([
          handMadeArticle('Each of them again, by another name.', '2024-02-01', {
            entities: [
              ...countries('SAU', 'SRB', 'OMN', 'MRT'),
              reported('p1', 'Salman', 'King', 'SAU'),
              reported('p2', 'Aleksandar Martinovic', 'Minister of Agriculture', 'SRB'),
              reported('p3', 'Haitham bin Tarik', 'Sultan', 'OMN'),
              reported('p4', 'Mohamed Ould Cheikh El Ghazouani', 'President', 'MRT'),
            ],
          }),
        ]);
        assert.deepEqual(await storedPeople(store), [
          'Aleksandar Martinović = Aleksandar Martinovic (2)',
          'Aleksandar Vulin (1)',
          'Aleksandar Vučić (1)',
          'Mohamed Ould Bilal (1)',
          'Mohamed Ould Ghazouani = Mohamed Ould Cheikh El Ghazouani (2)',
          'Mohammed bin Salman (1)',
          'Salman bin Abdulaziz = Salman (2)',
          'Sultan Haitham bin Tarik = Haitham bin Tarik (2)',
          'Sultan bin Salim Al Habsi (1)',
        ]);
        const ids = (await store.listEntities({ type: 'person' })).map((person) => person.id);
        assert.ok(ids.includes('person:aleksandar-martinovic'), `the id keeps every letter of the name: ${ids.join(', ')}`);
      }));

    test("a person's country is not taken from a report that gives them another country under a partly matching name", () =>
      withStore(async (store) => {
        await store.saveDocuments([handMadeArticle('The Brazilian president spoke.', '2023-05-01', {
          entities: [...countries('BRA'), reported('p1', 'Luiz Inácio Lula da Silva', 'President', 'BRA')],
        })]);
        await store.saveDocuments([handMadeArticle('The Argentine and Brazilian presidents met.', '2023-05-02', {
          entities: [...countries('ARG', 'BRA'), reported('p1', 'Alberto Fernández', 'President', 'ARG'), reported('p2', 'Luis Inacio da Silva', 'President', 'ARG')],
        })]);
        await store.saveDocuments([handMadeArticle('Lula spoke again.', '2023-05-03', {
          entities: [...countries('ARG', 'BRA'), reported('p1', 'Lula', 'President')],
        })]);
        const people = await store.listEntities({ type: 'person' });
        const lula = people.find((person) => person.name === 'Luiz Inácio Lula da Silva');
        assert.equal(lula?.attributes.country, 'BRA');
        assert.deepEqual(lula?.aliases, ['Lula']);
        assert.equal(people.filter((person) => person.attributes.country === 'ARG').length, 2);
      }));

    test('two people one document tells apart stay two, and one person it names twice under one full name is one', () =>
      withStore(async (store) => {
        await store.saveDocuments([handMadeArticle('Minister Aleksandar and Minister Aleksandar spoke.', '2024-03-01', {
          entities: [...countries('SRB'), reported('p1', 'Aleksandar', 'Minister', 'SRB'), reported('p2', 'Aleksandar', 'Minister', 'SRB')],
        })]);
        await store.saveDocuments([handMadeArticle('The president, written with and without accents.', '2024-03-02', {
          entities: [...countries('MEX'), reported('p1', 'Andrés Manuel López Obrador', 'President', 'MEX'), reported('p2', 'Andres Manuel Lopez Obrador', 'President', 'MEX')],
        })]);
        assert.deepEqual(await storedPeople(store), ['Aleksandar (1)', 'Aleksandar (1)', 'Andrés Manuel López Obrador = Andres Manuel Lopez Obrador (1)']);
      }));

    test('an initial that two stored people could stand for is neither of them', () =>
      withStore(async (store) => {
        await store.saveDocuments([
          handMadeArticle('Prime Minister Ali Asadov spoke.', '2024-05-01', { entities: [minister('Ali Asadov', 'AZE', 'Prime Minister')] }),
          handMadeArticle('Minister Anar Asadov spoke.', '2024-05-02', { entities: [minister('Anar Asadov', 'AZE', 'Minister')] }),
        ]);
        await store.saveDocuments([handMadeArticle('A. Asadov spoke.', '2024-05-03', { entities: [{ id: 'p1', type: 'person', name: 'A. Asadov', country: 'AZE', roles: [] }] })]);
        const people = await store.listEntities({ type: 'person' });
        assert.deepEqual(people.map((person) => person.documentCount), [1, 1, 1]);
      }));

    test('a report that stored namesakes of its very name could each be goes to the one it agrees with most, and makes no further entity', () =>
      withStore(async (store) => {
        const modi = (country?: string): HandMadeEntity => ({
          id: 'p1', type: 'person', name: 'Modi', ...(country ? { country } : {}), roles: country ? [{ title: 'Prime Minister', country }] : [],
        });
        await store.saveDocuments([
          handMadeArticle('Prime Minister Modi of India spoke in Delhi.', '2024-05-01', { entities: [modi('IND')] }),
          handMadeArticle('Prime Minister Modi of India spoke in Mumbai.', '2024-05-02', { entities: [modi('IND')] }),
          handMadeArticle('Prime Minister Modi of Mauritius spoke.', '2024-05-03', { entities: [modi('MUS')] }),
        ]);
        // Either Modi could have spoken: the one reported more is taken, and not a third.
        await store.saveDocuments([handMadeArticle('Modi spoke.', '2024-05-04', { entities: [modi()] })]);
        await store.saveDocuments([handMadeArticle('Prime Minister Modi of India spoke again.', '2024-05-05', { entities: [modi('IND')] })]);
        const people = await store.listEntities({ type: 'person' });
        assert.deepEqual(people.map((person) => [person.attributes.country, person.documentCount]).sort(), [['IND', 4], ['MUS', 1]]);
      }));

    for (const order of ['the undated seed first', 'the dated retelling first', 'all in one batch']) {
      test(`the seed's signing and meeting retold by two outlets, one dated by "on Monday" and one undated, are one signing and one meeting (${order})`, () =>
        withStore(async (store) => {
          const seed = await corpusArticle('seed-000.txt');
          if (order === 'the undated seed first') for (const article of [seed, seedMeetingDated, seedMeetingUndated]) await store.saveDocuments([article]);
          else if (order === 'the dated retelling first') for (const article of [seedMeetingDated, seedMeetingUndated, seed]) await store.saveDocuments([article]);
          else await store.saveDocuments([seedMeetingUndated, seed, seedMeetingDated]);
          const outlets = ['Caspian Wire', 'Steppe Courier', 'Xalq Qazeti'];
          const events = await store.timeline('AZE', 'KAZ');
          for (const type of ['signing', 'meeting'] as const) {
            const ofType = events.filter((event) => event.type === type);
            assert.equal(ofType.length, 1, `${type}: ${ofType.map((event) => `${event.date} from ${event.sources.map((source) => source.document.outlet).join(', ')}`).join('; ')}`);
            assert.deepEqual(ofType[0].sources.map((source) => source.document.outlet).sort(), outlets);
            assert.equal(ofType[0].date, '2025-01-27', 'the dated report dates the event');
            assert.deepEqual(ofType[0].participants.filter((participant) => participant.type === 'person').map((person) => person.name).sort(), ['Jeyhun Bayramov', 'Murat Nurtleu']);
          }
          const plans = (await store.listEntities({ type: 'instrument' })).filter((instrument) => instrument.attributes.kind === 'action plan');
          assert.equal(plans.length, 1, `one action plan, not ${plans.map((plan) => plan.name).join(' / ')}`);
        }));
    }

    test('an instrument signed by the same parties is one signing when one outlet gives the date and another says "on Monday"', () =>
      withStore(async (store) => {
        await store.saveDocuments([extracted(
          'Japanese Foreign Minister Yoko Kamikawa and Philippine Secretary of National Defense Gilberto Teodoro signed the Agreement between Japan and the ' +
            'Republic of the Philippines Concerning Reciprocal Access on July 8 in Manila. President Ferdinand Marcos Jr. attended the ceremony.',
          '2024-07-08',
          'Pacific Ledger',
        )]);
        await store.saveDocuments([extracted(
          "Japan and the Philippines on Monday signed a Reciprocal Access Agreement allowing their forces to train on each other's territory. " +
            'Foreign Minister Kamikawa and Defense Secretary Teodoro put their names to the pact in Manila.',
          '2024-07-09',
          'Island Times',
        )]);
        const signings = (await store.timeline('JPN', 'PHL')).filter((event) => event.type === 'signing');
        assert.equal(signings.length, 1);
        assert.equal(signings[0].date, '2024-07-08');
        assert.deepEqual(signings[0].sources.map((source) => source.document.outlet).sort(), ['Island Times', 'Pacific Ledger']);
        assert.deepEqual(named(await store.listEntities({ type: 'person' }), 'Kamikawa').map((person) => person.name), ['Yoko Kamikawa']);
      }));

    test('undated reports of one instrument signed by the same parties are one signing, and of other instruments or other people meeting about one are not', () =>
      withStore(async (store) => {
        const pair = countries('GEO', 'ARM');
        const instrument = (id: string, name: string): HandMadeEntity => ({ id, type: 'instrument', name, kind: 'agreement', status: 'signed', parties: ['ARM', 'GEO'] });
        const signing = (instrumentId: string, people: string[]) => ({ id: 'e1', type: 'signing' as const, date: null, participants: ['c-GEO', 'c-ARM', ...people], instruments: [instrumentId] });
        const meeting = (people: string[]) => ({ id: 'e2', type: 'meeting' as const, date: null, participants: ['c-GEO', 'c-ARM', ...people] });
        const ministers = [reported('p1', 'Nino Beridze', 'Foreign Minister', 'GEO'), reported('p2', 'Armen Sargsyan', 'Foreign Minister', 'ARM')];
        const deputies = [reported('p3', 'Levan Kapanadze', 'Deputy Foreign Minister', 'GEO'), reported('p4', 'Hayk Petrosyan', 'Deputy Foreign Minister', 'ARM')];
        await store.saveDocuments([handMadeArticle('The ministers met and signed a visa agreement.', null, {
          entities: [...pair, ...ministers, instrument('i1', 'Agreement on Visa-Free Travel')],
          events: [signing('i1', ['p1', 'p2']), meeting(['p1', 'p2'])],
        })]);
        await store.saveDocuments([handMadeArticle('The ministers signed a customs agreement.', null, {
          entities: [...pair, ...ministers, instrument('i1', 'Agreement on Customs Cooperation')],
          events: [signing('i1', ['p1', 'p2'])],
        })]);
        await store.saveDocuments([handMadeArticle('The deputies met and signed the visa agreement.', null, {
          entities: [...pair, ...deputies, instrument('i1', 'Agreement on Visa-Free Travel')],
          events: [signing('i1', ['p3', 'p4']), meeting(['p3', 'p4'])],
        })]);
        await store.saveDocuments([handMadeArticle('The ministers met again about the visa agreement and signed it.', null, {
          entities: [...pair, ...ministers, instrument('i1', 'Agreement on Visa-Free Travel')],
          events: [signing('i1', ['p1', 'p2']), meeting(['p1', 'p2'])],
        })]);
        const events = await store.timeline('ARM', 'GEO');
        const sourcesOf = (type: string) => events.filter((event) => event.type === type).map((event) => event.sources.length).sort();
        // The visa agreement's signing, whoever each report says signed it; the customs agreement's.
        assert.deepEqual(sourcesOf('signing'), [1, 3]);
        // The ministers' meeting at which they signed the visa agreement, told twice; the deputies' meeting.
        assert.deepEqual(sourcesOf('meeting'), [1, 2]);
      }));

    test('a new entity that another ingest stored under the same id since its candidates were read is joined, not stored again', () =>
      withStore(async (store, db) => {
        // The state a batch meets when another worker's batch, reporting the same new project,
        // commits between its reading candidates and its choosing ids: a row the lookup keys did not find.
        await db.execute(sql`insert into entities (id, type, name, aliases, attributes, search_text)
          values ('initiative:middle-corridor', 'initiative', 'Middle Corridor', '{}', '{"kind": "transport corridor", "status": "under way", "parties": []}', 'Middle Corridor')`);
        await store.saveDocuments([handMadeArticle('The Middle Corridor carries more freight.', '2025-02-01', {
          entities: [{ id: 'i1', type: 'initiative', name: 'Middle Corridor', kind: 'transport corridor', status: 'under way', parties: [] }],
        })]);
        const initiatives = await store.listEntities({ type: 'initiative' });
        assert.deepEqual(initiatives.map((initiative) => [initiative.id, initiative.documentCount]), [['initiative:middle-corridor', 1]]);
      }));

    test('a role is held from its earliest to its latest dated mention', () =>
      withStore(async (store) => {
        await store.saveDocuments([
          handMadeArticle('Minister A. Said spoke in March.', '2024-03-01', { entities: [minister('Amir Said', 'EGY')] }),
          handMadeArticle('Minister A. Said spoke in June.', '2024-06-15', { entities: [minister('Amir Said', 'EGY')] }),
          handMadeArticle('Minister A. Said spoke in May.', '2024-05-01', { entities: [minister('Amir Said', 'EGY')] }),
        ]);
        const [person] = await store.listEntities({ type: 'person' });
        assert.deepEqual(person.attributes.roles, [{ title: 'Foreign Minister', country: 'EGY', from: '2024-03-01', to: '2024-06-15' }]);
      }));

    test('an instrument signed in one article and ratified in a later one is ratified, with both steps kept', () =>
      withStore(async (store) => {
        // The later article is stored first: the order of ingest must not matter.
        await store.saveDocuments([handMadeArticle('The fisheries agreement was ratified.', '2025-05-20', { entities: [fisheriesAgreement('ratified')] })]);
        await store.saveDocuments([handMadeArticle('The fisheries agreement was signed.', '2025-01-10', { entities: [fisheriesAgreement('signed')] })]);
        const [instrument] = await store.listEntities({ type: 'instrument' });
        assert.equal(instrument.attributes.status, 'ratified');
        assert.deepEqual(instrument.attributes.statusHistory, [
          { status: 'signed', date: '2025-01-10' },
          { status: 'ratified', date: '2025-05-20' },
        ]);
      }));

    test("each entity's attributes are what all its reports say together, however the reports were batched", () =>
      withStore(async (store, db) => {
        const corpus = await extractedArticles();
        await store.saveDocuments(corpus.slice(0, 4));
        for (const article of corpus.slice(4).reverse()) await store.saveDocuments([article]);
        const compared = (await store.listEntities()).filter((entity) => entity.type !== 'country');
        assert.ok(compared.length > 20, `only ${compared.length} entities to compare`);
        assert.deepEqual(await attributesAtOddsWithMentions(runQuery(db)), []);
      }));

    test('an entity stored before attribute tallies were kept is tallied from all its reports when it is next reported', () =>
      withStore(async (store, db) => {
        await store.saveDocuments([handMadeArticle('The fisheries agreement was signed.', '2025-01-10', { entities: [fisheriesAgreement('signed')] })]);
        await db.execute(sql`update entities set attribute_tally = null, attributes = '{}'::jsonb`);
        await store.saveDocuments([handMadeArticle('The fisheries agreement was ratified.', '2025-05-20', { entities: [fisheriesAgreement('ratified')] })]);
        const [instrument] = await store.listEntities({ type: 'instrument' });
        assert.deepEqual(instrument.attributes.statusHistory, [
          { status: 'signed', date: '2025-01-10' },
          { status: 'ratified', date: '2025-05-20' },
        ]);
        const { rows } = await runQuery(db)<{ untallied: number }>(`select count(*)::int as untallied from entities where type <> 'country' and attribute_tally is null`);
        assert.equal(rows[0]?.untallied, 0);
      }));

    test('a report that two stored events could each be is a source of the one stored first, whichever that is', async () => {
      const pair: HandMadeEntity[] = [{ id: 'c1', type: 'country', name: 'Georgia', code: 'GEO' }, { id: 'c2', type: 'country', name: 'Armenia', code: 'ARM' }];
      // Two days apart, so the stored meetings are two; the report between them agrees with each.
      const meetingOn = (date: string) => handMadeArticle(`The foreign ministers of Georgia and Armenia met on ${date}.`, date, {
        entities: pair, events: [{ id: 'e1', type: 'meeting', date, participants: ['c1', 'c2'] }],
      });
      const between = meetingOn('2025-03-02');
      for (const [first, second] of [[meetingOn('2025-03-01'), meetingOn('2025-03-03')], [meetingOn('2025-03-03'), meetingOn('2025-03-01')]]) {
        await withStore(async (store) => {
          await store.saveDocuments([first]);
          await store.saveDocuments([second]);
          await store.saveDocuments([between]);
          const meetings = await store.timeline('ARM', 'GEO');
          assert.equal(meetings.length, 2);
          const reported = meetings.find((meeting) => meeting.sources.some((source) => source.document.id === between.record.document.id));
          assert.deepEqual(reported?.sources.map((source) => source.document.id).sort(), [first.record.document.id, between.record.document.id].sort());
        });
      }
    });

    test('the same wire story in a second outlet is a near-duplicate in the same story, and its facts count once', () =>
      withStore(async (store) => {
        const seed = await corpusArticle('seed-001.txt');
        await store.saveDocuments([seed]);
        const body = `${seed.article.body.replace(/News\.Az/g, 'Caspian Wire')}\n\nCaspian Wire staff contributed to this report.`;
        const [result] = await store.saveDocuments([extracted(body, '2025-03-03', 'Caspian Wire')]);
        assert.equal(result.outcome, 'near-duplicate');
        const [asadov] = named(await store.listEntities({ type: 'person' }), 'Ali Asadov');
        assert.equal(asadov.documentCount, 2);
        assert.equal(asadov.storyCount, 1);
        const meetings = (await store.timeline('AZE', 'KAZ')).filter((event) => event.type === 'meeting');
        assert.equal(meetings.length, 1);
        assert.equal(meetings[0].sources.length, 2);
      }));

    test('an unrelated article on the same pair is not a near-duplicate', () =>
      withStore(async (store) => {
        await store.saveDocuments([await corpusArticle('seed-001.txt')]);
        const [result] = await store.saveDocuments([await corpusArticle('seed-000.txt')]);
        assert.equal(result.outcome, 'new');
      }));
  });
}
