import { parseTheme, type Theme } from '../theme/theme.ts';

// The theme an embed link names, read without the embed's full parser: the app shell needs it
// before the first paint on every route, and the full parser (zod) is left to the embed's chunk.

/** Version of the embed link; it is the same `v` the view queries read, so one link has one version. */
export const EMBED_QUERY_VERSION = '1';

/** Theme of an embed whose link names none (or names one of another version). */
export const DEFAULT_EMBED_THEME: Theme = 'light';

/**
 * The theme an embed link's query asks for, or null when it names none, a tampered one, or is of
 * another version. A repeated parameter counts by its last value, as the full parser reads it.
 */
export function linkTheme(params: URLSearchParams): Theme | null {
  if (params.getAll('v').at(-1) !== EMBED_QUERY_VERSION) return null;
  return parseTheme(params.getAll('theme').at(-1));
}

/** The theme an embed link's query is drawn in. */
export function embedTheme(query: string): Theme {
  return linkTheme(new URLSearchParams(query)) ?? DEFAULT_EMBED_THEME;
}
