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

  it('lines lanes of the same kind up: same lanes, same heights, in both panes', async () => {
    const { container } = await open(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.kong}`);
    const lanes = (p: HTMLElement) =>
      [...p.querySelectorAll<SVGRectElement>('.lane-stripe')].map((r) => [
        r.getAttribute('y'),
        r.getAttribute('height'),
      ]);
    const [zhou, kong] = panes(container);
    expect(lanes(zhou!).length).toBeGreaterThan(3);
    expect(lanes(zhou!)).toEqual(lanes(kong!));
    // Kong has no CAR copies values and Zhou no figure-only series: each keeps a strip for the other.
    const svgHeight = (p: HTMLElement) =>
      p.querySelector('svg.timeline__svg')!.getAttribute('height');
    expect(svgHeight(zhou!)).toBe(svgHeight(kong!));
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
});
