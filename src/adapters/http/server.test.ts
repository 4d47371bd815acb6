import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server.ts';
import type { Store } from '../../store/store.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { corpusArticle } from '../../../test/support/corpus-records.ts';

const RETOLD = `Kazakh Prime Minister Olzhas Bektenov held talks with his Azerbaijani counterpart Ali Asadov in Baku on Monday.
The two prime ministers discussed trade and transport across the Caspian Sea.`;

for (const backend of storeBackends()) {
  describe(`the HTTP API on ${backend.name}`, { skip: backend.skip }, () => {
    let app: FastifyInstance;
    let store: Store;

    before(async () => {
      ({ store } = await backend.freshStore());
      await store.saveDocuments([await corpusArticle('seed-000.txt'), await corpusArticle('seed-001.txt')]);
      app = await buildServer({ store, bodyLimit: 64 * 1024 });
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.dispose();
    });

    const get = (url: string) => app.inject({ method: 'GET', url });
    const post = (url: string, payload: unknown, headers: { [name: string]: string } = {}) =>
      app.inject({ method: 'POST', url, payload: payload as object, headers });

    test('health answers with the store counts', async () => {
      const response = await get('/api/health');
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().counts.documents, 2);
    });

    test('the OpenAPI description lists every route and Swagger UI is served', async () => {
      const spec = (await get('/api/openapi.json')).json();
      assert.equal(spec.openapi, '3.0.3');
      for (const path of ['/api/documents', '/api/documents/{id}', '/api/documents/upload', '/api/entities', '/api/entities/{id}', '/api/events/{id}', '/api/search', '/api/dyads/{a}/{b}', '/api/dyads/{a}/{b}/timeline', '/api/review', '/api/audit']) {
        assert.ok(spec.paths[path], `${path} is described`);
      }
      assert.equal((await get('/api/docs/')).statusCode, 200);
    });

    test('documents are listed, and one is read with its text; an unknown id is 404', async () => {
      const list = (await get('/api/documents?limit=1')).json();
      assert.equal(list.total, 2);
      assert.equal(list.documents.length, 1);
      const document = (await get(`/api/documents/${list.documents[0].id}`)).json();
      assert.match(document.body, /Kazakh|Azerbaijan/);
      const missing = await get('/api/documents/doc-nothing');
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(Object.keys(missing.json()).sort(), ['error', 'message', 'statusCode']);
      assert.equal((await get('/api/documents?limit=0')).statusCode, 400);
    });

    test('entities are listed by type and pair, and one is read with its sources; bad filters are 400, unknown ids 404', async () => {
      const people = (await get('/api/entities?type=person&a=AZE&b=KAZ')).json();
      const asadov = people.find((person: { name: string }) => person.name === 'Ali Asadov');
      assert.ok(asadov);
      const page = (await get(`/api/entities/${encodeURIComponent(asadov.id)}`)).json();
      assert.ok(page.mentions.length > 0);
      assert.ok(page.mentions.every((mention: { sentence: string }) => mention.sentence.length > 0));
      assert.equal((await get('/api/entities?type=planet')).statusCode, 400);
      assert.equal((await get('/api/entities?a=AZE')).statusCode, 400);
      assert.equal((await get('/api/entities/person:nobody')).statusCode, 404);
    });

    test('the dyad answers with its timeline, register and people; an event is read by id; bad countries and dates are 400', async () => {
      const report = (await get('/api/dyads/AZE/KAZ?asOf=2026-11-24')).json();
      assert.equal(report.asOf, '2026-11-24');
      assert.ok(report.timeline.length > 0);
      assert.ok(report.instruments.some((row: { expiringSoon: boolean }) => row.expiringSoon));
      const event = (await get(`/api/events/${encodeURIComponent(report.timeline[0].id)}`)).json();
      assert.equal(event.id, report.timeline[0].id);
      assert.equal((await get('/api/events/event:none')).statusCode, 404);
      assert.equal((await get('/api/dyads/AZ/KAZ')).statusCode, 400);
      assert.equal((await get('/api/dyads/AZE/KAZ?asOf=yesterday')).statusCode, 400);
      assert.ok((await get('/api/dyads/aze/kaz/timeline?from=2025')).json().length > 0);
      const ids = async (query: string) => ((await get(`/api/dyads/AZE/KAZ/timeline${query}`)).json() as { id: string }[]).map((event) => event.id);
      assert.deepEqual(await ids('?limit=2&offset=1'), (await ids('')).slice(1, 3));
      assert.equal((await get('/api/dyads/AZE/KAZ/timeline?limit=0')).statusCode, 400);
    });

    test('search finds documents and entities; an empty query is 400', async () => {
      const results = (await get('/api/search?q=Asadov')).json();
      assert.ok(results.entities.length > 0 && results.documents.length > 0);
      assert.equal((await get('/api/search?q=')).statusCode, 400);
    });

    test('a pasted article is extracted and stored, and its events are returned; the same text again is a duplicate', async () => {
      const first = await post('/api/documents', { text: RETOLD, outlet: 'Caspian Wire', published: '2025-03-04' });
      assert.equal(first.statusCode, 200, first.body);
      const [result] = first.json().results;
      assert.notEqual(result.outcome, 'duplicate');
      assert.ok(result.events.some((event: { type: string }) => event.type === 'meeting'));
      assert.equal((await post('/api/documents', { text: RETOLD })).json().results[0].outcome, 'duplicate');
    });

    test('bad bodies are refused with 400, oversize bodies with 413, and a pasted HTML page is read as an article', async () => {
      assert.equal((await post('/api/documents', { text: '' })).statusCode, 400);
      assert.equal((await post('/api/documents', { body: 'x' })).statusCode, 400);
      assert.equal((await post('/api/documents', { text: 'x', published: 'March' })).statusCode, 400);
      assert.equal((await post('/api/documents', { text: 'x'.repeat(70 * 1024) })).statusCode, 413);
      const html = '<html><head><title>Talks</title></head><body><article><p>Azerbaijan and Kazakhstan held talks in Astana on cooperation. <script>alert(1)</script></p></article></body></html>';
      const response = await post('/api/documents', { text: html });
      assert.equal(response.statusCode, 200, response.body);
      const stored = (await get(`/api/documents/${response.json().results[0].documentId}`)).json();
      assert.doesNotMatch(stored.body, /<script|alert\(1\)/);
    });

    test('uploaded files are ingested; a request that is not multipart is 415', async () => {
      const boundary = '----bilat';
      const payload = [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="talks.txt"',
        'Content-Type: text/plain',
        '',
        'published: 2025-05-02\n\nUzbekistan and Kazakhstan signed an agreement on water management in Tashkent on Friday.',
        `--${boundary}--`,
        '',
      ].join('\r\n');
      const response = await app.inject({ method: 'POST', url: '/api/documents/upload', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().results[0].outcome, 'new');
      assert.equal((await post('/api/documents/upload', { text: 'x' })).statusCode, 415);
    });

    test('an upload whose one file cannot be read stores the others, and says which failed and why; one with no readable file is 422', async () => {
      const boundary = '----bilat-mixed';
      const part = (name: string, text: string) => [`--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${name}"`, 'Content-Type: text/plain', '', text];
      const payload = [...part('ferry.txt', 'Turkmenistan and Azerbaijan opened a ferry line between Turkmenbashi and Alat on Tuesday.'), ...part('empty.txt', ''), `--${boundary}--`, ''].join('\r\n');
      const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
      const response = await app.inject({ method: 'POST', url: '/api/documents/upload', payload, headers });
      assert.equal(response.statusCode, 200, response.body);
      const [ferry, empty] = response.json().results;
      assert.equal(ferry.input, 'ferry.txt');
      assert.equal(ferry.outcome, 'new');
      assert.deepEqual([empty.input, empty.outcome, empty.reason], ['empty.txt', 'failed', 'empty (0 bytes)']);
      assert.equal(empty.documentId, undefined);

      const onlyEmpty = [...part('blank.txt', ''), `--${boundary}--`, ''].join('\r\n');
      const refused = await app.inject({ method: 'POST', url: '/api/documents/upload', payload: onlyEmpty, headers });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().message, 'blank.txt: empty (0 bytes)');
    });

    test("an analyst's correction through the API is applied, named for its analyst, and in the audit log; bad decisions are 400", async () => {
      const [asadov] = (await get('/api/search?q=Asadov')).json().entities;
      const corrected = await post('/api/review', { action: 'correct', id: asadov.entity.id, fields: { country: 'AZE' }, note: 'checked' }, { 'x-bilat-analyst': 'anna' });
      assert.equal(corrected.statusCode, 200, corrected.body);
      assert.equal(corrected.json().actor, 'anna');
      const log = (await get(`/api/audit?kind=entity&id=${encodeURIComponent(asadov.entity.id)}`)).json();
      assert.equal(log[0].action, 'correct');
      assert.equal((await post('/api/review', { action: 'correct', id: asadov.entity.id, fields: { colour: 'red' } })).statusCode, 400);
      assert.equal((await post('/api/review', { action: 'accept' })).statusCode, 400);
      assert.equal((await post('/api/review', { action: 'teleport', id: 'x' })).statusCode, 400);
      assert.equal((await post('/api/review', { action: 'accept', id: 'person:nobody' })).statusCode, 400);
      assert.ok(Array.isArray((await get('/api/review')).json()));
      assert.equal((await get('/api/audit?kind=entity')).statusCode, 400);
    });

    test('the brief comes as Markdown and as sandboxed HTML with its footnotes; a bad format is 400', async () => {
      const markdown = await get('/api/dyads/AZE/KAZ/brief?format=md&asOf=2026-11-24');
      assert.equal(markdown.statusCode, 200);
      assert.match(markdown.headers['content-type'] as string, /text\/markdown/);
      assert.match(markdown.body, /\[\^1\]/);
      const html = await get('/api/dyads/AZE/KAZ/brief?asOf=2026-11-24&download=true');
      assert.match(html.headers['content-security-policy'] as string, /sandbox/);
      assert.match(html.headers['content-disposition'] as string, /brief-AZE-KAZ-2026-11-24\.html/);
      assert.match(html.body, /<ol[^>]*class="footnotes"|id="fn-1"|footnote/);
      assert.equal((await get('/api/dyads/AZE/KAZ/brief?format=docx')).statusCode, 400);
    });

    test('exports download in each format; csv names its table; a bad format or half a pair is 400', async () => {
      const events = await get('/api/export/gdelt?a=AZE&b=KAZ');
      assert.equal(events.statusCode, 200, events.body);
      const lines = events.body.trim().split('\n');
      assert.ok(lines.length > 1);
      const columns = lines[0].split('\t').length;
      assert.ok(lines.every((line) => line.split('\t').length === columns));
      const records = (await get('/api/export/jsonl')).body.trim().split('\n').map((line) => JSON.parse(line));
      assert.ok(records.length >= 2 && records.every((record) => record.schema === 'bilat.record/1'));
      assert.match((await get('/api/export/ical')).body, /^BEGIN:VCALENDAR/);
      assert.match((await get('/api/export/csv?table=events')).body, /^[^\n]*date/);
      assert.equal((await get('/api/export/csv')).statusCode, 400);
      assert.equal((await get('/api/export/xlsx')).statusCode, 400);
      assert.equal((await get('/api/export/ftm?a=AZE')).statusCode, 400);
    });

    test('an unknown route is a JSON 404', async () => {
      const response = await get('/api/nothing');
      assert.equal(response.statusCode, 404);
      assert.match(response.json().message, /no route GET \/api\/nothing/);
    });
  });
}
