// The databases the store tests run on: PGlite always, PostgreSQL when DATABASE_URL names
// a server. Each test gets a fresh, migrated database cloned from a template (PGlite: a
// data-directory tarball kept between runs; PostgreSQL: CREATE DATABASE … TEMPLATE, one
// per test file), since migrating from scratch for every test would take seconds each.
//
// In CI (CI=true, or BILAT_TEST_POSTGRES=required) a missing DATABASE_URL fails the
// PostgreSQL tests instead of skipping them, so that CI cannot pass without PostgreSQL.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DatabaseConnection, StoreDatabase } from '../../src/store/database.ts';
import { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { connectPglite, dumpMigratedPgliteTemplate } from '../../src/adapters/database/pglite.ts';
import { connectPostgres } from '../../src/adapters/database/postgres.ts';
import { MIGRATIONS_FOLDER } from '../../src/store/migrations-folder.ts';

export interface TestStore {
  store: DrizzleStore;
  /** The same database, for assertions on its tables. */
  db: StoreDatabase;
}

export interface StoreBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** Why its tests are skipped here; undefined when they run. */
  skip?: string;
  /** A fresh migrated store; closing the store drops it. */
  freshStore(): Promise<TestStore>;
  /** A fresh migrated database for another process: a data directory or a postgres:// URL, and how to remove it. */
  freshLocation(): Promise<{ location: string; connect(): Promise<DatabaseConnection>; remove(): Promise<void> }>;
  /** Removes the template; call once after the file's tests (test.after). */
  dispose(): Promise<void>;
}

/** Runs `use` on a fresh store of the backend, closing (and so dropping) it afterwards whatever happens. */
export async function withFreshStore(backend: StoreBackend, use: (store: DrizzleStore, db: StoreDatabase) => Promise<void>): Promise<void> {
  const { store, db } = await backend.freshStore();
  try {
    await use(store, db);
  } finally {
    await store.close();
  }
}

function postgresRequired(): boolean {
  return Boolean(process.env.CI) || process.env.BILAT_TEST_POSTGRES === 'required';
}

function testStore(connection: DatabaseConnection): TestStore {
  return { store: new DrizzleStore(connection), db: connection.db };
}

const PGLITE_PACKAGE = fileURLToPath(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url));
const CACHE_FOLDER = fileURLToPath(new URL('../../node_modules/.cache/bilat-test/', import.meta.url));

/** Changes whenever a migration or PGlite itself changes, and with it the template. */
async function pgliteTemplateKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(PGLITE_PACKAGE));
  const files = (await readdir(MIGRATIONS_FOLDER, { recursive: true })).sort();
  for (const file of files) {
    const path = join(MIGRATIONS_FOLDER, file);
    if ((await stat(path)).isFile()) hash.update(file).update(await readFile(path));
  }
  return hash.digest('hex').slice(0, 16);
}

interface PgliteTemplate {
  /** A migrated database as a tarball, for in-memory clones. */
  tarball: Blob;
  /** The same database as a data directory, to copy for another process. */
  dataDir: string;
}

/**
 * The migrated template, made once per machine and kept under node_modules/.cache: initdb
 * and migrations take seconds, a clone under one. Made aside and renamed into place, so
 * that test files starting together never see half a template.
 */
async function pgliteTemplate(): Promise<PgliteTemplate> {
  const folder = join(CACHE_FOLDER, `pglite-${await pgliteTemplateKey()}`);
  const tarballPath = join(folder, 'template.tar');
  const dataDir = join(folder, 'db');
  if (!existsSync(tarballPath)) {
    await mkdir(CACHE_FOLDER, { recursive: true });
    const scratch = await mkdtemp(join(CACHE_FOLDER, 'making-'));
    const tarball = await dumpMigratedPgliteTemplate();
    await writeFile(join(scratch, 'template.tar'), Buffer.from(await tarball.arrayBuffer()));
    const seeded = await connectPglite({ dataDir: join(scratch, 'db'), loadDataDir: tarball });
    await seeded.close();
    await rename(scratch, folder).catch(() => rm(scratch, { recursive: true, force: true }));
    // Templates of earlier migrations are of no more use.
    for (const name of await readdir(CACHE_FOLDER)) {
      if (name.startsWith('pglite-') && join(CACHE_FOLDER, name) !== folder) await rm(join(CACHE_FOLDER, name), { recursive: true, force: true });
    }
  }
  return { tarball: new Blob([await readFile(tarballPath)]), dataDir };
}

