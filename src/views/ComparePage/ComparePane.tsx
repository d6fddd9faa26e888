import { useId, useRef, type Ref } from 'react';
import type { AnchorKind, CaseAnchor } from '../../core/compare/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LaneId, TimelineLayout } from '../../core/layout/types.ts';
import { caseHref } from '../../app/router/index.ts';
import { DetailSheet } from '../DetailPanel/DetailSheet.tsx';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';
import type { SceneTarget } from '../../scene/index.ts';
import { anchorText } from './anchorText.ts';
import { COMPACT_PANE } from './paneTarget.ts';

/** Props of ComparePane. */
export interface ComparePaneProps {
  /** The case in this pane. */
  load: Extract<CaseLoad, { status: 'ok' }>;
  /** Its layout on the axis shared with the other pane. */
  layout: TimelineLayout;
  /** The anchor kind the reader asked for. */
  asked: AnchorKind;
  /** The anchor this case is aligned on. */
  anchor: CaseAnchor;
  /** Lane heights shared by both panes. */
  laneHeights: ReadonlyMap<LaneId, number>;
  /** Kinetics log domains shared by both panes, by this case's series id. */
  kineticsDomains: ReadonlyMap<string, [number, number]>;
  /** "First" or "Second", for headings and labels. */
  ordinal: string;
  /** Fixed chart width in pixels (the embed lays charts out itself); measured when absent. */
  width?: number;
  /** What the chart is drawn for; a compact pane by default, so two charts share one screen. */
  target?: SceneTarget;
  /** Gets the pane's head, which spans the chart's width, for measuring it. */
  headRef?: Ref<HTMLElement>;
}

/**
 * One case of a comparison: its title and day 0 on one line, its chart on the shared axis, and the
 * details of the mark the reader opened in a sheet over the page.
 */
export function ComparePane({ headRef, ...props }: ComparePaneProps) {
  const { load, layout, asked, anchor } = props;
  const { case: c, resolved: rc } = load;
  const model = useTimelineModel(c, rc, layout);
  const headingId = useId();
  const pane = useRef<HTMLElement>(null);
  return (
    <section
      className={`compare-pane${anchor.fallback ? ' compare-pane--fallback' : ''}`}
      aria-labelledby={headingId}
      data-case-id={load.entry.id}
      ref={pane}
    >
      <header className="compare-pane__head" ref={headRef}>
        <h2 id={headingId}>
          <span className="compare-pane__ordinal">{props.ordinal} case: </span>
          <a href={caseHref(load.entry.id)}>{c.title}</a>
        </h2>
        <p className={anchor.fallback ? 'compare-pane__anchor notice' : 'compare-pane__anchor'}>
          {anchorText(c, asked, anchor)}
        </p>
      </header>
      <Timeline
        model={model}
        laneHeights={props.laneHeights}
        kineticsDomains={props.kineticsDomains}
        target={props.target ?? COMPACT_PANE}
        {...(props.width === undefined ? {} : { width: props.width })}
      />
      {/* Over the page, not under the chart: an opened mark never pushes the second chart down. */}
      <DetailSheet
        c={c}
        rc={rc}
        markKey={model.selected}
        onClose={() => model.select(null)}
        scope={pane}
      />
    </section>
  );
}
