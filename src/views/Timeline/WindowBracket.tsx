import { outsideBands, type PxRange } from './model/bandGaps.ts';

/** Props of WindowBracket. */
export interface WindowBracketProps {
  /** Pixel x of the earliest possible day. */
  x0: number;
  /** Pixel x of the latest possible day. */
  x1: number;
  /** Pixel y of the bracket's middle. */
  y: number;
  /** Order-only bands inside the window. */
  bands?: readonly PxRange[];
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * A time known only by its bounds: a dashed bracket from the earliest to the latest possible day,
 * with no glyph at a best guess, because there is none.
 */
export function WindowBracket({ x0, x1, y, bands = [] }: WindowBracketProps) {
  const line = outsideBands(x0, x1, bands)
    .map(([a, b]) => `M${f(a)},${f(y)}H${f(b)}`)
    .join('');
  const ends = `M${f(x0 + 4)},${f(y - 7)}H${f(x0)}V${f(y + 7)}H${f(x0 + 4)}M${f(x1 - 4)},${f(y - 7)}H${f(x1)}V${f(y + 7)}H${f(x1 - 4)}`;
  return (
    <g className="window-bracket">
      <path className="window-bracket__line" d={line} />
      <path className="window-bracket__ends" d={ends} />
    </g>
  );
}
