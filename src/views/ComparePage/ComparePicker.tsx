import { useId } from 'react';
import { ANCHOR_KINDS, ANCHOR_LABELS, type AnchorKind } from '../../core/compare/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { CompareLayout } from '../../app/compare/index.ts';

/** Props of ComparePicker. */
export interface ComparePickerProps {
  /** Every case the reader can view (library and own files). */
  cases: readonly CaseLoad[];
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
        {props.cases.map((c) => (
          <option key={c.entry.id} value={c.entry.id} disabled={c.status !== 'ok'}>
            {c.entry.title}
            {c.status === 'ok' ? '' : ' (could not be loaded)'}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="compare-picker" role="group" aria-label="Comparison settings">
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
  );
}
