import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/core/layout/index.ts';

const item = (key: string, x: number, priority = 0, width = 50, row = 0) => ({
  key,
  x,
  width,
  row,
  priority,
});

describe('placeLabels', () => {
  it('places a label right of its mark when there is room', () => {
    expect(placeLabels([item('a', 10)], 500)).toEqual([
      { key: 'a', x: 10, anchor: 'start', line: 0, visible: true },
    ]);
  });

  it('flips a colliding label to the left of its mark', () => {
    // "b" right of 90 would cover [90, 140] and hit "a" at [100, 150]; left of 90 is free.
    const [a, b] = placeLabels([item('a', 100, 2), item('b', 90, 1)], 500);
    expect(a).toMatchObject({ anchor: 'start', line: 0, visible: true });
    expect(b).toMatchObject({ anchor: 'end', line: 0, visible: true });
  });

  it('moves a label blocked on both sides to the extra line', () => {
    const [, lo] = placeLabels([item('hi', 100, 2), item('lo', 120, 1)], 500);
    expect(lo).toMatchObject({ anchor: 'start', line: 1, visible: true });
  });

  it('uses one extra line, then hides the lowest-priority label', () => {
    const out = placeLabels([item('c', 110, 1), item('a', 100, 3), item('b', 105, 2)], 500);
    expect(out.map((l) => [l.key, l.line, l.visible])).toEqual([
      ['c', 0, false],
      ['a', 0, true],
      ['b', 1, true],
    ]);
  });

  it('keeps every label inside [0, width]: near the right edge it goes left, too wide it hides', () => {
    const out = placeLabels([item('edge', 480), item('wide', 10, 0, 600), item('off', -5)], 500);
    expect(out.map((l) => [l.anchor, l.visible])).toEqual([
      ['end', true],
      ['start', false],
      ['start', false],
    ]);
  });

  it('rows do not collide with each other', () => {
    const out = placeLabels([item('a', 100, 1, 50, 0), item('b', 100, 0, 50, 1)], 500);
    expect(out.every((l) => l.visible && l.line === 0 && l.anchor === 'start')).toBe(true);
  });

  it('places 2,000 crowded labels with no two visible ones overlapping on a row and line', () => {
    const items = Array.from({ length: 2000 }, (_, i) =>
      item(`k${i}`, (i * 7919) % 1900, (i * 31) % 17, 40 + (i % 60), i % 12),
    );
    const out = placeLabels(items, 1920);
    expect(out.map((l) => l.key)).toEqual(items.map((i) => i.key));
    const spans = new Map<string, Array<[number, number]>>();
    out.forEach((l, i) => {
      if (!l.visible) return;
      const { width, row } = items[i]!;
      const span: [number, number] = l.anchor === 'start' ? [l.x, l.x + width] : [l.x - width, l.x];
      expect(span[0]).toBeGreaterThanOrEqual(0);
      expect(span[1]).toBeLessThanOrEqual(1920);
      const slot = `${row}:${l.line}`;
      for (const [lo, hi] of spans.get(slot) ?? [])
        expect(span[1] <= lo || span[0] >= hi).toBe(true);
      spans.set(slot, [...(spans.get(slot) ?? []), span]);
    });
    // Crowded but not hopeless: a good share of labels still shows.
    expect(out.filter((l) => l.visible).length).toBeGreaterThan(200);
  });
});
