import { describe, expect, it } from 'vitest';
import {
  buildCohort,
  cohortAxis,
  cohortLegend,
  rowGeometry,
  type Cohort,
} from '../../../src/core/cohort/index.ts';
import { libraryLoads } from './helpers.ts';

const W = 760;
const cohort: Cohort = buildCohort(libraryLoads());

describe('cohortAxis and rowGeometry', () => {
  it.each(['symlog', 'linear'] as const)(
    '%s: order-only markers sit inside their zone, timed ones inside the time columns',
    (scale) => {
      const axis = cohortAxis(cohort, scale, W);
      expect(axis.zones.before.x1).toBeLessThan(axis.time.x0);
      expect(axis.time.x1).toBeLessThan(axis.zones.after.x0);
      for (const row of cohort.rows) {
        for (const g of rowGeometry(row, axis).markers) {
          const p = g.marker.place;
          if (p.kind === 'order') {
            const z = axis.zones[p.zone];
            expect(g.x).toBeGreaterThan(z.x0);
            expect(g.x).toBeLessThan(z.x1);
          } else {
            expect(g.x).toBeGreaterThanOrEqual(axis.time.x0 - 0.01);
            expect(g.x).toBeLessThanOrEqual(axis.time.x1 + 0.01);
          }
        }
      }
    },
  );

  it('the symlog axis gives the first weeks more room than the linear one', () => {
    const sym = cohortAxis(cohort, 'symlog', W);
    const lin = cohortAxis(cohort, 'linear', W);
    const width = (a: typeof sym) => a.x(13) - a.x(0);
    expect(width(sym)).toBeGreaterThan(4 * width(lin));
    expect(width(sym)).toBeGreaterThan(20);
  });

  it('ticks are in day order, include day 0 and never crowd each other', () => {
    for (const scale of ['symlog', 'linear'] as const) {
      const { ticks } = cohortAxis(cohort, scale, W);
      expect(ticks.some((t) => t.day === 0)).toBe(true);
      for (let i = 1; i < ticks.length; i++) {
        expect(ticks[i]!.day).toBeGreaterThan(ticks[i - 1]!.day);
        expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(38);
      }
    }
  });

  it('markers close together move to different levels instead of hiding each other', () => {
    const axis = cohortAxis(cohort, 'symlog', W);
    for (const row of cohort.rows) {
      const ms = rowGeometry(row, axis).markers;
      for (let i = 0; i < ms.length; i++)
        for (let j = i + 1; j < ms.length; j++) {
          const [a, b] = [ms[i]!, ms[j]!];
          if (a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(14);
        }
    }
  });

  it('an ongoing row gets an arrow after its follow-up; a row with no timed part gets no bar', () => {
    const axis = cohortAxis(cohort, 'symlog', W);
    for (const row of cohort.rows) {
      const g = rowGeometry(row, axis);
      expect(g.arrowX !== null).toBe(row.ongoing);
      expect(g.bar === null).toBe(row.bar === null);
    }
  });
});

describe('cohortLegend', () => {
  it('lists each drawn marker glyph once, then the conventions in use', () => {
    const entries = cohortLegend(cohort.rows);
    const drawn = new Set(cohort.rows.flatMap((r) => r.markers.map((m) => m.glyph.legendKey)));
    const glyphKeys = entries.filter((e) => e.glyph).map((e) => e.key);
    expect(new Set(glyphKeys)).toEqual(drawn);
    expect(glyphKeys).toHaveLength(drawn.size);
    const conventions = entries.filter((e) => !e.glyph).map((e) => e.key);
    expect(conventions).toEqual(['uncertain', 'window', 'order', 'ongoing']);
    expect(entries.find((e) => e.key === 'mrd-negative')!.label).toBe('MRD negative');
  });
});

describe('rowGeometry levels', () => {
  it('every placed infusion at day 0 keeps the middle line, whatever else sits at day 0', () => {
    const axis = cohortAxis(cohort, 'symlog', W);
    for (const row of cohort.rows) {
      const g = rowGeometry(row, axis);
      const zero = g.markers.filter(
        (m) => m.marker.kind === 'infusion' && m.marker.place.kind === 'point',
      );
      expect(zero.length).toBeGreaterThan(0);
      expect(zero[0]!.y).toBe(g.y);
    }
  });
});
