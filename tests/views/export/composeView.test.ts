// @vitest-environment jsdom
// An export is composed from scenes and the palette, not from the page: a case, a comparison (a
// dense pane included) and the cohort, each checked as a parsed file against the scenes and the
// cohort geometry it was drawn from: every mark, the legend of what is drawn, headings, sources.
import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { buildCohort, cohortAxis, rowGeometry } from '../../../src/core/cohort/index.ts';
import type { CaseLoad } from '../../../src/core/library/loadLibrary.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { composeView } from '../../../src/views/Export/exportActions.ts';
import type { ComposedExport } from '../../../src/scene/index.ts';
import { caseEntries, compareEntries } from '../../../src/views/Export/exportLegend.ts';
import { svgFileText } from '../../../src/views/Export/svgDom.ts';
import {
  casePlan,
  comparePlans,
  drawPlans,
  EXPORT_WIDTH,
} from '../../../src/views/Export/viewScenes.ts';
import { CASE_IDS, fixtureCase, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

/** The file written by the export's DOM serialiser and parsed back as a standalone SVG document. */
function parse(file: ComposedExport) {
  const text = svgFileText(file.tree);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return {
    doc,
    marks: [...doc.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('data-mark')),
    legend: [...doc.querySelectorAll('[data-role="legend"] [data-legend-key]')].map((g) =>
      g.getAttribute('data-legend-key'),
    ),
    desc: doc.querySelector('svg > desc')!.textContent!,
    text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
    file: text,
  };
}

/** A generated case as a reader's own opened file. */
function ownLoad(): Loaded {
  const c = syntheticCaseOfSize('S');
  return {
    entry: { id: c.id, file: `${c.id}.json`, title: c.title } as Loaded['entry'],
    status: 'ok',
    case: c,
    resolved: resolveCase(c),
    problems: [],
  };
}

describe('composeView', () => {
  it('a case: every mark in view, the legend of what is in view, the sources, a desc with no controls', async () => {
    const zhou = await fixtureOkCase(CASE_IDS.zhou);
    // Days 0 to 40 from the infusion: part of the case is out of view.
    const hash = '#/case/003-zhou?v=1&from=0&to=40';
    const [drawn] = drawPlans([casePlan(zhou, hash)]);
    const whole = drawPlans([casePlan(zhou, '')])[0]!;
    expect(drawn!.scene.marks.length).toBeLessThan(whole.scene.marks.length);
    const file = composeView({ view: 'case', loads: [zhou] }, hash);
    const svg = parse(file);
    expect(svg.marks.sort()).toEqual(drawn!.scene.marks.map((m) => m.key).sort());
    expect(svg.legend).toEqual(caseEntries(drawn!).map((e) => e.key));
    expect(svg.legend.length).toBeLessThan(caseEntries(whole).length);
    expect(svg.text).toContain('doi:10.3389/fimmu.2024.1519055');
    expect(svg.desc).toContain(zhou.case.title);
    expect(svg.desc).not.toMatch(/press|zoom|click|button/i);
    expect(svg.file).not.toMatch(/[▾▸]|class=|<script|foreignObject/);
    expect(svg.file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(Number(svg.doc.documentElement.getAttribute('width'))).toBe(file.width);
  });

  it('a comparison: both panes on one time axis under their headings, one legend, both sources', async () => {
    const zhou = await fixtureOkCase(CASE_IDS.zhou);
    const marina = await fixtureOkCase(CASE_IDS.marina);
    const loads = [zhou, marina];
    const hash = `#/compare?v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`;
    const charts = drawPlans(comparePlans(loads, hash));
    expect(charts.map((d) => d.c.id)).toEqual([zhou.case.id, marina.case.id]);
    // One day at one x in both: the same gutter and the same u → x scale.
    expect(charts[0]!.scene.gutter).toBe(charts[1]!.scene.gutter);
    expect(charts[0]!.scene.x(10)).toBeCloseTo(charts[1]!.scene.x(10));
    // Every lane either case shows is in both charts, in one order.
    expect(charts[0]!.scene.lanes.map((b) => b.id)).toEqual(
      charts[1]!.scene.lanes.map((b) => b.id),
    );
    const svg = parse(composeView({ view: 'compare', loads }, hash));
    expect(svg.marks).toHaveLength(charts[0]!.scene.marks.length + charts[1]!.scene.marks.length);
    expect(svg.doc.querySelectorAll('svg > g > svg')).toHaveLength(2);
    expect(svg.text).toContain(`First case: ${zhou.case.title}`);
    expect(svg.text).toContain(`Second case: ${marina.case.title}`);
    expect(svg.legend).toEqual(compareEntries(charts).map((e) => e.key));
    for (const c of [zhou.case, marina.case])
      for (const s of c.sources) if (s.doi) expect(svg.text).toContain(`doi:${s.doi}`);
    expect(svg.desc).toMatch(/^Comparison of 2 cases/);
  });

  it('a dense comparison holds the same marks as its scenes (the screen paints them on a canvas)', async () => {
    const own = ownLoad();
    const zhou = await fixtureOkCase(CASE_IDS.zhou);
    const loads = [own, zhou];
    const hash = `#/compare?v=1&a=${own.entry.id}&b=${CASE_IDS.zhou}`;
    const charts = drawPlans(comparePlans(loads, hash));
    expect(charts[0]!.scene.marks.length).toBeGreaterThan(600);
    const svg = parse(composeView({ view: 'compare', loads }, hash));
    expect(svg.marks.sort()).toEqual(charts.flatMap((d) => d.scene.marks.map((m) => m.key)).sort());
  }, 30000);

  it('the cohort: every row by name, every marker its geometry places, the legend and sources', async () => {
    const loads = await Promise.all(Object.values(CASE_IDS).map((id) => fixtureCase(id)));
    const cohort = buildCohort(loads);
    const axis = cohortAxis(cohort, 'symlog', EXPORT_WIDTH);
    const want = cohort.rows.flatMap((r) =>
      rowGeometry(r, axis).markers.map((g) => g.marker.eventId),
    );
    const file = composeView({ view: 'cohort', loads }, '#/cohort');
    const svg = parse(file);
    const markers = [...svg.doc.querySelectorAll('[data-marker]')].map((m) =>
      m.getAttribute('data-marker'),
    );
    expect(markers.sort()).toEqual(want.sort());
    for (const r of cohort.rows) expect(svg.text).toContain(r.label);
    expect(svg.legend.length).toBeGreaterThanOrEqual(3);
    expect(svg.desc).toMatch(new RegExp(`^Cohort swimmer plot of ${cohort.rows.length} patients`));
    expect(svg.text).toMatch(/Sources?:/);
  });

  it('words from a case file stay words: markup in a title or label is escaped, never parsed', async () => {
    const zhou = await fixtureOkCase(CASE_IDS.zhou);
    const evil = '</text><script>alert(1)</script> & "quotes"';
    const c = {
      ...zhou.case,
      title: evil,
      events: zhou.case.events.map((e, i) => (i === 0 ? { ...e, label: evil } : e)),
    };
    const load: Loaded = { ...zhou, case: c };
    const svg = parse(composeView({ view: 'case', loads: [load] }, ''));
    expect(svg.doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg.doc.querySelector('svg > title')!.textContent).toContain(evil);
    // The serialiser wrote it as text: the angle brackets are entities in the file.
    expect(svg.file).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    // The event's label carries it whole in the mark's accessible name.
    const first = c.events[0]!;
    const mark = [...svg.doc.querySelectorAll('[data-mark]')].find((g) =>
      g.getAttribute('data-mark')!.startsWith(first.id),
    );
    expect(mark?.getAttribute('aria-label')).toContain(evil);
  });
});
