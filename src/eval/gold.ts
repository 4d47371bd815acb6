// Gold files (gold/README.md): what a careful analyst records from one article, in the
// Record's vocabulary. Every item may carry `optional: true` and a `note`; keys the format
// does not name (such as an event's `date_text`) are read and ignored, so annotators can
// keep working notes without breaking evaluation.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  EVENT_TYPES,
  FullDate,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  INSTRUMENT_KINDS,
  INSTRUMENT_STATUSES,
  ISO3,
  ORGANIZATION_KINDS,
  PartialDate,
  Sector,
  STANCES,
} from '../record/schema.ts';

const annotation = {
  optional: z.boolean().optional().describe('Finding it is neither rewarded nor punished'),
  note: z.string().optional(),
};

const names = {
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
};

export const GoldCountry = z.object({ code: ISO3, ...annotation });

export const GoldPerson = z.object({
  name: z.string().min(1),
  country: ISO3.optional(),
  titles: z.array(z.string().min(1)).default([]),
  ...annotation,
});

export const GoldOrganization = z.object({
  ...names,
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  country: ISO3.optional(),
  ...annotation,
});

export const GoldPlace = z.object({ ...names, country: ISO3.optional(), ...annotation });

export const GoldInstrument = z.object({
  ...names,
  kind: z.enum(INSTRUMENT_KINDS).optional(),
  status: z.enum(INSTRUMENT_STATUSES).optional(),
  period: z
    .object({ start: PartialDate.nullable().optional(), end: PartialDate.nullable().optional() })
    .optional(),
  parties: z.array(ISO3).optional(),
  ...annotation,
});

export const GoldInitiative = z.object({
  ...names,
  kind: z.enum(INITIATIVE_KINDS).optional(),
  status: z.enum(INITIATIVE_STATUSES).optional(),
  part_of: z.string().optional().describe('Name of the larger initiative'),
  ...annotation,
});

export const GoldForum = z.object({
  ...names,
  date: PartialDate.nullable().optional(),
  ...annotation,
});

const RECORD_EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

// An optional event may be a free-form reminder (seed-000 lists a "press conference"), so
// only events that count must use the Record's event types and name a participant.
export const GoldEvent = z
  .object({
    type: z.string().min(1),
    date: PartialDate.nullable().optional(),
    participants: z.array(z.string().min(1)).default([]).describe('Names of gold items or ISO3 codes'),
    instruments: z.array(z.string().min(1)).optional(),
    initiatives: z.array(z.string().min(1)).optional(),
    forum: z.string().min(1).optional(),
    place: z.string().optional(),
    format: z.array(z.string()).optional(),
    stance: z.enum(STANCES).optional(),
    ...annotation,
  })
  .superRefine((event, context) => {
    if (event.optional) return;
    if (!RECORD_EVENT_TYPES.has(event.type)) {
      context.addIssue({
        code: 'custom',
        path: ['type'],
        message: `"${event.type}" is not an event type (${EVENT_TYPES.join(', ')}); mark the event optional or use one of these`,
      });
    }
    if (event.participants.length === 0) {
      context.addIssue({ code: 'custom', path: ['participants'], message: 'an event that counts needs at least one participant' });
    }
  });

export const Gold = z.object({
  file: z.string().min(1).describe('The corpus file the gold describes'),
  published: FullDate.nullable().optional(),
  countries: z.array(GoldCountry).default([]),
  persons: z.array(GoldPerson).default([]),
  organizations: z.array(GoldOrganization).default([]),
  places: z.array(GoldPlace).default([]),
  instruments: z.array(GoldInstrument).default([]),
  initiatives: z.array(GoldInitiative).default([]),
  forums: z.array(GoldForum).default([]),
  events: z.array(GoldEvent).default([]),
  sectors: z
    .object({ required: z.array(Sector).default([]), optional: z.array(Sector).default([]) })
    .default({ required: [], optional: [] }),
});

export type GoldCountry = z.infer<typeof GoldCountry>;
export type GoldPerson = z.infer<typeof GoldPerson>;
export type GoldOrganization = z.infer<typeof GoldOrganization>;
export type GoldPlace = z.infer<typeof GoldPlace>;
export type GoldInstrument = z.infer<typeof GoldInstrument>;
export type GoldInitiative = z.infer<typeof GoldInitiative>;
export type GoldForum = z.infer<typeof GoldForum>;
export type GoldEvent = z.infer<typeof GoldEvent>;
export type Gold = z.infer<typeof Gold>;

/** A gold file read from disk: where it came from, and its content. */
export interface GoldFile {
  path: string;
  gold: Gold;
}

/** A gold file or folder that cannot be used, with the reason. */
export class GoldFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'GoldFileError';
  }
}

/** Checks parsed JSON against the gold format; `path` names the file in the error. */
export function parseGold(value: unknown, path: string): Gold {
  const result = Gold.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new GoldFileError(path, `not a valid gold file:\n  ${problems.join('\n  ')}`);
}

export async function readGoldFile(path: string): Promise<GoldFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new GoldFileError(path, `cannot be read (${systemReason(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GoldFileError(path, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { path, gold: parseGold(value, path) };
}

/** Every *.json in the folder except a README, in file-name order. */
export async function loadGoldDirectory(directory: string): Promise<GoldFile[]> {
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch (error) {
    throw new GoldFileError(directory, `cannot read the gold folder (${systemReason(error)})`);
  }
  const goldNames = entries
    .filter((name) => name.toLowerCase().endsWith('.json') && !/^readme\b/i.test(name))
    .sort();
  if (goldNames.length === 0) {
    throw new GoldFileError(directory, 'holds no gold files (*.json); give the folder with the gold files');
  }
  const files: GoldFile[] = [];
  for (const name of goldNames) files.push(await readGoldFile(join(directory, name)));
  return files;
}

function systemReason(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'ENOENT') return 'no such file or folder';
    if (error.code === 'ENOTDIR') return 'not a folder';
    if (error.code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}
