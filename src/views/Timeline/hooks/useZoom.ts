import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { minSpan, type URange } from '../model/windowMath.ts';

/** Props of useZoom. */
export interface ZoomOptions {
  /** Length of the whole axis in u. */
  uMax: number;
  /** Plot width in pixels: the zoom surface. */
  width: number;
  /** Plot height in pixels. */
  height: number;
  /** The visible window in u, from the store. */
  window: URange;
  /** Reports a window the reader chose by wheel, drag or pinch, in u (domain, never pixels). */
  onWindow: (r: URange) => void;
  /**
   * Told true when a wheel, drag or pinch gesture starts moving the window and false when it ends
   * (d3-zoom's end: pointer up, or a pause in wheeling), so the chart can draw cheaply meanwhile.
   */
  onGesture?: (active: boolean) => void;
}

/**
 * Wheel, drag and pinch zoom and pan on the plot with d3-zoom. It zooms the linear u coordinate
 * (never a broken scale), stays inside [0, uMax], and reports domain windows; windows set from
 * elsewhere (keys, brush, URL) move the zoom programmatically, and the events that move raises
 * (no sourceEvent) are ignored so nothing loops.
 */
export function useZoom(ref: RefObject<SVGGElement | null>, opts: ZoomOptions): void {
  const { uMax, width, height, window: w } = opts;
  const onWindow = useRef(opts.onWindow);
  const onGesture = useRef(opts.onGesture);
  useEffect(() => {
    onWindow.current = opts.onWindow;
    onGesture.current = opts.onGesture;
  });
  const behaviour = useMemo(() => zoom<SVGGElement, unknown>(), []);
  const base = useMemo(() => scaleLinear().domain([0, uMax]).range([0, width]), [uMax, width]);

  useEffect(() => {
    const node = ref.current;
    if (!node || !(uMax > 0) || !(width > 0)) return;
    let gesture = false;
    behaviour
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([1, Math.max(1, uMax / minSpan(uMax))])
      // Ctrl+wheel stays the browser's page zoom only where d3's default allows it (wheel: ours).
      .filter(
        (e: Event & { ctrlKey?: boolean; button?: number }) =>
          (!e.ctrlKey || e.type === 'wheel') && !e.button,
      )
      .on('zoom', (e: D3ZoomEvent<SVGGElement, unknown>) => {
        if (!e.sourceEvent) return;
        // A gesture begins with its first move, not at pointer down: a click on a mark stays a click.
        if (!gesture) {
          gesture = true;
          onGesture.current?.(true);
        }
        const [a, b] = e.transform.rescaleX(base).domain() as [number, number];
        onWindow.current([a, b]);
      })
      .on('end', () => {
        if (!gesture) return;
        gesture = false;
        onGesture.current?.(false);
      });
    const sel = select(node);
    sel.call(behaviour).on('dblclick.zoom', null);
    return () => {
      sel.on('.zoom', null);
      if (gesture) onGesture.current?.(false);
    };
  }, [ref, behaviour, base, uMax, width, height]);

  const [u0, u1] = w;
  useEffect(() => {
    const node = ref.current;
    if (!node || !(uMax > 0) || !(width > 0) || !(u1 > u0)) return;
    const k = uMax / (u1 - u0);
    const target = zoomIdentity.translate(-k * base(u0), 0).scale(k);
    const now = zoomTransform(node);
    if (Math.abs(now.k - target.k) < 1e-9 && Math.abs(now.x - target.x) < 1e-6) return;
    select(node).call(behaviour.transform, target);
  }, [ref, behaviour, base, uMax, width, u0, u1]);
}
