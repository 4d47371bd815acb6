// Vocabulary lives as data in data/*.yaml (see STYLE.md); this reads one file, once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const cache = new Map<string, unknown>();

/** Parses data/NAME once per process; the caller states the shape it expects. */
export function loadDataFile<T>(name: string): T {
  if (!cache.has(name)) {
    const text = readFileSync(DATA_DIR + name, 'utf8');
    cache.set(name, name.endsWith('.json') ? JSON.parse(text) : parse(text));
  }
  return cache.get(name) as T;
}
