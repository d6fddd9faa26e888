import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How the embed's content is drawn: laid out at `width` CSS pixels, then scaled by `scale`. */
export interface StageFit {
  /** Width the content is laid out at (the charts' coordinate width). */
  width: number;
  /** Factor the laid-out content is scaled by to fill the stage. */
  scale: number;
  /** The stage's own height in CSS pixels (what a slide's content must fit), 0 before layout. */
  height: number;
}

// Without layout (jsdom, the first server-free render) the content is laid out as in a 960 frame.
const FALLBACK: StageFit = { width: 960, scale: 1, height: 0 };
// The fit stops when the scale is known to within this (about seven measuring steps at most).
const PRECISION = 0.01;
const SMALLEST = 0.25;
// Frames wider than this show the chart as a 1280-wide picture enlarged: on a full-HD projector
// the type then grows with the slide instead of shrinking to a fraction of it.
const REFERENCE_WIDTH = 1280;

/**
 * Fits the content into the stage at any size: the content is laid out at the stage's width
 * divided by the font scale (and by how far the stage is wider than 1280 px) and scaled back up,
 * so type, marks and strokes grow together like a picture; when that is taller than the stage,
 * the scale drops until it fits. Re-fits whenever
 * the stage (the iframe) or the content changes size. A slide (`real`) is never scaled: it is
 * laid out at the stage's own size, its text sized for the room by the scene.
 */
export function useFitStage(
  stage: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  font: number,
  real = false,
): StageFit {
  const [box, setBox] = useState<{ w: number; h: number } | null>(null);
  const [scale, setScale] = useState(font);
  // The search for the largest scale that fits, for one frame size and wish: lo is known to fit,
  // hi is the wish or known not to fit.
  const search = useRef({ key: '', lo: SMALLEST, hi: font, hiTried: false, done: false });
  const wanted = box ? font * Math.max(1, box.w / REFERENCE_WIDTH) : font;

  useLayoutEffect(() => {
    const el = stage.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (w > 0 && h > 0) setBox((b) => (b && b.w === w && b.h === h ? b : { w, h }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [stage]);

  // Content height depends on its width (legends and labels wrap), so the fit is a bisection on
  // the scale, measuring the content as laid out at each step, rather than one division.
  useLayoutEffect(() => {
    const el = content.current;
    if (real || !el || !box || typeof ResizeObserver === 'undefined') return;
    const key = `${box.w}×${box.h}@${wanted}`;
    const step = () => {
      let s = search.current;
      if (s.key !== key)
        s = search.current = { key, lo: SMALLEST, hi: wanted, hiTried: false, done: false };
      const natural = el.offsetHeight;
      if (natural <= 0) return;
      const fits = natural * scale <= box.h + 0.5;
      if (s.done && fits) return;
      // Grown after fitting (a lane expanded, details opened): search below the current scale.
      if (s.done) s = search.current = { key, lo: SMALLEST, hi: scale, hiTried: true, done: false };
      if (fits) s.lo = Math.max(s.lo, Math.min(scale, s.hi));
      else s.hi = Math.min(s.hi, scale);
      if (Math.abs(scale - s.hi) < 1e-9) s.hiTried = true;
      let next: number;
      if (!s.hiTried) next = s.hi;
      else if (fits && scale >= s.hi) next = scale;
      else if (s.hi - s.lo < PRECISION) next = s.lo;
      else next = (s.lo + s.hi) / 2;
      if (next === scale || (fits && s.hi - s.lo < PRECISION)) s.done = fits;
      if (next !== scale) setScale(next);
    };
    step();
    const ro = new ResizeObserver(step);
    ro.observe(el);
    return () => ro.disconnect();
  }, [content, box, scale, wanted, real]);

  if (!box) return FALLBACK;
  if (real) return { width: box.w, scale: 1, height: box.h };
  // Rounded down, so the scaled content never reaches past the stage's right edge.
  return { width: Math.floor(box.w / scale), scale, height: box.h };
}
