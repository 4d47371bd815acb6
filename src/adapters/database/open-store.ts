// Which store to open: a PostgreSQL URL or a PGlite data directory, from the caller's
// option, then BILAT_DB, then DATABASE_URL, then ./.bilat/db.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openPgliteStore } from './pglite.ts';
import { openPostgresStore, redactedUrl } from './postgres.ts';
import type { Store } from '../../store/store.ts';

export const DEFAULT_DATA_DIR = './.bilat/db';

export type StoreLocation =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string };

export interface StoreEnvironment {
  BILAT_DB?: string;
  DATABASE_URL?: string;
}

function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

function locationOf(value: string): StoreLocation {
  return isPostgresUrl(value) ? { kind: 'postgres', url: value } : { kind: 'pglite', dataDir: resolve(value) };
}

export function storeLocation(db: string | undefined, env: StoreEnvironment = process.env): StoreLocation {
  if (db) return locationOf(db);
  if (env.BILAT_DB) return locationOf(env.BILAT_DB);
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return locationOf(DEFAULT_DATA_DIR);
}

export function describeLocation(location: StoreLocation): string {
  return location.kind === 'postgres' ? `PostgreSQL ${redactedUrl(location.url)}` : location.dataDir;
}

/** Asked to read a knowledge base that was never created. */
export class StoreNotFoundError extends Error {
  constructor(readonly location: StoreLocation) {
    super(`no knowledge base at ${describeLocation(location)} yet`);
    this.name = 'StoreNotFoundError';
  }
}

function pgliteDataDirExists(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

export interface OpenStoreOptions {
  /** Create an empty knowledge base when there is none; otherwise a missing PGlite one is a StoreNotFoundError. */
  create: boolean;
}

export async function openStore(location: StoreLocation, options: OpenStoreOptions): Promise<Store> {
  if (location.kind === 'postgres') return openPostgresStore(location.url);
  if (!pgliteDataDirExists(location.dataDir)) {
    if (!options.create) throw new StoreNotFoundError(location);
    await mkdir(location.dataDir, { recursive: true });
  }
  return openPgliteStore({ dataDir: location.dataDir });
}
