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

/** How many lanes are shown, of how many: "8" or "7 of 8". */
export function lanesCount(lanes: ReadonlyArray<{ hidden: boolean }>): string {
  const shown = lanes.filter((l) => !l.hidden).length;
  return shown === lanes.length ? `${shown}` : `${shown} of ${lanes.length}`;
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
      <summary>
        {/* "shown" is heard, not seen: the row has no room for it at 1280 px. */}
        Lanes ({lanesCount(lanes)}
        <span className="visually-hidden"> shown</span>)
      </summary>
      <div className="lanes-popover__panel">
        <LaneList lanes={lanes} onToggle={onToggle} onMove={onMove} />
      </div>
    </details>
  );
}
