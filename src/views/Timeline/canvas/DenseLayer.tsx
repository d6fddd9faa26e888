import { useLayoutEffect, useRef } from 'react';
import './dense.css';
import { PALETTE } from '../../../core/glyphs/index.ts';
import type { DenseDot } from './denseMarks.ts';

/** Props of DenseLayer. */
export interface DenseLayerProps {
  /** The marks in view, placed (denseDots). */
  dots: readonly DenseDot[];
  /** Left edge of the plot inside the chart (the gutter width). */
  left: number;
  /** Plot width. */
  width: number;
  /** Plot height. */
  height: number;
}

/**
 * The marks of a dense view drawn on one canvas over the plot, in the palette's colours for the
 * current theme. It takes no pointer events: wheel and drag reach the zoom surface below, and
 * zooming in past the dense limit brings back the SVG marks with their labels and details.
 */
export function DenseLayer({ dots, left, width, height }: DenseLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const style = getComputedStyle(canvas);
    const colours = new Map<string, string>();
    const colour = (tone: string) => {
      let c = colours.get(tone);
      if (c === undefined) {
        c = style.getPropertyValue(`--${tone}`).trim() || PALETTE[tone]?.light || '#5F6B78';
        colours.set(tone, c);
      }
      return c;
    };
    ctx.lineWidth = 1.5;
    for (const d of dots) {
      if (d.x2 !== null && (d.x2 < 0 || d.x > width)) continue;
      if (d.x2 === null && (d.x < -d.r || d.x > width + d.r)) continue;
      const c = colour(d.tone);
      if (d.x2 !== null) {
        ctx.fillStyle = c;
        ctx.fillRect(d.x, d.y - 3, Math.max(2, d.x2 - d.x), 6);
        continue;
      }
      ctx.beginPath();
      ctx.arc(d.x, d.y, d.r * 0.7, 0, 2 * Math.PI);
      if (d.hollow) {
        ctx.strokeStyle = c;
        ctx.stroke();
      } else {
        ctx.fillStyle = c;
        ctx.fill();
      }
    }
  }, [dots, width, height]);
  return (
    <div className="timeline__dense-anchor">
      <canvas
        ref={ref}
        className="timeline__dense"
        aria-hidden="true"
        style={{ left, width, height }}
      />
    </div>
  );
}
