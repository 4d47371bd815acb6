// What the knowledge-base commands share: the --db option, opening the store with errors a
// user can act on, and reading country and date arguments.
import { type ParsedArgs, UsageError } from './command.ts';
import { describeLocation, openStore, storeLocation, type StoreLocation, StoreNotFoundError } from '../database/open-store.ts';
import type { Store } from '../../store/store.ts';
import { countryByCode, lookupCountryName } from '../../vocabulary/countries.ts';

export const DB_OPTION_HELP = `  --db PATH            the knowledge base: a folder (embedded database) or a
                       postgres:// URL; default $BILAT_DB, else $DATABASE_URL, else ./.bilat/db`;

export const storeOptions = { db: { type: 'string' } } as const;

/** Opens the store the command's --db (or the environment) names, runs `use`, and closes it whatever happens. */
/** The knowledge base a command's --database-url or --db names (else the environment's). */
export function commandStoreLocation(args: ParsedArgs): StoreLocation {
  const given = args.values['database-url'] ?? args.values.db;
  return storeLocation(given === undefined ? undefined : String(given));
}

export async function withStore<T>(args: ParsedArgs, create: boolean, use: (store: Store, where: string) => Promise<T>): Promise<T> {
  const location = commandStoreLocation(args);
  let store: Store;
  try {
    store = await openStore(location, { create });
  } catch (error) {
    if (error instanceof StoreNotFoundError) {
      throw new Error(`${error.message}: create it with "bilat ingest FILE_OR_FOLDER...", or point to another with --db PATH or BILAT_DB`);
    }
    throw error;
  }
  try {
    return await use(store, describeLocation(location));
  } finally {
    await store.close();
  }
}

function countryCode(text: string): string | undefined {
  const byCode = /^[a-z]{3}$/i.test(text) ? countryByCode(text) : undefined;
  return byCode?.code ?? lookupCountryName(text)?.code;
}

/** An ISO 3166-1 alpha-3 code ("aze" too) or an English country name or adjective ("Azerbaijan", "Kazakh"). */
export function parseCountry(text: string, what: string): string {
  const code = countryCode(text);
  if (code) return code;
  throw new UsageError(`${what}: "${text}" is not a country; give an ISO 3166-1 alpha-3 code (AZE, KAZ) or an English name`);
}

/** One argument split where both sides name a country: at a hyphen ("Guinea-Bissau-Senegal" too), a comma or a space. */
function splitPair(text: string): string[] {
  for (const separator of ['-', ',', ' ']) {
    for (let at = text.indexOf(separator); at > 0; at = text.indexOf(separator, at + 1)) {
      const [left, right] = [text.slice(0, at).trim(), text.slice(at + 1).trim()];
      if (countryCode(left) && countryCode(right)) return [left, right];
    }
  }
  // No split gives two countries: split anyway, so that the error names the part that is not one.
  return text.split(/[-,\s]+/).filter(Boolean);
}

/** "AZE-KAZ", "Azerbaijan-Kazakhstan" or "AZE KAZ" as one argument, or two arguments. */
export function parseDyad(parts: readonly string[], what: string): [string, string] {
  const names = parts.length === 1 ? splitPair(parts[0]) : [...parts];
  if (names.length !== 2) throw new UsageError(`${what} wants two countries, as AZE-KAZ or AZE KAZ, got "${parts.join(' ')}"`);
  const [a, b] = [parseCountry(names[0], what), parseCountry(names[1], what)];
  if (a === b) throw new UsageError(`${what} wants two different countries, got ${a} twice`);
  return [a, b];
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a real date. */
export function parsePartialDate(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const month = match?.[2] === undefined ? 1 : Number(match[2]);
  const day = match?.[3] === undefined ? 1 : Number(match[3]);
  const date = match ? new Date(Date.UTC(Number(match[1]), month - 1, day)) : undefined;
  if (!date || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new UsageError(`${option} wants a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"`);
  }
  return text;
}

function parseWholeNumber(value: unknown, option: string, least: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) throw new UsageError(`${option} wants a whole number of ${least} or more, got "${String(value)}"`);
  return number;
}

export function parsePositiveInteger(value: unknown, option: string): number | undefined {
  return parseWholeNumber(value, option, 1);
}

/** A whole number of 0 or more: how many to skip. */
export function parseCount(value: unknown, option: string): number | undefined {
  return parseWholeNumber(value, option, 0);
}
