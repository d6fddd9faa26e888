// Pure parts of the export (SVG, PNG, print, offline HTML): names, rules, text, legend and
// description, no DOM.
export * from './citation.ts';
export * from './fileName.ts';
export * from './offlineHtml.ts';
export * from './legendSvg.ts';
export * from './exportPalette.ts';
export * from './describeExport.ts';
export * from './svgTree.ts';
export * from './svgAllowed.ts';
