// bilat feeds: feeds that the workers poll on a schedule.
import { type Command, UsageError } from '../command.ts';
import { DB_OPTION_HELP, storeOptions, withStore } from '../store-options.ts';
import { parseInterval } from '../../../ingest/poll-feeds.ts';
import { ALLOW_NETWORKS_VARIABLE, checkFetchableUrl } from '../../../read/public-address.ts';

export const feedsCommand: Command = {
  name: 'feeds',
  options: {
    ...storeOptions,
    'database-url': { type: 'string' },
    every: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat feeds list [--json]
       bilat feeds add URL [--every 15m]
       bilat feeds remove URL
       (each with --db PATH or --database-url URL)

Feeds (RSS, Atom, RDF) polled on a schedule, by "bilat worker" on a PostgreSQL knowledge
base and by "bilat serve" on the embedded one: each poll is a
conditional request (ETag, Last-Modified), so an unchanged feed costs one short answer; a
changed one is queued for ingest, where items stored before are duplicates. A feed that
fails is tried again later and later (up to a day), and its error is kept and listed.

Feeds are fetched over http or https from public addresses only: an address of this
machine, of a private network (10.x, 172.16-31.x, 192.168.x, fc00::/7), link-local (cloud
metadata, 169.254.x), carrier-grade NAT or unspecified is refused, however it is written,
after every redirect (5 at most) and after the name is resolved. An administrator allows a
network by setting ${ALLOW_NETWORKS_VARIABLE} (addresses or prefixes, separated by commas)
where the server and the workers run.

Options:
${DB_OPTION_HELP}
  --database-url URL   a PostgreSQL knowledge base (same as --db URL)
  --every INTERVAL     add: how often, as 15m, 1h or 1d (default 15m; at most once a minute)
  --json               list: print as JSON
  -h, --help           show this help

Examples:
  bilat feeds add https://www.mfa.gov.az/en/rss --every 30m --database-url postgres://bilat@localhost/bilat
  bilat feeds list
  bilat feeds remove https://www.mfa.gov.az/en/rss
  ${ALLOW_NETWORKS_VARIABLE}=10.20.0.0/16 bilat feeds add http://10.20.1.5/rss   (an intranet feed)
`,
  async run(args, io) {
    const [action, url, ...rest] = args.positionals;
    if (rest.length > 0) throw new UsageError(`too many arguments: ${rest.join(' ')}`);
    switch (action) {
      case 'list':
        return withStore(args, false, async (store) => {
          const feeds = await store.feeds.listFeeds();
          if (args.values.json) io.stdout.write(JSON.stringify(feeds, null, 2) + '\n');
          else if (feeds.length === 0) io.stdout.write('No feeds: add one with "bilat feeds add URL --every 15m".\n');
          else {
            for (const feed of feeds) {
              const state = feed.lastError ? `error (${feed.consecutiveErrors}×): ${feed.lastError}` : feed.lastStatus ?? 'not polled yet';
              io.stdout.write(`${feed.url}  every ${feed.everySeconds / 60} min  ${state}  next ${feed.nextPollAt.slice(0, 16)}\n`);
            }
          }
          return 0;
        });
      case 'add': {
        if (!url) throw new UsageError('give the feed\'s http(s) address: bilat feeds add URL');
        checkFetchableUrl(url);
        let seconds: number;
        try {
          seconds = parseInterval(args.values.every === undefined ? '15m' : String(args.values.every));
        } catch (error) {
          throw new UsageError(`--every: ${(error as Error).message}`);
        }
        return withStore(args, true, async (store) => {
          await store.feeds.addFeed(url, seconds);
          io.stdout.write(`Feed ${url} is polled every ${seconds / 60} min by the workers.\n`);
          return 0;
        });
      }
      case 'remove':
        if (!url) throw new UsageError('give the feed\'s address: bilat feeds remove URL');
        return withStore(args, false, async (store) => {
          if (!(await store.feeds.removeFeed(url))) throw new Error(`no feed ${url}; see "bilat feeds list"`);
          io.stdout.write(`Feed ${url} removed.\n`);
          return 0;
        });
      default:
        throw new UsageError(action ? `unknown action "${action}": list, add or remove` : 'say what to do: list, add or remove');
    }
  },
};
