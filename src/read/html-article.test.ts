import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { InputError } from './article.ts';
import { htmlToText, readHtmlArticle } from './html-article.ts';
import { MAX_MARKUP_DEPTH, MAX_MARKUP_ELEMENTS } from './markup-shape.ts';
import { nestedHtml } from '../../test/support/hostile-inputs.ts';

const NEWS_PAGE = fileURLToPath(new URL('../../test/fixtures/ingest/news-page.html', import.meta.url));

const ARTICLE_PARAGRAPHS = [
  '<p>The foreign ministers of Georgia and Mongolia met in Tbilisi and discussed transit, energy and education, the ministry said in a statement after the talks ended.</p>',
  '<p>The sides agreed to open a direct air link and to hold political consultations every year, alternating between the two capitals, starting next spring.</p>',
  '<p>They also signed a memorandum on cooperation between their diplomatic academies, and agreed to prepare an agreement on the mutual protection of investments.</p>',
].join('\n');

function page(head: string, body = `<article>${ARTICLE_PARAGRAPHS}</article>`, htmlAttributes = ''): string {
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;
}

test('a saved news page yields its article text without navigation, banners, scripts, styles, sidebars or footer', async () => {
  const article = readHtmlArticle(await readFile(NEWS_PAGE, 'utf8'), NEWS_PAGE);
  const paragraphs = article.body.split('\n\n');
  assert.equal(paragraphs.length, 5);
  assert.match(paragraphs[0], /^ASTANA – The foreign ministers of Mongolia and Kazakhstan met in Astana on Monday/);
  assert.match(paragraphs[4], /intergovernmental commission on trade and economic cooperation in Ulaanbaatar in the autumn\.$/);
  for (const boilerplate of ['cookies', 'Accept all', 'Subscribe', 'Related stories', 'Caspian ports brace', 'morning briefing', 'All rights reserved', 'Privacy policy', 'Share on', 'dataLayer', 'font-family', 'localStorage', 'Home']) {
    assert.ok(!article.body.includes(boilerplate), `body holds "${boilerplate}"`);
  }
  assert.ok(!/[<>]/.test(article.body), 'body holds markup');
  assert.ok(paragraphs.every((paragraph) => paragraph.length > 0 && !paragraph.includes('\n')));
});

test('a news page gives its title, outlet, date, address and language from its metadata', async () => {
  const { body: _body, ...metadata } = readHtmlArticle(await readFile(NEWS_PAGE, 'utf8'), NEWS_PAGE);
  assert.deepEqual(metadata, {
    file: NEWS_PAGE,
    source: 'https://steppeherald.example/politics/2025/03/mongolia-kazakhstan-roadmap',
    outlet: 'Steppe Herald',
    title: 'Mongolia and Kazakhstan agree roadmap on transit and energy',
    published: '2025-03-04',
    language: 'en',
  });
});

test('without Open Graph tags the title comes from <title> and the outlet from application-name', () => {
  const article = readHtmlArticle(page('<title>Georgia and Mongolia agree air link</title><meta name="application-name" content="Tbilisi Courier">'), 'p.html');
  assert.equal(article.title, 'Georgia and Mongolia agree air link');
  assert.equal(article.outlet, 'Tbilisi Courier');
});

test('the publication date falls back through meta date, itemprop, JSON-LD and the first <time datetime>', () => {
  const byMetaDate = page('<meta name="DC.date" content="2024-11-05">');
  const byItemprop = page('', `<article><span itemprop="datePublished" content="2024-11-06T08:00:00Z"></span>${ARTICLE_PARAGRAPHS}</article>`);
  const byJsonLd = page('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-11-07T23:10:00+04:00"}]}</script>');
  const byTime = page('', `<article><time datetime="2024-11-08">8 November</time>${ARTICLE_PARAGRAPHS}</article>`);
  const byNothing = page('<script type="application/ld+json">{ not json</script>');
  assert.equal(readHtmlArticle(byMetaDate, 'p.html').published, '2024-11-05');
  assert.equal(readHtmlArticle(byItemprop, 'p.html').published, '2024-11-06');
  assert.equal(readHtmlArticle(byJsonLd, 'p.html').published, '2024-11-07');
  assert.equal(readHtmlArticle(byTime, 'p.html').published, '2024-11-08');
  assert.equal(readHtmlArticle(byNothing, 'p.html').published, null);
});

