import { outsideBands, type PxRange } from '../../scene/index.ts';

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
  /** Only the earliest day is known: the right end is an open arrow, not a closing bracket. */
  open?: boolean;
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * A time known only by its bounds: a dashed bracket from the earliest to the latest possible day,
 * with no glyph at a best guess, because there is none.
 */
export function WindowBracket({ x0, x1, y, bands = [], open = false }: WindowBracketProps) {
  const line = outsideBands(x0, x1, bands)
    .map(([a, b]) => `M${f(a)},${f(y)}H${f(b)}`)
    .join('');
  const start = `M${f(x0 + 4)},${f(y - 7)}H${f(x0)}V${f(y + 7)}H${f(x0 + 4)}`;
  const end = open
    ? `M${f(x1 - 7)},${f(y - 5)}L${f(x1)},${f(y)}L${f(x1 - 7)},${f(y + 5)}`
    : `M${f(x1 - 4)},${f(y - 7)}H${f(x1)}V${f(y + 7)}H${f(x1 - 4)}`;
  const ends = start + end;
  return (
    <g className={open ? 'window-bracket window-bracket--open' : 'window-bracket'}>
      <path className="window-bracket__line" d={line} />
      <path className="window-bracket__ends" d={ends} />
    </g>
  );
}
