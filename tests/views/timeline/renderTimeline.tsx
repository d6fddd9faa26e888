import { renderToStaticMarkup } from 'react-dom/server';
import type { ViewState } from '../../../src/app/viewStore/viewState.ts';
import { ViewStoreProvider } from '../../../src/app/viewStore/ViewStoreContext.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';

/** The chart of a shipped case as static SVG markup (the main <svg> only) at a fixed width. */
export async function timelineMarkup(
  id: string,
  view: Partial<ViewState> = {},
  width = 1200,
): Promise<string> {
  const { case: c, resolved: rc } = await fixtureOkCase(id);
  const html = renderToStaticMarkup(
    <ViewStoreProvider initial={initialView(c, rc, view)}>
      <CaseTimeline c={c} rc={rc} width={width} />
    </ViewStoreProvider>,
  );
  const start = html.indexOf('<svg');
  return html.slice(start, html.indexOf('</svg>', start) + '</svg>'.length);
}

/**
 * Makes markup comparable across runs and harmless rounding: attribute numbers to one decimal, React's
 * generated ids renumbered in order of appearance, one element per line.
 */
export function normaliseSvg(markup: string): string {
  const ids = new Map<string, string>();
  return (
    markup
      .replace(/_[rR]_[0-9a-zA-Z]+_|«[^»]+»/g, (id) => {
        if (!ids.has(id)) ids.set(id, `id${ids.size}`);
        return ids.get(id)!;
      })
      // Only attribute values (coordinates, paths): text keeps every printed digit.
      .replace(/="[^"]*"/g, (attr) =>
        attr.replace(/-?\d+\.\d+/g, (n) => {
          const r = (Math.round(Number(n) * 10) / 10).toFixed(1);
          return r === '-0.0' ? '0.0' : r;
        }),
      )
      .replace(/></g, '>\n<')
  );
}
