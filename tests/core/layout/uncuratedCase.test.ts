// A case the library does not hold, written as a new curator would (an axicabtagene ciloleucel
// report with dates, offsets and order-only events mixed, five CAR-copy points, a lab known only
// to peak "in the first 28 days" and a CRS treated twice): the layout must keep every constraint.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../src/core/format/index.ts';
import { frameChoices, layoutTimeline, treatmentLinks } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';

const FILE = 'tests/fixtures/valid/axicel-mixed.json';
const text = readFileSync(FILE, 'utf8');
const c = JSON.parse(text) as Case;
const rc = resolveCase(c);
const frame = { mode: 'relative' as const, anchor: 'cart' };
const layout = layoutTimeline(c, rc, { frame });
const marks = layout.lanes.flatMap((l) => l.marks);
const mark = (key: string) => marks.find((m) => m.key === key)!;

describe('an axicabtagene ciloleucel case with mixed time kinds', () => {
  it('validates cleanly and opens on days from its infusion', () => {
    expect(validateCaseText(text, FILE).problems).toEqual([]);
    expect(frameChoices(c, rc)[0]!.frame).toEqual(frame);
  });

  it('joins the five CAR-copy points in one timed stretch, each at its day', () => {
    const points = [0, 1, 2, 3, 4].map((i) => mark(`car-copies[${i}]`));
    expect(points.map((m) => (m.place.kind === 'point' ? m.place.day : null))).toEqual([
      3, 7, 10, 14, 28,
    ]);
    expect(new Set(points.map((m) => m.stretch)).size).toBe(1);
    expect(points[0]!.stretch).toBeGreaterThanOrEqual(0);
  });

  it('gives an IL-6 peak "in the first 28 days" its window and no best day', () => {
    expect(mark('il6[0]').place).toEqual({ kind: 'window', lo: 0, hi: 28 });
    expect(mark('il6[0]').stretch).toBe(-1);
  });

  it('keeps the order-only remission after the infusion and the dexamethasone after tocilizumab', () => {
    const remission = mark('remission').place;
    expect(remission.kind).toBe('window');
    if (remission.kind === 'window') expect(remission.lo).toBe(0);
    const dex = mark('dex').place;
    expect(dex.kind === 'window' && dex.lo).toBe(2);
    expect(mark('crs').place).toMatchObject({ kind: 'point', day: 1 });
  });

  it('links the CRS to both treatments', () => {
    const links = treatmentLinks(layout, c).map((l) => `${l.from}→${l.to}`);
    expect(links.sort()).toEqual(['dex→crs', 'toci→crs']);
  });

  it('puts no order-only band inside the stretch around the infusion', () => {
    for (const s of layout.axis.segments)
      if (s.kind === 'time') expect(s.u1 - s.u0).toBeCloseTo(s.d1 - s.d0, 9);
  });
});
