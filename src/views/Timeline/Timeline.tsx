import { startTransition, useMemo, useRef, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { treatmentLinks, type LaneId } from '../../core/layout/index.ts';
import { Axis, GridLines } from './Axis.tsx';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { BreakMark } from './BreakMark.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { PlotHover } from './HoverGuide.tsx';
import { useElementWidth } from './hooks/useElementWidth.ts';
import { useKeyboardZoom } from './hooks/useKeyboardZoom.ts';
import { useZoom } from './hooks/useZoom.ts';
import { Lane } from './Lane.tsx';
import { LaneGutter, LaneTitles } from './LaneGutter.tsx';
import { describeTimeline } from './model/describeTimeline.ts';
import { lazyNames } from './model/markText.ts';
import type { TimelineModel } from './model/useTimelineModel.ts';
import { visibleMarks } from './model/visibleMarks.ts';
import { clampU, type URange } from './model/windowMath.ts';
import { OrderBand } from './OrderBand.tsx';
import { Overview } from './Overview.tsx';
import { DenseLayer } from './canvas/DenseLayer.tsx';
import { denseGeometry, isDense, NO_KEYS } from './canvas/denseMarks.ts';
import { TreatmentLinks } from './TreatmentLinks.tsx';
import { useDefsId } from './useDefsId.ts';
import {
  linkedMarks,
  linkPaths,
  fitTarget,
  kineticsSummaries,
  sceneAt,
  sceneBase,
  SCREEN,
  type SceneMark,
  type SceneSizes,
  type SceneTarget,
} from '../../scene/index.ts';

/** Props of Timeline. */
export interface TimelineProps {
  /** The case's timeline in the panel's current view (useTimelineModel). */
  model: TimelineModel;
  /** Fixed width in pixels; measured from the container when absent (tests and stories fix it). */
  width?: number;
  /** Lane heights shared with another pane (comparison), so lanes of one kind line up. */
  laneHeights?: ReadonlyMap<LaneId, number>;
  /** Kinetics log domains by series id shared with another pane (comparison). */
  kineticsDomains?: ReadonlyMap<string, [number, number]>;
  /** What the chart is drawn for (screen, compact pane, phone, slide, export); screen by default. */
  target?: SceneTarget;
}

const FALLBACK_WIDTH = 960;
const NO_MARKS: readonly SceneMark[] = [];

/** The scene's text sizes as the CSS custom properties the chart's stylesheet reads. */
function textSizes(sizes: SceneSizes): CSSProperties {
  return {
    '--tl-font': `${sizes.font}px`,
    '--tl-title-font': `${sizes.titleFont}px`,
    '--tl-glyph-font': `${sizes.glyphFont}px`,
  } as CSSProperties;
}

/**
 * The case timeline: aligned swimlanes on one time axis, drawn by React from the core layout.
 * Wheel, drag, pinch and keys zoom and pan the window; marks open their details. The SVG is a
 * labelled group with a generated description; the same content is available as a table.
 */
export function Timeline({
  model,
  width: fixed,
  laneHeights,
  kineticsDomains,
  target = SCREEN,
}: TimelineProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<SVGGElement>(null);
  const measured = useElementWidth(box);
  const width = fixed ?? measured ?? FALLBACK_WIDTH;
  const uid = useDefsId();
  // True while a wheel, drag or pinch gesture moves the window (see isDense). Its end is a
  // transition: bringing back hundreds of SVG marks renders in slices, not one long task.
  const [gesture, setGesture] = useState(false);
  // While a gesture moves the window, the chart keeps the window here and re-renders alone; the
  // model's store (and with it the panel, its legend and the address) takes the window once, when
  // the gesture ends. A store update per step re-rendered the whole panel in every zoom frame.
  const [live, setLive] = useState<URange | null>(null);
  const moving = useRef<{ on: boolean; last: URange | null; frame: number }>({
    on: false,
    last: null,
    frame: 0,
  });
  const { c, rc, layout, selected, order, toggleLane, setWindowU } = model;
  const { axis } = layout;
  const onGesture = (active: boolean) => {
    const m = moving.current;
    m.on = active;
    if (active) {
      setGesture(true);
      return;
    }
    cancelAnimationFrame(m.frame);
    m.frame = 0;
    if (m.last) setWindowU(m.last);
    m.last = null;
    setLive(null);
    startTransition(() => setGesture(false));
  };
  const onZoomWindow = (r: URange) => {
    const m = moving.current;
    if (!m.on) return setWindowU(r);
    m.last = clampU(r, axis.uMax);
    // One render a frame, inside it: wheel and pointer events may come faster than frames, and a
    // render scheduled as its own task would land after the frame it belongs to.
    m.frame ||= requestAnimationFrame(() => {
      m.frame = 0;
      const last = m.last;
      if (last) flushSync(() => setLive(last));
    });
  };

  // The chart reads its view state from the model it is given (and its own window while a
  // gesture moves it), never from a store.
  const win = live ?? model.window;
  const visible = useMemo(
    () => (live ? visibleMarks(model.marks, live) : model.visible),
    [live, model.marks, model.visible],
  );
  const summaries = useMemo(
    () => kineticsSummaries(c, rc, layout, model.kineticsAnchor),
    [layout, c, rc, model.kineticsAnchor],
  );
  // The scene's lanes and slots move only with the layout, the lane order, the size and the
  // target; a zoom step only places the marks in view and their labels.
  const base = useMemo(
    () =>
      sceneBase({
        layout,
        order,
        target: fitTarget(target, width),
        width,
        summaries,
        domains: kineticsDomains,
        align: laneHeights,
      }),
    [layout, order, target, width, summaries, kineticsDomains, laneHeights],
  );
  const { plotW, gutter, bottom, height, sizes } = base;
  const over = sizes.titlesAbove || sizes.wordsAbove;
  const titles = (
    <LaneTitles
      boxes={base.lanes}
      width={gutter}
      sizes={sizes}
      summaries={summaries}
      kinetics={base.kinetics}
      onToggle={sizes.hints ? toggleLane : undefined}
    />
  );
  // Too many marks in view for SVG: one canvas draws them and the lanes draw none (nor labels).
  const dense = isDense(visible.length, gesture);
  const svgKeys = useMemo(
    () => (dense ? NO_KEYS : new Set(visible.map((m) => m.key))),
    [dense, visible],
  );
  const scene = useMemo(
    () => sceneAt(base, { window: win, visible: svgKeys, selected, labels: !dense }),
    [base, win, svgKeys, selected, dense],
  );
  const x = scene.x;
  const names = useMemo(() => lazyNames(c, rc, model.marks), [model.marks, c, rc]);
  // "Treated by" links: found once per layout; only their x moves on a zoom step.
  const links = useMemo(() => treatmentLinks(layout, c), [layout, c]);
  const linked = useMemo(() => linkedMarks(base.slots, links), [base, links]);
  const linkDrawing = dense ? [] : linkPaths(links, linked, x, sizes.barHalf);
  const byLane = useMemo(() => {
    const out = new Map<number, SceneMark[]>();
    for (const m of scene.marks)
      (out.get(m.laneIndex) ?? out.set(m.laneIndex, []).get(m.laneIndex)!).push(m);
    return out;
  }, [scene]);
  // Placed once per layout; a zoom step only maps u to x on the canvas.
  const geometry = useMemo(() => (dense ? denseGeometry(base) : null), [dense, base]);
  // The description depends on the layout, not on the window: not rebuilt on every zoom step.
  const { layout: l, choices, frame } = model;
  const description = useMemo(
    () => describeTimeline({ ...model, layout: l, choices, frame, c }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these fields are read
    [l, choices, frame, c],
  );
  const ticks = scene.ticks;
  const segments = axis.segments.filter((s) => s.u1 >= win[0] && s.u0 <= win[1]);
  const bands = segments.filter((s) => s.kind === 'order').map((s) => [x(s.u0), x(s.u1)] as const);
  // Hatch patterns for the SVG glyphs drawn (a dense view draws none in SVG).
  const toneList = (dense ? [] : visible)
    .filter((m) => m.glyph.fill === 'hatched')
    .map((m) => m.glyph.tone)
    .join(' ');
  const tones = useMemo(() => (toneList ? toneList.split(' ') : []), [toneList]);

  useZoom(plot, {
    uMax: axis.uMax,
    width: plotW,
    height,
    window: win,
    onWindow: onZoomWindow,
    onGesture,
  });
  const onKeyDown = useKeyboardZoom(win, axis.uMax, model.setWindowU);

  return (
    <div className="timeline tl-theme" ref={box} data-case-id={c.id} data-target={base.target.kind}>
      {geometry && (
        <DenseLayer geometry={geometry} window={win} left={gutter} width={plotW} height={height} />
      )}
      <svg
        className="timeline__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-desc`}
        aria-keyshortcuts="+ - ArrowLeft ArrowRight 0"
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={textSizes(sizes)}
      >
        <title id={`${uid}-title`}>{`Timeline: ${c.title}`}</title>
        <desc id={`${uid}-desc`}>{description}</desc>
        <GlyphDefs prefix={uid} tones={tones} />
        <clipPath id={`${uid}-clip`}>
          <rect x={0} y={0} width={plotW} height={height} />
        </clipPath>
        <LaneGutter boxes={base.lanes} width={gutter} plotW={plotW} />
        {/* Beside the lanes, titles come first in the tab order (toggles, then marks); when they
            run over the plot (phone, tight slide) they are drawn after it, on top. */}
        {!over && titles}
        <g className="timeline__plot" ref={plot} transform={`translate(${gutter},0)`}>
          <rect className="timeline__surface" width={plotW} height={height} />
          <g clipPath={`url(#${uid}-clip)`}>
            {segments.map((s) =>
              s.kind === 'order' ? (
                <OrderBand
                  key={`o${s.u0}`}
                  x0={x(s.u0)}
                  x1={x(s.u1)}
                  top={0}
                  bottom={bottom}
                  label={s.label}
                  defs={uid}
                  font={sizes.font}
                />
              ) : s.kind === 'break' ? (
                <BreakMark
                  key={`b${s.u0}`}
                  x0={x(s.u0)}
                  x1={x(s.u1)}
                  bottom={bottom}
                  label={s.label}
                  top={sizes.axisH}
                  font={sizes.font}
                />
              ) : null,
            )}
            <GridLines ticks={ticks} x={x} bottom={bottom} top={sizes.axisH} />
            <TreatmentLinks paths={linkDrawing} selected={selected} />
            {base.lanes.map((b, i) => (
              <ErrorBoundary key={b.id} what={`the lane “${b.title}”`} as="svg" y={b.y}>
                <Lane
                  box={b}
                  x={x}
                  width={plotW}
                  marks={byLane.get(i) ?? NO_MARKS}
                  labels={scene.labels}
                  names={names}
                  summaries={summaries}
                  kinetics={base.kinetics}
                  sizes={sizes}
                  selected={selected}
                  defs={uid}
                  bands={bands}
                  onOpen={model.select}
                />
              </ErrorBoundary>
            ))}
            <PlotHover
              plot={plot}
              axis={axis}
              x={x}
              bottom={bottom}
              top={sizes.axisH}
              width={plotW}
            />
          </g>
          <Axis ticks={ticks} x={x} width={plotW} segments={axis.segments} height={sizes.axisH} />
        </g>

        {over && titles}
      </svg>
      <Overview
        axis={axis}
        lanes={layout.lanes}
        window={win}
        gutter={gutter}
        plotW={plotW}
        defs={uid}
        onWindow={model.setWindowU}
      />
      {scene.callouts.length > 0 && (
        <ol className="timeline__callouts" aria-label="Marks numbered on the chart">
          {scene.callouts.map((co) => (
            <li key={co.key} value={co.n} data-callout-for={co.key}>
              {co.text}
            </li>
          ))}
        </ol>
      )}
      {sizes.hints && (
        <p className="timeline__keys">
          Zoom: wheel, pinch or <kbd>+</kbd> <kbd>−</kbd> · Pan: drag or <kbd>←</kbd> <kbd>→</kbd> ·
          Reset: <kbd>0</kbd> · Enter or click on a mark opens its details.
        </p>
      )}
    </div>
  );
}
