import { startTransition, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Rows listed and drawn at once, more than a tall screen shows. A longer cohort lists the others
 * in idle time, CHUNK_ROWS at a time, and draws a row's track when it comes within NEAR_PX of the
 * view; before printing it lists and draws them all.
 */
export const EAGER_ROWS = 40;
const CHUNK_ROWS = 60;
const NEAR_PX = 1500;

/** Runs `job` when the browser is idle (or soon, where it cannot say); returns the cancel. */
function whenIdle(job: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(job, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(job, 1);
  return () => clearTimeout(id);
}

/** How many rows are in the list, and whether a row's track is drawn. */
export interface LazyRows {
  listed: number;
  drawn: (index: number, id: string) => boolean;
}

/**
 * The rows of a long cohort (`ids`, in display order) as the list shows them: 1,000 rows at once
 * cost a long task of several hundred milliseconds before anything showed, so the first
 * EAGER_ROWS come at once and the rest follow (see EAGER_ROWS). `list` is the rows' list element,
 * whose children carry data-case-id. Where there is no IntersectionObserver every row is drawn.
 */
export function useLazyRows(list: RefObject<HTMLElement | null>, ids: readonly string[]): LazyRows {
  const lazy = ids.length > EAGER_ROWS && typeof IntersectionObserver !== 'undefined';
  const [listed, setListed] = useState(EAGER_ROWS);
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set());
  const [all, setAll] = useState(false);
  const total = ids.length;

  useEffect(() => {
    const drawAll = () => flushSync(() => setAll(true));
    window.addEventListener('beforeprint', drawAll);
    return () => window.removeEventListener('beforeprint', drawAll);
  }, []);

  useEffect(() => {
    if (!lazy || all || listed >= total) return;
    return whenIdle(() => startTransition(() => setListed((n) => n + CHUNK_ROWS)));
  }, [lazy, all, listed, total]);

  useEffect(() => {
    const el = list.current;
    if (!lazy || all || !el) return;
    const seen = new IntersectionObserver(
      (entries) => {
        const came = entries.flatMap((e) =>
          e.isIntersecting ? [(e.target as HTMLElement).dataset.caseId ?? ''] : [],
        );
        setNear((had) => (came.every((id) => had.has(id)) ? had : new Set([...had, ...came])));
      },
      { rootMargin: `${NEAR_PX}px 0px` },
    );
    // Rows keep their elements (keyed by case id) when sorted or listed further, so observing
    // the waiting ones after every change covers each row.
    el.querySelectorAll('[data-pending]').forEach((row) => seen.observe(row));
    return () => seen.disconnect();
  });

  if (!lazy || all) return { listed: total, drawn: () => true };
  return { listed: Math.min(listed, total), drawn: (i, id) => i < EAGER_ROWS || near.has(id) };
}
