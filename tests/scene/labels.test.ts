import { describe, expect, it } from 'vitest';
import { textWidth, type Box, type Scene } from '../../src/scene/index.ts';
import { caseScene, shipped, TARGETS } from './caseScenes.ts';

const meets = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h && b.y < a.y + a.h;

/** Everything a label must keep clear of in its lane: glyphs and bars, whiskers and brackets. */
function obstacles(scene: Scene, lane: number): Box[] {
  return scene.marks
    .filter((m) => m.laneIndex === lane)
    .flatMap((m) => [
      m.box,
      ...(m.span ? [{ x: m.span[0], y: m.y - 1.5, w: m.span[1] - m.span[0], h: 3 }] : []),
    ]);
}

describe.each(shipped.map((e) => [e.c.id, e] as const))('the scene of %s', (_id, entry) => {
  describe.each(TARGETS.map((t) => [t.name, t] as const))('at %s', (_name, { target, width }) => {
    const scene = caseScene(entry, target, width);
    const markOf = new Map(scene.marks.map((m) => [m.key, m]));

    it('keeps every label inside the plot, off every glyph, bar and whisker, and off other labels', () => {
      const labels = [...scene.labels.values()];
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) {
        const m = markOf.get(l.key)!;
        expect(l.box.x, l.key).toBeGreaterThanOrEqual(0);
        expect(l.box.x + l.box.w, l.key).toBeLessThanOrEqual(scene.plotW + 0.01);
        for (const o of obstacles(scene, m.laneIndex))
          expect(meets(l.box, o), `${l.key} “${l.lines.join(' ')}” covers a mark`).toBe(false);
        for (const other of labels)
          if (other !== l)
            expect(meets(l.box, other.box), `${l.key} meets ${other.key}`).toBe(false);
      }
    });

    it('cuts a label only when its whole text fits neither where it is nor across its mark', () => {
      for (const l of scene.labels.values()) {
        if (!l.cut) continue;
        const m = markOf.get(l.key)!;
        const w = textWidth(l.full!, l.font);
        const others = [
          ...obstacles(scene, m.laneIndex).filter((o) => o !== m.box),
          ...[...scene.labels.values()].filter((x) => x !== l).map((x) => x.box),
        ];
        const right = { x: m.box.x + m.box.w + 1, y: l.box.y, w, h: l.box.h };
        const left = { x: m.box.x - 1 - w, y: l.box.y, w, h: l.box.h };
        for (const b of [right, left]) {
          const free = b.x >= 0 && b.x + b.w <= scene.plotW && !others.some((o) => meets(b, o));
          expect(free, `${l.key} was cut to “${l.lines[0]}” with room for “${l.full}”`).toBe(false);
        }
      }
    });

    it('draws every lane title whole, and beside the lanes within the gutter', () => {
      for (const lane of scene.lanes) {
        expect(lane.titleLines.join(' ')).toBe(lane.title);
        if (!scene.sizes.titlesAbove)
          for (const line of lane.titleLines)
            expect(textWidth(line, scene.sizes.titleFont, true)).toBeLessThanOrEqual(
              scene.gutter - 10,
            );
      }
    });

    it('never lets two glyphs of an event lane touch at the full view', () => {
      const rows = scene.marks.filter((m) => m.track === 'rows' && m.showGlyph);
      for (const a of rows)
        for (const b of rows)
          if (a !== b && a.laneIndex === b.laneIndex)
            expect(meets(glyphOnly(a), glyphOnly(b)), `${a.key} and ${b.key} overlap`).toBe(false);
    });

    it('names every event glyph: a label beside it or a numbered callout', () => {
      for (const m of scene.marks.filter((x) => x.track === 'rows'))
        expect(scene.labels.has(m.key), `${m.key} has no label`).toBe(true);
      scene.callouts.forEach((c, i) => expect(scene.labels.get(c.key)?.callout).toBe(i + 1));
    });

    it('sets no text smaller than the target allows', () => {
      const least = target.kind === 'slide' ? target.font! : 12;
      expect(scene.sizes.font).toBeGreaterThanOrEqual(least);
      expect(scene.sizes.titleFont).toBeGreaterThanOrEqual(least);
      if (target.kind === 'slide' || scene.sizes.titlesAbove)
        expect(scene.sizes.glyphFont).toBeGreaterThanOrEqual(least);
    });
  });
});

/** A glyph's own box, without its bar. */
function glyphOnly(m: Scene['marks'][number]): Box {
  const r = m.r;
  return { x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r };
}
