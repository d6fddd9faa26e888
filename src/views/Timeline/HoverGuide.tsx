import { AXIS_H } from './model/sizes.ts';

/** Props of HoverGuide. */
export interface HoverGuideProps {
  /** Pixel x of the pointer in the plot. */
  x: number;
  /** Bottom of the lanes. */
  bottom: number;
  /** The time under the pointer in words (core describeU). */
  text: string;
  /** Plot width, to keep the label inside. */
  width: number;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** A vertical line under the pointer with the date or day it points at. */
export function HoverGuide({ x, bottom, text, width }: HoverGuideProps) {
  const right = x > width - 160;
  return (
    <g className="hover-guide" aria-hidden="true">
      <path className="hover-guide__line" d={`M${f(x)},${AXIS_H}V${f(bottom)}`} />
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
