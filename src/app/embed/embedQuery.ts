import { z } from '../../core/format/zod.ts';
import type { Theme } from '../theme/theme.ts';
import { DEFAULT_EMBED_THEME, EMBED_QUERY_VERSION, linkTheme } from './embedTheme.ts';

// The embed link: "#/embed?v=1&view=case&case=003-zhou&frame=rel:cart&from=-10&to=40&theme=dark".
// The embed's own options sit beside the view's parameters (the case view query, the comparison
// query or the cohort query), which the embed hands unchanged to those views' own parsers.

export { EMBED_QUERY_VERSION };

/** What an embed shows: one case's timeline, a comparison of two, or the cohort swimmer plot. */
export type EmbedView = 'case' | 'compare' | 'cohort';

/** The embed's presentation preset: a 16:9 slide with large type and thick marks. */
export type EmbedPreset = 'slide';

/** Smallest and largest font scale a link may ask for; outside values are clamped to these. */
export const FONT_MIN = 0.8;
/** Largest font scale: beyond 2 a 960×540 frame holds too little of the chart to read. */
export const FONT_MAX = 2;
/** Font scale of the slide preset when the link names none: readable from the back of a room. */
export const SLIDE_FONT = 1.4;

/** The embed's own options (the view's state travels in the view's own parameters). */
export interface EmbedOptions {
  /** Which chart to show. */
  view: EmbedView;
  /** The case of a timeline embed (entry id); null for the other views. */
  caseId: string | null;
  /** Show the legend under the chart. */
  legend: boolean;
  /** Show a caption with the title and source citation. */
  title: boolean;
  /** Colour theme of the frame. */
  theme: Theme;
  /** Type and mark scale, FONT_MIN–FONT_MAX; null means the preset's default (1, or SLIDE_FONT). */
  font: number | null;
  /** A still picture: no zoom, pan or click. */
  still: boolean;
  /** Presentation preset, or null. */
  preset: EmbedPreset | null;
}

/** What an embed link with no options shows (apart from the view, which follows the ids given). */
export const DEFAULT_EMBED: EmbedOptions = {
  view: 'cohort',
  caseId: null,
  legend: true,
  title: true,
  theme: DEFAULT_EMBED_THEME,
  font: null,
  still: false,
  preset: null,
};

/** Parameter names that belong to the embed, not to the view inside it. */
export const EMBED_KEYS = ['view', 'case', 'legend', 'title', 'theme', 'font', 'static', 'preset'];

const flag = z.enum(['0', '1']).optional().catch(undefined);
const RawEmbed = z.object({
  v: z.string().optional().catch(undefined),
  view: z.enum(['case', 'compare', 'cohort']).optional().catch(undefined),
  case: z.string().min(1).max(200).optional().catch(undefined),
  legend: flag,
  title: flag,
  font: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,3})?$/)
    .optional()
    .catch(undefined),
  static: flag,
  preset: z.enum(['slide']).optional().catch(undefined),
});

/** An embed link read: the options, the query left for the view, and the names not honoured. */
export interface ParsedEmbed {
  /** The embed's options, each falling back to its default on its own. */
  options: EmbedOptions;
  /** The link's query without the embed's own parameters, for the view's parser. */
  inner: string;
  /** Embed parameters that were malformed or of another version, in link order. */
  ignored: string[];
}

/** The font scale actually used: the link's, else the preset's default. */
export function fontScale(o: EmbedOptions): number {
  return o.font ?? (o.preset === 'slide' ? SLIDE_FONT : 1);
}

const clampFont = (n: number) => Math.min(FONT_MAX, Math.max(FONT_MIN, Math.round(n * 100) / 100));

/** The view a link means when it does not say: a case id means its timeline, a or b a comparison. */
function impliedView(p: URLSearchParams): EmbedView {
  if (p.has('case')) return 'case';
  if (p.has('a') || p.has('b')) return 'compare';
  return 'cohort';
}

/**
 * Reads an embed link's query. Each option falls back to its default on its own (a tampered theme
 * never loses the case); a link of another version keeps only what names the content (view and
 * case), like the case and comparison links. Never throws.
 */
export function parseEmbedQuery(query: string): ParsedEmbed {
  const params = new URLSearchParams(query);
  const raw = RawEmbed.parse(Object.fromEntries(params));
  const innerParams = new URLSearchParams([...params].filter(([k]) => !EMBED_KEYS.includes(k)));
  const names = [...new Set([...params.keys()])].filter((k) => EMBED_KEYS.includes(k));
  const base: EmbedOptions = {
    ...DEFAULT_EMBED,
    view: raw.view ?? impliedView(params),
    caseId: raw.case ?? null,
  };
  const inner = innerParams.toString();
  if (raw.v !== EMBED_QUERY_VERSION)
    return {
      options: base,
      inner,
      ignored: names.filter((n) => n !== 'view' && n !== 'case'),
    };
  const theme = linkTheme(params);
  const options: EmbedOptions = {
    ...base,
    legend: raw.legend !== '0',
    title: raw.title !== '0',
    theme: theme ?? DEFAULT_EMBED.theme,
    font: raw.font === undefined ? null : clampFont(Number(raw.font)),
    still: raw.static === '1',
    preset: raw.preset ?? null,
  };
  const used: Record<string, boolean> = {
    view: raw.view !== undefined,
    case: raw.case !== undefined,
    legend: raw.legend !== undefined,
    title: raw.title !== undefined,
    theme: theme !== null,
    font: raw.font !== undefined,
    static: raw.static !== undefined,
    preset: raw.preset !== undefined,
  };
  return { options, inner, ignored: names.filter((n) => !used[n]) };
}

/**
 * Writes an embed link's query: version, view and case first, then the view's own parameters
 * (`inner`, without its version or its table switch), then the options that differ from the
 * defaults, so one embed always gives one link.
 */
export function formatEmbedQuery(o: EmbedOptions, inner = ''): string {
  const p = new URLSearchParams();
  p.set('v', EMBED_QUERY_VERSION);
  p.set('view', o.view);
  if (o.view === 'case' && o.caseId) p.set('case', o.caseId);
  for (const [k, v] of new URLSearchParams(inner))
    if (k !== 'v' && !EMBED_KEYS.includes(k)) p.append(k, v);
  if (!o.legend) p.set('legend', '0');
  if (!o.title) p.set('title', '0');
  if (o.theme !== DEFAULT_EMBED.theme) p.set('theme', o.theme);
  if (o.font !== null) p.set('font', String(clampFont(o.font)));
  if (o.still) p.set('static', '1');
  if (o.preset) p.set('preset', o.preset);
  return p.toString();
}
