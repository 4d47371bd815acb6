import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { documents, entityMentions, eventReports, figures } from './schema.ts';
import type { ExtractedArticle, Store } from './store.ts';
import type { StoreDatabase } from './database.ts';
import { VERSION } from '../version.ts';
import { storeBackends, withFreshStore } from '../../test/support/store-backends.ts';
import { corpusArticle, extractedArticles } from '../../test/support/corpus-records.ts';
import { handMadeArticle } from '../../test/support/hand-made-records.ts';

async function saveCorpus(store: Store): Promise<ExtractedArticle[]> {
  const corpus = await extractedArticles();
  await store.saveDocuments(corpus);
  return corpus;
}

/** The same article as read from another file. */
function copiedTo(item: ExtractedArticle, file: string): ExtractedArticle {
  return { article: { ...item.article, file }, record: { ...item.record, document: { ...item.record.document, file } } };
}

for (const backend of storeBackends()) {
  describe(`the store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withStore = (use: Parameters<typeof withFreshStore>[1]) => withFreshStore(backend, use);

    test('a stored document keeps its body, file, source, outlet, title, publication date, content hash and extractor', () =>
      withStore(async (store, db) => {
        const { article, record } = await corpusArticle('seed-001.txt');
        const result = await store.saveDocument(article, record);
        assert.deepEqual(result, { outcome: 'new', documentId: record.document.id });
        const [row] = await db.select().from(documents).where(eq(documents.id, result.documentId));
        assert.equal(row.body, article.body);
        assert.equal(row.sha256, createHash('sha256').update(article.body).digest('hex'));
        assert.equal(row.file, article.file);
        assert.equal(row.source, record.document.source ?? null);
        assert.equal(row.outlet, 'News.Az');
        assert.equal(row.title, record.document.title ?? null);
        assert.equal(row.published, '2025-03-03');
        assert.equal(row.language, 'en');
        assert.equal(row.extractorVersion, VERSION);
        assert.equal(await store.hasDocument(row.sha256), true);
        assert.equal(await store.hasDocument('0'.repeat(64)), false);
      }));

    test("a long document's search vector stays in its row, its body going to the TOAST table, so that ranking reads no TOAST chunk", () =>
      withStore(async (store, db) => {
        // Words that do not repeat, so that neither the body nor its vector compresses below the row size limit.
        const words = Array.from({ length: 250 }, (_, index) => `w${createHash('sha1').update(String(index)).digest('hex').slice(0, 10)}`);
        const { article, record } = handMadeArticle(`Ministers of Georgia and Armenia met. ${words.join(' ')}.`, '2025-03-04', { entities: [] });
        const { documentId } = await store.saveDocument(article, record);
        const rows = async <Row>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
        const [{ vector }] = await rows<{ vector: number }>(sql`select pg_column_size(search)::int as vector from documents where id = ${documentId}`);
        const [{ toast }] = await rows<{ toast: string }>(sql`select reltoastrelid::regclass::text as toast from pg_class where oid = 'documents'::regclass`);
        const [{ outOfLine }] = await rows<{ outOfLine: number }>(sql.raw(`select coalesce(sum(length(chunk_data)), 0)::int as "outOfLine" from ${toast}`));
        assert.ok(outOfLine > 0, 'the body is out of line');
        assert.ok(outOfLine < vector, `the TOAST table (${outOfLine} bytes) cannot hold the vector (${vector} bytes)`);
        assert.equal((await store.search(words[249]!)).documents[0]?.document.id, documentId);
      }));

    test('every stored fact keeps its spans and the extractor version', () =>
      withStore(async (store, db) => {
        const { article, record } = await corpusArticle('seed-001.txt');
        await store.saveDocument(article, record);
        const documentId = record.document.id;

        const mentionRows = await db.select().from(entityMentions).where(eq(entityMentions.documentId, documentId));
        assert.equal(mentionRows.length, record.entities.length);
        for (const entity of record.entities) {
          const row = mentionRows.find((candidate) => candidate.localId === entity.id);
          assert.ok(row, `a mention row for ${entity.id}`);
          assert.deepEqual(row.spans, entity.mentions);
          assert.equal(row.extractorVersion, VERSION);
        }
        const reportRows = await db.select().from(eventReports).where(eq(eventReports.documentId, documentId));
        assert.equal(reportRows.length, record.events.length);
        for (const event of record.events) {
          const row = reportRows.find((candidate) => candidate.localId === event.id);
          assert.ok(row, `a report row for ${event.id}`);
          assert.deepEqual(row.evidence, event.evidence);
          assert.equal(row.attributes.type, event.type);
          assert.equal(row.extractorVersion, VERSION);
        }
        const figureRows = await db.select().from(figures).where(eq(figures.documentId, documentId));
        assert.deepEqual(figureRows.map((row) => row.evidence), (record.figures ?? []).map((figure) => figure.evidence));
      }));

    test('an entity page quotes the sentence around every mention, with its document and extractor version', () =>
      withStore(async (store) => {
        const { article, record } = await corpusArticle('seed-001.txt');
        await store.saveDocument(article, record);
        const extracted = record.entities.find((entity) => entity.name === 'Olzhas Bektenov');
        assert.ok(extracted, 'the seed names Olzhas Bektenov');
        const page = await store.getEntity('person:olzhas-bektenov');
        assert.ok(page);
        assert.deepEqual(page.mentions.map((mention) => mention.span), extracted.mentions);
        for (const mention of page.mentions) {
          const words = article.body.slice(mention.span.start, mention.span.end).replace(/\s+/g, ' ');
          assert.ok(mention.sentence.includes(words), `"${mention.sentence}" holds "${words}"`);
          assert.equal(mention.document.id, record.document.id);
          assert.equal(mention.extractorVersion, VERSION);
        }
        assert.ok(page.events.length > 0);
        // The events he took part in, and those that addressed him ("thanked Olzhas Bektenov").
        const isHim = (entity: { id: string }) => entity.id === 'person:olzhas-bektenov';
        assert.ok(page.events.every((event) => event.participants.some(isHim) || event.targets.some(isHim)));
        assert.ok(page.events.some((event) => event.targets.some(isHim)));
        assert.equal(await store.getEntity('person:nobody'), undefined);
      }));

    test('the same text from another file is a duplicate, stored once', () =>
      withStore(async (store) => {
        const original = await corpusArticle('seed-000.txt');
        const first = await store.saveDocument(original.article, original.record);
        const copy = copiedTo(original, '/elsewhere/copy-of-seed-000.txt');
        const second = await store.saveDocument(copy.article, copy.record);
        assert.deepEqual(second, { outcome: 'duplicate', documentId: first.documentId });
        const counts = await store.counts();
        assert.equal(counts.documents, 1);
        assert.equal(counts.mentions, original.record.entities.length);
        assert.equal(counts.eventReports, original.record.events.length);
      }));

    test('the database itself refuses a second document with the same content hash', () =>
      withStore(async (store, db) => {
        const { article, record } = await corpusArticle('seed-000.txt');
        await store.saveDocument(article, record);
        await assert.rejects(
          db.insert(documents).values({
            id: 'doc-another-id', sha256: record.document.sha256, body: article.body, language: 'en',
            extractorName: 'bilat', extractorVersion: VERSION,
          }),
          (error: Error & { cause?: { code?: string } }) => error.cause?.code === '23505' || /unique|duplicate/i.test(error.message),
        );
      }));

    test('two saves of the same text at once store it once: one new, one duplicate', () =>
      withStore(async (store) => {
        const original = await corpusArticle('seed-001.txt');
        const copy = copiedTo(original, '/elsewhere/seed-001.txt');
        const results = await Promise.all([store.saveDocuments([original]), store.saveDocuments([copy])]);
        assert.deepEqual(results.map(([result]) => result.outcome).sort(), ['duplicate', 'new']);
        assert.equal((await store.counts()).documents, 1);
      }));

    test('the same text twice in one batch is stored once, from the first file that holds it', () =>
      withStore(async (store, db) => {
        const original = await corpusArticle('ghana-peru-official-visit.txt');
        const results = await store.saveDocuments([original, copiedTo(original, '/elsewhere/ghana-peru-official-visit.txt')]);
        assert.deepEqual(results.map((result) => result.outcome), ['new', 'duplicate']);
        assert.equal(results[0].documentId, results[1].documentId);
        assert.deepEqual(await db.select({ file: documents.file }).from(documents), [{ file: original.article.file }]);
      }));

    test('a batch is stored whole or not at all', () =>
      withStore(async (store) => {
        const good = await corpusArticle('seed-000.txt');
        const other = await corpusArticle('seed-001.txt');
        const [firstEvent, ...otherEvents] = other.record.events;
        const broken: ExtractedArticle = {
          article: other.article,
          record: { ...other.record, events: [{ ...firstEvent, participants: ['person:defined-nowhere'] }, ...otherEvents] },
        };
        await assert.rejects(store.saveDocuments([good, broken]), /person:defined-nowhere/);
        assert.deepEqual(await store.counts(), { documents: 0, entities: 0, mentions: 0, events: 0, eventReports: 0, figures: 0, failures: 0 });
        assert.deepEqual((await store.saveDocuments([good])).map((result) => result.outcome), ['new']);
      }));

    test('a record that was not extracted from the article it comes with is refused', () =>
      withStore(async (store) => {
        const { article, record } = await corpusArticle('seed-000.txt');
        await assert.rejects(store.saveDocument({ ...article, body: `${article.body} Edited.` }, record), /not extracted from this article/);
      }));

    test('a failure is kept with its latest reason and number of tries, until the input succeeds', () =>
      withStore(async (store) => {
        const { article, record } = await corpusArticle('seed-000.txt');
        await store.recordFailure(article.file, 'empty (0 bytes)');
        await store.recordFailure(article.file, 'binary content, not text');
        await store.recordFailure('other.txt', 'no such file or folder');
        const failures = await store.listFailures();
        assert.deepEqual(failures.map(({ input, reason, attempts }) => ({ input, reason, attempts })).sort((a, b) => a.input.localeCompare(b.input)), [
          { input: article.file, reason: 'binary content, not text', attempts: 2 },
          { input: 'other.txt', reason: 'no such file or folder', attempts: 1 },
        ].sort((a, b) => a.input.localeCompare(b.input)));
        await store.saveDocument(article, record);
        await store.clearFailure('other.txt');
        assert.deepEqual(await store.listFailures(), []);
      }));

    describe('with the corpus stored', () => {
      let store: Store;
      let db: StoreDatabase;
      let corpus: ExtractedArticle[];
      before(async () => {
        ({ store, db } = await backend.freshStore());
        corpus = await saveCorpus(store);
      });
      after(() => store?.close());

      test('an entity reported by several documents is one entity that counts them all', async () => {
        const people = await store.listEntities({ type: 'person' });
        assert.ok(people.every((entity) => entity.type === 'person'));
        assert.equal(new Set(people.map((entity) => entity.id)).size, people.length);
        const reportingAliyev = corpus.filter(({ record }) => record.entities.some((entity) => entity.name === 'Ilham Aliyev')).length;
        assert.ok(reportingAliyev >= 2, 'the corpus names Ilham Aliyev in several articles');
        const aliyev = people.find((entity) => entity.id === 'person:ilham-aliyev');
        assert.equal(aliyev?.documentCount, reportingAliyev);
        const countries = await store.listEntities({ type: 'country' });
        assert.equal(countries.find((entity) => entity.id === 'country:AZE')?.attributes.code, 'AZE');
      });

      test('the entities of a dyad are those of events that involve both countries, and instruments of both', async () => {
        const dyad = await store.listEntities({ dyad: ['AZE', 'KAZ'] });
        const ids = new Set(dyad.map((entity) => entity.id));
        for (const id of ['country:AZE', 'country:KAZ', 'person:murat-nurtleu', 'person:olzhas-bektenov', 'initiative:middle-corridor']) {
          assert.ok(ids.has(id), `${id} concerns AZE-KAZ`);
        }
        for (const id of ['country:IND', 'country:MUS', 'country:BRA', 'country:USA']) assert.ok(!ids.has(id), `${id} does not concern AZE-KAZ`);
        const instruments = await store.listEntities({ type: 'instrument', dyad: ['KAZ', 'AZE'] });
        assert.ok(instruments.length > 0);
        assert.ok(instruments.every((entity) => entity.type === 'instrument' && ids.has(entity.id)));
        const people = await store.listEntities({ type: 'person', dyad: ['KAZ', 'AZE'] });
        const together = await store.listEntities({ type: ['person', 'instrument'], dyad: ['KAZ', 'AZE'] });
        assert.deepEqual(together.map((entity) => entity.id), [...instruments, ...people].map((entity) => entity.id), 'several types at once are each type read alone, in the same order');
      });

    test("a dyad's instruments and initiatives include those of both parties that no event names, and not those of one party", () =>
      withStore(async (store) => {
        const instrument = (id: string, name: string, parties: string[]) => ({ id, type: 'instrument', name, kind: 'agreement', status: 'signed', parties }) as const;
        const { article, record } = handMadeArticle('Chile and Peru have a fisheries agreement and a fund; Chile and Bolivia a water agreement.', '2025-05-02', {
          entities: [
            instrument('i1', 'Fisheries Agreement between Chile and Peru', ['CHL', 'PER']),
            instrument('i2', 'Water Agreement between Chile and Bolivia', ['CHL', 'BOL']),
            { id: 'n1', type: 'initiative', name: 'Pacific Fisheries Fund', kind: 'fund', status: 'under way', parties: ['PER', 'CHL'] },
          ],
        });
        await store.saveDocument(article, record);
        const names = async (type: 'instrument' | 'initiative', dyad: [string, string]) => (await store.listEntities({ type, dyad })).map((entity) => entity.name);
        assert.deepEqual(await names('instrument', ['PER', 'CHL']), ['Fisheries Agreement between Chile and Peru']);
        assert.deepEqual(await names('initiative', ['CHL', 'PER']), ['Pacific Fisheries Fund']);
        assert.deepEqual(await names('instrument', ['BOL', 'PER']), []);
      }));

    test("a pair's timeline follows its events' countries: each pair of a three-country event, an event added by hand, none once the document is deleted", () =>
      withStore(async (store) => {
        const country = (code: string) => ({ id: `c-${code}`, type: 'country', name: code, code }) as const;
        const { article, record } = handMadeArticle('Chile, Peru and Bolivia met in Lima on 2 May 2025.', '2025-05-02', {
          entities: [country('CHL'), country('PER'), country('BOL')],
          events: [{ id: 'e1', type: 'meeting', date: '2025-05-02', participants: ['c-CHL', 'c-PER', 'c-BOL'] }],
        });
        const { documentId } = await store.saveDocument(article, record);
        const types = async (a: string, b: string) => (await store.timeline(a, b)).map((event) => event.type);
        for (const [a, b] of [['CHL', 'PER'], ['PER', 'CHL'], ['BOL', 'CHL'], ['PER', 'BOL']]) assert.deepEqual(await types(a, b), ['meeting'], `${a}-${b}`);
        assert.deepEqual(await types('CHL', 'ARG'), []);
        await store.applyReview({ action: 'add-event', event: { type: 'call', date: '2025-06-02', participants: ['country:CHL', 'country:PER'] } }, 'anna');
        assert.deepEqual(await types('PER', 'CHL'), ['meeting', 'call']);
        await store.deleteDocuments([documentId], 'anna');
        assert.deepEqual(await types('CHL', 'PER'), ['call']);
        assert.deepEqual(await types('BOL', 'PER'), []);
      }));

    test('an entity is found by id, by name or alias whatever the case, and by a word of its name', async () => {
        const ids = async (wanted: string) => (await store.findEntities(wanted)).map((entity) => entity.id);
        assert.deepEqual(await ids('person:murat-nurtleu'), ['person:murat-nurtleu']);
        assert.deepEqual(await ids('murat NURTLEU'), ['person:murat-nurtleu']);
        assert.deepEqual(await ids('Nurtleu'), ['person:murat-nurtleu']);
        assert.deepEqual(await ids('Kazakh'), ['country:KAZ']);
        assert.deepEqual(await ids('no such name anywhere'), []);
      });

      test('a timeline holds the events of both countries, oldest first, undated last, within from and to', async () => {
        const events = await store.timeline('AZE', 'KAZ');
        assert.ok(events.length > 5);
        assert.deepEqual((await store.timeline('KAZ', 'AZE')).map((event) => event.id), events.map((event) => event.id));
        for (const event of events) {
          assert.ok(event.countries.includes('AZE') && event.countries.includes('KAZ'), `${event.id} involves both`);
          assert.ok(event.sources.length > 0 && event.sources.every((source) => source.sentences.length === source.evidence.length));
        }
        const dates = events.map((event) => event.date);
        const firstUndated = dates.indexOf(null);
        assert.ok(firstUndated > 0, 'some events are dated, some (of seed-000, published on no known date) are not');
        assert.ok(dates.slice(firstUndated).every((date) => date === null));
        const dated = dates.slice(0, firstUndated) as string[];
        assert.deepEqual(dated, [...dated].sort());

        const in2025 = await store.timeline('AZE', 'KAZ', { from: '2025', to: '2025-12-31' });
        assert.ok(in2025.length > 0);
        assert.ok(in2025.every((event) => event.date !== null && event.date.startsWith('2025')));
        const before2025 = await store.timeline('AZE', 'KAZ', { to: '2024-12' });
        assert.ok(before2025.length > 0);
        assert.ok(before2025.every((event) => event.date !== null && event.date < '2025'));
        assert.equal(in2025.length + before2025.length, firstUndated);

        const pages = [];
        for (let offset = 0; offset < events.length; offset += 4) pages.push(...await store.timeline('AZE', 'KAZ', { limit: 4, offset }));
        assert.deepEqual(pages.map((event) => event.id), events.map((event) => event.id), 'pages of four, read in turn, are the whole timeline');
        assert.deepEqual(await store.timeline('AZE', 'KAZ', { offset: events.length }), []);
      });

      test('search ranks the documents that hold the words, with marked passages, and finds entities by name', async () => {
        const results = await store.search('Middle Corridor');
        const files = results.documents.map((hit) => hit.document.file ?? '');
        assert.ok(files.some((file) => file.endsWith('seed-000.txt')) && files.some((file) => file.endsWith('seed-001.txt')));
        const ranks = results.documents.map((hit) => hit.rank);
        assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a));
        assert.ok(results.documents.every((hit) => /«[^»]+»/.test(hit.snippet)));
        assert.equal(results.entities[0]?.entity.id, 'initiative:middle-corridor');
        assert.equal((await store.search('signed', { limit: 2 })).documents.length, 2);
        assert.deepEqual(await store.search('xylophone'), { documents: [], entities: [] });
      });

      test('counts add up what was stored', async () => {
        const counts = await store.counts();
        const sum = (count: (item: ExtractedArticle) => number) => corpus.reduce((total, item) => total + count(item), 0);
        assert.equal(counts.documents, corpus.length);
        assert.equal(counts.mentions, sum(({ record }) => record.entities.length));
        assert.equal(counts.eventReports, sum(({ record }) => record.events.length));
        assert.equal(counts.events, counts.eventReports);
        assert.equal(counts.figures, sum(({ record }) => record.figures?.length ?? 0));
        const [{ distinct }] = await db.select({ distinct: sql<number>`count(distinct ${entityMentions.entityId})`.mapWith(Number) }).from(entityMentions);
        assert.equal(counts.entities, distinct);
      });
    });
  });
}
