// bilat review: the facts worth an analyst's look, and the decisions on them (accept,
// correct, reject, merge, split, add), each kept in the audit log.
import { userInfo } from 'node:os';
import { createColors } from 'picocolors';
import { type Command, type CommandIO, UsageError } from '../command.ts';
import { DB_OPTION_HELP, parsePositiveInteger, storeOptions, withStore } from '../store-options.ts';
import { decide } from '../../../review/review.ts';
import { correctableEventFields } from '../../../review/review-actions.ts';
import { ENTITY_TYPES, EVENT_TYPES, type EntityType } from '../../../record/schema.ts';
import type { AuditEntry, ReviewAction, ReviewItem, Store } from '../../../store/store.ts';

const DEFAULT_LIMIT = 50;

/** FIELD=VALUE pairs; a VALUE that reads as JSON (["AZE","KAZ"], {"end":"2026"}, null, 3) is taken as such, else as text. */
function parseFields(pairs: readonly string[]): { [field: string]: unknown } {
  const fields: { [field: string]: unknown } = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`"${pair}" is not FIELD=VALUE`);
    const raw = pair.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Plain text: a name, a country code, a status.
    }
    fields[pair.slice(0, at)] = value;
  }
  return fields;
}

function actionFrom(words: readonly string[], note: string | undefined): ReviewAction {
  const [verb, ...rest] = words;
  const subject = (id: string | undefined) => {
    if (!id) throw new UsageError(`"bilat review ${verb}" needs the id of an entity or event`);
    return { kind: 'entity' as const, id };
  };
  switch (verb) {
    case 'accept':
    case 'reject':
      if (rest.length !== 1) throw new UsageError(`"bilat review ${verb}" takes one id`);
      return { action: verb, subject: subject(rest[0]), note };
    case 'correct':
      if (rest.length < 2) throw new UsageError('"bilat review correct" takes an id and FIELD=VALUE...');
      return { action: 'correct', subject: subject(rest[0]), fields: parseFields(rest.slice(1)), note };
    case 'merge':
      if (rest.length !== 2) throw new UsageError('"bilat review merge" takes two ids: the entity to merge, and the one it is');
      return { action: 'merge', subject: subject(rest[0]), into: rest[1], note };
    case 'split':
      if (rest.length < 2) throw new UsageError('"bilat review split" takes an entity id and the ids of the documents to split off');
      return { action: 'split', subject: subject(rest[0]), documents: rest.slice(1), note };
    case 'add': {
      const [what, type, ...more] = rest;
      if (what === 'entity') {
        if (!ENTITY_TYPES.includes(type as EntityType) || more.length === 0) {
          throw new UsageError(`"bilat review add entity" takes a type (${ENTITY_TYPES.join(', ')}), a name and FIELD=VALUE...`);
        }
        const [name, ...pairs] = more;
        return { action: 'add-entity', entity: { type: type as EntityType, name, aliases: [], attributes: parseFields(pairs) }, note };
      }
      if (what === 'event') {
        if (!EVENT_TYPES.includes(type as (typeof EVENT_TYPES)[number]) || more.length < 2) {
          throw new UsageError(`"bilat review add event" takes a type (${EVENT_TYPES.join(', ')}), a date (YYYY-MM-DD, or "undated") and participant ids`);
        }
        const [date, ...participants] = more;
        return { action: 'add-event', event: { type: type as (typeof EVENT_TYPES)[number], date: date === 'undated' ? null : date, participants }, note };
      }
      throw new UsageError('"bilat review add" takes "entity" or "event"');
    }
    default:
      throw new UsageError(`unknown review action "${verb}"; see "bilat review --help"`);
  }
}

function formatQueue(items: readonly ReviewItem[], colour: boolean): string {
  const c = createColors(colour);
  if (items.length === 0) return 'Nothing to review: no fact has conflicting or weak support that an analyst has not decided on.\n';
  const lines = [`${items.length} to review, sources that disagree first:`, ''];
  for (const item of items) {
    lines.push(`${c.bold(item.label)}  ${c.dim(`${item.subject.kind} ${item.subject.id} · ${item.type}`)}`);
    for (const reason of item.reasons) lines.push(`  ${c.yellow('•')} ${reason}`);
  }
  lines.push('', c.dim('Decide with: bilat review accept|reject|correct|merge|split ID …  (see bilat review --help)'));
  return lines.join('\n') + '\n';
}

function formatEntry(entry: AuditEntry, colour: boolean): string {
  const c = createColors(colour);
  const note = entry.note ? c.dim(` — ${entry.note}`) : '';
  return `${c.dim(entry.at.slice(0, 19))}  ${c.bold(entry.action.padEnd(10))} ${entry.subject.kind} ${entry.subject.id}  ${c.dim(`by ${entry.actor}`)}${note}`;
}

