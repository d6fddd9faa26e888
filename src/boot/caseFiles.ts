// Which case files an address will read, named from the library summary's text: the boot script
// starts reading them before the app has loaded. Only ids the summary lists are read, so a link
// cannot make the page fetch anything outside the library.
import type { Route } from '../app/router/route.ts';
import { hashQuery } from '../app/url/hashQuery.ts';

/** The library case ids a route opens: a case page its case, a comparison its two. */
export function routeCaseIds(route: Route, hash: string): string[] {
  if (route.name === 'case') return [route.id];
  if (route.name !== 'compare') return [];
  const q = new URLSearchParams(hashQuery(hash));
  return [q.get('a'), q.get('b')].filter((id): id is string => !!id);
}

/** The files (relative to data/) of `ids`, as the summary's text lists them; unknown ids are left out. */
export function caseFilesOf(summaryText: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  let cases: unknown;
  try {
    cases = (JSON.parse(summaryText) as { cases?: unknown }).cases;
  } catch {
    return []; // The app reports a broken summary; the boot script only loses its head start.
  }
  if (!Array.isArray(cases)) return [];
  return ids.flatMap((id) => {
    const e = (cases as Array<{ id?: unknown; file?: unknown; status?: unknown }>).find(
      (c) => c?.id === id,
    );
    return e && e.status === 'ok' && typeof e.file === 'string' ? [e.file] : [];
  });
}
