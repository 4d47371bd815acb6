import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { InputError } from './article.ts';
import { readFeedArticles } from './feed-articles.ts';
import { nestedFeed } from '../../test/support/hostile-inputs.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));

function failOnItemError(error: InputError): never {
  assert.fail(`unexpected item error: ${error.message}`);
}

function feedError(xml: string): string {
  try {
    readFeedArticles(xml, 'feed.xml', failOnItemError);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  assert.fail('the feed was read without an error');
}

test('an RSS feed yields one article per item with its date, link, title and outlet', async () => {
  const articles = readFeedArticles(await readFile(`${FIXTURES}feed-rss.xml`, 'utf8'), 'rss.xml', failOnItemError);
  assert.deepEqual(articles.map(({ body: _body, ...metadata }) => metadata), [
    { file: 'rss.xml#1', source: 'https://caspianwire.example/diplomacy/azerbaijan-turkmenistan-gas-swap', outlet: 'Caspian Wire – Diplomacy', title: 'Azerbaijan and Turkmenistan discuss gas swap extension', published: '2025-02-11', language: 'en' },
    { file: 'rss.xml#2', source: 'https://caspianwire.example/diplomacy/georgia-armenia-tbilisi', outlet: 'Caspian Wire – Diplomacy', title: 'Georgia, Armenia foreign ministers meet in Tbilisi', published: '2025-02-10', language: 'en' },
    { file: 'rss.xml#3', source: 'https://caspianwire.example/diplomacy/kyrgyz-tajik-border', outlet: 'Caspian Wire – Diplomacy', title: 'Kyrgyzstan and Tajikistan hold border commission session', published: '2025-02-07', language: 'en' },
  ]);
});

test('an RSS item body is its full content as plain-text paragraphs, else its description', async () => {
  const [first, second, third] = readFeedArticles(await readFile(`${FIXTURES}feed-rss.xml`, 'utf8'), 'rss.xml', failOnItemError);
  assert.equal(first.body, [
    'ASHGABAT – The energy ministers of Azerbaijan and Turkmenistan met in Ashgabat on Monday to review the gas swap arrangement that runs through Iran.',
    'The sides agreed to prepare an extension of the arrangement for another five years and to set up a technical working group.',
    'They also discussed the Trans-Caspian Pipeline project.',
  ].join('\n\n'));
  assert.equal(second.body, 'TBILISI – The foreign ministers of Georgia and Armenia held talks in Tbilisi on bilateral trade and the North–South road corridor.\n\nThey signed a memorandum on border crossing points.');
  assert.equal(third.body, 'BISHKEK – The intergovernmental commission on border delimitation met in Bishkek & agreed on the next steps.\n\nThe next session will be held in Dushanbe in April.');
});

test("an item's date is the calendar date its timestamp is written in, not UTC's", async () => {
  // "Tue, 11 Feb 2025 01:30:00 +0400" is still 10 February in UTC.
  const [first] = readFeedArticles(await readFile(`${FIXTURES}feed-rss.xml`, 'utf8'), 'rss.xml', failOnItemError);
  assert.equal(first.published, '2025-02-11');
});

test('an Atom feed yields one article per entry, an entry without <published> dated by <updated>', async () => {
  const articles = readFeedArticles(await readFile(`${FIXTURES}feed-atom.xml`, 'utf8'), 'atom.xml', failOnItemError);
  assert.deepEqual(articles, [
    {
      file: 'atom.xml#1',
      source: 'https://mfa.example/press/412',
      outlet: 'Ministry of Foreign Affairs – Press releases',
      title: 'Foreign Minister receives Ambassador of Japan',
      published: '2025-03-05',
      language: 'en',
      body: 'On 5 March, the Foreign Minister received the newly appointed Ambassador of Japan, who presented copies of his credentials.\n\nThe sides discussed preparations for the next round of political consultations between the foreign ministries.',
    },
    {
      file: 'atom.xml#2',
      source: 'https://mfa.example/press/409',
      outlet: 'Ministry of Foreign Affairs – Press releases',
      title: 'Joint statement on the intergovernmental commission',
      published: '2025-03-03',
      language: 'en',
      body: 'The co-chairs of the intergovernmental commission on economic cooperation adopted a joint statement and a protocol of the twelfth session.',
    },
  ]);
});

test('an RDF (RSS 1.0) feed is read like the others, in its own language', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://agency.example/"><title>Agence Exemple</title><link>https://agency.example/</link><dc:language>fr</dc:language></channel>
  <item rdf:about="https://agency.example/1"><title>Visite officielle à Bakou</title><link>https://agency.example/1</link><description>Le ministre a effectué une visite officielle à Bakou.</description><dc:date>2025-01-15T09:00:00+01:00</dc:date></item>
</rdf:RDF>`;
  assert.deepEqual(readFeedArticles(rdf, 'feed.rdf', failOnItemError), [{
    file: 'feed.rdf#1', source: 'https://agency.example/1', outlet: 'Agence Exemple', title: 'Visite officielle à Bakou',
    published: '2025-01-15', language: 'fr', body: 'Le ministre a effectué une visite officielle à Bakou.',
  }]);
});

test('an item with a title but no text has its title as body; one with neither is reported and the rest still read', () => {
  const rss = `<rss version="2.0"><channel><title>Wire</title>
    <item><title>Presidents hold phone call</title><link>https://wire.example/1</link><description>  </description></item>
    <item><link>https://wire.example/2</link></item>
    <item><title>Ministers meet</title><description>The ministers met in Astana.</description></item>
  </channel></rss>`;
  const itemErrors: string[] = [];
  const articles = readFeedArticles(rss, 'wire.xml', (error) => itemErrors.push(error.message));
  assert.deepEqual(articles.map(({ file, body }) => ({ file, body })), [
    { file: 'wire.xml#1', body: 'Presidents hold phone call' },
    { file: 'wire.xml#3', body: 'The ministers met in Astana.' },
  ]);
  assert.deepEqual(itemErrors, ['wire.xml#2: feed item has no text and no title']);
});

test('a feed cut off before its closing tag is a malformed feed', async () => {
  assert.equal(feedError(await readFile(`${FIXTURES}malformed.xml`, 'utf8')), 'feed.xml: malformed feed: it ends before its closing </rss>, </feed> or </rdf:RDF> tag (cut off?)');
});

test('XML that is not a feed, or that breaks off inside a tag, is a malformed feed', () => {
  assert.equal(feedError('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>'), 'feed.xml: malformed feed: no <rss>, <feed> or <rdf:RDF> root element');
  assert.match(feedError('<rss version="2.0"><channel'), /^feed\.xml: malformed feed: .+/);
});

test('a feed with no items is an error that says so', () => {
  assert.equal(feedError('<rss version="2.0"><channel><title>Quiet wire</title></channel></rss>'), 'feed.xml: the feed has no items');
});

test('an item whose HTML nests beyond the limit fails alone, and the feed\'s other items are read', () => {
  const deepItem = `<item><title>Deep</title><description>${'&lt;div&gt;'.repeat(100_000)}Ministers met.</description></item>`;
  const rss = `<rss version="2.0"><channel><title>Wire</title>${deepItem}<item><title>Ministers meet</title><description>The ministers met in Astana.</description></item></channel></rss>`;
  const itemErrors: string[] = [];
  const articles = readFeedArticles(rss, 'wire.xml', (error) => itemErrors.push(error.message));
  assert.deepEqual(articles.map(({ file }) => file), ['wire.xml#2']);
  assert.equal(itemErrors.length, 1);
  assert.match(itemErrors[0], /^wire\.xml#1: HTML with elements nested more than 256 deep/);
});

test('a feed whose XML nests beyond the limit is refused whole, before it is parsed', () => {
  assert.throws(() => readFeedArticles(nestedFeed(100_000, false), 'deep.xml', () => {}), (error) => error instanceof InputError && /^deep\.xml: XML with elements nested more than 256 deep/.test(error.message));
});
