import { useId, useMemo, useState } from 'react';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import {
  EMPTY_FILTER,
  FACET_IDS,
  facetCounts,
  isEmptyFilter,
  type FacetId,
  type LibraryFilter,
} from '../../core/search/index.ts';
import { FacetGroup } from './FacetGroup.tsx';

/** How a change enters the browser's history: its own entry (a choice) or in place (typing). */
export type FilterChange = 'push' | 'replace';

/** Props of LibrarySearch. */
export interface LibrarySearchProps {
  /** Every case the search runs over. */
  entries: readonly LibraryEntry[];
  /** The words and facet choices now. */
  filter: LibraryFilter;
  /** Takes a changed filter. */
  onFilter: (f: LibraryFilter, how: FilterChange) => void;
  /** How many cases the filter keeps, said after the box. */
  matched: number;
  /** Start with the filters folded even when some are chosen (a page whose chart comes first). */
  folded?: boolean;
}

/**
 * Search as you type over title, summary, disease, target and product, with facets (CAR target,
 * disease, product origin, maximum CRS and ICANS grade, transplant after CAR-T, outcome) folded
 * under "Filters" so the results stay a few Tab presses away. Each value shows the number of
 * cases it would show given everything else chosen.
 */
export function LibrarySearch({
  entries,
  filter,
  onFilter,
  matched,
  folded = false,
}: LibrarySearchProps) {
  const id = useId();
  const counts = useMemo(() => facetCounts(entries, filter), [entries, filter]);
  const active = FACET_IDS.reduce((n, f) => n + (filter.facets[f]?.length ?? 0), 0);
  const [open, setOpen] = useState(active > 0 && !folded);
  const toggle = (facet: FacetId, value: string, on: boolean) => {
    const rest = (filter.facets[facet] ?? []).filter((v) => v !== value);
    const next = on ? [...rest, value] : rest;
    onFilter({ ...filter, facets: { ...filter.facets, [facet]: next } }, 'push');
  };
  return (
    <form className="library-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="library-search__box">
        <label htmlFor={`${id}-q`}>Search cases</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.text}
          placeholder="Title, disease, target, product…"
          autoComplete="off"
          aria-describedby={`${id}-n`}
          onChange={(e) => onFilter({ ...filter, text: e.target.value }, 'replace')}
        />
        <p id={`${id}-n`} className="library-search__count" aria-live="polite">
          {matched === entries.length
            ? `${entries.length} ${entries.length === 1 ? 'case' : 'cases'}`
            : `${matched} of ${entries.length} cases match`}
        </p>
        {!isEmptyFilter(filter) && (
          <button
            type="button"
            className="plain-button"
            onClick={() => onFilter(EMPTY_FILTER, 'push')}
          >
            Clear search
          </button>
        )}
      </div>
      <details
        className="library-search__filters"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>Filters{active > 0 ? ` (${active} chosen)` : ''}</summary>
        <div className="library-search__facets">
          {FACET_IDS.map((f) => (
            <FacetGroup
              key={f}
              facet={f}
              counts={counts[f]}
              chosen={filter.facets[f] ?? []}
              onToggle={(value, on) => toggle(f, value, on)}
            />
          ))}
        </div>
      </details>
    </form>
  );
}
