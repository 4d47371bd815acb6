import { type RefObject, useEffect, useRef, useState } from 'react';

/** A box's width in CSS pixels, following its resizes; `initial` until it is laid out. */
export function useWidth<T extends HTMLElement>(initial: number): [RefObject<T | null>, number] {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    if (!box.current) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(box.current);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}
