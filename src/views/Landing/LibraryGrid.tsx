import { useContext, useState } from 'react';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import { CaseCard } from '../CaseCard/CaseCard.tsx';
import { LandingPictureContext } from './landingPicture.ts';

/** Cards drawn at first and added per "Show more": a page of a 1,000-case library stays quick. */
export const CARDS_PER_PAGE = 48;

/** Props of LibraryGrid. */
export interface LibraryGridProps {
  /** The cases to list, in library order. */
  entries: readonly LibraryEntry[];
}

/**
 * The cards of the cases listed, a page at a time: only the cards shown are in the page, and
 * "Show more" adds the next page (focus stays on the button, the new cards follow the old).
 * Remount it (key) when the list changes to start again from the first page.
 */
export function LibraryGrid({ entries }: LibraryGridProps) {
  const [count, setCount] = useState(CARDS_PER_PAGE);
  // The build's picture draws its first screen's cards alone; the live page follows in moments.
  const pictured = useContext(LandingPictureContext);
  const shown = entries.slice(0, pictured ?? count);
  const rest = pictured === null ? entries.length - shown.length : 0;
  return (
    <>
      <ul className="card-grid">
        {shown.map((entry) => (
          <li key={entry.id}>
            <CaseCard entry={entry} />
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="library__more">
          <button
            type="button"
            className="plain-button"
            onClick={() => setCount(count + CARDS_PER_PAGE)}
          >
            Show {Math.min(rest, CARDS_PER_PAGE)} more ({shown.length} of {entries.length} shown)
          </button>
        </p>
      )}
    </>
  );
}
