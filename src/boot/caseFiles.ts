// Which case files an address will read, named from the library summary's text: the boot script
// starts reading them before the app has loaded. Only ids the summary lists are read, so a link
// cannot make the page fetch anything outside the library.
import type { Route } from '../app/router/route.ts';
import { hashQuery } from '../app/url/hashQuery.ts';

/** What the boot script reads of one summary entry (the app checks the summary properly). */
export interface BootEntry {
  id: string;
  file: string;
  ok: boolean;
  title: string;
  summary: string;
}

/** The library case ids a route opens: a case page its case, a comparison its two. */
export function routeCaseIds(route: Route, hash: string): string[] {
  if (route.name === 'case') return [route.id];
  if (route.name !== 'compare') return [];
  const q = new URLSearchParams(hashQuery(hash));
  return [q.get('a'), q.get('b')].filter((id): id is string => !!id);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The summary's entries with an id and a file; none from text that is not a summary. */
export function bootEntries(summaryText: string): BootEntry[] {
  let cases: unknown;
  try {
    cases = (JSON.parse(summaryText) as { cases?: unknown } | null)?.cases;
  } catch {
    return []; // The app reports a broken summary; the boot script only loses its head start.
  }
  if (!Array.isArray(cases)) return [];
  return (cases as Array<Record<string, unknown> | null>).flatMap((c) =>
    c && typeof c.id === 'string' && typeof c.file === 'string'
      ? [
          {
            id: c.id,
            file: c.file,
            ok: c.status === 'ok',
            title: str(c.title),
            summary: str(c.summary),
          },
        ]
      : [],
  );
}

/** The files (relative to data/) of `ids` that the summary lists as loadable; unknown ids are left out. */
export function caseFilesOf(entries: readonly BootEntry[], ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const e = entries.find((x) => x.id === id);
    return e?.ok ? [e.file] : [];
  });
}
