/** The query part of the location hash ("#/case/x?v=1&…" gives "v=1&…"), "" when there is none. */
export function hashQuery(hash: string): string {
  const i = hash.indexOf('?');
  return i < 0 ? '' : hash.slice(i + 1);
}

/** The hash with its query replaced ("" removes it). */
export function withHashQuery(hash: string, query: string): string {
  const i = hash.indexOf('?');
  const path = i < 0 ? hash : hash.slice(0, i);
  return query ? `${path}?${query}` : path;
}
