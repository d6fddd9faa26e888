import { useEffect, useRef, type RefObject } from 'react';

/**
 * Scrolls an element just into view when `value` changes to something (not on the first render):
 * on a short screen the detail panel opens below the chart, and a click must visibly do something.
 */
export function useRevealOnChange(ref: RefObject<HTMLElement | null>, value: unknown): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (value === null || value === undefined) return;
    const el = ref.current;
    if (!el || typeof el.scrollIntoView !== 'function') return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [ref, value]);
}
