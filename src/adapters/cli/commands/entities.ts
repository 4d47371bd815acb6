// bilat entities: the people, instruments, projects, forums and others in the knowledge base.
import { type Command, UsageError } from '../command.ts';
import { formatEntityList } from '../knowledge-base-output.ts';
import { DB_OPTION_HELP, parseDyad, storeOptions, withStore } from '../store-options.ts';
import { ENTITY_TYPES, type EntityType } from '../../../record/schema.ts';

function parseEntityType(value: unknown): EntityType | undefined {
  if (value === undefined) return undefined;
  const text = String(value).toLowerCase();
  const type = ENTITY_TYPES.find((candidate) => candidate === text);
  if (!type) throw new UsageError(`--type wants one of ${ENTITY_TYPES.join(', ')}; got "${String(value)}"`);
  return type;
}

export const entitiesCommand: Command = {
  name: 'entities',
  options: {
    ...storeOptions,
    type: { type: 'string' },
    dyad: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat entities [--type TYPE] [--dyad AZE-KAZ] [--db PATH] [--json]

Lists the entities of the knowledge base by type, each once with the number of documents
and mentions behind it; the most reported first.

Options:
  --type TYPE          only this type: ${ENTITY_TYPES.join(', ')}
  --dyad A-B           only what concerns this pair of countries: the participants,
                       instruments, projects, places and forums of events that involve
                       both, and instruments and projects whose parties are both
${DB_OPTION_HELP}
  --json               print the list as JSON
  -h, --help           show this help

Examples:
  bilat entities --dyad AZE-KAZ
  bilat entities --type instrument --dyad AZE-KAZ
  bilat entities --type person --json | jq '.[].name'
`,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"; filter with --type and --dyad`);
    const type = parseEntityType(args.values.type);
    const dyad = args.values.dyad === undefined ? undefined : parseDyad([String(args.values.dyad)], '--dyad');
    return withStore(args, false, async (store) => {
      const summaries = await store.listEntities({ ...(type ? { type } : {}), ...(dyad ? { dyad } : {}) });
      if (args.values.json) io.stdout.write(JSON.stringify(summaries, null, 2) + '\n');
      else io.stdout.write(formatEntityList(summaries, Boolean(io.stdout.isTTY), type || dyad ? 'No entity matches.' : 'The knowledge base holds no entity yet: add articles with "bilat ingest".'));
      return 0;
    });
  },
};
