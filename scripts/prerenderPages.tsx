// The landing and cohort pages as the app first draws them (the site header and each page's first
// screen), rendered at build time by the app's own components into data/prerender/: the boot
// script shows a page's picture on a visit to it until the live page has drawn the same.
// Run by the vite plugin after the build has written data/library.json:
//   tsx scripts/prerenderPages.tsx <outDir>
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseLibrarySummary, SUMMARY_PATH } from '../src/core/library/summaryFile.ts';
import type { LibrarySummary } from '../src/core/library/summaryFile.ts';
import { EMPTY_FILTER } from '../src/core/search/index.ts';
import {
  COHORT_PICTURE,
  COHORT_PICTURE_BOXES,
  COHORT_PICTURE_ROWS,
  LANDING_PICTURE,
  LANDING_PICTURE_CARDS,
  PICTURE_STYLE,
} from '../src/boot/prerenderFiles.ts';
import { CohortRoute } from '../src/app/routes/CohortRoute.tsx';
import { Header } from '../src/views/Header/Header.tsx';
import { Landing } from '../src/views/Landing/Landing.tsx';
import { SwimmerPictureContext } from '../src/views/CohortPage/swimmerPicture.ts';
import { LandingPictureContext } from '../src/views/Landing/landingPicture.ts';

/** The page `route` (its header and `page`) as static markup, for the summary `text` of `file`. */
function pageMarkup(
  text: string,
  file: string,
  route: string,
  page: (summary: LibrarySummary) => ReactNode,
): string | null {
  const summary = parseLibrarySummary(text, file);
  if (!summary || 'problems' in summary) return null;
  const html = renderToStaticMarkup(
    <>
      <Header route={route} theme="auto" onTheme={() => undefined} />
      {/* Not a second <main> beside the live page's: a div in the same class. */}
      <div className="site-main">{page(summary)}</div>
    </>,
  );
  // Inline styles as PICTURE_STYLE, for the boot script to set (attribute values are escaped, so
  // no text reads ` style="`).
  return html.replaceAll(' style="', ` ${PICTURE_STYLE}="`);
}

/**
 * The landing page's markup for the library summary `summaryText` (of the file `file`): its first
 * LANDING_PICTURE_CARDS cards.
 */
export function landingMarkup(summaryText: string, file: string): string | null {
  return pageMarkup(summaryText, file, 'landing', (summary) => (
    <LandingPictureContext.Provider value={LANDING_PICTURE_CARDS}>
      <Landing
        state={{ status: 'ready', summary }}
        filter={EMPTY_FILTER}
        onFilter={() => undefined}
      />
    </LandingPictureContext.Provider>
  ));
}

/**
 * The cohort page's markup for the library summary `summaryText` (of the file `file`): the app's
 * cohort route with no search in the address, its swimmer chart drawn for each box width of
 * COHORT_PICTURE_BOXES and only its first COHORT_PICTURE_ROWS rows.
 */
export function cohortMarkup(summaryText: string, file: string): string | null {
  const html = pageMarkup(summaryText, file, 'cohort', (summary) => (
    <SwimmerPictureContext.Provider
      value={{ boxes: COHORT_PICTURE_BOXES, rows: COHORT_PICTURE_ROWS }}
    >
      <CohortRoute summary={summary} opened={[]} />
    </SwimmerPictureContext.Provider>
  ));
  // The export's citations for print, one per case (never shown on screen): not in a picture of
  // the screen, where at 1,000 cases they were a fifth of the file.
  return html?.replace(PRINT_NOTE, '') ?? null;
}

/** The export menu's print-only list of citations: paragraphs of escaped text in their div. */
const PRINT_NOTE = /<div class="export-print-note">(?:<p>[^<]*<\/p>)*<\/div>/;

/** Writes the landing and cohort pages' markup into the site at `site`, from its own summary. */
export async function writePagePictures(site: string): Promise<void> {
  const data = join(site, 'data');
  const file = join(data, SUMMARY_PATH);
  const text = await readFile(file, 'utf8');
  for (const [path, markup] of [
    [LANDING_PICTURE, landingMarkup],
    [COHORT_PICTURE, cohortMarkup],
  ] as const) {
    const html = markup(text, file);
    if (html === null) throw new Error(`${file} is not a library summary the pages can draw`);
    await writeFile(join(data, path), html);
  }
}

if (process.argv[1]?.endsWith('prerenderPages.tsx') && process.argv[2])
  await writePagePictures(process.argv[2]);
