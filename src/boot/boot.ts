// The page's first script, a small classic one (index.html names it with `defer`, before the
// app's modules; the build bundles it alone, see vite.config.ts). It starts reading the data the
// address needs while the app's code is still downloading: the library summary, then the file of
// each case the address opens, which the summary names. The app's reader takes these reads
// (src/app/data/earlyReads.ts) instead of fetching again.
import { httpReader, startEarlyRead } from '../app/data/index.ts';
import { parseHash } from '../app/router/route.ts';
import { SUMMARY_PATH } from '../core/library/summaryFile.ts';
import { caseFilesOf, routeCaseIds } from './caseFiles.ts';

const hash = window.location.hash;
const route = parseHash(hash);
const summary = startEarlyRead(SUMMARY_PATH, httpReader);
const ids = routeCaseIds(route, hash);
if (ids.length > 0)
  void summary
    .then((text) => {
      for (const file of caseFilesOf(text ?? '', ids)) startEarlyRead(file, httpReader);
    })
    .catch(() => undefined);
