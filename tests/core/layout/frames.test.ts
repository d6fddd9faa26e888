import { describe, expect, it } from 'vitest';
import { frameChoices } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { caseWith } from '../time/caseBuilder.ts';

describe('frameChoices', () => {
  it('offers each anchor, default (first infusion) first, and calendar when anything is dated', () => {
    const c = caseWith([
      { id: 'dx', kind: 'diagnosis', label: 'ALL diagnosed', time: { kind: 'year', year: 2019 } },
      {
        id: 'inf',
        kind: 'car-t-infusion',
        label: 'Anti-CD7 CAR-T',
        product: 'p',
        time: { kind: 'date', date: '2020-02-01' },
      },
    ]);
    expect(frameChoices(c, resolveCase(c))).toEqual([
      {
        frame: { mode: 'relative', anchor: 'inf' },
        label: 'Days from CAR-T infusion (Anti-CD7 CAR-T)',
      },
      { frame: { mode: 'relative', anchor: 'dx' }, label: 'Days from diagnosis (ALL diagnosed)' },
      { frame: { mode: 'calendar', anchor: null }, label: 'Calendar dates' },
    ]);
  });

  it('offers no calendar frame when nothing has a calendar date', () => {
    const c = caseWith([
      { id: 'hsct', kind: 'transplant', transplantType: 'allogeneic', time: { kind: 'order' } },
    ]);
    expect(frameChoices(c, resolveCase(c)).map((f) => f.frame.mode)).toEqual(['relative']);
  });

  it('falls back to calendar first when the case has no anchor event', () => {
    const c = caseWith([{ id: 'x', time: { kind: 'date', date: '2020-01-01' } }]);
    expect(frameChoices(c, resolveCase(c))).toEqual([
      { frame: { mode: 'calendar', anchor: null }, label: 'Calendar dates' },
    ]);
  });
});
