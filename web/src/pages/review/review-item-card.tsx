// One fact in the review queue, why it is there, and the analyst's choices: accept, correct,
// reject, or (an entity) merge into another.
import { useState } from 'react';
import type { ReviewItem } from '../../api-types.ts';
import { api, type ReviewDecision } from '../../api.ts';
import { EventTypeBadge } from '../../components/badges.tsx';
import { EventDetails } from '../../components/event-details.tsx';
import { LoadedView } from '../../components/states.tsx';
import { plural } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';
import { useLoaded } from '../../use-loaded.ts';
import { CorrectionForm } from './correction-form.tsx';
import { MergeForm } from './merge-form.tsx';

type OpenForm = 'none' | 'correct' | 'merge' | 'sources';

function EventSources({ id }: { id: string }) {
  const event = useLoaded(() => api.event(id), [id]);
  return (
    <LoadedView loaded={event} what="the event">
      {(data) => <EventDetails event={data} />}
    </LoadedView>
  );
}

export function ReviewItemCard({ item, busy, onDecide }: { item: ReviewItem; busy: boolean; onDecide: (decision: ReviewDecision) => void }) {
  const [open, setOpen] = useState<OpenForm>('none');
  const { kind, id } = item.subject;
  const toggle = (form: OpenForm) => setOpen(open === form ? 'none' : form);
  return (
    <li className="review-item" data-subject={id}>
      <div className="review-item-main">
        <div className="review-item-title">
          {kind === 'event' ? <EventTypeBadge type={item.type} /> : <span className="badge badge-kind">{item.type}</span>}
          {kind === 'entity' ? (
            <Link to={paths.entity(id)} className="row-title">
              {item.label}
            </Link>
          ) : (
            <span className="row-title">{item.label}</span>
          )}
        </div>
        <p className="row-meta">
          {item.reasons.join('; ')} · {plural(item.documentCount, 'document')}
        </p>
        {item.related.length > 0 && (
          <p className="row-meta">
            May be the same as:{' '}
            {item.related.map((other, index) => (
              <span key={other}>
                {index > 0 && ', '}
                <Link to={paths.entity(other)}>{other}</Link>
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="review-actions">
        {kind === 'event' && (
          <button type="button" className="button button-small" aria-expanded={open === 'sources'} onClick={() => toggle('sources')}>
            Sources
          </button>
        )}
        <button type="button" className="button button-small" disabled={busy} onClick={() => onDecide({ action: 'accept', id })}>
          Accept
        </button>
        <button type="button" className="button button-small" disabled={busy} aria-expanded={open === 'correct'} onClick={() => toggle('correct')}>
          Correct…
        </button>
        {kind === 'entity' && (
          <button type="button" className="button button-small" disabled={busy} aria-expanded={open === 'merge'} onClick={() => toggle('merge')}>
            Merge…
          </button>
        )}
        <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => onDecide({ action: 'reject', id })}>
          Reject
        </button>
      </div>
      {open === 'sources' && <EventSources id={id} />}
      {open === 'correct' && <CorrectionForm kind={kind} busy={busy} onCancel={() => setOpen('none')} onSubmit={(fields, note) => onDecide({ action: 'correct', id, fields, ...(note ? { note } : {}) })} />}
      {open === 'merge' && <MergeForm related={item.related} busy={busy} onCancel={() => setOpen('none')} onSubmit={(into, note) => onDecide({ action: 'merge', id, into, ...(note ? { note } : {}) })} />}
    </li>
  );
}