test('a relative canonical address is dropped for og:url, and the language comes from <html lang>', () => {
  const article = readHtmlArticle(page('<link rel="canonical" href="/news/42"><meta property="og:url" content="https://courier.example/news/42">', undefined, ' lang="ka-GE"'), 'p.html');
  assert.equal(article.source, 'https://courier.example/news/42');
  assert.equal(article.language, 'ka');
  const bare = readHtmlArticle(page('<link rel="canonical" href="/news/42">'), 'p.html');
  assert.equal(bare.source, undefined);
  assert.equal(bare.language, 'en');
});

test('a page with no article text (a script-rendered shell) is an error that says so', () => {
  const shell = page('<title>Loading…</title><style>#app { min-height: 100vh; }</style>', '<div id="app"></div><noscript>Please enable JavaScript.</noscript><script src="/bundle.js"></script>');
  assert.throws(() => readHtmlArticle(shell, 'p.html'), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.equal(error.message, 'p.html: no article text found in the HTML page');
    return true;
  });
});

test('HTML to text keeps one paragraph per block, joins inline elements and decodes entities', () => {
  const html = '<p>The <strong>Trans-Caspian</strong> route&nbsp;and the <a href="#">Middle Corridor</a>.</p><ul><li>Baku</li><li>Aktau</li></ul><p>Line one<br>Line two</p><div>Tom &amp; Jerry&#8217;s <em>talks</em></div><script>ignored()</script>';
  assert.equal(htmlToText(html, 'page.html'), 'The Trans-Caspian route and the Middle Corridor.\n\nBaku\n\nAktau\n\nLine one\n\nLine two\n\nTom & Jerry’s talks');
});

test('text without markup keeps its blank-line paragraphs and folds the other line breaks', () => {
  assert.equal(htmlToText('First paragraph\nwrapped here.\n\n  Second & last.  ', 'item'), 'First paragraph wrapped here.\n\nSecond & last.');
});

test('a page nested beyond the limit, with <div> or unclosed <b>, fails at once with a reason, before any DOM is built', () => {
  for (const tag of ['div', 'b']) {
    const started = Date.now();
    assert.throws(() => readHtmlArticle(nestedHtml(tag, 100_000), 'deep.html'), (error) => error instanceof InputError && /^deep\.html: HTML with elements nested more than 256 deep/.test(error.message));
    assert.ok(Date.now() - started < 2000, `<${tag}> 100,000 deep took ${Date.now() - started} ms`);
  }
});

test('a page of more elements than the limit, however shallow, fails with a reason before any DOM is built; one just under it is read', () => {
  const page = (paragraphs: number) => `<html><head><title>Long</title></head><body>${'<p>The ministers met.</p>'.repeat(paragraphs)}</body></html>`;
  assert.throws(() => readHtmlArticle(page(MAX_MARKUP_ELEMENTS), 'long.html'), (error) => error instanceof InputError && /^long\.html: HTML with more than 100,000 elements, beyond any article/.test(error.message));
  assert.match(readHtmlArticle(page(MAX_MARKUP_ELEMENTS - 10), 'long.html').body, /^The ministers met\./);
});

test('a page nested up to the limit is read, and its text found however deep it sits', () => {
  const article = readHtmlArticle(nestedHtml('div', MAX_MARKUP_DEPTH - 3, 'The foreign ministers met in Baku on Monday to discuss transport links and energy.'), 'deep.html');
  assert.equal(article.body, 'The foreign ministers met in Baku on Monday to discuss transport links and energy.');
});
