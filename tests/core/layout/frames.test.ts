import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { COUNT_FRAMES_MAX_NODES } from '../../../src/core/layout/frames.ts';
import { frameChoices } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { caseWith } from '../time/caseBuilder.ts';

const SEQUENCE_ONLY = 'Sequence only (the source gives no dates or day counts)';

describe('frameChoices', () => {
  it('offers each anchor and calendar when anything is dated; a tie goes to the first infusion', () => {
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
    // Every frame times both events: the infusion wins the tie, then the other anchor, then
    // the calendar.
    expect(frameChoices(c, resolveCase(c))).toEqual([
      {
        frame: { mode: 'relative', anchor: 'inf' },
        label:
          'Days from CAR-T infusion (Anti-CD7 CAR-T), most events in time · 2 of 2 events timed',
        timed: 2,
      },
      {
        frame: { mode: 'relative', anchor: 'dx' },
        label: 'Days from diagnosis (ALL diagnosed) · 2 of 2 events timed',
        timed: 2,
      },
      {
        frame: { mode: 'calendar', anchor: null },
        label: 'Calendar dates · 2 of 2 events timed',
        timed: 2,
      },
    ]);
  });

  it('defaults to the frame that times the most events, even over the first infusion', () => {
    // Like Kong: nothing is timed from the first infusion, two scans are timed from the second.
    const c = caseWith([
      { id: 'cart-1', kind: 'car-t-infusion', product: 'p', time: { kind: 'order' } },
      {
        id: 'cart-2',
        kind: 'car-t-infusion',
        product: 'p',
        time: { kind: 'order', after: ['cart-1'] },
      },
      { id: 'scan-1', time: { kind: 'offset', from: 'cart-2', amount: 1, unit: 'month' } },
      { id: 'scan-3', time: { kind: 'offset', from: 'cart-2', amount: 3, unit: 'month' } },
    ]);
    const choices = frameChoices(c, resolveCase(c));
    expect(choices.map((ch) => [ch.frame.anchor, ch.timed])).toEqual([
      ['cart-2', 3],
      ['cart-1', 1],
    ]);
    expect(choices[0]!.label).toMatch(/, most events in time · 3 of 4 events timed$/);
    expect(choices[1]!.label).toMatch(/ · 1 of 4 events timed$/);
    expect(choices[1]!.label).not.toContain('most events');
  });

  it('counts a closed window as timed, and neither an open window nor a slot', () => {
    const c = caseWith([
      {
        id: 'inf',
        kind: 'car-t-infusion',
        product: 'p',
        time: { kind: 'date', date: '2020-02-01' },
      },
      { id: 'closed', time: { kind: 'order', after: ['inf'], notAfter: '2020-03-01' } },
      { id: 'open', time: { kind: 'order', after: ['inf'] } },
      { id: 'slot', time: { kind: 'order', before: ['inf'] } },
    ]);
    expect(frameChoices(c, resolveCase(c)).map((ch) => ch.timed)).toEqual([2, 2]);
  });

  it('offers no calendar frame when nothing has a calendar date', () => {
    const c = caseWith([
      { id: 'hsct', kind: 'transplant', transplantType: 'allogeneic', time: { kind: 'order' } },
      { id: 'gvhd', time: { kind: 'offset', from: 'hsct', amount: 20, unit: 'day' } },
    ]);
    expect(frameChoices(c, resolveCase(c)).map((f) => f.frame.mode)).toEqual(['relative']);
  });

  it('falls back to calendar first when the case has no anchor event', () => {
    const c = caseWith([{ id: 'x', time: { kind: 'date', date: '2020-01-01' } }]);
    expect(frameChoices(c, resolveCase(c))).toEqual([
      {
        frame: { mode: 'calendar', anchor: null },
        label: 'Calendar dates, most events in time · 1 of 1 events timed',
        timed: 1,
      },
    ]);
  });

  it('shows a case with neither anchors nor dates as its sequence alone', () => {
    const c = caseWith([
      { id: 'a', time: { kind: 'order', before: ['b'] } },
      { id: 'b', time: { kind: 'order', after: ['a'] } },
    ]);
    expect(frameChoices(c, resolveCase(c))).toEqual([
      { frame: { mode: 'calendar', anchor: null }, label: SEQUENCE_ONLY, timed: 0 },
    ]);
  });

  const orderOnlyWithAnchor = () =>
    caseWith([
      { id: 'dx', kind: 'diagnosis', time: { kind: 'order', before: ['inf'] } },
      {
        id: 'inf',
        kind: 'car-t-infusion',
        product: 'p',
        time: { kind: 'order', after: ['dx'] },
      },
      { id: 'crs', time: { kind: 'order', after: ['inf'] } },
    ]);

  it('an order-only case with anchors: no frame times more than its anchor', () => {
    const c = orderOnlyWithAnchor();
    const choices = frameChoices(c, resolveCase(c));
    const relative = choices.filter((ch) => ch.frame.mode === 'relative');
    expect(relative.map((ch) => [ch.frame.anchor, ch.timed])).toEqual([
      ['inf', 1],
      ['dx', 1],
    ]);
  });

  // KNOWN SRC BUG (src/core/layout/frames.ts): the sequence-only fallback is taken only when
  // `best === 0`, but an anchor frame always times its anchor (day 0), so a case with any anchor
  // never gets it. The rule is "if no frame times more than its anchor". Drop `.fails` when fixed.
  it('an order-only case with anchors opens as its sequence, then offers the anchors', () => {
    const c = orderOnlyWithAnchor();
    const choices = frameChoices(c, resolveCase(c));
    expect(choices[0]).toEqual({
      frame: { mode: 'calendar', anchor: null },
      label: SEQUENCE_ONLY,
      timed: 0,
    });
    expect(choices.slice(1).map((ch) => [ch.frame.anchor, ch.label])).toEqual([
      ['inf', 'Days from CAR-T infusion (inf) · 1 of 3 events timed'],
      ['dx', 'Days from diagnosis (dx) · 1 of 3 events timed'],
    ]);
  });

  it('leaves a case above the counting limit uncounted, on its first infusion', () => {
    const c = syntheticCaseOfSize('M');
    const rc = resolveCase(c);
    expect(rc.order.length).toBeGreaterThan(COUNT_FRAMES_MAX_NODES);
    const choices = frameChoices(c, rc);
    expect(choices[0]!.frame).toEqual({ mode: 'relative', anchor: rc.defaultAnchor });
    expect(choices.every((ch) => ch.timed === -1 && !ch.label.includes('timed'))).toBe(true);
    expect(frameChoices(c, rc)).toBe(choices); // one answer per resolved case
  });
});
