import type { KineticsSummary } from '../../../core/kinetics/index.ts';
import { kineticsY } from '../model/kineticsScale.ts';
import { glyphX } from '../model/labelItems.ts';
import type { LaneBox } from '../model/laneBoxes.ts';
import { GLYPH_Y, ROW_H } from '../model/sizes.ts';

/**
 * Above this many marks in view the chart draws its marks on one canvas: thousands of SVG groups
 * cannot be re-laid out at 60 frames a second. Every curated case stays far below it, so their
 * SVG (and the export built from it) is unchanged.
 */
export const DENSE_LIMIT = 600;

/** True when the marks in view are too many for SVG. */
export function isDense(marksInView: number): boolean {
  return marksInView > DENSE_LIMIT;
}

/** One mark as the canvas draws it: a dot, or a bar from x to x2 for a period. */
export interface DenseDot {
  x: number;
  /** End of a period's bar; null for a point. */
  x2: number | null;
  y: number;
  r: number;
  /** Palette token of the glyph (CSS custom property without "--"). */
  tone: string;
  hollow: boolean;
}

/**
 * Where every mark in view sits, computed exactly as the SVG lanes place them: event rows by
 * packed row, measurement points on their track's middle line, kinetics points on their y scale
 * (censored and valueless ones on the floor).
 */
export function denseDots(
  boxes: readonly LaneBox[],
  visible: ReadonlySet<string>,
  x: (u: number) => number,
  summaries: ReadonlyMap<string, KineticsSummary>,
  domains?: ReadonlyMap<string, [number, number]>,
): DenseDot[] {
  const out: DenseDot[] = [];
  for (const box of boxes) {
    if (box.collapsed || box.empty) continue;
    const r = box.id === 'toxicity' ? 9 : 7;
    for (const t of box.tracks) {
      if (t.kind === 'figure') continue;
      let yOf: (index: number | undefined, row: number) => number;
      let rr = r;
      if (t.kind === 'rows') yOf = (_i, row) => t.y + row * ROW_H + GLYPH_Y;
      else if (t.kind === 'series') {
        rr = 6;
        yOf = () => t.y + t.height / 2 + 2;
      } else {
        const s = summaries.get(t.seriesId);
        if (!s) continue;
        rr = 5;
        const ys = kineticsY(s, t.y, t.height, domains?.get(t.seriesId));
        const floor = ys.y(ys.domain[0]);
        const byIndex = new Map(s.points.map((p) => [p.pointIndex, p]));
        yOf = (i) => {
          const p = byIndex.get(i as number);
          return p && !p.censored && p.value !== null ? ys.y(p.value) : floor;
        };
      }
      for (const m of t.marks) {
        if (!visible.has(m.key)) continue;
        const period = m.u.end !== null && m.place.kind !== 'window';
        out.push({
          x: period ? x(m.u.at) : glyphX(m, x),
          x2: period ? x(m.u.end!) : null,
          y: yOf(m.pointIndex, m.row),
          r: rr,
          tone: m.glyph.tone,
          hollow: m.glyph.fill === 'hollow',
        });
      }
    }
  }
  return out;
}

/** The keys the SVG lanes draw in a dense view: none (the canvas draws them). */
export const NO_KEYS: ReadonlySet<string> = new Set();
