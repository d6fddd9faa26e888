import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LaneId } from '../../core/layout/index.ts';
import { LaneList } from './LaneList.tsx';

/** Props of LanesPopover. */
export interface LanesPopoverProps {
  /** Lanes with data, in the reader's order, with their titles and whether collapsed. */
  lanes: ReadonlyArray<{ id: LaneId; title: string; hidden: boolean }>;
  /** Shows or collapses a lane. */
  onToggle: (id: LaneId) => void;
  /** Moves a lane up (-1) or down (+1). */
  onMove: (id: LaneId, by: -1 | 1) => void;
}

/** "Lanes (8 shown)" or "Lanes (7 of 8 shown)": the summary says how many are hidden. */
export function lanesSummary(lanes: ReadonlyArray<{ hidden: boolean }>): string {
  const shown = lanes.filter((l) => !l.hidden).length;
  return shown === lanes.length
    ? `Lanes (${shown} shown)`
    : `Lanes (${shown} of ${lanes.length} shown)`;
}

/**
 * The lane chooser as a disclosure whose list floats over the chart, so opening it moves nothing
 * on the page. Escape or a click elsewhere closes it; Escape returns focus to its button.
 */
export function LanesPopover({ lanes, onToggle, onMove }: LanesPopoverProps) {
  const root = useRef<HTMLDetailsElement>(null);
  // Mirrors the element's own state (left uncontrolled), to listen for clicks elsewhere only while open.
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) root.current.open = false;
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    const el = root.current;
    if (e.key !== 'Escape' || !el?.open) return;
    // Handled here, so an open detail sheet does not close on the same key.
    e.preventDefault();
    el.open = false;
    el.querySelector('summary')?.focus({ preventScroll: true });
  };

  return (
    <details
      ref={root}
      className="timeline-controls__lanes lanes-popover"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={onKeyDown}
    >
      <summary>{lanesSummary(lanes)}</summary>
      <div className="lanes-popover__panel">
        <LaneList lanes={lanes} onToggle={onToggle} onMove={onMove} />
      </div>
    </details>
  );
}
