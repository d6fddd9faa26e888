import type { KeyboardEvent } from 'react';
import type { Mark as MarkData, PlacedLabel } from '../../core/layout/types.ts';
import { Glyph } from './Glyph.tsx';
import type { PxRange } from './model/bandGaps.ts';
import { glyphX } from './model/labelItems.ts';
import { markLabel } from './model/markText.ts';
import { CHAR_W, LINE_H } from './model/sizes.ts';
import { Period } from './Period.tsx';
import { WindowBracket } from './WindowBracket.tsx';
import { Whisker } from './Whisker.tsx';

/** Props of Mark. */
export interface MarkProps {
  /** The mark from the layout. */
  mark: MarkData;
  /** u → pixel x of the visible window. */
  x: (u: number) => number;
  /** Pixel y of the glyph centre. */
  y: number;
  /** Glyph half-size. */
  r: number;
  /** Where its label goes at this zoom; hidden or absent labels are not drawn. */
  label?: PlacedLabel | undefined;
  /** Label text to draw instead of the mark's own (measurement values). */
  text?: string;
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
 * One fact on the timeline, drawn by how its time is known: a glyph at a point (with a whisker
 * for uncertainty), a bar for a period, a dashed bracket for a window. Focusable; click or Enter
 * opens its details.
 */
export function Mark({
  mark: m,
  x,
  y,
  r,
  label,
  text,
  name,
  selected,
  defs,
  bands,
  onOpen,
}: MarkProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onOpen(m.key);
  };
  const isWindow = m.place.kind === 'window';
  const isPeriod = m.u.end !== null && !isWindow;
  const cut = m.crossesBand ? bands : [];
  const gx = glyphX(m, x);
  const showGlyph = !(isPeriod && m.glyph.shape === 'bar');
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
      {m.place.kind === 'point' && m.u.hi > m.u.lo && (
        <Whisker x0={x(m.u.lo)} x1={x(m.u.hi)} y={y} approximate={m.approximate} bands={cut} />
      )}
      {isWindow && (
        <WindowBracket
          x0={x(m.u.lo)}
          x1={x(m.u.hi)}
          y={y}
          bands={cut}
          open={m.place.kind === 'window' && m.place.open === true}
        />
      )}
      {isPeriod && (
        <Period
          x0={x(m.u.at)}
          x1={x(m.u.end!)}
          y={y}
          glyph={m.glyph}
          defs={defs}
          planned={m.plan}
          bands={cut}
        />
      )}
      {!label?.visible && <title>{text ?? m.label}</title>}
      {showGlyph && <Glyph glyph={m.glyph} x={gx} y={y} r={r} defs={defs} planned={m.plan} />}
      <circle className="mark__focus" cx={f(gx)} cy={f(y)} r={r + 4} />
      {label?.visible && (
        <MarkLabel y={y} pad={isPeriod ? 4 : r + 4} placed={label} text={text ?? markLabel(m)} />
      )}
    </g>
  );
}

function MarkLabel(props: { y: number; pad: number; placed: PlacedLabel; text: string }) {
  const { placed, pad, text } = props;
  const dx = placed.anchor === 'start' ? pad : placed.anchor === 'end' ? -pad : 0;
  const x = placed.x + dx;
  const y = props.y + 4 + placed.line * LINE_H;
  const w = text.length * CHAR_W;
  const left = placed.anchor === 'start' ? x : placed.anchor === 'end' ? x - w : x - w / 2;
  return (
    <>
      {/* A backing box, so lines and brackets behind the words never cut through them. */}
      <rect
        className="mark__label-bg"
        x={f(left - 2)}
        y={f(y - 10)}
        width={f(w + 4)}
        height={13}
        rx={2}
      />
      <text className="mark__label" x={f(x)} y={f(y)} textAnchor={placed.anchor}>
        {text}
      </text>
    </>
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
