import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { URange } from '../model/windowMath.ts';

/** Props of useBrush. */
export interface BrushOptions {
  /** Length of the whole axis in u. */
  uMax: number;
  /** Overview width in pixels. */
  width: number;
  /** Overview height in pixels. */
  height: number;
  /** The main chart's window in u. */
  window: URange;
  /** Reports a window brushed by the reader, in u. */
  onWindow: (r: URange) => void;
}

/**
 * A d3-brush on the overview strip, synced both ways with the main window: brushing reports a
 * domain window; a window changed elsewhere moves the brush, and the events that move raises
 * (no sourceEvent) are ignored. A click that clears the brush puts it back: clearing is not a view.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, opts: BrushOptions): void {
  const { uMax, width, height, window: w } = opts;
  const onWindow = useRef(opts.onWindow);
  const current = useRef(w);
  useEffect(() => {
    onWindow.current = opts.onWindow;
    current.current = w;
  });
  const x = useMemo(() => scaleLinear().domain([0, uMax]).range([0, width]), [uMax, width]);
  const behaviour = useMemo(() => brushX<unknown>(), []);

  useEffect(() => {
    const node = ref.current;
    if (!node || !(uMax > 0) || !(width > 0)) return;
    const sel = select(node);
    behaviour
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('brush end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        const s = e.selection as [number, number] | null;
        if (!s) {
          sel.call(behaviour.move, current.current.map(x) as [number, number]);
          return;
        }
        if (s[1] - s[0] >= 1) onWindow.current([x.invert(s[0]), x.invert(s[1])]);
      });
    sel.call(behaviour);
    sel.call(behaviour.move, current.current.map(x) as [number, number]);
    return () => {
      sel.on('.brush', null);
    };
  }, [ref, behaviour, x, uMax, width, height]);

  const [u0, u1] = w;
  useEffect(() => {
    const node = ref.current;
    // Only where the effect above set the brush up: moving a brush that was never set up throws
    // (an axis of length 0, e.g. a draft with no dated event yet, has none).
    if (!node || !(uMax > 0) || !(width > 0)) return;
    select(node).call(behaviour.move, [x(u0), x(u1)]);
  }, [ref, behaviour, x, uMax, width, u0, u1]);
}
