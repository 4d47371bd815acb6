// bilat serve: the web dashboard and the HTTP API over the knowledge base.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Command, type CommandIO, UsageError } from '../command.ts';
import { commandStoreLocation, DB_OPTION_HELP, storeOptions, withStore } from '../store-options.ts';
import { terminalSafe } from '../terminal-text.ts';
import { buildServer, DEFAULT_EXTRACTION_LIMITS } from '../../http/server.ts';
import { openArticlePool } from '../../worker-pool/article-pool.ts';
import { ALLOW_NETWORKS_VARIABLE, AllowedNetworks } from '../../../read/public-address.ts';
import { openPgBossQueue } from '../../queue/pg-boss-queue.ts';
import { InProcessQueue } from '../../queue/in-process-queue.ts';
import { ingestJobBatch } from '../../../ingest/ingest-jobs.ts';
import { jobInput } from '../../../ingest/ingest-queue.ts';
import { publicFeedFetch, scheduleFeedPolling } from '../../../ingest/poll-feeds.ts';
import type { ArticleWorkers } from '../../../ingest/article-workers.ts';
import type { Store } from '../../../store/store.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../../dist/web/', import.meta.url));
const DEFAULT_PORT = 8080;
/** More names the server answers to, separated by commas, as --allow-host gives them. */
const ALLOWED_HOSTS_VARIABLE = 'BILAT_ALLOWED_HOSTS';
const LOOPBACK_HOSTS = new Set(['localhost', '::1', '[::1]']);
/** How often the embedded server looks for due feeds, as workers do in team mode. */
const FEED_CHECK_MS = 30_000;

/**
 * On the embedded database no worker shares the store, so the server polls the feeds itself
 * and ingests what they bring through an in-process queue, read and extracted by the same
 * threads as pastes and uploads, off the thread that answers requests.
 */