function formatChange(entry: AuditEntry, colour: boolean): string {
  const c = createColors(colour);
  const lines = [formatEntry(entry, colour)];
  if (entry.after !== null && entry.before !== null && JSON.stringify(entry.before) !== JSON.stringify(entry.after)) {
    lines.push(`  ${c.dim('before')} ${JSON.stringify(entry.before)}`, `  ${c.dim('after ')} ${JSON.stringify(entry.after)}`);
  } else if (entry.after !== null && entry.before === null) lines.push(`  ${c.dim('added')} ${JSON.stringify(entry.after)}`);
  return lines.join('\n') + '\n';
}

async function printLog(store: Store, id: string | undefined, limit: number, json: boolean, io: CommandIO): Promise<number> {
  const subject = id ? { kind: (await store.getEvent(id)) ? ('event' as const) : ('entity' as const), id } : undefined;
  const entries = await store.auditLog({ subject, limit });
  if (json) io.stdout.write(JSON.stringify(entries, null, 2) + '\n');
  else if (entries.length === 0) io.stdout.write(id ? `No change to ${id} has been made by hand.\n` : 'The audit log is empty: no decision has been made yet.\n');
  else io.stdout.write(entries.map((entry) => formatEntry(entry, Boolean(io.stdout.isTTY))).join('\n') + '\n');
  return 0;
}

export const reviewCommand: Command = {
  name: 'review',
  options: {
    ...storeOptions,
    as: { type: 'string' },
    note: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: bilat review [--limit N] [--db PATH] [--json]
       bilat review accept ID | reject ID              [--as NAME] [--note TEXT]
       bilat review correct ID FIELD=VALUE...          [--as NAME] [--note TEXT]
       bilat review merge ID INTO_ID | split ID DOCUMENT_ID...
       bilat review add entity TYPE NAME [FIELD=VALUE...]
       bilat review add event TYPE DATE PARTICIPANT_ID...
       bilat review log [ID]

With no action, lists the facts worth a look: entities whose sources disagree (two
countries for one person, two periods for one instrument), people who may be one person
filed twice, people with no office or country, events whose sources give different
dates or whose date could not be resolved. Each decision removes its fact from the list.

  accept     the fact is right as it stands
  reject     the fact is wrong: it is hidden, and new reports of it stay hidden
  correct    set fields: a name, a country, an instrument's status, kind or period, an
             event's date or type; VALUE is read as JSON when it can be, else as text
  merge      ID is the same entity as INTO_ID: its mentions, events and names move there
  split      the mentions of ID in the given documents are of another entity
  add        an entity or event no document gave (its source is the analyst)
  log        the audit log, newest first (of one fact with an ID)

Every decision is kept in the audit log with who made it (--as, default the login name),
when, and the fact before and after. Ingesting more documents never undoes a decision:
corrections stay over what extraction finds, rejected facts stay hidden, merged names
keep resolving to the merged entity.

Event fields: ${correctableEventFields().join(', ')}.

Options:
${DB_OPTION_HELP}
  --as NAME            who decides (default: ${userInfo().username})
  --note TEXT          why, kept in the audit log
  --limit N            how many to list (default ${DEFAULT_LIMIT})
  --json               print the list, the change or the log as JSON
  -h, --help           show this help

Examples:
  bilat review --limit 20
  bilat review correct person:murat-nurtleu country=KAZ --note "MFA site"
  bilat review correct instrument:action-plan-for-2025-2026 status=ratified
  bilat review merge person:murat-nurtleuov person:murat-nurtleu
  bilat review reject person:the-sides
  bilat review add event meeting 2025-06-02 person:ilham-aliyev person:kassym-jomart-tokayev
  bilat review log person:murat-nurtleu
`,
  async run(args, io) {
    const { values, positionals } = args;
    const json = Boolean(values.json);
    const limit = parsePositiveInteger(values.limit, '--limit') ?? DEFAULT_LIMIT;
    const colour = Boolean(io.stdout.isTTY);
    if (positionals.length === 0) {
      return withStore(args, false, async (store) => {
        const items = await store.reviewQueue({ limit });
        io.stdout.write(json ? JSON.stringify(items, null, 2) + '\n' : formatQueue(items, colour));
        return 0;
      });
    }
    if (positionals[0] === 'log') {
      if (positionals.length > 2) throw new UsageError('"bilat review log" takes at most one id');
      return withStore(args, false, (store) => printLog(store, positionals[1], limit, json, io));
    }
    const note = values.note === undefined ? undefined : String(values.note);
    const action = actionFrom(positionals, note);
    const actor = values.as === undefined ? userInfo().username : String(values.as);
    return withStore(args, false, async (store) => {
      const entry = await decide(store, action, actor);
      io.stdout.write(json ? JSON.stringify(entry, null, 2) + '\n' : formatChange(entry, colour));
      return 0;
    });
  },
};
