// The dashboard's server under load: `bilat serve` on an embedded store of synthetic documents,
// asked for what the dashboard asks for (a pair's report and timeline pages, its entities,
// searches, document and person pages) by 50 connections at once with autocannon, a maintained
// HTTP load generator. The server runs as its own process, as a user runs it; the load comes
// from this one. Figures, never a verdict that fails: a measurement, not a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { writeSyntheticCorpus } from '../test/support/synthetic-articles.ts';
import { pairQueries, searchQueries } from './knowledge-base-queries.ts';
import { type Alignment, formatCount, formatMilliseconds, formatTable } from './table.ts';
import { SENTENCE_FOLDERS } from './workload.ts';

const BILAT = fileURLToPath(new URL('../bin/bilat.js', import.meta.url));
const DOCUMENT_COUNT = Number(process.env.BILAT_BENCH_DOCUMENTS ?? 10_000);
const SECONDS = Number(process.env.BILAT_BENCH_SERVE_SECONDS ?? 60);
const CONNECTIONS = 50;
const TARGET_P95_MS = 500;
const SYNTHETIC_SEED = 1;
const NEAR_DUPLICATE_SHARE = 0.15;
/** What a browser says it accepts: the dashboard's visitors are browsers. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** Runs bilat to its end, failing loudly if it fails. */
function runBilat(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BILAT, ...args], { env: { ...process.env, BILAT_DB: '', DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(stdout) : reject(new Error(`bilat ${args[0]} ended with ${code}`))));
  });
}

/** Starts `bilat serve` on a free port and resolves with its address once it listens. */
function startServer(db: string): Promise<{ child: ChildProcess; address: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BILAT, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, BILAT_DB: '', DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const address = /https?:\/\/[\w.:[\]-]+/.exec(stdout)?.[0];
      if (address) resolve({ child, address });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`bilat serve ended with ${code} before it listened:\n${stdout}`)));
  });
}

async function getJson<T>(address: string, path: string): Promise<T> {
  const response = await fetch(address + path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

interface RouteLoad {
  route: string;
  /** One path per request, taken in turn. */
  paths: string[];
}

async function dashboardRoutes(address: string): Promise<RouteLoad[]> {
  const pairs = pairQueries();
  const { documents } = await getJson<{ documents: { id: string }[] }>(address, '/api/documents?limit=200');
  const people = await getJson<{ id: string }[]>(address, '/api/entities?type=person&limit=200');
  const pairPath = ([a, b]: readonly [string, string]) => `${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  return [
    { route: 'dyad report', paths: pairs.map((pair) => `/api/dyads/${pairPath(pair)}`) },
    { route: 'timeline page', paths: pairs.map((pair) => `/api/dyads/${pairPath(pair)}/timeline?limit=20`) },
    { route: "a pair's entities", paths: pairs.map(([a, b]) => `/api/entities?a=${a}&b=${b}&limit=100`) },
    { route: 'search', paths: searchQueries().map((query) => `/api/search?q=${encodeURIComponent(query)}&limit=20`) },
    { route: 'document page', paths: documents.map((document) => `/api/documents/${encodeURIComponent(document.id)}`) },
    { route: 'person page', paths: people.map((person) => `/api/entities/${encodeURIComponent(person.id)}`) },
  ];
}

interface LoadResult {
  label: string;
  requests: number;
  perSecond: number;
  p50: number;
  p90: number;
  /** autocannon reports no p95: p97.5 bounds it from above. */
  p97_5: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  /** Bytes received a request, headers and body as sent. */
  kbPerRequest: number;
}

async function load(address: string, label: string, paths: readonly string[], seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: address,
    connections: CONNECTIONS,
    duration: seconds,
    headers: BROWSER_HEADERS,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  return {
    label,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    kbPerRequest: result.requests.total === 0 ? 0 : result.throughput.total / result.requests.total / 1024,
  };
}

function printLoads(results: readonly LoadResult[]): void {
  const headers = ['routes', 'requests', 'requests/s', 'KB/request', 'p50 ms', 'p90 ms', 'p97.5 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx'];
  const alignments: Alignment[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  console.log(formatTable(headers, results.map((r) => [
    r.label, formatCount(r.requests), r.perSecond.toFixed(1), r.kbPerRequest.toFixed(1), formatMilliseconds(r.p50), formatMilliseconds(r.p90), formatMilliseconds(r.p97_5),
    formatMilliseconds(r.p99), formatMilliseconds(r.max), formatCount(r.errors), formatCount(r.non2xx),
  ]), alignments));
}

export async function benchServe(): Promise<void> {
  const reused = process.env.BILAT_BENCH_SERVE_DB;
  const folder = await mkdtemp(join(tmpdir(), 'bilat-bench-serve-'));
  const db = reused ?? join(folder, 'db');
  let server: ChildProcess | undefined;
  try {
    if (!reused || (await readdir(reused).catch(() => [])).length === 0) {
      process.stderr.write(`writing ${formatCount(DOCUMENT_COUNT)} synthetic articles and ingesting them into ${db}\n`);
      const articles = join(folder, 'articles');
      await mkdir(articles);
      await writeSyntheticCorpus(articles, DOCUMENT_COUNT, { seed: SYNTHETIC_SEED, sentenceFolders: SENTENCE_FOLDERS, nearDuplicateShare: NEAR_DUPLICATE_SHARE });
      await runBilat(['ingest', `${articles}`, '--db', db]);
    }
    const started = await startServer(db);
    server = started.child;
    const routes = await dashboardRoutes(started.address);
    // Every route once before the clock starts, as a dashboard's first visitor would.
    for (const route of routes) for (const path of route.paths.slice(0, 5)) await fetch(started.address + path, { headers: BROWSER_HEADERS });

    const everything = routes.flatMap((route) => route.paths.map((path, index) => ({ path, index }))).sort((a, b) => a.index - b.index).map(({ path }) => path);
    const mixed = await load(started.address, 'all routes, mixed', everything, SECONDS);
    const perRoute: LoadResult[] = [];
    for (const route of routes) perRoute.push(await load(started.address, route.route, route.paths, Math.max(5, Math.round(SECONDS / 6))));

    console.log(`Server under load: bilat serve on an embedded store of ${formatCount(DOCUMENT_COUNT)} synthetic documents, ${CONNECTIONS} connections`);
    console.log(`(the mixed run lasts ${SECONDS} s; then each route alone for ${Math.max(5, Math.round(SECONDS / 6))} s)`);
    printLoads([mixed, ...perRoute]);
    const failed = mixed.errors + mixed.non2xx;
    // p97.5 < target implies p95 < target; autocannon gives no p95 of its own.
    const met = failed === 0 && mixed.p97_5 < TARGET_P95_MS;
    console.log(`Target 0 errors and p95 < ${TARGET_P95_MS} ms on the mixed run: ${met ? 'met' : 'NOT met'} (${failed} errors, p95 ≤ p97.5 = ${formatMilliseconds(mixed.p97_5)} ms)`);
  } finally {
    server?.kill('SIGTERM');
    await rm(folder, { recursive: true, force: true });
  }
}
