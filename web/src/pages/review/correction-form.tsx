// Correct a fact: one or more field = value rows and a note; the server checks each field
// against the Record's schema and says what it accepts.
import { type FormEvent, useState } from 'react';
import { correctionFields, type FieldValue } from './field-values.ts';

const EVENT_FIELDS_HINT = 'date, type, format, sectors, stance, cameo, date_text';
const ENTITY_FIELDS_HINT = 'name, or a field of its type: status, kind, period, parties, country, …';

export function CorrectionForm({ kind, busy, onSubmit, onCancel }: { kind: 'entity' | 'event'; busy: boolean; onSubmit: (fields: { [field: string]: unknown }, note: string) => void; onCancel: () => void }) {
  const [rows, setRows] = useState<FieldValue[]>([{ field: '', value: '' }]);
  const [note, setNote] = useState('');
  const update = (index: number, change: Partial<FieldValue>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(correctionFields(rows), note);
  };
  return (
    <form className="decision-form" onSubmit={submit} aria-label="Correct">
      <p className="hint">Fields of {kind === 'event' ? `an event: ${EVENT_FIELDS_HINT}` : `an entity: ${ENTITY_FIELDS_HINT}`}. Values in JSON (["AZE","KAZ"], null) are read as such.</p>
      {rows.map((row, index) => (
        <div className="field-row compact" key={index}>
          <input aria-label="Field" placeholder="field" value={row.field} onChange={(event) => update(index, { field: event.target.value })} required />
          <span aria-hidden="true">=</span>
          <input aria-label="Value" placeholder="value" value={row.value} onChange={(event) => update(index, { value: event.target.value })} />
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => setRows([...rows, { field: '', value: '' }])}>
        + another field
      </button>
      <input aria-label="Note" placeholder="Note (why): kept in the audit trail" value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save correction
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
