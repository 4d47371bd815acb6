// Agreements, action plans and programmes between the two: their status, when signed, their
// period and how long until they expire; those expiring soon come first and stand out.
import type { InstrumentRow } from '../../api-types.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { Citations } from '../../components/citations.tsx';
import { Empty } from '../../components/states.tsx';
import { formatDate } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

function period(row: InstrumentRow): string {
  if (!row.period) return '—';
  const { start, end } = row.period;
  if (start && end) return start === end ? start : `${start}–${end}`;
  return start ? `from ${start}` : `until ${end}`;
}

function Countdown({ row }: { row: InstrumentRow }) {
  if (row.daysToExpiry === null || row.expires === null) return <span className="muted">no end date</span>;
  if (row.daysToExpiry < 0) return <span className="muted">ended {formatDate(row.expires)}</span>;
  return (
    <span className={row.expiringSoon ? 'countdown soon' : 'countdown'}>
      {row.daysToExpiry === 0 ? 'expires today' : `${row.daysToExpiry} days left`}
      <span className="countdown-date muted">{formatDate(row.expires)}</span>
    </span>
  );
}

export function InstrumentsRegister({ instruments }: { instruments: readonly InstrumentRow[] }) {
  if (instruments.length === 0) return <Empty>No agreement, plan or programme between the two is on record yet.</Empty>;
  return (
    <div className="table-scroll">
      <table className="table instruments">
        <thead>
          <tr>
            <th scope="col">Instrument</th>
            <th scope="col" className="column-status">
              Status
            </th>
            <th scope="col" className="column-date">
              Signed
            </th>
            <th scope="col" className="column-date">
              Period
            </th>
            <th scope="col" className="column-expiry">
              Expiry
            </th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((row) => (
            <tr key={row.id} className={row.expiringSoon ? 'expiring-soon' : undefined} data-expiring-soon={row.expiringSoon || undefined}>
              <td>
                <Link to={paths.entity(row.id)} className="row-title">
                  {row.name}
                </Link>
                <div className="row-meta">
                  {row.kind}
                  {row.parties.length > 0 && ` · ${row.parties.join('–')}`}
                  {row.expiringSoon && <span className="tag tag-warning">expires soon</span>}
                </div>
                <Citations citations={row.citations} />
              </td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td className="nowrap">{row.signed ? formatDate(row.signed) : <span className="muted">—</span>}</td>
              <td className="nowrap">{period(row)}</td>
              <td>
                <Countdown row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
