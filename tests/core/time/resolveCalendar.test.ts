import { describe, expect, it } from 'vitest';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { caseWith } from './caseBuilder.ts';

const day = dayOfIso;

describe('resolveCase: calendar precisions', () => {
  it('a day-precise date is one day with itself as best estimate', () => {
    const rc = resolveCase(caseWith([{ id: 'a', time: { kind: 'date', date: '2024-02-29' } }]));
    expect(rc.times.get('a')).toMatchObject({
      placement: 'calendar',
      precision: 'day',
      calendar: { lo: day('2024-02-29'), hi: day('2024-02-29'), best: day('2024-02-29') },
    });
  });

  it('a month spans its first to last day, leap February included', () => {
    const rc = resolveCase(caseWith([{ id: 'a', time: { kind: 'month', month: '2024-02' } }]));
    const t = rc.times.get('a')!;
    expect(t.precision).toBe('month');
    expect(t.calendar.lo).toBe(day('2024-02-01'));
    expect(t.calendar.hi).toBe(day('2024-02-29'));
    expect(t.calendar.best).toBe(day('2024-02-15'));
  });

  it('a year spans 1 January to 31 December', () => {
    const rc = resolveCase(caseWith([{ id: 'a', time: { kind: 'year', year: 2013 } }]));
    expect(rc.times.get('a')!.calendar).toMatchObject({
      lo: day('2013-01-01'),
      hi: day('2013-12-31'),
    });
  });

  it('day counts are calendar days in UTC, across a DST change and a leap day', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'date', date: '2024-02-28' } },
        { id: 'b', time: { kind: 'offset', from: 'a', amount: 40, unit: 'day' } },
      ]),
    );
    // 28 Feb + 40 days = 8 April in a leap year, whatever the local clocks did in March.
    expect(rc.times.get('b')!.calendar).toEqual({
      lo: day('2024-04-08'),
      hi: day('2024-04-08'),
      best: day('2024-04-08'),
    });
  });
});

describe('resolveCase: offsets', () => {
  it('a chain of offsets from a date adds up, and keeps the root and the days from it', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'inf', time: { kind: 'date', date: '2024-01-10' } },
        { id: 'b', time: { kind: 'offset', from: 'inf', amount: 6, unit: 'day' } },
        { id: 'c', time: { kind: 'offset', from: 'b', amount: 2, unit: 'week' } },
      ]),
    );
    const c = rc.times.get('c')!;
    expect(c.root).toBe('inf');
    expect(c.fromRoot).toEqual({ lo: 20, hi: 20, best: 20 });
    expect(c.calendar.best).toBe(day('2024-01-30'));
  });

  it('month offsets use the calendar and clamp to the month end (31 Jan + 1 month = 29 Feb 2024)', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'date', date: '2024-01-31' } },
        { id: 'b', time: { kind: 'offset', from: 'a', amount: 1, unit: 'month' } },
      ]),
    );
    expect(rc.times.get('b')!.calendar.best).toBe(day('2024-02-29'));
  });

  it('"about three months after April 2025" widens the month by half a month each side', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'hsct', time: { kind: 'month', month: '2025-04' } },
        {
          id: 'mrd',
          time: { kind: 'offset', from: 'hsct', amount: 3, unit: 'month', approximate: true },
        },
      ]),
    );
    const t = rc.times.get('mrd')!;
    expect(t.approximate).toBe(true);
    expect(t.precision).toBe('month');
    expect(t.calendar.lo).toBe(day('2025-06-15'));
    // 30 April + 3 months is 30 July; plus 15.2 days rounds out to 15 August.
    expect(t.calendar.hi).toBe(day('2025-08-15'));
    expect(t.calendar.best).toBe(day('2025-07-15'));
  });

  it('an explicit tolerance overrides the default width', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'date', date: '2025-01-01' } },
        {
          id: 'b',
          time: {
            kind: 'offset',
            from: 'a',
            amount: 10,
            unit: 'day',
            approximate: true,
            tolerance: 3,
          },
        },
      ]),
    );
    expect(rc.times.get('b')!.calendar).toMatchObject({
      lo: day('2025-01-08'),
      hi: day('2025-01-14'),
    });
  });

  it('a range ("within 1 month") spans from the anchor to one month after it', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'inf', time: { kind: 'unknown' } },
        { id: 'cr', time: { kind: 'offset', from: 'inf', amount: 0, amountMax: 1, unit: 'month' } },
      ]),
    );
    const t = rc.times.get('cr')!;
    expect(t.placement).toBe('relative');
    expect(t.fromRoot.lo).toBe(0);
    expect(t.fromRoot.hi).toBe(31);
  });

  it('an offset from an undated event is known relative to it only, never as a date', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'inf', time: { kind: 'unknown' } },
        { id: 'peak', time: { kind: 'offset', from: 'inf', amount: 6, unit: 'day' } },
      ]),
    );
    const t = rc.times.get('peak')!;
    expect(t).toMatchObject({ placement: 'relative', precision: 'offset', root: 'inf' });
    expect(t.fromRoot).toEqual({ lo: 6, hi: 6, best: 6 });
    expect(t.calendar).toEqual({ lo: null, hi: null, best: null });
    expect(rc.times.get('inf')!.placement).toBe('unknown');
  });

  it('a negative offset places the event before its anchor', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'inf', time: { kind: 'date', date: '2025-03-10' } },
        { id: 'ld', time: { kind: 'offset', from: 'inf', amount: -5, unit: 'day' } },
      ]),
    );
    expect(rc.times.get('ld')!.calendar.best).toBe(day('2025-03-05'));
    expect(rc.order.indexOf('ld')).toBeLessThan(rc.order.indexOf('inf'));
  });

  it('an offset may count from the end of a period', () => {
    const rc = resolveCase(
      caseWith([
        {
          id: 'cr',
          time: { kind: 'date', date: '2025-01-01' },
          end: { kind: 'date', date: '2025-03-01' },
        },
        { id: 'x', time: { kind: 'offset', from: 'cr', anchor: 'end', amount: 1, unit: 'day' } },
      ]),
    );
    expect(rc.times.get('x')!.calendar.best).toBe(day('2025-03-02'));
    expect(rc.times.get('x')!.root).toBe('cr#end');
  });

  it('a chain 5,000 offsets long resolves without exhausting the stack', () => {
    const events = [{ id: 'e0', time: { kind: 'date' as const, date: '2020-01-01' } }];
    for (let i = 1; i < 5000; i++) {
      events.push({
        id: `e${i}`,
        time: { kind: 'offset', from: `e${i - 1}`, amount: 1, unit: 'day' } as never,
      });
    }
    const rc = resolveCase(caseWith(events.reverse()));
    expect(rc.times.get('e4999')!.calendar.best).toBe(day('2020-01-01') + 4999);
    expect(rc.order[0]).toBe('e0');
  });
});

