// What the browser tests run against: the built web app served by a real bilat server over a
// fresh PGlite knowledge base holding the two seed articles (examples/) and one article whose
// text is full of markup, and Debian's Chromium driven by playwright-core.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { openArticlePool } from '../../src/adapters/worker-pool/article-pool.ts';
import { buildServer } from '../../src/adapters/http/server.ts';
import { findChromium } from '../../src/adapters/pdf/render-pdf.ts';
import type { Article } from '../../src/read/article.ts';
import { ingestGivenInputs, ingestInputs } from '../../src/ingest/ingest-inputs.ts';
import { buildWebIfStale, WEB_BUILD } from '../../web/build-if-stale.ts';
import { storeBackends } from '../support/store-backends.ts';

/** The flags STACK.md lists for Debian's Chromium on these machines. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const SEED_ARTICLES = ['seed-000.txt', 'seed-001.txt'].map((name) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

/** An article whose text and title carry markup that must show as text and never run. */
export const MARKUP_ARTICLE: Article = {
  file: 'markup-in-text.txt',
  title: '<i id="injected-title">Tbilisi talks</i>',
  outlet: '<b>Outlet</b>',
  source: 'javascript:window.injected=true',
  published: '2025-05-03',
  language: 'en',
  body:
    'Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in Tbilisi on 2 May 2025 ' +
    '<script>window.injected = true; alert("script ran")</script>. ' +
    'The prime ministers discussed trade <img src=x onerror="window.injected = true; alert(1)"> and transport, <b id="injected">and energy</b>.',
};

/** What to do when findChromium (BILAT_CHROMIUM, else Chromium or Chrome on PATH) finds none. */
const CHROMIUM_MISSING = 'Chromium not found: install Debian\'s chromium (apt-get install chromium) or point BILAT_CHROMIUM at a Chromium or Chrome binary';

/**
 * Why the browser tests do not run here, or undefined when they do. In CI (CI=true) a
 * missing Chromium is not a reason: the tests run and fail, so that CI cannot pass without them.
 */
export function browserTestsSkipReason(): string | undefined {
  if (findChromium() || process.env.CI) return undefined;
  return CHROMIUM_MISSING;
}

export interface WebApp {
  /** The server's address, without a trailing slash. */
  url: string;
  browser: Browser;
  /** The stored document id of MARKUP_ARTICLE. */
  markupDocumentId: string;
  close(): Promise<void>;
}

export async function startWebApp(): Promise<WebApp> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  await Promise.all([buildWebIfStale(), mkdir(SCREENSHOTS, { recursive: true })]);

  const backend = storeBackends().find((candidate) => candidate.name === 'PGlite')!;
  const { store } = await backend.freshStore();
  // The extraction thread warms up while the seeds are ingested, as a served one does soon after start.
  const workers = openArticlePool({ threads: 1 });
  /** Undone last first: the browser, the server, the threads, the store. */
  const cleanups: (() => Promise<unknown>)[] = [() => backend.dispose(), () => store.close(), () => workers.close()];
  const close = async () => {
    for (const cleanup of [...cleanups].reverse()) await cleanup();
  };
  try {
    await ingestInputs(store, SEED_ARTICLES);
    const { file, body, title, outlet, source, published } = MARKUP_ARTICLE;
    // Given as a paste is: the text, with what the person said of it laid over.
    const [markup] = await ingestGivenInputs(store, [{ input: file, bytes: Buffer.from(body), given: { title, outlet, source: source ?? undefined, published: published ?? undefined } }]);
    if (!markup.documentId) throw new Error(`the markup article was not stored: ${JSON.stringify(markup)}`);
    const app = await buildServer({ store, webRoot: WEB_BUILD, workers });
    cleanups.push(() => app.close());
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    cleanups.push(() => browser.close());
    return { url, browser, markupDocumentId: markup.documentId, close };
  } catch (error) {
    await close();
    throw error;
  }
}
