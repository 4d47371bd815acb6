// Small coloured labels: an event's type, an instrument's or initiative's status.
import type { EventType } from '../../../src/record/schema.ts';
import modelStatusTones from 'virtual:bilat/status-tones';

/** One colour per event type (data/model/event-types.yaml: a new type does not compile until it has one), used by badges, the timeline and its legend. */
export const EVENT_TYPE_COLOURS: { [type in EventType]: string } = {
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
  return EVENT_TYPE_COLOURS[type as EventType] ?? EVENT_TYPE_COLOURS.other;
}

export function EventTypeBadge({ type }: { type: string }) {
  return (
    <span className="badge badge-event" style={{ backgroundColor: eventColour(type) }}>
      {type}
    </span>
  );
}

/** Statuses grouped by what they mean to a reader (data/model/*-statuses.yaml), and an analyst's rejection. */
const STATUS_TONES: { [status: string]: 'done' | 'moving' | 'stopped' | 'unknown' } = { ...modelStatusTones, rejected: 'stopped' };

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-status tone-${STATUS_TONES[status] ?? 'unknown'}`}>{status}</span>;
}
