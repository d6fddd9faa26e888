import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { frameChoices, layoutTimeline } from '../../../src/core/layout/index.ts';
import { DEFAULT_LANE_ORDER } from '../../../src/core/layout/types.ts';
import { glyphX, placeRowLabels } from '../../../src/views/Timeline/model/labelItems.ts';
import { laneBoxes } from '../../../src/views/Timeline/model/laneBoxes.ts';
import { markLabel } from '../../../src/views/Timeline/model/markText.ts';
import { CHAR_W, GLYPH_R } from '../../../src/views/Timeline/model/sizes.ts';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';

const overlap = (a: [number, number], b: [number, number]) => a[1] > b[0] && a[0] < b[1];

describe('placeRowLabels(boxes, visible, x, plotW, selected)', () => {
  it.each(Object.values(CASE_IDS).flatMap((id) => [600, 1000, 1600].map((w) => [id, w] as const)))(
    '%s at %i px: labels clear of each other and of other glyphs, inside the plot',
    async (id, plotW) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      for (const { frame } of frameChoices(c, rc)) {
        const layout = layoutTimeline(c, rc, { frame });
        const boxes = laneBoxes(layout, DEFAULT_LANE_ORDER);
        const marks = layout.lanes.flatMap((l) => l.marks);
        const x = scaleLinear().domain([0, layout.axis.uMax]).range([0, plotW]);
        const placed = placeRowLabels(boxes, new Set(marks.map((m) => m.key)), x, plotW, null);
        const rowOf = new Map<string, string>();
        boxes.forEach((b) =>
          b.tracks.forEach((t, ti) => {
            if (t.kind === 'rows' || t.kind === 'series')
              for (const m of t.marks)
                rowOf.set(m.key, `${b.id}:${t.kind === 'rows' ? m.row : `s${ti}`}`);
          }),
        );
        const shown = [...placed.values()].filter((p) => p.visible);
        const text = (key: string, p: (typeof shown)[number]): [number, number] => {
          const w = markLabel(marks.find((m) => m.key === key)!).length * CHAR_W;
          return p.anchor === 'end'
            ? [p.x - GLYPH_R - 6 - w, p.x - GLYPH_R - 6]
            : [p.x + GLYPH_R + 6, p.x + GLYPH_R + 6 + w];
        };
        for (const p of shown) {
          const box = text(p.key, p);
          expect(box[0]).toBeGreaterThanOrEqual(-1);
          expect(box[1]).toBeLessThanOrEqual(plotW + 1);
          for (const q of shown)
            if (q !== p && q.line === p.line && rowOf.get(q.key) === rowOf.get(p.key))
              expect(overlap(box, text(q.key, q)), `${p.key} / ${q.key}`).toBe(false);
          if (p.line === 0)
            for (const m of marks)
              if (m.key !== p.key && rowOf.get(m.key) === rowOf.get(p.key)) {
                const g = glyphX(m, x);
                expect(overlap(box, [g - GLYPH_R, g + GLYPH_R]), `${p.key} over ${m.key}`).toBe(
                  false,
                );
              }
        }
      }
    },
  );
});
