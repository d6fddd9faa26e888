import type { KeyboardEvent } from 'react';
import type { Mark as MarkData } from '../../core/layout/types.ts';
import type { PxRange, SceneLabel, SceneMark } from '../../scene/index.ts';
import { Glyph } from './Glyph.tsx';
import { Period } from './Period.tsx';
import { WindowBracket } from './WindowBracket.tsx';
import { Whisker } from './Whisker.tsx';

/** Props of Mark. */
export interface MarkProps {
  /** The mark as the scene placed it: glyph, bar, whisker or bracket in pixels. */
  item: SceneMark;
  /** Its label as the scene placed it; none when the scene gave it none. */
  label?: SceneLabel | undefined;
  /** Accessible name: kind, label, grade or value, time. */
  name: string;
  /** True when its details are open. */
  selected: boolean;
  /** Id prefix of the glyph patterns. */
  defs: string;
  /** Order-only bands in pixels, where extents are interrupted. */
  bands: readonly PxRange[];
  /** Opens the mark's details. */
  onOpen: (key: string) => void;
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * One fact on the timeline, drawn where the scene put it: a glyph at a point (with a whisker for
 * uncertainty), a bar for a period, a dashed bracket for a window. Focusable; click or Enter
 * opens its details.
 */
export function Mark({ item, label, name, selected, defs, bands, onOpen }: MarkProps) {
  const m = item.mark;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onOpen(m.key);
  };
  const cut = m.crossesBand ? bands : [];
  const { x, y, r } = item;
  const classes = [
    'mark',
    `mark--${m.place.kind}`,
    m.plan && 'mark--plan',
    m.absent && 'mark--absent',
    m.approximate && 'mark--approximate',
    selected && 'mark--selected',
  ];
  return (
    <g
      className={classes.filter(Boolean).join(' ')}
      data-mark={m.key}
      data-lane={m.lane}
      data-window={windowDays(m)}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(m.key)}
      onKeyDown={onKeyDown}
    >
      {m.place.kind === 'point' && item.span && (
        <Whisker
          x0={item.span[0]}
          x1={item.span[1]}
          y={y}
          approximate={m.approximate}
          bands={cut}
        />
      )}
      {m.place.kind === 'window' && item.span && (
        <WindowBracket
          x0={item.span[0]}
          x1={item.span[1]}
          y={y}
          bands={cut}
          open={m.place.open === true}
        />
      )}
      {item.bar && (
        <Period
          x0={item.bar[0]}
          x1={item.bar[1]}
          y={y}
          glyph={m.glyph}
          defs={defs}
          planned={m.plan}
          half={item.barHalf}
          bands={cut}
        />
      )}
      {(!label || label.callout !== undefined || label.cut) && (
        <title>{label?.full ?? m.label}</title>
      )}
      {item.showGlyph && <Glyph glyph={m.glyph} x={x} y={y} r={r} defs={defs} planned={m.plan} />}
      {item.touchR > 0 && <circle className="mark__hit" cx={f(x)} cy={f(y)} r={item.touchR} />}
      <circle className="mark__focus" cx={f(x)} cy={f(y)} r={r + 4} />
      {label && <MarkLabel label={label} />}
    </g>
  );
}

/** A label's text where the scene placed it, one <tspan> per line; cut and callout labels say so. */
export function MarkLabel({ label }: { label: SceneLabel }) {
  const { box } = label;
  return (
    <text
      className={`mark__label${label.callout !== undefined ? ' mark__label--callout' : ''}`}
      x={f(label.x)}
      y={f(label.y)}
      textAnchor={label.anchor}

      data-label-for={label.key}
      data-cut={label.cut ? 'true' : undefined}
      data-box={`${f(box.x)},${f(box.y)},${f(box.w)},${f(box.h)}`}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={f(label.x)} dy={i === 0 ? undefined : label.lineH}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * "lo,hi": the days a mark may be drawn over (a period from its start's earliest day to its end's
 * latest; "lo," when open-ended), so browser checks can hold every drawn shape to its window.
 */
function windowDays(m: MarkData): string | undefined {
  const span = (p: MarkData['place'] | undefined): [number, number | null] | null => {
    if (p?.kind === 'point') return [Math.min(p.lo, p.day), Math.max(p.hi, p.day)];
    if (p?.kind === 'window') return [p.lo, p.open ? null : p.hi];
    return null;
  };
  const start = span(m.place);
  if (!start) return undefined;
  const end = m.u.end !== null ? span(m.endPlace) : null;
  const hi = end ? end[1] : start[1];
  return `${start[0]},${hi ?? ''}`;
}
