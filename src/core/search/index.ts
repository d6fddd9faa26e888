// Searching the library summary: typed words, facets with counts, and the filter in a link.
export * from './facets.ts';
export * from './filter.ts';
export * from './query.ts';