describe('resolveCase: problems', () => {
  it('reports an offset cycle at the path of the node that closes it, and resolves the rest', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'ok', time: { kind: 'year', year: 2020 } },
        { id: 'a', time: { kind: 'offset', from: 'b', amount: 1, unit: 'day' } },
        { id: 'b', time: { kind: 'offset', from: 'a', amount: 1, unit: 'day' } },
      ]),
    );
    expect(rc.problems).toEqual([
      {
        code: 'offset-cycle',
        path: 'events[1].time',
        message: 'offsets form a cycle: "a" (a) → "b" (b) → "a" (a)',
      },
    ]);
    expect(rc.times.get('a')!.placement).toBe('error');
    expect(rc.times.get('b')!.placement).toBe('error');
    expect(rc.times.get('ok')!.placement).toBe('calendar');
  });

  it('reports an offset from a missing event at time.from', () => {
    const rc = resolveCase(
      caseWith([{ id: 'a', time: { kind: 'offset', from: 'ghost', amount: 1, unit: 'day' } }]),
    );
    expect(rc.problems).toEqual([
      {
        code: 'unknown-anchor',
        path: 'events[0].time.from',
        message: 'no event with id "ghost" to count from',
      },
    ]);
    expect(rc.times.get('a')!.placement).toBe('error');
  });

  it('reports an offset from the end of an event that has none', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'year', year: 2020 } },
        { id: 'b', time: { kind: 'offset', from: 'a', anchor: 'end', amount: 1, unit: 'day' } },
      ]),
    );
    expect(rc.problems[0]).toMatchObject({
      code: 'unknown-anchor',
      message: '"a" has no end to count from',
    });
  });

  it('reports contradictory order constraints and still orders every node', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'order', after: ['b'] } },
        { id: 'b', time: { kind: 'order', after: ['a'] } },
        { id: 'c', time: { kind: 'date', date: '2020-01-01' } },
      ]),
    );
    expect(rc.problems).toEqual([
      {
        code: 'order-cycle',
        path: 'events[0].time',
        message: 'order constraints contradict each other among: a, b',
      },
    ]);
    expect([...rc.order].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('resolveCase: malformed but parseable cases', () => {
  it('two events with one id resolve without throwing, the first one counting', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'year', year: 2020 } },
        { id: 'a', time: { kind: 'year', year: 2021 } },
      ]),
    );
    expect(rc.order).toEqual(['a']);
    expect(rc.times.get('a')!.calendar.lo).toBe(day('2020-01-01'));
  });
});
