// The landing page as the app first draws it (site header, library search and the first cards),
// rendered at build time by the app's own components into data/prerender/landing.html. The boot
// script shows it on a visit to the landing page until the live page has drawn its cards.
// Run by the vite plugin after the build has written data/library.json:
//   tsx scripts/prerenderLanding.tsx <outDir>
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseLibrarySummary } from '../src/core/library/summaryFile.ts';
import { EMPTY_FILTER } from '../src/core/search/index.ts';
import { LANDING_PICTURE } from '../src/boot/prerenderFiles.ts';
import { Header } from '../src/views/Header/Header.tsx';
import { Landing } from '../src/views/Landing/Landing.tsx';
import { SUMMARY_PATH } from '../src/core/library/summaryFile.ts';

/** The landing page's markup for the library summary `summaryText` (of the file `file`). */
export function landingMarkup(summaryText: string, file: string): string | null {
  const summary = parseLibrarySummary(summaryText, file);
  if (!summary || 'problems' in summary) return null;
  return renderToStaticMarkup(
    <>
      <Header route="landing" theme="auto" onTheme={() => undefined} />
      {/* Not a second <main> beside the live page's: a div in the same class. */}
      <div className="site-main">
        <Landing
          state={{ status: 'ready', summary }}
          filter={EMPTY_FILTER}
          onFilter={() => undefined}
        />
      </div>
    </>,
  );
}

/** Writes the landing page's markup into the site at `site`, from the site's own summary. */
export async function writeLandingPicture(site: string): Promise<void> {
  const data = join(site, 'data');
  const file = join(data, SUMMARY_PATH);
  const html = landingMarkup(await readFile(file, 'utf8'), file);
  if (html === null) throw new Error(`${file} is not a library summary the landing page can draw`);
  await writeFile(join(data, LANDING_PICTURE), html);
}

if (process.argv[1]?.endsWith('prerenderLanding.tsx') && process.argv[2])
  await writeLandingPicture(process.argv[2]);
