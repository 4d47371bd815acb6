// An entity's own fields (roles, status, period, parties, kind, code, place, …) as a
// definition list; values are shown as text, whatever they hold.
import type { EntitySummary, RoleOverTime, StatusEvidence } from '../../api-types.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { countryName, formatDate } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

const LABELS: { [field: string]: string } = {
  code: 'Code',
  country: 'Country',
  kind: 'Kind',
  status: 'Status',
  period: 'Period',
  parties: 'Parties',
  roles: 'Offices',
  statusHistory: 'Status history',
  geo: 'Coordinates',
  date: 'Date',
  place: 'Place',
  places: 'Places',
  part_of: 'Part of',
  organization: 'Organization',
};

function isRoleList(value: unknown): value is RoleOverTime[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'title' in item);
}

function isStatusHistory(value: unknown): value is StatusEvidence[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'status' in item);
}

function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]+:[^\s]+$/.test(value);
}

function AttributeValue({ field, value }: { field: string; value: unknown }) {
  if (field === 'status' && typeof value === 'string') return <StatusBadge status={value} />;
  if ((field === 'country' || field === 'code') && typeof value === 'string') return <>{`${countryName(value)} (${value})`}</>;
  if (field === 'parties' && Array.isArray(value)) return <>{value.map(String).map(countryName).join(', ')}</>;
  if (isRoleList(value)) {
    return (
      <ul className="plain-list">
        {value.map((role) => (
          <li key={`${role.title} ${role.country ?? ''} ${role.organization ?? ''}`}>
            {role.title}
            {role.country && `, ${countryName(role.country)}`}
            {role.organization && `, ${role.organization}`}
            {role.from && <span className="muted"> · {role.from === role.to || !role.to ? formatDate(role.from) : `${formatDate(role.from)} – ${formatDate(role.to)}`}</span>}
          </li>
        ))}
      </ul>
    );
  }
  if (isStatusHistory(value)) {
    return (
      <ul className="plain-list">
        {value.map((step, index) => (
          <li key={index}>
            <StatusBadge status={step.status} /> <span className="muted">{step.date ? `reported ${formatDate(step.date)}` : 'undated report'}</span>
          </li>
        ))}
      </ul>
    );
  }
  if (isEntityId(value)) return <Link to={paths.entity(value)}>{value}</Link>;
  if (Array.isArray(value) && value.every(isEntityId)) {
    return (
      <>
        {value.map((id, index) => (
          <span key={id}>
            {index > 0 && ', '}
            <Link to={paths.entity(id)}>{id}</Link>
          </span>
        ))}
      </>
    );
  }
  if (field === 'period' && typeof value === 'object' && value !== null) {
    const { start, end } = value as { start?: string; end?: string };
    return <>{[start ?? '…', end ?? '…'].join(' – ')}</>;
  }
  if (field === 'geo' && typeof value === 'object' && value !== null) {
    const { lat, lon } = value as { lat: number; lon: number };
    return <>{`${lat.toFixed(3)}, ${lon.toFixed(3)}`}</>;
  }
  return <>{typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)}</>;
}

export function EntityAttributes({ entity }: { entity: EntitySummary }) {
  const fields = Object.entries(entity.attributes).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0));
  if (fields.length === 0 && entity.aliases.length === 0) return null;
  return (
    <dl className="facts facts-wide">
      {entity.aliases.length > 0 && (
        <div className="fact">
          <dt>Also called</dt>
          <dd>{entity.aliases.join(', ')}</dd>
        </div>
      )}
      {fields.map(([field, value]) => (
        <div className="fact" key={field}>
          <dt>
            {LABELS[field] ?? field}
            {entity.corrected.includes(field) && <span className="tag">corrected</span>}
          </dt>
          <dd>
            <AttributeValue field={field} value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
