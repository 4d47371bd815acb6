// npm start: the demo on a fresh clone. Builds the web dashboard if it is missing or older
// than web/, creates the embedded knowledge base on first use, ingests the two bundled
// sample articles (examples/) when it is empty, then serves the dashboard and the API on
// this machine and prints the address. Ctrl-C stops it.
//
// The knowledge base is the one every bilat command uses (--db is not taken here: BILAT_DB,
// else DATABASE_URL, else ./.bilat/db); PORT sets the port (default 8080, else a free one).
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/adapters/http/server.ts';
import { expandInputs } from '../src/read/read-inputs.ts';
import { ingestInputs } from '../src/ingest/ingest-inputs.ts';
import { describeLocation, openStore, storeLocation } from '../src/adapters/database/open-store.ts';
import type { Store } from '../src/store/store.ts';
import { buildWebIfStale, WEB_BUILD } from '../web/build-if-stale.ts';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const DEFAULT_PORT = 8080;
const HOST = '127.0.0.1';

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

async function ingestExamplesIfEmpty(store: Store): Promise<void> {
  if ((await store.counts()).documents > 0) return;
  say('The knowledge base is empty: ingesting the sample articles in examples/…');
  const summary = await ingestInputs(store, await expandInputs([EXAMPLES]), {
    onArticle: (article) => {
      if (article.outcome === 'failed') say(`  ${article.input}: ${article.reason}`);
    },
  });
  say(`Ingested ${summary.articles} articles: ${summary.new} new, ${summary.failed} failed.`);
}

/** Listens on PORT (or 8080); when that port is taken, on a free one rather than failing. */
async function listen(app: FastifyInstance): Promise<string> {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  try {
    return await app.listen({ port, host: HOST });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    say(`Port ${port} is in use; taking a free one.`);
    return app.listen({ port: 0, host: HOST });
  }
}

async function start(): Promise<void> {
  await buildWebIfStale(say);
  const location = storeLocation(undefined);
  const store = await openStore(location, { create: true });
  await ingestExamplesIfEmpty(store);
  const counts = await store.counts();
  const app = await buildServer({ store, webRoot: WEB_BUILD });
  const address = await listen(app);
  say(`\nbilat is running: ${address}/  (the AZE–KAZ dashboard)`);
  say(`Knowledge base ${describeLocation(location)}: ${counts.documents} documents, ${counts.entities} entities, ${counts.events} events.`);
  say(`API ${address}/api/docs · Ctrl-C to stop.`);

  const stop = async () => {
    await app.close();
    await store.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

await start();
