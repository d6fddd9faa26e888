import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { ViewStoreProvider } from '../../../src/app/viewStore/ViewStoreContext.tsx';
import { CaseTimeline } from '../../../src/views/Timeline/CaseTimeline.tsx';
import {
  DENSE_LIMIT,
  denseDots,
  isDense,
  NO_KEYS,
} from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { laneBoxes } from '../../../src/views/Timeline/model/laneBoxes.ts';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';

const markup = (c: Parameters<typeof CaseTimeline>[0]['c'], rc: ReturnType<typeof resolveCase>) =>
  renderToStaticMarkup(
    <ViewStoreProvider initial={initialView(c, rc, {})}>
      <CaseTimeline c={c} rc={rc} width={1200} />
    </ViewStoreProvider>,
  );

describe('dense views', () => {
  it('isDense switches above DENSE_LIMIT marks in view, not at it', () => {
    expect(isDense(DENSE_LIMIT)).toBe(false);
    expect(isDense(DENSE_LIMIT + 1)).toBe(true);
  });

  it('denseDots places one dot per mark in view and none for marks out of view', () => {
    const c = syntheticCaseOfSize('S');
    const rc = resolveCase(c);
    const layout = layoutTimeline(c, rc, { frame: { mode: 'calendar', anchor: null } });
    const boxes = laneBoxes(
      layout,
      layout.lanes.map((l) => l.id),
    );
    const drawable = boxes.flatMap((b) =>
      b.tracks.flatMap((t) => (t.kind === 'rows' || t.kind === 'series' ? t.marks : [])),
    );
    const keys = new Set(drawable.map((m) => m.key));
    const x = (u: number) => u;
    const dots = denseDots(boxes, keys, x, new Map());
    expect(dots).toHaveLength(keys.size);
    expect(denseDots(boxes, NO_KEYS, x, new Map())).toEqual([]);
    const half = new Set([...keys].slice(0, Math.floor(keys.size / 2)));
    expect(denseDots(boxes, half, x, new Map())).toHaveLength(half.size);
  });

  it('a synthetic M case draws its marks on a canvas, not as thousands of SVG marks', () => {
    const c = syntheticCaseOfSize('M');
    const html = markup(c, resolveCase(c));
    expect(html).toContain('timeline__dense');
    expect(html.match(/data-mark=/g) ?? []).toHaveLength(0);
  });

  it.each(Object.values(CASE_IDS))('the curated case %s stays all SVG, no canvas', async (id) => {
    const { case: c, resolved: rc } = await fixtureOkCase(id);
    const html = markup(c, rc);
    expect(html).not.toContain('timeline__dense');
    expect((html.match(/data-mark=/g) ?? []).length).toBeGreaterThan(0);
  });
});