async function pollFeedsInProcess(store: Store, workers: ArticleWorkers, io: CommandIO): Promise<{ stop(): Promise<void> }> {
  const queue = new InProcessQueue();
  await queue.work((jobs) => ingestJobBatch(store, jobs, { workers }));
  const schedule = scheduleFeedPolling(store.feeds, { fetch: publicFeedFetch, enqueue: (jobs) => queue.enqueue(jobs) }, {
    checkEveryMs: FEED_CHECK_MS,
    onPolled: ({ url, outcome }) => {
      if (outcome.error) io.stderr.write(`feed failed ${terminalSafe(url)}: ${outcome.status}, ${terminalSafe(outcome.error)}\n`);
    },
    onError: (error) => io.stderr.write(`feeds not polled: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  return {
    async stop() {
      await schedule.stop();
      await queue.close();
      // A feed's bytes still queued die with the process; without its validators, the next start fetches it whole again.
      for (const job of queue.unfinishedJobs()) await store.feeds.pollAgainInFull(jobInput(job));
    },
  };
}

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\./.test(host);
}

/** What an embedded server on a network address says first: it has no login. */
function noLoginWarning(host: string, port: number): string {
  const where = host === '0.0.0.0' || host === '::' ? `this machine on port ${port}` : `${host} on port ${port}`;
  return `Warning: the embedded database has no accounts and no login. Anyone who can reach ${where} can read, add, correct and delete what this knowledge base holds. Serve on 127.0.0.1 (the default) for this machine only, or use team mode (--database-url) for accounts and tokens.\n`;
}

function listValues(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter(Boolean);
}

function parsePort(value: unknown): number {
  if (value === undefined) return Number(process.env.PORT ?? DEFAULT_PORT);
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${String(value)}" is not a port number (0-65535)`);
  return port;
}

export const serveCommand: Command = {
  name: 'serve',
  options: {
    ...storeOptions,
    'database-url': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'allow-host': { type: 'string', multiple: true },
    'trust-proxy': { type: 'string' },
    log: { type: 'boolean' },
  },
  help: `Usage: bilat serve [--port N] [--host ADDRESS] [--allow-host NAME]... [--trust-proxy ADDRESS]
                   [--db PATH | --database-url URL] [--log]

Serves the web dashboard and the JSON API over the knowledge base, which is created on
first use. The API is described at /api/openapi.json and browsable at /api/docs.

The dashboard is built by "npm run build:web" (npm start builds it when it is missing);
without it, only the API is served.

Team mode: on a PostgreSQL knowledge base (--db postgres://… or DATABASE_URL), pasted and
uploaded articles are queued for "bilat worker" processes rather than ingested by the
server: the API answers 202 with the jobs, and GET /api/jobs/ID tells how each one went.
On the embedded database the server itself polls the feeds ("bilat feeds add") when due.

On the embedded database there are no accounts: whoever reaches the server may read and
change everything. It listens on 127.0.0.1, this machine only, unless --host says otherwise,
and then it warns that there is no login. To share a knowledge base over a network, use
team mode.

The server answers only to the names it is known by (its address, localhost, and on
0.0.0.0 this machine's addresses and name), so that another site cannot reach it by
re-pointing its own name at it (DNS rebinding): add the names users type with --allow-host.
A change (a paste, an upload, a review, an account) is taken only from the server's own
pages, never from another site's or another port's. Behind a reverse proxy that ends
https, give the proxy's address to --trust-proxy: its X-Forwarded-Proto, -Host and -For
headers are then believed, and the session cookie is marked Secure.

Feeds are fetched from public addresses only; an administrator allows a private network
with ${ALLOW_NETWORKS_VARIABLE} (see "bilat feeds --help").

Options:
  --port N             the port (default $PORT, else ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS       the address to listen on (default 127.0.0.1: this machine only);
                       0.0.0.0 listens on every interface: without team mode, with no login
  --allow-host NAME    another name the server answers to, such as bilat.example.org
                       (repeat it, or list names in $${ALLOWED_HOSTS_VARIABLE}, comma-separated)
  --trust-proxy ADDRESS
                       the reverse proxy in front of the server (addresses or networks,
                       comma-separated), whose X-Forwarded-* headers are believed
${DB_OPTION_HELP}
  --database-url URL   a PostgreSQL knowledge base: team mode. Every request needs an
                       account's token (viewer reads; analyst ingests and reviews; admin
                       manages accounts and deletes); uploads are queued for "bilat
                       worker". It will not start until an admin account exists.
  --log                log every request
  -h, --help           show this help

Examples:
  bilat serve --port 3000 --db ~/kb
  bilat serve --host 0.0.0.0 --allow-host bilat.example.org --db postgres://bilat@db.example.org/bilat   (team mode)
  bilat serve --trust-proxy 127.0.0.1 --allow-host bilat.example.org --db postgres://…   (team mode behind https)
`,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError('serve takes no arguments');
    const port = parsePort(args.values.port);
    const host = args.values.host === undefined ? '127.0.0.1' : String(args.values.host);
    const allowedHosts = [...listValues(args.values['allow-host']), ...listValues(process.env[ALLOWED_HOSTS_VARIABLE])];
    const trustProxy = args.values['trust-proxy'] === undefined ? undefined : String(args.values['trust-proxy']);
    // A wrong network list is said now, not at the first feed.
    AllowedNetworks.fromEnvironment();
    const location = commandStoreLocation(args);
    return withStore(args, true, async (store, where) => {
      const teamMode = location.kind === 'postgres';
      if (teamMode && !(await store.accounts.hasAdmin())) {
        throw new Error(`team mode needs an admin: make one with "bilat accounts add NAME --role admin --database-url …", which prints its token once`);
      }
      const ingestQueue = teamMode ? await openPgBossQueue(location.url) : undefined;
      // Team mode queues what it is sent for the workers; the embedded server reads and extracts it here, its threads warming up now.
      const workers = teamMode ? undefined : openArticlePool({ threads: DEFAULT_EXTRACTION_LIMITS.threads, timeLimitSeconds: DEFAULT_EXTRACTION_LIMITS.timeLimitSeconds });
      const feedPolling = workers ? await pollFeedsInProcess(store, workers, io) : undefined;
      try {
        const app = await buildServer({
          store, webRoot: WEB_ROOT, logger: Boolean(args.values.log), ingestQueue, allowedHosts, trustProxy, workers,
          ...(teamMode ? { accounts: store.accounts } : {}),
        });
        const address = await app.listen({ port, host });
        if (!teamMode && !isLoopback(host)) io.stderr.write(noLoginWarning(host, (app.server.address() as AddressInfo).port));
        const web = existsSync(WEB_ROOT) ? `dashboard ${address}/` : 'no dashboard built (npm run build:web)';
        const mode = teamMode ? ' in team mode (sign in with a token; uploads are queued for "bilat worker")' : '';
        io.stdout.write(`bilat serving ${where}${mode}: ${web}, API ${address}/api/docs\nPress Ctrl-C to stop.\n`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await app.close();
        return 0;
      } finally {
        await feedPolling?.stop();
        await ingestQueue?.close();
        await workers?.close();
      }
    });
  },
};
