// @vitest-environment jsdom
// composeSvg copies a chart as drawn: styles as attributes, outside defs copied in, data text as
// text, the cohort's marker links turned into groups, screen-only parts left out, and adds a
// title, a description, the legend and the citations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lightPalette, sourceCitation } from '../../../src/core/export/index.ts';
import type { Case } from '../../../src/core/format/index.ts';
import { composeSvg, serializeSvg } from '../../../src/views/Export/composeSvg.ts';

const zhou = JSON.parse(
  readFileSync(join(process.cwd(), 'public/data/cases/003-zhou.json'), 'utf8'),
) as Case;

/** Fills by class, as the app's stylesheet would compute them; jsdom computes none itself. */
const FILLS: Record<string, string> = { mark: 'rgb(213, 94, 0)', hidden: 'none' };
const readStyle = (el: Element) => {
  const cls = el.getAttribute('class') ?? '';
  return {
    // A presentation attribute counts, as in a browser (which also makes the url absolute).
    fill: el.hasAttribute('fill')
      ? el.getAttribute('fill')!.replace('url(#', 'url("http://localhost/app/#').replace(')', '")')
      : (FILLS[cls] ?? 'rgb(27, 31, 36)'),
    'font-family': 'system-ui',
    'font-size': '12px',
    opacity: cls === 'faded' ? '0.5' : '1',
    display: cls === 'gone' ? 'none' : 'inline',
  };
};

