import { caseHref, presentHref } from '../router/route.ts';
import { hashQuery } from '../url/hashQuery.ts';
import { DEFAULT_EMBED, formatEmbedQuery, parseEmbedQuery, type EmbedView } from './embedQuery.ts';
import { permalink } from './share.ts';

/** What a Present button shows: a case, the comparison or the cohort, with the page's view query. */
export interface PresentTarget {
  /** Which page. */
  view: EmbedView;
  /** The case's entry id (case view only). */
  caseId?: string;
  /** The page's view query as its address carries it. */
  query: string;
}

/**
 * The presentation link of a page: the embed's link in the slide preset, still (a slide shows,
 * it is not explored), with the page's own view parameters, so the slide shows what the page shows.
 */
export function presentLink(t: PresentTarget): string {
  return presentHref(
    formatEmbedQuery(
      {
        ...DEFAULT_EMBED,
        view: t.view,
        caseId: t.view === 'case' ? (t.caseId ?? null) : null,
        preset: 'slide',
        still: true,
      },
      t.query,
    ),
  );
}

/** The presentation link of the page at `hash` (its view query read from the address). */
export function presentLinkHere(view: EmbedView, caseId: string | undefined, hash: string): string {
  return presentLink({ view, ...(caseId ? { caseId } : {}), query: hashQuery(hash) });
}

/** The page a presentation came from, to return to when it ends (with its view parameters). */
export function leaveLink(query: string): string {
  const { options, inner } = parseEmbedQuery(query);
  if (options.view === 'case' && options.caseId) {
    const q = new URLSearchParams(inner);
    q.delete('v');
    const rest = [...q].length > 0 ? `?${inner}` : '';
    return `${caseHref(options.caseId)}${rest}`;
  }
  return permalink('', { view: options.view, title: '', query: inner });
}

/**
 * The presentation of the case `step` places after (1) or before (-1) the current one in `ids`
 * (wrapping at the ends), at that case's own default view; null when the presentation is not of a
 * case or there is no other case.
 */
export function stepCase(query: string, ids: readonly string[], step: 1 | -1): string | null {
  const { options } = parseEmbedQuery(query);
  if (options.view !== 'case' || ids.length < 2) return null;
  const at = ids.indexOf(options.caseId ?? '');
  const next = ids[(at + step + ids.length) % ids.length]!;
  if (next === options.caseId) return null;
  return presentHref(formatEmbedQuery({ ...options, caseId: next }));
}
