// What an ingest found: per article, whether it was new, and the facts read from it.
import type { IngestReport, SaveOutcome } from '../../api-types.ts';
import { EventTypeBadge } from '../../components/badges.tsx';
import { Empty } from '../../components/states.tsx';
import { formatDate, plural } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

const OUTCOMES: { [outcome in SaveOutcome | 'failed']: { label: string; tone: string } } = {
  new: { label: 'stored', tone: 'done' },
  duplicate: { label: 'already stored', tone: 'unknown' },
  'near-duplicate': { label: 'stored · same story as another', tone: 'moving' },
  failed: { label: 'not stored', tone: 'stopped' },
};

export function IngestResults({ report }: { report: IngestReport }) {
  if (report.results.length === 0) return <Empty>No article was found in what was sent.</Empty>;
  return (
    <ul className="ingest-results">
      {report.results.map((result) => (
        <li key={`${result.input} ${result.documentId ?? ''}`} className="ingest-result">
          <div className="ingest-result-header">
            <span className={`badge badge-status tone-${OUTCOMES[result.outcome].tone}`}>{OUTCOMES[result.outcome].label}</span>
            {result.documentId ? (
              <Link to={paths.document(result.documentId)} className="row-title">
                {result.title ?? result.documentId}
              </Link>
            ) : (
              <span className="row-title">{result.title ?? result.input}</span>
            )}
          </div>
          {result.outcome === 'failed' ? (
            <p className="muted">{result.reason}</p>
          ) : result.outcome === 'duplicate' ? (
            <p className="muted">This text was stored before; nothing was added.</p>
          ) : (
            <>
              <p className="row-meta">
                {plural(result.entities, 'entity', 'entities')} · {plural(result.events.length, 'event')} found
              </p>
              {result.events.length > 0 && (
                <ul className="found-events">
                  {result.events.map((event, index) => (
                    <li key={index}>
                      <EventTypeBadge type={event.type} /> <span>{formatDate(event.date)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
