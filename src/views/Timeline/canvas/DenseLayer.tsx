import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import './dense.css';
import { PALETTE } from '../../../core/glyphs/index.ts';
import type { URange } from '../model/windowMath.ts';
import { canvasStamps, drawDense, type DenseGeometry } from './denseMarks.ts';

/** Props of DenseLayer. */
export interface DenseLayerProps {
  /** Every drawable mark, placed once per layout (denseGeometry). */
  geometry: DenseGeometry;
  /** The visible window in axis u: the only thing a zoom step changes. */
  window: URange;
  /** Left edge of the plot inside the chart (the gutter width). */
  left: number;
  /** Plot width. */
  width: number;
  /** Plot height. */
  height: number;
}

/**
 * The marks of a dense view drawn on one canvas over the plot, in the palette's colours for the
 * current theme (read from the same CSS custom properties as the SVG glyphs, at every draw, so a
 * theme switch applies). The canvas covers only the part of the chart on screen, redrawn on
 * scroll: a dense chart is thousands of pixels tall, and a canvas that size costs tens of ms a
 * frame to clear and hand to the compositor. It takes no pointer events: wheel and drag reach the
 * zoom surface below, and zooming in past the dense limit brings back the SVG marks.
 */
export function DenseLayer({ geometry, window: win, left, width, height }: DenseLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const draw = useRef((_measure: boolean) => {});
  // The chart's top in page coordinates, measured when the chart or the page moves, not on every
  // zoom step: measuring right after React's commit would force a layout of the whole page.
  const pageTop = useRef<number | null>(null);
  // Glyph images, made on first use and kept for the layer's life (a theme adds its colours).
  const [stamps] = useState(canvasStamps);
  const [u0, u1] = win;
  // Palette colours by tone, as the theme's custom properties give them.
  const colours = useRef<Map<string, string> | null>(null);
  // A new layout or size may move the chart on the page: measure (and read colours) again once.
  useLayoutEffect(() => {
    pageTop.current = null;
    colours.current = null;
  }, [geometry, width, height]);
  useLayoutEffect(() => {
    draw.current = (measure) => {
      const canvas = ref.current;
      const anchor = canvas?.parentElement;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !anchor || !ctx) return;
      if (measure || pageTop.current === null)
        pageTop.current = anchor.getBoundingClientRect().top + window.scrollY;
      // The rows of the chart inside the viewport (the anchor sits at the chart's top).
      const top = pageTop.current - window.scrollY;
      const y0 = Math.min(height, Math.max(0, Math.floor(-top)));
      const y1 = Math.max(y0, Math.min(height, Math.ceil(window.innerHeight - top)));
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(width * ratio);
      const h = Math.round((y1 - y0) * ratio);
      const cssTop = `${y0}px`;
      const cssHeight = `${y1 - y0}px`;
      if (canvas.style.top !== cssTop) canvas.style.top = cssTop;
      if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
      // Resizing a canvas reallocates it: only when the size really changed.
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, -y0 * ratio);
      ctx.clearRect(0, y0, width, y1 - y0);
      // The colours are read again when the page moves or its theme changes (measure), not on
      // every zoom step: reading computed style right after React's commit forces a style pass.
      if (measure || !colours.current) colours.current = new Map();
      const known = colours.current;
      let style: CSSStyleDeclaration | null = null;
      const colour = (tone: string) => {
        let c = known.get(tone);
        if (c === undefined) {
          style ??= getComputedStyle(canvas);
          c = style.getPropertyValue(`--${tone}`).trim() || PALETTE[tone]?.light || '#5F6B78';
          known.set(tone, c);
        }
        return c;
      };
      drawDense(ctx, geometry, [u0, u1], width, colour, stamps, [y0, y1]);
    };
    draw.current(false);
  }, [geometry, u0, u1, width, height, stamps]);
  useEffect(() => {
    let frame = 0;
    const later = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw.current(true);
      });
    };
    // Capture: any scrolling ancestor moves the chart, not only the window.
    window.addEventListener('scroll', later, { capture: true, passive: true });
    window.addEventListener('resize', later);
    // A theme switch changes the custom properties, not the marks: redraw in the new colours.
    const themes = new MutationObserver(later);
    for (const el of [document.documentElement, document.body])
      themes.observe(el, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener?.('change', later);
    return () => {
      themes.disconnect();
      scheme?.removeEventListener?.('change', later);
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', later, { capture: true });
      window.removeEventListener('resize', later);
    };
  }, []);
  return (
    <div className="timeline__dense-anchor">
      <canvas ref={ref} className="timeline__dense" aria-hidden="true" style={{ left, width }} />
    </div>
  );
}
