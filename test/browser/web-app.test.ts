// The web dashboard in a real browser: each page against a real server and knowledge base.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserTestsSkipReason, MARKUP_ARTICLE, SCREENSHOTS, SEED_ARTICLES, startWebApp, type WebApp } from './web-app-fixture.ts';

const AS_OF = '2026-11-24';
/** A script put inline into a page, which the server's policy must refuse to run. */
const INJECTED_SCRIPT = 'window.inlineScriptRan = true;';

const PASTED_ARTICLE = [
  "Azerbaijani Foreign Minister Jeyhun Bayramov met Kazakhstan's Foreign Minister Murat Nurtleu in Baku on 14 October 2026.",
  'The ministers discussed transport and energy cooperation along the Middle Corridor.',
  'They signed a memorandum on cooperation in the field of education.',
].join(' ');

describe('the web app, in Chromium', { skip: browserTestsSkipReason() }, () => {
  let web: WebApp;
  /** Messages of any alert, confirm or prompt a page opened: none should. */
  const dialogs: string[] = [];
  /** What the server's Content-Security-Policy refused on any page: nothing the app needs should be. */
  const refusals: string[] = [];

  before(async () => {
    web = await startWebApp();
  });

  after(async () => {
    await web?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await web.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refusals.push(`${path}: ${message.text()}`);
    });
    await page.goto(web.url + path);
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  test('the dashboard shows the seeds\' partnership, flagging the instruments that expire soon as of 2026-11-24', async () => {
    const page = await open(`/dyad/AZE/KAZ?asOf=${AS_OF}`);
    const register = page.getByRole('region', { name: 'Instruments register' });
    const actionPlan = register.locator('tr', { hasText: 'action plan between the Ministries of Foreign Affairs' });
    await actionPlan.waitFor();
    assert.equal(await actionPlan.getAttribute('data-expiring-soon'), 'true');
    assert.match(await actionPlan.innerText(), /expires soon[\s\S]*2025–2026[\s\S]*\d+ days left/);
    assert.ok((await register.locator('tr[data-expiring-soon]').count()) >= 1);

    assert.ok((await page.locator('.timeline-dot').count()) >= 3, 'the timeline has its dated events');
    await page.getByRole('region', { name: 'Places' }).locator('[data-place="Aktau"]').waitFor();
    await page.getByRole('region', { name: 'Sector activity' }).locator('.chart svg').waitFor();
    assert.match(await page.getByRole('region', { name: 'People' }).innerText(), /Jeyhun Bayramov[\s\S]*Murat Nurtleu|Murat Nurtleu[\s\S]*Jeyhun Bayramov/);
    await screenshot(page, 'dashboard');

    // A year and more before the action plan ends, nothing is about to expire.
    await page.getByLabel('As of').fill('2025-01-01');
    await page.waitForURL(/asOf=2025-01-01/);
    await register.locator('tr', { hasText: 'action plan between the Ministries of Foreign Affairs' }).waitFor();
    assert.equal(await register.locator('tr[data-expiring-soon]').count(), 0);
    await page.close();
  });

  test('the dashboard\'s scripts, style sheet and map reach the browser in brotli, and the page runs on them', async () => {
    const page = await web.browser.newPage();
    const encodings = new Map<string, string | undefined>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/^\/(assets|world)\//.test(path)) encodings.set(path, response.headers()['content-encoding']);
    });
    await page.goto(`${web.url}/dyad/AZE/KAZ?asOf=${AS_OF}`);
    await page.getByRole('region', { name: 'Places' }).locator('[data-place="Aktau"]').waitFor();
    const kinds = [...encodings.keys()].map((path) => path.split('.').pop());
    for (const kind of ['js', 'css', 'json']) assert.ok(kinds.includes(kind), `a .${kind} file was asked for: ${[...encodings.keys()].join(', ')}`);
    for (const [path, encoding] of encodings) assert.equal(encoding, 'br', path);
    await page.close();
  });

  test('an entity page lists its source sentences and highlights the chosen one in the article', async () => {
    const page = await open(`/dyad/AZE/KAZ?asOf=${AS_OF}`);
    await page.getByRole('region', { name: 'People' }).getByRole('link', { name: 'Murat Nurtleu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Murat Nurtleu' }).waitFor();

    const sentence = page.locator('.sentence-button').nth(1);
    const text = (await sentence.innerText()).trim();
    await sentence.click();
    await page.waitForURL(/mention=1/);
    const highlighted = page.locator('.article-viewer mark.sentence');
    await page.waitForFunction((expected) => document.querySelector('.article-viewer mark.sentence')?.textContent === expected, text);
    assert.equal(await highlighted.count(), 1);
    assert.ok((await highlighted.locator('.mention').innerText()).length > 0, 'the words of the mention stand out within the sentence');
    await screenshot(page, 'entity');
    await page.close();
  });

  test('an event that addresses someone names them apart from those who took part', async () => {
    const page = await open('/entity/person:olzhas-bektenov');
    const thanks = page.locator('.event-details', { hasText: 'Addressed to' }).first();
    await thanks.waitFor();
    const fact = (label: string) => thanks.locator('.fact', { has: page.locator('dt', { hasText: label }) }).locator('dd').innerText();
    assert.match(await fact('Addressed to'), /Olzhas Bektenov/);
    assert.doesNotMatch(await fact('Participants'), /Olzhas Bektenov/);
    await page.close();
  });

  test('search finds the facts and the documents that match, with the words marked', async () => {
    const page = await open(`/dyad/AZE/KAZ?asOf=${AS_OF}`);
    await page.getByRole('searchbox', { name: 'Search documents and facts' }).fill('fiber-optic Caspian');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=fiber-optic/);
    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.locator('.snippet mark').first().waitFor();
    assert.ok((await documents.locator('li').count()) >= 1);
    assert.match(await page.getByRole('region', { name: 'Facts' }).innerText(), /fiber-optic|Caspian/i);
    await screenshot(page, 'search');

    await documents.getByRole('link').first().click();
    await page.getByText('About this document').waitFor();
    await screenshot(page, 'document');
    await page.close();
  });

  test('a pasted article is extracted, and its events appear on the ingest page and on the dashboard', async () => {
    const page = await open('/ingest');
    await page.getByLabel('Article text').fill(PASTED_ARTICLE);
    await page.getByLabel('Title').fill('Foreign ministers meet in Baku');
    await page.getByLabel('Published').fill('2026-10-15');
    await page.getByRole('button', { name: 'Extract and store' }).click();

    const found = page.getByRole('region', { name: 'What was found' });
    await found.getByText('stored', { exact: true }).waitFor();
    const results = await found.innerText();
    assert.match(results, /Foreign ministers meet in Baku/);
    assert.match(results, /meeting\s+14 Oct 2026/);
    assert.match(results, /signing\s+14 Oct 2026/);
    await page.getByRole('region', { name: 'Recently stored' }).getByText('Foreign ministers meet in Baku').waitFor();
    await screenshot(page, 'ingest');

    // A file already stored is reported as such, and nothing is added.
    await page.getByLabel('Article files').setInputFiles(SEED_ARTICLES[0]);
    await found.getByText('already stored', { exact: true }).waitFor();

    await page.goto(`${web.url}/dyad/AZE/KAZ?asOf=${AS_OF}`);
    await page.locator('.timeline-dot title', { hasText: '14 Oct 2026 · meeting' }).waitFor({ state: 'attached' });
    await page.close();
  });

  test('a correction made in the review queue shows in the audit trail', async () => {
    const page = await open('/review');
    await page.getByLabel('Analyst').fill('Test Analyst');
    const item = page.locator('.review-item[data-subject^="event:"]', { hasText: 'Jeyhun Bayramov' }).first();
    const subject = await item.getAttribute('data-subject');
    assert.ok(subject, 'the queue has an event of the seeds to review');
    await item.getByRole('button', { name: 'Correct…' }).click();
    const form = item.getByRole('form', { name: 'Correct' });
    await form.getByLabel('Field').fill('date');
    await form.getByLabel('Value').fill('2025-04-01');
    await form.getByLabel('Note').fill('date from the ministry readout');
    await form.getByRole('button', { name: 'Save correction' }).click();

    await page.getByRole('status').filter({ hasText: `correct of ${subject}` }).waitFor();
    const entry = page.getByRole('region', { name: 'Audit trail' }).locator('.audit-entry').first();
    await entry.getByText(subject).waitFor();
    const text = await entry.innerText();
    assert.match(text, /correct/);
    assert.match(text, /Test Analyst/);
    assert.match(text, /2025-04-01/);
    assert.match(text, /date from the ministry readout/);
    await screenshot(page, 'review');
    await page.close();
  });

  test('the briefing previews in a sandboxed frame and downloads as PDF', async (context) => {
    const probe = await fetch(`${web.url}/api/dyads/AZE/KAZ/brief?format=md&asOf=${AS_OF}`);
    if (probe.status === 404 && ((await probe.json()) as { message: string }).message.startsWith('no route')) {
      context.skip('the server has no brief route yet (GET /api/dyads/:a/:b/brief)');
      return;
    }
    const page = await open(`/brief/AZE/KAZ?asOf=${AS_OF}`);
    // The server prints the PDF with a Chromium of its own, which takes a while on a busy machine.
    page.setDefaultTimeout(60_000);
    const frame = page.locator('iframe.brief-preview');
    await frame.waitFor();
    assert.equal(await frame.getAttribute('sandbox'), '', 'no script runs in the preview');
    assert.match((await frame.getAttribute('srcdoc')) ?? '', /Kazakhstan/);
    await screenshot(page, 'brief');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).click()]);
    const pdf = await readFile((await download.path())!);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    await page.close();
  });

  test('the API docs run under the server\'s Content-Security-Policy, which refuses inline script on every page', async () => {
    const docs = await open('/api/docs/');
    await docs.getByText('bilat API').first().waitFor();
    await docs.locator('.opblock').first().waitFor();
    const dashboard = await open(`/dyad/AZE/KAZ?asOf=${AS_OF}`);
    await dashboard.getByRole('region', { name: 'Instruments register' }).waitFor();
    for (const page of [docs, dashboard]) {
      const ran = await page.evaluate((text) => {
        const script = document.createElement('script');
        script.textContent = text;
        document.body.append(script);
        return (window as Window & { inlineScriptRan?: boolean }).inlineScriptRan ?? false;
      }, INJECTED_SCRIPT);
      assert.equal(ran, false, `an inline script was refused on ${page.url()}`);
      await page.close();
    }
    // The refusal of the script injected here names its hash; it is the one refusal expected.
    const injected = `sha256-${createHash('sha256').update(INJECTED_SCRIPT).digest('base64')}`;
    await new Promise((resolve) => setTimeout(resolve, 200));
    refusals.splice(0, refusals.length, ...refusals.filter((refusal) => !refusal.includes(injected)));
  });

  test('markup in an article\'s text and header shows as text and never runs', async () => {
    const title = MARKUP_ARTICLE.title!;
    const views: { path: string; shows: (page: Page) => Locator }[] = [
      { path: `/document/${web.markupDocumentId}`, shows: (page) => page.locator('.document-text', { hasText: '<script>' }) },
      { path: '/search?q=Kobakhidze', shows: (page) => page.getByRole('link', { name: title }) },
      { path: `/entity/${encodeURIComponent('country:GEO')}`, shows: (page) => page.locator('.article-viewer .document-text', { hasText: '<img src=x' }) },
    ];
    for (const view of views) {
      const page = await open(view.path);
      await view.shows(page).waitFor();
      await page.waitForLoadState('networkidle');
      const injected = await page.evaluate(() => ({
        elements: document.querySelectorAll('#injected, #injected-title, main script, main img').length,
        flag: (window as Window & { injected?: boolean }).injected ?? false,
        javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      }));
      assert.deepEqual(injected, { elements: 0, flag: false, javascriptLinks: 0 }, `inert on ${view.path}`);
      if (view.path.startsWith('/document/')) await page.screenshot({ path: join(SCREENSHOTS, 'markup-inert.png'), fullPage: true });
      await page.close();
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual(refusals, [], 'the policy refused nothing the pages need');
  });
});
