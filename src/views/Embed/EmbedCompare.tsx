import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { createCompareStore, parseCompareQuery, useLinkedPanes } from '../../app/compare/index.ts';
import type { SceneTarget } from '../../scene/index.ts';
import { ComparePanesView } from '../ComparePage/ComparePanesView.tsx';
import { useComparePanes } from '../ComparePage/useComparePanes.ts';
import { SlideCompare, type SlidePart } from './SlideCompare.tsx';

/** Props of EmbedCompare. */
export interface EmbedCompareProps {
  /** Every case the link may name. */
  cases: readonly CaseLoad[];
  /** The comparison parameters of the link (a, b, anchor, layout, lock, windows, lanes). */
  inner: string;
  /** Width to lay the panes out at (the stage's fit). */
  width: number;
  /** Show the legend (the slide draws its own; the page's view always has one). */
  legend?: boolean;
  /** A slide target: the panes are drawn as a slide (text for the room, one line of heading each). */
  target?: SceneTarget;
  /** On a slide, its charts or its full legend (a presentation's next step). */
  part?: SlidePart;
}

// The gap between side-by-side panes (compare.css: 1rem), so two charts fill the width exactly.
const PANE_GAP = 16;

/** Two cases on one anchored axis, as the comparison page draws them, without its settings bar. */
export function EmbedCompare({
  cases,
  inner,
  width,
  legend = true,
  target,
  part,
}: EmbedCompareProps) {
  const ids = useMemo(() => new Set(cases.map((c) => c.entry.id)), [cases]);
  const [store] = useState(() => createCompareStore(parseCompareQuery(inner, ids)));
  const s = useStore(store);
  const panes = useComparePanes(store, cases);
  useLinkedPanes(panes?.stores ?? null, s.lock);
  if (!panes)
    return (
      <p className="embed__message" role="alert">
        This comparison needs two cases of the library; the link names {s.a ? 'one' : 'none'}.
      </p>
    );
  const paneWidth = s.layout === 'side' ? Math.floor((width - PANE_GAP) / 2) : width;
  // A slide has width to spare and no height: two charts at the room's text size fit only side
  // by side, whatever the page's layout.
  if (target)
    return (
      <SlideCompare
        panes={panes}
        asked={s.anchor}
        chartWidth={Math.max(200, Math.floor((width - PANE_GAP) / 2) - 4)}
        target={target}
        legend={legend}
        width={width}
        {...(part ? { part } : {})}
      />
    );
  return (
    <ComparePanesView
      panes={panes}
      asked={s.anchor}
      layout={s.layout}
      chartWidth={Math.max(200, paneWidth - 2)}
    />
  );
}
