import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The rendered width of an element, kept current with a ResizeObserver; measured before paint so
 * the first frame is already the right size. Null until measured (or where there is no layout,
 * as in jsdom), so callers fall back to a fixed width.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      setWidth(w > 0 ? w : null);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
