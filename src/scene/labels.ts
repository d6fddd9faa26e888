import type { LaneId } from '../core/layout/types.ts';
import { glyphReach } from './glyphs.ts';
import type { Box, SceneMark } from './marks.ts';
import type { SceneSizes } from './sizes.ts';
import { cutToWidth, textWidth, wrapText } from './textWidth.ts';

/** A label as drawn: its lines, where they hang, and the box they cover. */
export interface SceneLabel {
  /** Key of the mark it names. */
  key: string;
  /** Text lines, top to bottom (two when wrapped). */
  lines: string[];
  /** Pixel x the text hangs from. */
  x: number;
  /** Which side of x the text runs to: 'start' to the right, 'end' to the left. */
  anchor: 'start' | 'end';
  /** Baseline of the first line. */
  y: number;
  /** Step between lines. */
  lineH: number;
  /** Text size. */
  font: number;
  /** The box the text covers. */
  box: Box;
  /** The whole text, when the drawn one is cut ("…") or replaced by a callout number. */
  full?: string;
  /** True when no free place within reach held the whole text, so it is cut. */
  cut?: boolean;
  /** The callout number drawn instead of the text (the text is listed under the chart). */
  callout?: number;
}

/** A label to place: its mark and the words. */
export interface LabelRequest {
  /** The placed mark. */
  mark: SceneMark;
  /** The words beside it. */
  text: string;
  /** Higher first when room runs out. */
  priority: number;
}

/** A numbered callout: a glyph whose words did not fit anywhere beside it. */
export interface Callout {
  /** The number drawn at the glyph. */
  n: number;
  /** Its mark's key. */
  key: string;
  /** The words. */
  text: string;
}

// Lanes that a reader scans first keep their labels when space runs out.
const LANE_PRIORITY: Partial<Record<LaneId, number>> = {
  toxicity: 4,
  measurements: 4,
  cellular: 4,
  disease: 3,
  response: 2,
  therapy: 2,
  outcome: 2,
  plans: 1,
};

/** The label priority of a mark: the selected mark first, then by lane. */
export function labelPriority(m: SceneMark, selected: string | null): number {
  return (m.key === selected ? 10 : 0) + (LANE_PRIORITY[m.lane] ?? 0);
}

const BUCKET = 64;

/** Boxes bucketed by x, so a candidate is checked against its neighbours only. */
class BoxIndex {
  private buckets = new Map<number, Box[]>();

  add(b: Box): void {
    for (let i = Math.floor(b.x / BUCKET); i <= Math.floor((b.x + b.w) / BUCKET); i++) {
      let list = this.buckets.get(i);
      if (!list) this.buckets.set(i, (list = []));
      list.push(b);
    }
  }

  /** True when `b`, grown by `gap` on each side, meets no box (but `ignore`). */
  free(b: Box, gap: number, ignore?: Box): boolean {
    const x0 = b.x - gap;
    const x1 = b.x + b.w + gap;
    for (let i = Math.floor(x0 / BUCKET); i <= Math.floor(x1 / BUCKET); i++)
      for (const o of this.buckets.get(i) ?? [])
        if (o !== ignore && o.x < x1 && o.x + o.w > x0 && o.y < b.y + b.h && o.y + o.h > b.y)
          return false;
    return true;
  }

  /** How far from x0 (right for dir 1, left for -1; at most `limit`) the band [y0, y1] stays free of boxes. */
  room(x0: number, y0: number, y1: number, dir: 1 | -1, limit: number, gap: number): number {
    let best = limit;
    const first = Math.floor(x0 / BUCKET);
    // Walk the buckets outwards from x0 and stop once they lie beyond the best room found.
    for (
      let i = first;
      dir === 1 ? i * BUCKET <= x0 + best + gap : (i + 1) * BUCKET >= x0 - best - gap;
      i += dir
    )
      for (const o of this.buckets.get(i) ?? []) {
        if (!(o.y < y1 && o.y + o.h > y0)) continue;
        // Only what lies on the way counts: a box behind x0 does not block the room ahead.
        const ahead = dir === 1 ? o.x + o.w + gap > x0 : o.x - gap < x0;
        if (!ahead) continue;
        const d = dir === 1 ? o.x - gap - x0 : x0 - (o.x + o.w + gap);
        best = Math.min(best, Math.max(0, d));
      }
    return best;
  }
}

