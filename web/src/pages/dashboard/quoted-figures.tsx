// Numbers the sources quoted ("165 agreements", "$3 billion"), each with its sentence.
import type { QuotedFigure } from '../../api-types.ts';
import { Empty } from '../../components/states.tsx';
import { documentLabel } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';

export function QuotedFigures({ figures }: { figures: readonly QuotedFigure[] }) {
  if (figures.length === 0) return <Empty>No figures quoted.</Empty>;
  return (
    <ul className="figures">
      {figures.map((figure) => (
        <li key={`${figure.source.document.id} ${figure.source.span.start}`} className="figure">
          <span className="figure-value">{figure.value.toLocaleString('en', { notation: figure.value >= 1_000_000 ? 'compact' : 'standard' })}</span>
          <span className="figure-unit">{figure.unit}</span>
          <blockquote>{figure.source.sentence}</blockquote>
          <Link className="citation-source" to={paths.document(figure.source.document.id, figure.source.span)}>
            {documentLabel(figure.source.document)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
