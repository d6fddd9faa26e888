import { caseHref, cohortHref, embedHref } from '../router/route.ts';
import { formatEmbedQuery, type EmbedOptions, type EmbedView } from './embedQuery.ts';

/** The view a share dialog is opened from: what it shows and its current view query. */
export interface ShareTarget {
  /** Which page: a case timeline, a comparison or the cohort. */
  view: EmbedView;
  /** The case's entry id (case view only). */
  caseId?: string;
  /** Words naming what is shown: the case title, "A and B", "all cases". */
  title: string;
  /** The page's view query as its address carries it (frame, window, lanes, anchor…). */
  query: string;
}

/** Frame sizes offered for the iframe snippet: 16:9 at a laptop, HD and full-HD projector size. */
export const EMBED_SIZES = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** One size of the embed frame in CSS pixels. */
export type EmbedSize = { width: number; height: number };

const PAGE_PATH: Record<Exclude<EmbedView, 'case'>, string> = {
  compare: '#/compare',
  cohort: cohortHref,
};

/** The page's own address (the permalink), given the app's URL without its hash. */
export function permalink(base: string, t: ShareTarget): string {
  const path = t.view === 'case' ? caseHref(t.caseId ?? '') : PAGE_PATH[t.view];
  return `${base}${path}${t.query ? `?${t.query}` : ''}`;
}

/** The embed options of a target with the reader's choices (theme, legend, font, …). */
export function embedOptionsFor(
  t: ShareTarget,
  choices: Omit<EmbedOptions, 'view' | 'caseId'>,
): EmbedOptions {
  return { ...choices, view: t.view, caseId: t.view === 'case' ? (t.caseId ?? null) : null };
}

/** The embed address of a target: the same view, without the app around it. */
export function embedUrl(base: string, t: ShareTarget, options: EmbedOptions): string {
  return base + embedHref(formatEmbedQuery(options, t.query));
}

/** The iframe's accessible name: says what the frame holds, for screen readers in the host page. */
export function frameTitle(t: ShareTarget): string {
  const what = t.view === 'case' ? 'timeline' : t.view === 'compare' ? 'comparison' : 'cohort';
  return `Caselines ${what}: ${t.title}`;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ready-to-paste iframe: the embed address, an accessible title, its size, no border, lazy loading. */
export function iframeSnippet(src: string, title: string, size: EmbedSize): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="${size.width}" ` +
    `height="${size.height}" style="border:0" loading="lazy"></iframe>`
  );
}
