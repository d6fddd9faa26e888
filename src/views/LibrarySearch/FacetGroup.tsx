import { useState } from 'react';
import {
  FACET_LABELS,
  facetValueLabel,
  type FacetCount,
  type FacetId,
} from '../../core/search/index.ts';

/** Values a facet lists before "Show all": enough for every shipped facet, short at 1,000 cases. */
const FIRST_VALUES = 8;

/** Props of FacetGroup. */
export interface FacetGroupProps {
  /** Which facet. */
  facet: FacetId;
  /** Its values with how many cases each would show. */
  counts: readonly FacetCount[];
  /** The values chosen now. */
  chosen: readonly string[];
  /** Chooses or drops one value. */
  onToggle: (value: string, on: boolean) => void;
}

/**
 * One facet as a group of checkboxes, each with the number of cases it would show given the
 * words and the other facets; chosen values stay listed even when the longer list is folded.
 */
export function FacetGroup({ facet, counts, chosen, onToggle }: FacetGroupProps) {
  const [all, setAll] = useState(false);
  const shown = all
    ? counts
    : counts.filter((c, i) => i < FIRST_VALUES || chosen.includes(c.value));
  return (
    <fieldset className="facet" data-facet={facet}>
      <legend className="facet__name">{FACET_LABELS[facet]}</legend>
      <ul className="facet__values">
        {shown.map((c) => (
          <li key={c.value}>
            <label className={c.count === 0 ? 'facet__value facet__value--empty' : 'facet__value'}>
              <input
                type="checkbox"
                value={c.value}
                checked={chosen.includes(c.value)}
                onChange={(e) => onToggle(c.value, e.target.checked)}
              />
              <span className="facet__label">{facetValueLabel(facet, c.value)}</span>
              <span className="facet__count">
                {c.count}
                <span className="visually-hidden"> {c.count === 1 ? 'case' : 'cases'}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {counts.length > FIRST_VALUES && (
        <button type="button" className="plain-button facet__more" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${counts.length}`}
        </button>
      )}
    </fieldset>
  );
}
