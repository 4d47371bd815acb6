// Every analyst decision, newest first: who, when, what, on which fact, and what changed.
import type { AuditEntry } from '../../api-types.ts';
import { Empty } from '../../components/states.tsx';
import { Link, paths } from '../../routing.tsx';

function asFields(value: unknown): { [field: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { [field: string]: unknown }) : {};
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields whose value differs between before and after. */
function changes(entry: AuditEntry): { field: string; before: unknown; after: unknown }[] {
  const before = asFields(entry.before);
  const after = asFields(entry.after);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** "2026-11-24 20:15:18.151+00" (as PostgreSQL writes it) or ISO 8601, in the reader's words. */
function when(at: string): string {
  const date = new Date(at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return <Empty>No decision yet. Every accept, correction, rejection and merge will be listed here.</Empty>;
  return (
    <ol className="audit-trail">
      {entries.map((entry) => (
        <li key={entry.id} className="audit-entry" data-action={entry.action}>
          <div className="audit-entry-header">
            <span className={`badge badge-action action-${entry.action}`}>{entry.action}</span>
            {entry.subject.kind === 'entity' ? <Link to={paths.entity(entry.subject.id)}>{entry.subject.id}</Link> : <span className="mono">{entry.subject.id}</span>}
          </div>
          <p className="row-meta">
            {entry.actor} · {when(entry.at)}
          </p>
          {changes(entry).length > 0 && (
            <ul className="audit-changes">
              {changes(entry).map((change) => (
                <li key={change.field}>
                  <span className="mono">{change.field}</span>: <del>{show(change.before)}</del> → <ins>{show(change.after)}</ins>
                </li>
              ))}
            </ul>
          )}
          {entry.note && <p className="audit-note">“{entry.note}”</p>}
        </li>
      ))}
    </ol>
  );
}
