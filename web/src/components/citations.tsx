// The sentences a fact was read from, folded under the names of their documents until asked for.
import type { Citation } from '../api-types.ts';
import { documentLabel } from '../format.ts';
import { Link, paths } from '../routing.tsx';

export function Citations({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  const documents = [...new Set(citations.map((citation) => documentLabel(citation.document)))];
  return (
    <details className="citations-folded">
      <summary>
        {documents.length === 1 ? 'Source' : 'Sources'}: {documents.join(', ')}
      </summary>
      {citations.map((citation) => (
        <figure className="quote" key={`${citation.document.id} ${citation.sentence}`}>
          <blockquote>{citation.sentence}</blockquote>
          <figcaption>
            <Link to={paths.document(citation.document.id, { sentence: citation.sentence })}>{documentLabel(citation.document)}</Link>
          </figcaption>
        </figure>
      ))}
    </details>
  );
}
