// The people of each country who take part in the pair's events, with their offices over time.
import type { PersonRow, RoleOverTime } from '../../api-types.ts';
import { Empty } from '../../components/states.tsx';
import { countryName, formatDate, plural } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

function roleText(role: RoleOverTime): string {
  const where = role.organization ? `, ${role.organization}` : '';
  const when = role.from && role.to && role.from !== role.to ? ` (${formatDate(role.from)} – ${formatDate(role.to)})` : role.from ? ` (${formatDate(role.from)})` : '';
  return `${role.title}${where}${when}`;
}

function Side({ code, people }: { code: string; people: readonly PersonRow[] }) {
  return (
    <section className="side" aria-label={countryName(code)}>
      <h3>
        {countryName(code)} <span className="count">{people.length}</span>
      </h3>
      {people.length === 0 ? (
        <p className="muted">No one named yet.</p>
      ) : (
        <ul className="people">
          {people.map((person) => (
            <li key={person.id}>
              <Link to={paths.entity(person.id)} className="row-title">
                {person.name}
              </Link>
              <span className="row-meta">{person.roles.length > 0 ? person.roles.map(roleText).join('; ') : 'office not reported'}</span>
              <span className="row-meta">{plural(person.events.length, 'event')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PeopleBySide({ countries, people }: { countries: readonly [string, string]; people: { [country: string]: PersonRow[] } }) {
  if (countries.every((code) => (people[code] ?? []).length === 0)) return <Empty>No one of either side is named in the sources yet.</Empty>;
  return (
    <div className="sides">
      {countries.map((code) => (
        <Side key={code} code={code} people={people[code] ?? []} />
      ))}
    </div>
  );
}
