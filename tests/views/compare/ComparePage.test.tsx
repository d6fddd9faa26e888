// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparePage } from '../../../src/views/ComparePage/ComparePage.tsx';
import { CASE_IDS, loadFixtureLibrary } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

const open = async (query: string) => {
  const { cases } = await loadFixtureLibrary();
  return render(<ComparePage cases={cases} urlSync={false} initialQuery={query} />);
};
const panes = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.compare-pane')];

describe('ComparePage', () => {
  it('asks for two cases until both are chosen', async () => {
    const { container } = await open('');
    expect(screen.getByText(/Choose two cases/)).toBeTruthy();
    expect(panes(container)).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('First case'), { target: { value: CASE_IDS.zhou } });
    expect(panes(container)).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Second case'), { target: { value: CASE_IDS.marina } });
    expect(panes(container).map((p) => p.dataset.caseId)).toEqual([CASE_IDS.zhou, CASE_IDS.marina]);
  });

  it('draws both cases on one axis: the same tick labels in each pane, day 0 at the infusion', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);
    const [zhou, marina] = panes(container);
    const ticks = (p: HTMLElement) =>
      [...p.querySelectorAll('.axis [data-tick]')].map((t) => t.getAttribute('data-tick'));
    expect(ticks(zhou!).length).toBeGreaterThan(2);
    expect(ticks(zhou!)).toEqual(ticks(marina!));
    expect(zhou!.textContent).toMatch(/Day 0: first CAR-T infusion/);
    expect(marina!.textContent).toMatch(/Day 0: first CAR-T infusion/);
  });

  const laneRows = (p: HTMLElement) =>
    [...p.querySelectorAll<SVGRectElement>('.lane-stripe')].map((r) => {
      const id = r.getAttribute('data-lane-box');
      const empty = p.querySelector(`.lane--empty[data-lane="${id}"]`) !== null;
      return { id, height: Number(r.getAttribute('height')), empty };
    });

  it('keeps every lane of either case in both panes, in one order; a lane a case lacks is a thin row', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.kong}`);
    const [zhou, kong] = panes(container).map(laneRows);
    expect(zhou!.length).toBeGreaterThan(3);
    expect(zhou!.map((l) => l.id)).toEqual(kong!.map((l) => l.id));
    // Kong reports no therapy before CAR-T: his pane keeps a thin row where Zhou's therapies are.
    const therapy = (ls: typeof zhou) => ls!.find((l) => l.id === 'therapy')!;
    expect(therapy(kong).empty).toBe(true);
    expect(therapy(zhou).empty).toBe(false);
    expect(therapy(kong).height).toBeLessThanOrEqual(therapy(zhou).height);
    // Stacked, only time lines up: each chart is as short as its own case allows.
    const svgHeight = (p: HTMLElement) =>
      Number(p.querySelector('svg.timeline__svg')!.getAttribute('height'));
    const [a, b] = panes(container).map(svgHeight);
    expect(a).not.toBe(b);
  });

  it('side by side, lines lanes both cases have up at one height', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.kong}&layout=side`);
    const [zhou, kong] = panes(container).map(laneRows);
    expect(zhou!.map((l) => l.id)).toEqual(kong!.map((l) => l.id));
    const both = zhou!.filter((z, i) => !z.empty && !kong![i]!.empty);
    expect(both.length).toBeGreaterThan(3);
    for (const z of both)
      expect(kong!.find((k) => k.id === z.id)!.height, `lane ${z.id}`).toBe(z.height);
  });

  it('says when a case lacks the anchor kind and what it is aligned on instead', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.sun}&anchor=transplant`);
    const [zhou, sun] = panes(container);
    expect(zhou!.textContent).toMatch(/Day 0: first transplant/);
    expect(sun!.querySelector('.notice')?.textContent).toMatch(
      /No first transplant reported for this case, so it is aligned on its first CAR-T infusion instead/,
    );
  });

  it('changes the anchor for both panes from the picker', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);
    fireEvent.change(screen.getByLabelText('Align on'), { target: { value: 'relapse' } });
    for (const p of panes(container)) expect(p.textContent).toMatch(/Day 0: relapse before CAR-T/);
  });

  it('moves the second pane with the first while linked, and not once released', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);
    const keyZoom = (p: HTMLElement) =>
      act(() => {
        fireEvent.keyDown(p.querySelector('svg.timeline__svg')!, { key: '+' });
      });
    const ticks = (p: HTMLElement) =>
      [...p.querySelectorAll('.axis [data-tick]')].map((t) => t.getAttribute('data-tick')).join();
    const [first, second] = panes(container);
    const before = ticks(second!);
    await keyZoom(first!);
    expect(ticks(first!)).not.toBe(before);
    expect(ticks(second!)).toBe(ticks(first!));
    fireEvent.click(within(container).getByLabelText('Link zoom and pan'));
    await keyZoom(first!);
    expect(ticks(second!)).not.toBe(ticks(first!));
  });

  it('puts the key intervals after both panes and before the one legend, and export in the head', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);
    const legends = container.querySelectorAll('.legend');
    expect(legends).toHaveLength(1);
    const order = [
      ...container.querySelectorAll('.compare-pane, .compare__intervals, .legend'),
    ].map((e) => e.className.split(' ')[0]);
    expect(order).toEqual(['compare-pane', 'compare-pane', 'compare__intervals', 'legend']);
    // Nothing but the two panes between the charts: the legend is no longer among them.
    expect(container.querySelector('.compare__panes .legend')).toBeNull();
    expect(
      container.querySelector('.compare__head [role="toolbar"][aria-label="Export"]'),
    ).not.toBeNull();
  });

  it('tells stacked panes whether they are linked, so they can share one overview', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);
    const body = container.querySelector<HTMLElement>('.compare__body')!;
    expect(body.dataset.lock).toBe('linked');
    fireEvent.click(within(container).getByLabelText('Link zoom and pan'));
    expect(body.dataset.lock).toBe('free');
  });
});
