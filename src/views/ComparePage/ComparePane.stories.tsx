import { useState } from 'react';
import type { Meta } from '@storybook/react-vite';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { parseCompareQuery } from '../../app/compare/index.ts';
import { createCompareStore } from '../../app/compare/index.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import type { SceneTarget } from '../../scene/index.ts';
import { ComparePane } from './ComparePane.tsx';
import { useComparePanes } from './useComparePanes.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof ComparePane> = { title: 'Compare/ComparePane', component: ComparePane };
export default meta;

/** One pane of a real comparison, laid out on the axis it shares with the other case. */
function OnePane({
  cases,
  query,
  slot,
  target,
  width,
}: {
  cases: CaseLoad[];
  query: string;
  slot: 0 | 1;
  target?: SceneTarget;
  width?: number;
}) {
  const [store] = useState(() =>
    createCompareStore(parseCompareQuery(query, new Set(cases.map((c) => c.entry.id)))),
  );
  const panes = useComparePanes(store, cases);
  if (!panes) return <p>Both cases must load.</p>;
  return (
    <ViewStoreProvider initial={panes.stores[slot].getState()} store={panes.stores[slot]}>
      <ComparePane
        load={panes.loads[slot]}
        layout={panes.layouts[slot]}
        asked={store.getState().anchor}
        anchor={panes.anchors[slot]}
        laneHeights={panes.laneHeights}
        kineticsDomains={panes.domains[slot]!}
        ordinal={slot === 0 ? 'First' : 'Second'}
        {...(target ? { target } : {})}
        {...(width === undefined ? {} : { width })}
      />
    </ViewStoreProvider>
  );
}

const pane = (query: string, slot: 0 | 1, target?: SceneTarget, width?: number) =>
  libraryStory((library) => (
    <OnePane
      cases={library.cases}
      query={query}
      slot={slot}
      {...(target ? { target } : {})}
      {...(width === undefined ? {} : { width })}
    />
  ));

/** Marina's pane next to Zhou: her lanes padded to Zhou's heights, the axis running to Zhou's 10 months. */
export const MarinaBesideZhou = pane(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`, 1);

/** Grandma Sun aligned on a transplant she never had: the pane says what it uses instead. */
export const Fallback = pane(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.sun}&anchor=transplant`, 1);

/** Zhou's pane as a phone draws it (a compact pane 480 px wide or less is fitted to this target): 352 px of chart. */
export const ZhouOnAPhone = pane(
  `v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`,
  0,
  { kind: 'phone' },
  352,
);
