import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { SceneTarget } from '../../scene/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { modelStory } from './storyKit.tsx';
import { Timeline } from './Timeline.tsx';

// One scene per target: the same shipped case drawn by <Timeline> for a desktop screen, a
// comparison pane, a phone, a 1080p slide and an exported file, so the targets can be compared
// side by side.
const meta: Meta<typeof Timeline> = {
  title: 'Timeline/Scene targets',
  component: Timeline,
  parameters: { layout: 'padded' },
};
export default meta;

const SCREEN: SceneTarget = { kind: 'screen' };
const COMPACT: SceneTarget = { kind: 'compact' };
const PHONE: SceneTarget = { kind: 'phone' };
const SLIDE: SceneTarget = { kind: 'slide', font: 24 };
const EXPORT: SceneTarget = { kind: 'export' };

type Play = NonNullable<StoryObj['play']>;

/** What every target draws: the chart at its width, every lane in a box, each lane titled. */
const drawsLanes =
  (width: number): Play =>
  async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('.timeline__svg');
    await expect(svg?.getAttribute('width')).toBe(String(width));
    const boxes = canvasElement.querySelectorAll('[data-lane-box]');
    await expect(boxes.length).toBeGreaterThan(0);
    await expect(canvasElement.querySelectorAll('[data-lane-title]')).toHaveLength(boxes.length);
  };

/** Where the reader can act: collapse chevrons on the lane titles and the zoom keys under the chart. */
const withHints =
  (width: number): Play =>
  async (ctx) => {
    await drawsLanes(width)(ctx);
    const el = ctx.canvasElement;
    await expect(el.querySelectorAll('.lane-title__toggle').length).toBeGreaterThan(0);
    await expect(el.querySelector('.timeline__keys')).not.toBeNull();
  };

/** A slide or a file: no chevrons, no zoom keys, text at the target's size. */
const withoutHints =
  (width: number, font: number): Play =>
  async (ctx) => {
    await drawsLanes(width)(ctx);
    const el = ctx.canvasElement;
    await expect(el.querySelector('.lane-title__toggle')).toBeNull();
    await expect(el.querySelector('.timeline__keys')).toBeNull();
    await expect(el.textContent).not.toMatch(/[▾▸]/);
    const svg = el.querySelector<SVGSVGElement>('.timeline__svg');
    await expect(svg?.style.getPropertyValue('--tl-font')).toBe(`${font}px`);
  };

const at = (id: string, target: SceneTarget, width: number, play: Play): StoryObj => ({
  ...modelStory(id, (m) => <Timeline model={m} width={width} target={target} />),
  play,
});

/** Zhou on the case page of a 1280 px screen: chevrons, focus rings and the zoom keys. */
export const ZhouScreen = at(CASE_IDS.zhou, SCREEN, 1280, withHints(1280));
/** Zhou as one pane of a comparison at 1280 px: shorter rows and lanes, so two charts fit. */
export const ZhouCompact = at(CASE_IDS.zhou, COMPACT, 1280, withHints(1280));
/** Zhou on a 390 px phone: a narrow gutter with whole wrapped lane titles. */
export const ZhouPhone = at(CASE_IDS.zhou, PHONE, 390, withHints(390));
/** Zhou on a 1920 px slide: 24 px text, no chevrons or hints, fewer labels on one line each. */
export const ZhouSlide = at(CASE_IDS.zhou, SLIDE, 1920, withoutHints(1920, 24));
/** Zhou as an exported file: the screen's sizes without chevrons or hints. */
export const ZhouExport = at(CASE_IDS.zhou, EXPORT, 1280, withoutHints(1280, 12));

/** Marina on the case page of a 1280 px screen. */
export const MarinaScreen = at(CASE_IDS.marina, SCREEN, 1280, withHints(1280));
/** Marina as one pane of a comparison at 1280 px. */
export const MarinaCompact = at(CASE_IDS.marina, COMPACT, 1280, withHints(1280));
/** Marina on a 390 px phone. */
export const MarinaPhone = at(CASE_IDS.marina, PHONE, 390, withHints(390));
/** Marina on a 1920 px slide at 24 px text. */
export const MarinaSlide = at(CASE_IDS.marina, SLIDE, 1920, withoutHints(1920, 24));
/** Marina as an exported file. */
export const MarinaExport = at(CASE_IDS.marina, EXPORT, 1280, withoutHints(1280, 12));
