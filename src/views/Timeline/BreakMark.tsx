import { fitLabel } from '../../scene/index.ts';

/** Props of BreakMark. */
export interface BreakMarkProps {
  /** Pixel x where the compressed stretch starts. */
  x0: number;
  /** Pixel x where it ends. */
  x1: number;
  /** Bottom of the lanes. */
  bottom: number;
  /** Length of the gap in words, e.g. "≈ 7 years". */
  label: string;
  /** Top of the lanes (the axis strip's height). */
  top: number;
  /** Text size of the label. */
  font: number;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** A zig-zag line from top to bottom: the axis is cut here. */
function zigzag(x: number, top: number, bottom: number): string {
  let d = `M${f(x)},${top}`;
  for (let y = top, i = 0; y < bottom; y += 6, i++)
    d += `L${f(x + (i % 2 ? -3 : 3))},${f(Math.min(y + 6, bottom))}`;
  return d;
}

/**
 * An empty stretch the axis compresses: shaded, cut by zig-zags on both sides and labelled with
 * the length of the gap, so the distortion is never silent.
 */
export function BreakMark({ x0, x1, bottom, label, top: AXIS_H, font }: BreakMarkProps) {
  return (
    <g className="break-mark" data-band="break">
      <rect
        className="break-mark__fill"
        x={f(x0)}
        y={AXIS_H}
        width={f(x1 - x0)}
        height={f(bottom - AXIS_H)}
      />
      <path
        className="break-mark__cut"
        d={zigzag(x0, AXIS_H, bottom) + zigzag(x1, AXIS_H, bottom)}
      />
      <text className="break-mark__label" x={f((x0 + x1) / 2)} y={f(font * 1.15)}>
        {fitLabel(label, Math.max(x1 - x0, 90), label.replace(/^≈ /, '≈'), font).join('')}
      </text>
    </g>
  );
}
