// Modules made at build time by web/vite-plugin-bilat-data.ts.
declare module 'virtual:bilat/countries' {
  /** ISO 3166-1 alpha-3 code → English name and numeric code (the world map's feature id). */
  const countries: { [code: string]: { name: string; numeric: string } };
  export default countries;
}

declare module 'virtual:bilat/office-levels' {
  /** Lower-cased office title → 1 head of state, 2 head of government, 3 minister, 4 officials. */
  const levels: { [title: string]: 1 | 2 | 3 | 4 };
  export default levels;
  /** What each level is called: "head of state", … */
  export const levelNames: { [level in 1 | 2 | 3 | 4]: string };
}

declare module 'virtual:bilat/status-tones' {
  /** Instrument or initiative status → what it reads as (data/model/*-statuses.yaml). */
  const tones: { [status: string]: 'done' | 'moving' | 'stopped' | 'unknown' };
  export default tones;
}

declare module 'virtual:bilat/world-map' {
  /** The address of the world-atlas countries TopoJSON. */
  const url: string;
  export default url;
}
