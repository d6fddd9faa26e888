// Story helpers for the timeline views: a shipped case in its own view store, so every story is
// a deterministic fixture drawn from the real curated data.
import type { ReactElement } from 'react';
import type { StoryObj } from '@storybook/react-vite';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { DEFAULT_LANE_ORDER } from '../../core/layout/types.ts';
import {
  buildScene,
  kineticsSummaries,
  SCREEN,
  type Scene,
  type SceneTarget,
} from '../../scene/index.ts';
import { ViewStoreProvider, type ViewState } from '../../app/viewStore/index.ts';
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

/** Where a story's scene is drawn: the target, the chart width and the window (the model's when absent). */
export interface StorySceneOptions {
  /** What the chart is drawn for; the screen by default. */
  target?: SceneTarget;
  /** Chart width in CSS pixels, gutter included. */
  width?: number;
  /** The window in axis u. */
  window?: readonly [number, number];
}

/**
 * The scene of a story's model, built as <Timeline> builds it (kinetics counted from the model's
 * anchor), for stories that draw one part of the chart alone at the place the chart gives it.
 */
export function storyScene(model: TimelineModel, opts: StorySceneOptions = {}): Scene {
  const { c, rc, layout } = model;
  const summaries = kineticsSummaries(c, rc, layout, model.kineticsAnchor);
  return buildScene(
    {
      layout,
      order: DEFAULT_LANE_ORDER,
      target: opts.target ?? SCREEN,
      width: opts.width ?? 1100,
      summaries,
    },
    { window: opts.window ?? model.window, selected: model.selected },
  );
}
