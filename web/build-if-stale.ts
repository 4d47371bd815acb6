// Builds the web dashboard into dist/web/ when it is missing or older than its sources, for
// `npm start` and the browser tests on a fresh clone. Node side: never bundled.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_SOURCE = fileURLToPath(new URL('./', import.meta.url));
/** Where `bilat serve` looks for the dashboard (src/adapters/cli/commands/serve.ts). */
export const WEB_BUILD = fileURLToPath(new URL('../dist/web/', import.meta.url));
/** Besides web/, the data the build reads (web/vite-plugin-bilat-data.ts). */
const OTHER_SOURCES = [fileURLToPath(new URL('../data/titles.yaml', import.meta.url))];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function webBuildIsStale(): boolean {
  const index = join(WEB_BUILD, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return [WEB_SOURCE, ...OTHER_SOURCES].some((source) => newestChange(source) > built);
}

/** Builds when stale; says so through `log` first, since a build takes seconds. Returns whether it built. */
export async function buildWebIfStale(log: (message: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  log('Building the web dashboard (dist/web/)…');
  const { build } = await import('vite');
  await build({ configFile: join(WEB_SOURCE, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