/** One place a label may take: which line, which side, and where its text hangs from. */
interface Spot {
  line: 0 | 1;
  anchor: 'start' | 'end';
  x: number;
}

/** The places within reach of a mark, best first: beside it (and its whisker or bracket) on its line, then under it. */
function spots(m: SceneMark, sizes: SceneSizes, plotW: number): Spot[] {
  const gap = sizes.labelGap;
  const side = m.showGlyph ? glyphReach(m.mark.glyph.shape, m.r).side : 0;
  let left = m.x - side;
  let right = m.x + side;
  if (m.bar) [left, right] = [Math.min(left, m.bar[0]), Math.max(right, m.bar[1])];
  // Words along a whisker or bracket read as struck through: beside it, not on it.
  if (m.span) [left, right] = [Math.min(left, m.span[0]), Math.max(right, m.span[1])];
  return [
    { line: 0, anchor: 'start', x: right + gap },
    { line: 0, anchor: 'end', x: left - gap },
    // Under the mark, slid inside the plot when the mark sits at its edge.
    { line: 1, anchor: 'start', x: Math.max(0, m.bar ? m.bar[0] : m.x - m.r) },
    { line: 1, anchor: 'end', x: Math.min(plotW, m.bar ? m.bar[1] : m.x + m.r) },
  ];
}

/** Top of a label line: the glyph line is centred on the glyph, the second line below it. */
function lineTop(m: SceneMark, line: 0 | 1, sizes: SceneSizes): number {
  if (line === 0) return m.y - sizes.lineH / 2;
  return m.y + Math.max(m.r, sizes.barHalf) + 1;
}

function boxAt(s: Spot, w: number, top: number, h: number): Box {
  return { x: s.anchor === 'start' ? s.x : s.x - w, y: top, w, h };
}

