// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { frameChoices, layoutTimeline } from '../../../src/core/layout/index.ts';
import type { LibraryLoad } from '../../../src/core/library/loadLibrary.ts';
import { shortCitation } from '../../../src/core/summary/citation.ts';
import { Embed } from '../../../src/views/Embed/Embed.tsx';
import { CASE_IDS, loadFixtureLibrary } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

let library: LibraryLoad | undefined;
async function embed(query: string) {
  library ??= await loadFixtureLibrary();
  return render(<Embed query={query} cases={library.cases} />);
}

const ticks = (root: HTMLElement) =>
  [...root.querySelectorAll('.axis [data-tick]')].map((t) => t.getAttribute('data-tick'));

describe('Embed', () => {
  it.each(Object.values(CASE_IDS))(
    '%s: draws every mark of the case timeline and no page furniture',
    async (id) => {
      const { container } = await embed(`v=1&view=case&case=${id}`);
      const load = library!.cases.find((c) => c.entry.id === id)!;
      if (load.status !== 'ok') throw new Error(`${id} did not load`);
      const { case: c, resolved: rc } = load;
      const layout = layoutTimeline(c, rc, { frame: frameChoices(c, rc)[0]!.frame });
      expect(container.querySelectorAll('.timeline__svg [data-mark]')).toHaveLength(
        layout.lanes.flatMap((l) => l.marks).length,
      );
      expect(container.querySelector('header, nav, footer, h1, .timeline-controls')).toBeNull();
      expect(container.querySelector('.legend')).not.toBeNull();
    },
  );

  it('captions the chart with the case title and its source citation', async () => {
    const { container } = await embed(`v=1&view=case&case=${CASE_IDS.zhou}`);
    const load = library!.cases.find((c) => c.entry.id === CASE_IDS.zhou)!;
    if (load.status !== 'ok') throw new Error('zhou did not load');
    const caption = container.querySelector('.embed__caption')!.textContent ?? '';
    expect(caption).toContain(load.case.title);
    expect(caption).toContain(shortCitation(load.case.sources[0]!));
    expect(caption).toContain(load.case.sources[0]!.doi!);
  });

  it('title=0 and legend=0 leave out the caption and the legend', async () => {
    const { container } = await embed(`v=1&view=case&case=${CASE_IDS.zhou}&title=0&legend=0`);
    expect(container.querySelector('.embed__caption')).toBeNull();
    expect(container.querySelector('.legend')).toBeNull();
    expect(container.querySelector('.timeline__svg')).not.toBeNull();
  });

  it('opens the window the link names (from/to) in the link’s frame', async () => {
    const all = ticks((await embed(`v=1&view=case&case=${CASE_IDS.zhou}`)).container);
    cleanup();
    const { container } = await embed(`v=1&view=case&case=${CASE_IDS.zhou}&from=-5&to=20`);
    expect(ticks(container)).not.toEqual(all);
    expect(ticks(container)).toContain('day 0');
  });

  it('an interactive embed zooms with the keys; a still one does not', async () => {
    const live = await embed(`v=1&view=case&case=${CASE_IDS.zhou}`);
    const before = ticks(live.container);
    fireEvent.keyDown(live.container.querySelector('.timeline__svg')!, { key: '+' });
    expect(ticks(live.container)).not.toEqual(before);
    cleanup();
    const still = await embed(`v=1&view=case&case=${CASE_IDS.zhou}&static=1`);
    const stillBefore = ticks(still.container);
    fireEvent.keyDown(still.container.querySelector('.timeline__svg')!, { key: '+' });
    expect(ticks(still.container)).toEqual(stillBefore);
    expect(still.container.querySelector('.embed--still')).not.toBeNull();
  });

  it('marks the root for the slide preset, so the stylesheet can set the 16:9 frame', async () => {
    const { container } = await embed(`v=1&view=case&case=${CASE_IDS.zhou}&preset=slide`);
    expect(container.querySelector('.embed.preset-slide')).not.toBeNull();
  });

  it('tells the reader which parts of the link it could not use', async () => {
    const { container } = await embed(
      `v=1&view=case&case=${CASE_IDS.zhou}&theme=neon&frame=rel:nothing`,
    );
    const notice = container.querySelector('.url-notice')!.textContent ?? '';
    expect(notice).toContain('theme');
    expect(notice).toContain('frame');
  });

  it('says so when the case is not in the library', async () => {
    const { getByRole } = await embed('v=1&view=case&case=no-such-case');
    expect(getByRole('alert').textContent).toContain('no-such-case');
  });

  it('draws both cases of a comparison, without its settings or key intervals table', async () => {
    const { container } = await embed(`v=1&view=compare&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);
    const panes = [...container.querySelectorAll('.compare-pane')];
    expect(panes.map((p) => p.getAttribute('data-case-id'))).toEqual([
      CASE_IDS.zhou,
      CASE_IDS.marina,
    ]);
    expect(container.querySelectorAll('.compare-pane .timeline__svg')).toHaveLength(2);
    expect(container.querySelector('.compare-picker')).toBeNull();
  });

  it('draws the cohort swimmer plot, one row per case that loaded', async () => {
    const { container } = await embed('v=1&view=cohort');
    const loaded = library!.cases.filter((c) => c.status === 'ok').length;
    expect(container.querySelectorAll('.swimmer-row')).toHaveLength(loaded);
    expect(container.querySelector('.cohort-controls')).toBeNull();
  });
});

describe('Embed details', () => {
  it('an interactive embed opens a clicked mark’s details over the chart; a still one does not', async () => {
    const live = await embed(`v=1&view=case&case=${CASE_IDS.zhou}`);
    fireEvent.click(live.container.querySelector('[data-mark="crs"]')!);
    const detail = live.container.querySelector('.embed__overlay .embed__detail .detail')!;
    expect(detail.getAttribute('data-detail')).toBe('crs');
    fireEvent.click(live.getByRole('button', { name: 'Close details' }));
    expect(live.container.querySelector('.embed__detail')).toBeNull();
    cleanup();
    const still = await embed(`v=1&view=case&case=${CASE_IDS.zhou}&static=1`);
    fireEvent.click(still.container.querySelector('[data-mark="crs"]')!);
    expect(still.container.querySelector('.embed__detail')).toBeNull();
  });
});

describe('Embed links', () => {
  it('shows the new view when the host changes the frame’s link', async () => {
    library ??= await loadFixtureLibrary();
    const q = (extra: string) => `v=1&view=case&case=${CASE_IDS.zhou}${extra}`;
    const { container, rerender } = render(<Embed query={q('')} cases={library.cases} />);
    const all = ticks(container);
    rerender(<Embed query={q('&from=-5&to=20')} cases={library.cases} />);
    expect(ticks(container)).not.toEqual(all);
  });
});
