// bilat timeline: the events between two countries, in date order, each with its sources.
import { type Command, UsageError } from '../command.ts';
import { formatTimeline } from '../knowledge-base-output.ts';
import { DB_OPTION_HELP, parseCount, parseDyad, parsePartialDate, parsePositiveInteger, storeOptions, withStore } from '../store-options.ts';

export const timelineCommand: Command = {
  name: 'timeline',
  options: {
    ...storeOptions,
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    ids: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat timeline COUNTRY COUNTRY [--from DATE] [--to DATE] [--limit N] [--offset N] [--ids] [--db PATH] [--json]

Lists the events of the knowledge base that involve both countries (as participants, or
through their people and organizations), oldest first, undated events last; each with
its participants, instruments and projects, and the sentence of every source that
reports it.

COUNTRY is an ISO 3166-1 alpha-3 code (AZE) or an English name (Azerbaijan); the pair
may also be given as one argument, AZE-KAZ.

Options:
  --from DATE          only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE            only events on or before DATE; with --from or --to, undated
                       events are left out, and an event dated only by month or year
                       counts if any of its days is in the range
  --limit N            at most N events (a page of a long timeline)
  --offset N           skip the first N events (with --limit, the next page)
${DB_OPTION_HELP}
  --ids                show each event's id (for "bilat review")
  --json               print the events as JSON
  -h, --help           show this help

Examples:
  bilat timeline AZE KAZ
  bilat timeline Azerbaijan Kazakhstan --from 2024 --to 2025-06
  bilat timeline AZE KAZ --limit 20 --offset 20
  bilat timeline AZE-KAZ --json | jq '.[] | {date, type}'
`,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name two countries, as AZE KAZ');
    const countries = parseDyad(args.positionals, 'timeline');
    const from = parsePartialDate(args.values.from, '--from');
    const to = parsePartialDate(args.values.to, '--to');
    if (from && to && to < from.slice(0, to.length)) throw new UsageError(`--to ${to} is before --from ${from}`);
    const limit = parsePositiveInteger(args.values.limit, '--limit');
    const offset = parseCount(args.values.offset, '--offset');
    return withStore(args, false, async (store) => {
      const events = await store.timeline(countries[0], countries[1], {
        ...(from ? { from } : {}), ...(to ? { to } : {}), ...(limit ? { limit } : {}), ...(offset ? { offset } : {}),
      });
      if (args.values.json) io.stdout.write(JSON.stringify(events, null, 2) + '\n');
      else io.stdout.write(formatTimeline(countries, events, Boolean(io.stdout.isTTY), { ids: Boolean(args.values.ids) }));
      return 0;
    });
  },
};
