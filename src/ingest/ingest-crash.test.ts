// A real `bilat ingest` process killed with SIGKILL half-way, then run again: every
// document must end up stored exactly once, with all its facts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { documents, entityMentions, eventReports } from '../store/schema.ts';
import type { DatabaseConnection } from '../store/database.ts';
import { readInput } from '../read/read-inputs.ts';
import { extractRecord } from '../extract/pipeline.ts';
import { storeBackends } from '../../test/support/store-backends.ts';
import { writeSyntheticCorpus } from '../../test/support/synthetic-articles.ts';

const BILAT = fileURLToPath(new URL('../../bin/bilat.js', import.meta.url));
const DOCUMENT_COUNT = 500;
const KILL_AFTER_COMMITTED = 150;
/** Short articles: the test is about what is committed, not about extraction. */
const SENTENCES_AFTER_LEAD = 3;
/** Documents whose stored facts are compared with a fresh extraction. */
const SAMPLE_SIZE = 15;

interface Run {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string[];
  stderr: string;
}

/** Runs `bilat ingest --verbose`; with `killAfter`, sends SIGKILL once that many documents are reported committed. */
function runIngest(folder: string, db: string, killAfter?: number, extraArgs: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BILAT, 'ingest', folder, '--db', db, '--verbose', ...extraArgs], {
      env: { ...process.env, BILAT_DB: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: string[] = [];
    let stderr = '';
    let committed = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      if (line.startsWith('new ')) committed++;
      if (killAfter !== undefined && committed >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => resolve({ exitCode, signal, stdout, stderr }));
  });
}

async function storedFiles(connection: DatabaseConnection): Promise<string[]> {
  const rows = await connection.db.select({ file: documents.file }).from(documents);
  return rows.map((row) => row.file ?? '');
}

const backends = storeBackends();

// Both backends at once: each test's work is a child process, and there are two cores.
describe('an ingest killed with SIGKILL', { concurrency: true }, () => {
  let corpusFolder: string;
  let files: string[];
  before(async () => {
    corpusFolder = await mkdtemp(join(tmpdir(), 'bilat-crash-corpus-'));
    files = await writeSyntheticCorpus(corpusFolder, DOCUMENT_COUNT, { seed: 42, maxSentences: SENTENCES_AFTER_LEAD });
  });
  after(async () => {
    await rm(corpusFolder, { recursive: true, force: true });
    for (const backend of backends) await backend.dispose();
  });

  for (const backend of backends) {
    test(`on ${backend.name}: a re-run finds every one of ${DOCUMENT_COUNT} documents stored exactly once, with all its facts`, { skip: backend.skip }, async () => {
      const { location, connect, remove } = await backend.freshLocation();
      try {
        const killed = await runIngest(corpusFolder, location, KILL_AFTER_COMMITTED);
        assert.equal(killed.signal, 'SIGKILL', `the first run was killed (it ended with ${killed.exitCode}: ${killed.stderr})`);

        const afterKill = await connect();
        const committedBeforeKill = (await storedFiles(afterKill)).length;
        await afterKill.close();
        assert.ok(
          committedBeforeKill >= KILL_AFTER_COMMITTED && committedBeforeKill < DOCUMENT_COUNT,
          `the kill came mid-way: ${committedBeforeKill} of ${DOCUMENT_COUNT} documents were committed`,
        );

        const rerun = await runIngest(corpusFolder, location, undefined, ['--json']);
        assert.equal(rerun.exitCode, 0, rerun.stderr);
        const summary = JSON.parse(rerun.stdout.slice(rerun.stdout.indexOf('{')).join('\n')) as { new: number; duplicate: number; 'near-duplicate': number; failed: number };
        assert.deepEqual(
          // Generated articles share sentences, so some are stored as near-duplicates of others.
          { stored: summary.new + summary['near-duplicate'], duplicate: summary.duplicate, failed: summary.failed },
          { stored: DOCUMENT_COUNT - committedBeforeKill, duplicate: committedBeforeKill, failed: 0 },
        );

        const connection = await connect();
        try {
          const stored = await storedFiles(connection);
          assert.equal(stored.length, DOCUMENT_COUNT);
          assert.deepEqual([...stored].sort(), [...files].sort());

          const [{ withoutFacts }] = await connection.db
            .select({ withoutFacts: sql<number>`count(*)`.mapWith(Number) })
            .from(documents)
            .where(sql`not exists (select 1 from ${entityMentions} where ${entityMentions.documentId} = ${documents.id})`);
          assert.equal(withoutFacts, 0, 'every document has its entities');

          for (const file of files.filter((_, index) => index % Math.floor(DOCUMENT_COUNT / SAMPLE_SIZE) === 0)) {
            const [article] = await readInput(file);
            const record = extractRecord(article);
            const [mentions] = await connection.db
              .select({ count: sql<number>`count(*)`.mapWith(Number) })
              .from(entityMentions)
              .where(eq(entityMentions.documentId, record.document.id));
            const [reports] = await connection.db
              .select({ count: sql<number>`count(*)`.mapWith(Number) })
              .from(eventReports)
              .where(eq(eventReports.documentId, record.document.id));
            assert.deepEqual({ mentions: mentions.count, events: reports.count }, { mentions: record.entities.length, events: record.events.length }, file);
          }
        } finally {
          await connection.close();
        }
      } finally {
        await remove();
      }
    });
  }
});
