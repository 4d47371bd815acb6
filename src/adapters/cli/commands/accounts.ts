// bilat accounts: the accounts of a team installation and their tokens.
import { type Command, UsageError } from '../command.ts';
import { DB_OPTION_HELP, storeOptions, withStore } from '../store-options.ts';
import { isRole, ROLES } from '../../../team/accounts.ts';

export const accountsCommand: Command = {
  name: 'accounts',
  options: {
    ...storeOptions,
    'database-url': { type: 'string' },
    role: { type: 'string' },
    label: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat accounts list [--json]
       bilat accounts add NAME --role ${ROLES.join('|')}
       bilat accounts token NAME [--label TEXT]
       bilat accounts revoke TOKEN_ID
       (each with --db PATH or --database-url URL)

Team mode ("bilat serve --database-url …") asks every request for an account's token:
a viewer reads, an analyst also ingests and reviews, an admin also manages accounts and
deletes documents. A token is printed once, when it is made, and kept only as a hash: copy
it then. A revoked token stops working at once.

  list     the accounts, their roles and their tokens (ids, labels, last use; never secrets)
  add      make an account and its first token
  token    another token for an account (one per machine or script)
  revoke   revoke a token or web session by its id (from "list")

Options:
${DB_OPTION_HELP}
  --database-url URL   a PostgreSQL knowledge base (same as --db URL)
  --role ROLE          add: ${ROLES.join(', ')}
  --label TEXT         token: what the token is for ("laptop", "nightly import")
  --json               print as JSON
  -h, --help           show this help

Examples:
  bilat accounts add alice --role admin --database-url postgres://bilat@localhost/bilat
  bilat accounts token bob --label "newsroom importer"
  bilat accounts revoke 7
`,
  async run(args, io) {
    const [action, target, ...rest] = args.positionals;
    if (rest.length > 0) throw new UsageError(`too many arguments: ${rest.join(' ')}`);
    const json = Boolean(args.values.json);
    switch (action) {
      case 'list':
        return withStore(args, false, async (store) => {
          const accounts = await store.accounts.listAccounts();
          if (json) io.stdout.write(JSON.stringify(accounts, null, 2) + '\n');
          else if (accounts.length === 0) io.stdout.write('No accounts: make the first admin with "bilat accounts add NAME --role admin".\n');
          else {
            for (const account of accounts) {
              io.stdout.write(`${account.name}  ${account.role}\n`);
              for (const token of account.tokens) {
                const state = token.revokedAt ? `revoked ${token.revokedAt.slice(0, 10)}` : token.lastUsedAt ? `last used ${token.lastUsedAt.slice(0, 16)}` : 'never used';
                io.stdout.write(`  token ${token.id}  ${token.kind}${token.label ? ` (${token.label})` : ''}  ${state}\n`);
              }
            }
          }
          return 0;
        });
      case 'add': {
        if (!target) throw new UsageError('name the account: bilat accounts add NAME --role ROLE');
        const role = String(args.values.role ?? '');
        if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
        return withStore(args, true, async (store) => {
          const account = await store.accounts.createAccount(target, role);
          const { token } = await store.accounts.issueToken(account.id, { kind: 'api', label: args.values.label === undefined ? 'first token' : String(args.values.label) });
          io.stdout.write(json ? JSON.stringify({ account, token }, null, 2) + '\n' : `Account ${account.name} (${account.role}) made. Its token, shown this once:\n${token}\n`);
          return 0;
        });
      }
      case 'token': {
        if (!target) throw new UsageError('name the account: bilat accounts token NAME');
        return withStore(args, false, async (store) => {
          const account = await store.accounts.findAccount(target);
          if (!account) throw new Error(`no account "${target}"; see "bilat accounts list"`);
          const { token, info } = await store.accounts.issueToken(account.id, { kind: 'api', ...(args.values.label === undefined ? {} : { label: String(args.values.label) }) });
          io.stdout.write(json ? JSON.stringify({ id: info.id, token }, null, 2) + '\n' : `Token ${info.id} for ${account.name}, shown this once:\n${token}\n`);
          return 0;
        });
      }
      case 'revoke': {
        const id = Number(target);
        if (!Number.isInteger(id) || id <= 0) throw new UsageError('give the token id to revoke, as "bilat accounts list" shows it');
        return withStore(args, false, async (store) => {
          if (!(await store.accounts.revokeToken(id))) throw new Error(`no live token ${id}; see "bilat accounts list"`);
          io.stdout.write(`Token ${id} revoked.\n`);
          return 0;
        });
      }
      default:
        throw new UsageError(action ? `unknown action "${action}": list, add, token or revoke` : 'say what to do: list, add, token or revoke');
    }
  },
};
