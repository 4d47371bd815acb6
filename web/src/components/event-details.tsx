// One event: what, when, who, where, and the sentences each source reported it in.
import type { ReactNode } from 'react';
import type { EventParticipant, KnowledgeEvent } from '../api-types.ts';
import { documentLabel, formatDate } from '../format.ts';
import { Link, paths } from '../routing.tsx';
import { EventTypeBadge } from './badges.tsx';

function EntityLinks({ entities }: { entities: readonly EventParticipant[] }) {
  return (
    <>
      {entities.map((entity, index) => (
        <span key={entity.id}>
          {index > 0 && ', '}
          <Link to={paths.entity(entity.id)}>{entity.name}</Link>
        </span>
      ))}
    </>
  );
}

export function EventDetails({ event, onClose }: { event: KnowledgeEvent; onClose?: () => void }) {
  const facts: [string, ReactNode][] = [
    ['Participants', <EntityLinks entities={event.participants} />],
    ['Addressed to', event.targets.length > 0 && <EntityLinks entities={event.targets} />],
    ['Place', event.place && <Link to={paths.entity(event.place.id)}>{event.place.name}</Link>],
    ['Forum', event.forum && <Link to={paths.entity(event.forum.id)}>{event.forum.name}</Link>],
    ['Instruments', event.instruments.length > 0 && <EntityLinks entities={event.instruments} />],
    ['Projects', event.initiatives.length > 0 && <EntityLinks entities={event.initiatives} />],
    ['Format', event.format.join(', ')],
    ['Sectors', event.sectors.join(', ')],
    ['Stance', event.stance],
    ['CAMEO', event.cameo],
  ];
  return (
    <article className="event-details" aria-label={`${event.type} ${formatDate(event.date)}`}>
      <header className="event-details-header">
        <EventTypeBadge type={event.type} />
        <strong>{formatDate(event.date)}</strong>
        {event.dateText && <span className="muted">“{event.dateText}”</span>}
        {event.corrected.length > 0 && <span className="tag">corrected: {event.corrected.join(', ')}</span>}
        {onClose && (
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <dl className="facts">
        {facts
          .filter(([, value]) => Boolean(value))
          .map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <ul className="citations">
        {event.sources.map((source) => (
          <li key={source.document.id}>
            {source.sentences.map((sentence) => (
              <blockquote key={sentence}>{sentence}</blockquote>
            ))}
            <Link className="citation-source" to={paths.document(source.document.id, source.evidence[0])}>
              {documentLabel(source.document)}
              {source.document.published && ` · ${formatDate(source.document.published)}`}
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
