// Maps JSON paths to line and column in the original text, so a curator can jump to the spot.

import { scanJson } from './jsonScan.ts';
import { parentPath } from './paths.ts';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Finds positions of paths in one JSON text. */
export interface Locator {
  /** Position of the path's key (of the value for list elements and the top); else of its nearest existing ancestor. */
  locate(path: string): Position | undefined;
  /** Like locate for many paths, in one pass over the text. */
  locateAll(paths: readonly string[]): Array<Position | undefined>;
  /** Position of a character offset. */
  position(offset: number): Position;
}

/** Builds a locator. Nothing is scanned until asked: valid files never need positions. */
export function createLocator(text: string): Locator {
  const found = new Map<string, number | null>();
  let lineStarts: number[] | null = null;

  const position = (offset: number): Position => {
    lineStarts ??= findLineStarts(text);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  const locateAll = (paths: readonly string[]): Array<Position | undefined> => {
    const unknown = paths.filter((p) => !found.has(p));
    if (unknown.length > 0) {
      const offsets = offsetsOf(text, unknown);
      for (const p of unknown) found.set(p, nearestOffset(p, offsets));
    }
    return paths.map((p) => {
      const at = found.get(p);
      return at === null || at === undefined ? undefined : position(at);
    });
  };

  return { locate: (path) => locateAll([path])[0], locateAll, position };
}

/** The offset of a path, or of its nearest ancestor that the text has. */
function nearestOffset(path: string, offsets: Map<string, number>): number | null {
  for (let p = path; ; p = parentPath(p)) {
    const at = offsets.get(p);
    if (at !== undefined) return at;
    if (p === '') return null;
  }
}

/**
 * Offsets of the wanted paths and their ancestors, in one scan that builds path strings only along
 * those branches. Keys win over values so messages point at `"name":` rather than at what follows.
 */
function offsetsOf(text: string, paths: readonly string[]): Map<string, number> {
  const wanted = new Set<string>();
  for (const path of paths) {
    for (let p = path; !wanted.has(p); p = parentPath(p)) {
      wanted.add(p);
      if (p === '') break;
    }
  }
  const offsets = new Map<string, number>();
  scanJson(text, {
    descend: (path) => wanted.has(path),
    onKey: (path, offset) => {
      if (wanted.has(path)) offsets.set(path, offset);
    },
    onValue: (path, offset) => {
      if (wanted.has(path) && !offsets.has(path)) offsets.set(path, offset);
    },
  });
  return offsets;
}

/** Offsets at which lines start; a line ends at "\n" (a "\r" before it stays on that line). */
function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
