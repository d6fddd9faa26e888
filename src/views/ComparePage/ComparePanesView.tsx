import { useMemo } from 'react';
import type { AnchorKind } from '../../core/compare/index.ts';
import type { CompareLayout } from '../../app/compare/compareQuery.ts';
import { ViewStoreProvider } from '../../app/viewStore/ViewStoreContext.tsx';
import { Legend } from '../Legend/Legend.tsx';
import { conventionsIn } from '../Legend/conventions.ts';
import { ExportMenu } from '../Export/ExportMenu.tsx';
import { ShareButton } from '../Share/ShareButton.tsx';
import { isOwnCase } from '../../core/library/caseFromText.ts';
import { KeyIntervals } from '../KeyIntervals/KeyIntervals.tsx';
import { caseNodeHref, type SourceHref } from '../KeyIntervals/sourceHref.ts';
import { ComparePane } from './ComparePane.tsx';
import type { ComparePanes } from './useComparePanes.ts';

/** Props of ComparePanesView. */
export interface ComparePanesViewProps {
  /** The pair, laid out on one axis (useComparePanes). */
  panes: ComparePanes;
  /** The anchor kind the reader asked for. */
  asked: AnchorKind;
  /** Stacked or side by side. */
  layout: CompareLayout;
  /** Fixed width of each pane's chart in pixels (the embed); measured when absent. */
  chartWidth?: number;
}

const ORDINALS = ['First', 'Second'] as const;

/** Both panes, one legend for everything they draw, and the key intervals beside them (below on narrower screens). */
export function ComparePanesView({ panes, asked, layout, chartWidth }: ComparePanesViewProps) {
  const { loads, layouts } = panes;
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
    <div className={`compare__body compare__body--${layout}`}>
      <ExportMenu view="compare" loads={loads}>
        {!loads.some((l) => isOwnCase(l.entry.id)) && (
          <ShareButton view="compare" title={loads.map((l) => l.case.title).join(' and ')} />
        )}
      </ExportMenu>
      <div className={`compare__panes compare__panes--${layout}`}>
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
              laneHeights={panes.laneHeights}
              kineticsDomains={panes.domains[i]!}
              ordinal={ORDINALS[i]!}
              {...(chartWidth === undefined ? {} : { width: chartWidth })}
            />
          </ViewStoreProvider>
        ))}
        <Legend glyphs={marks.map((m) => m.glyph)} conventions={conventions} />
      </div>
      <section className="compare__intervals" aria-labelledby="compare-intervals-h">
        <h2 id="compare-intervals-h">Key intervals</h2>
        <KeyIntervals cases={tableCases} hrefFor={hrefFor} />
      </section>
    </div>
  );
}
