// The hand-over from the build's picture of a case chart to the live page.
export * from './prerender.ts';
export * from './useEndPrerender.ts';
