// The review queue (facts whose sources disagree or are thin) beside the audit trail of
// every decision taken.
import { useState } from 'react';
import type { AuditEntry, ReviewItem } from '../../api-types.ts';
import { api, type ReviewDecision } from '../../api.ts';
import { Panel } from '../../components/panel.tsx';
import { Empty, LoadedView } from '../../components/states.tsx';
import { plural } from '../../format.ts';
import { useLoaded } from '../../use-loaded.ts';
import { AuditTrail } from './audit-trail.tsx';
import { ReviewItemCard } from './review-item-card.tsx';

const ANALYST_KEY = 'bilat:analyst';

type Outcome = { ok: true; entry: AuditEntry } | { ok: false; message: string };

function Queue({ items, busy, onDecide }: { items: readonly ReviewItem[]; busy: boolean; onDecide: (decision: ReviewDecision) => void }) {
  if (items.length === 0) return <Empty>Nothing waits for review: every fact is either well supported or decided.</Empty>;
  return (
    <ul className="review-queue">
      {items.map((item) => (
        <ReviewItemCard key={`${item.subject.kind} ${item.subject.id}`} item={item} busy={busy} onDecide={onDecide} />
      ))}
    </ul>
  );
}

export function ReviewPage() {
  const queue = useLoaded(api.reviewQueue, []);
  const audit = useLoaded(api.audit, []);
  const [analyst, setAnalyst] = useState(() => window.localStorage.getItem(ANALYST_KEY) ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const decide = async (decision: ReviewDecision) => {
    if (!analyst.trim()) {
      setOutcome({ ok: false, message: 'Give your name first: it is kept with every decision.' });
      return;
    }
    setBusy(true);
    try {
      const entry = await api.decide(analyst.trim(), decision);
      setOutcome({ ok: true, entry });
      queue.reload();
      audit.reload();
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <div className="page-heading">
        <div>
          <h1 className="page-title">Review</h1>
          <p className="muted">Accept, correct, reject or merge what extraction found. Re-extraction never overrides a decision, and each one is kept in the audit trail.</p>
        </div>
        <div className="toolbar">
          <label>
            <span className="field-label">Analyst</span>
            <input
              value={analyst}
              placeholder="your name"
              aria-label="Analyst"
              onChange={(event) => {
                setAnalyst(event.target.value);
                window.localStorage.setItem(ANALYST_KEY, event.target.value);
              }}
            />
          </label>
        </div>
      </div>
      {outcome && (
        <div className={outcome.ok ? 'notice notice-ok' : 'notice notice-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok ? `Done: ${outcome.entry.action} of ${outcome.entry.subject.id}, kept in the audit trail.` : outcome.message}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setOutcome(undefined)}>
            ×
          </button>
        </div>
      )}
      <div className="two-columns wide-main">
        <div className="column-main">
          <Panel title="Queue" aside={queue.state === 'ready' ? plural(queue.data.length, 'fact') : undefined}>
            <LoadedView loaded={queue} what="the review queue">
              {(items) => <Queue items={items} busy={busy} onDecide={(decision) => void decide(decision)} />}
            </LoadedView>
          </Panel>
        </div>
        <aside className="column-side">
          <Panel title="Audit trail">
            <LoadedView loaded={audit} what="the audit trail">
              {(entries) => <AuditTrail entries={entries} />}
            </LoadedView>
          </Panel>
        </aside>
      </div>
    </div>
  );
}
