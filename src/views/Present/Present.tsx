import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Cohort } from '../../core/cohort/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { leaveLink, parseEmbedQuery, stepCase } from '../../app/embed/index.ts';
import { Embed } from '../Embed/Embed.tsx';
import type { SlidePart } from '../Embed/SlideCompare.tsx';

/** Props of Present. */
export interface PresentProps {
  /** The presentation's link: an embed link in the slide preset (src/app/embed/present.ts). */
  query: string;
  /** The cases the slide shows, read and checked (its case, its pair, or its cohort). */
  cases: readonly CaseLoad[];
  /** Ids ← and → step through, in library order; the loaded `cases` when absent. */
  order?: readonly string[];
  /** Goes to an address; the app's location by default (stories pass a recorder). */
  go?: (href: string) => void;
  /** The cohort slide's rows, made from the library summary; else made from `cases`. */
  cohort?: Cohort;
}

const assign = (href: string) => {
  window.location.hash = href;
};

/** Leaves the browser's full screen if the presentation is in it; nothing where the API is absent. */
function exitFullscreen() {
  if (typeof document.exitFullscreen === 'function' && document.fullscreenElement)
    document.exitFullscreen().catch(() => {});
}

/**
 * A case, comparison or cohort as a slide filling the screen (the Present button puts the browser
 * in full screen; without the Fullscreen API the slide still fills the window). ← and → step
 * through the library's cases when a case is shown, and from a comparison's charts to their full
 * legend and back; Escape, or leaving full screen, returns to the page the presentation came
 * from. The same slide as the embed's slide preset.
 */
export function Present({ query, cases, order, go = assign, cohort }: PresentProps) {
  const { options } = useMemo(() => parseEmbedQuery(query), [query]);
  const ids = useMemo(
    () => order ?? cases.filter((c) => c.status === 'ok').map((c) => c.entry.id),
    [order, cases],
  );
  const title = cases.find((c) => c.entry.id === options.caseId)?.entry.title;
  const heading = useRef<HTMLHeadingElement>(null);
  const leave = useCallback(() => {
    exitFullscreen();
    go(leaveLink(query));
  }, [go, query]);
  // A comparison has two steps: its charts, then its whole legend (the slide keeps one row).
  const paired = options.view === 'compare';
  const [part, setPart] = useState<SlidePart>('charts');
  const step = useCallback(
    (by: 1 | -1) => {
      if (paired) return setPart(by === 1 ? 'legend' : 'charts');
      const next = stepCase(query, ids, by);
      if (next) go(next);
    },
    [go, query, ids, paired],
  );

  // Keys are read before the slide sees them: a presentation's arrows step, they never pan.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') leave();
      else if (e.key === 'ArrowRight' || e.key === 'PageDown') step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') step(-1);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [leave, step]);

  // The browser takes Escape itself to end full screen: ending it ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  const isCase = options.view === 'case' && ids.length > 1;
  const what =
    options.view === 'case'
      ? (title ?? 'Case')
      : options.view === 'compare'
        ? 'Comparison'
        : 'Cohort';
  return (
    <div className="present">
      <h1 className="visually-hidden" tabIndex={-1} ref={heading}>
        Presenting: {what}
      </h1>
      <Embed
        query={query}
        cases={cases}
        {...(paired ? { part } : {})}
        {...(cohort ? { cohort } : {})}
      />
      <nav className="present__controls" aria-label="Presentation">
        {isCase && (
          <button type="button" onClick={() => step(-1)} aria-keyshortcuts="ArrowLeft">
            <span aria-hidden="true">← </span>Previous case
          </button>
        )}
        {isCase && (
          <button type="button" onClick={() => step(1)} aria-keyshortcuts="ArrowRight">
            Next case<span aria-hidden="true"> →</span>
          </button>
        )}
        {paired && part === 'charts' && (
          <button type="button" onClick={() => step(1)} aria-keyshortcuts="ArrowRight">
            Full legend<span aria-hidden="true"> →</span>
          </button>
        )}
        {paired && part === 'legend' && (
          <button type="button" onClick={() => step(-1)} aria-keyshortcuts="ArrowLeft">
            <span aria-hidden="true">← </span>Charts
          </button>
        )}
        <button type="button" onClick={leave} aria-keyshortcuts="Escape">
          Leave<span aria-hidden="true"> (Esc)</span>
        </button>
      </nav>
    </div>
  );
}
