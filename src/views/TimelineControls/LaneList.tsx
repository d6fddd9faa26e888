import type { LaneId } from '../../core/layout/types.ts';

/** Props of LaneList. */
export interface LaneListProps {
  /** Lanes with data, in the reader's order, with their titles. */
  lanes: ReadonlyArray<{ id: LaneId; title: string; hidden: boolean }>;
  /** Shows or collapses a lane. */
  onToggle: (id: LaneId) => void;
  /** Moves a lane up (-1) or down (+1). */
  onMove: (id: LaneId, by: -1 | 1) => void;
}

/** Show/hide and order of the lanes: a checkbox and up/down buttons per lane. */
export function LaneList({ lanes, onToggle, onMove }: LaneListProps) {
  return (
    <ol className="lane-list">
      {lanes.map((l, i) => (
        <li key={l.id} className="lane-list__item" data-lane-control={l.id}>
          <label>
            <input type="checkbox" checked={!l.hidden} onChange={() => onToggle(l.id)} /> {l.title}
          </label>
          <span className="lane-list__moves">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${l.title} up`}
              disabled={i === 0}
              onClick={() => onMove(l.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${l.title} down`}
              disabled={i === lanes.length - 1}
              onClick={() => onMove(l.id, 1)}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
