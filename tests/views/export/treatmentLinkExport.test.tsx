// @vitest-environment jsdom
// The "treated by" links are part of the chart's SVG, so an exported drawing keeps them: the
// connector and its arrowhead, with the mark keys and the colours the stylesheet gives them.
import { readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewStoreProvider } from '../../../src/app/viewStore/ViewStoreContext.tsx';
import { checkCaseText } from '../../../src/core/validate/validateCase.ts';
import { composeSvg, serializeSvg } from '../../../src/views/Export/composeSvg.ts';
import { CaseTimeline } from '../timeline/CaseTimeline.tsx';
import { initialView } from '../../../src/views/Timeline/initialView.ts';

const FILE = 'tests/fixtures/valid/treated-crs.json';
const load = checkCaseText(readFileSync(FILE, 'utf8'), FILE);
const c = load.case!;
const rc = load.resolved!;

/** The link colours as the stylesheet computes them (jsdom computes none itself). */
const readStyle = (el: Element) => {
  const cls = el.getAttribute('class') ?? '';
  return {
    stroke: cls === 'treatment-link__line' ? 'rgb(79, 89, 102)' : 'none',
    fill: cls === 'treatment-link__line' ? 'none' : 'rgb(79, 89, 102)',
    'stroke-width': cls === 'treatment-link__line' ? '1.25px' : '1px',
    display: 'inline',
  };
};

afterEach(cleanup);

/** A presentation attribute as it applies: set on the element or inherited from an ancestor. */
const effective = (el: Element | null, name: string): string | null =>
  !el ? null : (el.getAttribute(name) ?? effective(el.parentElement, name));

describe('exporting a chart with treatment links', () => {
  it('keeps each link with its data-from, data-to, path and colours', () => {
    const { container } = render(
      <ViewStoreProvider initial={initialView(c, rc)}>
        <CaseTimeline c={c} rc={rc} width={1200} />
      </ViewStoreProvider>,
    );
    const chart = container.querySelector<SVGSVGElement>('.timeline__svg')!;
    const onPage = [...chart.querySelectorAll('.treatment-link')];
    expect(
      onPage.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}`),
    ).toEqual(['toci>crs', 'mp>crs']);
    const { svg } = composeSvg({
      title: 't',
      description: 'd',
      cases: [c],
      charts: [chart],
      readStyle,
    });
    const copied = [...svg.querySelectorAll('g[data-from][data-to]')];
    expect(copied).toHaveLength(2);
    copied.forEach((g, i) => {
      const [line, head] = [...g.querySelectorAll('path')];
      const [srcLine, srcHead] = [...onPage[i]!.querySelectorAll('path')];
      expect(line!.getAttribute('d')).toBe(srcLine!.getAttribute('d'));
      expect(head!.getAttribute('d')).toBe(srcHead!.getAttribute('d'));
      expect(effective(line!, 'stroke')).toBe('rgb(79, 89, 102)');
      expect(effective(line!, 'fill')).toBe('none');
      expect(effective(head!, 'fill')).toBe('rgb(79, 89, 102)');
    });
    expect(serializeSvg(svg)).toContain('data-from="toci" data-to="crs"');
  });
});
