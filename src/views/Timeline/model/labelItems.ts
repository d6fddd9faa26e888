import { placeLabels } from '../../../core/layout/index.ts';
import type { Mark, PlacedLabel } from '../../../core/layout/types.ts';
import type { LaneBox } from './laneBoxes.ts';
import { markLabel } from './markText.ts';
import { CHAR_W, GLYPH_R } from './sizes.ts';

/**
 * Pixel x of a mark's glyph: at its time; in the middle of a closed window, so it reads as "some
 * day in here" and not as the window's first day; just inside the opening bracket of an open
 * window (or the plot's left edge, when zoomed past it), whose arrow carries it on.
 */
export function glyphX(m: Mark, x: (u: number) => number): number {
  if (m.place.kind !== 'window') return x(m.u.at);
  const [x0, x1] = [x(m.u.lo), x(m.u.hi)];
  // An open window zoomed past its start keeps its glyph at the plot's left edge, on its bracket.
  return m.place.open ? Math.min(Math.max(x0, 0) + GLYPH_R + 3, x1) : (x0 + x1) / 2;
}

/** Pixel x a mark's label hangs from: after a period's bar, else at the glyph. */
export function labelAnchorX(m: Mark, x: (u: number) => number): number {
  if (m.u.end !== null && m.place.kind !== 'window') return x(m.u.end);
  return glyphX(m, x);
}

// Lanes that a reader scans first keep their labels when space runs out.
const LANE_PRIORITY: Record<string, number> = {
  toxicity: 4,
  measurements: 4,
  cellular: 4,
  disease: 3,
  response: 2,
  therapy: 2,
  outcome: 2,
  plans: 1,
};

type Item = { key: string; x: number; width: number; row: number; priority: number; text: number };
type Box = { row: number; lo: number; hi: number; key: string };

/** Pixel box of a label's text at an anchor, as MarkLabel draws it. */
function textBox(x: number, anchor: PlacedLabel['anchor'], it: Item): [number, number] {
  const pad = it.width - it.text;
  return anchor === 'end' ? [x - it.width, x - pad] : [x + pad, x + it.width];
}

const CANDIDATES = [
  [0, 'start'],
  [0, 'end'],
  [1, 'start'],
  [1, 'end'],
] as const;

/**
 * Re-places, in priority order, each label that would print over another mark's glyph (the core
 * places labels against labels; glyphs are the view's to keep clear), then gives every hidden
 * label a second chance in the room that frees. A label tries right and left of its mark on the
 * glyph line, then on the line below, and stays hidden when none is free.
 */
function clearGlyphs(placed: PlacedLabel[], items: Item[], glyphs: Box[], plotW: number) {
  const byKey = new Map(items.map((it) => [it.key, it]));
  const boxOf = (p: PlacedLabel) => textBox(p.x, p.anchor, byKey.get(p.key)!);
  const hitsGlyph = (row: number, [a, b]: [number, number], self: string) =>
    glyphs.some((g) => g.row === row && g.key !== self && g.hi > a && g.lo < b);
  const shown = placed.filter((p) => p.visible);
  const bad = placed.filter(
    (p) => !p.visible || (p.line === 0 && hitsGlyph(byKey.get(p.key)!.row, boxOf(p), p.key)),
  );
  const kept = shown.filter((p) => !bad.includes(p));
  bad.sort((p, q) => byKey.get(q.key)!.priority - byKey.get(p.key)!.priority || p.x - q.x);
  for (const p of bad) {
    const it = byKey.get(p.key)!;
    p.visible = false;
    for (const [line, anchor] of CANDIDATES) {
      const [a, b] = textBox(p.x, anchor, it);
      if (a < 0 || b > plotW) continue;
      if (line === 0 && hitsGlyph(it.row, [a, b], p.key)) continue;
      const clash = kept.some((q) => {
        if (q.line !== line || byKey.get(q.key)!.row !== it.row) return false;
        const [c, d] = boxOf(q);
        return d > a - 4 && c < b + 4;
      });
      if (clash) continue;
      Object.assign(p, { line, anchor, visible: true });
      kept.push(p);
      break;
    }
  }
}

/**
 * Places the labels of every event row and measurement track in view without overlaps (core
 * placeLabels): right of the mark, else left, else one line down, else hidden (the mark keeps its
 * name and details); then keeps them off other marks' glyphs.
 */
export function placeRowLabels(
  boxes: readonly LaneBox[],
  visible: ReadonlySet<string>,
  x: (u: number) => number,
  plotW: number,
  selected: string | null,
): Map<string, PlacedLabel> {
  const items: Item[] = [];
  const glyphs: Box[] = [];
  boxes.forEach((box, laneIndex) => {
    box.tracks.forEach((t, ti) => {
      if (t.kind !== 'rows' && t.kind !== 'series') return;
      for (const m of t.marks) {
        if (!visible.has(m.key)) continue;
        const row = laneIndex * 64 + (t.kind === 'rows' ? m.row : 32 + ti);
        const gx = glyphX(m, x);
        glyphs.push({ row, lo: gx - GLYPH_R - 1, hi: gx + GLYPH_R + 1, key: m.key });
        const text = markLabel(m).length * CHAR_W;
        items.push({
          key: m.key,
          x: Math.min(Math.max(labelAnchorX(m, x), 0), plotW),
          // The box runs from the anchor: the glyph's room, then the text.
          width: text + GLYPH_R + 6,
          text,
          row,
          priority: (m.key === selected ? 10 : 0) + (LANE_PRIORITY[box.id] ?? 0),
        });
      }
    });
  });
  const placed = placeLabels(items, plotW);
  clearGlyphs(placed, items, glyphs, plotW);
  return new Map(placed.map((p) => [p.key, p]));
}
