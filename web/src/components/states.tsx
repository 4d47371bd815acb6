// The states a page or panel can be in besides showing its data.
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import type { Loaded } from '../use-loaded.ts';

export function Loading({ what }: { what: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

export function Failure({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="state state-failed" role="alert">
      <strong>{notFound ? 'Not found:' : 'Could not load this.'}</strong> {error.message}
      {onRetry && !notFound && (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

/** Shows `loaded`'s data through `children`, or its loading or failed state. */
export function LoadedView<T>({ loaded, what, children }: { loaded: Loaded<T> & { reload?: () => void }; what: string; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'failed') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  return <>{children(loaded.data)}</>;
}
