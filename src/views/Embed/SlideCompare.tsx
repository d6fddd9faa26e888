import { useMemo } from 'react';
import type { AnchorKind } from '../../core/compare/index.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import type { SceneTarget } from '../../scene/index.ts';
import { shortTitle } from '../../core/summary/shortTitle.ts';
import { anchorText } from '../ComparePage/anchorText.ts';
import type { ComparePanes } from '../ComparePage/useComparePanes.ts';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { conventionsIn } from '../Legend/conventions.ts';
import { Legend } from '../Legend/Legend.tsx';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';

/** Props of SlideCompare. */
export interface SlideCompareProps {
  /** The pair, laid out on one axis (useComparePanes). */
  panes: ComparePanes;
  /** The anchor kind the link asks for. */
  asked: AnchorKind;
  /** Width of each pane's chart in pixels. */
  chartWidth: number;
  /** The slide target (its text size) both charts are drawn for. */
  target: SceneTarget;
  /** Show the shared legend. */
  legend: boolean;
  /** Width of the slide's picture: the legend keeps to one row of it. */
  width: number;
  /** What the slide shows: both charts with one row of legend, or the full legend on its own. */
  part?: SlidePart;
}

/** A comparison slide's two steps in a presentation: the charts, then their whole legend. */
export type SlidePart = 'charts' | 'legend';

/** Rows a comparison slide's legend may take: two charts at the room's text size leave it one. */
const LEGEND_ROWS = 1;

/** One pane of a slide: the case's short name and its day 0 on one line (the caption has the full titles), then its chart. */
function SlidePane({
  panes,
  i,
  asked,
  chartWidth,
  target,
}: Omit<SlideCompareProps, 'legend' | 'width' | 'part'> & { i: 0 | 1 }) {
  const load = panes.loads[i];
  const model = useTimelineModel(load.case, load.resolved, panes.layouts[i]);
  return (
    <section className="slide-pane" data-case-id={load.entry.id} aria-label={load.case.title}>
      <p className="slide-pane__head">
        <strong>{shortTitle(load.case.title)}</strong> ·{' '}
        {anchorText(load.case, asked, panes.anchors[i])}
      </p>
      <ErrorBoundary what="the timeline chart">
        {/* Lane heights are the slide scene's own (rows sized to its text), not the screen's
            shared heights; kinetics still share one log scale. */}
        <Timeline
          model={model}
          width={chartWidth}
          kineticsDomains={panes.domains[i]!}
          target={target}
        />
      </ErrorBoundary>
    </section>
  );
}

/**
 * A comparison as a slide: both cases side by side on their shared axis, each headed by one line,
 * drawn for the slide target (text sized for the room, no hints), and one legend of the glyphs
 * both draw, in one row (toxicities first; the page, the export and Present's legend step list
 * them all). No table, export or share controls: a slide shows the charts only.
 */
export function SlideCompare({
  panes,
  asked,
  chartWidth,
  target,
  legend,
  width,
  part = 'charts',
}: SlideCompareProps) {
  const { layouts } = panes;
  const marks = useMemo(
    () => layouts.flatMap((l) => l.lanes.flatMap((lane) => lane.marks)),
    [layouts],
  );
  const conventions = useMemo(
    () => conventionsIn(marks, layouts[0].axis.segments),
    [marks, layouts],
  );
  // The presenter's next step: every glyph and convention both charts draw, at the room's size.
  if (part === 'legend')
    return (
      <div className="slide-compare slide-compare--legend">
        <ErrorBoundary what="the legend">
          <Legend glyphs={marks.map((m) => m.glyph)} conventions={conventions} />
        </ErrorBoundary>
      </div>
    );
  return (
    <div className="slide-compare">
      <div className="slide-compare__panes">
        {([0, 1] as const).map((i) => (
          <ViewStoreProvider
            key={panes.loads[i].entry.id + i}
            initial={panes.stores[i].getState()}
            store={panes.stores[i]}
          >
            <SlidePane panes={panes} i={i} asked={asked} chartWidth={chartWidth} target={target} />
          </ViewStoreProvider>
        ))}
      </div>
      {legend && (
        <ErrorBoundary what="the legend">
          <Legend
            glyphs={marks.map((m) => m.glyph)}
            conventions={conventions}
            compact={{ width, font: target.font ?? 12, lines: LEGEND_ROWS }}
          />
        </ErrorBoundary>
      )}
    </div>
  );
}