function pgliteBackend(): StoreBackend {
  let template: Promise<PgliteTemplate> | undefined;
  const migratedTemplate = () => (template ??= pgliteTemplate());
  return {
    name: 'PGlite',
    async freshStore() {
      return testStore(await connectPglite({ loadDataDir: (await migratedTemplate()).tarball }));
    },
    async freshLocation() {
      const folder = await mkdtemp(join(tmpdir(), 'bilat-store-'));
      const dataDir = join(folder, 'db');
      await cp((await migratedTemplate()).dataDir, dataDir, { recursive: true });
      return {
        location: dataDir,
        connect: () => connectPglite({ dataDir }),
        remove: () => rm(folder, { recursive: true, force: true }),
      };
    },
    async dispose() {
      template = undefined;
    },
  };
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function postgresBackend(serverUrl: string): StoreBackend {
  const prefix = `bilat_test_${process.pid}`;
  const templateName = `${prefix}_template`;
  let admin: pg.Pool | undefined;
  let template: Promise<void> | undefined;
  let created = 0;
  const adminPool = () => (admin ??= new pg.Pool({ connectionString: serverUrl, max: 2 }));

  const createTemplate = async () => {
    await dropStaleTestDatabases(adminPool());
    await adminPool().query(`create database ${templateName}`);
    const connection = await connectPostgres(databaseUrl(serverUrl, templateName));
    await connection.close();
  };
  const freshDatabase = async () => {
    await (template ??= createTemplate());
    const name = `${prefix}_${++created}`;
    await adminPool().query(`create database ${name} template ${templateName}`);
    const url = databaseUrl(serverUrl, name);
    const drop = () => adminPool().query(`drop database if exists ${name} with (force)`).then(() => undefined);
    return { url, drop };
  };
  return {
    name: 'PostgreSQL',
    async freshStore() {
      const { url, drop } = await freshDatabase();
      const connection = await connectPostgres(url);
      return testStore({
        ...connection,
        close: async () => {
          await connection.close();
          await drop();
        },
      });
    },
    async freshLocation() {
      const { url, drop } = await freshDatabase();
      return { location: url, connect: () => connectPostgres(url), remove: drop };
    },
    async dispose() {
      if (template) await adminPool().query(`drop database if exists ${templateName} with (force)`);
      await admin?.end();
      admin = undefined;
      template = undefined;
    },
  };
}

/** Test databases left by test processes that were killed before they could drop them. */
async function dropStaleTestDatabases(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ datname: string }>(`select datname from pg_database where datname like 'bilat\\_test\\_%'`);
  for (const { datname } of rows) {
    const pid = Number(/^bilat_test_(\d+)_/.exec(datname)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || processIsRunning(pid)) continue;
    await pool.query(`drop database if exists ${datname} with (force)`);
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function unavailablePostgresBackend(reason: string): StoreBackend {
  const fail = async (): Promise<never> => {
    throw new Error(reason);
  };
  return { name: 'PostgreSQL', freshStore: fail, freshLocation: fail, async dispose() {} };
}

/** Every backend to run the store tests on; the PostgreSQL one skipped (locally) or failing (CI) without DATABASE_URL. */
export function storeBackends(): StoreBackend[] {
  const url = process.env.DATABASE_URL;
  if (url) return [pgliteBackend(), postgresBackend(url)];
  if (postgresRequired()) {
    return [pgliteBackend(), unavailablePostgresBackend(
      'DATABASE_URL is not set, but CI must run the store tests on PostgreSQL too: start a server (eval "$(bash scripts/start-test-postgres.sh)") and export DATABASE_URL',
    )];
  }
  const skipped = unavailablePostgresBackend('DATABASE_URL is not set');
  return [pgliteBackend(), { ...skipped, skip: 'DATABASE_URL is not set: run scripts/start-test-postgres.sh to test on PostgreSQL too' }];
}