function page() {
  document.body.innerHTML = `
    <svg class="defs-holder" width="0" height="0"><defs>
      <pattern id="p1" width="4" height="4"><rect class="mark" width="2" height="4"/></pattern>
    </defs></svg>
    <svg class="chart" viewBox="0 0 100 50" width="100" height="50" aria-describedby="cd">
      <desc id="cd">Chart description from the app: press + and − to zoom.</desc>
      <g class="lane-title" data-lane-title="toxicity">
        <g class="lane-title__toggle" role="button" aria-expanded="true" aria-label="Toxicities lane: collapse">
          <rect class="lane-title__hit" width="90" height="20"/>
          <text class="lane-title__text"><tspan x="8">▾ Response</tspan><tspan x="20" dy="14">assessments</tspan></text>
        </g>
      </g>
      <g class="mark" data-mark="crs" tabindex="0" role="button" aria-label="CRS grade 1, day 5">
        <rect class="mark__focus" width="10" height="10"/>
        <circle r="4" fill="url(#p1)"/>
        <text class="faded">CRS</text>
      </g>
      <g data-ui="zoom-hint"><text>Zoom: wheel</text></g>
      <a href="#/case/003-zhou?sel=crs" data-marker="crs"><circle r="3"/></a>
      <g class="gone"><text>hover guide</text></g>
      <text id="t"></text>
    </svg>`;
  // Data text arrives through React as text: it must stay text in the file.
  document.getElementById('t')!.textContent = '</text><script>alert(1)</script>';
  return [...document.querySelectorAll<SVGSVGElement>('svg.chart')];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('composeSvg', () => {
  it("has the title, its own description (not the chart's, which names the controls) and the citation footer", () => {
    const { svg } = composeSvg({
      title: 'Timeline: Zhou',
      description: 'Timeline of one case.',
      cases: [zhou],
      charts: page(),
      readStyle,
    });
    expect(svg.querySelector('title')!.textContent).toBe('Timeline: Zhou');
    expect([...svg.querySelectorAll('desc')].map((d) => d.textContent)).toEqual([
      'Timeline of one case.',
    ]);
    expect(svg.querySelector('[aria-describedby="cd"]')).toBeNull();
    const foot = svg.querySelector('[data-role="citations"]')!.textContent!;
    expect(foot).toContain(`Source: ${sourceCitation(zhou.sources[0]!)}`.slice(0, 40));
    expect(foot).toContain('doi:10.3389/fimmu.2024.1519055');
  });

  it('inlines styles as attributes, drops classes and undrawn elements', () => {
    const { svg } = composeSvg({
      title: 't',
      description: 'd',
      cases: [],
      charts: page(),
      readStyle,
    });
    const mark = svg.querySelector('[data-mark="crs"]')!;
    expect(mark.getAttribute('fill')).toBe('rgb(213, 94, 0)');
    expect(mark.hasAttribute('tabindex')).toBe(false);
    expect(mark.querySelector('text')!.getAttribute('opacity')).toBe('0.5');
    expect(svg.querySelectorAll('[class]')).toHaveLength(0);
    expect(serializeSvg(svg)).not.toContain('hover guide');
  });

  it('copies a pattern defined in another SVG on the page into its own defs', () => {
    const { svg } = composeSvg({
      title: 't',
      description: 'd',
      cases: [],
      charts: page(),
      readStyle,
    });
    expect(svg.querySelector('defs > pattern#p1')).not.toBeNull();
    expect(svg.querySelector('circle[fill="url(#p1)"]')).not.toBeNull();
  });

  it('turns a marker link into a group with no href, and keeps data text as text', () => {
    const { svg } = composeSvg({
      title: 't',
      description: 'd',
      cases: [],
      charts: page(),
      readStyle,
    });
    const marker = svg.querySelector('[data-marker="crs"]')!;
    expect(marker.localName).toBe('g');
    expect(marker.hasAttribute('href')).toBe(false);
    const file = serializeSvg(svg);
    expect(file).not.toMatch(/<script|<a\b/);
    expect(file).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const back = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(back.querySelector('parsererror')).toBeNull();
  });

  it('leaves out screen-only parts: chevrons, toggles, rings and anything marked data-ui', () => {
    const { svg } = composeSvg({
      title: 't',
      description: 'd',
      cases: [],
      charts: page(),
      readStyle,
    });
    const file = serializeSvg(svg);
    expect(file).not.toMatch(/[▾▸]/);
    expect(file).not.toContain('Zoom: wheel');
    expect(file).not.toContain('collapse');
    expect(file).not.toContain('aria-expanded');
    expect(svg.querySelectorAll('rect[width="90"]')).toHaveLength(0);
    expect(svg.querySelectorAll('rect[width="10"]')).toHaveLength(0);
    // The title's second line, indented on the page to clear the chevron, lines up again.
    const spans = [...svg.querySelectorAll('tspan')];
    expect(spans.map((t) => [t.textContent, t.getAttribute('x')])).toEqual([
      ['Response', '8'],
      ['assessments', '8'],
    ]);
    // A mark stays a labelled picture: its name is kept, its button role is not.
    const mark = svg.querySelector('[data-mark="crs"]')!;
    expect(mark.getAttribute('role')).toBe('img');
    expect(mark.getAttribute('aria-label')).toBe('CRS grade 1, day 5');
  });

  it('draws the legend between the charts and the citations, and grows by its height', () => {
    const input = { title: 't', description: 'd', cases: [zhou], charts: page(), readStyle };
    const plain = composeSvg(input);
    document.body.innerHTML = '';
    const entries = [
      {
        key: 'tox-crs-graded',
        label: 'CRS, grade shown in the mark',
        glyph: {
          shape: 'circle',
          fill: 'solid',
          text: '1',
          tone: 'tox-crs',
          legendKey: 'tox-crs-graded',
        } as const,
      },
      { key: 'uncertain', label: 'Uncertain time' },
    ];
    const withLegend = composeSvg({
      ...input,
      charts: page(),
      legend: { entries, palette: lightPalette() },
    });
    const legend = withLegend.svg.querySelector('[data-role="legend"]')!;
    expect(legend.querySelectorAll('[data-legend-key]')).toHaveLength(2);
    expect(legend.textContent).toContain('CRS, grade shown in the mark');
    expect(withLegend.height).toBeGreaterThan(plain.height);
    const y = (sel: string) =>
      Number(
        /translate\([\d.]+,([\d.]+)\)/.exec(
          withLegend.svg.querySelector(sel)!.parentElement!.getAttribute('transform')!,
        )![1],
      );
    expect(y('[data-role="legend"]')).toBeLessThan(y('[data-role="citations"]'));
    const back = new DOMParser().parseFromString(serializeSvg(withLegend.svg), 'image/svg+xml');
    expect(back.querySelector('parsererror')).toBeNull();
  });

  it('refuses to make an empty drawing', () => {
    expect(() => composeSvg({ title: 't', description: 'd', cases: [], charts: [] })).toThrow(
      /no chart/,
    );
  });
});
