// bilat export: the knowledge base, or one pair of countries' part of it, in a format other
// tools read (src/report/exports/), to standard output or to files.
import { once } from 'node:events';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, type CommandIO, UsageError } from '../command.ts';
import { startProgress } from '../progress.ts';
import { DB_OPTION_HELP, parseDyad, parsePartialDate, storeOptions, withStore } from '../store-options.ts';
import { CSV_TABLES, type CsvTable } from '../../../report/exports/csv.ts';
import { EXPORT_FORMATS, type ExportFile, type ExportFormat, exportFiles } from '../../../report/exports/export-files.ts';

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new UsageError(`name the FORMAT to export: ${EXPORT_FORMATS.join(', ')}`);
  const format = EXPORT_FORMATS.find((candidate) => candidate === value.toLowerCase());
  if (!format) throw new UsageError(`unknown format "${value}"; the formats are ${EXPORT_FORMATS.join(', ')}`);
  return format;
}

function parseTable(value: unknown): CsvTable | undefined {
  if (value === undefined) return undefined;
  const table = CSV_TABLES.find((candidate) => candidate === String(value).toLowerCase());
  if (!table) throw new UsageError(`--table wants one of ${CSV_TABLES.join(', ')}; got "${String(value)}"`);
  return table;
}

function parseAsOf(value: unknown): string {
  const date = parsePartialDate(value, '--as-of');
  if (date === undefined) return new Date().toISOString().slice(0, 10);
  if (date.length !== 10) throw new UsageError(`--as-of wants a day as YYYY-MM-DD, got "${date}"`);
  return date;
}

/** Writes the file's text through `write`, ticking a progress bar per item; returns how many items it held. */
async function writeExport(file: ExportFile, write: (text: string) => Promise<void>, io: CommandIO, showProgress: boolean): Promise<number> {
  const { total, pieces } = await file.open();
  const progress = showProgress ? startProgress(io, total, file.noun) : { tick() {}, done() {} };
  try {
    for await (const piece of pieces) {
      await write(piece.text);
      for (let item = 0; item < piece.items; item++) progress.tick(file.name);
    }
  } finally {
    progress.done();
  }
  return total;
}

async function writeToFile(file: ExportFile, path: string, io: CommandIO): Promise<number> {
  const handle = await open(path, 'w').catch((error: Error) => {
    throw new Error(`cannot write ${path}: ${error.message}`);
  });
  try {
    return await writeExport(file, async (text) => void (await handle.write(text)), io, true);
  } finally {
    await handle.close();
  }
}

const isClosedPipe = (error: unknown) => error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE';

async function writeToStdout(file: ExportFile, io: CommandIO): Promise<void> {
  // Waits for the reader when the pipe is full, so that a large export is never all in memory.
  const write = async (text: string) => {
    if (!io.stdout.write(text)) await once(io.stdout, 'drain');
  };
  try {
    await writeExport(file, write, io, false);
  } catch (error) {
    // The reader has all it wanted ("| head").
    if (!isClosedPipe(error)) throw error;
  }
}

export const exportCommand: Command = {
  name: 'export',
  options: {
    ...storeOptions,
    dyad: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    table: { type: 'string' },
    'as-of': { type: 'string' },
  },
  help: `Usage: bilat export FORMAT [--dyad A-B] [--from DATE] [--to DATE] [-o PATH] [--db PATH]

Writes the knowledge base, or what concerns one pair of countries, in a format that other
tools read: to standard output, or with -o to a file (csv: a folder of files).

Formats:
  jsonl    one Record (docs/record.schema.json) a line per stored document, as extracted,
           its entities and events named by their knowledge-base ids
  csv      the tables events, entities, instruments, initiatives and sources (one row per
           report of an event, with its sentences); many values in a cell are joined by "; "
  gdelt    CAMEO-coded events, tab-separated in GDELT's event columns: date, two actors
           (ISO3 plus GOV for officials), event and root code, Goldstein scale, place,
           source URL, document id and the character offsets of the evidence
  ftm      FollowTheMoney entities as JSON lines, for Aleph: Person, PublicBody,
           Organization, Contract (instruments), Project (initiatives), Event, Address
  ical     an iCalendar of the days instruments' periods end and of the events dated
           after --as-of

Options:
  --dyad A-B           only what concerns this pair of countries: the events that involve
                       both, the documents that report them, and the entities of those
                       events and the instruments and projects of both
  --from DATE          only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); jsonl:
                       documents published on or after it; ical: expiries too
  --to DATE            only events on or before DATE; jsonl: documents published by then
  -o, --output PATH    write to this file instead of standard output; csv: write every
                       table into this folder (events.csv, entities.csv, …)
  --table NAME         csv: only this table, one of ${CSV_TABLES.slice(0, 3).join(', ')},
                       ${CSV_TABLES.slice(3).join(', ')}; needed to write csv to standard output
  --as-of DATE         the day (YYYY-MM-DD) that instruments' standing is judged on (csv,
                       ical) and after which an event is upcoming (ical); default today
${DB_OPTION_HELP}
  -h, --help           show this help

Examples:
  bilat export jsonl -o records.jsonl
  bilat export csv --dyad AZE-KAZ -o aze-kaz/
  bilat export csv --table instruments --as-of 2025-06-01 > instruments.csv
  bilat export gdelt --dyad AZE-KAZ --from 2024 > aze-kaz-events.tsv
  bilat export ftm -o bilat.ftm.json && alephclient write-entities -i bilat.ftm.json -f bilat
  bilat export ical --dyad AZE-KAZ -o aze-kaz.ics
`,
  async run(args, io) {
    const [formatName, ...extra] = args.positionals;
    const format = parseFormat(formatName);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"; narrow an export with --dyad, --from and --to`);
    const table = parseTable(args.values.table);
    if (table && format !== 'csv') throw new UsageError(`--table is for csv; ${format} writes one file`);
    const output = args.values.output === undefined ? undefined : String(args.values.output);
    if (format === 'csv' && !table && !output) {
      throw new UsageError(`csv makes ${CSV_TABLES.length} tables: give -o FOLDER for all of them, or --table NAME (${CSV_TABLES.join(', ')}) for one on standard output`);
    }
    const dyad = args.values.dyad === undefined ? undefined : parseDyad([String(args.values.dyad)], '--dyad');
    const from = parsePartialDate(args.values.from, '--from');
    const to = parsePartialDate(args.values.to, '--to');
    if (from && to && to < from.slice(0, to.length)) throw new UsageError(`--to ${to} is before --from ${from}`);
    const asOf = parseAsOf(args.values['as-of']);

    return withStore(args, false, async (store) => {
      const files = exportFiles(store, format, {
        scope: { ...(dyad ? { dyad } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) },
        asOf,
        madeAt: new Date(),
        ...(table ? { tables: [table] } : {}),
      });
      if (output === undefined) {
        for (const file of files) await writeToStdout(file, io);
        return 0;
      }
      const intoFolder = format === 'csv' && !table;
      if (intoFolder) await mkdir(output, { recursive: true });
      for (const file of files) {
        const path = intoFolder ? join(output, file.name) : output;
        const count = await writeToFile(file, path, io);
        io.stdout.write(`Wrote ${count} ${file.noun} to ${path}\n`);
      }
      return 0;
    });
  },
};
