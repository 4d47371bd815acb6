// Merge an entity into the one it is: one of the suggested look-alikes, or any entity id.
import { type FormEvent, useState } from 'react';
import { Link, paths } from '../../routing.tsx';

export function MergeForm({ related, busy, onSubmit, onCancel }: { related: readonly string[]; busy: boolean; onSubmit: (into: string, note: string) => void; onCancel: () => void }) {
  const [into, setInto] = useState(related[0] ?? '');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (into.trim()) onSubmit(into.trim(), note);
  };
  return (
    <form className="decision-form" onSubmit={submit} aria-label="Merge">
      <label className="field">
        <span className="field-label">Merge into (entity id)</span>
        <input list="merge-suggestions" value={into} onChange={(event) => setInto(event.target.value)} placeholder="person:murat-nurtleu" required />
        <datalist id="merge-suggestions">
          {related.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </label>
      {into && (
        <p className="hint">
          Check it first: <Link to={paths.entity(into)}>{into}</Link>
        </p>
      )}
      <input aria-label="Note" placeholder="Note (why): kept in the audit trail" value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Merge
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
