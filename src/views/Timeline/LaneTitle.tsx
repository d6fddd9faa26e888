import type { KeyboardEvent } from 'react';
import { truncate } from './model/markText.ts';
import type { LaneBox } from './model/laneBoxes.ts';

/** Props of LaneTitle. */
export interface LaneTitleProps {
  /** The lane. */
  box: LaneBox;
  /** Gutter width, to cut long titles. */
  width: number;
  /** Collapses or expands the lane. */
  onToggle: (id: LaneBox['id']) => void;
}

const TITLE_CHAR_W = 8.2;

/**
 * A lane's title in the left gutter: a toggle that collapses the lane to a stub and back, with
 * the titles of its measurement tracks below it.
 */
export function LaneTitle({ box, width, onToggle }: LaneTitleProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onToggle(box.id);
  };
  const chars = Math.floor((width - 24) / TITLE_CHAR_W);
  const trackChars = Math.floor((width - 20) / 6.2);
  return (
    <g
      className={`lane-title${box.collapsed ? ' lane-title--collapsed' : ''}`}
      data-lane-title={box.id}
    >
      <g
        className="lane-title__toggle"
        role="button"
        tabIndex={0}
        aria-expanded={!box.collapsed}
        aria-label={`${box.title} lane: ${box.collapsed ? 'show' : 'collapse'}`}
        onClick={() => onToggle(box.id)}
        onKeyDown={onKeyDown}
      >
        <rect
          className="lane-title__hit"
          x={2}
          y={box.y + 1}
          width={width - 6}
          height={20}
          rx={3}
        />
        <text className="lane-title__text" x={8} y={box.y + 15}>
          {`${box.collapsed ? '▸' : '▾'} ${truncate(box.title, chars)}${box.collapsed ? ' (hidden)' : ''}`}
        </text>
      </g>
      {box.tracks.map((t) =>
        // Figure-only tracks name their series in the plot; kinetics tracks in their own y axis.
        t.kind !== 'series' ? null : (
          <text key={t.seriesId} className="lane-title__track" x={20} y={t.y + 32}>
            {truncate(t.label, trackChars)}
          </text>
        ),
      )}
    </g>
  );
}
