import { useId, useMemo } from 'react';
import { ANCHOR_KINDS, ANCHOR_LABELS, type AnchorKind } from '../../core/compare/index.ts';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import {
  EMPTY_FILTER,
  FACET_IDS,
  filterEntries,
  isEmptyFilter,
  type LibraryFilter,
} from '../../core/search/index.ts';

/**
 * Libraries larger than this get a search box in the picker. A shorter list is read at a glance,
 * and the settings keep to one row at 1280 px; a search made on the landing page still narrows it.
 */
export const PICKER_SEARCH_FROM = 12;
import type { CompareLayout } from '../../app/compare/index.ts';

/** Props of ComparePicker. */
export interface ComparePickerProps {
  /** Every case the reader can view (library and own files), as library entries. */
  entries: readonly LibraryEntry[];
  /** The library search: the lists offer the cases it keeps (and always the two chosen). */
  filter: LibraryFilter;
  /** Takes a changed search (words typed in the picker's box, or the search cleared). */
  onFilter: (f: LibraryFilter) => void;
  /** Entry ids of the first and second case (null: not chosen). */
  a: string | null;
  b: string | null;
  /** What both are aligned on. */
  anchor: AnchorKind;
  /** Stacked or side by side. */
  layout: CompareLayout;
  /** True when zoom and pan are linked. */
  lock: boolean;
  /** Puts a case in slot 0 or 1. */
  onCase: (slot: 0 | 1, id: string | null) => void;
  /** Swaps the two cases. */
  onSwap: () => void;
  /** Picks the anchor kind. */
  onAnchor: (anchor: AnchorKind) => void;
  /** Picks the arrangement. */
  onLayout: (layout: CompareLayout) => void;
  /** Links or releases the panes. */
  onLock: (lock: boolean) => void;
  /** Shows the whole axis in both panes. */
  onReset: () => void;
}

/** The comparison's controls: the two cases, the anchor, the arrangement and the zoom link. */
export function ComparePicker(props: ComparePickerProps) {
  const id = useId();
  const kept = useMemo(
    () => filterEntries(props.entries, props.filter),
    [props.entries, props.filter],
  );
  const offered = (value: string | null) =>
    value === null || kept.some((e) => e.id === value)
      ? kept
      : [...props.entries.filter((e) => e.id === value), ...kept];
  const caseSelect = (slot: 0 | 1, value: string | null, label: string) => (
    <div className="compare-picker__field">
      <label htmlFor={`${id}-case${slot}`}>{label}</label>
      <select
        id={`${id}-case${slot}`}
        className="compare-picker__case"
        value={value ?? ''}
        onChange={(e) => props.onCase(slot, e.target.value || null)}
      >
        <option value="">Choose a case…</option>
        {offered(value).map((c) => (
          <option key={c.id} value={c.id} disabled={c.status !== 'ok'}>
            {c.title}
            {c.status === 'ok' ? '' : ' (could not be loaded)'}
          </option>
        ))}
      </select>
    </div>
  );
  const searchBox = (
    <div className="compare-picker__field compare-picker__search">
      <label htmlFor={`${id}-q`}>Find a case</label>
      <input
        id={`${id}-q`}
        type="search"
        value={props.filter.text}
        autoComplete="off"
        aria-describedby={`${id}-n`}
        onChange={(e) => props.onFilter({ ...props.filter, text: e.target.value })}
      />
      <span id={`${id}-n`} className="visually-hidden" aria-live="polite">
        {kept.length === props.entries.length
          ? `${kept.length} cases`
          : `${kept.length} of ${props.entries.length} cases`}
      </span>
    </div>
  );
  const chosen = FACET_IDS.reduce((n, f) => n + (props.filter.facets[f]?.length ?? 0), 0);
  const narrowed = !isEmptyFilter(props.filter) && (
    <p className="compare-picker__narrowed">
      The lists offer the {kept.length} of {props.entries.length} cases your library search keeps
      {props.filter.text.trim() && <> (words “{props.filter.text.trim()}”)</>}
      {chosen > 0 && (
        <>
          {' '}
          ({chosen} filter {chosen === 1 ? 'choice' : 'choices'})
        </>
      )}
      .{' '}
      <button type="button" className="plain-button" onClick={() => props.onFilter(EMPTY_FILTER)}>
        Offer every case
      </button>
    </p>
  );
  return (
    <>
      <div className="compare-picker" role="group" aria-label="Comparison settings">
        {props.entries.length > PICKER_SEARCH_FROM && searchBox}
        {caseSelect(0, props.a, 'First case')}
        <button
          type="button"
          className="plain-button compare-picker__swap"
          onClick={props.onSwap}
          disabled={!props.a && !props.b}
        >
          Swap
        </button>
        {caseSelect(1, props.b, 'Second case')}
        <div className="compare-picker__field">
          <label htmlFor={`${id}-anchor`}>Align on</label>
          <select
            id={`${id}-anchor`}
            value={props.anchor}
            onChange={(e) => props.onAnchor(e.target.value as AnchorKind)}
          >
            {ANCHOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {ANCHOR_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="compare-picker__layout">
          {/* Named for screen readers; the two choices say what they do to sighted readers. */}
          <legend className="visually-hidden">Arrange</legend>
          {(['stacked', 'side'] as const).map((l) => (
            <label key={l}>
              <input
                type="radio"
                name={`${id}-layout`}
                value={l}
                checked={props.layout === l}
                onChange={() => props.onLayout(l)}
              />
              {l === 'stacked' ? 'Stacked' : 'Side by side'}
            </label>
          ))}
        </fieldset>
        <label className="compare-picker__lock">
          <input
            type="checkbox"
            checked={props.lock}
            onChange={(e) => props.onLock(e.target.checked)}
          />
          Link zoom and pan
        </label>
        <button type="button" className="plain-button" onClick={props.onReset}>
          Reset view
        </button>
      </div>
      {narrowed}
    </>
  );
}
