// Story helpers for the timeline views: a shipped case in its own view store, so every story is
// a deterministic fixture drawn from the real curated data.
import type { ReactElement } from 'react';
import type { StoryObj } from '@storybook/react-vite';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { DEFAULT_LANE_ORDER } from '../../core/layout/types.ts';
import type { ViewState } from '../../app/viewStore/viewState.ts';
import { ViewStoreProvider } from '../../app/viewStore/ViewStoreContext.tsx';
import { okCaseStory } from '../fixtures/stories.tsx';
import { initialView } from './initialView.ts';
import { useTimelineModel, type TimelineModel } from './model/useTimelineModel.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

function WithModel(props: { load: Loaded; render: (m: TimelineModel) => ReactElement }) {
  return props.render(useTimelineModel(props.load.case, props.load.resolved));
}

/** A story of one shipped case whose render gets the timeline model of the given view. */
export function modelStory(
  id: string,
  render: (model: TimelineModel, load: Loaded) => ReactElement,
  view: (load: Loaded) => Partial<ViewState> = () => ({}),
): StoryObj {
  return okCaseStory(id, (load) => (
    <ViewStoreProvider initial={initialView(load.case, load.resolved, view(load))}>
      <WithModel load={load} render={(m) => render(m, load)} />
    </ViewStoreProvider>
  ));
}

/** Every lane but `keep` collapsed: a story of one lane inside the real chart. */
export const onlyLane = (keep: ViewState['hidden'][number]) => (): Partial<ViewState> => ({
  hidden: DEFAULT_LANE_ORDER.filter((l) => l !== keep),
});
