import type { EmbedView } from '../../app/embed/index.ts';
import { presentLinkHere } from '../../app/embed/index.ts';
import { PRESENT } from '../CasePage/caseWords.ts';

/** Props of PresentButton. */
export interface PresentButtonProps {
  /** What the page shows: a case, the comparison or the cohort. */
  view: EmbedView;
  /** The case's entry id (case pages). */
  caseId?: string;
  /** Goes to an address; the app's location by default (stories pass a recorder). */
  go?: (href: string) => void;
}

const assign = (href: string) => {
  window.location.hash = href;
};

/**
 * Shows the page's chart as a slide, full screen: the view as the address has it now (window,
 * lanes, order), in the slide layout, with ← and → through the library's cases and Escape to
 * return. Full screen is asked for within the click (browsers allow it only then); where it is
 * refused or missing, the slide fills the window instead.
 */
export function PresentButton({ view, caseId, go = assign }: PresentButtonProps) {
  const onClick = () => {
    const root = document.documentElement;
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement)
      root.requestFullscreen().catch(() => {});
    go(presentLinkHere(view, caseId, window.location.hash));
  };
  return (
    <button type="button" className="present-button" onClick={onClick}>
      <span aria-hidden="true">▶ </span>
      {PRESENT}
    </button>
  );
}
