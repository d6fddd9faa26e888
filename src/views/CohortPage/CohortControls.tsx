import { useId } from 'react';
import type { AxisScale, CohortQuery, SortKey } from '../../core/cohort/index.ts';

/** Props of CohortControls. */
export interface CohortControlsProps {
  /** The current view. */
  query: CohortQuery;
  /** Called with the changed view. */
  onChange: (next: CohortQuery) => void;
}

const SORT_LABEL: Record<SortKey, string> = {
  'follow-up': 'Follow-up',
  crs: 'CRS grade',
  target: 'CAR target',
  disease: 'Disease',
};

const DIR_LABEL: Record<SortKey, [desc: string, asc: string]> = {
  'follow-up': ['longest first', 'shortest first'],
  crs: ['highest first', 'lowest first'],
  target: ['Z to A', 'A to Z'],
  disease: ['Z to A', 'A to Z'],
};

/** What a sort does with the rows that lack its value: said next to the control, not hidden. */
export const SORT_NOTE: Record<SortKey, string> = {
  'follow-up':
    'Follow-up is the last timed day after the infusion; rows with none come last, in either order.',
  crs: 'Grades on an unstated scale sort by their number. Below every grade: CRS without a grade, then “no CRS”, then “not reported”.',
  target: 'Cases whose products state no target come last.',
  disease: 'Sorted by the disease as the case names it.',
};

/** Sort, order, axis scale and chart/table switches of the cohort view. */
export function CohortControls({ query, onChange }: CohortControlsProps) {
  const id = useId();
  const [desc, asc] = DIR_LABEL[query.sort];
  return (
    <div className="cohort-controls">
      <div className="cohort-controls__group">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          className="cohort-controls__sort"
          value={query.sort}
          onChange={(e) => onChange({ ...query, sort: e.target.value as SortKey })}
        >
          {(Object.keys(SORT_LABEL) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {SORT_LABEL[k]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-dir`}>Order</label>
        <select
          id={`${id}-dir`}
          className="cohort-controls__dir"
          value={query.desc ? 'desc' : 'asc'}
          onChange={(e) => onChange({ ...query, desc: e.target.value === 'desc' })}
        >
          <option value="desc">{desc}</option>
          <option value="asc">{asc}</option>
        </select>
      </div>
      <fieldset className="cohort-controls__group cohort-controls__scale">
        <legend>Time axis</legend>
        {(['symlog', 'linear'] as AxisScale[]).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-scale`}
              value={s}
              checked={query.scale === s}
              onChange={() => onChange({ ...query, scale: s })}
            />{' '}
            {s === 'symlog' ? 'Stretch the first weeks (symlog)' : 'Linear'}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="cohort-controls__table"
        aria-pressed={query.table}
        onClick={() => onChange({ ...query, table: !query.table })}
      >
        {query.table ? 'Show chart' : 'Show as table'}
      </button>
      <p className="cohort-controls__note">{SORT_NOTE[query.sort]}</p>
    </div>
  );
}
