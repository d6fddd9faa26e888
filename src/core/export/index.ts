// Pure parts of the export (SVG, PNG, print, offline HTML): names, rules and text, no DOM.
export * from './citation.ts';
export * from './fileName.ts';
export * from './offlineHtml.ts';
export * from './sanitize.ts';
export * from './styles.ts';
