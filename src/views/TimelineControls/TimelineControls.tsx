import { useId } from 'react';
import type { Frame, LaneId } from '../../core/layout/index.ts';
import { frameValue } from './frameValue.ts';
import { LanesPopover } from './LanesPopover.tsx';

/** Props of TimelineControls. */
export interface TimelineControlsProps {
  /** Frames to choose from, default first (core frameChoices). */
  choices: ReadonlyArray<{ frame: Frame; label: string }>;
  /** The current frame. */
  frame: Frame;
  /** Switches the frame. */
  onFrame: (f: Frame) => void;
  /** Lanes with data, in order, with their titles and whether collapsed. */
  lanes: ReadonlyArray<{ id: LaneId; title: string; hidden: boolean }>;
  /** Shows or collapses a lane. */
  onToggleLane: (id: LaneId) => void;
  /** Moves a lane up or down. */
  onMoveLane: (id: LaneId, by: -1 | 1) => void;
  /** True when the table replaces the chart. */
  table: boolean;
  /** Shows the table or the chart. */
  onTable: (table: boolean) => void;
  /** Back to the whole axis, default frame and lanes. */
  onReset: () => void;
}

/**
 * The view's controls: time axis (calendar or days from an anchor), table toggle, reset, lanes.
 * Compact enough to share one row with the export and share buttons at 1280 px; the lane list
 * floats over the chart instead of pushing it down.
 */
export function TimelineControls(props: TimelineControlsProps) {
  const id = useId();
  const { choices, frame, lanes } = props;
  const current = choices.find((c) => frameValue(c.frame) === frameValue(frame))?.label;
  return (
    <div className="timeline-controls" role="group" aria-label="Timeline view">
      <label className="timeline-controls__frame" htmlFor={`${id}-frame`}>
        Time axis
      </label>
      <select
        id={`${id}-frame`}
        className="timeline-controls__select"
        // The select is narrower than its longest choice: the whole label on hover.
        title={current}
        value={frameValue(frame)}
        onChange={(e) => {
          const pick = choices.find((c) => frameValue(c.frame) === e.target.value);
          if (pick) props.onFrame(pick.frame);
        }}
      >
        {choices.map((c) => (
          <option key={frameValue(c.frame)} value={frameValue(c.frame)}>
            {c.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="toggle-button"
        aria-pressed={props.table}
        onClick={() => props.onTable(!props.table)}
      >
        Table
      </button>
      <button type="button" className="plain-button" onClick={props.onReset}>
        Reset view
      </button>
      <LanesPopover lanes={lanes} onToggle={props.onToggleLane} onMove={props.onMoveLane} />
    </div>
  );
}
