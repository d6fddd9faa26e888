import { useMemo, useRef } from 'react';
import type { AnchorKind } from '../../core/compare/index.ts';
import type { CompareLayout } from '../../app/compare/index.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import type { SceneTarget } from '../../scene/index.ts';
import { Legend } from '../Legend/Legend.tsx';
import { conventionsIn } from '../Legend/conventions.ts';
import { KeyIntervals } from '../KeyIntervals/KeyIntervals.tsx';
import { caseNodeHref, type SourceHref } from '../KeyIntervals/sourceHref.ts';
import { useElementWidth } from '../Timeline/hooks/useElementWidth.ts';
import { ComparePane } from './ComparePane.tsx';
import { paneLaneHeights } from './paneLaneHeights.ts';
import type { ComparePanes } from './useComparePanes.ts';
import { COMPACT_PANE } from './paneTarget.ts';

/** Props of ComparePanesView. */
export interface ComparePanesViewProps {
  /** The pair, laid out on one axis (useComparePanes). */
  panes: ComparePanes;
  /** The anchor kind the reader asked for. */
  asked: AnchorKind;
  /** Stacked or side by side. */
  layout: CompareLayout;
  /** True when zoom and pan move both panes: stacked panes then share one overview brush. */
  lock?: boolean;
  /** What both charts are drawn for; compact panes by default. */
  target?: SceneTarget;
  /** Fixed width of each pane's chart in pixels (the embed); measured when absent. */
  chartWidth?: number;
}

const ORDINALS = ['First', 'Second'] as const;

/**
 * Both panes, then the key intervals (beside stacked charts on wide screens, else directly under
 * them), then one legend for everything both panes draw.
 */
export function ComparePanesView({
  panes,
  asked,
  layout,
  lock = true,
  target = COMPACT_PANE,
  chartWidth,
}: ComparePanesViewProps) {
  const { loads, layouts } = panes;
  // A pane's head spans its chart: its width is the width the lanes are packed at.
  const head = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(head);
  const boxWidth = useElementWidth(box);
  const width = chartWidth ?? measured ?? undefined;
  // "Side by side" stacks on a narrow screen (compare.css): lanes then need not sit level.
  const stacks =
    chartWidth === undefined && measured !== null && boxWidth !== null && measured * 2 > boxWidth;
  const laneHeights = useMemo(
    () => paneLaneHeights(panes, stacks ? 'stacked' : layout, target, width),
    [panes, stacks, layout, target, width],
  );
  const marks = useMemo(
    () => layouts.flatMap((l) => l.lanes.flatMap((lane) => lane.marks)),
    [layouts],
  );
  const tableCases = useMemo(() => loads.map((l) => ({ c: l.case, rc: l.resolved })), [loads]);
  // Facts link to the case page under its entry id: a reader's own file has an id of its own.
  const hrefFor = useMemo<SourceHref>(() => {
    const entryOf = new Map(loads.map((l) => [l.case.id, l.entry.id]));
    return (caseId, key) => caseNodeHref(entryOf.get(caseId) ?? caseId, key);
  }, [loads]);
  const conventions = useMemo(
    () => conventionsIn(marks, layouts[0].axis.segments),
    [marks, layouts],
  );
  return (
    <div className={`compare__body compare__body--${layout}`} data-lock={lock ? 'linked' : 'free'}>
      <div className={`compare__panes compare__panes--${layout}`} ref={box}>
        {loads.map((load, i) => (
          <ViewStoreProvider
            key={load.entry.id + i}
            initial={panes.stores[i]!.getState()}
            store={panes.stores[i]!}
          >
            <ComparePane
              load={load}
              layout={layouts[i]!}
              asked={asked}
              anchor={panes.anchors[i]!}
              laneHeights={laneHeights}
              kineticsDomains={panes.domains[i]!}
              ordinal={ORDINALS[i]!}
              target={target}
              {...(i === 0 ? { headRef: head } : {})}
              {...(chartWidth === undefined ? {} : { width: chartWidth })}
            />
          </ViewStoreProvider>
        ))}
      </div>
      <section className="compare__intervals" aria-labelledby="compare-intervals-h">
        <h2 id="compare-intervals-h">Key intervals</h2>
        <KeyIntervals cases={tableCases} hrefFor={hrefFor} />
      </section>
      <Legend glyphs={marks.map((m) => m.glyph)} conventions={conventions} />
    </div>
  );
}
