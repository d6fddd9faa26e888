import type { PlacedLabel } from './types.ts';

/** Pixels kept free between two labels on one line. */
const GAP_PX = 4;

type Item = { key: string; x: number; width: number; row: number; priority: number };

/** Placed label boxes of one row and line, disjoint and sorted by left edge. */
class Line {
  private lo: number[] = [];
  private hi: number[] = [];

  /** True when [a, b] stays at least GAP_PX clear of every box on the line. */
  free(a: number, b: number): boolean {
    const i = this.firstEndingAfter(a - GAP_PX);
    return i === this.lo.length || this.lo[i]! >= b + GAP_PX;
  }

  add(a: number, b: number): void {
    const i = this.firstEndingAfter(a);
    this.lo.splice(i, 0, a);
    this.hi.splice(i, 0, b);
  }

  private firstEndingAfter(x: number): number {
    let a = 0;
    let b = this.hi.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.hi[m]! > x) b = m;
      else a = m + 1;
    }
    return a;
  }
}

/**
 * Places labels greedily, higher priority first: right of the mark ('start'), else left of it
 * ('end'), else the same on one extra line, else hidden. Never outside [0, widthPx]. Returned in
 * input order.
 */
export function placeLabels(items: Item[], widthPx: number): PlacedLabel[] {
  const out: PlacedLabel[] = items.map((it) => ({
    key: it.key,
    x: it.x,
    anchor: 'start',
    line: 0,
    visible: false,
  }));
  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[b]!.priority - items[a]!.priority || items[a]!.x - items[b]!.x || a - b);
  const lines = new Map<number, Line>();
  const lineOf = (row: number, line: number) => {
    const k = row * 2 + line;
    let l = lines.get(k);
    if (!l) lines.set(k, (l = new Line()));
    return l;
  };
  for (const i of order) {
    const { x, width, row } = items[i]!;
    for (const [line, anchor] of [
      [0, 'start'],
      [0, 'end'],
      [1, 'start'],
      [1, 'end'],
    ] as const) {
      const [a, b] = anchor === 'start' ? [x, x + width] : [x - width, x];
      if (a < 0 || b > widthPx) continue;
      const l = lineOf(row, line);
      if (!l.free(a, b)) continue;
      l.add(a, b);
      out[i] = { key: items[i]!.key, x, anchor, line, visible: true };
      break;
    }
  }
  return out;
}
