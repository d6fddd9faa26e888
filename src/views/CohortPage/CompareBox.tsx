/** Props of CompareBox. */
export interface CompareBoxProps {
  /** Case id the box picks. */
  id: string;
  /** Short patient label, for the accessible name. */
  label: string;
  /** True when the row is picked. */
  checked: boolean;
  /** True when two other rows are picked already. */
  disabled: boolean;
  /** Called with the new checked state. */
  onToggle: (id: string, checked: boolean) => void;
}

/** The "compare" checkbox of one row (the chart and the table share it). */
export function CompareBox({ id, label, checked, disabled, onToggle }: CompareBoxProps) {
  return (
    <label className="compare-box">
      <input
        type="checkbox"
        className="compare-box__input"
        data-compare={id}
        checked={checked}
        disabled={disabled}
        aria-label={`Compare ${label}`}
        onChange={(e) => onToggle(id, e.target.checked)}
      />
      <span aria-hidden="true">compare</span>
    </label>
  );
}
