// The pair at a glance: counts, and the last and the most senior meetings.
import type { DyadReport, MeetingSummary } from '../../api-types.ts';
import { formatDate } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

function Meeting({ title, meeting }: { title: string; meeting: MeetingSummary | null }) {
  const people = meeting?.event.participants.filter((participant) => participant.type === 'person') ?? [];
  return (
    <div className="meeting-card">
      <span className="stat-label">{title}</span>
      {meeting ? (
        <>
          <span className="meeting-date">{formatDate(meeting.event.date)}</span>
          <span className="row-meta">
            {meeting.event.type} · {meeting.levelName} level
          </span>
          <span className="meeting-people">
            {people.map((person, index) => (
              <span key={person.id}>
                {index > 0 && ', '}
                <Link to={paths.entity(person.id)}>{person.name}</Link>
              </span>
            ))}
          </span>
        </>
      ) : (
        <span className="muted">none on record</span>
      )}
    </div>
  );
}

export function SummaryNumbers({ report }: { report: DyadReport }) {
  const { summary } = report;
  const stats: { label: string; value: number; warn?: boolean }[] = [
    { label: 'documents', value: summary.documents },
    { label: 'events', value: summary.events },
    { label: 'meetings', value: summary.meetings },
    { label: 'instruments', value: summary.instruments },
    { label: 'open instruments', value: summary.openInstruments },
    { label: 'expiring soon', value: summary.expiringSoon, warn: summary.expiringSoon > 0 },
    { label: 'projects', value: summary.initiatives },
    { label: 'people', value: summary.people },
  ];
  return (
    <div className="summary">
      <dl className="stats">
        {stats.map((stat) => (
          <div key={stat.label} className={stat.warn ? 'stat warn' : 'stat'}>
            <dd className="stat-value">{stat.value}</dd>
            <dt className="stat-label">{stat.label}</dt>
          </div>
        ))}
      </dl>
      <Meeting title="Last meeting" meeting={report.lastMeeting} />
      <Meeting title="Highest-level meeting" meeting={report.highestLevelMeeting} />
    </div>
  );
}
