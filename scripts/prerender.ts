// The build's pictures of each case's first chart (src/views/Export/prerenderChart.ts), one per
// width and theme, and the page head shown beside them, written under data/prerender/ with their
// list. The vite plugin writes them into the build; the benchmark writes them into its site copies
// for the cases it opens. Serialised through the DOM (jsdom here, the browser for exports), never
// assembled as text.
import { JSDOM } from 'jsdom';
import { THEMES } from '../src/app/theme/theme.ts';
import {
  loadLibrary,
  loadListedCase,
  type CaseLoad,
  type Reader,
} from '../src/core/library/loadLibrary.ts';
import {
  pictureHeadPath,
  PRERENDER_LIST,
  PRERENDER_WIDTHS,
  prerenderable,
  prerenderPath,
  type PictureHead,
  type PrerenderList,
} from '../src/boot/prerenderFiles.ts';
import { prerenderChart } from '../src/views/Export/prerenderChart.ts';
import { svgFileText } from '../src/views/Export/svgDom.ts';

/** Files to write under data/: path → text. */
export type PrerenderFiles = Map<string, string>;

/**
 * The cases of the library read by `read`, checked in full: all of them, or only those in `only`
 * (read from index.json without checking the rest, for the benchmark's 1,000-case copy).
 */
async function loadCases(read: Reader, only?: ReadonlySet<string>): Promise<CaseLoad[]> {
  if (!only) return (await loadLibrary(read)).cases;
  const index = JSON.parse((await read('index.json')) ?? '{"cases":[]}') as {
    cases: Array<{ id: string; file: string; title: string }>;
  };
  return Promise.all(
    index.cases.flatMap((e, i) => (only.has(e.id) ? [loadListedCase(read, e, i)] : [])),
  );
}

/**
 * Every picture of the library read by `read` (only the cases in `only`, when given) and their
 * list. A case that does not load gets none: its page shows its problems, not a chart.
 */
export async function prerenderLibrary(
  read: Reader,
  opts: { only?: ReadonlySet<string>; widths?: readonly number[] } = {},
): Promise<PrerenderFiles> {
  const cases = await loadCases(read, opts.only);
  const widths = opts.widths ?? PRERENDER_WIDTHS;
  const dom = new JSDOM('');
  const g = globalThis as { XMLSerializer?: unknown };
  const had = g.XMLSerializer;
  g.XMLSerializer = dom.window.XMLSerializer;
  const files: PrerenderFiles = new Map();
  const ids: string[] = [];
  try {
    for (const load of cases) {
      if (!drawable(load)) continue;
      for (const theme of THEMES)
        for (const width of widths)
          files.set(
            prerenderPath(load.entry.id, theme, width),
            svgFileText(prerenderChart(load, width, theme), dom.window.document),
          );
      const head: PictureHead = {
        title: load.case.title,
        summary: load.case.summary,
        file: load.entry.file,
      };
      files.set(pictureHeadPath(load.entry.id), JSON.stringify(head));
      ids.push(load.entry.id);
    }
  } finally {
    g.XMLSerializer = had;
    dom.window.close();
  }
  const list: PrerenderList = { widths: [...widths], themes: [...THEMES], ids };
  files.set(PRERENDER_LIST, JSON.stringify(list));
  return files;
}

function drawable(load: CaseLoad): load is Extract<CaseLoad, { status: 'ok' }> {
  return load.status === 'ok' && prerenderable(load.entry.id);
}
