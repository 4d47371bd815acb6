// Small coloured labels: an event's type, an instrument's or initiative's status.

/** One colour per event type (SPEC.md's list), used by badges, the timeline and its legend. */
export const EVENT_TYPE_COLOURS: { [type: string]: string } = {
  meeting: '#1f4e79',
  visit: '#2e86c1',
  call: '#5dade2',
  signing: '#1e8449',
  ratification: '#58d68d',
  commitment: '#b7950b',
  statement: '#7d3c98',
  inauguration: '#d35400',
  forum: '#17a589',
  incident: '#c0392b',
  other: '#7f8c8d',
};

export function eventColour(type: string): string {
  return EVENT_TYPE_COLOURS[type] ?? EVENT_TYPE_COLOURS.other;
}

export function EventTypeBadge({ type }: { type: string }) {
  return (
    <span className="badge badge-event" style={{ backgroundColor: eventColour(type) }}>
      {type}
    </span>
  );
}

/** Statuses grouped by what they mean to a reader: done, moving, stopped, unknown. */
const STATUS_TONES: { [status: string]: 'done' | 'moving' | 'stopped' | 'unknown' } = {
  'in force': 'done',
  ratified: 'done',
  signed: 'done',
  completed: 'done',
  negotiating: 'moving',
  proposed: 'moving',
  planned: 'moving',
  'under way': 'moving',
  expired: 'stopped',
  rejected: 'stopped',
  unknown: 'unknown',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-status tone-${STATUS_TONES[status] ?? 'unknown'}`}>{status}</span>;
}
