import { outsideBands, type PxRange } from '../../scene/index.ts';

/** Props of Whisker. */
export interface WhiskerProps {
  /** Pixel x of the earliest possible day. */
  x0: number;
  /** Pixel x of the latest possible day. */
  x1: number;
  /** Pixel y of the line. */
  y: number;
  /** Dotted when the time is approximate ("about three months later"). */
  approximate: boolean;
  /** Order-only bands the line must not pretend to cross as time. */
  bands?: readonly PxRange[];
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The range a point may lie in: a line with end caps, dotted for approximate times. */
export function Whisker({ x0, x1, y, approximate, bands = [] }: WhiskerProps) {
  const d = outsideBands(x0, x1, bands)
    .map(([a, b]) => `M${f(a)},${f(y)}H${f(b)}`)
    .join('');
  return (
    <path
      className={`whisker${approximate ? ' whisker--approximate' : ''}`}
      d={`${d}M${f(x0)},${f(y - 5)}v10M${f(x1)},${f(y - 5)}v10`}
    />
  );
}
