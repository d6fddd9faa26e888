import { hashQuery } from '../url/hashQuery.ts';

/** The screens the app can show; the URL hash is the only routing state. */
export type Route =
  | { name: 'landing' }
  | { name: 'case'; id: string }
  | { name: 'compare' }
  | { name: 'cohort' }
  | { name: 'embed'; query: string }
  | { name: 'present'; query: string }
  | { name: 'editor'; draft: string | null }
  | { name: 'not-found'; hash: string };

/**
 * Parses a location hash: "", "#" and "#/" are the landing page, "#/case/<id>" a case page,
 * "#/compare" the two-case comparison, "#/cohort" the swimmer plot of the whole library and
 * "#/embed?…" any of those charts alone, for an iframe in a slide or a web page.
 * Hash routing needs no server rewrite rules, so the app works from any static host and sub-path.
 */
export function parseHash(hash: string): Route {
  // The query after "?" carries view state (src/app/url), not the route.
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  if (path === '' || path === '/') return { name: 'landing' };
  if (/^\/compare\/?$/.test(path)) return { name: 'compare' };
  if (/^\/cohort\/?$/.test(path)) return { name: 'cohort' };
  // The embed's options live in its query, which the embed view reads (src/app/embed).
  if (/^\/embed\/?$/.test(path)) return { name: 'embed', query: hashQuery(hash) };
  // A presentation is an embed link in the slide preset, shown full-screen with keys to step.
  if (/^\/present\/?$/.test(path)) return { name: 'present', query: hashQuery(hash) };
  // The curator's editor: a new draft, or the one its query names.
  if (/^\/edit\/?$/.test(path))
    return { name: 'editor', draft: new URLSearchParams(hashQuery(hash)).get('draft') };
  const m = /^\/case\/([^/?#]+)\/?$/.exec(path);
  if (m?.[1]) {
    try {
      return { name: 'case', id: decodeURIComponent(m[1]) };
    } catch {
      // A malformed escape ("%E0%A4%A") is a bad link, not a crash.
    }
  }
  return { name: 'not-found', hash };
}

/** Link target of the landing page. */
export const landingHref = '#/';

/** Link target of the cohort swimmer plot. */
export const cohortHref = '#/cohort';

/** Link target of a case page. */
export function caseHref(id: string): string {
  return `#/case/${encodeURIComponent(id)}`;
}

/** Link target of the comparison of two cases (either may be left for the reader to pick). */
export function compareHref(a?: string, b?: string): string {
  const p = new URLSearchParams();
  if (a) p.set('a', a);
  if (b) p.set('b', b);
  const q = p.toString();
  return q ? `#/compare?${q}` : '#/compare';
}

/** Link target of an embed with the given query (src/app/embed/embedQuery.ts writes it). */
export function embedHref(query: string): string {
  return query ? `#/embed?${query}` : '#/embed';
}

/** Link target of a presentation of the embed link `query` (src/app/embed/present.ts writes it). */
export function presentHref(query: string): string {
  return `#/present?${query}`;
}

/** Link target of the editor: the draft `id`, or a new case when absent. */
export function editHref(id?: string): string {
  return id ? `#/edit?draft=${encodeURIComponent(id)}` : '#/edit';
}
