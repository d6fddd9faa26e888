import { describe, expect, it } from 'vitest';
import { createViewStore } from '../../src/app/viewStore/createViewStore.ts';
import { defaultViewState } from '../../src/app/viewStore/viewState.ts';

const REL = { mode: 'relative', anchor: 'cart' } as const;
const make = () => createViewStore(defaultViewState(REL));

describe('createViewStore(initial)', () => {
  it('rounds windows to two decimals, so the URL gives back exactly the same view', () => {
    const s = make();
    s.getState().setWindow({ unit: 'day', from: -30.123456, to: 89.999 });
    expect(s.getState().window).toEqual({ unit: 'day', from: -30.12, to: 90 });
  });

  it('toggles lanes and moves them within bounds', () => {
    const s = make();
    s.getState().toggleLane('plans');
    expect(s.getState().hidden).toEqual(['plans']);
    s.getState().toggleLane('plans');
    expect(s.getState().hidden).toEqual([]);
    const first = s.getState().order[0]!;
    s.getState().moveLane(first, -1);
    expect(s.getState().order[0]).toBe(first);
    s.getState().moveLane(first, 1);
    expect(s.getState().order[1]).toBe(first);
  });

  it('converts or drops the window when the frame changes, and ignores the same frame', () => {
    const s = make();
    s.getState().setWindow({ unit: 'day', from: 0, to: 10 });
    s.getState().setFrame(REL, () => null);
    expect(s.getState().window).toEqual({ unit: 'day', from: 0, to: 10 });
    s.getState().setFrame({ mode: 'calendar', anchor: null }, (w) => ({
      ...w,
      from: w.from + 100,
      to: w.to + 100,
    }));
    expect(s.getState().window).toEqual({ unit: 'day', from: 100, to: 110 });
    s.getState().setFrame({ mode: 'relative', anchor: 'hsct' });
    expect(s.getState().window).toBeNull();
  });

  it('gives each panel its own state', () => {
    const a = make();
    const b = make();
    a.getState().select('crs');
    expect(b.getState().selected).toBeNull();
  });
});
