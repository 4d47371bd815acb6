// Joint projects as a board: one column per stage, each card with its kind, places and
// latest movement.
import type { InitiativeRow } from '../../api-types.ts';
import { Empty } from '../../components/states.tsx';
import { formatDate } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

const COLUMNS: { title: string; statuses: string[] }[] = [
  { title: 'Proposed or planned', statuses: ['proposed', 'planned'] },
  { title: 'Under way', statuses: ['under way'] },
  { title: 'Completed', statuses: ['completed'] },
  { title: 'Status not reported', statuses: ['unknown'] },
];

export function InitiativesBoard({ initiatives }: { initiatives: readonly InitiativeRow[] }) {
  if (initiatives.length === 0) return <Empty>No joint project (corridor, cable, pipeline, fund) is on record yet.</Empty>;
  return (
    <div className="board">
      {COLUMNS.map((column) => {
        const cards = initiatives.filter((initiative) => column.statuses.includes(initiative.status));
        return (
          <section key={column.title} className="board-column" aria-label={column.title}>
            <h3>
              {column.title} <span className="count">{cards.length}</span>
            </h3>
            {cards.map((initiative) => (
              <Link key={initiative.id} to={paths.entity(initiative.id)} className="board-card">
                <span className="board-card-title">{initiative.name}</span>
                <span className="row-meta">
                  {initiative.kind}
                  {initiative.places.length > 0 && ` · ${initiative.places.join(', ')}`}
                </span>
                {initiative.lastMovement && <span className="row-meta">last news {formatDate(initiative.lastMovement)}</span>}
              </Link>
            ))}
          </section>
        );
      })}
    </div>
  );
}
