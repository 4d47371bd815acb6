// Loads data for a page and tracks the three states every page shows: loading, failed, ready.
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: Error }
  | { state: 'ready'; data: T };

/**
 * Runs `load` whenever `dependencies` change, showing the loading state; `reload` runs it
 * again keeping the current data on screen until the new answer. The answer of a
 * superseded run is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>, dependencies: DependencyList): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reloading = useRef(false);
  const reload = useCallback(() => {
    reloading.current = true;
    setGeneration((value) => value + 1);
  }, []);

  useEffect(() => {
    let current = true;
    if (!reloading.current) setLoaded({ state: 'loading' });
    reloading.current = false;
    load().then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
    // The caller names what `load` depends on.
  }, [...dependencies, generation]);

  return { ...loaded, reload };
}
