// bilat search: full-text search over the stored documents and entity names, ranked.
import { type Command, UsageError } from '../command.ts';
import { formatSearchResults } from '../knowledge-base-output.ts';
import { DB_OPTION_HELP, parsePositiveInteger, storeOptions, withStore } from '../store-options.ts';

const DEFAULT_LIMIT = 20;

export const searchCommand: Command = {
  name: 'search',
  options: {
    ...storeOptions,
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat search TEXT... [--limit N] [--db PATH] [--json]

Finds the entities whose names match TEXT and the documents that contain it, best first,
each document with the passages where the words occur.

Documents match on all the words, stemmed ("signed" finds "signing"); "a quoted phrase"
matches the words in order, OR gives alternatives, and -word leaves a word out.

Options:
  --limit N            at most N documents and N entities (default ${DEFAULT_LIMIT})
${DB_OPTION_HELP}
  --json               print the results as JSON
  -h, --help           show this help

Examples:
  bilat search fibre-optic Caspian
  bilat search '"Middle Corridor" OR "Trans-Caspian"'
  bilat search Nurtleu --json | jq '.documents[].document.title'
`,
  async run(args, io) {
    const text = args.positionals.join(' ').trim();
    if (text === '') throw new UsageError('give the TEXT to search for');
    const limit = parsePositiveInteger(args.values.limit, '--limit') ?? DEFAULT_LIMIT;
    return withStore(args, false, async (store) => {
      const results = await store.search(text, { limit });
      if (args.values.json) io.stdout.write(JSON.stringify(results, null, 2) + '\n');
      else io.stdout.write(formatSearchResults(text, results, Boolean(io.stdout.isTTY)));
      return 0;
    });
  },
};
