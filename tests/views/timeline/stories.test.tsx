// @vitest-environment jsdom
import { composeStories } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as laneStories from '../../../src/views/Timeline/Lane.stories.tsx';
import * as markStories from '../../../src/views/Timeline/Mark.stories.tsx';
import * as partStories from '../../../src/views/Timeline/Parts.stories.tsx';
import * as sceneStories from '../../../src/views/Timeline/Scene.stories.tsx';
import * as timelineStories from '../../../src/views/Timeline/Timeline.stories.tsx';
import * as trackStories from '../../../src/views/Timeline/Tracks.stories.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

describe('timeline part stories', () => {
  it.each(Object.entries(composeStories(markStories)))(
    'Mark %s draws one focusable mark with its label',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelectorAll('[data-mark]')).toHaveLength(1);
      expect(document.body.querySelectorAll('.mark__label')).toHaveLength(1);
    },
  );

  it("Parts AxisWithBreaks draws ticks and both of Grandma Sun's labelled breaks", async () => {
    await composeStories(partStories).AxisWithBreaks.run();
    expect(document.body.querySelectorAll('.axis__tick').length).toBeGreaterThan(0);
    const breaks = [...document.body.querySelectorAll('.break-mark__label')];
    expect(breaks).toHaveLength(2);
    for (const b of breaks) expect(b.textContent).toMatch(/^≈ ?\d/);
  });

  it('Parts OrderBands draws hatched bands and no date ticks', async () => {
    await composeStories(partStories).OrderBands.run();
    expect(document.body.querySelectorAll('.order-band').length).toBeGreaterThan(0);
    expect(document.body.querySelectorAll('.axis__tick')).toHaveLength(0);
  });

  it('Parts HoverGuideAtADate draws the guide with a date', async () => {
    await composeStories(partStories).HoverGuideAtADate.run();
    expect(document.body.querySelector('.hover-guide__text')?.textContent).toMatch(/\d{4}/);
  });

  it.each(Object.entries(composeStories(trackStories)))(
    'Tracks %s draws its series',
    async (_name, Story) => {
      await Story.run();
      expect(
        document.body.querySelectorAll('.kinetics, .measurement-track, .figure-only').length,
      ).toBeGreaterThan(0);
    },
  );
});

describe('scene target stories', () => {
  it.each(Object.entries(composeStories(sceneStories)))(
    '%s renders and passes its play function',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelectorAll('[data-mark]').length).toBeGreaterThan(0);
    },
  );
});

describe('whole-chart stories', () => {
  it.each(Object.entries(composeStories(timelineStories)))(
    'Timeline %s renders and passes its play function',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelectorAll('[data-mark]').length).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(composeStories(laneStories)))(
    'Lanes %s draws one open lane with its marks, the others collapsed',
    async (_name, Story) => {
      await Story.run();
      const open = document.body.querySelectorAll('.lane-title:not(.lane-title--collapsed)');
      expect(open).toHaveLength(1);
      const id = open[0]!.getAttribute('data-lane-title');
      expect(
        document.body.querySelectorAll(`[data-mark][data-lane="${id}"]`).length,
      ).toBeGreaterThan(0);
    },
  );
});
