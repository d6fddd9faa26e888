import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { kineticsSummary, type KineticsSummary } from '../../core/kinetics/index.ts';
import { axisTicks, describeU, type LaneId } from '../../core/layout/index.ts';
import { useView } from '../../app/viewStore/ViewStoreContext.tsx';
import { Axis, GridLines } from './Axis.tsx';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { BreakMark } from './BreakMark.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { HoverGuide } from './HoverGuide.tsx';
import { useElementWidth } from './hooks/useElementWidth.ts';
import { useKeyboardZoom } from './hooks/useKeyboardZoom.ts';
import { useZoom } from './hooks/useZoom.ts';
import { Lane } from './Lane.tsx';
import { LaneGutter } from './LaneGutter.tsx';
import { describeTimeline } from './model/describeTimeline.ts';
import { placeRowLabels } from './model/labelItems.ts';
import { laneBoxes, lanesBottom } from './model/laneBoxes.ts';
import { markName } from './model/markText.ts';
import { BOTTOM_PAD, gutterWidth, RIGHT_PAD } from './model/sizes.ts';
import type { TimelineModel } from './model/useTimelineModel.ts';
import { OrderBand } from './OrderBand.tsx';
import { Overview } from './Overview.tsx';
import { DenseLayer } from './canvas/DenseLayer.tsx';
import { denseDots, isDense, NO_KEYS } from './canvas/denseMarks.ts';

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
}

const FALLBACK_WIDTH = 960;

/**
 * The case timeline: aligned swimlanes on one time axis, drawn by React from the core layout.
 * Wheel, drag, pinch and keys zoom and pan the window; marks open their details. The SVG is a
 * labelled group with a generated description; the same content is available as a table.
 */
export function Timeline({ model, width: fixed, laneHeights, kineticsDomains }: TimelineProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<SVGGElement>(null);
  const measured = useElementWidth(box);
  const width = fixed ?? measured ?? FALLBACK_WIDTH;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const order = useView((s) => s.order);
  const toggleLane = useView((s) => s.toggleLane);
  const [hoverX, setHoverX] = useState<number | null>(null);

  const { c, rc, layout, window: win, visible, selected } = model;
  const { axis } = layout;
  const gutter = gutterWidth(width);
  const plotW = Math.max(40, width - gutter - RIGHT_PAD);
  const x = useMemo(() => scaleLinear().domain(win).range([0, plotW]), [win, plotW]);
  const boxes = useMemo(() => laneBoxes(layout, order, laneHeights), [layout, order, laneHeights]);
  const bottom = lanesBottom(boxes);
  const height = bottom + BOTTOM_PAD;
  const visibleKeys = useMemo(() => new Set(visible.map((m) => m.key)), [visible]);
  // Too many marks in view for SVG: one canvas draws them and the lanes draw none (nor labels).
  const dense = isDense(visible.length);
  const svgKeys = dense ? NO_KEYS : visibleKeys;
  const names = useMemo(
    () => new Map(model.marks.map((m) => [m.key, markName(c, rc, m)])),
    [model.marks, c, rc],
  );
  const summaries = useMemo(() => {
    const out = new Map<string, KineticsSummary>();
    for (const b of boxes)
      for (const t of b.tracks)
        if (t.kind === 'kinetics')
          out.set(t.seriesId, kineticsSummary(c, rc, t.seriesId, model.kineticsAnchor ?? ''));
    return out;
  }, [boxes, c, rc, model.kineticsAnchor]);
  const labels = placeRowLabels(boxes, svgKeys, x, plotW, selected);
  const dots = useMemo(
    () => (dense ? denseDots(boxes, visibleKeys, x, summaries, kineticsDomains) : []),
    [dense, boxes, visibleKeys, x, summaries, kineticsDomains],
  );
  const ticks = axisTicks(axis, win[0], win[1], plotW);
  const segments = axis.segments.filter((s) => s.u1 >= win[0] && s.u0 <= win[1]);
  const bands = segments.filter((s) => s.kind === 'order').map((s) => [x(s.u0), x(s.u1)] as const);
  const tones = model.visible.filter((m) => m.glyph.fill === 'hatched').map((m) => m.glyph.tone);

  useZoom(plot, { uMax: axis.uMax, width: plotW, height, window: win, onWindow: model.setWindowU });
  const onKeyDown = useKeyboardZoom(win, axis.uMax, model.setWindowU);
  const onPointerMove = (e: PointerEvent<SVGGElement>) =>
    setHoverX(e.clientX - e.currentTarget.getBoundingClientRect().left);

  return (
    <div className="timeline tl-theme" ref={box} data-case-id={c.id}>
      {dense && <DenseLayer dots={dots} left={gutter} width={plotW} height={height} />}
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
      >
        <title id={`${uid}-title`}>{`Timeline: ${c.title}`}</title>
        <desc id={`${uid}-desc`}>{describeTimeline(model)}</desc>
        <GlyphDefs prefix={uid} tones={tones} />
        <clipPath id={`${uid}-clip`}>
          <rect x={0} y={0} width={plotW} height={height} />
        </clipPath>
        <LaneGutter
          boxes={boxes}
          width={gutter}
          plotW={plotW}
          summaries={summaries}
          onToggle={toggleLane}
          domains={kineticsDomains}
        />
        <g
          className="timeline__plot"
          ref={plot}
          transform={`translate(${gutter},0)`}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHoverX(null)}
        >
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
                />
              ) : s.kind === 'break' ? (
                <BreakMark
                  key={`b${s.u0}`}
                  x0={x(s.u0)}
                  x1={x(s.u1)}
                  bottom={bottom}
                  label={s.label}
                />
              ) : null,
            )}
            <GridLines ticks={ticks} x={x} bottom={bottom} />
            {boxes.map((b) => (
              <ErrorBoundary key={b.id} what={`the lane “${b.title}”`} as="svg" y={b.y}>
                <Lane
                  box={b}
                  x={x}
                  width={plotW}
                  visible={svgKeys}
                  labels={labels}
                  names={names}
                  summaries={summaries}
                  domains={kineticsDomains}
                  selected={selected}
                  defs={uid}
                  bands={bands}
                  onOpen={model.select}
                />
              </ErrorBoundary>
            ))}
            {hoverX !== null && (
              <HoverGuide
                x={hoverX}
                bottom={bottom}
                width={plotW}
                text={describeU(axis, x.invert(hoverX))}
              />
            )}
          </g>
          <Axis ticks={ticks} x={x} width={plotW} />
        </g>
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
      <p className="timeline__keys">
        Zoom: wheel, pinch or <kbd>+</kbd> <kbd>−</kbd> · Pan: drag or <kbd>←</kbd> <kbd>→</kbd> ·
        Reset: <kbd>0</kbd> · Enter or click on a mark opens its details.
      </p>
    </div>
  );
}
