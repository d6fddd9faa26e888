import { hashQuery, withHashQuery } from './hashQuery.ts';

// Zooming changes the window every frame; browsers throttle (and complain about) a flood of
// history updates, and a link only needs the view once the reader pauses.
const WRITE_DELAY_MS = 150;

/** A page's state as the query of its link. */
export interface HashQueryBinding {
  /** The page's hash without query ("#/case/003-zhou"): nothing is read or written elsewhere. */
  path: string;
  /** The query the page's state makes now. */
  format: () => string;
  /** Takes a query the reader typed, pasted or went back to. */
  apply: (query: string) => void;
  /** Calls `onChange` on every state change; returns the unsubscriber. */
  subscribe: (onChange: () => void) => () => void;
  /** Write the query once at the start too (a page that fills in defaults the link lacked). */
  writeAtStart?: boolean;
}

/**
 * Keeps a link and a page's state in step: state changes replace the query (no history entry per
 * zoom step), an edited link is applied. Returns the function that ends it.
 */
export function bindHashQuery(b: HashQueryBinding): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Only while the address still shows this page: never write onto another route.
  const here = () => withHashQuery(window.location.hash, '') === b.path;
  const write = () => {
    timer = undefined;
    if (!here()) return;
    const next = withHashQuery(window.location.hash, b.format());
    if (next !== window.location.hash) window.history.replaceState(window.history.state, '', next);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  };
  const read = () => {
    if (here()) b.apply(hashQuery(window.location.hash));
  };
  const unsubscribe = b.subscribe(schedule);
  window.addEventListener('hashchange', read);
  if (b.writeAtStart) schedule();
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', read);
    clearTimeout(timer);
  };
}
