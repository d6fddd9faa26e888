import type { KeyboardEvent } from 'react';
import { titleLineH, wordsX, type LaneBox, type SceneSizes } from '../../scene/index.ts';

/** Props of LaneTitle. */
export interface LaneTitleProps {
  /** The lane, with its title wrapped by the scene. */
  box: LaneBox;
  /** Gutter width. */
  width: number;
  /** The scene's sizes. */
  sizes: SceneSizes;
  /** Collapses or expands the lane; absent where the reader cannot act (slides, exports). */
  onToggle?: ((id: LaneBox['id']) => void) | undefined;
}

/**
 * A lane's title in the left gutter, whole (wrapped over lines): on screen a toggle that
 * collapses the lane to a stub and back, with the titles of its measurement tracks below it.
 */
export function LaneTitle({ box, width, sizes, onToggle }: LaneTitleProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onToggle?.(box.id);
  };
  const step = titleLineH(sizes);
  const lines = [...box.titleLines];
  if (box.collapsed && onToggle) lines[lines.length - 1] += ' (hidden)';
  // The chevron is a control, not words: its own tspan, so print and export can leave it out.
  const indent0 = onToggle ? 8 + sizes.titleFont : 8;
  const text = (
    <text className="lane-title__text" x={8} y={box.y + step - 2}>
      {onToggle && (
        <tspan x={8} data-ui="">
          {box.collapsed ? '▸' : '▾'}
        </tspan>
      )}
      {lines.map((l, i) => (
        <tspan key={i} x={indent0} dy={i === 0 ? undefined : step}>
          {l}
        </tspan>
      ))}
    </text>
  );
  const titleBottom = box.y + lines.length * step + 6;
  const indent = wordsX(sizes, width);
  return (
    <g
      className={`lane-title${box.collapsed ? ' lane-title--collapsed' : ''}`}
      data-lane-title={box.id}
    >
      {onToggle ? (
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
            height={lines.length * step + 4}
            rx={3}
          />
          {text}
        </g>
      ) : (
        text
      )}
      {box.tracks.map((t) => {
        // Figure-only tracks name their series in the plot; kinetics tracks in their own y axis.
        if (t.kind !== 'series') return null;
        const top = sizes.wordsAbove ? t.y : Math.max(t.y + 2, titleBottom);
        return (
          <text key={t.seriesId} className="lane-title__track" x={indent} y={top + sizes.font}>
            {t.labelLines.map((l, i) => (
              <tspan key={i} x={indent} dy={i === 0 ? undefined : sizes.lineH}>
                {l}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}