/**
 * Places the labels of every event row and measurement track in view so that none covers another
 * label, a glyph or a bar (its own included), inside the plot [0, plotW]. Higher priority first;
 * each label takes the first free place within reach: whole on the glyph's line (right, then
 * left), whole on the line under it, wrapped on two lines beside it; only then cut to the widest
 * free place; failing that, a number at the glyph whose words are listed under the chart.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  plotW: number,
  sizes: SceneSizes,
  lanes: ReadonlyArray<{ y: number; height: number }>,
): { labels: Map<string, SceneLabel>; callouts: Callout[] } {
  const { font, lineH, labelGap: gap } = sizes;
  const byLane = new Map<number, BoxIndex>();
  const index = (lane: number) => {
    let i = byLane.get(lane);
    if (!i) byLane.set(lane, (i = new BoxIndex()));
    return i;
  };
  const spans = new Map<string, Box>();
  for (const r of requests) {
    const m = r.mark;
    index(m.laneIndex).add(m.box);
    // A whisker or bracket is thin, but words printed along it read as struck through.
    if (m.span) {
      const span = { x: m.span[0], y: m.y - 1.5, w: m.span[1] - m.span[0], h: 3 };
      spans.set(m.key, span);
      index(m.laneIndex).add(span);
    }
  }
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || a.mark.x - b.mark.x || (a.mark.key < b.mark.key ? -1 : 1),
  );
  const labels = new Map<string, SceneLabel>();
  const callouts: Callout[] = [];
  const inside = (b: Box) => b.x >= 0 && b.x + b.w <= plotW;
  const baseline = (top: number) => top + lineH / 2 + font * 0.35;

  for (const req of order) {
    const { mark: m, text } = req;
    const boxes = index(m.laneIndex);
    const lane = lanes[m.laneIndex];
    // A label stays in its own lane: the next lane's labels are not in this lane's index.
    const inLane = (b: Box) => !lane || (b.y >= lane.y && b.y + b.h <= lane.y + lane.height);
    const fits = (b: Box) => inside(b) && inLane(b) && boxes.free(b, gap / 2);
    const put = (s: Spot, lines: string[], top: number, extra: Partial<SceneLabel> = {}) => {
      const w = Math.max(...lines.map((l) => textWidth(l, font)));
      const box = boxAt(s, w, top, lineH * lines.length);
      const label: SceneLabel = {
        key: m.key,
        lines,
        x: s.x,
        anchor: s.anchor,
        y: baseline(top),
        lineH,
        font,
        box,
        ...extra,
      };
      boxes.add(box);
      labels.set(m.key, label);
    };
    // A measurement track keeps its line of words under the points even in a compact pane: other
    // points' brackets run along its one line.
    const under = sizes.underLine || m.track === 'series';
    const places = spots(m, sizes, plotW).filter((s) => s.line === 0 || under);
    const w = textWidth(text, font);
    let done = false;
    for (const s of places) {
      const top = lineTop(m, s.line, sizes);
      if (fits(boxAt(s, w, top, lineH))) {
        put(s, [text], top);
        done = true;
        break;
      }
    }
    if (done) continue;
    if (sizes.maxLines >= 2) {
      // Two lines beside the glyph, as wide as the free room on that side allows.
      for (const s of places.slice(0, 2)) {
        const top = lineTop(m, 0, sizes);
        const limit = s.anchor === 'start' ? plotW - s.x : s.x;
        const dir = s.anchor === 'start' ? 1 : -1;
        const room = boxes.room(s.x, top, top + 2 * lineH, dir, Math.max(0, limit), gap / 2);
        const wrapped = room >= font * 4 ? wrapText(text, room - 1, font, 2) : null;
        if (!wrapped) continue;
        const ww = Math.max(...wrapped.map((l) => textWidth(l, font)));
        if (fits(boxAt(s, ww, top, wrapped.length * lineH))) {
          put(s, wrapped, top);
          done = true;
          break;
        }
      }
    }
    if (done) continue;
    // Cut only now: no place within reach holds the whole text.
    let best: { s: Spot; room: number; top: number } | null = null;
    for (const s of places) {
      const top = lineTop(m, s.line, sizes);
      const limit = s.anchor === 'start' ? plotW - s.x : s.x;
      if (limit <= 0 || s.x < 0 || s.x > plotW) continue;
      const dir = s.anchor === 'start' ? 1 : -1;
      const room = boxes.room(s.x, top, top + lineH, dir, limit, gap / 2);
      if (!best || room > best.room) best = { s, room, top };
    }
    const cut = best ? cutToWidth(text, best.room - 1, font) : '';
    if (best && cut.length >= 4) {
      put(best.s, [cut], best.top, { cut: true, full: text });
      continue;
    }
    // Last, a number: beside the glyph, under or over it, even on its own bracket (a number there
    // still reads); its words go in the list under the chart.
    const n = String(callouts.length + 1);
    const nw = textWidth(n, font);
    const side = m.showGlyph ? glyphReach(m.mark.glyph.shape, m.r).side : 0;
    const own = spans.get(m.key);
    const over = { line: 0 as const, anchor: 'start' as const, x: m.x - nw / 2 };
    const numberSpots: Array<[Spot, number]> = [
      ...places.map((s): [Spot, number] => [s, lineTop(m, s.line, sizes)]),
      [{ line: 0, anchor: 'start', x: m.x + side + 2 }, lineTop(m, 0, sizes)],
      [{ line: 0, anchor: 'end', x: m.x - side - 2 }, lineTop(m, 0, sizes)],
      [over, m.y - m.r - 1 - lineH],
      ...(under ? [[{ ...over, line: 1 }, lineTop(m, 1, sizes)] as [Spot, number]] : []),
    ];
    for (const [s, top] of numberSpots) {
      const b = boxAt(s, nw, top, lineH);
      if (inside(b) && inLane(b) && boxes.free(b, 1, own)) {
        callouts.push({ n: callouts.length + 1, key: m.key, text });
        put(s, [n], top, { callout: callouts.length, full: text });
        break;
      }
    }
  }
  return { labels, callouts };
}
