// The pair's events on a time axis: one lane per event type, each dot coloured by its type
// and sized by the seniority of its most senior participant; events dated after the as-of
// date (scheduled) are drawn hollow. Clicking a dot shows the event and its sources.
import { useMemo, useState } from 'react';
import type { DyadReport, KnowledgeEvent } from '../../api-types.ts';
import { EVENT_TYPE_COLOURS, eventColour } from '../../components/badges.tsx';
import { useWidth } from '../../use-width.ts';
import { formatDate, plural } from '../../format.ts';
import { EventDetails } from '../../components/event-details.tsx';
import { eventLevel, levelNames, type OfficeLevel, personLevels } from './meeting-level.ts';

const LANE_HEIGHT = 30;
const LABEL_WIDTH = 104;
const AXIS_HEIGHT = 26;
const RADIUS: { [level in OfficeLevel]: number } = { 1: 10, 2: 8, 3: 6, 4: 4.5 };
const DAY = 86_400_000;

/** A partial date at the middle of what it can mean: "2025-03" → 15 March, "2025" → 1 July. */
function dateValue(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return Date.UTC(year, 6, 1);
  return Date.UTC(year, month - 1, day ?? 15);
}

interface Tick {
  value: number;
  label: string;
}

function ticks(from: number, to: number): Tick[] {
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(to).getUTCFullYear();
  const years = lastYear - firstYear;
  const step = years > 12 ? 5 : years > 6 ? 2 : 1;
  const result: Tick[] = [];
  for (let year = firstYear; year <= lastYear + 1; year += 1) {
    if (years <= 2) {
      for (const month of [0, 3, 6, 9]) {
        const value = Date.UTC(year, month, 1);
        if (value >= from && value <= to) result.push({ value, label: month === 0 ? String(year) : `Q${month / 3 + 1}` });
      }
    } else if (year % step === 0) {
      const value = Date.UTC(year, 0, 1);
      if (value >= from && value <= to) result.push({ value, label: String(year) });
    }
  }
  return result;
}

interface PlacedEvent {
  event: KnowledgeEvent & { date: string };
  x: number;
  radius: number;
  level: OfficeLevel;
}

/** Dots of one lane that would overlap are moved right until they touch: every event stays visible. */
function spreadLane(dots: PlacedEvent[]): PlacedEvent[] {
  const sorted = [...dots].sort((a, b) => a.x - b.x);
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1];
    const least = previous.x + previous.radius + sorted[index].radius + 1;
    if (sorted[index].x < least) sorted[index] = { ...sorted[index], x: least };
  }
  return sorted;
}

export function EventTimeline({ report }: { report: DyadReport }) {
  const [box, width] = useWidth<HTMLDivElement>(900);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const levels = useMemo(() => personLevels(report.people), [report.people]);
  const dated = report.timeline.filter((event): event is KnowledgeEvent & { date: string } => event.date !== null);
  const undated = report.timeline.filter((event) => event.date === null);
  const present = new Set<string>(dated.map((event) => event.type));
  const lanes = [...Object.keys(EVENT_TYPE_COLOURS).filter((type) => present.has(type)), ...[...present].filter((type) => !(type in EVENT_TYPE_COLOURS))];
  const selected = report.timeline.find((event) => event.id === selectedId);

  const values = dated.map((event) => dateValue(event.date));
  const asOfValue = dateValue(report.asOf);
  const from = Math.min(...values) - 60 * DAY;
  const to = Math.max(...values, asOfValue) + 60 * DAY;
  const plotWidth = Math.max(200, width - LABEL_WIDTH - 16);
  const x = (value: number) => LABEL_WIDTH + ((value - from) / (to - from)) * plotWidth;
  const height = lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const dots = lanes.flatMap((type) =>
    spreadLane(
      dated
        .filter((event) => event.type === type)
        .map((event) => {
          const level = eventLevel(event, levels);
          return { event, level, radius: RADIUS[level], x: x(dateValue(event.date)) };
        }),
    ),
  );

  return (
    <div className="timeline" ref={box}>
      {dated.length > 0 && (
        <svg width={width} height={height} className="timeline-chart" role="img" aria-label={`Timeline of ${plural(dated.length, 'dated event')}`}>
          {ticks(from, to).map((tick) => (
            <g key={tick.value}>
              <line x1={x(tick.value)} x2={x(tick.value)} y1={0} y2={height - AXIS_HEIGHT} className="timeline-grid" />
              <text x={x(tick.value)} y={height - 8} className="timeline-tick" textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={x(asOfValue)} x2={x(asOfValue)} y1={0} y2={height - AXIS_HEIGHT} className="timeline-as-of" />
          {lanes.map((type, lane) => (
            <g key={type} transform={`translate(0 ${lane * LANE_HEIGHT + LANE_HEIGHT / 2})`}>
              <text x={0} y={4} className="timeline-lane">
                {type}
              </text>
              <line x1={LABEL_WIDTH} x2={LABEL_WIDTH + plotWidth} y1={0} y2={0} className="timeline-lane-line" />
            </g>
          ))}
          {dots.map(({ event, x: cx, radius, level }) => {
            const scheduled = event.date.slice(0, report.asOf.length) > report.asOf;
            const colour = eventColour(event.type);
            return (
              <circle
                key={event.id}
                data-event-id={event.id}
                className={`timeline-dot${event.id === selectedId ? ' selected' : ''}`}
                cx={cx}
                cy={lanes.indexOf(event.type) * LANE_HEIGHT + LANE_HEIGHT / 2}
                r={radius}
                fill={scheduled ? '#fff' : colour}
                stroke={colour}
                onClick={() => setSelectedId(event.id === selectedId ? undefined : event.id)}
              >
                <title>{`${formatDate(event.date)} · ${event.type} · ${levelNames[level]}${scheduled ? ' · scheduled' : ''}\n${event.participants.map((participant) => participant.name).join(', ')}`}</title>
              </circle>
            );
          })}
        </svg>
      )}
      <div className="timeline-footer">
        <SizeLegend />
        {undated.length > 0 && (
          <div className="timeline-undated">
            <span className="muted">{plural(undated.length, 'undated event')}:</span>
            {undated.map((event) => (
              <button
                type="button"
                key={event.id}
                className={`chip${event.id === selectedId ? ' selected' : ''}`}
                style={{ borderColor: eventColour(event.type) }}
                onClick={() => setSelectedId(event.id === selectedId ? undefined : event.id)}
              >
                {event.type}
              </button>
            ))}
          </div>
        )}
      </div>
      {selected ? <EventDetails event={selected} onClose={() => setSelectedId(undefined)} /> : <p className="hint">Click an event to see who took part and the sentences it was read from.</p>}
    </div>
  );
}

function SizeLegend() {
  const levels: OfficeLevel[] = [1, 2, 3, 4];
  return (
    <div className="size-legend" aria-label="Dot size: the most senior participant">
      {levels.map((level) => (
        <span key={level} className="size-legend-item">
          <svg width={22} height={22} aria-hidden="true">
            <circle cx={11} cy={11} r={RADIUS[level]} className="size-legend-dot" />
          </svg>
          {levelNames[level]}
        </span>
      ))}
      <span className="size-legend-item">
        <svg width={22} height={22} aria-hidden="true">
          <circle cx={11} cy={11} r={6} className="size-legend-dot hollow" />
        </svg>
        scheduled
      </span>
    </div>
  );
}
