import { useId, useState } from 'react';

/** Props of DerivedBadge. */
export interface DerivedBadgeProps {
  /** The curator's reasoning, shown when the badge is opened. */
  reason: string;
  /** Badge text; "derived" unless the context needs more ("derived, unconfirmed"). */
  text?: string;
}

/**
 * Marks a fact the curator calculated or inferred rather than read in the source; pressing the
 * badge shows the reasoning. A button (not <details>) so the badge can sit inside a sentence.
 */
export function DerivedBadge({ reason, text = 'derived' }: DerivedBadgeProps) {
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  return (
    <span className="derived">
      <button
        type="button"
        className="derived__badge"
        aria-expanded={open}
        aria-controls={reasonId}
        title={open ? undefined : reason}
        onClick={() => setOpen(!open)}
      >
        {text}
      </button>
      <span className="derived__reason" id={reasonId} hidden={!open}>
        {reason}
      </span>
    </span>
  );
}
