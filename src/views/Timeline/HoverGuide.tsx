import { useEffect, useState, type RefObject } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { describeU } from '../../core/layout/index.ts';
import type { TimeAxis } from '../../core/layout/types.ts';
import { lineChunks } from './model/lineChunks.ts';
import { pointer } from 'd3-selection';

/** Props of HoverGuide. */
export interface HoverGuideProps {
  /** Pixel x of the pointer in the plot. */
  x: number;
  /** Bottom of the lanes. */
  bottom: number;
  /** Top of the lanes (the axis strip's height). */
  top: number;
  /** The time under the pointer in words (core describeU). */
  text: string;
  /** Plot width, to keep the label inside. */
  width: number;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** A vertical line under the pointer with the date or day it points at. */
export function HoverGuide({ x, bottom, top: AXIS_H, text, width }: HoverGuideProps) {
  const right = x > width - 160;
  return (
    <g className="hover-guide" aria-hidden="true">
      {lineChunks(AXIS_H, bottom).map(([a, b]) => (
        <path key={a} className="hover-guide__line" d={`M${f(x)},${a}V${f(b)}`} />
      ))}
      <text
        className="hover-guide__text"
        x={f(right ? x - 6 : x + 6)}
        y={AXIS_H + 14}
        textAnchor={right ? 'end' : 'start'}
      >
        {text}
      </text>
    </g>
  );
}

/** Props of PlotHover. */
export interface PlotHoverProps {
  /** The plot group whose pointer moves it follows. */
  plot: RefObject<SVGGElement | null>;
  /** The axis, to name the time under the pointer. */
  axis: TimeAxis;
  /** u → pixel x of the visible window (inverted at the pointer). */
  x: ScaleLinear<number, number>;
  /** Bottom of the lanes. */
  bottom: number;
  /** Top of the lanes (the axis strip's height). */
  top: number;
  /** Plot width. */
  width: number;
}

/**
 * The hover guide with its own pointer state: a pointer move re-renders this line and its text,
 * not the whole chart (a drag moves the pointer on every frame).
 */
export function PlotHover({ plot, axis, x, bottom, top, width }: PlotHoverProps) {
  const [hoverX, setHoverX] = useState<number | null>(null);
  useEffect(() => {
    const node = plot.current;
    if (!node) return;
    // In plot coordinates through the SVG's screen matrix, so a CSS-scaled chart (an embed fitted
    // to its frame) puts the guide under the pointer, not off by the scale.
    const move = (e: PointerEvent) => setHoverX(pointer(e, node)[0]);
    const leave = () => setHoverX(null);
    node.addEventListener('pointermove', move);
    node.addEventListener('pointerleave', leave);
    return () => {
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerleave', leave);
    };
  }, [plot]);
  if (hoverX === null) return null;
  return (
    <HoverGuide
      x={hoverX}
      bottom={bottom}
      top={top}
      width={width}
      text={describeU(axis, x.invert(hoverX))}
    />
  );
}
