// Client-side routing over the History API: the server answers every page address with
// index.html, and the app picks the page from the path.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const NAVIGATED = 'bilat:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

function currentAddress(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  /** The path split into its decoded segments: "/entity/person%3Ax" → ["entity", "person:x"]. */
  segments: string[];
  params: URLSearchParams;
}

export function useLocation(): Location {
  const address = useSyncExternalStore(subscribe, currentAddress);
  const url = new URL(address, window.location.origin);
  return { segments: url.pathname.split('/').filter(Boolean).map(decodeURIComponent), params: url.searchParams };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentAddress()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
  if (!options.replace) window.scrollTo(0, 0);
}

/** An address from path segments (each encoded) and query parameters (empty ones left out). */
function href(segments: readonly string[], params: { [name: string]: string | undefined } = {}): string {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return `/${segments.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

export const paths = {
  dashboard: (a: string, b: string, asOf?: string) => href(['dyad', a, b], { asOf }),
  entity: (id: string, mention?: number) => href(['entity', id], { mention: mention === undefined ? undefined : String(mention) }),
  /** A document, with a span of it or one of its sentences highlighted. */
  document: (id: string, highlight?: { start: number; end: number } | { sentence: string }) =>
    href(['document', id], !highlight ? {} : 'sentence' in highlight ? { sentence: highlight.sentence } : { start: String(highlight.start), end: String(highlight.end) }),
  search: (q?: string) => href(['search'], { q }),
  ingest: () => href(['ingest']),
  review: () => href(['review']),
  brief: (a: string, b: string, asOf?: string) => href(['brief', a, b], { asOf }),
};

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link that changes page without reloading; modified clicks (new tab) behave as usual. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
