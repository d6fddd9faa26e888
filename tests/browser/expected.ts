// What the browser tests expect to see, computed in Node by the same pure core the app draws from.
import type { Case } from '../../src/core/format/index.ts';
import { legendFor } from '../../src/core/glyphs/index.ts';
import { frameChoices, layoutTimeline } from '../../src/core/layout/index.ts';
import type { Frame } from '../../src/core/layout/types.ts';
import { resolveCase } from '../../src/core/time/index.ts';

/** Marks, unplaced facts and legend keys of a case's timeline in a frame (default: its first). */
export function expectedTimeline(c: Case, frame?: Frame) {
  const rc = resolveCase(c);
  const f = frame ?? frameChoices(c, rc)[0]!.frame;
  const layout = layoutTimeline(c, rc, { frame: f });
  const marks = layout.lanes.flatMap((l) => l.marks);
  return {
    marks: marks.length,
    unplaced: layout.unplaced.length,
    legendKeys: legendFor(marks.map((m) => m.glyph)).map((e) => e.key),
  };
}
