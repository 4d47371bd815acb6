// bilat delete: documents out of the knowledge base, with the facts only they support.
import { userInfo } from 'node:os';
import { type Command, UsageError } from '../command.ts';
import { DB_OPTION_HELP, storeOptions, withStore } from '../store-options.ts';

export const deleteCommand: Command = {
  name: 'delete',
  options: {
    ...storeOptions,
    'database-url': { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat delete DOCUMENT_ID... [--as NAME] [--db PATH | --database-url URL]

Deletes documents from the knowledge base. The people, instruments, projects and events
that only these documents reported go with them; those that other documents also report
stay, merged again from their remaining sources. Facts an analyst made or decided on are
kept. Every deletion is kept in the audit log ("bilat review log").

Options:
${DB_OPTION_HELP}
  --database-url URL   a PostgreSQL knowledge base (same as --db URL)
  --as NAME            who deletes (default: ${userInfo().username})
  --json               print what was deleted as JSON
  -h, --help           show this help

Examples:
  bilat delete doc-0a54c3ac327965ec
  bilat delete doc-0a54c3ac327965ec doc-1f5fbc08dcce7b3a --as alice
`,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name the documents to delete by id (see "bilat search" or "bilat show")');
    const actor = args.values.as === undefined ? userInfo().username : String(args.values.as);
    return withStore(args, false, async (store) => {
      const summary = await store.deleteDocuments(args.positionals, actor);
      const missing = args.positionals.filter((id) => !summary.documents.includes(id));
      if (args.values.json) io.stdout.write(JSON.stringify({ ...summary, missing }, null, 2) + '\n');
      else {
        io.stdout.write(`Deleted ${summary.documents.length} document(s), with ${summary.entities.length} entities and ${summary.events.length} events no other document reports.\n`);
        if (missing.length > 0) io.stderr.write(`No document ${missing.join(', ')}.\n`);
      }
      return missing.length > 0 ? 1 : 0;
    });
  },
};
