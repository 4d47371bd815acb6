// What the web app needs from the project's data, without bundling it whole:
// - the world map (world-atlas TopoJSON, 108 kB) as a static file fetched when a map is shown;
// - ISO 3166 alpha-3 codes with their names and numeric codes (the map's feature ids), from
//   world-countries, as a small module;
// - the seniority of each known office title (data/titles.yaml, read by the server's own
//   officeLevel) and the levels' names, as a small module, to size meetings on the timeline;
// - what each instrument and initiative status reads as (data/model/, read by the server's
//   src/record/model.ts), as a small module, to colour status badges.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { LEVEL_NAMES, officeLevel } from '../src/query/office-level.ts';
import { INITIATIVE_STATUS_MODEL, INSTRUMENT_STATUS_MODEL } from '../src/record/model.ts';
import { loadDataFile } from '../src/vocabulary/data-file.ts';

const WORLD_MAP_FILE = 'world/countries-110m.json';

const require = createRequire(import.meta.url);
const VIRTUAL_PREFIX = 'virtual:bilat/';
const RESOLVED_PREFIX = '\0virtual:bilat/';

interface WorldCountry {
  cca3: string;
  ccn3: string;
  name: { common: string };
}

interface TitlesFile {
  offices: { title: string; deputy?: string }[];
}

function countriesModule(): string {
  const countries = require('world-countries') as WorldCountry[];
  const byCode = Object.fromEntries(countries.map((country) => [country.cca3, { name: country.name.common, numeric: country.ccn3 }]));
  return `export default ${JSON.stringify(byCode)};`;
}

function officeLevelsModule(): string {
  const titles = loadDataFile<TitlesFile>('titles.yaml').offices.flatMap((office) => (office.deputy ? [office.title, office.deputy] : [office.title]));
  const byTitle = Object.fromEntries(titles.map((title) => [title.toLowerCase(), officeLevel(title)]));
  return `export const levelNames = ${JSON.stringify(LEVEL_NAMES)};\nexport default ${JSON.stringify(byTitle)};`;
}

function statusTonesModule(): string {
  const statuses = [...INSTRUMENT_STATUS_MODEL.statuses, ...INITIATIVE_STATUS_MODEL.statuses];
  return `export default ${JSON.stringify(Object.fromEntries(statuses.map((status) => [status.name, status.tone])))};`;
}

const MODULES: { [name: string]: () => string } = {
  countries: countriesModule,
  'office-levels': officeLevelsModule,
  'status-tones': statusTonesModule,
  'world-map': () => `export default ${JSON.stringify(`/${WORLD_MAP_FILE}`)};`,
};

function worldMap(): Buffer {
  return readFileSync(require.resolve('world-atlas/countries-110m.json'));
}

export function bilatData(): Plugin {
  return {
    name: 'bilat-data',
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) && MODULES[id.slice(VIRTUAL_PREFIX.length)] ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith(RESOLVED_PREFIX) ? MODULES[id.slice(RESOLVED_PREFIX.length)]() : undefined;
    },
    configureServer(server) {
      server.middlewares.use(`/${WORLD_MAP_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(worldMap());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORLD_MAP_FILE, source: worldMap() });
    },
  };
}
