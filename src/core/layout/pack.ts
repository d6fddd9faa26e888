import { MinHeap } from '../time/heap.ts';

/**
 * Packs extents into sub-rows so that overlapping ones never share a row: greedy by start, each
 * item takes the lowest free row (interval-graph colouring, optimal in rows). Touching is not
 * overlapping. O(n log n) and deterministic (ties keep input order).
 */
export function packRows(extents: ReadonlyArray<{ lo: number; hi: number }>): {
  rows: number[];
  count: number;
} {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.lo - extents[b]!.lo || a - b);
  const busy = new MinHeap<{ hi: number; row: number }>(
    (a, b) => a.hi < b.hi || (a.hi === b.hi && a.row < b.row),
  );
  const free = new MinHeap<number>((a, b) => a < b);
  const rows = new Array<number>(extents.length);
  let count = 0;
  for (const i of order) {
    const { lo, hi } = extents[i]!;
    while (busy.size > 0) {
      const top = busy.pop()!; // the shared heap has no peek: put back the first one still busy
      if (top.hi > lo) {
        busy.push(top);
        break;
      }
      free.push(top.row);
    }
    const row = free.size > 0 ? free.pop()! : count++;
    rows[i] = row;
    busy.push({ hi, row });
  }
  return { rows, count };
}
