// bilat show: one entity with every event it takes part in and every sentence that names it.
import { type Command, UsageError } from '../command.ts';
import { formatEntityPage } from '../knowledge-base-output.ts';
import { DB_OPTION_HELP, storeOptions, withStore } from '../store-options.ts';

export const showCommand: Command = {
  name: 'show',
  options: {
    ...storeOptions,
    json: { type: 'boolean' },
  },
  help: `Usage: bilat show ENTITY [--db PATH] [--json]

Shows one entity of the knowledge base: what it is, its events (oldest first, each with
its sources), and every sentence of every document that mentions it.

ENTITY is an id as "bilat entities" prints it (person:murat-nurtleu, country:AZE), or a
name or alias (case does not matter); a name that several entities share lists them.

Options:
${DB_OPTION_HELP}
  --json               print the entity page as JSON
  -h, --help           show this help

Examples:
  bilat show person:murat-nurtleu
  bilat show "Middle Corridor"
  bilat show country:KAZ --json | jq '.events | length'
`,
  async run(args, io) {
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? 'name the ENTITY to show: an id or a name' : 'give one ENTITY; quote a name with spaces');
    }
    const wanted = args.positionals[0];
    return withStore(args, false, async (store) => {
      const matches = await store.findEntities(wanted);
      if (matches.length === 0) {
        throw new Error(`no entity "${wanted}" in the knowledge base; find it with "bilat search '${wanted}'" or "bilat entities"`);
      }
      if (matches.length > 1) {
        const choices = matches.map((match) => `  ${match.id}  ${match.name} (${match.type})`).join('\n');
        throw new Error(`"${wanted}" names ${matches.length} entities; show one by its id:\n${choices}`);
      }
      const page = await store.getEntity(matches[0].id);
      if (!page) throw new Error(`entity ${matches[0].id} disappeared while it was read; try again`);
      if (args.values.json) io.stdout.write(JSON.stringify(page, null, 2) + '\n');
      else io.stdout.write(formatEntityPage(page, Boolean(io.stdout.isTTY)));
      return 0;
    });
  },
};
